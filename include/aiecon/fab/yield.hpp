// Die yield: the share of dies without a killer defect, from the die's area
// and the defect density of the process.
//
// With A the die area and D the defect density (defects per area), so that
// A D is the mean number of defects per die:
//   Poisson            Y = exp(-A D)                  defects independent
//   Murphy             Y = ((1 - exp(-A D)) / (A D))^2   density varying
//                      across wafers (B. T. Murphy, "Cost-size optima of
//                      monolithic integrated circuits", Proc. IEEE 52, 1964)
//   Seeds              Y = 1 / (1 + A D)              exponential density
//                      distribution (R. B. Seeds, IEEE Int. Electron
//                      Devices Meeting, 1967)
//   negative binomial  Y = (1 + A D / alpha)^-alpha   defects clustered,
//                      alpha the clustering parameter; alpha -> infinity
//                      gives Poisson (C. H. Stapper, "Modeling of
//                      integrated circuit defect sensitivities", IBM J. Res.
//                      Dev. 27(6), 1983)
// A parametric yield factor (dies that work but miss their speed or power
// bin) multiplies any of them.
#pragma once

#include <cmath>
#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::fab {

enum class yield_formula { poisson, murphy, seeds, negative_binomial };

struct yield_model {
    yield_formula formula = yield_formula::poisson;
    // alpha of the negative binomial; unused by the other formulas. Stapper
    // (1983) reports alpha of about 0.3 to 5 for real processes; 2 to 4 is
    // commonly assumed for logic.
    double clustering = 0.0;
    // Share of defect-free dies that also meet their parametric spec.
    double parametric_yield = 1.0;
};

namespace detail {
// (1 - exp(-x)) / x, with its limit 1 at x = 0; expm1 keeps precision when
// x is small.
inline double murphy_ratio(double x) {
    return x == 0.0 ? 1.0 : -std::expm1(-x) / x;
}
}  // namespace detail

// The share of dies of `die_area` that work, at `defects` per area.
inline double die_yield(const yield_model& model, area die_area, defect_density defects) {
    constexpr std::string_view function = "fab::die_yield";
    require_positive(function, "die_area", die_area);
    require_non_negative(function, "defect_density", defects);
    require_positive_fraction(function, "model.parametric_yield", model.parametric_yield);
    // Checked whatever the formula: NaN or infinity is refused in any input,
    // even one the formula does not use.
    require_non_negative(function, "model.clustering", model.clustering);
    const double mean_defects = die_area * defects;  // A D, defects per die
    // Every formula returns from the switch (no default, so that -Wswitch
    // names a formula added later and left out); a value cast from outside
    // the enumeration falls through to the throw.
    const auto defect_limited = [&]() -> double {
        switch (model.formula) {
            case yield_formula::poisson:
                return std::exp(-mean_defects);
            case yield_formula::murphy: {
                const double ratio = detail::murphy_ratio(mean_defects);
                return ratio * ratio;
            }
            case yield_formula::seeds:
                return 1.0 / (1.0 + mean_defects);
            case yield_formula::negative_binomial:
                require_positive(function, "model.clustering", model.clustering);
                // exp(-alpha ln(1 + AD/alpha)): log1p keeps the Poisson limit
                // for large alpha, where pow(1 + tiny, -alpha) would round to 1.
                return std::exp(-model.clustering * std::log1p(mean_defects / model.clustering));
        }
        throw_domain_error(function, "model.formula", static_cast<int>(model.formula),
                           "{poisson, murphy, seeds, negative_binomial}");
    };
    return defect_limited() * model.parametric_yield;
}

}  // namespace aiecon::fab
