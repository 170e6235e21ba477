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

inline power beginning_of_life_power(const solar_array& a, area array_area) {
    require_non_negative("orbit::beginning_of_life_power", "array_area", array_area);
    return beginning_of_life_power_per_area(a) * array_area;
}

inline power end_of_life_power(const solar_array& a, area array_area, duration life) {
    return beginning_of_life_power(a, array_area) * remaining_power_share(a, life);
}

// Array area that still gives `power_needed` at the end of `life`.
inline area array_area_for(const solar_array& a, power power_needed, duration life) {
    require_non_negative("orbit::array_area_for", "power_needed", power_needed);
    return power_needed / (beginning_of_life_power_per_area(a) * remaining_power_share(a, life));
}

inline mass array_mass(const solar_array& a, area array_area) {
    detail::validate(a, "orbit::array_mass");
    require_non_negative("orbit::array_mass", "array_area", array_area);
    return array_area * a.areal_density;
}

}  // namespace aiecon::orbit
