// The energy bill of an IT load: energy at a price per kWh for what the
// facility draws (IT energy x PUE), plus a demand charge per kW of peak
// facility draw per month, as commercial and industrial tariffs bill it
// (e.g. US utility tariffs; NREL, "Identifying Potential Markets for
// Behind-the-Meter Battery Energy Storage: A Survey of U.S. Demand Charges",
// 2017).
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "pue.hpp"

namespace aiecon::site {

struct tariff {
    price_per_energy energy_price;  // per kWh drawn
    // Per kW of peak draw, per month (optional): write it as
    // 15.0 * units::USD / (units::kW * units::month). Its dimension is that
    // of a price per energy, as a kW-month is an amount of energy.
    price_per_energy demand_charge{};
};

struct energy_bill {
    energy facility_energy;  // drawn over the period
    money energy_charge;
    money demand_charge;
    money total;
};

// The bill for an IT load of `it_peak` that runs on average at
// `utilisation` of its peak, in a facility at `pue`, for `period`:
//   facility energy = it_peak x utilisation x PUE x period
//   energy charge   = facility energy x energy price
//   demand charge   = it_peak x PUE x demand charge x period
// (the facility's peak draw is taken as the IT peak times PUE).
inline energy_bill bill(power it_peak, double utilisation, double pue, const tariff& prices,
                        duration period = 1.0 * units::year) {
    constexpr std::string_view function = "site::bill";
    require_non_negative(function, "it_peak", it_peak);
    require_fraction(function, "utilisation", utilisation);
    validate_pue(function, pue);
    require_non_negative(function, "tariff.energy_price", prices.energy_price);
    require_non_negative(function, "tariff.demand_charge", prices.demand_charge);
    require_non_negative(function, "period", period);

    // Each product may overflow for inputs valid on their own (an it_peak
    // near the largest double), and inf x 0 is NaN: checked one by one.
    energy_bill result;
    result.facility_energy =
        require_finite_result(function, "facility_energy", it_peak * utilisation * pue * period,
                              "it_peak, pue and period");
    result.energy_charge = require_finite_result(function, "energy_charge",
                                                 result.facility_energy * prices.energy_price,
                                                 "it_peak, period and tariff.energy_price");
    result.demand_charge = require_finite_result(function, "demand_charge",
                                                 it_peak * pue * prices.demand_charge * period,
                                                 "it_peak, pue, period and tariff.demand_charge");
    result.total =
        require_finite_result(function, "total", result.energy_charge + result.demand_charge,
                              "it_peak, period and tariff");
    return result;
}

}  // namespace aiecon::site
