// Annualising capital: the capital recovery factor turns an up-front cost
// into the equal yearly payment that repays it, with interest at the cost of
// capital, over its life.
#pragma once

#include <cmath>
#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::finance {

// CRF = i (1 + i)^n / ((1 + i)^n - 1), with i the cost of capital per year
// and n the life in years; n may be fractional. At i = 0 it is 1/n, its
// limit. (E. L. Grant, W. G. Ireson and R. S. Leavenworth, "Principles of
// Engineering Economy"; the same as the annuity payment formula.) For
// i = 8 % and n = 10 years, CRF = 0.14903.
inline double capital_recovery_factor(double cost_of_capital, duration life) {
    constexpr std::string_view function = "finance::capital_recovery_factor";
    require_in_range(function, "cost_of_capital", dimensionless::from_base_units(cost_of_capital),
                     dimensionless::from_base_units(0.0), dimensionless::from_base_units(1.0));
    require_positive(function, "life", life);
    const double years = life.in(units::year);
    // A vanishingly short life (1e-300 s) makes the factor overflow (1/n, or
    // about i/(n i) for small n), or underflows n to zero: refused.
    if (cost_of_capital == 0.0) {
        return require_finite_result(function, "capital recovery factor", 1.0 / years, "life");
    }
    // CRF = i / (1 - (1 + i)^-n), with expm1/log1p: exact for small i, and
    // tending to i for long lives instead of overflowing.
    return require_finite_result(
        function, "capital recovery factor",
        cost_of_capital / -std::expm1(-years * std::log1p(cost_of_capital)), "life");
}

// The yearly payment that repays `capital` over `life` at `cost_of_capital`:
// capital x CRF, per year. Divided by the year first, so that a payment that
// fits in a double is not lost to an overflowing capital x CRF.
inline price_per_time annualised(money capital, double cost_of_capital, duration life) {
    constexpr std::string_view function = "finance::annualised";
    require_non_negative(function, "capital", capital);
    return require_finite_result(
        function, "yearly payment",
        capital / (1.0 * units::year) * capital_recovery_factor(cost_of_capital, life),
        "capital and life");
}

}  // namespace aiecon::finance
