// Solar arrays in orbit: power from sunlight, at the beginning of life and
// after years of degradation, and the area and mass a power needs.
//
//   P_BOL = S x eta x (1 - pointing loss) x A
//   P_EOL = P_BOL x (1 - degradation per year)^years
// (J. R. Wertz and W. J. Larson (eds.), "Space Mission Analysis and Design",
// 3rd ed., 1999, sec. 11.4: "power-generation capability", with cell
// efficiency, inherent degradation and lifetime degradation.)
#pragma once

#include <cmath>
#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "earth.hpp"

namespace aiecon::orbit {

struct solar_array {
    double cell_efficiency = 0.0;          // sunlight to electricity, at beginning of life
    double pointing_loss = 0.0;            // share lost to off-pointing and packing
    double degradation_per_year = 0.0;     // share of power lost each year (radiation, cycling)
    aiecon::areal_density areal_density;   // mass per area of array
    irradiance sunlight = solar_constant;  // at the array's distance from the Sun
};

namespace detail {
inline void validate(const solar_array& a, std::string_view function) {
    require_positive_fraction(function, "array.cell_efficiency", a.cell_efficiency);
    if (!(a.pointing_loss >= 0.0 && a.pointing_loss < 1.0)) {
        throw_domain_error(function, "array.pointing_loss", a.pointing_loss, "[0, 1)");
    }
    if (!(a.degradation_per_year >= 0.0 && a.degradation_per_year < 1.0)) {
        throw_domain_error(function, "array.degradation_per_year", a.degradation_per_year,
                           "[0, 1)");
    }
    require_non_negative(function, "array.areal_density", a.areal_density);
    require_positive(function, "array.sunlight", a.sunlight);
}
}  // namespace detail

// Power per area of array at the beginning of life: S x eta x (1 - loss).
inline irradiance beginning_of_life_power_per_area(const solar_array& a) {
    detail::validate(a, "orbit::beginning_of_life_power_per_area");
    return a.sunlight * a.cell_efficiency * (1.0 - a.pointing_loss);
}

// The share of its first power an array still gives after `age`.
inline double remaining_power_share(const solar_array& a, duration age) {
    detail::validate(a, "orbit::remaining_power_share");
    require_non_negative("orbit::remaining_power_share", "age", age);
    return std::pow(1.0 - a.degradation_per_year, age.in(units::year));
}

// Inputs valid on their own can overflow the products and quotients below
// (an array_area near the largest double, an efficiency of 1e-308): each
// result is checked, naming the inputs to look at.
inline power beginning_of_life_power(const solar_array& a, area array_area) {
    constexpr std::string_view function = "orbit::beginning_of_life_power";
    require_non_negative(function, "array_area", array_area);
    return require_finite_result(function, "beginning-of-life power",
                                 beginning_of_life_power_per_area(a) * array_area,
                                 "array.sunlight and array_area");
}

// P_EOL = P_BOL x remaining share: no more than P_BOL, so finite when it is.
inline power end_of_life_power(const solar_array& a, area array_area, duration life) {
    return beginning_of_life_power(a, array_area) * remaining_power_share(a, life);
}

// Array area that still gives `power_needed` at the end of `life`.
inline area array_area_for(const solar_array& a, power power_needed, duration life) {
    constexpr std::string_view function = "orbit::array_area_for";
    require_non_negative(function, "power_needed", power_needed);
    // Infinite (or 0/0) when the end-of-life power per area underflows to
    // zero: a tiny efficiency or sunlight, or a life long enough for the
    // degradation to leave nothing.
    return require_finite_result(
        function, "array area",
        power_needed / (beginning_of_life_power_per_area(a) * remaining_power_share(a, life)),
        "power_needed, array.cell_efficiency, array.sunlight, array.degradation_per_year and "
        "life");
}

inline mass array_mass(const solar_array& a, area array_area) {
    constexpr std::string_view function = "orbit::array_mass";
    detail::validate(a, function);
    require_non_negative(function, "array_area", array_area);
    return require_finite_result(function, "array mass", array_area * a.areal_density,
                                 "array_area and array.areal_density");
}

}  // namespace aiecon::orbit
