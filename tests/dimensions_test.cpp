// The algebra of dimensions, checked at compile time: each derived dimension
// is compared with its exponents worked out by hand from the SI definitions
// (SI Brochure, 9th edition, 2019, table 4: W = kg m2 s-3, J = kg m2 s-2).
// Exponent order: m, kg, s, K, USD, B, FLOP, token, wafer, die, device, kgCO2e.
#include <aiecon/units.hpp>

#include <boost/test/unit_test.hpp>
#include <type_traits>

namespace {
using aiecon::dimension;
namespace dim = aiecon::dim;

// clang-format off
static_assert(std::is_same_v<dim::energy,         dimension<2, 1, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::power,          dimension<2, 1, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::area,           dimension<2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::volume,         dimension<3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::speed,          dimension<1, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::frequency,      dimension<0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0>>);
// W/kg = m2 s-3
static_assert(std::is_same_v<dim::specific_power, dimension<2, 0, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0>>);
// W/m2 = kg s-3
static_assert(std::is_same_v<dim::irradiance,     dimension<0, 1, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0>>);
// FLOP/J = FLOP kg-1 m-2 s2
static_assert(std::is_same_v<dim::flop_per_joule, dimension<-2, -1, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::flop_rate,      dimension<0, 0, -1, 0, 0, 0, 1, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::token_rate,     dimension<0, 0, -1, 0, 0, 0, 0, 1, 0, 0, 0, 0>>);
// J/token = kg m2 s-2 token-1
static_assert(std::is_same_v<dim::energy_per_token, dimension<2, 1, -2, 0, 0, 0, 0, -1, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::price_per_token, dimension<0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0>>);
// USD/J = USD kg-1 m-2 s2
static_assert(std::is_same_v<dim::price_per_energy, dimension<-2, -1, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::price_per_power, dimension<-2, -1, 3, 0, 1, 0, 0, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::price_per_mass,  dimension<0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::bandwidth,       dimension<0, 0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 0>>);
static_assert(std::is_same_v<dim::dies_per_wafer,  dimension<0, 0, 0, 0, 0, 0, 0, 0, -1, 1, 0, 0>>);
static_assert(std::is_same_v<dim::price_per_device_time, dimension<0, 0, -1, 0, 1, 0, 0, 0, 0, 0, -1, 0>>);
static_assert(std::is_same_v<dim::emissions_per_energy, dimension<-2, -1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1>>);
// clang-format on

// The algebra itself: products add exponents, quotients subtract, powers
// multiply; a quantity over itself is dimensionless.
static_assert(std::is_same_v<aiecon::dimension_product_t<dim::power, dim::time>, dim::energy>);
static_assert(std::is_same_v<aiecon::dimension_quotient_t<dim::energy, dim::time>, dim::power>);
static_assert(
    std::is_same_v<aiecon::dimension_quotient_t<dim::power, dim::power>, dim::dimensionless>);
static_assert(std::is_same_v<aiecon::dimension_power_t<dim::length, 3>, dim::volume>);
static_assert(std::is_same_v<aiecon::dimension_power_t<dim::time, -1>, dim::frequency>);
static_assert(std::is_same_v<aiecon::dimension_power_t<dim::power, 0>, dim::dimensionless>);

// Square roots exist only where every exponent is even.
static_assert(aiecon::has_square_root_dimension<dim::area>);
static_assert(std::is_same_v<aiecon::dimension_root_t<dim::area>, dim::length>);
static_assert(!aiecon::has_square_root_dimension<dim::power>);
static_assert(!aiecon::has_square_root_dimension<dim::length>);

// Counted kinds never collapse into one another or into plain numbers.
static_assert(!std::is_same_v<dim::token, dim::flop>);
static_assert(!std::is_same_v<dim::wafer, dim::die>);
static_assert(!std::is_same_v<dim::device, dim::dimensionless>);
static_assert(!std::is_same_v<dim::emissions, dim::mass>);

// The quantity types that results of arithmetic land in.
using namespace aiecon::literals;
static_assert(std::is_same_v<decltype(700_W * 24_h), aiecon::energy>);
static_assert(std::is_same_v<decltype(700_W / 20_kg), aiecon::specific_power>);
static_assert(std::is_same_v<decltype(1_USD / 1_tokens), aiecon::price_per_token>);
static_assert(std::is_same_v<decltype(1_W / 1_W), aiecon::dimensionless>);
static_assert(std::is_same_v<decltype(1_MW / 1_m2), aiecon::irradiance>);
static_assert(std::is_same_v<decltype(1_TB / 1_s), aiecon::bandwidth>);
static_assert(std::is_same_v<decltype(1_USD / 1_devices / 1_h), aiecon::price_per_device_time>);
}  // namespace

BOOST_AUTO_TEST_SUITE(dimensions)

// Everything above is checked by the compiler; this case records that the
// file compiled and makes the suite visible to CTest.
BOOST_AUTO_TEST_CASE(derived_dimensions_match_their_definitions) {
    BOOST_TEST(aiecon::base_dimension_count == 12u);
}

BOOST_AUTO_TEST_SUITE_END()
