// Earth constants for orbits around it.
#pragma once

#include "../units.hpp"

namespace aiecon::orbit {

// Equatorial radius of the WGS 84 ellipsoid: 6378.137 km (NIMA TR8350.2,
// "Department of Defense World Geodetic System 1984", 3rd ed., 2000).
inline constexpr length earth_radius = 6378.137 * units::km;

// Earth's gravitational parameter GM: 3.986004418e14 m3/s2 (IERS
// Conventions 2010, table 1.1; the WGS 84 value).
inline constexpr auto earth_gravitational_parameter =
    3.986004418e14 * units::m3 / (units::s * units::s);

// Mean solar irradiance at 1 AU, the total solar irradiance: 1361 W/m2
// (G. Kopp and J. L. Lean, "A new, lower value of total solar irradiance",
// Geophys. Res. Lett. 38, 2011; IAU 2015 Resolution B3 nominal value).
inline constexpr irradiance solar_constant = 1361.0 * units::W / units::m2;

}  // namespace aiecon::orbit
