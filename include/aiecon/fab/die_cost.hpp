// From wafer to good die: good dies per wafer, the cost (or any other
// per-wafer quantity, such as embodied emissions) carried by each good die,
// and the cost of a known good die once every die has been probe tested.
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "die.hpp"
#include "gross_dies.hpp"
#include "wafer.hpp"
#include "yield.hpp"

namespace aiecon::fab {

// Good dies per wafer: gross dies times die yield.
inline dies_per_wafer good_dies(dies_per_wafer gross, double die_yield) {
    require_positive("fab::good_dies", "gross", gross);
    require_positive_fraction("fab::good_dies", "die_yield", die_yield);
    return gross * die_yield;
}

// A per-wafer quantity shared out over the wafer's good dies: wafer cost
// over good dies is the cost per good die, wafer emissions over good dies
// the emissions per good die. Failed dies carry nothing; the good ones carry
// the whole wafer.
template <class D>
quantity<dimension_quotient_t<D, dim::die>> per_good_die(quantity<D> per_wafer,
                                                         dies_per_wafer good) {
    require_non_negative("fab::per_good_die", "per_wafer", per_wafer);
    require_positive("fab::per_good_die", "good", good);
    const auto per_die = per_wafer / (1.0 * units::wafer) / good;
    // A yield so small that the share overflows is no answer.
    if (!isfinite(per_die)) {
        throw_domain_error("fab::per_good_die", "good", good,
                           "large enough that the share per good die is finite");
    }
    return per_die;
}

// Known-good-die cost: every gross die is probe tested, and the good ones
// carry the wafer and all the testing,
//   (wafer cost + test cost per die x gross) / (gross x yield).
inline price_per_die known_good_die_cost(money wafer_cost, dies_per_wafer gross, double die_yield,
                                         price_per_die test_cost_per_die) {
    constexpr std::string_view function = "fab::known_good_die_cost";
    require_non_negative(function, "wafer_cost", wafer_cost);
    require_positive(function, "gross", gross);
    require_positive_fraction(function, "die_yield", die_yield);
    require_non_negative(function, "test_cost_per_die", test_cost_per_die);
    const price_per_wafer tested_wafer =
        require_finite_result(function, "tested wafer cost",
                              wafer_cost / (1.0 * units::wafer) + test_cost_per_die * gross,
                              "wafer_cost, test_cost_per_die and gross");
    return per_good_die(tested_wafer * (1.0 * units::wafer), good_dies(gross, die_yield));
}

// Everything a die-cost calculator reports for one die on one wafer.
struct die_economics {
    dies_per_wafer gross;             // whole dies per wafer (exact count)
    double yield = 0.0;               // share of them that work
    dies_per_wafer good;              // gross x yield
    price_per_die cost_per_good_die;  // wafer cost / good dies
    price_per_die known_good_die;     // with every die probe tested
};

// Gross dies (exact layout), yield, good dies and cost per good die of a die
// on a wafer, at `defects` per area, with `test_cost_per_die` to probe each.
inline die_economics die_costs(const wafer& w, const die& d, const yield_model& model,
                               defect_density defects, price_per_die test_cost_per_die = {},
                               const reticle_field& field = {}) {
    constexpr std::string_view function = "fab::die_costs";
    validate(w, function);
    validate(d, function, field);
    require_non_negative(function, "defect_density", defects);
    require_non_negative(function, "test_cost_per_die", test_cost_per_die);
    die_economics result;
    result.gross = gross_dies_exact(w, d, field).dies;
    result.yield = die_yield(model, die_area(d), defects);
    result.good = good_dies(result.gross, result.yield);
    result.cost_per_good_die = per_good_die(w.cost, result.good);
    result.known_good_die =
        known_good_die_cost(w.cost, result.gross, result.yield, test_cost_per_die);
    return result;
}

}  // namespace aiecon::fab
