// orbital_dc: an orbital compute cluster: each node's mass budget, the
// figure of merit (useful compute watts per kilogram after thermal
// rejection), the cost of a kW-year in orbit beside the ground, and the
// launch price at which they meet.
//
//   build/examples/orbital_dc --cluster-power 1GW --launch-price 200USD/kg
//
// Defaults give a public source where one exists; the others say
// "illustrative" in --help and in the comments below: set them.
#include <cmath>
#include <optional>

#include "calculator.hpp"

namespace {
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

void add_options(CLI::App& app, inputs& in) {
    using calculator::add_number;
    using calculator::add_quantity;
    add_quantity(app, "--cluster-power", in.cluster_power, "compute payload of the cluster");
    add_quantity(app, "--node-power", in.node_power, "compute payload per node");
    add_quantity(app, "--payload-specific-power", in.payload_specific_power,
                 "payload power per payload mass");
    add_number(app, "--housekeeping-share", in.housekeeping_share, "bus power / payload power");
    add_number(app, "--conversion-efficiency", in.conversion_efficiency,
               "power conversion to the payload");
    add_quantity(app, "--altitude", in.orbit.altitude, "circular orbit altitude");
    add_number(app, "--beta", in.orbit.beta_degrees, "beta angle, degrees");
    add_number(app, "--cell-efficiency", in.array.cell_efficiency, "solar cell efficiency");
    add_number(app, "--pointing-loss", in.array.pointing_loss, "array pointing and packing loss");
    add_number(app, "--degradation", in.array.degradation_per_year, "array power lost per year");
    add_quantity(app, "--array-areal-density", in.array.areal_density, "array mass per area");
    add_quantity(app, "--battery-energy-density", in.battery.energy_density,
                 "battery energy per mass");
    add_number(app, "--depth-of-discharge", in.battery.depth_of_discharge,
               "usable share of battery");
    add_number(app, "--emissivity", in.radiator.emissivity, "radiator emissivity");
    add_quantity(app, "--radiator-temperature", in.radiator.surface, "radiating temperature");
    add_quantity(app, "--sink-temperature", in.radiator.sink, "effective sink temperature");
    add_quantity(app, "--radiator-areal-density", in.radiator.areal_density,
                 "radiator mass per area");
    add_number(app, "--shielding-ratio", in.shielding_ratio, "shielding mass / payload mass");
    add_number(app, "--structure-share", in.structure_share, "bus and structure share of mass");
    add_quantity(app, "--hardware-life", in.hardware_life, "life of a node");
    add_quantity(app, "--mission-life", in.mission_life, "how long the capacity is wanted");
    add_number(app, "--chip-loss", in.annual_chip_loss, "share of chips lost per year");
    add_quantity(app, "--launch-price", in.launch_price, "launch price per kg");
    add_quantity(app, "--hardware-cost", in.hardware, "node hardware per W, chips excluded");
    add_quantity(app, "--cadence", in.cadence, "launch capacity per year");
    add_number(app, "--cost-of-capital", in.cost_of_capital, "per year");
    add_quantity(app, "--ground-capex", in.ground.capex.shell,
                 "ground shell capex per W (electrical and mechanical separate)");
    add_number(app, "--ground-pue", in.ground.pue, "ground PUE");
    add_quantity(app, "--ground-tariff", in.ground.tariff.energy_price, "ground energy price");
}

calculator::result_table calculate(const inputs& in) {
    aiecon::require_positive("orbital_dc", "payload_specific_power", in.payload_specific_power);
    const orbit::node_design design{
        .payload = {.power = in.node_power, .mass = in.node_power / in.payload_specific_power},
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
    const orbit::node_budget node = orbit::size_node(design);
    const double nodes = std::ceil(in.cluster_power / in.node_power);
    const orbit::orbital_site orbital{.node = node,
                                      .hardware = in.hardware,
                                      .launch_price = in.launch_price,
                                      .hardware_life = in.hardware_life};
    const auto ground = orbit::ground_cost(in.ground, in.cost_of_capital);
    const auto in_orbit = orbit::orbit_cost(orbital, in.cost_of_capital);
    const std::optional<aiecon::price_per_mass> break_even =
        orbit::break_even_launch_price(in.ground, orbital, in.cost_of_capital);

    calculator::result_table table;
    const auto per_kg = u::W / u::kg;
    table.add_heading("One node");
    table.add("compute payload", in.node_power, u::kW);
    table.add("eclipse per orbit", node.eclipse, u::min);
    table.add("solar array", node.array_area, u::m2);
    table.add("radiator", node.radiator_area, u::m2);
    table.add("payload mass", node.payload, u::kg);
    table.add("array mass", node.array, u::kg);
    table.add("battery mass", node.battery, u::kg);
    table.add("radiator mass", node.radiator, u::kg);
    table.add("shielding mass", node.shielding, u::kg);
    table.add("bus and structure mass", node.structure, u::kg);
    table.add("launched mass", node.total, u::kg);
    table.add("compute per kg", node.compute_per_kg, per_kg);
    table.add("average chip availability", node.availability);
    table.add("launches per mission", node.replacement);
    table.add("useful compute per kg", node.useful_compute_per_kg, per_kg);
    table.add_heading("Cluster");
    table.add("nodes", nodes);
    table.add("launched mass, one generation", nodes * node.total, u::t);
    table.add("launched mass over the mission", nodes * node.total * node.replacement, u::t);
    table.add("launch cost, one generation", nodes * node.total * in.launch_price, u::USD);
    table.add("years of launches at cadence", orbit::time_to_launch(nodes * node.total, in.cadence),
              u::year);
    table.add_heading("A kW-year of IT power (accelerators excluded)");
    table.add("ground: facility capital", ground.capital, u::USD);
    table.add("ground: energy", ground.operations, u::USD);
    table.add("ground: total", ground.total, u::USD);
    table.add("orbit: launch and hardware", in_orbit.capital, u::USD);
    table.add("orbit: total", in_orbit.total, u::USD);
    if (break_even) {
        table.add("break-even launch price", *break_even, u::USD / u::kg);
    } else {
        orbit::orbital_site free_launch = orbital;
        free_launch.launch_price = aiecon::price_per_mass{};
        const bool dearer = orbit::orbit_cost(free_launch, in.cost_of_capital).total > ground.total;
        table.add_text("break-even launch price",
                       dearer ? "none: orbit is dearer even at a free launch"
                              : "none: orbit is cheaper at any launch price searched");
    }
    return table;
}
}  // namespace

int main(int argc, char** argv) {
    return calculator::main_of(argc, argv, "orbital_dc",
                               "Orbital compute cluster: mass, W/kg, and cost beside the ground",
                               inputs{}, add_options, calculate);
}
