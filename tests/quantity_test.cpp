// The quantity type: layout, conversions, and arithmetic. Expected numbers
// are worked by hand in the comments.
#include <aiecon/units.hpp>

#include <boost/test/unit_test.hpp>
#include <concepts>
#include <type_traits>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;

template <class A, class B>
concept addable = requires(A a, B b) {
    a + b;
};
template <class A, class B>
concept orderable = requires(A a, B b) {
    a < b;
};

// Layout: one double, trivially copyable, constexpr-constructible to zero.
static_assert(sizeof(aiecon::power) == sizeof(double));
static_assert(alignof(aiecon::power) == alignof(double));
static_assert(std::is_trivially_copyable_v<aiecon::power>);
static_assert(std::is_trivially_destructible_v<aiecon::money>);
static_assert(aiecon::power{}.in(u::W) == 0.0);

// Conversions: nothing converts implicitly but a dimensionless quantity to
// double, and nothing is constructible from a bare double.
static_assert(!std::is_convertible_v<aiecon::mass, aiecon::power>);
static_assert(!std::is_constructible_v<aiecon::power, aiecon::mass>);
static_assert(!std::is_convertible_v<double, aiecon::power>);
static_assert(!std::is_constructible_v<aiecon::power, double>);
static_assert(!std::is_convertible_v<aiecon::power, double>);
static_assert(std::is_convertible_v<aiecon::dimensionless, double>);
static_assert(!std::is_convertible_v<aiecon::price_per_token, aiecon::money>);

// Sums and comparisons exist only within one dimension; the concept-based
// operators keep the type traits honest.
static_assert(addable<aiecon::power, aiecon::power>);
static_assert(!addable<aiecon::power, aiecon::mass>);
static_assert(!addable<aiecon::token_count, aiecon::wafer_count>);
static_assert(!addable<aiecon::power, double>);
static_assert(orderable<aiecon::money, aiecon::money>);
static_assert(!orderable<aiecon::power, aiecon::mass>);
static_assert(std::totally_ordered<aiecon::energy>);
static_assert(!std::equality_comparable_with<aiecon::energy, aiecon::power>);

// 700 W + 300 W = 1 kW; 1 kW - 1500 W = -500 W.
static_assert((700_W + 300_W).in(u::kW) == 1.0);
static_assert((1_kW - 1500_W).in(u::W) == -500.0);
// Unary minus and plus.
static_assert((-(3_kg)).in(u::kg) == -3.0);
static_assert((+(3_kg)).in(u::kg) == 3.0);
// Scaling keeps the dimension: 2 x 350 W = 700 W; 700 W / 7 = 100 W.
static_assert((2.0 * 350_W).in(u::W) == 700.0);
static_assert((350_W * 2.0).in(u::W) == 700.0);
static_assert((700_W / 7.0).in(u::W) == 100.0);
// A number over a quantity inverts its dimension: 1 / 4 s = 0.25 per second.
static_assert(std::is_same_v<decltype(1.0 / 4_s), aiecon::frequency>);
static_assert((1.0 / 4_s * 1_s) == 0.25);
// Ordering and equality across units of one dimension: 1 kWh = 3.6 MJ.
static_assert(1_kWh == 3.6_MJ);
static_assert(1_MW > 999_kW);
static_assert(1_t >= 1000_kg && 1_t <= 1000_kg);
static_assert(1_h != 59_min);
// PUE as a ratio of two powers is a plain number: 1.3 MW / 1 MW = 1.3.
static_assert(1.3_MW / 1_MW == 1.3);
// A dimensionless quantity takes part in plain arithmetic as a double.
static_assert(2.0 * (6_MW / 3_MW) == 4.0);

// Scaling takes any arithmetic type exactly: with a dimensionless ratio,
// `ratio * 2` must not be ambiguous with double * int through the ratio's
// conversion (clang rejected it when scaling took only double). 6/3 = 2.
constexpr auto ratio = 6_MW / 3_MW;
static_assert(ratio * 2 == 4.0 && 2 * ratio == 4.0 && ratio / 2 == 1.0 && 2 / ratio == 1.0);
static_assert((3_W * 2).in(u::W) == 6.0 && (2u * 3_W / 3).in(u::W) == 2.0);
static_assert(std::is_same_v<decltype(2 / 4_s), aiecon::frequency>);

constexpr aiecon::energy accumulate_day() {
    aiecon::energy total;
    for (int hour = 0; hour < 24; ++hour) total += 700_W * 1_h;
    total -= 700_W * 1_h;
    total *= 2;
    total /= 4.0;
    return total;
}
// (24 - 1) h x 700 W x 2 / 4 = 8050 Wh.
static_assert(accumulate_day().in(u::Wh) == 8050.0);
}  // namespace

BOOST_AUTO_TEST_SUITE(quantity_arithmetic)

BOOST_AUTO_TEST_CASE(base_units_round_trip) {
    const auto p = aiecon::power::from_base_units(1234.5);
    BOOST_TEST(p.base_units() == 1234.5);
    BOOST_TEST(p.in(u::kW) == 1.2345, boost::test_tools::tolerance(1e-15));
}

// Walks the foundation issue's examples at run time as well as compile time,
// so that a miscompiled constexpr path and the run-time path agree.
BOOST_AUTO_TEST_CASE(energy_bill_of_one_accelerator_for_a_day) {
    volatile double watts = 700.0;  // keeps the compiler from folding it
    const aiecon::power chip = watts * u::W;
    // 700 W x 24 h = 16.8 kWh; at $0.08/kWh that is $1.344.
    const aiecon::energy day = chip * 24_h;
    BOOST_TEST(day.in(u::kWh) == 16.8, boost::test_tools::tolerance(1e-12));
    const aiecon::money bill = day * (0.08_USD / u::kWh);
    BOOST_TEST(bill.in(u::USD) == 1.344, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(cost_per_die_from_wafer_cost) {
    // $17,000 per wafer over 60 dies per wafer = $283.33 per die.
    const auto dies_per_wafer = 60_dies / 1_wafers;
    const aiecon::price_per_die per_die = 17'000_USD / 1_wafers / dies_per_wafer;
    BOOST_TEST(per_die.in(u::USD / u::die) == 17'000.0 / 60.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(compute_per_watt) {
    // H100 SXM: 989 TFLOP/s dense BF16 at 700 W (NVIDIA H100 datasheet), so
    // 989e12 / 700 = 1.4129e12 FLOP/J = 1.4129 TFLOP/J.
    const aiecon::flop_per_joule efficiency = (989_TFLOP / 1_s) / 700_W;
    BOOST_TEST(efficiency.in(u::TFLOP / u::J) == 989.0 / 700.0,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_SUITE_END()
