// The orbital compute cluster and its ground alternative, as the orbit
// examples describe them: every input of orbital_dc and orbit_odds, with the
// public source of each default (or "illustrative" where there is none), and
// the node design and orbital site built from them.
#pragma once

#include <aiecon/aiecon.hpp>

namespace orbital_scenario {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace orbit = aiecon::orbit;

struct inputs {
    aiecon::power cluster_power = 1_GW;  // compute payload of the whole cluster
    aiecon::power node_power = 100_kW;   // compute payload per node; illustrative
    // Compute payload mass: DGX H100, 10.2 kW and 130.45 kg (NVIDIA DGX H100
    // datasheet): 78.2 W/kg.
    aiecon::specific_power payload_specific_power = 10.2_kW / 130.45_kg;
    double housekeeping_share = 0.02;     // bus power / payload power; illustrative
    double conversion_efficiency = 0.95;  // power conversion to the payload; illustrative
    // A dawn-dusk sun-synchronous orbit, as Google's Project Suncatcher
    // proposes (Google Research, arXiv:2511.19468, 2025). At 650 km its
    // inclination is 98.0 deg (cos i = -((R + h) / 12,352 km)^3.5, Wertz and
    // Larson, SMAD, sec. 6.2), so beta swings between 90 deg and, at one
    // solstice, 90 - (98.0 - 90) - 23.44 = 58.6 deg, below beta* = 65.2 deg:
    // short eclipses for part of the year. The node is sized for the worst.
    orbit::circular_orbit orbit{.altitude = 650_km, .beta_degrees = 58.6};
    orbit::solar_array array{
        // Spectrolab XTJ triple-junction cells: 29.8 % at beginning of life
        // (Fetzer et al., IEEE PVSC).
        .cell_efficiency = 0.298,
        .pointing_loss = 0.10,  // off-pointing and packing; illustrative
                                // ISS P6 arrays: 0.2 to 0.5 % a year measured (Kerslake and
                                // Gustafson, NASA TM-2003-212513).
        .degradation_per_year = 0.005,
        // iROSA: 20 kW and 340 kg a wing, 58.8 W/kg; at this array's
        // 1361 x 0.298 x 0.9 = 365 W/m2 that is 6.2 kg/m2.
        .areal_density = 6.2_kg / 1_m2};
    // Saft VES180 space Li-ion cells: 160 Wh/kg; 30 % depth of discharge, as
    // for long LEO cycle life (Saft VES180 datasheet).
    aiecon::site::battery_technology battery{.cost = 0_USD / u::kWh,
                                             .depth_of_discharge = 0.3,
                                             .round_trip_efficiency = 0.9,  // illustrative
                                             .cycle_life = 30'000,
                                             .energy_density = 160 * u::Wh / u::kg};
    aiecon::thermal::radiator radiator{
        // White silicate paint: emittance 0.90 (Fortescue, Stark and Swinerd,
        // "Spacecraft Systems Engineering", 4th ed., table 11.3).
        .emissivity = 0.90,
        .faces = 2.0,
        .surface = 330_K,  // coolant loop to the panel; illustrative
        .sink = 200_K,     // effective sink with Earth and Sun in view; illustrative
        // Heat-pipe radiator panels: about 7 kg/m2 (Thermacore, NASA SBIR 91-1).
        .areal_density = 7_kg / 1_m2};
    double shielding_ratio = 0.10;  // shielding mass / payload mass; illustrative
    double structure_share = 0.25;  // bus and structure share of launched mass; illustrative
    // Google's Trillium TPUs survived a 5-year mission dose in beam tests
    // (Project Suncatcher, 2025): 5-year hardware life.
    aiecon::duration hardware_life = 5_yr;
    aiecon::duration mission_life = 10_yr;  // illustrative
    double annual_chip_loss = 0.02;         // illustrative
    // Falcon 9: $69.75M list price and 22,800 kg to LEO (SpaceX,
    // Capabilities and Services, 2024): $3,059/kg. The list price is quoted
    // with a reused booster and 22,800 kg is the expendable capacity, so
    // this is optimistic.
    aiecon::price_per_mass launch_price = 69.75_MUSD / 22'800_kg;
    aiecon::price_per_power hardware = 10_USD / 1_W;  // node hardware, chips excluded; illustrative
    aiecon::mass_rate cadence = 1000_t / 1_yr;  // launch capacity for the cluster; illustrative
    double cost_of_capital = 0.08;              // illustrative

    // The ground alternative. Data-centre capex: $11.7M per MW of critical
    // load, 19-market average (Cushman & Wakefield, Data Center Development
    // Cost Guide 2025), of which 53 % is critical power and cooling
    // (split evenly here) and 47 % shell, site and fit-out.
    orbit::ground_site ground{
        .capex = {.shell = 5.5_USD / 1_W, .electrical = 3.1_USD / 1_W, .mechanical = 3.1_USD / 1_W},
        .facility_life = 20_yr,  // illustrative
        .pue = 1.58,             // Uptime Institute, Global Data Center Survey 2023
        // US EIA, Electric Power Annual 2023: 8.06 cents/kWh industrial.
        .tariff = {.energy_price = 0.0806_USD / u::kWh},
        .utilisation = 1.0};
};

// One node of the cluster, as orbit::size_node takes it.
inline orbit::node_design node_design_of(const inputs& in) {
    aiecon::require_positive("orbital_scenario::node_design_of", "payload_specific_power",
                             in.payload_specific_power);
    return {.payload = {.power = in.node_power, .mass = in.node_power / in.payload_specific_power},
            .housekeeping = in.node_power * in.housekeeping_share,
            .conversion_efficiency = in.conversion_efficiency,
            .orbit = in.orbit,
            .array = in.array,
            .battery = in.battery,
            .radiator = in.radiator,
            .shielding_ratio = in.shielding_ratio,
            .structure_share = in.structure_share,
            .hardware_life = in.hardware_life,
            .mission_life = in.mission_life,
            .annual_chip_loss = in.annual_chip_loss};
}

// The orbital site of a sized node, as orbit::orbit_cost takes it.
inline orbit::orbital_site orbital_site_of(const inputs& in, const orbit::node_budget& node) {
    return {.node = node,
            .hardware = in.hardware,
            .launch_price = in.launch_price,
            .hardware_life = in.hardware_life};
}

}  // namespace orbital_scenario
