// abs, min, max, sqrt, pow<N> and isfinite on quantities; expected values
// worked by hand.
#include <aiecon/units.hpp>

#include <algorithm>
#include <bit>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>
#include <random>
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
// sqrt(2) = 1.41421356237309504880..., which rounds to the double
// 0x1.6a09e667f3bcdp+0 (the value of M_SQRT2 in glibc's <math.h>).
static_assert(root_two == 0x1.6a09e667f3bcdp+0);
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

// With `using namespace std;` an unqualified min or max of two quantities of
// one dimension must still pick aiecon's, not be ambiguous with std's.
namespace with_std {
using namespace std;
static_assert(max(1_MW, 2_MW).in(u::MW) == 2.0);
static_assert(min(1_MW, 2_MW).in(u::MW) == 1.0);
}  // namespace with_std
}  // namespace

BOOST_AUTO_TEST_SUITE(math)

BOOST_AUTO_TEST_CASE(sqrt_at_compile_time_is_correctly_rounded) {
    volatile double two = 2.0;
    const aiecon::length run_time = aiecon::sqrt(two * u::m2);
    constexpr aiecon::length compile_time = aiecon::sqrt(2_m2);
    BOOST_TEST(run_time.in(u::m) == compile_time.in(u::m));
    // IEEE 754 requires sqrt to be correctly rounded, so std::sqrt is the
    // reference: the compile-time path must agree bit for bit, over random
    // doubles of every magnitude (subnormal to huge) and over [0, 1e6).
    std::mt19937_64 random_bits(20261120);
    std::uniform_real_distribution<double> ordinary(0.0, 1e6);
    int mismatches = 0;
    for (int i = 0; i < 200'000; ++i) {
        const double any_magnitude =
            std::bit_cast<double>(random_bits() & 0x7fef'ffff'ffff'ffffULL);  // finite, >= 0
        for (double x : {any_magnitude, ordinary(random_bits)}) {
            if (aiecon::detail::constexpr_sqrt(x) != std::sqrt(x)) ++mismatches;
        }
    }
    BOOST_TEST(mismatches == 0);
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
