// distribution: an uncertain input, as a law that yields samples of a
// quantity (a distribution of power yields power) or of a plain number (a
// utilisation, a yield).
//
//   const auto launch_price = uncertainty::triangular(100_USD / 1_kg, 500_USD / 1_kg,
//                                                     3000_USD / 1_kg);
//   aiecon::price_per_mass p = launch_price.sample(stream);
//
// Six laws: fixed, uniform, triangular, normal, lognormal and PERT. Each is
// sampled by transforming the uniforms of a random_stream, with formulas
// written here (not <random>'s distributions, whose algorithms differ between
// standard libraries), so a seed gives the same samples everywhere.
#pragma once

#include <cmath>
#include <numbers>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../units/domain_error.hpp"
#include "../units/quantity.hpp"
#include "random_stream.hpp"

namespace aiecon::uncertainty {

enum class law { fixed, uniform, triangular, normal, lognormal, pert };

namespace detail {
using aiecon::detail::number_of;
using aiecon::detail::value_of;

// Requires low <= value (value named `parameter`, low named `low_name`).
template <class Value>
void require_not_below(std::string_view function, std::string_view parameter, Value value,
                       std::string_view low_name, Value low) {
    if (!(number_of(value) >= number_of(low))) {
        throw_domain_error(
            function, parameter, value,
            "[" + aiecon::detail::text_of(low) + ", inf), at least " + std::string{low_name});
    }
}

// Requires high - low to be finite, so that a draw between them is.
template <class Value>
void require_finite_width(std::string_view function, Value low, Value high) {
    if (!std::isfinite(number_of(high) - number_of(low))) {
        throw_domain_error(function, "high", high,
                           "within a finite distance of low, " + aiecon::detail::text_of(low));
    }
}

// A field of an object: `field` is a pointer to a data member, or a
// callable taking the object (returning a reference, to be assigned to).
// std::invoke does the same, but <functional> costs 0.07 s a translation
// unit, more than these headers need.
template <class Field, class Object>
constexpr decltype(auto) field_of(const Field& field, Object&& object) {
    if constexpr (std::is_member_object_pointer_v<Field>) {
        return (std::forward<Object>(object).*field);
    } else {
        return field(std::forward<Object>(object));
    }
}

// The projection that leaves a value as it is.
struct unchanged {
    template <class Value>
    constexpr const Value& operator()(const Value& value) const {
        return value;
    }
};

// The parameters of a law on [low, high] with a mode (triangular, PERT):
// finite, low <= mode <= high, and high - low a finite double.
template <class Value>
void require_three_points(std::string_view function, Value low, Value mode, Value high) {
    require_finite(function, "low", low);
    require_finite(function, "mode", mode);
    require_finite(function, "high", high);
    require_not_below(function, "mode", mode, "low", low);
    require_not_below(function, "high", high, "mode", mode);
    require_finite_width(function, low, high);
}

// The largest |z| standard_normal can return: sqrt(-2 ln u) with u at least
// 2^-54 (random_stream::uniform) is at most sqrt(108 ln 2) = 8.65.
inline constexpr double largest_normal_deviate = 8.66;

// A standard normal deviate from two uniforms in (0, 1): the Box-Muller
// transform, cosine branch (G. E. P. Box and M. E. Muller, "A note on the
// generation of random normal deviates", Ann. Math. Stat. 29, 1958).
inline double standard_normal(random_stream& stream) {
    const double radius = std::sqrt(-2.0 * std::log(stream.uniform()));
    return radius * std::cos(2.0 * std::numbers::pi * stream.uniform());
}

// A gamma deviate of shape >= 1 and scale 1: Marsaglia and Tsang's squeeze
// and rejection method (G. Marsaglia and W. W. Tsang, "A simple method for
// generating gamma variables", ACM TOMS 26(3), 2000), which accepts about
// 98 % of its candidates at shape 1 and more above.
inline double standard_gamma(double shape, random_stream& stream) {
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        const double x = standard_normal(stream);
        const double root = 1.0 + c * x;
        if (root <= 0.0) continue;
        const double v = root * root * root;
        const double u = stream.uniform();
        if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) return d * v;
    }
}
}  // namespace detail

// A law and its parameters, in base units. Made by the functions below,
// which check the parameters.
template <class Value>
class distribution {
public:
    // One draw, using the stream's next uniforms.
    Value sample(random_stream& stream) const { return detail::value_of<Value>(draw(stream)); }

    // The law's mean: fixed v; uniform (a + b) / 2; triangular (a + m + b) / 3;
    // normal mu; lognormal median x exp(sigma^2 / 2); PERT (a + 4m + b) / 6.
    Value mean() const { return detail::value_of<Value>(mean_number()); }

    law kind() const { return kind_; }

    // Used by the factory functions; call those instead.
    distribution(law kind, double first, double second, double third)
        : kind_(kind), first_(first), second_(second), third_(third) {
        if (kind_ == law::pert && third_ > first_) {
            // Beta shape parameters of the PERT law on [a, b] with mode m:
            // alpha = 1 + 4 (m - a) / (b - a), beta = 1 + 4 (b - m) / (b - a)
            // (D. Vose, "Risk Analysis", 3rd ed., 2008, sec. 9.1.6).
            // The ratios first: 4 (b - m) overflows for b near the largest double.
            alpha_ = 1.0 + 4.0 * ((second_ - first_) / (third_ - first_));
            beta_ = 1.0 + 4.0 * ((third_ - second_) / (third_ - first_));
        }
    }

private:
    double draw(random_stream& stream) const {
        switch (kind_) {
            case law::fixed:
                return first_;
            case law::uniform:
                return within(first_, second_, first_ + (second_ - first_) * stream.uniform());
            case law::triangular:
                return within(first_, third_, triangular_inverse(stream.uniform()));
            case law::normal:
                return first_ + second_ * detail::standard_normal(stream);
            case law::lognormal:
                return first_ * std::exp(second_ * detail::standard_normal(stream));
            case law::pert:
                return within(first_, third_, pert_draw(stream));
        }
        return first_;
    }

    // x kept in [low, high]: rounding in a + (b - a) t can step an ulp past b.
    static double within(double low, double high, double x) {
        return std::fmin(std::fmax(x, low), high);
    }

    // Inverse of the triangular CDF on [a, b] with mode m (first_, third_,
    // second_): a + sqrt(u (b - a)(m - a)) below F(m) = (m - a) / (b - a),
    // b - sqrt((1 - u)(b - a)(b - m)) above (Vose 2008, sec. 9.1.9).
    double triangular_inverse(double u) const {
        const double a = first_;
        const double m = second_;
        const double b = third_;
        if (b == a) return a;
        // Square roots taken apart, so that (b - a)(m - a) cannot overflow.
        if (u < (m - a) / (b - a)) return a + std::sqrt(u * (b - a)) * std::sqrt(m - a);
        return b - std::sqrt((1.0 - u) * (b - a)) * std::sqrt(b - m);
    }

    // PERT: a + (b - a) X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta),
    // a Beta(alpha, beta) deviate (L. Devroye, "Non-Uniform Random Variate
    // Generation", 1986, sec. IX.4.1).
    double pert_draw(random_stream& stream) const {
        if (third_ == first_) return first_;
        const double x = detail::standard_gamma(alpha_, stream);
        const double y = detail::standard_gamma(beta_, stream);
        return first_ + (third_ - first_) * (x / (x + y));
    }

    double mean_number() const {
        switch (kind_) {
            case law::fixed:
                return first_;
            // Each term divided first, so that the sum of values near the
            // largest double does not overflow, and kept in [low, high],
            // where the mean lies, against the rounding of the sum.
            case law::uniform:
                return 0.5 * first_ + 0.5 * second_;
            case law::triangular:
                return within(first_, third_, first_ / 3.0 + second_ / 3.0 + third_ / 3.0);
            case law::normal:
                return first_;
            case law::lognormal:
                // Beyond the doubles for a wide enough law (log_sd above 3
                // with a median of 1e300): refused rather than infinite.
                return require_finite_result("uncertainty::distribution::mean", "mean",
                                             first_ * std::exp(0.5 * second_ * second_),
                                             "the lognormal's median and log_sd");
            case law::pert:
                return within(first_, third_,
                              first_ / 6.0 + (4.0 * (second_ / 6.0)) + third_ / 6.0);
        }
        return first_;
    }

    law kind_;
    double first_;  // fixed: value; uniform, triangular, PERT: low; normal: mean; lognormal: median
    double second_;  // uniform: high; triangular, PERT: mode; normal: sd; lognormal: sd of ln x
    double third_;   // triangular, PERT: high
    double alpha_ = 1.0;
    double beta_ = 1.0;
};

// Always `value`.
template <class Value>
distribution<Value> fixed(Value value) {
    require_finite("uncertainty::fixed", "value", value);
    return {law::fixed, detail::number_of(value), 0.0, 0.0};
}

// Every value in [low, high] equally likely.
template <class Value>
distribution<Value> uniform(Value low, Value high) {
    constexpr std::string_view function = "uncertainty::uniform";
    require_finite(function, "low", low);
    require_finite(function, "high", high);
    detail::require_not_below(function, "high", high, "low", low);
    detail::require_finite_width(function, low, high);
    return {law::uniform, detail::number_of(low), detail::number_of(high), 0.0};
}

// Density rising linearly from low to the mode, falling linearly to high.
template <class Value>
distribution<Value> triangular(Value low, Value mode, Value high) {
    constexpr std::string_view function = "uncertainty::triangular";
    detail::require_three_points(function, low, mode, high);
    return {law::triangular, detail::number_of(low), detail::number_of(mode),
            detail::number_of(high)};
}

// Normal with `mean` and standard deviation `sd` (unbounded: a model that
// cannot take a negative value throws domain_error on the draws that give
// one, so prefer lognormal or PERT for such inputs).
template <class Value>
distribution<Value> normal(Value mean, Value sd) {
    constexpr std::string_view function = "uncertainty::normal";
    require_finite(function, "mean", mean);
    require_finite(function, "sd", sd);
    detail::require_not_below(function, "sd", sd, "zero", detail::value_of<Value>(0.0));
    // Every draw, mean +- 8.66 sd at the most, must be a finite number.
    const double widest =
        std::fabs(detail::number_of(mean)) + detail::largest_normal_deviate * detail::number_of(sd);
    if (!std::isfinite(widest)) {
        throw_domain_error(function, "sd", sd,
                           "such that |mean| + 8.66 sd is finite (the widest draw)");
    }
    return {law::normal, detail::number_of(mean), detail::number_of(sd), 0.0};
}

// Lognormal: ln x is normal with mean ln(median) and standard deviation
// `log_sd`. Positive values only, skewed to the right, as prices and
// delays are.
template <class Value>
distribution<Value> lognormal(Value median, double log_sd) {
    constexpr std::string_view function = "uncertainty::lognormal";
    if (!(detail::number_of(median) > 0.0 && std::isfinite(detail::number_of(median)))) {
        throw_domain_error(function, "median", median, "(0, inf)");
    }
    require_non_negative(function, "log_sd", log_sd);
    // Every draw, median e^(+-8.66 log_sd) at the most, must be a finite
    // positive double: ln of the largest is 709.78, of the least normal -708.39.
    const double log_median = std::log(detail::number_of(median));
    const double log_spread = detail::largest_normal_deviate * log_sd;
    if (!(log_median + log_spread < 709.78 && log_median - log_spread > -708.39)) {
        throw_domain_error(function, "log_sd", log_sd,
                           "such that median e^(+-8.66 log_sd), the widest draws, are finite "
                           "and positive");
    }
    return {law::lognormal, detail::number_of(median), log_sd, 0.0};
}

// The lognormal whose 5th and 95th percentiles are `p5` and `p95`: median
// sqrt(p5 p95), log_sd ln(p95 / p5) / (2 z95), z95 = 1.6448536269514722 the
// standard normal's 95th percentile (Abramowitz and Stegun, table 26.5).
template <class Value>
distribution<Value> lognormal_from_percentiles(Value p5, Value p95) {
    constexpr std::string_view function = "uncertainty::lognormal_from_percentiles";
    if (!(detail::number_of(p5) > 0.0 && std::isfinite(detail::number_of(p5)))) {
        throw_domain_error(function, "p5", p5, "(0, inf)");
    }
    require_finite(function, "p95", p95);
    detail::require_not_below(function, "p95", p95, "p5", p5);
    constexpr double z95 = 1.6448536269514722;
    const double low = detail::number_of(p5);
    const double high = detail::number_of(p95);
    return lognormal(detail::value_of<Value>(std::sqrt(low) * std::sqrt(high)),
                     std::log(high / low) / (2.0 * z95));
}

// PERT: a Beta law on [low, high] with the given mode, weighting the mode
// four times as much as either end in its mean (a + 4m + b) / 6 (D. G.
// Malcolm et al., "Application of a technique for research and development
// program evaluation", Operations Research 7(5), 1959; Vose 2008). Smoother
// in its tails than the triangular law with the same three numbers.
template <class Value>
distribution<Value> pert(Value low, Value mode, Value high) {
    constexpr std::string_view function = "uncertainty::pert";
    detail::require_three_points(function, low, mode, high);
    return {law::pert, detail::number_of(low), detail::number_of(mode), detail::number_of(high)};
}

}  // namespace aiecon::uncertainty
