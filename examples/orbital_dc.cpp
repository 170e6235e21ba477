// orbital_dc: an orbital compute cluster: each node's mass budget, the
// figure of merit (useful compute watts per kilogram after thermal
// rejection), the cost of a kW-year in orbit beside the ground, and the
// launch price at which they meet.
//
//   build/examples/orbital_dc --cluster-power 1GW --launch-price 200USD/kg
//
// Defaults give a public source where one exists (orbital_scenario.hpp); the
// others say "illustrative" there: set them.
#include <cmath>
#include <optional>

#include "calculator.hpp"
#include "orbital_scenario.hpp"

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace orbit = aiecon::orbit;

// Every input, with the source of its default: orbital_scenario.hpp, shared
// with orbit_odds.
using inputs = orbital_scenario::inputs;

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
    const orbit::node_budget node = orbit::size_node(orbital_scenario::node_design_of(in));
    const double nodes = std::ceil(in.cluster_power / in.node_power);
    const orbit::orbital_site orbital = orbital_scenario::orbital_site_of(in, node);
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
