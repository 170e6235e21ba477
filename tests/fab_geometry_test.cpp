// The fab layer's geometry: wafers, dies, the reticle field, and gross dies
// per wafer (the closed-form estimate and the exact grid count).
//
// References: Hennessy & Patterson's worked examples for the estimate; for
// the exact count, a brute-force count written here (every die of the grid
// placed and its four corners tested against the usable circle, a different
// algorithm from the library's row-by-row chord count), and the exact counts
// a researcher computed independently for this project (no scribe, best grid
// offset, 300 mm wafer): 10x10 mm -> 657 (no exclusion) / 626 (3 mm
// exclusion), 20x20 mm -> 151 / 148, 26x33 mm -> 66 / 64, 20.7x10.5 mm ->
// 288 / 276; and 26x33 mm with no exclusion, 64 with a die corner at the
// wafer centre and 63 with a die centred on it.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace fab = aiecon::fab;

using test::naming;
using test::not_a_number;

// ---- Brute-force reference for the exact count (all lengths in mm) --------
//
// Dies of a grid with pitch (px, py), one die's lower-left corner at
// (ox, oy) relative to the wafer centre: die (i, j) spans
// [ox + i px, ox + i px + w] x [oy + j py, oy + j py + h]. It is whole on the
// usable disc of radius r when each of its four corners is inside the
// circle: x^2 + y^2 <= r^2 (1 + slack). A slack of -1e-9 / +1e-9 gives a
// lower / upper bound that brackets corners lying on the circle itself
// (where the rounding of either algorithm decides); where the two bounds
// agree the count is unambiguous.
struct grid {
    double r, w, h, px, py;
};

grid grid_of(const fab::wafer& wafer, const fab::die& die) {
    const double r = (wafer.diameter / 2.0 - wafer.edge_exclusion).in(u::mm);
    const double w = die.width.in(u::mm);
    const double h = die.height.in(u::mm);
    const double s = wafer.scribe_width.in(u::mm);
    return {r, w, h, w + s, h + s};
}

long corner_count(const grid& g, double ox, double oy, double slack) {
    const double limit = g.r * g.r * (1.0 + slack);
    auto inside = [limit](double x, double y) { return x * x + y * y <= limit; };
    // Every die that could touch the disc: i from floor((-r - ox) / px) - 1
    // to ceil((r - ox) / px) + 1, likewise j.
    const long i0 = static_cast<long>(std::floor((-g.r - ox) / g.px)) - 1;
    const long i1 = static_cast<long>(std::ceil((g.r - ox) / g.px)) + 1;
    const long j0 = static_cast<long>(std::floor((-g.r - oy) / g.py)) - 1;
    const long j1 = static_cast<long>(std::ceil((g.r - oy) / g.py)) + 1;
    long count = 0;
    for (long i = i0; i <= i1; ++i) {
        const double x0 = ox + static_cast<double>(i) * g.px;
        const double x1 = x0 + g.w;
        for (long j = j0; j <= j1; ++j) {
            const double y0 = oy + static_cast<double>(j) * g.py;
            const double y1 = y0 + g.h;
            if (inside(x0, y0) && inside(x1, y0) && inside(x0, y1) && inside(x1, y1)) ++count;
        }
    }
    return count;
}

struct bounds {
    long low, high;
};

bounds corner_bounds(const grid& g, double ox, double oy) {
    return {corner_count(g, ox, oy, -1e-9), corner_count(g, ox, oy, 1e-9)};
}

// The best count over an n x n lattice of offsets spanning one pitch, from
// the die-centred layout (corner at (-w/2, -h/2)): offsets -w/2 + px k / n.
bounds best_over_lattice(const grid& g, int n) {
    bounds best{-1, -1};
    for (int k = 0; k < n; ++k) {
        const double ox = -g.w / 2.0 + g.px * k / n;
        for (int l = 0; l < n; ++l) {
            const double oy = -g.h / 2.0 + g.py * l / n;
            const bounds b = corner_bounds(g, ox, oy);
            best.low = std::max(best.low, b.low);
            best.high = std::max(best.high, b.high);
        }
    }
    return best;
}

double count_of(aiecon::dies_per_wafer n) {
    return n.in(u::die / u::wafer);
}

// A 300 mm wafer (SEMI M1) with no scribe, and a given edge exclusion.
fab::wafer wafer_300(aiecon::length exclusion) {
    return {.diameter = 300_mm, .edge_exclusion = exclusion, .scribe_width = 0_mm, .cost = 0_USD};
}
}  // namespace

// The estimate is constexpr: Hennessy & Patterson's 1.5 cm die on a 30 cm
// wafer, pi 30^2 / (4 x 2.25) - pi 30 / sqrt(4.5) = 314.16 - 44.43 = 269.73,
// checked by the compiler.
static_assert(fab::gross_dies_estimate(
                  {.diameter = 300_mm, .edge_exclusion = 0_mm, .scribe_width = 0_mm, .cost = 0_USD},
                  {.width = 15_mm, .height = 15_mm})
                      .in(u::die / u::wafer) > 269.72 &&
              fab::gross_dies_estimate(
                  {.diameter = 300_mm, .edge_exclusion = 0_mm, .scribe_width = 0_mm, .cost = 0_USD},
                  {.width = 15_mm, .height = 15_mm})
                      .in(u::die / u::wafer) < 269.74);

BOOST_AUTO_TEST_SUITE(fab_geometry)

BOOST_AUTO_TEST_CASE(usable_diameter_and_wafer_area) {
    const fab::wafer w{
        .diameter = 300_mm, .edge_exclusion = 3_mm, .scribe_width = 0.1_mm, .cost = 16'988_USD};
    // 300 mm - 2 x 3 mm = 294 mm.
    BOOST_TEST(fab::usable_diameter(w).in(u::mm) == 294.0, boost::test_tools::tolerance(1e-12));
    // The whole wafer, exclusion included: pi/4 x (30 cm)^2 = 706.858347 cm2.
    BOOST_TEST(fab::wafer_area(w).in(u::cm2) == 706.858347057703,
               boost::test_tools::tolerance(1e-12));
    // A 200 mm wafer: pi/4 x (20 cm)^2 = 314.159265 cm2.
    fab::wafer small = w;
    small.diameter = 200_mm;
    BOOST_TEST(fab::wafer_area(small).in(u::cm2) == 314.159265358979,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(die_area_and_reticle_field) {
    // The reticle limit, 26 mm x 33 mm = 858 mm2 ("TSMC's 858 mm2 reticle
    // limit", AnandTech, 2020; ASML NXT/NXE field 26 x 33 mm).
    const fab::die full_field{.width = 26_mm, .height = 33_mm};
    BOOST_TEST(fab::die_area(full_field).in(u::mm2) == 858.0, boost::test_tools::tolerance(1e-12));
    const fab::reticle_field field{};
    BOOST_TEST(field.width.in(u::mm) == 26.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(field.height.in(u::mm) == 33.0, boost::test_tools::tolerance(1e-12));

    BOOST_TEST(fab::fits_reticle(full_field, field));
    BOOST_TEST(fab::fits_reticle(fab::die{.width = 33_mm, .height = 26_mm}, field));  // rotated
    BOOST_TEST(!fab::fits_reticle(fab::die{.width = 26.5_mm, .height = 33_mm}, field));
    BOOST_TEST(!fab::fits_reticle(fab::die{.width = 20_mm, .height = 34_mm}, field));
    // 27 x 27 mm (729 mm2) is smaller than the field but fits neither way.
    BOOST_TEST(!fab::fits_reticle(fab::die{.width = 27_mm, .height = 27_mm}, field));
    // High-NA EUV (ASML EXE) exposes a half field, 26 x 16.5 mm: a
    // full-field die no longer fits, a half-field one does.
    const fab::reticle_field half{.width = 26_mm, .height = 16.5_mm};
    BOOST_TEST(!fab::fits_reticle(full_field, half));
    BOOST_TEST(fab::fits_reticle(fab::die{.width = 16.5_mm, .height = 26_mm}, half));
}

BOOST_AUTO_TEST_CASE(estimate_matches_hennessy_and_patterson) {
    // Hennessy & Patterson, Computer Architecture: A Quantitative Approach
    // (5th ed., ch. 1, "Cost of an integrated circuit", example): dies per
    // 30 cm wafer = pi (30/2)^2 / A - pi 30 / sqrt(2 A).
    //   1.5 cm die, A = 2.25 cm2: 706.86 / 2.25 - 94.248 / 2.1213
    //                             = 314.159 - 44.429 = 269.73, "270"
    //   1.0 cm die, A = 1.00 cm2: 706.86 / 1.00 - 94.248 / 1.4142
    //                             = 706.858 - 66.643 = 640.22, "640"
    const fab::wafer w = wafer_300(0_mm);
    const double large = count_of(fab::gross_dies_estimate(w, {.width = 15_mm, .height = 15_mm}));
    const double small = count_of(fab::gross_dies_estimate(w, {.width = 10_mm, .height = 10_mm}));
    BOOST_TEST(large == 269.730436, boost::test_tools::tolerance(1e-8));
    BOOST_TEST(std::round(large) == 270.0);
    BOOST_TEST(small == 640.215103, boost::test_tools::tolerance(1e-8));
    BOOST_TEST(std::round(small) == 640.0);
}

BOOST_AUTO_TEST_CASE(estimate_uses_usable_diameter_and_scribe_pitch) {
    // Hand calculation: 10 x 10 mm die, 0.1 mm scribe, 3 mm edge exclusion.
    //   d = 300 - 2 x 3 = 294 mm; pitch 10.1 mm, S = 10.1^2 = 102.01 mm2
    //   pi d^2 / (4 S)   = pi x 86436 / 408.04 = 271546.7 / 408.04 = 665.4904
    //   pi d / sqrt(2 S) = 923.6282 / sqrt(204.02) = 923.6282 / 14.28356 = 64.6637
    //   N = 665.4904 - 64.6637 = 600.8267
    const fab::wafer w{
        .diameter = 300_mm, .edge_exclusion = 3_mm, .scribe_width = 0.1_mm, .cost = 0_USD};
    BOOST_TEST(count_of(fab::gross_dies_estimate(w, {.width = 10_mm, .height = 10_mm})) == 600.8267,
               boost::test_tools::tolerance(1e-6));
    // Units at the edge: the same wafer written in cm and um gives the same.
    const fab::wafer same{
        .diameter = 30_cm, .edge_exclusion = 3000_um, .scribe_width = 100_um, .cost = 0_USD};
    BOOST_TEST(
        count_of(fab::gross_dies_estimate(same, {.width = 1_cm, .height = 1_cm})) == 600.8267,
        boost::test_tools::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(exact_count_matches_brute_force_at_reported_offset) {
    // For each case, the four-corner count at the offset the function reports
    // must equal the function's count (bracketed, for corners on the circle).
    struct case_t {
        fab::wafer wafer;
        fab::die die;
    };
    const fab::wafer scribed{
        .diameter = 300_mm, .edge_exclusion = 3_mm, .scribe_width = 0.1_mm, .cost = 0_USD};
    const case_t cases[] = {
        {wafer_300(3_mm), {.width = 5_mm, .height = 5_mm}},
        {wafer_300(3_mm), {.width = 10_mm, .height = 10_mm}},
        {wafer_300(0_mm), {.width = 10_mm, .height = 10_mm}},
        {wafer_300(3_mm), {.width = 20_mm, .height = 20_mm}},
        {wafer_300(3_mm), {.width = 26_mm, .height = 33_mm}},
        {wafer_300(0_mm), {.width = 26_mm, .height = 33_mm}},
        {wafer_300(3_mm), {.width = 20.7_mm, .height = 10.5_mm}},
        {scribed, {.width = 10_mm, .height = 10_mm}},
        {scribed, {.width = 26_mm, .height = 33_mm}},
        {wafer_300(3_mm), {.width = 52_mm, .height = 33_mm, .stitched = true}},
    };
    for (const case_t& c : cases) {
        const fab::die_layout layout = fab::gross_dies_exact(c.wafer, c.die);
        const bounds b = corner_bounds(grid_of(c.wafer, c.die), layout.offset_x.in(u::mm),
                                       layout.offset_y.in(u::mm));
        BOOST_TEST_CONTEXT("die " << c.die.width.in(u::mm) << " x " << c.die.height.in(u::mm)
                                  << " mm, exclusion " << c.wafer.edge_exclusion.in(u::mm)
                                  << " mm, scribe " << c.wafer.scribe_width.in(u::mm) << " mm") {
            BOOST_TEST(count_of(layout.dies) >= static_cast<double>(b.low));
            BOOST_TEST(count_of(layout.dies) <= static_cast<double>(b.high));
        }
    }
}

BOOST_AUTO_TEST_CASE(exact_count_beats_brute_force_over_the_same_lattice) {
    // gross_dies_exact searches n offsets along one axis and finds the other
    // axis's offset exactly, so it must find at least what the brute force
    // finds over an n x n lattice of offsets from the die-centred layout.
    const fab::wafer scribed{
        .diameter = 300_mm, .edge_exclusion = 3_mm, .scribe_width = 0.1_mm, .cost = 0_USD};
    const fab::die dies[] = {{.width = 10_mm, .height = 10_mm},
                             {.width = 20_mm, .height = 20_mm},
                             {.width = 26_mm, .height = 33_mm},
                             {.width = 20.7_mm, .height = 10.5_mm}};
    for (const fab::wafer& w : {wafer_300(0_mm), wafer_300(3_mm), scribed}) {
        for (const fab::die& d : dies) {
            for (int n : {1, 2, 5, 32}) {
                const double count = count_of(fab::gross_dies_exact(w, d, {}, n).dies);
                const bounds b = best_over_lattice(grid_of(w, d), n);
                BOOST_TEST_CONTEXT("die " << d.width.in(u::mm) << " x " << d.height.in(u::mm)
                                          << " mm, exclusion " << w.edge_exclusion.in(u::mm)
                                          << " mm, scribe " << w.scribe_width.in(u::mm)
                                          << " mm, lattice " << n) {
                    BOOST_TEST(count >= static_cast<double>(b.low));
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(exact_counts_match_independent_reference) {
    // The researcher's exact counts (no scribe, best grid offset), each
    // checked twice: against the brute force over a 128 x 128 lattice of
    // offsets, and against gross_dies_exact with its default lattice.
    struct case_t {
        double width_mm, height_mm, exclusion_mm;
        long expected;
    };
    const case_t cases[] = {
        {10, 10, 3, 626},
        {20, 20, 3, 148},
        {26, 33, 3, 64},
        {10, 10, 0, 657},
        {20, 20, 0, 151},
        {26, 33, 0, 66},
        // Sandy Bridge, 20.7 x 10.5 mm (Hennessy & Patterson 5th ed., Fig.
        // 1.15, which says Intel's real wafer holds 280 whole dies, scribe
        // and exclusion unstated): 288 with no exclusion, 276 with 3 mm.
        {20.7, 10.5, 0, 288},
        {20.7, 10.5, 3, 276},
    };
    for (const case_t& c : cases) {
        const fab::wafer w = wafer_300(c.exclusion_mm * u::mm);
        const fab::die d{.width = c.width_mm * u::mm, .height = c.height_mm * u::mm};
        BOOST_TEST_CONTEXT("die " << c.width_mm << " x " << c.height_mm << " mm, exclusion "
                                  << c.exclusion_mm << " mm") {
            const bounds brute = best_over_lattice(grid_of(w, d), 128);
            BOOST_TEST(brute.low == c.expected);
            BOOST_TEST(brute.high == c.expected);
            BOOST_TEST(count_of(fab::gross_dies_exact(w, d).dies) ==
                       static_cast<double>(c.expected));
        }
    }
    // Maxfield (EE Times, 2007) quotes 148 dies of 20 x 20 mm on a 300 mm
    // wafer, assumptions unstated; it agrees with the 3 mm exclusion count.
}

BOOST_AUTO_TEST_CASE(grid_placement_changes_the_count) {
    // 26 x 33 mm on a 300 mm wafer, no exclusion (researcher's counts): a die
    // centred on the wafer gives 63, a die corner at the centre 64, the best
    // offset 66, which the function's default search finds. Even with a
    // single offset along the searched axis it beats both classic layouts,
    // as it finds the other axis's offset exactly.
    const fab::wafer w = wafer_300(0_mm);
    const fab::die d{.width = 26_mm, .height = 33_mm};
    const grid g = grid_of(w, d);
    const bounds centred = corner_bounds(g, -13.0, -16.5);
    const bounds corner = corner_bounds(g, 0.0, 0.0);
    BOOST_TEST(centred.low == 63);
    BOOST_TEST(centred.high == 63);
    BOOST_TEST(corner.low == 64);
    BOOST_TEST(corner.high == 64);
    BOOST_TEST(count_of(fab::gross_dies_exact(w, d).dies) == 66.0);
    const fab::die_layout one = fab::gross_dies_exact(w, d, {}, 1);
    const bounds at_reported = corner_bounds(g, one.offset_x.in(u::mm), one.offset_y.in(u::mm));
    BOOST_TEST(count_of(one.dies) >= static_cast<double>(at_reported.low));
    BOOST_TEST(count_of(one.dies) <= static_cast<double>(at_reported.high));
    BOOST_TEST(count_of(one.dies) > static_cast<double>(corner.high));
}

BOOST_AUTO_TEST_CASE(exact_count_finds_the_best_layout) {
    // "Exact" means the grid offset that fits the most whole dies (issue 3).
    // The brute force's best over a fine lattice is a lower bound on that
    // most; the function's count must reach it (and is achievable: see
    // exact_count_matches_brute_force_at_reported_offset).
    //   5 x 5 mm, 3 mm exclusion: 2607 on the 32 x 32 lattice from the
    //     die-centred layout, 2608 on a 96 x 96 one (and still 2608 on a
    //     400 x 400 lattice, checked outside the test).
    //   52 x 33 mm stitched (a 2x reticle interposer, fab_package_test), 3 mm
    //     exclusion: 28 on the 32 x 32 lattice, 29 on a 64 x 64 one (and
    //     still 29 on a 512 x 512 lattice).
    // With that many offsets per axis the function finds them too; by
    // default it must as well.
    const fab::wafer w = wafer_300(3_mm);
    struct case_t {
        fab::die die;
        int lattice;
        long best;
    };
    const case_t cases[] = {{{.width = 5_mm, .height = 5_mm}, 96, 2608},
                            {{.width = 52_mm, .height = 33_mm, .stitched = true}, 64, 29}};
    for (const case_t& c : cases) {
        BOOST_TEST_CONTEXT("die " << c.die.width.in(u::mm) << " x " << c.die.height.in(u::mm)
                                  << " mm") {
            const bounds fine = best_over_lattice(grid_of(w, c.die), c.lattice);
            BOOST_TEST(fine.low == c.best);
            BOOST_TEST(fine.high == c.best);
            BOOST_TEST(count_of(fab::gross_dies_exact(w, c.die, {}, c.lattice).dies) >=
                       static_cast<double>(c.best));
            BOOST_TEST(count_of(fab::gross_dies_exact(w, c.die).dies) >=
                       static_cast<double>(c.best));
        }
    }
}

BOOST_AUTO_TEST_CASE(estimate_is_close_for_small_dies_and_errs_for_large_ones) {
    // Estimate (hand, d = 294 mm, no scribe) against the exact count (brute
    // force, 96 x 96 lattice; researcher's counts for 10, 20, 26 x 33):
    //   die       S mm2   pi d^2/4S   pi d/sqrt(2S)   estimate   exact   error
    //   5 x 5       25    2715.467     130.621        2584.85    2608   -0.9 %
    //   10 x 10    100     678.867      65.310         613.56     626   -2.0 %
    //   20 x 20    400     169.717      32.655         137.06     148   -7.4 %
    //   26 x 33    858      79.122      22.297          56.83      64  -11.2 %
    // The rim term assumes square dies and a continuous rim; for large dies
    // the count is small and the layout dominates.
    const fab::wafer w = wafer_300(3_mm);
    struct case_t {
        fab::die die;
        double estimate;
        long exact;
    };
    const case_t cases[] = {{{.width = 5_mm, .height = 5_mm}, 2584.8463, 2608},
                            {{.width = 10_mm, .height = 10_mm}, 613.5564, 626},
                            {{.width = 20_mm, .height = 20_mm}, 137.0615, 148},
                            {{.width = 26_mm, .height = 33_mm}, 56.8254, 64}};
    double errors[4];
    int k = 0;
    for (const case_t& c : cases) {
        const double estimate = count_of(fab::gross_dies_estimate(w, c.die));
        BOOST_TEST(estimate == c.estimate, boost::test_tools::tolerance(1e-6));
        const bounds brute = best_over_lattice(grid_of(w, c.die), 96);
        BOOST_TEST(brute.high == c.exact);
        errors[k++] = (estimate - static_cast<double>(c.exact)) / static_cast<double>(c.exact);
    }
    BOOST_TEST(std::abs(errors[0]) < 0.01);  // 5 x 5: within 1 %
    BOOST_TEST(std::abs(errors[1]) < 0.03);  // 10 x 10: within 3 %
    BOOST_TEST(errors[2] < -0.05);           // 20 x 20: more than 5 % low
    BOOST_TEST(errors[3] < -0.10);           // 26 x 33: more than 10 % low
}

BOOST_AUTO_TEST_CASE(estimate_is_zero_where_a_stitched_die_still_fits) {
    // A stitched 150 x 150 mm die on a 300 mm wafer, no exclusion:
    //   pi d^2/4S = pi x 90000 / 90000 = 3.1416
    //   pi d/sqrt(2S) = 942.478 / 212.132 = 4.4429
    //   N = -1.30, clamped to 0
    // yet the die's diagonal, 212.1 mm, is inside the 300 mm disc: one fits
    // (and not two side by side: that 300 x 150 block has a 335.4 mm diagonal).
    const fab::wafer w = wafer_300(0_mm);
    const fab::die huge{.width = 150_mm, .height = 150_mm, .stitched = true};
    BOOST_TEST(count_of(fab::gross_dies_estimate(w, huge)) == 0.0);
    BOOST_TEST(best_over_lattice(grid_of(w, huge), 16).high == 1);
    BOOST_TEST(count_of(fab::gross_dies_exact(w, huge).dies) == 1.0);
}

BOOST_AUTO_TEST_CASE(stitched_die_beyond_the_reticle_is_accepted) {
    // Two reticle fields stitched, 26 x 66 mm (1716 mm2), 3 mm exclusion:
    // accepted when stitched, and counted like any die. Brute force: 28 over
    // a 128 x 128 offset lattice (and over 512 x 512, checked outside the test).
    const fab::wafer w = wafer_300(3_mm);
    const fab::die stitched{.width = 26_mm, .height = 66_mm, .stitched = true};
    const bounds brute = best_over_lattice(grid_of(w, stitched), 128);
    BOOST_TEST(brute.low == 28);
    BOOST_TEST(brute.high == 28);
    BOOST_TEST(count_of(fab::gross_dies_exact(w, stitched).dies) ==
               static_cast<double>(brute.high));
    // Hand: d = 294 mm, S = 1716 mm2: 79.122 / 2 - 923.628 / 58.583 = 39.561 - 15.766 = 23.795
    BOOST_TEST(count_of(fab::gross_dies_estimate(w, stitched)) == 23.795,
               boost::test_tools::tolerance(1e-4));
    // The same die unstitched exceeds the 26 x 33 mm field.
    const fab::die unstitched{.width = 26_mm, .height = 66_mm};
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(w, unstitched), aiecon::domain_error,
                          naming("fab::gross_dies_exact", "die", "66 mm"));
    BOOST_CHECK_EXCEPTION(fab::gross_dies_estimate(w, unstitched), aiecon::domain_error,
                          naming("fab::gross_dies_estimate", "reticle", "mm"));
    // A caller's larger field admits it: 26 x 66 mm fits a 33 x 70 mm field.
    const fab::reticle_field large{.width = 33_mm, .height = 70_mm};
    BOOST_TEST(count_of(fab::gross_dies_exact(w, unstitched, large).dies) ==
               static_cast<double>(brute.high));
}

BOOST_AUTO_TEST_CASE(bad_geometry_throws_domain_error_naming_parameter_and_unit) {
    const fab::wafer w = wafer_300(3_mm);
    const fab::die d{.width = 10_mm, .height = 10_mm};
    const char* exact = "fab::gross_dies_exact";
    const char* estimate = "fab::gross_dies_estimate";

    // Negative and zero sizes.
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(w, {.width = -3_mm, .height = 10_mm}),
                          aiecon::domain_error, naming(exact, "die.width = -3 mm", "mm"));
    BOOST_CHECK_EXCEPTION(fab::gross_dies_estimate(w, {.width = 10_mm, .height = 0_mm}),
                          aiecon::domain_error, naming(estimate, "die.height", "= 0 m is"));
    fab::wafer bad = w;
    bad.diameter = -300_mm;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(bad, d), aiecon::domain_error,
                          naming(exact, "wafer.diameter", "mm"));
    BOOST_CHECK_EXCEPTION(fab::wafer_area(bad), aiecon::domain_error,
                          naming("fab::wafer_area", "wafer.diameter", "mm"));
    bad = w;
    bad.scribe_width = -0.1_mm;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_estimate(bad, d), aiecon::domain_error,
                          naming(estimate, "wafer.scribe_width", "= -100 um is"));
    bad = w;
    bad.cost = -1_USD;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(bad, d), aiecon::domain_error,
                          naming(exact, "wafer.cost", "$"));

    // Edge exclusion larger than the radius (160 mm on a 150 mm radius).
    bad = w;
    bad.edge_exclusion = 160_mm;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(bad, d), aiecon::domain_error,
                          naming(exact, "wafer.edge_exclusion", "mm"));
    BOOST_CHECK_EXCEPTION(fab::usable_diameter(bad), aiecon::domain_error,
                          naming("fab::usable_diameter", "wafer.edge_exclusion", "mm"));
    bad.edge_exclusion = -1_mm;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_estimate(bad, d), aiecon::domain_error,
                          naming(estimate, "wafer.edge_exclusion", "mm"));

    // A die wider than the wafer: a stitched 310 x 10 mm die on a 300 mm
    // wafer, and a reticle-sized 20 x 20 mm die (diagonal 28.3 mm) on a
    // 25 mm wafer.
    BOOST_CHECK_EXCEPTION(
        fab::gross_dies_exact(w, {.width = 310_mm, .height = 10_mm, .stitched = true}),
        aiecon::domain_error, naming(exact, "die diagonal", "mm"));
    fab::wafer tiny = wafer_300(0_mm);
    tiny.diameter = 25_mm;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_estimate(tiny, {.width = 20_mm, .height = 20_mm}),
                          aiecon::domain_error, naming(estimate, "die diagonal", "mm"));

    // Larger than the reticle field and not stitched: 30 x 30 mm.
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(w, {.width = 30_mm, .height = 30_mm}),
                          aiecon::domain_error, naming(exact, "reticle", "30 mm"));
    BOOST_CHECK_NO_THROW(
        fab::gross_dies_exact(w, {.width = 30_mm, .height = 30_mm, .stitched = true}));

    // NaN inputs.
    BOOST_CHECK_EXCEPTION(
        fab::gross_dies_exact(w, {.width = not_a_number * u::mm, .height = 10_mm}),
        aiecon::domain_error, naming(exact, "die.width", "= nan m is"));
    bad = w;
    bad.diameter = not_a_number * u::mm;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_estimate(bad, d), aiecon::domain_error,
                          naming(estimate, "wafer.diameter", "= nan m is"));
    bad = w;
    bad.edge_exclusion = not_a_number * u::mm;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(bad, d), aiecon::domain_error,
                          naming(exact, "wafer.edge_exclusion", "= nan m is"));
    // An edge exclusion equal to the radius leaves no wafer: below 150 mm.
    bad.edge_exclusion = 150_mm;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(bad, d), aiecon::domain_error,
                          naming(exact, "wafer.edge_exclusion", "150 mm), below the radius"));

    // The search lattice: 1 to 4096 offsets per axis.
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(w, d, {}, 0), aiecon::domain_error,
                          naming(exact, "offsets_per_axis", "[1, 4096]"));
}

BOOST_AUTO_TEST_SUITE_END()
