// sensitivity: which input matters most. One at a time, each input swings
// from its low to its high value while the others stay at the base case; the
// swings of the output, largest first, are the bars of a tornado chart. The
// elasticity says the same locally: the percentage change of the output per
// percentage change of the input, at the base case.
//
//   const auto bars = uncertainty::tornado(model, base,
//       uncertainty::input("launch price", &inputs::launch_price, 200_USD / 1_kg,
//                          3000_USD / 1_kg),
//       uncertainty::input("chip life", &inputs::hardware_life, 3_yr, 7_yr));
//
// An input names a member of the model's input struct: a pointer to member,
// or any callable returning a reference to the field (for nested fields:
// [](inputs& in) -> power& { return in.node.payload.power; }).
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "../units/domain_error.hpp"
#include "distribution.hpp"

namespace aiecon::uncertainty {

// An input of a model's input struct, and the range it may take.
template <class Accessor, class Value>
struct swing_input {
    std::string name;
    Accessor field;  // field(inputs&) -> Value&
    Value low;
    Value high;
};

// Names an input and its low and high values.
template <class Accessor, class Value>
swing_input<Accessor, Value> input(std::string name, Accessor field, Value low, Value high) {
    constexpr std::string_view function = "uncertainty::input";
    require_finite(function, "low", low);
    require_finite(function, "high", high);
    return {std::move(name), std::move(field), low, high};
}

// One bar of a tornado table.
template <class Result>
struct tornado_bar {
    std::string name;
    Result at_low;      // the output with this input at its low value
    Result at_high;     // ... and at its high value
    Result swing;       // |at_high - at_low|
    double elasticity;  // d ln(output) / d ln(input) at the base case
};

namespace detail {
template <class Inputs, class Accessor, class Value>
Inputs with_value(const Inputs& base, const Accessor& field, Value value) {
    Inputs changed = base;
    field_of(field, changed) = value;
    return changed;
}
}  // namespace detail

// The elasticity of model(inputs) to one input at `base`:
//   (dy / y) / (dx / x) ~ [y(x (1 + h)) - y(x (1 - h))] / (2 h y(x)),
// a central difference with relative step h (error O(h^2); exact for a
// model linear or a power law in x up to rounding and the h^2 term).
// Throws domain_error when the input or the output is zero at the base
// case, where the elasticity is not defined.
template <class Model, class Inputs, class Accessor>
double elasticity(const Model& model, const Inputs& base, const Accessor& field,
                  double relative_step = 1e-4) {
    constexpr std::string_view function = "uncertainty::elasticity";
    if (!(relative_step > 0.0 && relative_step < 1.0)) {
        throw_domain_error(function, "relative_step", relative_step, "(0, 1)");
    }
    Inputs copy = base;
    const auto x = detail::field_of(field, copy);
    if (detail::number_of(x) == 0.0) {
        throw_domain_error(function, "input at the base case", x, "nonzero");
    }
    const auto y = model(base);
    if (detail::number_of(y) == 0.0) {
        throw_domain_error(function, "output at the base case", y, "nonzero");
    }
    const auto up = model(detail::with_value(base, field, x * (1.0 + relative_step)));
    const auto down = model(detail::with_value(base, field, x * (1.0 - relative_step)));
    return require_finite_result(
        function, "elasticity",
        detail::number_of(up - down) / (2.0 * relative_step * detail::number_of(y)),
        "the model near the base case (it overflows there)");
}

// The tornado table of `model` (inputs -> a quantity or a number) around
// `base`: one bar per input, sorted by swing, largest first (ties keep the
// order given).
template <class Model, class Inputs, class... Swings>
auto tornado(const Model& model, const Inputs& base, const Swings&... inputs) {
    using result = std::remove_cvref_t<std::invoke_result_t<const Model&, const Inputs&>>;
    std::vector<tornado_bar<result>> bars;
    const auto add_bar = [&](const auto& swing) {
        tornado_bar<result> bar;
        bar.name = swing.name;
        bar.at_low = model(detail::with_value(base, swing.field, swing.low));
        bar.at_high = model(detail::with_value(base, swing.field, swing.high));
        bar.swing = require_finite_result(
            "uncertainty::tornado", "swing of " + swing.name,
            detail::value_of<result>(std::fabs(detail::number_of(bar.at_high - bar.at_low))),
            "the model's output at the input's low and high");
        bar.elasticity = elasticity(model, base, swing.field);
        bars.push_back(std::move(bar));
    };
    (add_bar(inputs), ...);
    std::stable_sort(bars.begin(), bars.end(), [](const auto& a, const auto& b) {
        return detail::number_of(a.swing) > detail::number_of(b.swing);
    });
    return bars;
}

}  // namespace aiecon::uncertainty
