// The fab layer's costs: good dies, a per-wafer quantity shared over good
// dies, known-good-die cost, the die-cost chain, and embodied emissions.
//
// References: CSET (Khan & Mann, "AI Chips: What They Are and Why They
// Matter", 2020, Table 9: 5 nm foundry sale price $16,988 per wafer, 71.4
// chips of 610 mm2 per wafer, $238 per chip); AnandTech (Cutress, Aug 2020:
// TSMC N5 at about 0.1 defects/cm2); the ACT model (Gupta et al., ISCA 2022,
// Table 1 and the defaults of github.com/facebookresearch/ACT); the exact
// count of 64 whole 26 x 33 mm dies on a 300 mm wafer with 3 mm exclusion
// (researcher's count, confirmed by the brute force in fab_geometry_test);
// and hand calculations written out below.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace fab = aiecon::fab;

using test::naming;
using test::not_a_number;

const auto per_wafer = u::die / u::wafer;
const auto usd_per_die = u::USD / u::die;

// CSET's 5 nm wafer, 300 mm, 3 mm edge exclusion, no scribe.
const fab::wafer n5_wafer{
    .diameter = 300_mm, .edge_exclusion = 3_mm, .scribe_width = 0_mm, .cost = 16'988_USD};
// A reticle-sized die, 26 x 33 mm = 8.58 cm2.
const fab::die full_field{.width = 26_mm, .height = 33_mm};
const fab::yield_model poisson{.formula = fab::yield_formula::poisson};
const aiecon::defect_density n5_defects = 0.1 / u::cm2;

// The worked case used below (hand):
//   gross = 64 (exact count, see above)
//   yield = exp(-8.58 x 0.1) = exp(-0.858) = 0.42400925
//   good  = 64 x 0.42400925 = 27.136592 dies/wafer
//   cost per good die = 16988 / 27.136592 = $626.0182
//   with $5/die probe test: (16988 + 5 x 64) / 27.136592 = 17308 / 27.136592 = $637.8104
constexpr double worked_yield = 0.4240092534;
constexpr double worked_good = 27.13659222;

// ACT Table 1 (facebookresearch/ACT, act/models/logic/*.yaml), 5 nm:
// EPA 2.75 kWh/cm2; GPA 430 g/cm2 at 95 % abatement, 225 at 99 %, ACT's
// default "97" is their mean, 327.5 g/cm2; MPA 500 g/cm2; ACT's default fab
// location Taiwan, 583 gCO2e/kWh.
fab::fab_carbon act_5nm() {
    return {.electricity = 2.75 * u::kWh / u::cm2,
            .grid_intensity = 583.0 * u::gCO2e / u::kWh,
            .gases = 327.5 * u::gCO2e / u::cm2,
            .materials = 500.0 * u::gCO2e / u::cm2};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(fab_cost)

BOOST_AUTO_TEST_CASE(good_dies_are_gross_times_yield) {
    // 64 x 0.42400925 = 27.136592 (worked case above).
    BOOST_TEST(fab::good_dies(64.0 * per_wafer, worked_yield).in(per_wafer) == worked_good,
               boost::test_tools::tolerance(1e-7));
    // Yield 1: every gross die is good.
    BOOST_TEST(fab::good_dies(64.0 * per_wafer, 1.0).in(per_wafer) == 64.0);
}

BOOST_AUTO_TEST_CASE(cset_price_per_chip) {
    // CSET Table 9, 5 nm: $16,988 per wafer over 71.4 chips per wafer is
    // 16988 / 71.4 = $237.93, "$238 per chip".
    const aiecon::price_per_die per_chip = fab::per_good_die(16'988_USD, 71.4 * per_wafer);
    BOOST_TEST(per_chip.in(usd_per_die) == 237.927171, boost::test_tools::tolerance(1e-8));
    BOOST_TEST(std::round(per_chip.in(usd_per_die)) == 238.0);
}

BOOST_AUTO_TEST_CASE(known_good_die_cost_carries_the_probe_test) {
    // Worked case: (16988 + 5 x 64) / (64 x 0.4240093) = $637.8104.
    const aiecon::price_per_die kgd =
        fab::known_good_die_cost(16'988_USD, 64.0 * per_wafer, worked_yield, 5.0 * usd_per_die);
    BOOST_TEST(kgd.in(usd_per_die) == 637.8104, boost::test_tools::tolerance(1e-6));
    // Without test cost it is the cost per good die, 16988 / 27.136592 = $626.0182.
    const aiecon::price_per_die untested =
        fab::known_good_die_cost(16'988_USD, 64.0 * per_wafer, worked_yield, 0.0 * usd_per_die);
    BOOST_TEST(untested.in(usd_per_die) == 626.0182, boost::test_tools::tolerance(1e-6));
    // The test adds $5 per gross die, shared by the good ones:
    //   5 / 0.42400925 = $11.7922 per good die.
    BOOST_TEST((kgd - untested).in(usd_per_die) == 11.7922, boost::test_tools::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(die_costs_chain_for_a_reticle_sized_die) {
    // The worked case end to end: CSET's wafer, a 26 x 33 mm die, Poisson at
    // 0.1 /cm2, $5 probe test per die.
    const fab::die_economics e =
        fab::die_costs(n5_wafer, full_field, poisson, n5_defects, 5.0 * usd_per_die);
    BOOST_TEST(e.gross.in(per_wafer) == 64.0);
    BOOST_TEST(e.yield == worked_yield, boost::test_tools::tolerance(1e-6));
    BOOST_TEST(e.good.in(per_wafer) == worked_good, boost::test_tools::tolerance(1e-6));
    BOOST_TEST(e.cost_per_good_die.in(usd_per_die) == 626.0182, boost::test_tools::tolerance(1e-6));
    BOOST_TEST(e.known_good_die.in(usd_per_die) == 637.8104, boost::test_tools::tolerance(1e-6));

    // Murphy instead, hand: x = 0.858, (1 - e^-x)/x = 0.5759907 / 0.858 =
    // 0.6713179, squared 0.4506677; good = 64 x 0.4506677 = 28.842733;
    // 16988 / 28.842733 = $588.9872.
    const fab::die_economics m =
        fab::die_costs(n5_wafer, full_field, {.formula = fab::yield_formula::murphy}, n5_defects);
    BOOST_TEST(m.yield == 0.4506677, boost::test_tools::tolerance(1e-6));
    BOOST_TEST(m.cost_per_good_die.in(usd_per_die) == 588.9872, boost::test_tools::tolerance(1e-6));
    // No test cost: the known good die costs the same as a good die.
    BOOST_TEST(m.known_good_die.in(usd_per_die) == 588.9872, boost::test_tools::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(act_carbon_per_area) {
    // CPA = CI x EPA + GPA + MPA, per ACT Table 1 (see act_5nm):
    //   5 nm: 583 x 2.75 + 327.5 + 500 = 1603.25 + 827.5 = 2430.75 g/cm2
    BOOST_TEST(fab::carbon_per_area(act_5nm()).in(u::kgCO2e / u::cm2) == 2.43075,
               boost::test_tools::tolerance(1e-12));
    // ACT also divides by its default fab yield, 0.875 (the library applies
    // yield where the wafer is shared over good dies instead):
    //   5 nm: 2430.75 / 0.875 = 2778.0 g/cm2, ACT's 2.78 kg/cm2
    //   7 nm: (583 x 2.15 + (350 + 200)/2 + 500) / 0.875 = 2028.45 / 0.875 = 2318.23 g/cm2
    //   3 nm: (583 x 3.25 + (470 + 275)/2 + 500) / 0.875 = 2767.25 / 0.875 = 3162.57 g/cm2
    BOOST_TEST(fab::carbon_per_area(act_5nm()).in(u::gCO2e / u::cm2) / 0.875 == 2778.0,
               boost::test_tools::tolerance(1e-12));
    const fab::fab_carbon act_7nm{.electricity = 2.15 * u::kWh / u::cm2,
                                  .grid_intensity = 583.0 * u::gCO2e / u::kWh,
                                  .gases = 275.0 * u::gCO2e / u::cm2,
                                  .materials = 500.0 * u::gCO2e / u::cm2};
    const fab::fab_carbon act_3nm{.electricity = 3.25 * u::kWh / u::cm2,
                                  .grid_intensity = 583.0 * u::gCO2e / u::kWh,
                                  .gases = 372.5 * u::gCO2e / u::cm2,
                                  .materials = 500.0 * u::gCO2e / u::cm2};
    BOOST_TEST(fab::carbon_per_area(act_7nm).in(u::gCO2e / u::cm2) / 0.875 == 2318.228571,
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST(fab::carbon_per_area(act_3nm).in(u::gCO2e / u::cm2) / 0.875 == 3162.571429,
               boost::test_tools::tolerance(1e-9));
    // A clean grid (Iceland, 28 g/kWh in ACT's table) at 5 nm:
    //   28 x 2.75 + 327.5 + 500 = 77 + 827.5 = 904.5 g/cm2
    fab::fab_carbon iceland = act_5nm();
    iceland.grid_intensity = 28.0 * u::gCO2e / u::kWh;
    BOOST_TEST(fab::carbon_per_area(iceland).in(u::gCO2e / u::cm2) == 904.5,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(act_die_emissions_by_area) {
    // ACT's per-die figure: die area x CPA / yield. An 8 cm2 die at the 5 nm
    // CPA of 2.43075 kg/cm2 (above) and yield 0.5:
    //   8 x 2.43075 / 0.5 = 38.892 kg CO2e
    BOOST_TEST(fab::die_emissions_by_area(8.0 * u::cm2, fab::carbon_per_area(act_5nm()), 0.5)
                       .in(u::kgCO2e) == 38.892,
               boost::test_tools::tolerance(1e-12));
    BOOST_CHECK_THROW(
        fab::die_emissions_by_area(8.0 * u::cm2, fab::carbon_per_area(act_5nm()), 0.0),
        aiecon::domain_error);
}

BOOST_AUTO_TEST_CASE(wafer_emissions_and_emissions_per_good_die) {
    // One 300 mm wafer at 5 nm: its whole area, pi/4 x 30^2 = 706.85835 cm2,
    // times 2.43075 kg/cm2 = 1718.1959 kgCO2e.
    const aiecon::emissions wafer = fab::wafer_emissions(n5_wafer, act_5nm());
    BOOST_TEST(wafer.in(u::kgCO2e) == 1718.1959, boost::test_tools::tolerance(1e-7));
    // Shared over the worked case's 27.136592 good dies:
    //   1718.1959 / 27.136592 = 63.3166 kgCO2e per good die.
    const auto per_die = fab::per_good_die(wafer, worked_good * per_wafer);
    BOOST_TEST(per_die.in(u::kgCO2e / u::die) == 63.3166, boost::test_tools::tolerance(1e-5));
    // ACT instead charges die area x CPA / fab yield. With the same yield,
    // the two differ by the wafer area not covered by whole dies: the ratio
    // is wafer area / (gross x die area) = 706.85835 / (64 x 8.58) = 706.85835 / 549.12
    // = 1.287257.
    const double act_per_die = 8.58 * 2.43075 / worked_yield;  // kg, ACT's way
    BOOST_TEST(per_die.in(u::kgCO2e / u::die) / act_per_die == 1.287257,
               boost::test_tools::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(bad_cost_input_throws_domain_error_naming_parameter_and_unit) {
    // Yield 0, above 1, NaN.
    for (double y : {0.0, 1.5, not_a_number}) {
        BOOST_CHECK_EXCEPTION(fab::good_dies(64.0 * per_wafer, y), aiecon::domain_error,
                              naming("fab::good_dies", "die_yield", "(0, 1]"));
    }
    // No gross dies, negative, NaN: in die/wafer.
    BOOST_CHECK_EXCEPTION(fab::good_dies(0.0 * per_wafer, 0.5), aiecon::domain_error,
                          naming("fab::good_dies", "gross", "die/wafer"));
    BOOST_CHECK_EXCEPTION(fab::good_dies(-1.0 * per_wafer, 0.5), aiecon::domain_error,
                          naming("fab::good_dies", "gross", "die/wafer"));
    BOOST_CHECK_EXCEPTION(fab::good_dies(not_a_number * per_wafer, 0.5), aiecon::domain_error,
                          naming("fab::good_dies", "gross", "die/wafer"));
    // Negative wafer cost, zero good dies.
    BOOST_CHECK_EXCEPTION(fab::per_good_die(-1_USD, 10.0 * per_wafer), aiecon::domain_error,
                          naming("fab::per_good_die", "per_wafer", "$"));
    BOOST_CHECK_EXCEPTION(fab::per_good_die(16'988_USD, 0.0 * per_wafer), aiecon::domain_error,
                          naming("fab::per_good_die", "good", "die/wafer"));
    // Known good die: negative or NaN prices.
    BOOST_CHECK_EXCEPTION(
        fab::known_good_die_cost(-16'988_USD, 64.0 * per_wafer, 0.5, 5.0 * usd_per_die),
        aiecon::domain_error, naming("fab::known_good_die_cost", "wafer_cost", "$"));
    BOOST_CHECK_EXCEPTION(
        fab::known_good_die_cost(16'988_USD, 64.0 * per_wafer, 0.5, -5.0 * usd_per_die),
        aiecon::domain_error, naming("fab::known_good_die_cost", "test_cost_per_die", "-$5/die"));
    BOOST_CHECK_EXCEPTION(
        fab::known_good_die_cost(16'988_USD, 64.0 * per_wafer, 0.5, not_a_number * usd_per_die),
        aiecon::domain_error, naming("fab::known_good_die_cost", "test_cost_per_die", "/die"));
    BOOST_CHECK_EXCEPTION(
        fab::known_good_die_cost(16'988_USD, 64.0 * per_wafer, 0.0, 5.0 * usd_per_die),
        aiecon::domain_error, naming("fab::known_good_die_cost", "die_yield", "(0, 1]"));
    // The chain checks its wafer and die.
    fab::wafer bad = n5_wafer;
    bad.cost = -1_USD;
    BOOST_CHECK_EXCEPTION(fab::die_costs(bad, full_field, poisson, n5_defects),
                          aiecon::domain_error, naming("fab::", "wafer.cost", "$"));
    BOOST_CHECK_EXCEPTION(
        fab::die_costs(n5_wafer, {.width = -26_mm, .height = 33_mm}, poisson, n5_defects),
        aiecon::domain_error, naming("fab::", "die.width", "mm"));
    BOOST_CHECK_EXCEPTION(
        fab::die_costs(n5_wafer, full_field, poisson, n5_defects, -5.0 * usd_per_die),
        aiecon::domain_error, naming("fab::die_costs", "test_cost_per_die", "/die"));
    // Emissions: negative or NaN per-area figures, in their units.
    fab::fab_carbon carbon = act_5nm();
    carbon.electricity = -2.75 * u::kWh / u::cm2;
    BOOST_CHECK_EXCEPTION(fab::carbon_per_area(carbon), aiecon::domain_error,
                          naming("fab::carbon_per_area", "fab.electricity", "kWh/cm2"));
    carbon = act_5nm();
    carbon.grid_intensity = -583.0 * u::gCO2e / u::kWh;
    BOOST_CHECK_EXCEPTION(fab::carbon_per_area(carbon), aiecon::domain_error,
                          naming("fab::carbon_per_area", "fab.grid_intensity", "gCO2e/kWh"));
    carbon = act_5nm();
    carbon.gases = not_a_number * u::gCO2e / u::cm2;
    BOOST_CHECK_EXCEPTION(fab::carbon_per_area(carbon), aiecon::domain_error,
                          naming("fab::carbon_per_area", "fab.gases", "/cm2"));
    carbon = act_5nm();
    carbon.materials = -500.0 * u::gCO2e / u::cm2;
    BOOST_CHECK_EXCEPTION(fab::wafer_emissions(n5_wafer, carbon), aiecon::domain_error,
                          naming("fab::wafer_emissions", "fab.materials", "kgCO2e/cm2"));
    bad = n5_wafer;
    bad.diameter = -300_mm;
    BOOST_CHECK_EXCEPTION(fab::wafer_emissions(bad, act_5nm()), aiecon::domain_error,
                          naming("fab::wafer_emissions", "wafer.diameter", "mm"));
}

BOOST_AUTO_TEST_SUITE_END()
