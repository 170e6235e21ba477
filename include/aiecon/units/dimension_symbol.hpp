// A dimension written in base-unit symbols ("kg*m^2/s^3"), for dimensions
// known at compile time (printing a quantity with no display unit) and at
// run time (naming the dimension parsed from text in an error message).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "dimensions.hpp"

namespace aiecon {

// The exponents of a dimension as a value, in the order of dimensions.hpp.
using dimension_exponents = std::array<int, base_dimension_count>;

template <class D>
struct exponents_of;
template <int... E>
struct exponents_of<dimension<E...>> {
    static constexpr dimension_exponents value{E...};
};

// The symbols of the base units, in exponent order (they are the symbols of
// units::m, units::kg, ... in units.hpp).
inline constexpr std::array<std::string_view, base_dimension_count> base_unit_symbols{
    "m", "kg", "s", "K", "USD", "B", "FLOP", "token", "wafer", "die", "device", "kgCO2e"};

// Base symbols with positive exponents, then those with negative ones after
// a slash, parenthesised when there are several: "kg*m^2/s^3"; a pure
// reciprocal is "/(m*K)", written like "/yr" and "/cm2"; a dimensionless
// quantity is "".
inline std::string base_unit_symbol(const dimension_exponents& exponents) {
    std::string numerator;
    std::string denominator;
    int denominator_terms = 0;
    for (std::size_t i = 0; i < base_dimension_count; ++i) {
        const int e = exponents[i];
        if (e == 0) continue;
        std::string& side = e > 0 ? numerator : denominator;
        if (!side.empty()) side += '*';
        side += base_unit_symbols[i];
        const int magnitude = e > 0 ? e : -e;
        if (magnitude != 1) side += '^' + std::to_string(magnitude);
        if (e < 0) ++denominator_terms;
    }
    if (denominator.empty()) return numerator;
    return numerator + '/' + (denominator_terms > 1 ? '(' + denominator + ')' : denominator);
}

template <class D>
std::string base_unit_symbol() {
    return base_unit_symbol(exponents_of<D>::value);
}

}  // namespace aiecon
