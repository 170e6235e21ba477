// Embodied emissions of chip making, per processed wafer area, after the
// ACT model (U. Gupta et al., "ACT: Designing Sustainable Computer Systems
// with an Architectural Carbon Modeling Tool", ISCA 2022): the carbon per
// area of a fab is the electricity it uses per area times the carbon
// intensity of that electricity, plus the process gases and the materials
// per area,
//   CPA = CI x EPA + GPA + MPA.
// Two ways to carry it to a die. aiecon's own, as for cost: the whole
// wafer's emissions shared out over its good dies (fab::per_good_die), so
// the edge and saw streets are paid for too. ACT's: the die's own area times
// CPA, divided by yield (die_emissions_by_area below), which leaves the
// unused wafer area out; the two differ by wafer area / (gross dies x die
// area), about 1.29 for a 26 mm x 33 mm die.
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "wafer.hpp"

namespace aiecon::fab {

struct fab_carbon {
    energy_per_area electricity;          // EPA: fab electricity per wafer area
    emissions_per_energy grid_intensity;  // CI: carbon intensity of that electricity
    emissions_per_area gases;             // GPA: process gases per wafer area
    emissions_per_area materials;         // MPA: materials per wafer area
};

namespace detail {
// Carbon per processed wafer area, CPA = CI x EPA + GPA + MPA (ACT, eq. for
// the embodied carbon of an integrated circuit), checked for `function`.
constexpr emissions_per_area carbon_per_area(const fab_carbon& fab, std::string_view function) {
    require_non_negative(function, "fab.electricity", fab.electricity);
    require_non_negative(function, "fab.grid_intensity", fab.grid_intensity);
    require_non_negative(function, "fab.gases", fab.gases);
    require_non_negative(function, "fab.materials", fab.materials);
    return require_finite_result(
        function, "carbon per area",
        fab.grid_intensity * fab.electricity + fab.gases + fab.materials,
        "fab.electricity, fab.grid_intensity, fab.gases and fab.materials");
}
}  // namespace detail

// Carbon per processed wafer area, CPA = CI x EPA + GPA + MPA (ACT, eq. for
// the embodied carbon of an integrated circuit).
constexpr emissions_per_area carbon_per_area(const fab_carbon& fab) {
    return detail::carbon_per_area(fab, "fab::carbon_per_area");
}

// Embodied emissions of one processed wafer: its whole area times the
// carbon per area.
constexpr emissions wafer_emissions(const wafer& w, const fab_carbon& fab) {
    constexpr std::string_view function = "fab::wafer_emissions";
    validate(w, function);
    return require_finite_result(
        function, "wafer emissions",
        detail::wafer_area(w, function) * detail::carbon_per_area(fab, function),
        "wafer.diameter and the fab's carbon per area");
}

// ACT's embodied emissions of one good die: its area times the carbon per
// area, over the die yield.
inline emissions die_emissions_by_area(area die_area, emissions_per_area carbon, double die_yield) {
    constexpr std::string_view function = "fab::die_emissions_by_area";
    require_positive(function, "die_area", die_area);
    require_non_negative(function, "carbon", carbon);
    require_positive_fraction(function, "die_yield", die_yield);
    return require_finite_result(function, "die emissions", die_area * carbon / die_yield,
                                 "die_area, carbon and die_yield");
}

}  // namespace aiecon::fab
