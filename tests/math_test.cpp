// abs, min, max, sqrt, pow<N> and isfinite on quantities; expected values
// worked by hand.
#include <aiecon/units.hpp>

#include <boost/test/unit_test.hpp>
#include <limits>
#include <type_traits>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;

static_assert(aiecon::abs(-5_kW).in(u::W) == 5000.0);
static_assert(aiecon::abs(5_kW).in(u::W) == 5000.0);
static_assert(aiecon::min(1_MW, 999_kW).in(u::kW) == 999.0);
static_assert(aiecon::max(1_MW, 999_kW).in(u::kW) == 1000.0);

// sqrt halves every exponent: sqrt(4 m2) = 2 m; sqrt(2 m2) = 1.41421356 m.
static_assert(std::is_same_v<decltype(aiecon::sqrt(1_m2)), aiecon::length>);
static_assert(aiecon::sqrt(4_m2).in(u::m) == 2.0);
// 9e6 mm2 = 9 m2, whose root is 3 m (within rounding of the mm2 factor).
static_assert(aiecon::sqrt(9e6_mm2).in(u::m) > 3.0 - 1e-12 &&
              aiecon::sqrt(9e6_mm2).in(u::m) < 3.0 + 1e-12);
constexpr double root_two = aiecon::sqrt(2_m2).in(u::m);
static_assert(root_two > 1.4142135623730 && root_two < 1.4142135623731);
static_assert(aiecon::sqrt(0_m2).in(u::m) == 0.0);

// pow<N> multiplies exponents: (2 m)^3 = 8 m3; (2 s)^-1 = 0.5 /s.
static_assert(std::is_same_v<decltype(aiecon::pow<3>(1_m)), aiecon::volume>);
static_assert(aiecon::pow<3>(2_m).in(u::m3) == 8.0);
static_assert(std::is_same_v<decltype(aiecon::pow<-1>(1_s)), aiecon::frequency>);
static_assert(aiecon::pow<-1>(2_s) * 1_s == 0.5);
static_assert(aiecon::pow<0>(7_kg) == 1.0);
// (T^4 in a radiator): (300 K)^4 = 8.1e9 K^4.
static_assert(aiecon::pow<4>(300_K).base_units() == 8.1e9);

static_assert(aiecon::isfinite(1_W));
}  // namespace

BOOST_AUTO_TEST_SUITE(math)

BOOST_AUTO_TEST_CASE(sqrt_at_run_time_matches_compile_time) {
    volatile double two = 2.0;
    const aiecon::length run_time = aiecon::sqrt(two * u::m2);
    constexpr aiecon::length compile_time = aiecon::sqrt(2_m2);
    BOOST_TEST(run_time.in(u::m) == compile_time.in(u::m), boost::test_tools::tolerance(1e-15));
    // Newton's method must agree with the correctly rounded root over a wide
    // range of magnitudes, as std::sqrt gives it.
    for (double x : {1e-300, 1e-12, 0.25, 3.0, 1e6, 1.7e308}) {
        const double constexpr_root = aiecon::detail::constexpr_sqrt(x);
        BOOST_TEST(constexpr_root == std::sqrt(x), boost::test_tools::tolerance(1e-15));
    }
}

BOOST_AUTO_TEST_CASE(isfinite_rejects_nan_and_infinity) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    BOOST_TEST(!aiecon::isfinite(nan * u::W));
    BOOST_TEST(!aiecon::isfinite(inf * u::W));
    BOOST_TEST(!aiecon::isfinite(-inf * u::USD));
    BOOST_TEST(aiecon::isfinite(-1e308 * u::USD));
}

BOOST_AUTO_TEST_SUITE_END()
