// Fuzzes aiecon::parse: arbitrary text read as each of several quantity
// types. Allowed: a finite quantity, or aiecon::parse_error.
//
// Two modes, by the first byte:
//  - 0xFF: a value (decoded from the rest) is printed with operator<<, in
//    one of several stream settings, and must parse back as the same type:
//    parsing.hpp reads back what printing.hpp writes. In the default
//    notation at 17 significant digits it must come back to within a
//    relative 1e-14. The one refusal allowed is "out of range" for a value
//    so near the largest double that its rounded decimal lies beyond it.
//  - anything else: the whole input is the text, parsed as every type below;
//    what parses is also printed and parsed back the same way.
#include <aiecon/units/parsing.hpp>
#include <aiecon/units/printing.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <ios>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_input.hpp"

namespace {

using aiecon_fuzz::fuzz_input;

// How a round trip prints its value.
struct print_settings {
    std::ios_base::fmtflags flags{};
    std::streamsize precision = 6;
};

template <class Q>
std::string print(Q q, const print_settings& settings) {
    std::ostringstream os;
    os.flags(settings.flags);
    os.precision(settings.precision);
    os << q;
    return os.str();
}

// Prints q and reads it back: it must parse, and at full precision in the
// default notation come back to within a relative 1e-14.
template <class Q>
void round_trip(const fuzz_input& in, std::string_view type, Q q, const print_settings& settings) {
    const double value = q.base_units();
    if (!std::isfinite(value)) return;  // NaN and infinity are not written to be read
    const std::string text = print(q, settings);
    const bool full_precision =
        settings.flags == std::ios_base::fmtflags{} && settings.precision >= 17;
    Q back;
    try {
        back = aiecon::parse<Q>(text);
    } catch (const aiecon::parse_error& e) {
        // Rounded to decimal digits (and multiplied back by the unit's
        // factor), a value near the largest double may come back beyond it
        // ("2e+308", or 1.7976931348623159e+296 TW at 17 digits): that one
        // cannot be read, and parse says so.
        const bool rounded_past_the_largest =
            std::fabs(value) > std::numeric_limits<double>::max() / 10.0 &&
            std::string_view{e.what()}.find("out of range") != std::string_view::npos;
        if (rounded_past_the_largest) return;
        aiecon_fuzz::fail(in, std::string{"parse<"} + std::string{type} + "> of printed text",
                          std::string{"\""} + text + "\" does not parse back: " + e.what());
    }
    aiecon_fuzz::expect_finite(in, "parse of printed text", back);
    // Below about 1e-289 the number in a display unit (value / factor) may
    // be subnormal, with fewer significant digits than printed.
    if (full_precision && std::fabs(value) >= 1e-289) {
        const double error = std::fabs(back.base_units() - value);
        if (!(error <= 1e-14 * std::fabs(value))) {
            char detail[160];
            std::snprintf(detail, sizeof detail, "\"%s\" parses back as %.17g, not %.17g",
                          text.c_str(), back.base_units(), value);
            aiecon_fuzz::fail(in, std::string{"parse<"} + std::string{type} + "> round trip",
                              detail);
        }
    }
}

// Reads `text` as Q: finite or parse_error; what it reads must print and
// parse back.
template <class Q>
void parse_as(const fuzz_input& in, std::string_view type, std::string_view text) {
    aiecon_fuzz::run_case(in, type, [&] {
        const Q q = aiecon::parse<Q>(text);
        aiecon_fuzz::expect_finite(in, type, q);
        round_trip(in, type, q, {});
        round_trip(in, type, q, {std::ios_base::fmtflags{}, 17});
    });
}

print_settings decode_settings(fuzz_input& in) {
    static constexpr std::ios_base::fmtflags choices[] = {
        std::ios_base::fmtflags{},
        std::ios_base::fixed,
        std::ios_base::scientific,
        std::ios_base::showpos,
        std::ios_base::scientific | std::ios_base::showpos,
        std::ios_base::fixed | std::ios_base::showpoint,
        std::ios_base::showpoint,
        std::ios_base::scientific | std::ios_base::uppercase};
    print_settings settings;
    settings.flags = choices[in.choose(std::size(choices))];
    settings.precision = static_cast<std::streamsize>(in.choose(20));
    return settings;
}

// A value of one of the types, printed and parsed back.
void round_trip_mode(fuzz_input& in) {
    const std::size_t type = in.choose(12);
    const print_settings settings = decode_settings(in);
    const double value = in.number("value", 1.0);
    const auto check = [&](auto q, std::string_view name) {
        aiecon_fuzz::run_case(in, name, [&] { round_trip(in, name, q, settings); });
    };
    switch (type) {
        case 0:
            check(aiecon::power::from_base_units(value), "power");
            break;
        case 1:
            check(aiecon::money::from_base_units(value), "money");
            break;
        case 2:
            check(aiecon::price_per_energy::from_base_units(value), "price_per_energy");
            break;
        case 3:
            check(aiecon::defect_density::from_base_units(value), "defect_density");
            break;
        case 4:
            check(aiecon::duration::from_base_units(value), "duration");
            break;
        case 5:
            check(aiecon::energy::from_base_units(value), "energy");
            break;
        case 6:
            check(aiecon::dimensionless::from_base_units(value), "dimensionless");
            break;
        case 7:
            check(aiecon::price_per_device_time::from_base_units(value), "price_per_device_time");
            break;
        case 8:
            check(aiecon::frequency::from_base_units(value), "frequency");
            break;
        case 9:
            check(aiecon::length::from_base_units(value), "length");
            break;
        case 10:
            // No display unit: written in base symbols ("m^2*kg/s^3"-like).
            check(aiecon::quantity<aiecon::dim::acceleration>::from_base_units(value),
                  "acceleration");
            break;
        default:
            check(aiecon::price_per_token::from_base_units(value), "price_per_token");
            break;
    }
}

void text_mode(const fuzz_input& in, std::string_view text) {
    parse_as<aiecon::dimensionless>(in, "dimensionless", text);
    parse_as<aiecon::length>(in, "length", text);
    parse_as<aiecon::area>(in, "area", text);
    parse_as<aiecon::mass>(in, "mass", text);
    parse_as<aiecon::duration>(in, "duration", text);
    parse_as<aiecon::temperature>(in, "temperature", text);
    parse_as<aiecon::money>(in, "money", text);
    parse_as<aiecon::information>(in, "information", text);
    parse_as<aiecon::token_count>(in, "token_count", text);
    parse_as<aiecon::frequency>(in, "frequency", text);
    parse_as<aiecon::energy>(in, "energy", text);
    parse_as<aiecon::power>(in, "power", text);
    parse_as<aiecon::irradiance>(in, "irradiance", text);
    parse_as<aiecon::flop_rate>(in, "flop_rate", text);
    parse_as<aiecon::defect_density>(in, "defect_density", text);
    parse_as<aiecon::price_per_energy>(in, "price_per_energy", text);
    parse_as<aiecon::price_per_token>(in, "price_per_token", text);
    parse_as<aiecon::price_per_device_time>(in, "price_per_device_time", text);
    parse_as<aiecon::dies_per_wafer>(in, "dies_per_wafer", text);
    parse_as<aiecon::emissions_per_energy>(in, "emissions_per_energy", text);
    parse_as<aiecon::quantity<aiecon::dim::acceleration>>(in, "acceleration", text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 0 && data[0] == 0xFF) {
        fuzz_input in(data + 1, size - 1);
        round_trip_mode(in);
    } else {
        const std::string_view text{reinterpret_cast<const char*>(data), size};
        fuzz_input in(data, size);
        in.set_text(text);
        text_mode(in, text);
    }
    return 0;
}
