// A processed wafer: its size, the ring at the rim that yields no dies, the
// saw streets between dies, and what one processed wafer costs.
#pragma once

#include <numbers>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::fab {

struct wafer {
    length diameter;        // 300 mm for current logic and memory (SEMI M1)
    length edge_exclusion;  // ring at the rim where no die is placed
    length scribe_width;    // saw street between neighbouring dies
    money cost;             // price of one processed wafer
};

// Checks a wafer's fields; every fab model calls it first.
constexpr void validate(const wafer& w, std::string_view function) {
    require_positive(function, "wafer.diameter", w.diameter);
    require_non_negative(function, "wafer.edge_exclusion", w.edge_exclusion);
    if (!(w.edge_exclusion < w.diameter / 2.0)) {
        throw_domain_error(function, "wafer.edge_exclusion", w.edge_exclusion,
                           "[0 m, " + to_string(w.diameter / 2.0) + "), below the radius");
    }
    require_non_negative(function, "wafer.scribe_width", w.scribe_width);
    require_non_negative(function, "wafer.cost", w.cost);
}

// Diameter of the disc where dies may be placed: the wafer less its edge
// exclusion on both sides.
constexpr length usable_diameter(const wafer& w) {
    validate(w, "fab::usable_diameter");
    return w.diameter - 2.0 * w.edge_exclusion;
}

namespace detail {
// Area of the whole wafer, pi d^2 / 4: what a fab processes, and what
// per-area figures (energy, emissions) apply to. For `function`, which has
// validated the wafer; a diameter whose square overflows is refused.
constexpr area wafer_area(const wafer& w, std::string_view function) {
    return require_finite_result(
        function, "wafer area", std::numbers::pi / 4.0 * w.diameter * w.diameter, "wafer.diameter");
}
}  // namespace detail

// Area of the whole wafer, pi d^2 / 4 (see detail::wafer_area).
constexpr area wafer_area(const wafer& w) {
    validate(w, "fab::wafer_area");
    return detail::wafer_area(w, "fab::wafer_area");
}

}  // namespace aiecon::fab
