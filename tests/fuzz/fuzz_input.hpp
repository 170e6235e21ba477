// What aiecon's libFuzzer harnesses share: arbitrary bytes decoded into the
// inputs of a model, and the checks applied to what the model returns.
//
// A harness may see only two outcomes: a result that passes its checks
// (finite, and non-negative where the quantity cannot be negative), or an
// aiecon::domain_error / aiecon::parse_error. Anything else (another
// exception, a NaN, an infinity, a negative cost) prints the decoded inputs
// and aborts, which libFuzzer reports as a crash.
#pragma once

#include <aiecon/units.hpp>
#include <aiecon/units/domain_error.hpp>
#include <aiecon/units/parsing.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <typeinfo>
#include <utility>
#include <vector>

namespace aiecon_fuzz {

// Reads values off the fuzzer's bytes, front to back; past the end every
// byte reads as 0, which decodes to each value's typical magnitude, so a
// short input still reaches a model with plausible arguments.
//
// A number is decoded from a selector byte:
//   0        the typical value the harness names (a plausible input)
//   1 - 15   a special value: zero, -0, NaN, +-infinity, the largest and
//            smallest normal doubles, the smallest subnormal, 1e300,
//            1e-300, minus the typical value, 1, -1, 0.5
//   16 - 31  any double: eight more bytes taken as its bit pattern
//   32 - 47  minus the typical value scaled by m x 10^k (two more bytes)
//   48 - 255 the typical value scaled by m x 10^k (two more bytes)
// with m in [1, 9) and k mostly in [-7, 7], sometimes anywhere from -320 to
// 300, so that huge and tiny values come up often.
class fuzz_input {
public:
    fuzz_input(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    std::uint8_t byte() { return position_ < size_ ? data_[position_++] : 0; }

    // One of n choices (n > 0).
    std::size_t choose(std::size_t n) { return byte() % n; }
    bool flag() { return (byte() & 1U) != 0; }

    // A number whose plausible magnitude is `typical` (in base units, as
    // quantities store it), recorded under `name` for the failure report.
    double number(const char* name, double typical) {
        return record(name, decode_number(typical), typical);
    }

    // A share, a utilisation, a yield: mostly in [0, 1] (with 0 and 1
    // exactly), sometimes any number; `typical` when the bytes run out.
    double fraction(const char* name, double typical) {
        const std::uint8_t selector = byte();
        double value = typical;
        if (selector == 0) {
            value = typical;
        } else if (selector < 32) {
            value = decode_number(typical);
        } else if (selector < 64) {
            value = 0.0;
        } else if (selector < 96) {
            value = 1.0;
        } else {
            value = static_cast<double>(u16()) / 65535.0;
        }
        return record(name, value, typical);
    }

    // A quantity of type Q, typically `typical` base units.
    template <aiecon::any_quantity Q>
    Q quantity(const char* name, double typical) {
        return Q::from_base_units(number(name, typical));
    }

    // Up to `max_length` bytes of text (names of stages, doors, vendors).
    std::string text(std::size_t max_length) {
        const std::size_t length = choose(max_length + 1);
        std::string result;
        for (std::size_t i = 0; i < length; ++i) result += static_cast<char>(byte());
        return result;
    }

    // Text the harness passed to a model as it is (it must outlive the
    // input), for the failure report.
    void set_text(std::string_view text) { text_ = text; }

    // The values decoded so far, for the failure report.
    void print_trace(std::FILE* out) const {
        if (text_) {
            std::fprintf(out, "  text = \"");
            for (const char c : *text_) {
                const auto u = static_cast<unsigned char>(c);
                if (u >= 0x20 && u < 0x7F && c != '"' && c != '\\') {
                    std::fputc(c, out);
                } else {
                    std::fprintf(out, "\\x%02X", u);
                }
            }
            std::fprintf(out, "\"\n");
        }
        for (const traced& t : trace_) {
            std::fprintf(out, "  %s = %.17g%s\n", t.name, t.value, t.typical ? " (typical)" : "");
        }
    }

private:
    std::uint16_t u16() {
        const auto high = static_cast<std::uint16_t>(byte());
        return static_cast<std::uint16_t>((high << 8U) | byte());
    }

    double decode_number(double typical) {
        const std::uint8_t selector = byte();
        if (selector < 16) return special(selector, typical);
        if (selector < 32) {
            std::uint64_t bits = 0;
            for (int i = 0; i < 8; ++i) bits = (bits << 8U) | byte();
            double value = 0.0;
            std::memcpy(&value, &bits, sizeof value);
            return value;
        }
        const double mantissa = 1.0 + static_cast<double>(byte()) / 32.0;
        const std::uint8_t exponent_byte = byte();
        const int exponent =
            exponent_byte < 224 ? exponent_byte % 15 - 7 : (exponent_byte - 224) * 20 - 320;
        const double magnitude = typical * mantissa * std::pow(10.0, exponent);
        return selector < 48 ? -magnitude : magnitude;
    }

    static double special(std::uint8_t selector, double typical) {
        using limits = std::numeric_limits<double>;
        switch (selector) {
            case 1:
                return 0.0;
            case 2:
                return -0.0;
            case 3:
                return limits::quiet_NaN();
            case 4:
                return limits::infinity();
            case 5:
                return -limits::infinity();
            case 6:
                return limits::max();
            case 7:
                return limits::lowest();
            case 8:
                return limits::min();
            case 9:
                return limits::denorm_min();
            case 10:
                return 1e300;
            case 11:
                return 1e-300;
            case 12:
                return -typical;
            case 13:
                return 1.0;
            case 14:
                return -1.0;
            case 15:
                return 0.5;
            default:
                return typical;
        }
    }

    double record(const char* name, double value, double typical) {
        trace_.push_back({name, value, value == typical});
        return value;
    }

    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t position_ = 0;
    // A decoded value, and whether it is the harness's typical one.
    struct traced {
        const char* name;
        double value;
        bool typical;
    };
    std::vector<traced> trace_;
    std::optional<std::string_view> text_;
};

// The number a check looks at: a quantity in base units, or a plain number.
template <class Value>
double value_of(const Value& value) {
    if constexpr (aiecon::any_quantity<Value>) {
        return value.base_units();
    } else {
        return static_cast<double>(value);
    }
}

// Reports a broken expectation with the inputs that led to it, and aborts.
[[noreturn]] inline void fail(const fuzz_input& in, std::string_view what,
                              std::string_view detail) {
    std::fprintf(stderr, "\n==== aiecon fuzz failure: %.*s: %.*s\ninputs:\n",
                 static_cast<int>(what.size()), what.data(), static_cast<int>(detail.size()),
                 detail.data());
    in.print_trace(stderr);
    std::fflush(stderr);
    std::abort();
}

[[noreturn]] inline void fail_with_value(const fuzz_input& in, std::string_view what,
                                         std::string_view expected, double value) {
    char text[64];
    std::snprintf(text, sizeof text, "%.17g", value);
    fail(in, what, std::string{"expected "} + std::string{expected} + ", got " + text);
}

inline void expect(const fuzz_input& in, bool condition, std::string_view what) {
    if (!condition) fail(in, what, "expectation does not hold");
}

// A result that may be of either sign (a net present value, a margin).
template <class Value>
void expect_finite(const fuzz_input& in, std::string_view what, const Value& value) {
    const double v = value_of(value);
    if (!std::isfinite(v)) fail_with_value(in, what, "a finite value", v);
}

// A cost, a mass, a count, a power, a time: finite and >= 0.
template <class Value>
void expect_non_negative(const fuzz_input& in, std::string_view what, const Value& value) {
    const double v = value_of(value);
    if (!(std::isfinite(v) && v >= 0.0)) fail_with_value(in, what, "a finite value >= 0", v);
}

// A share, a yield, an availability: in [lowest, highest].
template <class Value>
void expect_in_range(const fuzz_input& in, std::string_view what, const Value& value, double lowest,
                     double highest) {
    const double v = value_of(value);
    if (!(v >= lowest && v <= highest)) {
        char range[96];
        std::snprintf(range, sizeof range, "a value in [%.17g, %.17g]", lowest, highest);
        fail_with_value(in, what, range, v);
    }
}

// Runs one model call and its checks: aiecon::domain_error and
// aiecon::parse_error are the allowed refusals; any other exception is a
// finding.
template <class Body>
void run_case(const fuzz_input& in, std::string_view name, Body&& body) {
    try {
        std::forward<Body>(body)();
    } catch (const aiecon::domain_error&) {
        // Input outside the model's domain, refused as documented.
    } catch (const aiecon::parse_error&) {
        // Text that is not a quantity of the type asked for.
    } catch (const std::exception& e) {
        fail(in, name, std::string{"unexpected exception "} + typeid(e).name() + ": " + e.what());
    } catch (...) {
        fail(in, name, "unexpected exception of a type not derived from std::exception");
    }
}

}  // namespace aiecon_fuzz
