// break_even: the value of one input at which a model's output crosses a
// target, found by a bracketing root finder (aiecon::find_root, Brent's
// method) between a low and a high value of the input.
//
//   // The launch price at which a kW-year in orbit costs what it does on the ground:
//   const auto price = uncertainty::break_even(
//       [&](const inputs& in) { return orbit_total(in) - ground_total(in); }, base,
//       &inputs::launch_price, 0_USD / 1_kg, 10'000_USD / 1_kg);
//
// When the output does not cross the target between low and high, the
// domain_error says so, with the output at both ends.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "../units/domain_error.hpp"
#include "../units/root_finding.hpp"
#include "distribution.hpp"
#include "sensitivity.hpp"

namespace aiecon::uncertainty {

// The value x of the input `field` in [low, high] with model(inputs with x)
// = target, the other inputs as in `base`.
template <class Model, class Inputs, class Accessor, class Value, class Target>
Value break_even(const Model& model, const Inputs& base, const Accessor& field, Value low,
                 Value high, Target target) {
    constexpr std::string_view function = "uncertainty::break_even";
    require_finite(function, "low", low);
    require_finite(function, "high", high);
    if (!(detail::number_of(low) < detail::number_of(high))) {
        throw_domain_error(function, "high", high,
                           "(" + aiecon::detail::text_of(low) + ", inf), above low");
    }
    const auto gap = [&](Value x) { return model(detail::with_value(base, field, x)) - target; };
    const auto gap_low = gap(low);
    const auto gap_high = gap(high);
    if ((detail::number_of(gap_low) > 0.0 && detail::number_of(gap_high) > 0.0) ||
        (detail::number_of(gap_low) < 0.0 && detail::number_of(gap_high) < 0.0)) {
        throw_domain_error(
            function, "target", target,
            "of outputs reached between low and high; the output minus the "
            "target is " +
                aiecon::detail::text_of(gap_low) + " at low = " + aiecon::detail::text_of(low) +
                " and " + aiecon::detail::text_of(gap_high) +
                " at high = " + aiecon::detail::text_of(high) + ": no break-even in between");
    }
    if constexpr (any_quantity<Value>) {
        return find_root(gap, low, high);
    } else {
        const auto gap_of_number = [&](dimensionless x) { return gap(x.base_units()); };
        return find_root(gap_of_number, dimensionless::from_base_units(low),
                         dimensionless::from_base_units(high))
            .base_units();
    }
}

// The same with target zero: where model(inputs) changes sign (a difference
// of two costs, a profit).
template <class Model, class Inputs, class Accessor, class Value>
Value break_even(const Model& model, const Inputs& base, const Accessor& field, Value low,
                 Value high) {
    using result = std::remove_cvref_t<std::invoke_result_t<const Model&, const Inputs&>>;
    return break_even(model, base, field, low, high, detail::value_of<result>(0.0));
}

}  // namespace aiecon::uncertainty
