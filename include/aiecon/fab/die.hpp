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

constexpr area die_area(const die& d) {
    return d.width * d.height;
}

// True when the die fits the field in either orientation. A die equal to the
// field, written in other units, may differ from it in the last bits: one
// part in 1e9 is allowed.
constexpr bool fits_reticle(const die& d, const reticle_field& field) {
    const auto fits = [](length die_side, length field_side) {
        return die_side <= field_side * (1.0 + 1e-9);
    };
    return (fits(d.width, field.width) && fits(d.height, field.height)) ||
           (fits(d.width, field.height) && fits(d.height, field.width));
}

// Checks a die's size, and that it fits the reticle field unless stitched.
constexpr void validate(const die& d, std::string_view function, const reticle_field& field = {}) {
    require_positive(function, "die.width", d.width);
    require_positive(function, "die.height", d.height);
    if (!d.stitched && !fits_reticle(d, field)) {
        throw_domain_error(function, "die", to_string(d.width) + " x " + to_string(d.height),
                           "of one reticle field, " + to_string(field.width) + " x " +
                               to_string(field.height) + " either way (or set die.stitched)");
    }
}

}  // namespace aiecon::fab
