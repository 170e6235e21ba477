// Power usage effectiveness: how much power a facility draws for each watt
// that reaches its IT equipment.
//
// PUE = total facility energy / IT equipment energy (The Green Grid, White
// Paper #49, "PUE: A Comprehensive Examination of the Metric", 2012; ISO/IEC
// 30134-2). It is at least 1: the IT load is part of the facility's. The
// average reported by data centres surveyed in 2023 was 1.58 (Uptime
// Institute, Global Data Center Survey 2023).
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::site {

// Checks that a PUE is a number in [1, 10]; above 10 is a typo, not a site.
inline void validate_pue(std::string_view function, double pue) {
    require_in_range(function, "pue", dimensionless::from_base_units(pue),
                     dimensionless::from_base_units(1.0), dimensionless::from_base_units(10.0));
}

// PUE from metered energies (or average powers) over the same period.
inline double pue(energy facility, energy it_equipment) {
    constexpr std::string_view function = "site::pue";
    require_positive(function, "it_equipment", it_equipment);
    require_positive(function, "facility", facility);
    const double ratio = facility / it_equipment;
    validate_pue(function, ratio);
    return ratio;
}

// The IT power a facility power supports at a PUE: facility / PUE.
inline power it_power(power facility, double pue) {
    require_non_negative("site::it_power", "facility", facility);
    validate_pue("site::it_power", pue);
    return facility / pue;
}

// The facility power an IT load draws at a PUE: IT x PUE.
inline power facility_power(power it, double pue) {
    constexpr std::string_view function = "site::facility_power";
    require_non_negative(function, "it", it);
    validate_pue(function, pue);
    return require_finite_result(function, "facility power", it * pue, "it, the IT power");
}

}  // namespace aiecon::site
