// The dimension of a quantity: one integer exponent per base dimension.
//
// A dimension is a type, so that mixing dimensions is a compile-time error.
// Derived dimensions are products and quotients of the base ones
// (power = mass * length^2 / time^3). The order of the exponents below is
// the order in which compilers print them in error messages; the
// "Reading a compiler error" section of docs/quantity-core.md decodes it.
#pragma once

#include <cstddef>
#include <type_traits>

namespace aiecon {

// Number of base dimensions; every dimension carries this many exponents.
inline constexpr std::size_t base_dimension_count = 12;

// Exponents, in order: length (m), mass (kg), time (s), temperature (K),
// money (USD), information (B), FLOP, token, wafer, die, device (accelerator),
// emissions (kg CO2e).
template <int... Exponents>
requires(sizeof...(Exponents) == base_dimension_count) struct dimension {
};

namespace detail {
template <class A, class B>
struct dimension_product;
template <int... A, int... B>
struct dimension_product<dimension<A...>, dimension<B...>> {
    using type = dimension<(A + B)...>;
};

template <class A, class B>
struct dimension_quotient;
template <int... A, int... B>
struct dimension_quotient<dimension<A...>, dimension<B...>> {
    using type = dimension<(A - B)...>;
};

template <class A, int N>
struct dimension_power;
template <int... A, int N>
struct dimension_power<dimension<A...>, N> {
    using type = dimension<(A * N)...>;
};

template <class A>
struct dimension_root;
template <int... A>
struct dimension_root<dimension<A...>> {
    static constexpr bool exact = ((A % 2 == 0) && ...);
    using type = dimension<(A / 2)...>;
};
}  // namespace detail

// Algebra of dimensions: the dimension of a product, quotient or power.
template <class A, class B>
using dimension_product_t = typename detail::dimension_product<A, B>::type;
template <class A, class B>
using dimension_quotient_t = typename detail::dimension_quotient<A, B>::type;
template <class A, int N>
using dimension_power_t = typename detail::dimension_power<A, N>::type;

// True when every exponent of D is even, so that sqrt has a dimension.
template <class D>
inline constexpr bool has_square_root_dimension = detail::dimension_root<D>::exact;
template <class D>
using dimension_root_t = typename detail::dimension_root<D>::type;

// Named so that a mismatch reads as what it is in a compiler's message:
// "the required ... same_dimension<...> evaluated to false".
template <class A, class B>
concept same_dimension = std::is_same_v<A, B>;

// Named dimensions. Base ones first, then the derived ones models use.
namespace dim {
// clang-format off
using dimensionless = dimension<0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>;
using length        = dimension<1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>;
using mass          = dimension<0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0>;
using time          = dimension<0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0>;
using temperature   = dimension<0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0>;
using money         = dimension<0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0>;
using information   = dimension<0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0>;
using flop          = dimension<0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0>;
using token         = dimension<0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0>;
using wafer         = dimension<0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0>;
using die           = dimension<0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0>;
using device        = dimension<0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0>;
using emissions     = dimension<0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1>;
// clang-format on

using area = dimension_power_t<length, 2>;
using volume = dimension_power_t<length, 3>;
using frequency = dimension_quotient_t<dimensionless, time>;
using speed = dimension_quotient_t<length, time>;
using acceleration = dimension_quotient_t<speed, time>;
using force = dimension_product_t<mass, acceleration>;
using energy = dimension_product_t<force, length>;
using power = dimension_quotient_t<energy, time>;

using specific_power = dimension_quotient_t<power, mass>;       // W/kg
using specific_energy = dimension_quotient_t<energy, mass>;     // J/kg (batteries)
using irradiance = dimension_quotient_t<power, area>;           // W/m2
using areal_density = dimension_quotient_t<mass, area>;         // kg/m2 (arrays, radiators)
using flop_rate = dimension_quotient_t<flop, time>;             // FLOP/s
using flop_per_joule = dimension_quotient_t<flop, energy>;      // FLOP/J
using flop_per_byte = dimension_quotient_t<flop, information>;  // arithmetic intensity
using token_rate = dimension_quotient_t<token, time>;           // token/s
using energy_per_token = dimension_quotient_t<energy, token>;   // J/token
using bandwidth = dimension_quotient_t<information, time>;      // B/s
using dies_per_wafer = dimension_quotient_t<die, wafer>;
using defect_density = dimension_quotient_t<dimensionless, area>;  // defects per area

using price_per_token = dimension_quotient_t<money, token>;
using price_per_energy = dimension_quotient_t<money, energy>;
using price_per_power = dimension_quotient_t<money, power>;
using price_per_mass = dimension_quotient_t<money, mass>;
using price_per_area = dimension_quotient_t<money, area>;
using price_per_time = dimension_quotient_t<money, time>;
using price_per_wafer = dimension_quotient_t<money, wafer>;
using price_per_die = dimension_quotient_t<money, die>;
using price_per_device = dimension_quotient_t<money, device>;
using price_per_device_time = dimension_quotient_t<price_per_device, time>;  // $/accelerator-hour
using emissions_per_energy = dimension_quotient_t<emissions, energy>;        // grid intensity
using emissions_per_area = dimension_quotient_t<emissions, area>;  // fab carbon per wafer area
using energy_per_area = dimension_quotient_t<energy, area>;        // fab energy per wafer area

// Rates of the silicon supply chain, and how many dies go into a device.
using wafer_rate = dimension_quotient_t<wafer, time>;  // wafer starts per month
using die_rate = dimension_quotient_t<die, time>;
using device_rate = dimension_quotient_t<device, time>;  // accelerators per month
using dies_per_device = dimension_quotient_t<die, device>;
using mass_rate = dimension_quotient_t<mass, time>;     // launch cadence, kg per year
using device_time = dimension_product_t<device, time>;  // accelerator-hours
using price_per_information = dimension_quotient_t<money, information>;  // $/GB of data
}  // namespace dim

}  // namespace aiecon
