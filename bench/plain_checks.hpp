// Precondition checks for the plain-double side of the model pairs, written
// as aiecon's are (include/aiecon/units/domain_error.hpp): the same
// comparisons, in the same order, throwing on the same inputs. A model
// evaluation includes its checks, so the plain side checks too; otherwise
// the pair would time the checks, not the quantity type.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace aiecon_bench::plain {

[[noreturn]] inline void throw_domain_error(std::string_view function, std::string_view parameter,
                                            double value, std::string_view allowed_range) {
    std::string message{function};
    message += ": ";
    message += parameter;
    message += " = ";
    message += std::to_string(value);
    message += " is outside the allowed range ";
    message += allowed_range;
    throw std::domain_error(message);
}

// Finite: x - x is 0 unless x is NaN or infinite (as aiecon::isfinite).
inline bool is_finite(double value) {
    return value - value == 0.0;
}

inline void require_positive(std::string_view function, std::string_view parameter, double value) {
    if (!(value > 0.0 && is_finite(value))) {
        throw_domain_error(function, parameter, value, "(0, inf)");
    }
}

inline void require_non_negative(std::string_view function, std::string_view parameter,
                                 double value) {
    if (!(value >= 0.0 && is_finite(value))) {
        throw_domain_error(function, parameter, value, "[0, inf)");
    }
}

inline void require_fraction(std::string_view function, std::string_view parameter, double value) {
    if (!(value >= 0.0 && value <= 1.0)) throw_domain_error(function, parameter, value, "[0, 1]");
}

inline void require_positive_fraction(std::string_view function, std::string_view parameter,
                                      double value) {
    if (!(value > 0.0 && value <= 1.0)) throw_domain_error(function, parameter, value, "(0, 1]");
}

inline void require_in_range(std::string_view function, std::string_view parameter, double value,
                             double lowest, double highest) {
    if (!(value >= lowest && value <= highest)) {
        throw_domain_error(function, parameter, value,
                           "[" + std::to_string(lowest) + ", " + std::to_string(highest) + "]");
    }
}

// As aiecon's: the message built out of line, only when the check fails.
[[noreturn, gnu::cold, gnu::noinline]] inline void throw_non_finite_result(
    std::string_view function, std::string_view result, double value, std::string_view inputs) {
    throw_domain_error(function, result, value,
                       std::string{"(-inf, inf); check "} + std::string{inputs});
}

inline double require_finite_result(std::string_view function, std::string_view result,
                                    double value, std::string_view inputs) {
    if (!is_finite(value)) throw_non_finite_result(function, result, value, inputs);
    return value;
}

}  // namespace aiecon_bench::plain
