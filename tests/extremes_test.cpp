// The energy, orbit, compute, finance and workload layers at the edges of
// their domains: valid but extreme inputs give a finite answer or
// aiecon::domain_error, never NaN or infinity.
#include <aiecon/aiecon.hpp>

#include <boost/test/unit_test.hpp>

#include "error_message.hpp"

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
}  // namespace

BOOST_AUTO_TEST_SUITE(extremes)

BOOST_AUTO_TEST_CASE(capital_recovery_tends_to_the_interest_rate_for_long_lives) {
    // CRF = i / (1 - (1 + i)^-n) -> i as n -> infinity: at 8 % over 100,000
    // years, (1.08)^-100000 underflows to 0, so CRF = 0.08.
    BOOST_TEST(aiecon::finance::capital_recovery_factor(0.08, 1e5 * u::year) == 0.08,
               boost::test_tools::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(a_learning_curve_out_of_reach_is_an_error) {
    // A learning rate of 1e-17 halves the price only after 2^(1/1.44e-17)
    // doublings: no finite cumulative mass reaches half today's price.
    const aiecon::orbit::launch_learning_curve curve{
        .price_today = 3000_USD / 1_kg, .launched_to_date = 1000_t, .learning_rate = 1e-17};
    BOOST_CHECK_EXCEPTION(aiecon::orbit::cumulative_mass_for(curve, 1500_USD / 1_kg),
                          aiecon::domain_error,
                          test::naming("orbit::cumulative_mass_for", "cumulative mass", "out of"));
}

BOOST_AUTO_TEST_CASE(availability_over_a_vanishing_life_is_one) {
    // (1 - e^-x) / x -> 1 as x -> 0; at a life of 1e-300 s nothing is lost.
    BOOST_TEST(aiecon::orbit::average_availability(0.02, 1e-300 * u::s) == 1.0);
}

BOOST_AUTO_TEST_CASE(a_vanishing_utilisation_is_an_error_not_an_infinite_cost) {
    using aiecon::compute::catalog::h100_sxm;
    BOOST_CHECK_EXCEPTION(
        aiecon::workload::train(1e24_FLOP,
                                {.accelerator = h100_sxm,
                                 .accelerators = 1000_devices,
                                 .model_flop_utilisation = 1e-300,
                                 .power_per_accelerator = 1_kW,
                                 .pue = 1.2,
                                 .cost_per_accelerator_hour = 2.0 * u::USD / (u::device * u::h),
                                 .service_life = 1_yr}),
        aiecon::domain_error, test::naming("workload::train", "cost", "model_flop_utilisation"));
}

BOOST_AUTO_TEST_CASE(find_root_over_a_huge_bracket) {
    // f(x) = x has its root at 0, however wide the bracket.
    const auto root =
        aiecon::find_root([](aiecon::length x) { return x; }, -1.5e308 * u::m, 1.5e307 * u::m);
    BOOST_TEST(std::abs(root.in(u::m)) < 1e300);
    // A bracket wider than the largest double is refused.
    BOOST_CHECK_THROW(
        aiecon::find_root([](aiecon::length x) { return x; }, -1.5e308 * u::m, 1.5e308 * u::m),
        aiecon::domain_error);
}

BOOST_AUTO_TEST_SUITE_END()
