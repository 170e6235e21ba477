// A rectangular die, and the lithography field it must fit in.
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::fab {

struct die {
    length width;
    length height;
    // A die larger than one exposure field is made by stitching fields
    // together; only then may it exceed the reticle field.
    bool stitched = false;
};

// The largest area a scanner exposes in one shot: 26 mm x 33 mm (858 mm2)
// on current ASML DUV and EUV scanners (ASML TWINSCAN NXT and NXE product
// data: "field size 26 x 33 mm").
struct reticle_field {
    length width = 26.0 * units::mm;
    length height = 33.0 * units::mm;
};

// Width times height: the die's own area, without the scribe around it.
constexpr area die_area(const die& d) {
    constexpr std::string_view function = "fab::die_area";
    require_positive(function, "die.width", d.width);
    require_positive(function, "die.height", d.height);
    return require_finite_result(function, "die area", d.width * d.height,
                                 "die.width and die.height");
}

namespace detail {
// fits_reticle without the checks, for callers that made them.
constexpr bool fits(const die& d, const reticle_field& field) {
    const auto fits_side = [](length die_side, length field_side) {
        return die_side <= field_side * (1.0 + 1e-9);
    };
    return (fits_side(d.width, field.width) && fits_side(d.height, field.height)) ||
           (fits_side(d.width, field.height) && fits_side(d.height, field.width));
}

constexpr void validate_field(const reticle_field& field, std::string_view function) {
    require_positive(function, "field.width", field.width);
    require_positive(function, "field.height", field.height);
}
}  // namespace detail

// True when the die fits the field in either orientation. A die equal to the
// field, written in other units, may differ from it in the last bits: one
// part in 1e9 is allowed.
constexpr bool fits_reticle(const die& d, const reticle_field& field) {
    constexpr std::string_view function = "fab::fits_reticle";
    require_positive(function, "die.width", d.width);
    require_positive(function, "die.height", d.height);
    detail::validate_field(field, function);
    return detail::fits(d, field);
}

// Checks a die's size, the field's, and that the die fits the reticle field
// unless stitched.
constexpr void validate(const die& d, std::string_view function, const reticle_field& field = {}) {
    require_positive(function, "die.width", d.width);
    require_positive(function, "die.height", d.height);
    detail::validate_field(field, function);
    if (!d.stitched && !detail::fits(d, field)) {
        throw_domain_error(function, "die", to_string(d.width) + " x " + to_string(d.height),
                           "of one reticle field, " + to_string(field.width) + " x " +
                               to_string(field.height) + " either way (or set die.stitched)");
    }
}

}  // namespace aiecon::fab
