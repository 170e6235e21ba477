// Gross dies per wafer: how many whole dies a wafer holds, before yield.
//
// Two ways: the classic closed-form estimate, and an exact count of the dies
// of a grid that fit the usable disc, with the grid's offset searched for the
// layout that fits the most. The estimate is quick and close for small dies;
// it errs for large dies, where the count is small and the layout matters.
#pragma once

#include <cmath>
#include <numbers>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "die.hpp"
#include "wafer.hpp"

namespace aiecon::fab {

namespace detail {
inline void validate_die_on_wafer(const wafer& w, const die& d, std::string_view function,
                                  const reticle_field& field) {
    validate(w, function);
    validate(d, function, field);
    const length usable = w.diameter - 2.0 * w.edge_exclusion;
    // The die's diagonal must fit the usable disc, or not one die fits.
    const length diagonal = sqrt(d.width * d.width + d.height * d.height);
    if (diagonal > usable) {
        throw_domain_error(function, "die diagonal", diagonal,
                           "(0, " + to_string(usable) + "], the usable wafer diameter");
    }
}
}  // namespace detail

// The classic estimate of whole dies per wafer,
//   N = pi d^2 / (4 S) - pi d / sqrt(2 S),
// with d the usable diameter and S the die's pitch area (die plus scribe on
// each axis): wafer area over die area, less the dies lost along the rim.
// (Hennessy & Patterson, Computer Architecture: A Quantitative Approach,
// ch. 1, "Cost of an integrated circuit"; compared with exact counts by
// de Vries, IEEE Trans. Semiconductor Manufacturing 18(1), 2005.)
// Never negative: for dies so large that the rim term exceeds the area term
// the estimate is 0, though a die may still fit.
inline dies_per_wafer gross_dies_estimate(const wafer& w, const die& d,
                                          const reticle_field& field = {}) {
    detail::validate_die_on_wafer(w, d, "fab::gross_dies_estimate", field);
    const double usable = (w.diameter - 2.0 * w.edge_exclusion).in(units::m);
    const double pitch_area =
        ((d.width + w.scribe_width) * (d.height + w.scribe_width)).in(units::m2);
    const double estimate = std::numbers::pi * usable * usable / (4.0 * pitch_area) -
                            std::numbers::pi * usable / std::sqrt(2.0 * pitch_area);
    return (estimate > 0.0 ? estimate : 0.0) * units::die / units::wafer;
}

// A grid layout of dies on a wafer: how many whole dies it holds, and where
// the grid sits: the lower-left corner of one die, relative to the wafer
// centre (the other dies are whole pitches away).
struct die_layout {
    dies_per_wafer dies;
    length offset_x;
    length offset_y;
};

namespace detail {
// Whole dies of the grid with pitch (pitch_x, pitch_y) and a die corner at
// (offset_x, offset_y) that lie inside the disc of radius r, in metres.
// Row by row: a row of dies spanning [y0, y0 + h] fits where the disc is at
// least as wide as at the row's edge farther from the centre; along that
// chord of half-width a, dies at x = offset_x + i pitch_x fit when
// -a <= x and x + w <= a.
inline long count_dies_in_disc(double r, double w, double h, double pitch_x, double pitch_y,
                               double offset_x, double offset_y) {
    long count = 0;
    const long first_row = static_cast<long>(std::floor((-r - offset_y) / pitch_y));
    const long last_row = static_cast<long>(std::ceil((r - offset_y) / pitch_y));
    for (long row = first_row; row <= last_row; ++row) {
        const double y0 = offset_y + static_cast<double>(row) * pitch_y;
        const double farther = std::fmax(std::fabs(y0), std::fabs(y0 + h));
        if (farther > r) continue;
        const double a = std::sqrt(r * r - farther * farther);
        const double first = std::ceil((-a - offset_x) / pitch_x);
        const double last = std::floor((a - w - offset_x) / pitch_x);
        if (last >= first) count += static_cast<long>(last - first) + 1;
    }
    return count;
}
}  // namespace detail

// The exact count of whole dies on a grid placed on the usable disc, the
// grid offset searched over an offsets_per_axis x offsets_per_axis lattice
// spanning one pitch. The lattice starts from a die centred on the wafer
// centre and, when offsets_per_axis is even, includes a saw street centred on
// it, on each axis: the two layouts die-per-wafer calculators compare. Dies
// sit on a pitch of die plus scribe.
inline die_layout gross_dies_exact(const wafer& w, const die& d, const reticle_field& field = {},
                                   int offsets_per_axis = 32) {
    detail::validate_die_on_wafer(w, d, "fab::gross_dies_exact", field);
    if (offsets_per_axis < 1 || offsets_per_axis > 1024) {
        throw_domain_error("fab::gross_dies_exact", "offsets_per_axis", offsets_per_axis,
                           "[1, 1024]");
    }
    const double r = (w.diameter / 2.0 - w.edge_exclusion).in(units::m);
    const double die_w = d.width.in(units::m);
    const double die_h = d.height.in(units::m);
    const double pitch_x = (d.width + w.scribe_width).in(units::m);
    const double pitch_y = (d.height + w.scribe_width).in(units::m);

    long best = -1;
    double best_x = 0.0;
    double best_y = 0.0;
    for (int i = 0; i < offsets_per_axis; ++i) {
        const double offset_x = -die_w / 2.0 + pitch_x * i / offsets_per_axis;
        for (int j = 0; j < offsets_per_axis; ++j) {
            const double offset_y = -die_h / 2.0 + pitch_y * j / offsets_per_axis;
            const long count =
                detail::count_dies_in_disc(r, die_w, die_h, pitch_x, pitch_y, offset_x, offset_y);
            if (count > best) {
                best = count;
                best_x = offset_x;
                best_y = offset_y;
            }
        }
    }
    return {static_cast<double>(best) * units::die / units::wafer, best_x * units::m,
            best_y * units::m};
}

}  // namespace aiecon::fab
