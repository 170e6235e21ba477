// sweep: a model evaluated over the cartesian product of parameter grids, as
// a lazy range-v3 view (nothing is evaluated until the view is walked), for
// tables and charts.
//
//   for (const auto& point : uncertainty::sweep(cost_per_token,
//            uncertainty::linear_grid(0.2, 0.9, 8),                  // utilisation
//            uncertainty::geometric_grid(1_USD / u::kWh / 100, ...)  // tariff
//        )) {
//       auto [utilisation, tariff] = point.inputs;
//       std::cout << utilisation << ',' << tariff << ',' << point.result << '\n';
//   }
//
// The last grid varies fastest, as in nested loops written in grid order.
#pragma once

#include <cmath>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <utility>

#include <range/v3/view/cartesian_product.hpp>
#include <range/v3/view/iota.hpp>
#include <range/v3/view/transform.hpp>

#include "../units/domain_error.hpp"
#include "distribution.hpp"

namespace aiecon::uncertainty {

// One point of a sweep: the grid values, in grid order, and the result.
template <class Result, class... Values>
struct sweep_point {
    std::tuple<Values...> inputs;
    Result result;
};

namespace detail {
template <class Value>
void require_grid(std::string_view function, Value low, Value high, std::size_t points) {
    require_finite(function, "low", low);
    require_finite(function, "high", high);
    require_not_below(function, "high", high, "low", low);
    require_finite_width(function, low, high);
    if (points < 2) {
        throw_domain_error(function, "points", static_cast<double>(points), "[2, inf)");
    }
}
}  // namespace detail

// `points` values from low to high (both included), equally spaced:
// low + (high - low) k / (points - 1).
template <class Value>
auto linear_grid(Value low, Value high, std::size_t points) {
    detail::require_grid("uncertainty::linear_grid", low, high, points);
    const double a = detail::number_of(low);
    const double b = detail::number_of(high);
    const double last = static_cast<double>(points - 1);
    return ranges::views::iota(std::size_t{0}, points) |
           ranges::views::transform([a, b, last](std::size_t k) {
               // The end points exactly; in between, a + (b - a) t.
               const double t = static_cast<double>(k) / last;
               return detail::value_of<Value>(static_cast<double>(k) == last ? b : a + (b - a) * t);
           });
}

// `points` values from low to high (both included, both > 0), equally
// spaced on a log scale: low (high / low)^(k / (points - 1)), computed as
// exp(ln low + t (ln high - ln low)). For inputs
// that span decades (launch prices, defect densities).
template <class Value>
auto geometric_grid(Value low, Value high, std::size_t points) {
    constexpr std::string_view function = "uncertainty::geometric_grid";
    detail::require_grid(function, low, high, points);
    if (!(detail::number_of(low) > 0.0)) throw_domain_error(function, "low", low, "(0, inf)");
    if (!(detail::number_of(high) > 0.0)) throw_domain_error(function, "high", high, "(0, inf)");
    const double a = detail::number_of(low);
    const double b = detail::number_of(high);
    // In logarithms, so that high / low cannot overflow (1e300 / 1e-300).
    const double log_a = std::log(a);
    const double log_b = std::log(b);
    const double last = static_cast<double>(points - 1);
    return ranges::views::iota(std::size_t{0}, points) |
           ranges::views::transform([a, b, log_a, log_b, last](std::size_t k) {
               const double t = static_cast<double>(k) / last;
               if (k == 0) return detail::value_of<Value>(a);
               if (static_cast<double>(k) == last) return detail::value_of<Value>(b);
               // Clamped: exp(ln x) need not give x back to the last bit.
               const double x = std::exp(log_a + t * (log_b - log_a));
               return detail::value_of<Value>(std::fmin(std::fmax(x, a), b));
           });
}

// The model, called with one value from each grid (in grid order), at every
// combination: a view of sweep_point{inputs, result}.
template <class Model, class... Grids>
auto sweep(Model model, Grids&&... grids) {
    return ranges::views::cartesian_product(std::forward<Grids>(grids)...) |
           ranges::views::transform([model](const auto& combination) {
               auto inputs = std::apply([](const auto&... values) { return std::tuple{values...}; },
                                        combination);
               auto result = std::apply(model, inputs);
               return sweep_point<decltype(result),
                                  std::remove_cvref_t<ranges::range_value_t<Grids>>...>{
                   std::move(inputs), std::move(result)};
           });
}

}  // namespace aiecon::uncertainty
