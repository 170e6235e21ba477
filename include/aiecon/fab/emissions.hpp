// Embodied emissions of chip making, per processed wafer area, after the
// ACT model (U. Gupta et al., "ACT: Designing Sustainable Computer Systems
// with an Architectural Carbon Modeling Tool", ISCA 2022): the carbon per
// area of a fab is the electricity it uses per area times the carbon
// intensity of that electricity, plus the process gases and the materials
// per area,
//   CPA = CI x EPA + GPA + MPA.
// ACT divides by yield as well; here yield is applied where the wafer is
// shared out over good dies (fab::per_good_die), as for cost.
#pragma once

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

// Carbon per processed wafer area, CPA = CI x EPA + GPA + MPA (ACT, eq. for
// the embodied carbon of an integrated circuit).
inline emissions_per_area carbon_per_area(const fab_carbon& fab) {
    constexpr std::string_view function = "fab::carbon_per_area";
    require_non_negative(function, "fab.electricity", fab.electricity);
    require_non_negative(function, "fab.grid_intensity", fab.grid_intensity);
    require_non_negative(function, "fab.gases", fab.gases);
    require_non_negative(function, "fab.materials", fab.materials);
    return fab.grid_intensity * fab.electricity + fab.gases + fab.materials;
}

// Embodied emissions of one processed wafer: its whole area times the
// carbon per area.
inline emissions wafer_emissions(const wafer& w, const fab_carbon& fab) {
    return wafer_area(w) * carbon_per_area(fab);
}

}  // namespace aiecon::fab
