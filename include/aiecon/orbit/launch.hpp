// Launch: what a kilogram to orbit costs, how that price falls as launch
// grows, and how fast launch can grow orbital capacity.
#pragma once

#include <cmath>
#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::orbit {

// Launch cost of `payload` at `price` per kilogram.
inline money launch_cost(mass payload, price_per_mass price) {
    require_non_negative("orbit::launch_cost", "payload", payload);
    require_non_negative("orbit::launch_cost", "price", price);
    return require_finite_result("orbit::launch_cost", "launch cost", payload * price,
                                 "payload and price");
}

// Wright's law: each doubling of the cumulative quantity produced cuts the
// unit price by the same share, the learning rate (T. P. Wright, "Factors
// affecting the cost of airplanes", J. Aeronautical Sciences 3(4), 1936):
//   price(M) = price_0 x (M / M_0)^log2(1 - learning rate)
// Here the quantity is the cumulative mass launched.
struct launch_learning_curve {
    price_per_mass price_today;  // at today's cumulative mass
    mass launched_to_date;       // cumulative mass launched so far, M_0
    double learning_rate = 0.0;  // price cut per doubling, [0, 1)
};

namespace detail {
inline void validate(const launch_learning_curve& c, std::string_view function) {
    require_positive(function, "curve.price_today", c.price_today);
    require_positive(function, "curve.launched_to_date", c.launched_to_date);
    if (!(c.learning_rate >= 0.0 && c.learning_rate < 1.0)) {
        throw_domain_error(function, "curve.learning_rate", c.learning_rate, "[0, 1)");
    }
}
// log2(1 - learning rate): the exponent of Wright's law, <= 0; log1p keeps
// tiny learning rates from rounding to no learning.
inline double learning_exponent(const launch_learning_curve& c) {
    return std::log1p(-c.learning_rate) / std::log(2.0);
}
}  // namespace detail

// The price per kg once `cumulative` mass has been launched in all.
inline price_per_mass price_after(const launch_learning_curve& c, mass cumulative) {
    constexpr std::string_view function = "orbit::price_after";
    detail::validate(c, function);
    require_positive(function, "cumulative", cumulative);
    // Overflows where the cumulative mass is far below the mass to date
    // (the ratio underflows to 0 and its negative power is infinite) or the
    // price today is near the largest double.
    return require_finite_result(
        function, "price",
        c.price_today * std::pow(cumulative / c.launched_to_date, detail::learning_exponent(c)),
        "curve.price_today, curve.launched_to_date and cumulative");
}

// The cumulative mass launched at which the price per kg reaches `target`:
// the inverse of price_after, M = M_0 (target / price_0)^(1 / exponent).
inline mass cumulative_mass_for(const launch_learning_curve& c, price_per_mass target) {
    constexpr std::string_view function = "orbit::cumulative_mass_for";
    detail::validate(c, function);
    require_positive(function, "target", target);
    if (c.learning_rate == 0.0 || target >= c.price_today) {
        if (target >= c.price_today) return c.launched_to_date;
        throw_domain_error(function, "target", target,
                           "[" + to_string(c.price_today) + ", inf) without learning");
    }
    return require_finite_result(
        function, "cumulative mass",
        c.launched_to_date * std::pow(target / c.price_today, 1.0 / detail::learning_exponent(c)),
        "curve.learning_rate and target: the target is out of the curve's reach");
}

// Launch cadence limits how fast orbital capacity can grow: at `cadence`
// kilograms a year and `compute_per_mass` of the orbital nodes, the compute
// power added each year is cadence x compute per mass.
inline quantity<dimension_quotient_t<dim::power, dim::time>> capacity_growth(
    mass_rate cadence, specific_power compute_per_mass) {
    require_non_negative("orbit::capacity_growth", "cadence", cadence);
    require_non_negative("orbit::capacity_growth", "compute_per_mass", compute_per_mass);
    return require_finite_result("orbit::capacity_growth", "capacity growth",
                                 cadence * compute_per_mass, "cadence and compute_per_mass");
}

// Years of launches at `cadence` to put `payload` in orbit.
inline duration time_to_launch(mass payload, mass_rate cadence) {
    require_non_negative("orbit::time_to_launch", "payload", payload);
    require_positive("orbit::time_to_launch", "cadence", cadence);
    return require_finite_result("orbit::time_to_launch", "time to launch", payload / cadence,
                                 "payload and cadence");
}

}  // namespace aiecon::orbit
