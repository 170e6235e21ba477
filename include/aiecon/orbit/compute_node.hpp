// An orbital compute node: a compute payload with the solar array, battery
// and radiator that power and cool it, shielding, and the bus and structure
// that hold it; its launched mass, and the figure of merit of orbital
// compute: useful compute watts per kilogram after thermal rejection.
//
// Mass budget:
//   array     = area for the array power that carries the load through
//               daylight and eclipse at the end of the hardware's life
//   battery   = nameplate energy for the eclipse / energy density
//   radiator  = area to reject the payload's heat x areal density
//   shielding = payload mass x shielding ratio
//   total     = (payload + array + battery + radiator + shielding)
//               / (1 - bus and structure share of the total)
// Useful compute:
//   availability = chips working on average over the hardware life, when a
//                  share r is lost or idled by radiation each year:
//                  (1/L) integral_0^L (1 - r)^t dt = (1 - (1 - r)^L) / (-L ln(1 - r))
//   replacement  = mission life / hardware life, at least 1: the mass
//                  launched to keep the node's capacity for the mission, on
//                  average (fractional: 12 / 5 is 2.4, as a fleet replaced
//                  as it ages launches that much on average)
//   useful compute per kg = payload power x availability / (total x replacement)
#pragma once

#include <algorithm>
#include <cmath>
#include <string_view>

#include "../energy/storage.hpp"
#include "../thermal/heat_load.hpp"
#include "../thermal/radiator.hpp"
#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "eclipse.hpp"
#include "solar_array.hpp"

namespace aiecon::orbit {

struct compute_payload {
    aiecon::power power;  // electrical power the accelerators, memory and network draw
    aiecon::mass mass;
};

struct node_design {
    compute_payload payload;
    power housekeeping{};                // bus power besides the payload
    double conversion_efficiency = 1.0;  // power conversion to the payload
    circular_orbit orbit;
    solar_array array;
    power_paths paths{};
    site::battery_technology battery;  // energy_density must be set
    thermal::radiator radiator;
    double shielding_ratio = 0.0;   // shielding mass per payload mass
    double structure_share = 0.0;   // bus and structure share of total mass, [0, 1)
    duration hardware_life;         // until the node is replaced
    duration mission_life;          // how long the capacity is wanted
    double annual_chip_loss = 0.0;  // share of chips lost or idled per year
};

struct node_budget {
    power array_power;  // at the end of the hardware life
    area array_area;
    mass array;
    duration eclipse;       // per orbit
    energy battery_energy;  // nameplate
    mass battery;
    power heat;  // to reject
    area radiator_area;
    mass radiator;
    mass payload;
    mass shielding;
    mass structure;
    mass total;                            // launched
    double availability = 0.0;             // average share of chips working
    double replacement = 0.0;              // launches per mission life
    specific_power compute_per_kg;         // payload power / total mass
    specific_power useful_compute_per_kg;  // the figure of merit
};

// The average share of chips working over `life` when a share `loss` is lost
// each year (exponential survival).
inline double average_availability(double loss, duration life) {
    constexpr std::string_view function = "orbit::average_availability";
    if (!(loss >= 0.0 && loss < 1.0)) throw_domain_error(function, "loss", loss, "[0, 1)");
    require_positive(function, "life", life);
    if (loss == 0.0) return 1.0;
    const double years = life.in(units::year);
    const double x = -std::log1p(-loss) * years;  // -L ln(1 - r)
    // (1 - e^-x) / x, by its series 1 - x/2 where x is too small to divide.
    return x < 1e-8 ? 1.0 - x / 2.0 : -std::expm1(-x) / x;
}

inline node_budget size_node(const node_design& d) {
    constexpr std::string_view function = "orbit::size_node";
    require_positive(function, "payload.power", d.payload.power);
    require_non_negative(function, "payload.mass", d.payload.mass);
    require_non_negative(function, "housekeeping", d.housekeeping);
    require_positive_fraction(function, "conversion_efficiency", d.conversion_efficiency);
    require_non_negative(function, "shielding_ratio", d.shielding_ratio);
    if (!(d.structure_share >= 0.0 && d.structure_share < 1.0)) {
        throw_domain_error(function, "structure_share", d.structure_share, "[0, 1)");
    }
    require_positive(function, "battery.energy_density", d.battery.energy_density);
    require_positive(function, "hardware_life", d.hardware_life);
    require_positive(function, "mission_life", d.mission_life);

    // Inputs valid on their own can overflow the sums, products and
    // quotients below (a payload mass near the largest double, a life of
    // 1e-308 s, a node whose masses all underflow to zero): each result that
    // can is checked, naming the inputs to look at. The models called check
    // their own.
    node_budget b;
    // The load on the array is the heat to reject: the payload's power over
    // the conversion efficiency, plus housekeeping.
    const power load = require_finite_result(
        function, "load",
        thermal::heat_load(d.payload.power, d.conversion_efficiency) + d.housekeeping,
        "payload.power, conversion_efficiency and housekeeping");
    b.array_power = array_power_for(load, d.orbit, d.paths);
    b.array_area = array_area_for(d.array, b.array_power, d.hardware_life);
    b.array = array_mass(d.array, b.array_area);

    const site::battery_sizing battery = eclipse_battery(load, d.orbit, d.battery);
    b.eclipse = eclipse_duration(d.orbit);
    b.battery_energy = battery.nameplate;
    b.battery = battery.mass;

    b.heat = load;
    b.radiator_area = thermal::radiator_area(d.radiator, b.heat);
    b.radiator = thermal::radiator_mass(d.radiator, b.heat);

    b.payload = d.payload.mass;
    b.shielding = require_finite_result(function, "shielding", d.payload.mass * d.shielding_ratio,
                                        "payload.mass and shielding_ratio");
    const mass carried = b.payload + b.array + b.battery + b.radiator + b.shielding;
    // Checked before the structure, total - carried, which would be inf - inf.
    b.total = require_finite_result(function, "total", carried / (1.0 - d.structure_share),
                                    "payload.mass, shielding_ratio, structure_share and the "
                                    "array, battery and radiator masses");
    b.structure = b.total - carried;

    b.availability = average_availability(d.annual_chip_loss, d.hardware_life);
    b.replacement =
        require_finite_result(function, "replacement",
                              std::max(1.0, static_cast<double>(d.mission_life / d.hardware_life)),
                              "mission_life and hardware_life");
    // Infinite for a node whose masses are all zero (or underflow to it).
    b.compute_per_kg = require_finite_result(
        function, "compute_per_kg", d.payload.power / b.total,
        "payload.power, payload.mass, array.areal_density, battery.energy_density and "
        "radiator.areal_density");
    b.useful_compute_per_kg = b.compute_per_kg * b.availability / b.replacement;
    return b;
}

}  // namespace aiecon::orbit
