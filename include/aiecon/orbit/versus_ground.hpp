// Orbit versus ground: what a kilowatt of IT power costs for a year on
// Earth and in orbit, side by side, and the launch price at which they meet.
//
// The accelerators themselves cost the same in both places and are left
// out; what differs is how they are housed, powered and cooled.
//   ground: facility capex per kW annualised over the facility's life at the
//           cost of capital (finance::annualised), plus a year's energy bill
//           for 1 kW of IT at the site's PUE and tariff
//   orbit:  launch of the node's mass per kW of payload power plus the
//           node's hardware per kW (array, radiator, battery, bus: everything
//           but the accelerators), annualised over the hardware life, plus
//           operations per year; divided by the average availability, since
//           radiation idles part of the payload
// The break-even launch price is found with find_root on
// (orbit cost at a launch price) - (ground cost), not by rearranging.
#pragma once

#include <optional>
#include <string_view>

#include "../energy/energy_bill.hpp"
#include "../energy/facility_capex.hpp"
#include "../finance/capital_recovery.hpp"
#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "../units/root_finding.hpp"
#include "compute_node.hpp"

namespace aiecon::orbit {

struct ground_site {
    site::facility_capex_rates capex;
    duration facility_life;
    double pue = 1.0;
    site::tariff tariff;
    double utilisation = 1.0;  // average IT load over its peak
};

struct orbital_site {
    node_budget node;          // from size_node
    price_per_power hardware;  // node hardware per W of payload power, accelerators excluded
    price_per_mass launch_price;
    duration hardware_life;
    price_per_power operations_per_year{};  // per W of payload power, per year (optional)
};

struct cost_per_kilowatt_year {
    money capital;     // annualised capital per kW-year
    money operations;  // energy on the ground; operations in orbit
    money total;
};

// The cost of 1 kW of IT power for one year at a ground site.
// The models called check the inputs and their own results
// (site::capex_per_it_power the capex rates, finance::annualised the
// facility life and cost of capital, site::bill the rest); only their sum is
// left to check.
inline cost_per_kilowatt_year ground_cost(const ground_site& g, double cost_of_capital) {
    constexpr std::string_view function = "orbit::ground_cost";
    const money capex_per_kw = site::capex_per_it_power(g.capex) * (1.0 * units::kW);
    cost_per_kilowatt_year cost;
    cost.capital =
        finance::annualised(capex_per_kw, cost_of_capital, g.facility_life) * (1.0 * units::year);
    cost.operations =
        site::bill(1.0 * units::kW, g.utilisation, g.pue, g.tariff, 1.0 * units::year).total;
    cost.total = require_finite_result(function, "total", cost.capital + cost.operations,
                                       "ground.capex, ground.facility_life and ground.tariff");
    return cost;
}

// The cost of 1 kW of useful IT power for one year in orbit.
inline cost_per_kilowatt_year orbit_cost(const orbital_site& o, double cost_of_capital) {
    constexpr std::string_view function = "orbit::orbit_cost";
    require_positive(function, "node.compute_per_kg", o.node.compute_per_kg);
    require_positive_fraction(function, "node.availability", o.node.availability);
    require_non_negative(function, "hardware", o.hardware);
    require_non_negative(function, "launch_price", o.launch_price);
    require_non_negative(function, "operations_per_year", o.operations_per_year);

    // Inputs valid on their own can overflow (a compute per kg or an
    // availability of 1e-308, a hardware life of 1e-308 s): each result is
    // checked, naming the inputs to look at.
    const mass mass_per_kw = (1.0 * units::kW) / o.node.compute_per_kg;
    const money capital_per_kw = require_finite_result(
        function, "capital per kW", mass_per_kw * o.launch_price + o.hardware * (1.0 * units::kW),
        "node.compute_per_kg, launch_price and hardware");
    const money operations_per_kw = o.operations_per_year * (1.0 * units::kW);
    cost_per_kilowatt_year cost;
    cost.capital = require_finite_result(
        function, "capital",
        finance::annualised(capital_per_kw, cost_of_capital, o.hardware_life) *
            (1.0 * units::year) / o.node.availability,
        "node.compute_per_kg, node.availability, launch_price, hardware, hardware_life and "
        "cost_of_capital");
    cost.operations =
        require_finite_result(function, "operations", operations_per_kw / o.node.availability,
                              "operations_per_year and node.availability");
    cost.total = require_finite_result(function, "total", cost.capital + cost.operations,
                                       "launch_price, hardware and operations_per_year");
    return cost;
}

// The launch price per kg at which a kW-year in orbit costs what it does on
// the ground, searched between zero and `highest`; none when orbit is dearer
// even at a free launch, or cheaper even at `highest`.
inline std::optional<price_per_mass> break_even_launch_price(
    const ground_site& g, orbital_site o, double cost_of_capital,
    price_per_mass highest = 1e6 * units::USD / units::kg) {
    require_positive("orbit::break_even_launch_price", "highest", highest);
    const money ground = ground_cost(g, cost_of_capital).total;
    const auto gap = [&](price_per_mass launch_price) {
        o.launch_price = launch_price;
        return orbit_cost(o, cost_of_capital).total - ground;
    };
    const price_per_mass free{};
    if (gap(free) > money{} || gap(highest) < money{}) return std::nullopt;
    return find_root(gap, free, highest);
}

}  // namespace aiecon::orbit
