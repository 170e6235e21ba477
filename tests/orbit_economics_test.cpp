// Orbit versus ground: the capital recovery factor and annualised capital;
// the cost of a kilowatt-year on the ground and in orbit, by hand; the
// break-even launch price found by the solver against the closed-form
// rearrangement; find_root on functions with known roots; and latency:
// slant range, satellite and fibre round trips, placement by budget.
//
// References:
//  - CRF = i (1 + i)^n / ((1 + i)^n - 1), the (A/P, i, n) factor of the
//    NCEES FE Reference Handbook's engineering-economics factor tables:
//    (A/P, 8 %, 10) = 0.1490, (A/P, 10 %, 5) = 0.2638, (A/P, 5 %, 20) =
//    0.0802, (A/P, 8 %, 5) = 0.2505; 0.14903 at 8 %, 10 yr.
//  - Ground inputs: Cushman & Wakefield, Data Center Development Cost Guide
//    2025 ($11.7M per MW average); Uptime Institute 2023 average PUE 1.58;
//    EIA 2023 US industrial 8.06 c/kWh; NREL (McLaren and Mullendore, 2017)
//    $15/kW-month demand charge. Orbit inputs are illustrative, the
//    reference is the arithmetic. A year is 8766 h (Julian).
//  - sqrt(2) = 1.4142135623730951; the Dottie number, the root of cos x = x,
//    0.7390851332151607 (OEIS A003957).
//  - c = 299,792,458 m/s exactly (SI); SMF-28 group index 1.4682 at
//    1550 nm, so 1,000 m x 1.4682 / c = 4.897 us per km one way (the
//    project researcher's figure, /tmp/orbit_refs.md sec. 8).
//  - Budgets: 1 ms for the Tactile Internet (ITU-T Technology Watch Report,
//    "The Tactile Internet", 2014); 100 ms for a response to feel
//    instantaneous (Nielsen, "Usability Engineering", 1993).
//  - WGS 84 R = 6378.137 km; slant range checked against the law of cosines
//    in the Earth-centre triangle (Wertz and Larson, SMAD 3rd ed., sec. 5.1).
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <numbers>
#include <optional>
#include <string>
#include <vector>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace orbit = aiecon::orbit;
namespace site = aiecon::site;
namespace finance = aiecon::finance;

using test::naming;
using test::not_a_number;

const auto usd_per_w = u::USD / u::W;
const auto usd_per_kg = u::USD / u::kg;
const auto usd_per_kwh = u::USD / u::kWh;
const auto w_per_kg = u::W / u::kg;

aiecon::dimensionless number(double x) {
    return aiecon::dimensionless::from_base_units(x);
}

// A US campus: 3.0 + 5.5 + 3.2 = $11.7/W, 10 yr life, PUE 1.58, 80 % IT
// utilisation, $0.0806/kWh and $15/kW-month.
orbit::ground_site us_campus() {
    return {.capex = {.shell = 3.0 * usd_per_w,
                      .electrical = 5.5 * usd_per_w,
                      .mechanical = 3.2 * usd_per_w},
            .facility_life = 10_yr,
            .pue = 1.58,
            .tariff = {.energy_price = 0.0806 * usd_per_kwh,
                       .demand_charge = 15.0 * u::USD / (u::kW * u::month)},
            .utilisation = 0.8};
}

// Its kW-year at 8 % cost of capital, by hand:
//   CRF(8 %, 10) = 0.08 x 1.08^10 / (1.08^10 - 1) = 0.08 x 2.1589250 / 1.1589250
//                = 0.14902949
//   capital = $11,700 per kW x 0.14902949 = $1,743.6450
//   energy  = 1 kW x 0.8 x 1.58 x 8766 h = 11,080.224 kWh x $0.0806 = $893.06605
//   demand  = 1 kW x 1.58 x $15 x 12 months = $284.40
//   operations = 893.06605 + 284.40 = $1,177.46605
//   total      = 1,743.6450 + 1,177.46605 = $2,921.11107
constexpr double ground_total = 2'921.11107;

// An orbital node of 50 W/kg, 90 % average availability, $5/W of hardware,
// 5 yr life, $0.10/W-year of operations.
orbit::orbital_site node_site(aiecon::price_per_mass launch) {
    orbit::node_budget node{};
    node.compute_per_kg = 50.0 * w_per_kg;
    node.availability = 0.9;
    return {.node = node,
            .hardware = 5.0 * usd_per_w,
            .launch_price = launch,
            .hardware_life = 5_yr,
            .operations_per_year = 0.10 * usd_per_w};
}

// Its kW-year at $1,000/kg and 8 %, by hand:
//   mass per kW = 1,000 W / 50 W/kg = 20 kg
//   capital per kW = 20 kg x $1,000 + $5/W x 1,000 W = 20,000 + 5,000 = $25,000
//   CRF(8 %, 5) = 0.08 x 1.08^5 / (1.08^5 - 1) = 0.08 x 1.4693281 / 0.4693281 = 0.25045645
//   capital = 25,000 x 0.25045645 / 0.9 = 6,261.4114 / 0.9 = $6,957.1237
//   operations = $0.10 x 1,000 / 0.9 = $111.11111
//   total = $7,068.2348
}  // namespace

BOOST_AUTO_TEST_SUITE(orbit_economics)

BOOST_AUTO_TEST_CASE(capital_recovery_factor_matches_the_tables) {
    // 8 %, 10 yr: 0.14903 (hand, above: 0.14902949).
    BOOST_TEST(finance::capital_recovery_factor(0.08, 10_yr) == 0.14902949,
               boost::test_tools::tolerance(1e-7));
    BOOST_TEST(std::fabs(finance::capital_recovery_factor(0.08, 10_yr) - 0.14903) < 5e-6);
    // The NCEES table's four decimals.
    BOOST_TEST(std::fabs(finance::capital_recovery_factor(0.10, 5_yr) - 0.2638) < 5e-5);
    BOOST_TEST(std::fabs(finance::capital_recovery_factor(0.05, 20_yr) - 0.0802) < 5e-5);
    BOOST_TEST(std::fabs(finance::capital_recovery_factor(0.08, 5_yr) - 0.2505) < 5e-5);
    // 10 %, 5 yr by hand: 1.1^5 = 1.61051; 0.1 x 1.61051 / 0.61051 = 0.26379748.
    BOOST_TEST(finance::capital_recovery_factor(0.10, 5_yr) == 0.26379748,
               boost::test_tools::tolerance(1e-7));
    // At 0 % the capital is repaid in equal parts: 1 / 10.
    BOOST_TEST(finance::capital_recovery_factor(0.0, 10_yr) == 0.1,
               boost::test_tools::tolerance(1e-15));
    // One year at i: the capital plus a year's interest, 1 + i.
    BOOST_TEST(finance::capital_recovery_factor(0.08, 1_yr) == 1.08,
               boost::test_tools::tolerance(1e-12));
    // A tiny rate approaches 1/n: 1e-12 over 10 yr is 0.1 to 12 digits.
    BOOST_TEST(finance::capital_recovery_factor(1e-12, 10_yr) == 0.1,
               boost::test_tools::tolerance(1e-10));
}

BOOST_AUTO_TEST_CASE(annualised_capital) {
    // $1M at 8 % over 10 yr: 1e6 x 0.14902949 = $149,029.49 per year.
    const aiecon::price_per_time per_year = finance::annualised(1_MUSD, 0.08, 10_yr);
    BOOST_TEST(per_year.in(u::USD / u::year) == 149'029.49, boost::test_tools::tolerance(1e-8));
    // At 0 %: $100,000 per year.
    BOOST_TEST(finance::annualised(1_MUSD, 0.0, 10_yr).in(u::USD / u::year) == 100'000.0,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(capital_recovery_rejects_bad_input) {
    for (double rate : {-0.01, 1.5, not_a_number}) {
        BOOST_CHECK_EXCEPTION(
            finance::capital_recovery_factor(rate, 10_yr), aiecon::domain_error,
            naming("finance::capital_recovery_factor", "cost_of_capital", "[0, 1]"));
    }
    BOOST_CHECK_EXCEPTION(finance::capital_recovery_factor(0.08, 0_yr), aiecon::domain_error,
                          naming("finance::capital_recovery_factor", "life", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(finance::capital_recovery_factor(0.08, -10_yr), aiecon::domain_error,
                          naming("finance::capital_recovery_factor", "life", "yr"));
    BOOST_CHECK_EXCEPTION(finance::capital_recovery_factor(0.08, not_a_number * u::year),
                          aiecon::domain_error,
                          naming("finance::capital_recovery_factor", "life", "s"));
    BOOST_CHECK_EXCEPTION(finance::annualised(-1_MUSD, 0.08, 10_yr), aiecon::domain_error,
                          naming("finance::annualised", "capital", "$"));
    BOOST_CHECK_EXCEPTION(finance::annualised(not_a_number * u::USD, 0.08, 10_yr),
                          aiecon::domain_error, naming("finance::annualised", "capital", "$"));
}

BOOST_AUTO_TEST_CASE(ground_kilowatt_year_by_hand) {
    const orbit::cost_per_kilowatt_year g = orbit::ground_cost(us_campus(), 0.08);
    BOOST_TEST(g.capital.in(u::USD) == 1'743.6450, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(g.operations.in(u::USD) == 1'177.46605, boost::test_tools::tolerance(1e-8));
    BOOST_TEST(g.total.in(u::USD) == ground_total, boost::test_tools::tolerance(1e-8));
}

BOOST_AUTO_TEST_CASE(orbit_kilowatt_year_by_hand) {
    const orbit::cost_per_kilowatt_year o =
        orbit::orbit_cost(node_site(1'000.0 * usd_per_kg), 0.08);
    BOOST_TEST(o.capital.in(u::USD) == 6'957.1237, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(o.operations.in(u::USD) == 111.11111, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(o.total.in(u::USD) == 7'068.2348, boost::test_tools::tolerance(1e-7));
    // A free launch leaves the hardware: 5,000 x 0.25045645 / 0.9 + 111.11111
    //   = 1,391.4247 + 111.11111 = $1,502.5358.
    BOOST_TEST(orbit::orbit_cost(node_site(0.0 * usd_per_kg), 0.08).total.in(u::USD) == 1'502.5358,
               boost::test_tools::tolerance(1e-7));
}

BOOST_AUTO_TEST_CASE(break_even_launch_price_solver_against_closed_form) {
    // Orbit's total is linear in the launch price p:
    //   total(p) = CRF (m p + H) / A + O / A
    // so total(p) = G gives p = ((G A - O) / CRF - H) / m, with
    //   G = $2,921.11107 (ground, by hand), A = 0.9, O = $100, H = $5,000,
    //   m = 20 kg, CRF = 0.25045645:
    //   G A = 2,628.99996; - 100 = 2,528.99996; / 0.25045645 = 10,097.5635;
    //   - 5,000 = 5,097.5635; / 20 = $254.87818/kg
    const double g = ground_total;
    const double a = 0.9;
    const double o = 100.0;
    const double h = 5'000.0;
    const double m = 20.0;
    const double crf = 0.25045645;
    const double closed_form = ((g * a - o) / crf - h) / m;
    BOOST_TEST(closed_form == 254.87818, boost::test_tools::tolerance(1e-6));

    const std::optional<aiecon::price_per_mass> p =
        orbit::break_even_launch_price(us_campus(), node_site(1'000.0 * usd_per_kg), 0.08);
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->in(usd_per_kg) == closed_form, boost::test_tools::tolerance(1e-6));
    // At that price orbit and ground cost the same kW-year.
    BOOST_TEST(orbit::orbit_cost(node_site(*p), 0.08).total.in(u::USD) == ground_total,
               boost::test_tools::tolerance(1e-8));
    // The searched bracket does not change the answer.
    const std::optional<aiecon::price_per_mass> narrow = orbit::break_even_launch_price(
        us_campus(), node_site(0.0 * usd_per_kg), 0.08, 300.0 * usd_per_kg);
    BOOST_TEST_REQUIRE(narrow.has_value());
    BOOST_TEST(narrow->in(usd_per_kg) == closed_form, boost::test_tools::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(no_break_even_when_orbit_is_dearer_at_a_free_launch) {
    // $20/W of hardware: at a free launch 20,000 x 0.25045645 / 0.9 + 111.11
    //   = 5,565.6990 + 111.11111 = $5,676.81 > $2,921.11 on the ground.
    orbit::orbital_site dear = node_site(0.0 * usd_per_kg);
    dear.hardware = 20.0 * usd_per_w;
    BOOST_TEST(orbit::orbit_cost(dear, 0.08).total.in(u::USD) == 5'676.8101,
               boost::test_tools::tolerance(1e-7));
    BOOST_TEST(!orbit::break_even_launch_price(us_campus(), dear, 0.08).has_value());
    // Cheaper even at the top of the bracket ($100/kg < $254.88/kg): none.
    BOOST_TEST(!orbit::break_even_launch_price(us_campus(), node_site(0.0 * usd_per_kg), 0.08,
                                               100.0 * usd_per_kg)
                    .has_value());
}

BOOST_AUTO_TEST_CASE(cost_models_reject_bad_input) {
    orbit::orbital_site bad = node_site(1'000.0 * usd_per_kg);
    bad.node.compute_per_kg = 0.0 * w_per_kg;
    BOOST_CHECK_EXCEPTION(orbit::orbit_cost(bad, 0.08), aiecon::domain_error,
                          naming("orbit::orbit_cost", "node.compute_per_kg", "W/kg"));
    for (double availability : {0.0, 1.1, not_a_number}) {
        bad = node_site(1'000.0 * usd_per_kg);
        bad.node.availability = availability;
        BOOST_CHECK_EXCEPTION(orbit::orbit_cost(bad, 0.08), aiecon::domain_error,
                              naming("orbit::orbit_cost", "node.availability", "(0, 1]"));
    }
    bad = node_site(1'000.0 * usd_per_kg);
    bad.hardware = -5.0 * usd_per_w;
    BOOST_CHECK_EXCEPTION(orbit::orbit_cost(bad, 0.08), aiecon::domain_error,
                          naming("orbit::orbit_cost", "hardware", "/W"));
    BOOST_CHECK_EXCEPTION(orbit::orbit_cost(node_site(-1'000.0 * usd_per_kg), 0.08),
                          aiecon::domain_error, naming("orbit::orbit_cost", "launch_price", "/kg"));
    BOOST_CHECK_EXCEPTION(orbit::orbit_cost(node_site(not_a_number * usd_per_kg), 0.08),
                          aiecon::domain_error, naming("orbit::orbit_cost", "launch_price", "/kg"));
    bad = node_site(1'000.0 * usd_per_kg);
    bad.operations_per_year = -0.1 * usd_per_w;
    BOOST_CHECK_EXCEPTION(orbit::orbit_cost(bad, 0.08), aiecon::domain_error,
                          naming("orbit::orbit_cost", "operations_per_year", "/W"));
    bad = node_site(1'000.0 * usd_per_kg);
    bad.hardware_life = 0_yr;
    BOOST_CHECK_EXCEPTION(orbit::orbit_cost(bad, 0.08), aiecon::domain_error,
                          naming("finance::", "life", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(orbit::orbit_cost(node_site(1'000.0 * usd_per_kg), 1.5),
                          aiecon::domain_error, naming("finance::", "cost_of_capital", "[0, 1]"));
    // The ground: negative prices, PUE below 1, NaN utilisation.
    orbit::ground_site g = us_campus();
    g.capex.shell = -3.0 * usd_per_w;
    BOOST_CHECK_EXCEPTION(orbit::ground_cost(g, 0.08), aiecon::domain_error,
                          naming("site::capex_per_it_power", "rates.shell", "/W"));
    g = us_campus();
    g.tariff.energy_price = -0.0806 * usd_per_kwh;
    BOOST_CHECK_EXCEPTION(orbit::ground_cost(g, 0.08), aiecon::domain_error,
                          naming("site::bill", "tariff.energy_price", "/kWh"));
    g = us_campus();
    g.pue = 0.9;
    BOOST_CHECK_EXCEPTION(orbit::ground_cost(g, 0.08), aiecon::domain_error,
                          naming("site::bill", "pue", "[1, 10]"));
    g = us_campus();
    g.utilisation = not_a_number;
    BOOST_CHECK_EXCEPTION(orbit::ground_cost(g, 0.08), aiecon::domain_error,
                          naming("site::bill", "utilisation", "[0, 1]"));
    g = us_campus();
    g.facility_life = -10_yr;
    BOOST_CHECK_EXCEPTION(orbit::ground_cost(g, 0.08), aiecon::domain_error,
                          naming("finance::capital_recovery_factor", "life", "yr"));
    BOOST_CHECK_EXCEPTION(orbit::ground_cost(us_campus(), not_a_number), aiecon::domain_error,
                          naming("finance::", "cost_of_capital", "[0, 1]"));
    BOOST_CHECK_EXCEPTION(
        orbit::break_even_launch_price(us_campus(), node_site(0.0 * usd_per_kg), -0.08),
        aiecon::domain_error, naming("finance::", "cost_of_capital", "[0, 1]"));
}

BOOST_AUTO_TEST_CASE(find_root_on_known_roots) {
    // x^2 - 2 on [0, 2]: sqrt(2) = 1.4142135623730951; the default
    // tolerance is 1e-12 of the bracket, 2e-12.
    const auto square_minus_two = [](aiecon::dimensionless x) { return x * x - 2.0; };
    BOOST_TEST(aiecon::find_root(square_minus_two, number(0.0), number(2.0)).base_units() ==
                   1.4142135623730951,
               boost::test_tools::tolerance(2e-12));
    // cos x - x on [0, 1]: the Dottie number 0.7390851332151607.
    const auto cos_minus_x = [](aiecon::dimensionless x) { return std::cos(double(x)) - x; };
    BOOST_TEST(
        aiecon::find_root(cos_minus_x, number(0.0), number(1.0)).base_units() == 0.7390851332151607,
        boost::test_tools::tolerance(1e-12));
    // A linear function: 3 x - 6 on [0, 10] has its root at 2.
    const auto linear = [](aiecon::dimensionless x) { return 3.0 * x - 6.0; };
    BOOST_TEST(aiecon::find_root(linear, number(0.0), number(10.0)).base_units() == 2.0,
               boost::test_tools::tolerance(1e-11));
    // Decreasing through zero works too: 6 - 3 x.
    const auto falling = [](aiecon::dimensionless x) { return 6.0 - 3.0 * x; };
    BOOST_TEST(aiecon::find_root(falling, number(-5.0), number(10.0)).base_units() == 2.0,
               boost::test_tools::tolerance(1e-11));
    // A looser tolerance is honoured: within 1e-3 of sqrt(2).
    BOOST_TEST(std::fabs(aiecon::find_root(square_minus_two, number(0.0), number(2.0), number(1e-3))
                             .base_units() -
                         std::numbers::sqrt2) <= 1e-3);
}

BOOST_AUTO_TEST_CASE(find_root_on_quantities) {
    // Side of a 2 m2 square: x^2 - 2 m2 = 0 at x = sqrt(2) m.
    const auto area_gap = [](aiecon::length x) { return x * x - 2_m2; };
    BOOST_TEST(aiecon::find_root(area_gap, 0_m, 2_m).in(u::m) == std::numbers::sqrt2,
               boost::test_tools::tolerance(2e-12));
    // The hour at which 700 W has used 16.8 kWh: 16.8 / 0.7 = 24 h.
    const auto energy_gap = [](aiecon::duration t) { return 700_W * t - 16.8_kWh; };
    BOOST_TEST(aiecon::find_root(energy_gap, 0_h, 100_h).in(u::h) == 24.0,
               boost::test_tools::tolerance(1e-10));
}

BOOST_AUTO_TEST_CASE(find_root_at_an_end_of_the_bracket) {
    // x - 1 on [1, 3]: the low end is the root; x - 3: the high end.
    const auto minus_one = [](aiecon::dimensionless x) { return x - 1.0; };
    const auto minus_three = [](aiecon::dimensionless x) { return x - 3.0; };
    BOOST_TEST(aiecon::find_root(minus_one, number(1.0), number(3.0)).base_units() == 1.0);
    BOOST_TEST(aiecon::find_root(minus_three, number(1.0), number(3.0)).base_units() == 3.0);
}

BOOST_AUTO_TEST_CASE(find_root_rejects_bad_input) {
    // No sign change: x^2 + 1 is positive everywhere; x^2 - 2 on [2, 3] too.
    const auto positive = [](aiecon::dimensionless x) { return x * x + 1.0; };
    BOOST_CHECK_EXCEPTION(aiecon::find_root(positive, number(-1.0), number(1.0)),
                          aiecon::domain_error,
                          naming("aiecon::find_root", "bracket", "changes sign"));
    const auto square_minus_two = [](aiecon::dimensionless x) { return x * x - 2.0; };
    BOOST_CHECK_EXCEPTION(aiecon::find_root(square_minus_two, number(2.0), number(3.0)),
                          aiecon::domain_error,
                          naming("aiecon::find_root", "bracket", "changes sign"));
    // A bracket that is empty, reversed or not finite.
    BOOST_CHECK_EXCEPTION(aiecon::find_root(square_minus_two, number(2.0), number(0.0)),
                          aiecon::domain_error, naming("aiecon::find_root", "high", "above low"));
    BOOST_CHECK_EXCEPTION(aiecon::find_root(square_minus_two, number(1.0), number(1.0)),
                          aiecon::domain_error, naming("aiecon::find_root", "high", "above low"));
    BOOST_CHECK_EXCEPTION(aiecon::find_root(square_minus_two, number(not_a_number), number(2.0)),
                          aiecon::domain_error, naming("aiecon::find_root", "low", "(-inf, inf)"));
    BOOST_CHECK_EXCEPTION(aiecon::find_root(square_minus_two, number(0.0), number(not_a_number)),
                          aiecon::domain_error, naming("aiecon::find_root", "high", "(-inf, inf)"));
    // A function that returns NaN.
    const auto nan_at_ends = [](aiecon::dimensionless) { return not_a_number; };
    BOOST_CHECK_EXCEPTION(aiecon::find_root(nan_at_ends, number(0.0), number(1.0)),
                          aiecon::domain_error, naming("aiecon::find_root", "f(x)", "finite"));
}

BOOST_AUTO_TEST_CASE(slant_range_to_a_satellite) {
    // Overhead (90 deg): sqrt((R + h)^2 - (R cos 90)^2) - R sin 90 = (R + h) - R = h.
    BOOST_TEST(orbit::slant_range(400_km, 90.0).in(u::km) == 400.0,
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST(orbit::slant_range(35'786_km, 90.0).in(u::km) == 35'786.0,
               boost::test_tools::tolerance(1e-9));
    // On the horizon (0 deg): sqrt((R + h)^2 - R^2) = sqrt(h^2 + 2 R h) =
    // sqrt(5.2625096e12 m2) = 2,294,016.0418 m at 400 km.
    BOOST_TEST(orbit::slant_range(400_km, 0.0).in(u::m) == 2'294'016.0418,
               boost::test_tools::tolerance(1e-9));
    // 550 km at 30 deg, by the law of cosines in the triangle Earth centre,
    // station, satellite: nadir angle eta = asin(R cos e / (R + h)) =
    // 52.870642 deg; central angle gamma = 90 - e - eta = 7.1293578 deg;
    // d^2 = R^2 + (R + h)^2 - 2 R (R + h) cos gamma; d = 992,869.878 m.
    const double r = 6'378'137.0;
    const double orbit_r = r + 550'000.0;
    const double e = 30.0 * std::numbers::pi / 180.0;
    const double eta = std::asin(r * std::cos(e) / orbit_r);
    const double gamma = std::numbers::pi / 2.0 - e - eta;
    const double d = std::sqrt(r * r + orbit_r * orbit_r - 2.0 * r * orbit_r * std::cos(gamma));
    BOOST_TEST(d == 992'869.878, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(orbit::slant_range(550_km, 30.0).in(u::m) == d, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(round_trip_light_times) {
    // Starlink-like 550 km overhead: 2 x 550,000 / 299,792,458 = 3.6692050 ms.
    BOOST_TEST(orbit::satellite_round_trip(550_km, 90.0).in(u::ms) == 3.6692050,
               boost::test_tools::tolerance(1e-7));
    // Geostationary overhead: 2 x 35,786,000 / 299,792,458 = 238.73849 ms
    // (the familiar quarter-second hop).
    BOOST_TEST(orbit::satellite_round_trip(35'786_km, 90.0).in(u::ms) == 238.73849,
               boost::test_tools::tolerance(1e-7));
    // Fibre: 1 km one way is 1,000 x 1.4682 / 299,792,458 = 4.8973880 us,
    // 4.897 us/km; the round trip of 1 km is twice that, 9.7947761 us.
    BOOST_TEST(orbit::fibre_round_trip(1_km).in(u::us) == 9.7947761,
               boost::test_tools::tolerance(1e-7));
    BOOST_TEST(orbit::fibre_round_trip(1_km).in(u::us) / 2.0 == 4.897,
               boost::test_tools::tolerance(1e-4));
    // 1,000 km: 9.7947761 ms; in vacuum (index 1): 2e6 / c = 6.6712819 ms.
    BOOST_TEST(orbit::fibre_round_trip(1'000_km).in(u::ms) == 9.7947761,
               boost::test_tools::tolerance(1e-7));
    BOOST_TEST(orbit::fibre_round_trip(1'000_km, 1.0).in(u::ms) == 6.6712819,
               boost::test_tools::tolerance(1e-7));
    BOOST_TEST(orbit::fibre_round_trip(0_km).in(u::s) == 0.0);
}

BOOST_AUTO_TEST_CASE(latency_rejects_bad_input) {
    for (double elevation : {-1.0, 90.5, not_a_number}) {
        BOOST_CHECK_EXCEPTION(orbit::slant_range(550_km, elevation), aiecon::domain_error,
                              naming("orbit::slant_range", "elevation_degrees", "[0, 90]"));
        BOOST_CHECK_EXCEPTION(orbit::satellite_round_trip(550_km, elevation), aiecon::domain_error,
                              naming("orbit::slant_range", "elevation_degrees", "[0, 90]"));
    }
    BOOST_CHECK_EXCEPTION(orbit::slant_range(-550_km, 90.0), aiecon::domain_error,
                          naming("orbit::slant_range", "altitude", "km"));
    BOOST_CHECK_EXCEPTION(orbit::slant_range(0_km, 90.0), aiecon::domain_error,
                          naming("orbit::slant_range", "altitude", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(orbit::satellite_round_trip(not_a_number * u::km, 90.0),
                          aiecon::domain_error, naming("orbit::slant_range", "altitude", "m"));
    BOOST_CHECK_EXCEPTION(orbit::fibre_round_trip(-1_km), aiecon::domain_error,
                          naming("orbit::fibre_round_trip", "distance", "km"));
    BOOST_CHECK_EXCEPTION(orbit::fibre_round_trip(not_a_number * u::km), aiecon::domain_error,
                          naming("orbit::fibre_round_trip", "distance", "m"));
    for (double index : {0.9, -1.4682, not_a_number}) {
        BOOST_CHECK_EXCEPTION(orbit::fibre_round_trip(1_km, index), aiecon::domain_error,
                              naming("orbit::fibre_round_trip", "group_index", "[1, inf)"));
    }
}

BOOST_AUTO_TEST_CASE(standard_budgets_have_their_sources) {
    const std::vector<orbit::latency_budget> budgets = orbit::standard_budgets();
    BOOST_TEST_REQUIRE(budgets.size() == 3u);
    BOOST_TEST(budgets[0].workload == "robot control");
    BOOST_TEST_REQUIRE(budgets[0].round_trip.has_value());
    BOOST_TEST(budgets[0].round_trip->in(u::ms) == 1.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(budgets[1].workload == "interactive chat");
    BOOST_TEST_REQUIRE(budgets[1].round_trip.has_value());
    BOOST_TEST(budgets[1].round_trip->in(u::ms) == 100.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(budgets[2].workload == "batch training");
    BOOST_TEST(!budgets[2].round_trip.has_value());
}

BOOST_AUTO_TEST_CASE(place_workloads_by_latency_budget) {
    // Round trips (above): local edge 50 km of fibre, 0.48973880 ms;
    // regional 1,000 km of fibre, 9.7947761 ms; LEO overhead at 550 km,
    // 3.6692050 ms; GEO overhead, 238.73849 ms. Then:
    //   robot control (1 ms):     local only
    //   interactive chat (100 ms): local, regional, LEO
    //   batch training (none):    all four
    const std::vector<orbit::placement_site> sites{
        {"local", orbit::fibre_round_trip(50_km)},
        {"regional", orbit::fibre_round_trip(1'000_km)},
        {"LEO", orbit::satellite_round_trip(550_km, 90.0)},
        {"GEO", orbit::satellite_round_trip(35'786_km, 90.0)}};
    const std::vector<orbit::placement> placed = orbit::place(sites, orbit::standard_budgets());
    BOOST_TEST_REQUIRE(placed.size() == 3u);
    BOOST_TEST(placed[0].workload == "robot control");
    BOOST_TEST(placed[0].sites == (std::vector<std::string>{"local"}),
               boost::test_tools::per_element());
    BOOST_TEST(placed[1].workload == "interactive chat");
    BOOST_TEST(placed[1].sites == (std::vector<std::string>{"local", "regional", "LEO"}),
               boost::test_tools::per_element());
    BOOST_TEST(placed[2].workload == "batch training");
    BOOST_TEST(placed[2].sites == (std::vector<std::string>{"local", "regional", "LEO", "GEO"}),
               boost::test_tools::per_element());
    // A budget met exactly is met: 1 ms against a 1 ms budget.
    const std::vector<orbit::placement_site> edge{{"at the limit", 1.0 * u::ms}};
    const std::vector<orbit::placement> exact = orbit::place(edge, orbit::standard_budgets());
    BOOST_TEST(exact[0].sites.size() == 1u);
    // A negative round trip is no site.
    const std::vector<orbit::placement_site> bad{{"time machine", -1.0 * u::ms}};
    BOOST_CHECK_EXCEPTION(orbit::place(bad, orbit::standard_budgets()), aiecon::domain_error,
                          naming("orbit::place", "site.round_trip (time machine)", "ms"));
}

BOOST_AUTO_TEST_SUITE_END()
