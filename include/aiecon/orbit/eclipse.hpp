// Eclipses of a circular orbit, and the battery and extra array that carry
// a load through them.
#pragma once

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string_view>

#include "../energy/storage.hpp"
#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "earth.hpp"

namespace aiecon::orbit {

struct circular_orbit {
    length altitude;
    // Beta angle: between the orbit plane and the Sun direction, degrees.
    // 0 puts the Sun in the plane (longest eclipses); a dawn-dusk
    // sun-synchronous orbit keeps it high, but it swings with the seasons
    // (at 650 km down to about 58.6 at one solstice): size for the lowest.
    double beta_degrees = 0.0;
};

namespace detail {
inline void validate(const circular_orbit& o, std::string_view function) {
    require_positive(function, "orbit.altitude", o.altitude);
    if (!(o.beta_degrees >= -90.0 && o.beta_degrees <= 90.0)) {
        throw_domain_error(function, "orbit.beta_degrees", o.beta_degrees, "[-90, 90]");
    }
}
}  // namespace detail

// Orbital period of a circular orbit: T = 2 pi sqrt(a^3 / GM), a = R + h
// (Kepler's third law).
inline duration orbital_period(const circular_orbit& o) {
    detail::validate(o, "orbit::orbital_period");
    const length a = earth_radius + o.altitude;
    // a^3 overflows for altitudes above about 5e102 m.
    return require_finite_result(
        "orbit::orbital_period", "orbital period",
        2.0 * std::numbers::pi * sqrt(pow<3>(a) / earth_gravitational_parameter), "orbit.altitude");
}

// The share of a circular orbit spent in Earth's shadow, taken as a
// cylinder of Earth's radius:
//   f = (1/pi) acos( sqrt(h^2 + 2 R h) / ((R + h) cos beta) )  for |beta| < beta*
//   f = 0                                                     otherwise,
// with beta* = asin(R / (R + h)), the beta angle beyond which the orbit never
// enters the shadow (S. L. Rickman, "Introduction to Orbital Mechanics and
// Spacecraft Attitudes for Thermal Engineers", NASA TFAWS, 2014).
inline double eclipse_fraction(const circular_orbit& o) {
    detail::validate(o, "orbit::eclipse_fraction");
    const double r = earth_radius.in(units::m);
    const double h = o.altitude.in(units::m);
    const double beta = std::fabs(o.beta_degrees) * std::numbers::pi / 180.0;
    const double beta_star = std::asin(r / (r + h));
    if (beta >= beta_star) return 0.0;
    // sqrt(h^2 + 2 R h) taken as sqrt(h) sqrt(h + 2 R), which does not
    // overflow for altitudes above 1e154 m; the ratio is below 1 for
    // |beta| < beta*, but may round above it next to beta*, where acos would
    // give NaN: it is clamped to 1 (no eclipse).
    const double ratio = std::sqrt(h) * std::sqrt(h + 2.0 * r) / ((r + h) * std::cos(beta));
    return std::acos(std::min(ratio, 1.0)) / std::numbers::pi;
}

inline duration eclipse_duration(const circular_orbit& o) {
    return eclipse_fraction(o) * orbital_period(o);
}

// Array power needed to carry `load` through sunlight and eclipse, the
// battery recharging in sunlight:
//   P_sa = (P_e T_e / X_e + P_d T_d / X_d) / T_d
// with T_e, T_d the eclipse and daylight times and X_e, X_d the efficiencies
// of the paths from array to load through the battery and directly (Wertz
// and Larson, "Space Mission Analysis and Design", 3rd ed., eq. 11-5; they
// give X_e = 0.65 and X_d = 0.85 for direct energy transfer, 0.60 and 0.80
// for peak-power tracking).
struct power_paths {
    double through_battery = 0.65;  // X_e
    double direct = 0.85;           // X_d
};

inline power array_power_for(power load, const circular_orbit& o, const power_paths& paths = {}) {
    constexpr std::string_view function = "orbit::array_power_for";
    require_non_negative(function, "load", load);
    require_positive_fraction(function, "paths.through_battery", paths.through_battery);
    require_positive_fraction(function, "paths.direct", paths.direct);
    const duration period = orbital_period(o);
    const duration eclipse = eclipse_duration(o);
    const duration daylight = period - eclipse;  // at least half the period
    return require_finite_result(
        function, "array power",
        (load * eclipse / paths.through_battery + load * daylight / paths.direct) / daylight,
        "load, paths.through_battery and paths.direct");
}

// The battery that carries `load` through the longest eclipse of the orbit.
// site::size_battery checks the load and the technology, and that each of
// its results is finite.
inline site::battery_sizing eclipse_battery(power load, const circular_orbit& o,
                                            const site::battery_technology& technology) {
    return site::size_battery(load, eclipse_duration(o), technology);
}

}  // namespace aiecon::orbit
