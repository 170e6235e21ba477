// User-defined literals for the common units: 700_W, 1.5_GW, 5e9_tokens.
//
// Every literal comes in an integer and a floating form and yields the same
// quantity type as the unit it names (1_MW and 1_W are both aiecon::power).
#pragma once

#include "units.hpp"

// Defines operator""SUFFIX for integer and floating literals as value * UNIT.
// Undefined at the end of this header.
#define AIECON_DEFINE_LITERAL(suffix, unit_object)                        \
    constexpr auto operator""##suffix(unsigned long long value) {         \
        return static_cast<double>(value) * ::aiecon::units::unit_object; \
    }                                                                     \
    constexpr auto operator""##suffix(long double value) {                \
        return static_cast<double>(value) * ::aiecon::units::unit_object; \
    }

namespace aiecon::literals {

// Power
AIECON_DEFINE_LITERAL(_W, W)
AIECON_DEFINE_LITERAL(_kW, kW)
AIECON_DEFINE_LITERAL(_MW, MW)
AIECON_DEFINE_LITERAL(_GW, GW)
AIECON_DEFINE_LITERAL(_TW, TW)

// Energy
AIECON_DEFINE_LITERAL(_J, J)
AIECON_DEFINE_LITERAL(_kJ, kJ)
AIECON_DEFINE_LITERAL(_MJ, MJ)
AIECON_DEFINE_LITERAL(_GJ, GJ)
AIECON_DEFINE_LITERAL(_Wh, Wh)
AIECON_DEFINE_LITERAL(_kWh, kWh)
AIECON_DEFINE_LITERAL(_MWh, MWh)
AIECON_DEFINE_LITERAL(_GWh, GWh)
AIECON_DEFINE_LITERAL(_TWh, TWh)

// Mass
AIECON_DEFINE_LITERAL(_g, g)
AIECON_DEFINE_LITERAL(_kg, kg)
AIECON_DEFINE_LITERAL(_t, t)

// Length and area
AIECON_DEFINE_LITERAL(_nm, nm)
AIECON_DEFINE_LITERAL(_um, um)
AIECON_DEFINE_LITERAL(_mm, mm)
AIECON_DEFINE_LITERAL(_cm, cm)
AIECON_DEFINE_LITERAL(_m, m)
AIECON_DEFINE_LITERAL(_km, km)
AIECON_DEFINE_LITERAL(_mm2, mm2)
AIECON_DEFINE_LITERAL(_cm2, cm2)
AIECON_DEFINE_LITERAL(_m2, m2)
AIECON_DEFINE_LITERAL(_km2, km2)

// Time
AIECON_DEFINE_LITERAL(_ms, ms)
AIECON_DEFINE_LITERAL(_s, s)
AIECON_DEFINE_LITERAL(_min, min)
AIECON_DEFINE_LITERAL(_h, h)
AIECON_DEFINE_LITERAL(_day, day)
AIECON_DEFINE_LITERAL(_yr, year)

// Temperature
AIECON_DEFINE_LITERAL(_K, K)

// Money
AIECON_DEFINE_LITERAL(_USD, USD)
AIECON_DEFINE_LITERAL(_kUSD, kUSD)
AIECON_DEFINE_LITERAL(_MUSD, MUSD)
AIECON_DEFINE_LITERAL(_BUSD, BUSD)

// Information
AIECON_DEFINE_LITERAL(_B, B)
AIECON_DEFINE_LITERAL(_kB, kB)
AIECON_DEFINE_LITERAL(_MB, MB)
AIECON_DEFINE_LITERAL(_GB, GB)
AIECON_DEFINE_LITERAL(_TB, TB)
AIECON_DEFINE_LITERAL(_PB, PB)
AIECON_DEFINE_LITERAL(_GiB, GiB)

// Compute and tokens
AIECON_DEFINE_LITERAL(_FLOP, FLOP)
AIECON_DEFINE_LITERAL(_GFLOP, GFLOP)
AIECON_DEFINE_LITERAL(_TFLOP, TFLOP)
AIECON_DEFINE_LITERAL(_PFLOP, PFLOP)
AIECON_DEFINE_LITERAL(_EFLOP, EFLOP)
AIECON_DEFINE_LITERAL(_tokens, token)
AIECON_DEFINE_LITERAL(_ktokens, ktoken)
AIECON_DEFINE_LITERAL(_Mtokens, Mtoken)
AIECON_DEFINE_LITERAL(_Btokens, Btoken)
AIECON_DEFINE_LITERAL(_Ttokens, Ttoken)

// Silicon
AIECON_DEFINE_LITERAL(_wafers, wafer)
AIECON_DEFINE_LITERAL(_dies, die)
AIECON_DEFINE_LITERAL(_devices, device)

// Emissions
AIECON_DEFINE_LITERAL(_gCO2e, gCO2e)
AIECON_DEFINE_LITERAL(_kgCO2e, kgCO2e)
AIECON_DEFINE_LITERAL(_tCO2e, tCO2e)

}  // namespace aiecon::literals

#undef AIECON_DEFINE_LITERAL
