// What it costs to build a data centre, per watt of IT power it houses:
// the shell, the electrical plant and the mechanical (cooling) plant. Given
// as inputs, so that cost models can annualise them (finance::annualised).
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::site {

struct facility_capex_rates {
    price_per_power shell;       // land, building, fit-out, per W of IT
    price_per_power electrical;  // substation, switchgear, UPS, generators
    price_per_power mechanical;  // chillers, cooling towers, CRAHs, liquid loops
};

inline price_per_power capex_per_it_power(const facility_capex_rates& rates) {
    constexpr std::string_view function = "site::capex_per_it_power";
    require_non_negative(function, "rates.shell", rates.shell);
    require_non_negative(function, "rates.electrical", rates.electrical);
    require_non_negative(function, "rates.mechanical", rates.mechanical);
    return require_finite_result(function, "capex per IT power",
                                 rates.shell + rates.electrical + rates.mechanical, "rates");
}

// Capex of a facility for `it` of IT power: IT power x the sum of the rates.
inline money facility_capex(power it, const facility_capex_rates& rates) {
    constexpr std::string_view function = "site::facility_capex";
    require_non_negative(function, "it", it);
    return require_finite_result(function, "facility capex", it * capex_per_it_power(rates),
                                 "it and rates");
}

}  // namespace aiecon::site
