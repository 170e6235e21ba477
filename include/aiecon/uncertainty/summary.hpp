// summary: what a Monte Carlo run says, with units: mean, standard
// deviation, percentiles, and the probability that a condition holds.
//
//   const auto s = uncertainty::summarise(costs);           // costs: a range of money
//   std::cout << s.p5 << " to " << s.p95;                   // "$1.2k to $3.4k"
//   const double p = uncertainty::probability(gaps, [](money gap) { return gap < money{}; });
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "../units/domain_error.hpp"
#include "../units/sequence.hpp"
#include "distribution.hpp"

namespace aiecon::uncertainty {

template <class Value>
struct summary {
    std::size_t samples = 0;
    Value mean{};
    Value standard_deviation{};  // of the sample (n - 1 in the denominator)
    Value minimum{};
    Value p5{};
    Value p50{};  // the median
    Value p95{};
    Value maximum{};
};

namespace detail {
// The type a projection gives for an element of a sequence.
template <class Values, class Projection>
using projected_t = std::remove_cvref_t<decltype(field_of(
    std::declval<const Projection&>(), *std::begin(std::declval<const Values&>())))>;

// The numbers (base units) of the projected values, checked finite.
template <sequence Values, class Projection>
std::vector<double> numbers_of(std::string_view function, const Values& values,
                               const Projection& projection) {
    std::vector<double> numbers;
    for (const auto& element : values) {
        const auto value = field_of(projection, element);
        require_finite(function, "values", value);
        numbers.push_back(number_of(value));
    }
    if (numbers.empty()) {
        throw_domain_error(function, "values", "an empty sequence", "of at least one value");
    }
    return numbers;
}

// The p-th quantile of sorted numbers, interpolating linearly between order
// statistics: x[h] with h = (n - 1) p, 0-based (R. J. Hyndman and Y. Fan,
// "Sample quantiles in statistical packages", Am. Stat. 50(4), 1996,
// definition 7; the default of R, NumPy and Excel's PERCENTILE.INC).
inline double quantile_of_sorted(const std::vector<double>& sorted, double p) {
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto below = static_cast<std::size_t>(std::floor(h));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double t = h - static_cast<double>(below);
    const double a = sorted[below];
    const double b = sorted[above];
    const double between = a + t * (b - a);
    // b - a overflows for neighbours of opposite sign near the largest
    // double; the weighted form cannot.
    return std::isfinite(between) ? between : (1.0 - t) * a + t * b;
}
}  // namespace detail

// The p-th quantile (p in [0, 1]; 0.95 for the 95th percentile) of a
// sequence of quantities or numbers, or of one field of each element
// (projection: a pointer to member, or any callable).
template <sequence Values, class Projection = detail::unchanged>
auto percentile(const Values& values, double p, Projection projection = {}) {
    using value = detail::projected_t<Values, Projection>;
    constexpr std::string_view function = "uncertainty::percentile";
    require_fraction(function, "p", p);
    auto numbers = detail::numbers_of(function, values, projection);
    std::sort(numbers.begin(), numbers.end());
    return detail::value_of<value>(detail::quantile_of_sorted(numbers, p));
}

// Mean, standard deviation, extremes and the 5th, 50th and 95th percentiles
// of a sequence of quantities or numbers. The mean and variance are
// accumulated by Welford's update, which does not lose the variance to
// cancellation when it is small beside the mean (B. P. Welford, "Note on a
// method for calculating corrected sums of squares and products",
// Technometrics 4(3), 1962). With a projection, of one field of each
// element: summarise(outcomes, &outcome::cost).
template <sequence Values, class Projection = detail::unchanged>
auto summarise(const Values& values, Projection projection = {}) {
    using value = detail::projected_t<Values, Projection>;
    auto numbers = detail::numbers_of("uncertainty::summarise", values, projection);
    double mean = 0.0;
    double sum_of_squares = 0.0;  // of deviations from the running mean
    double count = 0.0;
    for (const double x : numbers) {
        count += 1.0;
        const double delta = x - mean;
        mean += delta / count;
        sum_of_squares += delta * (x - mean);
    }
    std::sort(numbers.begin(), numbers.end());
    const double variance = numbers.size() > 1 ? sum_of_squares / (count - 1.0) : 0.0;
    // Values each finite can still spread beyond what a double holds.
    constexpr std::string_view function = "uncertainty::summarise";
    require_finite_result(function, "mean", mean, "values near the largest double");
    require_finite_result(function, "variance", variance, "values near the largest double");
    summary<value> s;
    s.samples = numbers.size();
    s.mean = detail::value_of<value>(mean);
    s.standard_deviation = detail::value_of<value>(std::sqrt(variance));
    s.minimum = detail::value_of<value>(numbers.front());
    s.p5 = detail::value_of<value>(detail::quantile_of_sorted(numbers, 0.05));
    s.p50 = detail::value_of<value>(detail::quantile_of_sorted(numbers, 0.50));
    s.p95 = detail::value_of<value>(detail::quantile_of_sorted(numbers, 0.95));
    s.maximum = detail::value_of<value>(numbers.back());
    return s;
}

// The share of results for which `condition` holds: an estimate of the
// probability, with standard error sqrt(p (1 - p) / n).
template <sequence Values, class Condition>
double probability(const Values& values, const Condition& condition) {
    double holds = 0.0;
    double count = 0.0;
    for (const auto& value : values) {
        count += 1.0;
        if (condition(value)) holds += 1.0;
    }
    if (count == 0.0) {
        throw_domain_error("uncertainty::probability", "values", "an empty sequence",
                           "of at least one value");
    }
    return holds / count;
}

}  // namespace aiecon::uncertainty
