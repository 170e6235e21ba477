// aiecon::domain_error: what every model throws for input outside its domain,
// and the precondition checks that throw it.
//
// The message names the function, the parameter, the value with its unit and
// the allowed range, e.g.
//   "fab::gross_dies: die.width = -3 mm is outside the allowed range (0, inf)"
// The checks are constexpr: a model evaluated at compile time with bad input
// fails to compile at the check instead of throwing.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "math.hpp"
#include "printing.hpp"

namespace aiecon {

class domain_error : public std::domain_error {
public:
    using std::domain_error::domain_error;
};

namespace detail {
template <class Value>
std::string text_of(const Value& value) {
    std::ostringstream os;
    os << value;
    return os.str();
}
}  // namespace detail

// Throws domain_error for `parameter` of `function`, which had `value`
// (a quantity or a number) where `allowed_range` was required. Cold and out
// of line, so that the checks around it stay small enough to inline; the
// value by copy, so that checking a value does not make it leave a register.
template <class Value>
[[noreturn, gnu::cold, gnu::noinline]] void throw_domain_error(std::string_view function,
                                                               std::string_view parameter,
                                                               Value value,
                                                               std::string_view allowed_range) {
    std::string message{function};
    message += ": ";
    message += parameter;
    message += " = ";
    message += detail::text_of(value);
    message += " is outside the allowed range ";
    message += allowed_range;
    throw domain_error(message);
}

// value > 0 and finite.
template <class D>
constexpr void require_positive(std::string_view function, std::string_view parameter,
                                quantity<D> value) {
    if (!(value.base_units() > 0.0 && isfinite(value))) {
        throw_domain_error(function, parameter, value, "(0, inf)");
    }
}
constexpr void require_positive(std::string_view function, std::string_view parameter,
                                double value) {
    require_positive(function, parameter, dimensionless::from_base_units(value));
}

// value >= 0 and finite.
template <class D>
constexpr void require_non_negative(std::string_view function, std::string_view parameter,
                                    quantity<D> value) {
    if (!(value.base_units() >= 0.0 && isfinite(value))) {
        throw_domain_error(function, parameter, value, "[0, inf)");
    }
}
constexpr void require_non_negative(std::string_view function, std::string_view parameter,
                                    double value) {
    require_non_negative(function, parameter, dimensionless::from_base_units(value));
}

namespace detail {
// The message of a check on one element of a sequence (a stage, a door, a
// site), naming it: "stage.capacity (grid) = -1 MW ...". Built only when the
// check fails, so that checking a long sequence costs no strings.
template <class D>
[[noreturn, gnu::cold, gnu::noinline]] void throw_for_element(std::string_view function,
                                                              std::string_view parameter,
                                                              std::string_view element,
                                                              quantity<D> value,
                                                              std::string_view allowed_range) {
    std::string named{parameter};
    named += " (";
    named += element;
    named += ")";
    throw_domain_error(function, named, value, allowed_range);
}
}  // namespace detail

// The checks above, for `parameter` of the element named `element`.
template <class D>
constexpr void require_non_negative(std::string_view function, std::string_view parameter,
                                    std::string_view element, quantity<D> value) {
    if (!(value.base_units() >= 0.0 && isfinite(value))) {
        detail::throw_for_element(function, parameter, element, value, "[0, inf)");
    }
}
template <class D>
constexpr void require_positive(std::string_view function, std::string_view parameter,
                                std::string_view element, quantity<D> value) {
    if (!(value.base_units() > 0.0 && isfinite(value))) {
        detail::throw_for_element(function, parameter, element, value, "(0, inf)");
    }
}

// Finite (neither NaN nor infinite), of any sign.
template <class D>
constexpr void require_finite(std::string_view function, std::string_view parameter,
                              quantity<D> value) {
    if (!isfinite(value)) throw_domain_error(function, parameter, value, "(-inf, inf)");
}
constexpr void require_finite(std::string_view function, std::string_view parameter, double value) {
    require_finite(function, parameter, dimensionless::from_base_units(value));
}

// A fraction in [0, 1] (a share, a utilisation, a yield).
constexpr void require_fraction(std::string_view function, std::string_view parameter,
                                double value) {
    if (!(value >= 0.0 && value <= 1.0)) throw_domain_error(function, parameter, value, "[0, 1]");
}

// A fraction in (0, 1]: one that a model divides by (a yield, an efficiency).
constexpr void require_positive_fraction(std::string_view function, std::string_view parameter,
                                         double value) {
    if (!(value > 0.0 && value <= 1.0)) throw_domain_error(function, parameter, value, "(0, 1]");
}

// A model's result must be finite: inputs each valid on their own can still
// combine into an overflow (a utilisation of 1e-310). Names the result and
// says which inputs to look at.
namespace detail {
// The message of require_finite_result, built only when it fails, out of
// line so that the check inlines into a model as a compare and a branch.
template <class D>
[[noreturn, gnu::cold, gnu::noinline]] void throw_non_finite_result(std::string_view function,
                                                                    std::string_view result,
                                                                    quantity<D> value,
                                                                    std::string_view inputs) {
    throw_domain_error(function, result, value,
                       std::string{"(-inf, inf); check "} + std::string{inputs});
}
}  // namespace detail

template <class D>
constexpr quantity<D> require_finite_result(std::string_view function, std::string_view result,
                                            quantity<D> value, std::string_view inputs) {
    if (!isfinite(value)) detail::throw_non_finite_result(function, result, value, inputs);
    return value;
}
constexpr double require_finite_result(std::string_view function, std::string_view result,
                                       double value, std::string_view inputs) {
    return require_finite_result(function, result, dimensionless::from_base_units(value), inputs)
        .base_units();
}

namespace detail {
// The message of require_in_range, built only when it fails.
template <class D>
[[noreturn, gnu::cold, gnu::noinline]] void throw_out_of_range(std::string_view function,
                                                               std::string_view parameter,
                                                               quantity<D> value,
                                                               quantity<D> lowest,
                                                               quantity<D> highest) {
    throw_domain_error(function, parameter, value,
                       "[" + text_of(lowest) + ", " + text_of(highest) + "]");
}
}  // namespace detail

// lowest <= value <= highest.
template <class D>
constexpr void require_in_range(std::string_view function, std::string_view parameter,
                                quantity<D> value, quantity<D> lowest, quantity<D> highest) {
    if (!(value >= lowest && value <= highest)) {
        detail::throw_out_of_range(function, parameter, value, lowest, highest);
    }
}
template <class D>
constexpr void require_in_range(std::string_view function, std::string_view parameter,
                                std::string_view element, quantity<D> value, quantity<D> lowest,
                                quantity<D> highest) {
    if (!(value >= lowest && value <= highest)) {
        detail::throw_for_element(
            function, parameter, element, value,
            "[" + detail::text_of(lowest) + ", " + detail::text_of(highest) + "]");
    }
}

}  // namespace aiecon
