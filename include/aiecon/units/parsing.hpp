// Parsing quantities from text: aiecon::parse<aiecon::power>("1.5 GW").
//
// Reads back what operator<< in printing.hpp writes ("1.5 GW", "$17k",
// "$0.08/kWh", "0.1 /cm2", "1 m^2/s^4", "1 /(m*K)") and, more generally, a
// number followed by the catalogue's unit symbols combined with '*', '/',
// parentheses and integer exponents ("2 kW*h", "3 W/(kg*m)", "2 m^-2").
// Text of another dimension, or that is not a quantity at all, throws
// aiecon::parse_error, whose message names the text and the dimension that
// was expected.
//
// The value is the C++ expression the text spells, evaluated left to right:
// "$0.08/kWh" is 0.08 * units::USD / units::kWh and "$2.5/(device*h)" is
// 2.5 * units::USD / (units::device * units::h), so a value written in code
// and the same value read from text are the same double.
//
// The number is read with std::from_chars, so in the C locale whatever the
// global one; NaN and infinity are rejected, as models never take them.
#pragma once

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include "dimension_symbol.hpp"
#include "dimensions.hpp"
#include "quantity.hpp"
#include "unit.hpp"
#include "units.hpp"

namespace aiecon {

// What parse throws: the text is malformed or has another dimension. An
// invalid_argument, as the caller passed text the function cannot accept.
class parse_error : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

namespace detail::parsing {

// The exponents of a dimension at run time, so that a unit read from text
// can be compared with the one expected.
using exponents = dimension_exponents;

// A unit as read from text, its size in base units and its dimension; or,
// while the text is read, the quantity so far (its value in base units).
struct runtime_unit {
    double factor = 1.0;
    exponents powers{};
};

// A product or quotient: one rounding, as quantity and unit<> operators do.
constexpr runtime_unit multiply(const runtime_unit& lhs, const runtime_unit& rhs) {
    runtime_unit result{lhs.factor * rhs.factor, lhs.powers};
    for (std::size_t i = 0; i < base_dimension_count; ++i) result.powers[i] += rhs.powers[i];
    return result;
}

constexpr runtime_unit divide(const runtime_unit& lhs, const runtime_unit& rhs) {
    runtime_unit result{lhs.factor / rhs.factor, lhs.powers};
    for (std::size_t i = 0; i < base_dimension_count; ++i) result.powers[i] -= rhs.powers[i];
    return result;
}

// u^n by repeated multiplication, as the catalogue builds cm2 from cm * cm,
// so that "cm^2" and "cm2" have the same factor; a negative n inverts.
constexpr runtime_unit raise(const runtime_unit& u, int n) {
    const int magnitude = n < 0 ? -n : n;
    runtime_unit result;
    for (int i = 0; i < magnitude; ++i) result = multiply(result, u);
    return n < 0 ? divide(runtime_unit{}, result) : result;
}

// A symbol the parser accepts and the unit it stands for.
struct symbol_entry {
    std::string_view symbol;
    runtime_unit unit;
};

// An entry from a catalogue unit, so that no factor is written twice; the
// symbol defaults to the unit's own (a plural such as "tokens" names it).
template <class D>
constexpr symbol_entry entry(const unit<D>& u, std::string_view symbol) {
    return {symbol, {u.factor(), exponents_of<D>::value}};
}
template <class D>
constexpr symbol_entry entry(const unit<D>& u) {
    return entry(u, u.symbol());
}

// Every unit of units.hpp, the plurals of the counted things that literals
// and prose use ("5 tokens", "60 dies/wafer"), and the spelled-out time
// units lead times and lives are written in ("18 months", "5 years").
// clang-format off
inline constexpr std::array unit_symbols{
    entry(units::nm), entry(units::um), entry(units::mm), entry(units::cm), entry(units::m),
    entry(units::km),
    entry(units::mm2), entry(units::cm2), entry(units::m2), entry(units::km2),
    entry(units::L), entry(units::m3),
    entry(units::mg), entry(units::g), entry(units::kg), entry(units::t), entry(units::kt),
    entry(units::ns), entry(units::us), entry(units::ms), entry(units::s), entry(units::min),
    entry(units::h), entry(units::day), entry(units::month), entry(units::year),
    entry(units::h, "hour"), entry(units::h, "hours"), entry(units::day, "days"),
    entry(units::month, "months"), entry(units::year, "year"), entry(units::year, "years"),
    entry(units::K),
    entry(units::mW), entry(units::W), entry(units::kW), entry(units::MW), entry(units::GW),
    entry(units::TW),
    entry(units::mJ), entry(units::J), entry(units::kJ), entry(units::MJ), entry(units::GJ),
    entry(units::Wh), entry(units::kWh), entry(units::MWh), entry(units::GWh), entry(units::TWh),
    entry(units::USD), entry(units::kUSD), entry(units::MUSD), entry(units::BUSD),
    entry(units::TUSD),
    entry(units::B), entry(units::kB), entry(units::MB), entry(units::GB), entry(units::TB),
    entry(units::PB), entry(units::KiB), entry(units::MiB), entry(units::GiB), entry(units::TiB),
    entry(units::FLOP), entry(units::GFLOP), entry(units::TFLOP), entry(units::PFLOP),
    entry(units::EFLOP), entry(units::ZFLOP),
    entry(units::token), entry(units::ktoken), entry(units::Mtoken), entry(units::Btoken),
    entry(units::Ttoken),
    entry(units::token, "tokens"), entry(units::ktoken, "ktokens"),
    entry(units::Mtoken, "Mtokens"), entry(units::Btoken, "Btokens"),
    entry(units::Ttoken, "Ttokens"),
    entry(units::wafer), entry(units::die), entry(units::device),
    entry(units::wafer, "wafers"), entry(units::die, "dies"), entry(units::device, "devices"),
    entry(units::gCO2e), entry(units::kgCO2e), entry(units::tCO2e), entry(units::ktCO2e),
    entry(units::MtCO2e)};
// clang-format on

// The suffixes of money written with a dollar sign, as printing writes them
// ("$17k", "$2.5M"); the empty suffix is plain dollars.
inline constexpr std::array money_suffixes{entry(units::USD, ""), entry(units::kUSD, "k"),
                                           entry(units::MUSD, "M"), entry(units::BUSD, "B"),
                                           entry(units::TUSD, "T")};

template <std::size_t N>
constexpr bool symbols_are_unique(const std::array<symbol_entry, N>& table) {
    for (std::size_t i = 0; i < N; ++i) {
        for (std::size_t j = i + 1; j < N; ++j) {
            if (table[i].symbol == table[j].symbol) return false;
        }
    }
    return true;
}
static_assert(symbols_are_unique(unit_symbols), "a unit symbol is listed twice");

// A dimension and the name its quantity type has in aiecon::.
struct dimension_name {
    exponents powers;
    std::string_view name;
};
template <class D>
constexpr dimension_name named(std::string_view name) {
    return {exponents_of<D>::value, name};
}

// clang-format off
inline constexpr std::array dimension_names{
    named<dim::dimensionless>("dimensionless"), named<dim::length>("length"),
    named<dim::area>("area"), named<dim::volume>("volume"), named<dim::mass>("mass"),
    named<dim::time>("duration"), named<dim::temperature>("temperature"),
    named<dim::money>("money"), named<dim::information>("information"),
    named<dim::flop>("flop_count"), named<dim::token>("token_count"),
    named<dim::wafer>("wafer_count"), named<dim::die>("die_count"),
    named<dim::device>("device_count"), named<dim::emissions>("emissions"),
    named<dim::frequency>("frequency"), named<dim::speed>("speed"),
    named<dim::acceleration>("acceleration"), named<dim::force>("force"),
    named<dim::energy>("energy"), named<dim::power>("power"),
    named<dim::specific_power>("specific_power"), named<dim::specific_energy>("specific_energy"),
    named<dim::irradiance>("irradiance"), named<dim::areal_density>("areal_density"),
    named<dim::flop_rate>("flop_rate"), named<dim::flop_per_joule>("flop_per_joule"),
    named<dim::flop_per_byte>("flop_per_byte"), named<dim::token_rate>("token_rate"),
    named<dim::energy_per_token>("energy_per_token"), named<dim::bandwidth>("bandwidth"),
    named<dim::dies_per_wafer>("dies_per_wafer"), named<dim::defect_density>("defect_density"),
    named<dim::price_per_token>("price_per_token"),
    named<dim::price_per_energy>("price_per_energy"),
    named<dim::price_per_power>("price_per_power"), named<dim::price_per_mass>("price_per_mass"),
    named<dim::price_per_area>("price_per_area"), named<dim::price_per_time>("price_per_time"),
    named<dim::price_per_wafer>("price_per_wafer"), named<dim::price_per_die>("price_per_die"),
    named<dim::price_per_device>("price_per_device"),
    named<dim::price_per_device_time>("price_per_device_time"),
    named<dim::emissions_per_energy>("emissions_per_energy"),
    named<dim::emissions_per_area>("emissions_per_area"),
    named<dim::energy_per_area>("energy_per_area"), named<dim::wafer_rate>("wafer_rate"),
    named<dim::die_rate>("die_rate"), named<dim::device_rate>("device_rate"),
    named<dim::dies_per_device>("dies_per_device"), named<dim::mass_rate>("mass_rate"),
    named<dim::device_time>("device_time"), named<dim::price_per_information>("price_per_information")};
// clang-format on

// A dimension as a reader of a message knows it: "power (m^2*kg/s^3)", or
// the base symbol alone ("m^2/s^4") when it has no named quantity type.
inline std::string describe(const exponents& powers) {
    std::string symbol = base_unit_symbol(powers);
    if (symbol.empty()) symbol = "1";
    for (const auto& known : dimension_names) {
        if (known.powers == powers) return std::string{known.name} + " (" + symbol + ")";
    }
    return symbol;
}

constexpr bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
// ASCII only, by hand: <cctype> depends on the locale and on c being
// non-negative.
constexpr bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
constexpr bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Reads one quantity from text, left to right, by recursive descent:
//
//   text      = [sign] ( '$' number [money suffix] tail | number [unit] )
//   unit      = ['/'] operand tail           ("/cm2" is per square centimetre)
//   tail      = { ('*' | '/') operand }      (left to right: W/kg*h is (W/kg)*h)
//   operand   = ( symbol | '(' unit ')' ) ['^' integer]
//
// The number starts the quantity and each operand of the outer unit is
// applied to it in turn, as in number * u1 / u2; a parenthesised unit is
// composed first, as (u1 * u2) is in C++.
//
// Spaces may surround the whole text (a stream's field width pads it), the
// unit and its operators, but not come between a sign, '$' and the number.
class quantity_reader {
public:
    // `expected` is the dimension of the requested quantity type; it must
    // outlive the reader (parse passes a static constant).
    quantity_reader(std::string_view text, const exponents& expected)
        : text_(text), rest_(text), expected_(expected) {}

    // The quantity's value in base units; throws parse_error.
    double read() {
        skip_space();
        const double sign = read_sign();
        runtime_unit parsed;  // the quantity: number times the units read so far
        if (consume('$')) {
            parsed.factor = read_number();
            parsed = read_tail(multiply(parsed, read_money_suffix()), 0);
        } else {
            parsed.factor = read_number();
            skip_space();
            if (starts_unit()) parsed = read_unit(parsed, 0);
        }
        skip_space();
        if (!rest_.empty()) fail("unexpected \"" + std::string{rest_} + "\"");
        if (parsed.powers != expected_) fail("its dimension is " + describe(parsed.powers));
        const double value = sign * parsed.factor;  // negation is exact
        if (!std::isfinite(value)) fail("the value is out of range");
        return value;
    }

private:
    // Deeper nesting than this is not a unit anyone writes; the limit keeps
    // hostile text from exhausting the stack.
    static constexpr int max_depth = 16;
    // Exponents beyond this are typos, and bounding them bounds the work.
    static constexpr int max_exponent = 64;

    [[noreturn]] void fail(const std::string& reason) const {
        throw parse_error("aiecon::parse: cannot read \"" + std::string{text_} + "\" as " +
                          describe(expected_) + ": " + reason);
    }

    [[nodiscard]] bool next_is(char c) const { return !rest_.empty() && rest_.front() == c; }
    bool consume(char c) {
        if (!next_is(c)) return false;
        rest_.remove_prefix(1);
        return true;
    }
    void skip_space() {
        while (!rest_.empty() && is_space(rest_.front())) rest_.remove_prefix(1);
    }
    [[nodiscard]] bool starts_unit() const {
        return !rest_.empty() && (is_letter(rest_.front()) || next_is('(') || next_is('/'));
    }
    // What is left, for messages: "at \"XW\"" or "at the end".
    [[nodiscard]] std::string where() const {
        return rest_.empty() ? "at the end" : "at \"" + std::string{rest_} + "\"";
    }

    double read_sign() {
        if (consume('-')) return -1.0;
        consume('+');  // std::showpos writes it
        return 1.0;
    }

    // A non-negative decimal number. from_chars would also take a '-' (the
    // sign was read already: "--3" is an error), "inf" and "nan", so the
    // number must start with a digit or a point.
    double read_number() {
        if (rest_.empty() || !(is_digit(rest_.front()) || next_is('.'))) {
            fail("expected a number " + where());
        }
        double number = 0.0;
        const char* const end = rest_.data() + rest_.size();
        const auto [stop, error] = std::from_chars(rest_.data(), end, number);
        if (error == std::errc::result_out_of_range) fail("the number is out of range");
        if (error != std::errc{}) fail("expected a number " + where());
        rest_.remove_prefix(static_cast<std::size_t>(stop - rest_.data()));
        return number;
    }

    // The k, M, B or T right after a dollar amount, as a unit of money.
    runtime_unit read_money_suffix() {
        for (const auto& suffix : money_suffixes) {
            if (!suffix.symbol.empty() && rest_.starts_with(suffix.symbol)) {
                rest_.remove_prefix(suffix.symbol.size());
                return suffix.unit;
            }
        }
        return money_suffixes[0].unit;
    }

    // lhs times or over the unit that follows: "kW*h", "/cm2", "W/(kg*m)".
    runtime_unit read_unit(const runtime_unit& lhs, int depth) {
        if (depth > max_depth) fail("the unit is nested too deeply");
        skip_space();
        if (consume('/')) return read_tail(divide(lhs, read_operand(depth)), depth);
        return read_tail(multiply(lhs, read_operand(depth)), depth);
    }

    runtime_unit read_tail(runtime_unit lhs, int depth) {
        for (;;) {
            skip_space();
            if (consume('*')) {
                lhs = multiply(lhs, read_operand(depth));
            } else if (consume('/')) {
                lhs = divide(lhs, read_operand(depth));
            } else {
                return lhs;
            }
        }
    }

    runtime_unit read_operand(int depth) {
        skip_space();
        runtime_unit base;
        if (consume('(')) {
            base = read_unit(runtime_unit{}, depth + 1);
            skip_space();
            if (!consume(')')) fail("expected ')' " + where());
        } else {
            base = read_symbol();
        }
        return consume('^') ? raise(base, read_exponent()) : base;
    }

    // A symbol is a letter and then letters or digits ("kgCO2e", "m2").
    runtime_unit read_symbol() {
        std::size_t length = 0;
        if (!rest_.empty() && is_letter(rest_.front())) {
            while (length < rest_.size() && (is_letter(rest_[length]) || is_digit(rest_[length]))) {
                ++length;
            }
        }
        if (length == 0) fail("expected a unit " + where());
        const std::string_view symbol = rest_.substr(0, length);
        rest_.remove_prefix(length);
        for (const auto& known : unit_symbols) {
            if (known.symbol == symbol) return known.unit;
        }
        fail("unknown unit \"" + std::string{symbol} + "\"");
    }

    // An integer, negative allowed: "m^2", "s^-1".
    int read_exponent() {
        int exponent = 0;
        const char* const end = rest_.data() + rest_.size();
        const auto [stop, error] = std::from_chars(rest_.data(), end, exponent);
        if (error != std::errc{} || exponent < -max_exponent || exponent > max_exponent) {
            fail("expected an integer exponent from -" + std::to_string(max_exponent) + " to " +
                 std::to_string(max_exponent) + " after '^' " + where());
        }
        rest_.remove_prefix(static_cast<std::size_t>(stop - rest_.data()));
        return exponent;
    }

    std::string_view text_;
    std::string_view rest_;
    const exponents& expected_;
};

}  // namespace detail::parsing

// The quantity of type Q that `text` writes, e.g.
//   aiecon::parse<aiecon::power>("1.5 GW")            // 1.5e9 W
//   aiecon::parse<aiecon::price_per_energy>("$0.08/kWh")
//   aiecon::parse<aiecon::dimensionless>("1.3")
// Accepts what operator<< writes and any catalogue symbols combined with
// '*', '/', parentheses and '^'; throws parse_error when the text is not a
// finite quantity of Q's dimension.
template <any_quantity Q>
[[nodiscard]] Q parse(std::string_view text) {
    const auto& expected = exponents_of<typename Q::dimension_type>::value;
    return Q::from_base_units(detail::parsing::quantity_reader{text, expected}.read());
}

}  // namespace aiecon
