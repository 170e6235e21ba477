// Printing quantities: operator<< picks a readable unit for the value
// (1.5 GW, 16.8 kWh, 35 W/kg, $2.4/Mtoken); to_string(q, unit) writes the
// value in a unit the caller names (to_string(1.5_GW, units::MW) is
// "1500 MW"). The number is written with the stream's own settings, so
// std::setprecision applies.
//
// Opt-in: this header brings in <ostream>, the core headers do not.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <ios>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

#include "dimension_symbol.hpp"
#include "units.hpp"

namespace aiecon {

// One way of writing a quantity: the number is value / factor, written
// either as "<number> <symbol>" or, for money, as "$<number><symbol>"
// ("$1.5M", "$2.4/Mtoken").
struct display_unit {
    double factor = 1.0;
    unit_symbol symbol;
    bool dollar_sign = false;
};

// A display unit from a catalogue unit: "<number> kW".
template <class D>
constexpr display_unit display_as(const unit<D>& u) {
    return {u.factor(), u.symbol_text(), false};
}
// A money display unit: "$<number>M" for factor 1e6 and symbol "M".
constexpr display_unit display_as_dollars(double factor, unit_symbol symbol) {
    return {factor, symbol, true};
}
// A price display unit: "$<number>/Mtoken" for units::USD / units::Mtoken.
template <class D>
constexpr display_unit display_as_dollars(const unit<D>& price_unit, unit_symbol symbol) {
    return {price_unit.factor(), symbol, true};
}

// The display units of dimension D, in ascending order of factor. A value is
// written in the largest one whose factor does not exceed its magnitude.
// Dimensions without an entry here are written in base units with a symbol
// built from their exponents ("kg*m^2/s^3"). Specialise it for your own.
template <class D>
struct display_units {
    static constexpr std::array<display_unit, 0> ladder{};
};

namespace detail {
template <class... Units>
constexpr auto ladder_of(const Units&... units) {
    return std::array<display_unit, sizeof...(Units)>{display_as(units)...};
}
}  // namespace detail

// clang-format off
#define AIECON_DISPLAY_UNITS(dimension_name, ...)        \
    template <>                                          \
    struct display_units<dim::dimension_name> {          \
        static constexpr auto ladder = __VA_ARGS__;      \
    };
// clang-format on

// A plain number: no symbol.
AIECON_DISPLAY_UNITS(dimensionless, std::array{display_unit{1.0, "", false}})
AIECON_DISPLAY_UNITS(length,
                     detail::ladder_of(units::nm, units::um, units::mm, units::m, units::km))
AIECON_DISPLAY_UNITS(area, detail::ladder_of(units::mm2, units::m2, units::km2))
AIECON_DISPLAY_UNITS(volume, detail::ladder_of(units::L, units::m3))
AIECON_DISPLAY_UNITS(mass, detail::ladder_of(units::mg, units::g, units::kg, units::t, units::kt))
AIECON_DISPLAY_UNITS(time, detail::ladder_of(units::ns, units::us, units::ms, units::s, units::min,
                                             units::h, units::day, units::month, units::year))
AIECON_DISPLAY_UNITS(temperature, detail::ladder_of(units::K))
AIECON_DISPLAY_UNITS(money, std::array{display_as_dollars(1.0, ""), display_as_dollars(1e3, "k"),
                                       display_as_dollars(1e6, "M"), display_as_dollars(1e9, "B"),
                                       display_as_dollars(1e12, "T")})
AIECON_DISPLAY_UNITS(information, detail::ladder_of(units::B, units::kB, units::MB, units::GB,
                                                    units::TB, units::PB))
// FLOP counts as papers write them: plain FLOP, in scientific notation once
// large (3.14e+23 FLOP).
AIECON_DISPLAY_UNITS(flop, detail::ladder_of(units::FLOP))
AIECON_DISPLAY_UNITS(token, detail::ladder_of(units::token, units::ktoken, units::Mtoken,
                                              units::Btoken, units::Ttoken))
AIECON_DISPLAY_UNITS(wafer, detail::ladder_of(units::wafer))
AIECON_DISPLAY_UNITS(die, detail::ladder_of(units::die))
AIECON_DISPLAY_UNITS(device, detail::ladder_of(units::device))
AIECON_DISPLAY_UNITS(emissions, detail::ladder_of(units::gCO2e, units::kgCO2e, units::tCO2e,
                                                  units::ktCO2e, units::MtCO2e))

// Rates per year, month, day, hour and second (failure rates, degradation,
// supplies counted as plain numbers).
AIECON_DISPLAY_UNITS(frequency, std::array{display_unit{1.0 / units::year.factor(), "/yr"},
                                           display_unit{1.0 / units::month.factor(), "/month"},
                                           display_unit{1.0 / units::day.factor(), "/day"},
                                           display_unit{1.0 / units::h.factor(), "/h"},
                                           display_unit{1.0, "/s"}})
AIECON_DISPLAY_UNITS(speed, detail::ladder_of(units::m / units::s, units::km / units::s))
// Energy below a kilowatt-hour in joules, from a kilowatt-hour up in
// kilowatt-hours and their multiples, as energy is billed.
AIECON_DISPLAY_UNITS(energy, detail::ladder_of(units::mJ, units::J, units::kJ, units::kWh,
                                               units::MWh, units::GWh, units::TWh))
AIECON_DISPLAY_UNITS(power, detail::ladder_of(units::mW, units::W, units::kW, units::MW, units::GW,
                                              units::TW))
AIECON_DISPLAY_UNITS(specific_power, detail::ladder_of(units::W / units::kg, units::kW / units::kg))
AIECON_DISPLAY_UNITS(specific_energy, detail::ladder_of(units::Wh / units::kg))
AIECON_DISPLAY_UNITS(irradiance, detail::ladder_of(units::W / units::m2, units::kW / units::m2))
AIECON_DISPLAY_UNITS(areal_density, detail::ladder_of(units::kg / units::m2))
AIECON_DISPLAY_UNITS(flop_rate, detail::ladder_of(units::FLOP / units::s, units::GFLOP / units::s,
                                                  units::TFLOP / units::s, units::PFLOP / units::s,
                                                  units::EFLOP / units::s))
AIECON_DISPLAY_UNITS(flop_per_joule,
                     detail::ladder_of(units::FLOP / units::J, units::GFLOP / units::J,
                                       units::TFLOP / units::J))
AIECON_DISPLAY_UNITS(flop_per_byte, detail::ladder_of(units::FLOP / units::B))
AIECON_DISPLAY_UNITS(token_rate,
                     detail::ladder_of(units::token / units::s, units::ktoken / units::s,
                                       units::Mtoken / units::s))
AIECON_DISPLAY_UNITS(energy_per_token,
                     detail::ladder_of(units::mJ / units::token, units::J / units::token,
                                       units::kJ / units::token))
AIECON_DISPLAY_UNITS(bandwidth, detail::ladder_of(units::B / units::s, units::kB / units::s,
                                                  units::MB / units::s, units::GB / units::s,
                                                  units::TB / units::s))
AIECON_DISPLAY_UNITS(dies_per_wafer, detail::ladder_of(units::die / units::wafer))
// Defect density is quoted per cm2 in yield models.
AIECON_DISPLAY_UNITS(defect_density, std::array{display_unit{1.0 / units::cm2.factor(), "/cm2"}})

AIECON_DISPLAY_UNITS(price_per_token,
                     std::array{display_as_dollars(units::USD / units::Mtoken, "/Mtoken")})
AIECON_DISPLAY_UNITS(price_per_energy,
                     std::array{display_as_dollars(units::USD / units::kWh, "/kWh")})
AIECON_DISPLAY_UNITS(price_per_power, std::array{display_as_dollars(units::USD / units::W, "/W")})
AIECON_DISPLAY_UNITS(price_per_mass, std::array{display_as_dollars(units::USD / units::kg, "/kg")})
AIECON_DISPLAY_UNITS(price_per_area,
                     std::array{display_as_dollars(units::USD / units::cm2, "/cm2")})
AIECON_DISPLAY_UNITS(price_per_time, std::array{display_as_dollars(units::USD / units::h, "/h")})
AIECON_DISPLAY_UNITS(price_per_wafer,
                     std::array{display_as_dollars(units::USD / units::wafer, "/wafer")})
AIECON_DISPLAY_UNITS(price_per_die, std::array{display_as_dollars(units::USD / units::die, "/die")})
AIECON_DISPLAY_UNITS(price_per_device,
                     std::array{display_as_dollars(units::USD / units::device, "/device")})
AIECON_DISPLAY_UNITS(price_per_device_time,
                     std::array{display_as_dollars(units::USD / (units::device * units::h),
                                                   "/(device*h)")})
AIECON_DISPLAY_UNITS(emissions_per_energy, detail::ladder_of(units::gCO2e / units::kWh))
AIECON_DISPLAY_UNITS(emissions_per_area, detail::ladder_of(units::kgCO2e / units::cm2))
AIECON_DISPLAY_UNITS(energy_per_area, detail::ladder_of(units::kWh / units::cm2))
// Supply rates are planned per month.
AIECON_DISPLAY_UNITS(wafer_rate, detail::ladder_of(units::wafer / units::month))
AIECON_DISPLAY_UNITS(die_rate, detail::ladder_of(units::die / units::month))
AIECON_DISPLAY_UNITS(device_rate, detail::ladder_of(units::device / units::month))
AIECON_DISPLAY_UNITS(dies_per_device, detail::ladder_of(units::die / units::device))
AIECON_DISPLAY_UNITS(device_time, detail::ladder_of(units::device* units::h))
AIECON_DISPLAY_UNITS(price_per_information,
                     std::array{display_as_dollars(units::USD / units::GB, "/GB")})
AIECON_DISPLAY_UNITS(mass_rate, detail::ladder_of(units::kg / units::year, units::t / units::year))

#undef AIECON_DISPLAY_UNITS

namespace detail {
// How far a factor is from 1 on a log scale, without a logarithm.
constexpr double distance_from_one(double factor) {
    return factor >= 1.0 ? factor : 1.0 / factor;
}

// x as a stream in its default notation writes it with `significant_digits`
// digits: 999.9999 becomes 1000 at six.
inline double rounded_as_printed(double x, std::streamsize significant_digits) {
    // A double has at most 17 significant decimal digits.
    const int digits = significant_digits < 17 ? static_cast<int>(significant_digits) : 17;
    char text[32];
    std::snprintf(text, sizeof text, "%.*g", digits, x);
    return std::strtod(text, nullptr);
}

// The display unit for `value`: the largest whose factor does not exceed its
// magnitude, moved up a step when rounding to `significant_digits` would
// print the next unit's worth ("1 kW", not "1000 W"); 0 means no rounding.
template <std::size_t N>
const display_unit& pick_display_unit(const std::array<display_unit, N>& ladder, double value,
                                      std::streamsize significant_digits) {
    const double magnitude = value < 0 ? -value : value;
    if (!(magnitude > 0.0) || magnitude - magnitude != 0.0) {
        // Zero, NaN and infinity: the display unit nearest the base unit.
        const display_unit* nearest = &ladder[0];
        for (const auto& candidate : ladder) {
            if (distance_from_one(candidate.factor) < distance_from_one(nearest->factor)) {
                nearest = &candidate;
            }
        }
        return *nearest;
    }
    std::size_t chosen = 0;
    for (std::size_t i = 0; i < N; ++i) {
        if (ladder[i].factor <= magnitude) chosen = i;
    }
    if (significant_digits > 0 && chosen + 1 < N) {
        const double printed =
            rounded_as_printed(magnitude / ladder[chosen].factor, significant_digits);
        if (printed * ladder[chosen].factor >= ladder[chosen + 1].factor) ++chosen;
    }
    return ladder[chosen];
}

// The number as `os` would write it: its precision, notation and locale, but
// no sign (written by the caller, before a dollar sign) and no field width
// (applied to the whole quantity).
inline std::string format_magnitude(const std::ostream& os, double magnitude) {
    std::ostringstream text;
    text.imbue(os.getloc());
    text.flags(os.flags() & ~(std::ios_base::showpos | std::ios_base::adjustfield));
    text.precision(os.precision());
    text << magnitude;
    return text.str();
}

// "<sign><number> <symbol>", or "<sign>$<number><symbol>" for money. The sign
// is '-' below zero, '+' under std::showpos; zero and NaN never get a '-'.
inline std::string format_quantity(const std::ostream& os, double value_in_unit,
                                   std::string_view symbol, bool dollar_sign) {
    const bool negative = value_in_unit < 0.0;
    const double magnitude = negative ? -value_in_unit : std::fabs(value_in_unit);
    std::string text;
    if (negative) {
        text += '-';
    } else if (os.flags() & std::ios_base::showpos) {
        text += '+';
    }
    if (dollar_sign) text += '$';
    text += format_magnitude(os, magnitude);
    if (!dollar_sign && !symbol.empty()) text += ' ';
    text += symbol;
    return text;
}

template <std::size_t N>
constexpr bool in_ascending_order(const std::array<display_unit, N>& ladder) {
    for (std::size_t i = 1; i < N; ++i) {
        if (!(ladder[i - 1].factor < ladder[i].factor)) return false;
    }
    return true;
}
}  // namespace detail

// Writes q in the display unit that suits its magnitude (see display_units).
// The stream's width, alignment, precision, notation, showpos and locale
// apply to the quantity as a whole.
template <class D>
std::ostream& operator<<(std::ostream& os, quantity<D> q) {
    constexpr const auto& ladder = display_units<D>::ladder;
    static_assert(detail::in_ascending_order(ladder),
                  "aiecon::display_units<D>::ladder must be in ascending order of factor");
    if constexpr (ladder.empty()) {
        return os << detail::format_quantity(os, q.base_units(), base_unit_symbol<D>(), false);
    } else {
        // Only the default notation rounds to significant digits; fixed and
        // scientific notation count digits otherwise.
        const bool default_notation = (os.flags() & std::ios_base::floatfield) == 0;
        const std::streamsize significant_digits =
            default_notation ? (os.precision() > 0 ? os.precision() : 1) : 0;
        const display_unit& shown =
            detail::pick_display_unit(ladder, q.base_units(), significant_digits);
        const double in_shown = q.base_units() / shown.factor;
        // A display unit smaller than the base unit can overflow a value near
        // the largest double ($/Mtoken divides by 1e-6): write such a value
        // in base units rather than as "inf".
        if (!std::isfinite(in_shown) && std::isfinite(q.base_units())) {
            return os << detail::format_quantity(os, q.base_units(), base_unit_symbol<D>(), false);
        }
        return os << detail::format_quantity(os, in_shown, shown.symbol.view(), shown.dollar_sign);
    }
}

// The text operator<< writes: to_string(1.5_GW) is "1.5 GW".
template <class D>
std::string to_string(quantity<D> q) {
    std::ostringstream os;
    os << q;
    return os.str();
}

// q written in the unit the caller names: to_string(1.5_GW, units::MW) is
// "1500 MW".
template <class D>
std::string to_string(quantity<D> q, const unit<D>& in_unit) {
    const std::ostringstream defaults;
    return detail::format_quantity(defaults, q.in(in_unit), in_unit.symbol(), false);
}

}  // namespace aiecon
