// Battery storage sized to ride through a power gap: a load that must be
// carried for a time without its source (a grid outage, an eclipse).
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::site {

struct battery_technology {
    price_per_energy cost;               // per kWh of nameplate capacity, installed
    double depth_of_discharge = 1.0;     // usable share of nameplate per cycle
    double round_trip_efficiency = 1.0;  // energy out / energy in
    double cycle_life = 1.0;             // full cycles at that depth before end of life
    specific_energy energy_density{};    // nameplate energy per kg (for launch mass)
};

struct battery_sizing {
    energy usable;         // what the gap needs: gap power x gap length
    energy nameplate;      // usable / depth of discharge
    power rating;          // the power it must deliver: the gap power
    energy recharge;       // drawn to refill it: usable / round-trip efficiency
    money cost;            // nameplate x cost per kWh
    money cost_per_cycle;  // cost / cycle life
    aiecon::mass mass;     // nameplate / energy density (zero if none given)
};

// A battery that carries `gap_power` for `gap_length`:
//   usable = P t; nameplate = usable / DoD; recharge = usable / eta;
//   cost = nameplate x cost per kWh; cost per cycle = cost / cycle life.
inline battery_sizing size_battery(power gap_power, duration gap_length,
                                   const battery_technology& technology) {
    constexpr std::string_view function = "site::size_battery";
    require_non_negative(function, "gap_power", gap_power);
    require_non_negative(function, "gap_length", gap_length);
    require_non_negative(function, "technology.cost", technology.cost);
    require_positive_fraction(function, "technology.depth_of_discharge",
                              technology.depth_of_discharge);
    require_positive_fraction(function, "technology.round_trip_efficiency",
                              technology.round_trip_efficiency);
    require_positive(function, "technology.cycle_life", technology.cycle_life);
    require_non_negative(function, "technology.energy_density", technology.energy_density);

    // Inputs valid on their own can overflow a product or quotient (a
    // gap_power near the largest double, a depth of discharge of 1e-308):
    // each result is checked as it is computed.
    battery_sizing result;
    result.usable = require_finite_result(function, "usable", gap_power * gap_length,
                                          "gap_power and gap_length");
    result.nameplate =
        require_finite_result(function, "nameplate", result.usable / technology.depth_of_discharge,
                              "gap_power, gap_length and technology.depth_of_discharge");
    result.rating = gap_power;
    result.recharge = require_finite_result(
        function, "recharge", result.usable / technology.round_trip_efficiency,
        "gap_power, gap_length and technology.round_trip_efficiency");
    result.cost = require_finite_result(function, "cost", result.nameplate * technology.cost,
                                        "gap_power, gap_length and technology.cost");
    result.cost_per_cycle =
        require_finite_result(function, "cost_per_cycle", result.cost / technology.cycle_life,
                              "technology.cost and technology.cycle_life");
    if (technology.energy_density > specific_energy{}) {
        result.mass =
            require_finite_result(function, "mass", result.nameplate / technology.energy_density,
                                  "gap_power, gap_length and technology.energy_density");
    }
    return result;
}

}  // namespace aiecon::site
