// The silicon layer at the edges of its domain: inputs that are valid but
// extreme must give a finite answer or aiecon::domain_error, never an
// infinite or NaN cost, a hang, or a negative count.
#include <aiecon/aiecon.hpp>

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <vector>

#include <range/v3/view/filter.hpp>

#include "error_message.hpp"

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace fab = aiecon::fab;
using test::naming;

const fab::wafer wafer_300{
    .diameter = 300_mm, .edge_exclusion = 3_mm, .scribe_width = 0.1_mm, .cost = 16'988_USD};
}  // namespace

BOOST_AUTO_TEST_SUITE(fab_extremes)

BOOST_AUTO_TEST_CASE(negative_binomial_tends_to_poisson_for_huge_clustering) {
    // AD = 8.138 cm2 x 0.1 /cm2 = 0.8138; Poisson: exp(-0.8138) = 0.4431708.
    const fab::yield_model nearly_poisson{.formula = fab::yield_formula::negative_binomial,
                                          .clustering = 1e16};
    BOOST_TEST(fab::die_yield(nearly_poisson, 8.138 * u::cm2, 0.1 / u::cm2) == 0.4431708134,
               boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(a_vanishing_yield_is_an_error_not_an_infinite_cost) {
    // A D = 8.58 cm2 x 90 /cm2 = 772 defects per die: Poisson yield exp(-772)
    // underflows to about 1e-335, below the smallest double.
    const fab::die full_field{.width = 26_mm, .height = 33_mm};
    BOOST_CHECK_THROW(fab::die_costs(wafer_300, full_field,
                                     {.formula = fab::yield_formula::poisson}, 90.0 / u::cm2),
                      aiecon::domain_error);
    // Parametric yield of 1e-320 (a subnormal): the cost per die would overflow.
    BOOST_CHECK_EXCEPTION(fab::per_good_die(16'988_USD, 64.0 * 1e-320 * u::die / u::wafer),
                          aiecon::domain_error, naming("fab::per_good_die", "good", "finite"));
}

BOOST_AUTO_TEST_CASE(a_package_that_never_survives_assembly_is_an_error) {
    // 100,000 stacks at yield 0.99: 0.99^100000 = 10^(100000 log10 0.99)
    // = 10^-436, which underflows to 0.
    fab::accelerator_package p{.logic_dies = 1.0,
                               .logic_die_cost = 500_USD / 1_dies,
                               .memory_stacks = 100'000.0,
                               .memory = {.cost = 100_USD, .yield = 0.99},
                               .interposer = fab::organic_substrate(100_USD),
                               .assembly = {.cost = 50_USD, .yield = 0.98}};
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming("fab::package_costs", "package yield", "(0, 1]"));
    p.memory_stacks = 8.0;
    p.memory.capacity = -16_GB;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming("fab::bill_of_materials", "memory.capacity", "GB"));
}

BOOST_AUTO_TEST_CASE(dies_too_small_to_count_are_refused_quickly) {
    // A 1 um die: 294 mm / 1.1 um = 267,000 pitches across, over the 1e5 limit.
    const fab::wafer no_scribe{
        .diameter = 300_mm, .edge_exclusion = 3_mm, .scribe_width = 0_mm, .cost = 1_USD};
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(no_scribe, {.width = 1_um, .height = 1_um}),
                          aiecon::domain_error,
                          naming("fab::gross_dies_exact", "die", "gross_dies_estimate"));
    // The estimate still answers: pi (294 mm)^2 / (4 x 1 um2) - pi 294 mm /
    // sqrt(2 um2) = 6.788668e10 - 6.53104e5 = 6.788602e10 dies.
    BOOST_TEST(fab::gross_dies_estimate(no_scribe, {.width = 1_um, .height = 1_um})
                       .in(u::die / u::wafer) == 6.788602e10,
               boost::test_tools::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(a_die_equal_to_the_reticle_field_fits_in_any_unit) {
    // 26 mm = 2.6 cm and 33 mm = 3.3 cm: 2.6 x 1e-2 need not equal 26 x 1e-3.
    const fab::die in_centimetres{.width = 2.6_cm, .height = 3.3_cm};
    BOOST_TEST(fab::fits_reticle(in_centimetres, {}));
    BOOST_TEST(!fab::fits_reticle({.width = 2.61_cm, .height = 3.3_cm}, {}));
}

BOOST_AUTO_TEST_CASE(a_package_without_memory_has_no_memory_bound) {
    const fab::supply_capacity supply =
        fab::accelerator_supply({.logic_wafer_starts = 1000_wafers / u::month,
                                 .good_dies_per_wafer = 50_dies / 1_wafers,
                                 .logic_dies_per_package = 1_dies / 1_devices,
                                 .memory_stacks = 0.0 / u::month,
                                 .stacks_per_package = 0.0,
                                 .packaging_slots = 100'000_devices / u::month});
    BOOST_TEST(!supply.packages_from_memory.has_value());
    // 1000 wafers x 50 dies = 50,000 a month, below 100,000 slots: logic binds.
    BOOST_TEST(fab::name_of(supply.binding) == "logic wafers");
}

BOOST_AUTO_TEST_CASE(doors_come_from_any_range_and_tiny_capacity_is_refused) {
    const auto per_month = u::device / u::month;
    const std::vector<fab::supply_door> doors{
        {"A", 10'000.0 * per_month, 6.0 * u::month, 20'000_USD / 1_devices},
        {"closed", 0.0 * per_month, 1.0 * u::month, 1_USD / 1_devices}};
    // A filtered view: door A alone; 100,000 at 10,000 a month from month 6
    // is met at month 6 + 10 = 16.
    auto open_doors = doors | ranges::views::filter([](const fab::supply_door& d) {
                          return d.capacity > 0.0 * u::device / u::month;
                      });
    BOOST_TEST(
        fab::source_fastest(open_doors, 100'000_devices).time_to_meet_demand.in(u::month) == 16.0,
        boost::test_tools::tolerance(1e-12));
    // 1e-300 a month cannot deliver 100,000 in any finite time.
    const std::vector<fab::supply_door> trickle{
        {"trickle", 1e-300 * per_month, 1.0 * u::month, 1_USD / 1_devices}};
    BOOST_CHECK_EXCEPTION(fab::source_fastest(trickle, 100'000_devices), aiecon::domain_error,
                          naming("fab::source_fastest", "doors", "finite delivery date"));
}

BOOST_AUTO_TEST_SUITE_END()
