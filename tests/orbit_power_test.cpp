// Power in orbit: solar arrays at beginning and end of life, their area and
// mass; orbital period; eclipse fraction from altitude and beta angle; the
// array power that carries a load through daylight and eclipse (SMAD); and
// the battery for the eclipse.
//
// References:
//  - Solar constant 1361 W/m2 (Kopp and Lean, GRL 38, L01706, 2011: 1360.8
//    +- 0.5 W/m2; IAU 2015 Resolution B3 nominal value 1361 W/m2).
//  - Spectrolab XTJ cells, 29.8 % at beginning of life, AM0 (Fetzer et al.,
//    IEEE PVSC); ISS arrays losing 0.2-0.5 %/yr (Kerslake and Gustafson,
//    NASA TM-2003-212513).
//  - WGS 84 equatorial radius R = 6378.137 km (NIMA TR8350.2); GM =
//    3.986004418e14 m3/s2 (IERS Conventions 2010, table 1.1). The ISS at
//    about 400 km orbits in about 92.6 min, with eclipses of about 36 min at
//    beta 0; beta* = asin(R / (R + h)) = 70.2 deg there; f_E(0) = 0.378 at
//    500 km and beta* = 65.2 deg at 650 km (the project researcher's
//    figures, /tmp/orbit_refs.md sec. 3, recomputed by hand below).
//  - 59 % sunlight at 280 km (beta-angle pages of the Wikipedia family).
//  - A geostationary orbit (altitude 35,786 km) has the period of one
//    sidereal day, 86,164.0905 s (IERS), and eclipses of at most about
//    70 minutes at the equinoxes (e.g. Maral and Bousquet, "Satellite
//    Communications Systems"; about 69 min in a cylindrical shadow).
//  - Eclipse fraction, cylindrical shadow:
//      f = (1/pi) acos( sqrt(h^2 + 2 R h) / ((R + h) cos beta) ) for |beta| < beta*
//    (Rickman, NASA TFAWS 2014; Sumanth, IJAAA 6(5), 2019). At beta = 0,
//    sqrt(h^2 + 2 R h) / (R + h) = cos(beta*), so f(0) = beta* / pi: an
//    identity checked below.
//  - SMAD array sizing, P_sa = (P_e T_e / X_e + P_d T_d / X_d) / T_d, with
//    X_e = 0.65, X_d = 0.85 for direct energy transfer (Wertz and Larson,
//    SMAD 3rd ed., eq. 11-5).
//  - Space Li-ion at 160 Wh/kg (Saft VES180, ESA ARTES), LEO at 30 % depth
//    of discharge.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <numbers>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace orbit = aiecon::orbit;
namespace site = aiecon::site;

using test::naming;
using test::not_a_number;

const auto w_per_m2 = u::W / u::m2;
const double degrees = 180.0 / std::numbers::pi;

// XTJ cells, 10 % pointing and packing loss, 0.5 %/yr (the ISS's upper
// figure), 3 kg/m2 (illustrative, about ROSA's 340 kg over 19 x 6 m).
orbit::solar_array xtj_array() {
    return {.cell_efficiency = 0.298,
            .pointing_loss = 0.1,
            .degradation_per_year = 0.005,
            .areal_density = 3.0 * u::kg / u::m2};
}

// Saft-like space cells at 30 % depth of discharge, 95 % round trip.
site::battery_technology space_battery() {
    return {.cost = 0.0 * u::USD / u::kWh,
            .depth_of_discharge = 0.3,
            .round_trip_efficiency = 0.95,
            .cycle_life = 30'000.0,
            .energy_density = 160.0 * u::Wh / u::kg};
}

const orbit::circular_orbit iss{.altitude = 400_km, .beta_degrees = 0.0};

// The 400 km orbit at beta 0, by hand (R = 6,378,137 m, h = 400,000 m):
//   a = R + h = 6,778,137 m; a^3 = 3.1140890520e20 m3
//   a^3 / GM = 3.1140890520e20 / 3.986004418e14 = 781,255.79539 s2
//   T = 2 pi sqrt(781,255.79539) = 2 pi x 883.88675484 = 5,553.6242713 s
//     = 92.560405 min
//   h^2 + 2 R h = 1.6e11 + 5.1025096e12 = 5.2625096e12 m2; sqrt = 2,294,016.0418 m
//   ratio = 2,294,016.0418 / 6,778,137 = 0.33844344570
//   acos(0.33844344570) = 1.2255340948 rad; f = 1.2255340948 / pi = 0.39009961823
//   eclipse = 0.39009961823 x 5,553.6242713 = 2,166.4667080 s = 36.107778 min
//   daylight = 5,553.6242713 - 2,166.4667080 = 3,387.1575632 s
//   beta* = asin(6,378,137 / 6,778,137) = asin(0.94098673) = 1.2255340948 rad
//         = 70.217931 deg
constexpr double iss_period_s = 5'553.6242713;
constexpr double iss_fraction = 0.39009961823;
constexpr double iss_eclipse_s = 2'166.4667080;
}  // namespace

BOOST_AUTO_TEST_SUITE(orbit_power)

BOOST_AUTO_TEST_CASE(solar_constant_is_kopp_and_lean) {
    BOOST_TEST(orbit::solar_constant.in(w_per_m2) == 1361.0);
    // Within Kopp and Lean's 1360.8 +- 0.5 W/m2.
    const double tsi = orbit::solar_constant.in(w_per_m2);
    BOOST_TEST(std::fabs(tsi - 1360.8) <= 0.5);
}

BOOST_AUTO_TEST_CASE(array_power_at_beginning_and_end_of_life) {
    // Per area at BOL, no pointing loss: 1361 x 0.298 = 405.578 W/m2.
    orbit::solar_array a = xtj_array();
    a.pointing_loss = 0.0;
    BOOST_TEST(orbit::beginning_of_life_power_per_area(a).in(w_per_m2) == 405.578,
               boost::test_tools::tolerance(1e-12));
    // With 10 % loss: 405.578 x 0.9 = 365.0202 W/m2; 100 m2 give 36,502.02 W.
    a = xtj_array();
    BOOST_TEST(orbit::beginning_of_life_power_per_area(a).in(w_per_m2) == 365.0202,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(orbit::beginning_of_life_power(a, 100_m2).in(u::W) == 36'502.02,
               boost::test_tools::tolerance(1e-12));
    // Remaining share at 0.5 %/yr: 1 at launch; 0.995 after 1 yr;
    // 0.995^0.5 = 0.99749687 after half a year; 0.995^10 = 0.95111013 after 10 yr.
    BOOST_TEST(orbit::remaining_power_share(a, 0_yr) == 1.0);
    BOOST_TEST(orbit::remaining_power_share(a, 1_yr) == 0.995, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(orbit::remaining_power_share(a, 0.5_yr) == 0.99749687,
               boost::test_tools::tolerance(1e-8));
    BOOST_TEST(orbit::remaining_power_share(a, 10_yr) == 0.95111013,
               boost::test_tools::tolerance(1e-8));
    // EOL after 10 yr: 36,502.02 x 0.95111013 = 34,717.441 W.
    BOOST_TEST(orbit::end_of_life_power(a, 100_m2, 10_yr).in(u::W) == 34'717.441,
               boost::test_tools::tolerance(1e-8));
    // At a distance of 1.524 AU (Mars), sunlight is 1361 / 1.524^2 =
    // 585.987 W/m2: 585.987 x 0.298 x 0.9 = 157.162 W/m2 (inverse-square law).
    a.sunlight = 1361.0 / (1.524 * 1.524) * w_per_m2;
    BOOST_TEST(orbit::beginning_of_life_power_per_area(a).in(w_per_m2) == 157.162,
               boost::test_tools::tolerance(1e-4));
}

BOOST_AUTO_TEST_CASE(array_area_and_mass_for_end_of_life_power) {
    // 1 MW at the end of 10 yr:
    //   per area at EOL = 365.0202 x 0.95111013 = 347.17441 W/m2
    //   area = 1e6 / 347.17441 = 2,880.3966 m2; mass = 2,880.3966 x 3 = 8,641.1899 kg
    const orbit::solar_array a = xtj_array();
    const aiecon::area needed = orbit::array_area_for(a, 1_MW, 10_yr);
    BOOST_TEST(needed.in(u::m2) == 2'880.3966, boost::test_tools::tolerance(1e-8));
    BOOST_TEST(orbit::array_mass(a, needed).in(u::kg) == 8'641.1899,
               boost::test_tools::tolerance(1e-8));
    // 100 m2 gives 34,717.441 W after 10 yr (above), so that power needs 100 m2.
    BOOST_TEST(orbit::array_area_for(a, 34'717.441 * u::W, 10_yr).in(u::m2) == 100.0,
               boost::test_tools::tolerance(1e-8));
    // At launch (no degradation yet): 1e6 / 365.0202 = 2,739.5744 m2.
    BOOST_TEST(orbit::array_area_for(a, 1_MW, 0_yr).in(u::m2) == 2'739.5744,
               boost::test_tools::tolerance(1e-8));
}

BOOST_AUTO_TEST_CASE(solar_array_rejects_bad_input) {
    for (double efficiency : {0.0, -0.3, 1.2, not_a_number}) {
        orbit::solar_array a = xtj_array();
        a.cell_efficiency = efficiency;
        BOOST_CHECK_EXCEPTION(
            orbit::beginning_of_life_power_per_area(a), aiecon::domain_error,
            naming("orbit::beginning_of_life_power_per_area", "array.cell_efficiency", "(0, 1]"));
        BOOST_CHECK_EXCEPTION(orbit::array_area_for(a, 1_MW, 10_yr), aiecon::domain_error,
                              naming("orbit::", "array.cell_efficiency", "(0, 1]"));
    }
    for (double share : {1.0, -0.1, not_a_number}) {
        orbit::solar_array a = xtj_array();
        a.pointing_loss = share;
        BOOST_CHECK_EXCEPTION(orbit::beginning_of_life_power(a, 100_m2), aiecon::domain_error,
                              naming("orbit::", "array.pointing_loss", "[0, 1)"));
        a = xtj_array();
        a.degradation_per_year = share;
        BOOST_CHECK_EXCEPTION(
            orbit::remaining_power_share(a, 1_yr), aiecon::domain_error,
            naming("orbit::remaining_power_share", "array.degradation_per_year", "[0, 1)"));
    }
    orbit::solar_array a = xtj_array();
    a.areal_density = -3.0 * u::kg / u::m2;
    BOOST_CHECK_EXCEPTION(orbit::array_mass(a, 100_m2), aiecon::domain_error,
                          naming("orbit::array_mass", "array.areal_density", "kg/m2"));
    a = xtj_array();
    a.sunlight = 0.0 * w_per_m2;
    BOOST_CHECK_EXCEPTION(
        orbit::beginning_of_life_power_per_area(a), aiecon::domain_error,
        naming("orbit::beginning_of_life_power_per_area", "array.sunlight", "W/m2"));
    a.sunlight = not_a_number * w_per_m2;
    BOOST_CHECK_EXCEPTION(
        orbit::beginning_of_life_power_per_area(a), aiecon::domain_error,
        naming("orbit::beginning_of_life_power_per_area", "array.sunlight", "W/m2"));
    BOOST_CHECK_EXCEPTION(orbit::remaining_power_share(xtj_array(), -1_yr), aiecon::domain_error,
                          naming("orbit::remaining_power_share", "age", "yr"));
    BOOST_CHECK_EXCEPTION(orbit::end_of_life_power(xtj_array(), 100_m2, not_a_number * u::year),
                          aiecon::domain_error, naming("orbit::remaining_power_share", "age", "s"));
    BOOST_CHECK_EXCEPTION(orbit::beginning_of_life_power(xtj_array(), -100_m2),
                          aiecon::domain_error,
                          naming("orbit::beginning_of_life_power", "array_area", "m2"));
    BOOST_CHECK_EXCEPTION(orbit::array_area_for(xtj_array(), -1_MW, 10_yr), aiecon::domain_error,
                          naming("orbit::array_area_for", "power_needed", "MW"));
    BOOST_CHECK_EXCEPTION(orbit::array_mass(xtj_array(), not_a_number * u::m2),
                          aiecon::domain_error, naming("orbit::array_mass", "array_area", "m2"));
}

BOOST_AUTO_TEST_CASE(orbital_period_of_the_iss_and_geo) {
    // ISS at 400 km: 5,553.6242713 s = 92.560405 min (hand, above): "about 92.6 min".
    BOOST_TEST(orbit::orbital_period(iss).in(u::s) == iss_period_s,
               boost::test_tools::tolerance(1e-9));
    const double minutes = orbit::orbital_period(iss).in(u::min);
    BOOST_TEST(std::fabs(minutes - 92.6) < 0.05);
    // The beta angle does not change the period.
    BOOST_TEST(
        orbit::orbital_period({.altitude = 400_km, .beta_degrees = 60.0}).in(u::s) == iss_period_s,
        boost::test_tools::tolerance(1e-9));
    // Geostationary, 35,786 km: one sidereal day, 86,164.0905 s; the
    // altitude's rounding to the kilometre leaves 0.1 s (1.2e-6).
    BOOST_TEST(orbit::orbital_period({.altitude = 35'786_km}).in(u::s) == 86'164.0905,
               boost::test_tools::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(eclipse_of_the_iss_at_beta_zero) {
    // f = 0.39009961823, eclipse 2,166.4667 s = 36.107778 min (hand, above):
    // "about 36 min".
    BOOST_TEST(orbit::eclipse_fraction(iss) == iss_fraction, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(orbit::eclipse_duration(iss).in(u::s) == iss_eclipse_s,
               boost::test_tools::tolerance(1e-9));
    const double eclipse_minutes = orbit::eclipse_duration(iss).in(u::min);
    BOOST_TEST(std::fabs(eclipse_minutes - 36.0) < 0.2);
    // At beta 0 the fraction is beta* / pi, beta* = asin(R / (R + h)),
    // computed here from R and h only: the cylinder's half-angle.
    const double r = 6'378.137;
    for (double h : {280.0, 400.0, 500.0, 650.0, 1'200.0}) {
        const double beta_star = std::asin(r / (r + h));
        BOOST_TEST(orbit::eclipse_fraction({.altitude = h * u::km}) == beta_star / std::numbers::pi,
                   boost::test_tools::tolerance(1e-12));
    }
}

BOOST_AUTO_TEST_CASE(eclipse_at_other_altitudes) {
    // 500 km, beta 0: a = 6,878,137 m; sqrt(h^2 + 2 R h) = sqrt(6.628137e12) =
    // 2,574,516.8479 m; ratio 0.37430439; acos = 1.1871498 rad;
    // f = 0.37788152 ("0.378"); T = 5,676.9780 s, eclipse 2,145.2251 s = 35.75 min.
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 500_km}) == 0.37788152,
               boost::test_tools::tolerance(1e-7));
    BOOST_TEST(orbit::eclipse_duration({.altitude = 500_km}).in(u::min) == 35.753752,
               boost::test_tools::tolerance(1e-7));
    // 280 km: f = asin(6378.137 / 6658.137) / pi = 1.2797571 / pi = 0.40735934;
    // sunlit 1 - 0.40735934 = 0.59264066: "59 % sunlight at 280 km".
    BOOST_TEST(1.0 - orbit::eclipse_fraction({.altitude = 280_km}) == 0.59264066,
               boost::test_tools::tolerance(1e-7));
    BOOST_TEST(std::round(100.0 * (1.0 - orbit::eclipse_fraction({.altitude = 280_km}))) == 59.0);
    // Geostationary at the equinox (beta 0): R / a = 6,378.137 / 42,164.137 =
    // 0.15126924; beta* = 0.15185216 rad; f = 0.048336045; eclipse = 0.048336045
    // x 86,163.990 s = 4,164.83 s = 69.41 min: "at most about 70 min".
    const aiecon::duration geo = orbit::eclipse_duration({.altitude = 35'786_km});
    BOOST_TEST(geo.in(u::min) == 69.413775, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(geo.in(u::min) > 69.0);
    BOOST_TEST(geo.in(u::min) < 72.0);
}

BOOST_AUTO_TEST_CASE(eclipse_shrinks_with_beta_and_ends_at_beta_star) {
    // 400 km, beta 30: cos 30 = 0.86602540; ratio = 0.33844345 / 0.86602540 =
    // 0.39080083; acos = 1.1692949 rad; f = 0.37219812.
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 400_km, .beta_degrees = 30.0}) == 0.37219812,
               boost::test_tools::tolerance(1e-7));
    // The sign of beta does not matter (the Sun on either side of the plane).
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 400_km, .beta_degrees = -30.0}) == 0.37219812,
               boost::test_tools::tolerance(1e-7));
    // 70 deg, just below beta* = 70.2179 deg: cos 70 = 0.34202014; ratio =
    // 0.98954244; acos = 0.14474697 rad; f = 0.046074390 (about 4.3 min).
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 400_km, .beta_degrees = 70.0}) == 0.046074390,
               boost::test_tools::tolerance(1e-7));
    // beta* = asin(R / (R + h)) = 70.217931 deg at 400 km: no eclipse at or
    // above it, a short one just below it.
    const double beta_star = std::asin(6'378.137 / 6'778.137) * degrees;
    BOOST_TEST(beta_star == 70.217931, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 400_km, .beta_degrees = beta_star - 0.01}) >
               0.0);
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 400_km, .beta_degrees = beta_star + 0.01}) ==
               0.0);
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 400_km, .beta_degrees = 70.3}) == 0.0);
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 400_km, .beta_degrees = -70.3}) == 0.0);
    BOOST_TEST(orbit::eclipse_duration({.altitude = 400_km, .beta_degrees = 75.0}).in(u::s) == 0.0);
}

BOOST_AUTO_TEST_CASE(dawn_dusk_sun_synchronous_orbit_is_sunlit) {
    // A dawn-dusk SSO keeps beta near 90: no eclipse. At 650 km beta* =
    // asin(6378.137 / 7028.137) = 65.164 deg, so any beta above it is sunlit.
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 650_km, .beta_degrees = 90.0}) == 0.0);
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 650_km, .beta_degrees = -90.0}) == 0.0);
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 650_km, .beta_degrees = 66.0}) == 0.0);
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 650_km, .beta_degrees = 64.0}) > 0.0);
    // An ordinary low orbit at beta 0 at the same altitude: f = 65.164 / 180
    // = 0.36202287, 35.38 min of a 97.73 min orbit.
    BOOST_TEST(orbit::eclipse_fraction({.altitude = 650_km}) == 0.36202287,
               boost::test_tools::tolerance(1e-7));
}

BOOST_AUTO_TEST_CASE(orbit_rejects_bad_input) {
    for (auto altitude : {-400_km, 0_km, not_a_number * u::km}) {
        BOOST_CHECK_EXCEPTION(orbit::orbital_period({.altitude = altitude}), aiecon::domain_error,
                              naming("orbit::orbital_period", "orbit.altitude", "m"));
        BOOST_CHECK_EXCEPTION(orbit::eclipse_fraction({.altitude = altitude}), aiecon::domain_error,
                              naming("orbit::eclipse_fraction", "orbit.altitude", "m"));
    }
    BOOST_CHECK_EXCEPTION(orbit::eclipse_duration({.altitude = -400_km}), aiecon::domain_error,
                          naming("orbit::", "orbit.altitude", "km"));
    for (double beta : {90.5, -91.0, 180.0, not_a_number}) {
        BOOST_CHECK_EXCEPTION(orbit::eclipse_fraction({.altitude = 400_km, .beta_degrees = beta}),
                              aiecon::domain_error,
                              naming("orbit::eclipse_fraction", "orbit.beta_degrees", "[-90, 90]"));
        BOOST_CHECK_EXCEPTION(orbit::orbital_period({.altitude = 400_km, .beta_degrees = beta}),
                              aiecon::domain_error,
                              naming("orbit::orbital_period", "orbit.beta_degrees", "[-90, 90]"));
    }
}

BOOST_AUTO_TEST_CASE(smad_array_power_for_a_load) {
    // 10 kW through the ISS orbit's eclipse, X_e = 0.65, X_d = 0.85 (SMAD):
    //   P_e T_e / X_e = 10,000 x 2,166.4667080 / 0.65 = 33,330,257.046 J
    //   P_d T_d / X_d = 10,000 x 3,387.1575632 / 0.85 = 39,848,912.509 J
    //   P_sa = (33,330,257.046 + 39,848,912.509) / 3,387.1575632 = 21,604.8909 W
    BOOST_TEST(orbit::array_power_for(10_kW, iss).in(u::W) == 21'604.8909,
               boost::test_tools::tolerance(1e-8));
    // Peak-power tracking, X_e = 0.60, X_d = 0.80:
    //   (10,000 x 2,166.4667080 / 0.60 + 10,000 x 3,387.1575632 / 0.80) / 3,387.1575632
    //   = (36,107,778.467 + 42,339,469.540) / 3,387.1575632 = 23,160.2004 W
    BOOST_TEST(
        orbit::array_power_for(10_kW, iss, {.through_battery = 0.60, .direct = 0.80}).in(u::W) ==
            23'160.2004,
        boost::test_tools::tolerance(1e-8));
    // No eclipse (dawn-dusk SSO): P_sa = 10,000 / 0.85 = 11,764.706 W.
    BOOST_TEST(orbit::array_power_for(10_kW, {.altitude = 650_km, .beta_degrees = 90.0}).in(u::W) ==
                   11'764.70588,
               boost::test_tools::tolerance(1e-9));
    // Lossless paths: the array must supply the load over the whole orbit
    // in daylight: 10,000 x T / T_d = 10,000 x 5,553.6242713 / 3,387.1575632
    // = 16,396.1202 W.
    BOOST_TEST(
        orbit::array_power_for(10_kW, iss, {.through_battery = 1.0, .direct = 1.0}).in(u::W) ==
            16'396.1202,
        boost::test_tools::tolerance(1e-8));
}

BOOST_AUTO_TEST_CASE(array_power_rejects_bad_input) {
    BOOST_CHECK_EXCEPTION(orbit::array_power_for(-10_kW, iss), aiecon::domain_error,
                          naming("orbit::array_power_for", "load", "kW"));
    BOOST_CHECK_EXCEPTION(orbit::array_power_for(not_a_number * u::kW, iss), aiecon::domain_error,
                          naming("orbit::array_power_for", "load", "W"));
    for (double efficiency : {0.0, 1.1, not_a_number}) {
        BOOST_CHECK_EXCEPTION(
            orbit::array_power_for(10_kW, iss, {.through_battery = efficiency, .direct = 0.85}),
            aiecon::domain_error,
            naming("orbit::array_power_for", "paths.through_battery", "(0, 1]"));
        BOOST_CHECK_EXCEPTION(
            orbit::array_power_for(10_kW, iss, {.through_battery = 0.65, .direct = efficiency}),
            aiecon::domain_error, naming("orbit::array_power_for", "paths.direct", "(0, 1]"));
    }
    BOOST_CHECK_EXCEPTION(orbit::array_power_for(10_kW, {.altitude = -1_km}), aiecon::domain_error,
                          naming("orbit::", "orbit.altitude", "km"));
}

BOOST_AUTO_TEST_CASE(battery_for_the_eclipse) {
    // 10 kW through the ISS orbit's 2,166.4667080 s eclipse:
    //   usable    = 10,000 x 2,166.4667080 = 21,664,667.080 J = 6.0179631 kWh
    //   nameplate = 6.0179631 / 0.3 = 20.059877 kWh
    //   recharge  = 6.0179631 / 0.95 = 6.3346980 kWh
    //   mass      = 20,059.877 Wh / 160 Wh/kg = 125.37423 kg
    const site::battery_sizing b = orbit::eclipse_battery(10_kW, iss, space_battery());
    BOOST_TEST(b.usable.in(u::kWh) == 6.0179631, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(b.nameplate.in(u::kWh) == 20.059877, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(b.recharge.in(u::kWh) == 6.3346980, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(b.mass.in(u::kg) == 125.37423, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(b.rating.in(u::kW) == 10.0);
    // No eclipse, no battery energy.
    const site::battery_sizing none =
        orbit::eclipse_battery(10_kW, {.altitude = 650_km, .beta_degrees = 90.0}, space_battery());
    BOOST_TEST(none.nameplate.in(u::kWh) == 0.0);
    BOOST_TEST(none.mass.in(u::kg) == 0.0);
}

BOOST_AUTO_TEST_CASE(eclipse_battery_rejects_bad_input) {
    site::battery_technology bad = space_battery();
    bad.depth_of_discharge = 0.0;
    BOOST_CHECK_EXCEPTION(orbit::eclipse_battery(10_kW, iss, bad), aiecon::domain_error,
                          naming("site::size_battery", "technology.depth_of_discharge", "(0, 1]"));
    BOOST_CHECK_EXCEPTION(orbit::eclipse_battery(-10_kW, iss, space_battery()),
                          aiecon::domain_error, naming("site::size_battery", "gap_power", "kW"));
    BOOST_CHECK_EXCEPTION(
        orbit::eclipse_battery(10_kW, {.altitude = 400_km, .beta_degrees = 95.0}, space_battery()),
        aiecon::domain_error, naming("orbit::", "orbit.beta_degrees", "[-90, 90]"));
}

BOOST_AUTO_TEST_SUITE_END()
