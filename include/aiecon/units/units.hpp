// The catalogue of units: constexpr objects in aiecon::units.
//
// Each unit is defined from a smaller one by its exact definition, so the
// factor can be read off the line (1 kWh = 1000 W x 3600 s). SI prefixes are
// decimal (SI Brochure, 9th edition, 2019, table 7); kB, MB, ... are decimal
// too, and KiB, MiB, ... binary (IEC 80000-13).
#pragma once

#include "quantity.hpp"

namespace aiecon::detail {
// The coherent unit of D: one base unit, e.g. W for power.
template <class D>
constexpr unit<D> coherent_unit(unit_symbol symbol) {
    return {quantity<D>::from_base_units(1.0), symbol};
}
}  // namespace aiecon::detail

namespace aiecon::units {

// Unit symbols keep their SI case (kW, MW, K, L): they are read as symbols.
// NOLINTBEGIN(readability-identifier-naming)

// Length
inline constexpr unit m = aiecon::detail::coherent_unit<dim::length>("m");
inline constexpr unit km{1e3 * m, "km"};
inline constexpr unit cm{1e-2 * m, "cm"};
inline constexpr unit mm{1e-3 * m, "mm"};
inline constexpr unit um{1e-6 * m, "um"};
inline constexpr unit nm{1e-9 * m, "nm"};

// Area and volume
inline constexpr unit m2{1.0 * m * m, "m2"};
inline constexpr unit km2{1.0 * km * km, "km2"};
inline constexpr unit cm2{1.0 * cm * cm, "cm2"};
inline constexpr unit mm2{1.0 * mm * mm, "mm2"};
inline constexpr unit m3{1.0 * m * m * m, "m3"};
inline constexpr unit L{1e-3 * m3, "L"};  // litre: 1 dm3 (SI Brochure, table 8)

// Mass
inline constexpr unit kg = aiecon::detail::coherent_unit<dim::mass>("kg");
inline constexpr unit g{1e-3 * kg, "g"};
inline constexpr unit mg{1e-3 * g, "mg"};
inline constexpr unit t{1e3 * kg, "t"};  // tonne (SI Brochure, table 8)
inline constexpr unit kt{1e3 * t, "kt"};

// Time. A year is the Julian year of 365.25 days (IAU), 31 557 600 s.
inline constexpr unit s = aiecon::detail::coherent_unit<dim::time>("s");
inline constexpr unit ms{1e-3 * s, "ms"};
inline constexpr unit us{1e-6 * s, "us"};
inline constexpr unit ns{1e-9 * s, "ns"};
inline constexpr unit min{60.0 * s, "min"};
inline constexpr unit h{60.0 * min, "h"};
inline constexpr unit day{24.0 * h, "day"};
inline constexpr unit year{365.25 * day, "yr"};
inline constexpr unit month{year.factor() / 12.0 * s, "month"};  // a twelfth of a Julian year

// Temperature: kelvin only; Celsius is an offset, not a factor.
inline constexpr unit K = aiecon::detail::coherent_unit<dim::temperature>("K");

// Power
inline constexpr unit W = aiecon::detail::coherent_unit<dim::power>("W");
inline constexpr unit mW{1e-3 * W, "mW"};
inline constexpr unit kW{1e3 * W, "kW"};
inline constexpr unit MW{1e6 * W, "MW"};
inline constexpr unit GW{1e9 * W, "GW"};
inline constexpr unit TW{1e12 * W, "TW"};

// Energy: joules, and watt-hours (1 Wh = 1 W x 3600 s).
inline constexpr unit J = aiecon::detail::coherent_unit<dim::energy>("J");
inline constexpr unit mJ{1e-3 * J, "mJ"};
inline constexpr unit kJ{1e3 * J, "kJ"};
inline constexpr unit MJ{1e6 * J, "MJ"};
inline constexpr unit GJ{1e9 * J, "GJ"};
inline constexpr unit Wh{1.0 * W * h, "Wh"};
inline constexpr unit kWh{1.0 * kW * h, "kWh"};
inline constexpr unit MWh{1.0 * MW * h, "MWh"};
inline constexpr unit GWh{1.0 * GW * h, "GWh"};
inline constexpr unit TWh{1.0 * TW * h, "TWh"};

// Money, in US dollars of no particular year: models take prices as inputs.
inline constexpr unit USD = aiecon::detail::coherent_unit<dim::money>("USD");
inline constexpr unit kUSD{1e3 * USD, "kUSD"};
inline constexpr unit MUSD{1e6 * USD, "MUSD"};
inline constexpr unit BUSD{1e9 * USD, "BUSD"};
inline constexpr unit TUSD{1e12 * USD, "TUSD"};

// Information, in bytes.
inline constexpr unit B = aiecon::detail::coherent_unit<dim::information>("B");
inline constexpr unit kB{1e3 * B, "kB"};
inline constexpr unit MB{1e6 * B, "MB"};
inline constexpr unit GB{1e9 * B, "GB"};
inline constexpr unit TB{1e12 * B, "TB"};
inline constexpr unit PB{1e15 * B, "PB"};
inline constexpr unit KiB{1024.0 * B, "KiB"};
inline constexpr unit MiB{1024.0 * KiB, "MiB"};
inline constexpr unit GiB{1024.0 * MiB, "GiB"};
inline constexpr unit TiB{1024.0 * GiB, "TiB"};

// Floating-point operations.
inline constexpr unit FLOP = aiecon::detail::coherent_unit<dim::flop>("FLOP");
inline constexpr unit GFLOP{1e9 * FLOP, "GFLOP"};
inline constexpr unit TFLOP{1e12 * FLOP, "TFLOP"};
inline constexpr unit PFLOP{1e15 * FLOP, "PFLOP"};
inline constexpr unit EFLOP{1e18 * FLOP, "EFLOP"};
inline constexpr unit ZFLOP{1e21 * FLOP, "ZFLOP"};

// Tokens; the industry counts them in thousands, millions and billions.
inline constexpr unit token = aiecon::detail::coherent_unit<dim::token>("token");
inline constexpr unit ktoken{1e3 * token, "ktoken"};
inline constexpr unit Mtoken{1e6 * token, "Mtoken"};
inline constexpr unit Btoken{1e9 * token, "Btoken"};
inline constexpr unit Ttoken{1e12 * token, "Ttoken"};

// Counted things of the silicon supply chain.
inline constexpr unit wafer = aiecon::detail::coherent_unit<dim::wafer>("wafer");
inline constexpr unit die = aiecon::detail::coherent_unit<dim::die>("die");
inline constexpr unit device = aiecon::detail::coherent_unit<dim::device>("device");

// Greenhouse-gas emissions, as CO2-equivalent mass.
inline constexpr unit kgCO2e = aiecon::detail::coherent_unit<dim::emissions>("kgCO2e");
inline constexpr unit gCO2e{1e-3 * kgCO2e, "gCO2e"};
inline constexpr unit tCO2e{1e3 * kgCO2e, "tCO2e"};
inline constexpr unit ktCO2e{1e3 * tCO2e, "ktCO2e"};
inline constexpr unit MtCO2e{1e6 * tCO2e, "MtCO2e"};

// NOLINTEND(readability-identifier-naming)

}  // namespace aiecon::units
