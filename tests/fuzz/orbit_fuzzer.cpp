// Fuzzes the orbit layer: solar arrays, eclipses, node sizing, launch
// prices, orbit against ground, and latency. Allowed: finite, non-negative
// results (shares in [0, 1]), or aiecon::domain_error.
#include <aiecon/orbit.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_input.hpp"

namespace {

using aiecon_fuzz::expect;
using aiecon_fuzz::expect_in_range;
using aiecon_fuzz::expect_non_negative;
using aiecon_fuzz::fuzz_input;
using aiecon_fuzz::run_case;
namespace orbit = aiecon::orbit;
namespace site = aiecon::site;
namespace thermal = aiecon::thermal;

constexpr double year = 365.25 * 86400.0;
constexpr double kwh = 3.6e6;  // J

orbit::solar_array decode_array(fuzz_input& in) {
    return {.cell_efficiency = in.fraction("array.cell_efficiency", 0.3),
            .pointing_loss = in.fraction("array.pointing_loss", 0.1),
            .degradation_per_year = in.fraction("array.degradation_per_year", 0.02),
            .areal_density = in.quantity<aiecon::areal_density>("array.areal_density", 2.0),
            .sunlight = in.quantity<aiecon::irradiance>("array.sunlight", 1361.0)};
}

orbit::circular_orbit decode_orbit(fuzz_input& in) {
    return {.altitude = in.quantity<aiecon::length>("orbit.altitude", 650e3),
            .beta_degrees = in.number("orbit.beta_degrees", 30.0)};
}

orbit::power_paths decode_paths(fuzz_input& in) {
    return {.through_battery = in.fraction("paths.through_battery", 0.65),
            .direct = in.fraction("paths.direct", 0.85)};
}

site::battery_technology decode_battery(fuzz_input& in) {
    return {.cost = in.quantity<aiecon::price_per_energy>("battery.cost", 1000.0 / kwh),
            .depth_of_discharge = in.fraction("battery.depth_of_discharge", 0.3),
            .round_trip_efficiency = in.fraction("battery.round_trip_efficiency", 0.9),
            .cycle_life = in.number("battery.cycle_life", 30000.0),
            .energy_density =
                in.quantity<aiecon::specific_energy>("battery.energy_density", 150.0 * 3600.0)};
}

thermal::radiator decode_radiator(fuzz_input& in) {
    thermal::radiator r;
    r.emissivity = in.fraction("radiator.emissivity", 0.9);
    r.faces = in.flag() ? 1.0 : 2.0;
    r.surface = in.quantity<aiecon::temperature>("radiator.surface", 330.0);
    r.sink = in.quantity<aiecon::temperature>("radiator.sink", 3.0);
    r.areal_density = in.quantity<aiecon::areal_density>("radiator.areal_density", 5.0);
    return r;
}

void solar_array(fuzz_input& in) {
    const orbit::solar_array a = decode_array(in);
    const auto array_area = in.quantity<aiecon::area>("array_area", 100.0);
    const auto age = in.quantity<aiecon::duration>("age", 5.0 * year);
    const auto power_needed = in.quantity<aiecon::power>("power_needed", 100e3);
    run_case(in, "orbit::beginning_of_life_power_per_area", [&] {
        expect_non_negative(in, "orbit::beginning_of_life_power_per_area",
                            orbit::beginning_of_life_power_per_area(a));
    });
    run_case(in, "orbit::remaining_power_share", [&] {
        expect_in_range(in, "orbit::remaining_power_share", orbit::remaining_power_share(a, age),
                        0.0, 1.0);
    });
    run_case(in, "orbit::beginning_of_life_power", [&] {
        expect_non_negative(in, "orbit::beginning_of_life_power",
                            orbit::beginning_of_life_power(a, array_area));
    });
    run_case(in, "orbit::end_of_life_power", [&] {
        expect_non_negative(in, "orbit::end_of_life_power",
                            orbit::end_of_life_power(a, array_area, age));
    });
    run_case(in, "orbit::array_area_for", [&] {
        expect_non_negative(in, "orbit::array_area_for",
                            orbit::array_area_for(a, power_needed, age));
    });
    run_case(in, "orbit::array_mass", [&] {
        expect_non_negative(in, "orbit::array_mass", orbit::array_mass(a, array_area));
    });
}

void eclipse(fuzz_input& in) {
    const orbit::circular_orbit o = decode_orbit(in);
    const orbit::power_paths paths = decode_paths(in);
    const auto load = in.quantity<aiecon::power>("load", 100e3);
    const site::battery_technology battery = decode_battery(in);
    run_case(in, "orbit::orbital_period",
             [&] { expect_non_negative(in, "orbit::orbital_period", orbit::orbital_period(o)); });
    run_case(in, "orbit::eclipse_fraction", [&] {
        expect_in_range(in, "orbit::eclipse_fraction", orbit::eclipse_fraction(o), 0.0, 1.0);
    });
    run_case(in, "orbit::eclipse_duration", [&] {
        expect_non_negative(in, "orbit::eclipse_duration", orbit::eclipse_duration(o));
    });
    run_case(in, "orbit::array_power_for", [&] {
        expect_non_negative(in, "orbit::array_power_for", orbit::array_power_for(load, o, paths));
    });
    run_case(in, "orbit::eclipse_battery", [&] {
        const site::battery_sizing b = orbit::eclipse_battery(load, o, battery);
        expect_non_negative(in, "orbit::eclipse_battery nameplate", b.nameplate);
        expect_non_negative(in, "orbit::eclipse_battery cost", b.cost);
        expect_non_negative(in, "orbit::eclipse_battery mass", b.mass);
    });
}

orbit::node_design decode_node(fuzz_input& in) {
    orbit::node_design d;
    d.payload.power = in.quantity<aiecon::power>("payload.power", 100e3);
    d.payload.mass = in.quantity<aiecon::mass>("payload.mass", 1000.0);
    d.housekeeping = in.quantity<aiecon::power>("housekeeping", 2e3);
    d.conversion_efficiency = in.fraction("conversion_efficiency", 0.95);
    d.orbit = decode_orbit(in);
    d.array = decode_array(in);
    d.paths = decode_paths(in);
    d.battery = decode_battery(in);
    d.radiator = decode_radiator(in);
    d.shielding_ratio = in.number("shielding_ratio", 0.2);
    d.structure_share = in.fraction("structure_share", 0.25);
    d.hardware_life = in.quantity<aiecon::duration>("hardware_life", 5.0 * year);
    d.mission_life = in.quantity<aiecon::duration>("mission_life", 12.0 * year);
    d.annual_chip_loss = in.fraction("annual_chip_loss", 0.02);
    return d;
}

void size_node(fuzz_input& in) {
    const orbit::node_design d = decode_node(in);
    run_case(in, "orbit::size_node", [&] {
        const orbit::node_budget b = orbit::size_node(d);
        expect_non_negative(in, "orbit::size_node array_power", b.array_power);
        expect_non_negative(in, "orbit::size_node array_area", b.array_area);
        expect_non_negative(in, "orbit::size_node array", b.array);
        expect_non_negative(in, "orbit::size_node eclipse", b.eclipse);
        expect_non_negative(in, "orbit::size_node battery_energy", b.battery_energy);
        expect_non_negative(in, "orbit::size_node battery", b.battery);
        expect_non_negative(in, "orbit::size_node heat", b.heat);
        expect_non_negative(in, "orbit::size_node radiator_area", b.radiator_area);
        expect_non_negative(in, "orbit::size_node radiator", b.radiator);
        expect_non_negative(in, "orbit::size_node payload", b.payload);
        expect_non_negative(in, "orbit::size_node shielding", b.shielding);
        expect_non_negative(in, "orbit::size_node structure", b.structure);
        expect_non_negative(in, "orbit::size_node total", b.total);
        expect_in_range(in, "orbit::size_node availability", b.availability, 0.0, 1.0);
        expect_non_negative(in, "orbit::size_node replacement", b.replacement);
        expect(in, b.replacement >= 1.0, "orbit::size_node replacement >= 1");
        expect_non_negative(in, "orbit::size_node compute_per_kg", b.compute_per_kg);
        expect_non_negative(in, "orbit::size_node useful_compute_per_kg", b.useful_compute_per_kg);
    });
}

void availability(fuzz_input& in) {
    const double loss = in.fraction("loss", 0.02);
    const auto life = in.quantity<aiecon::duration>("life", 5.0 * year);
    run_case(in, "orbit::average_availability", [&] {
        expect_in_range(in, "orbit::average_availability", orbit::average_availability(loss, life),
                        0.0, 1.0);
    });
}

void launch(fuzz_input& in) {
    const auto payload = in.quantity<aiecon::mass>("payload", 10e3);
    const auto price = in.quantity<aiecon::price_per_mass>("price", 1500.0);
    const orbit::launch_learning_curve curve{
        .price_today = in.quantity<aiecon::price_per_mass>("curve.price_today", 1500.0),
        .launched_to_date = in.quantity<aiecon::mass>("curve.launched_to_date", 1e7),
        .learning_rate = in.fraction("curve.learning_rate", 0.2)};
    const auto cumulative = in.quantity<aiecon::mass>("cumulative", 1e8);
    const auto target = in.quantity<aiecon::price_per_mass>("target", 200.0);
    const auto cadence = in.quantity<aiecon::mass_rate>("cadence", 1e7 / year);
    const auto compute_per_mass = in.quantity<aiecon::specific_power>("compute_per_mass", 50.0);
    run_case(in, "orbit::launch_cost", [&] {
        expect_non_negative(in, "orbit::launch_cost", orbit::launch_cost(payload, price));
    });
    run_case(in, "orbit::price_after", [&] {
        expect_non_negative(in, "orbit::price_after", orbit::price_after(curve, cumulative));
    });
    run_case(in, "orbit::cumulative_mass_for", [&] {
        expect_non_negative(in, "orbit::cumulative_mass_for",
                            orbit::cumulative_mass_for(curve, target));
    });
    run_case(in, "orbit::capacity_growth", [&] {
        expect_non_negative(in, "orbit::capacity_growth",
                            orbit::capacity_growth(cadence, compute_per_mass));
    });
    run_case(in, "orbit::time_to_launch", [&] {
        expect_non_negative(in, "orbit::time_to_launch", orbit::time_to_launch(payload, cadence));
    });
}

void check_cost(const fuzz_input& in, const char* function,
                const orbit::cost_per_kilowatt_year& cost) {
    expect_non_negative(in, function, cost.capital);
    expect_non_negative(in, function, cost.operations);
    expect_non_negative(in, function, cost.total);
}

void versus_ground(fuzz_input& in) {
    orbit::ground_site g;
    g.capex = {.shell = in.quantity<aiecon::price_per_power>("ground.capex.shell", 3.0),
               .electrical = in.quantity<aiecon::price_per_power>("ground.capex.electrical", 4.0),
               .mechanical = in.quantity<aiecon::price_per_power>("ground.capex.mechanical", 3.0)};
    g.facility_life = in.quantity<aiecon::duration>("ground.facility_life", 20.0 * year);
    g.pue = in.number("ground.pue", 1.3);
    g.tariff = {
        .energy_price = in.quantity<aiecon::price_per_energy>("ground.energy_price", 0.08 / kwh),
        .demand_charge = in.quantity<aiecon::price_per_energy>("ground.demand_charge", 0.0)};
    g.utilisation = in.fraction("ground.utilisation", 0.8);

    orbit::orbital_site o;
    o.node.compute_per_kg = in.quantity<aiecon::specific_power>("node.compute_per_kg", 40.0);
    o.node.availability = in.fraction("node.availability", 0.95);
    o.hardware = in.quantity<aiecon::price_per_power>("hardware", 10.0);
    o.launch_price = in.quantity<aiecon::price_per_mass>("launch_price", 1500.0);
    o.hardware_life = in.quantity<aiecon::duration>("hardware_life", 5.0 * year);
    o.operations_per_year = in.quantity<aiecon::price_per_power>("operations_per_year", 0.5);
    const double cost_of_capital = in.fraction("cost_of_capital", 0.08);
    const auto highest = in.quantity<aiecon::price_per_mass>("highest", 1e6);

    run_case(in, "orbit::ground_cost",
             [&] { check_cost(in, "orbit::ground_cost", orbit::ground_cost(g, cost_of_capital)); });
    run_case(in, "orbit::orbit_cost",
             [&] { check_cost(in, "orbit::orbit_cost", orbit::orbit_cost(o, cost_of_capital)); });
    run_case(in, "orbit::break_even_launch_price", [&] {
        const std::optional<aiecon::price_per_mass> price =
            orbit::break_even_launch_price(g, o, cost_of_capital, highest);
        if (price) {
            expect_non_negative(in, "orbit::break_even_launch_price", *price);
            expect(in, *price <= highest, "orbit::break_even_launch_price above highest");
        }
    });
}

void latency(fuzz_input& in) {
    const auto altitude = in.quantity<aiecon::length>("altitude", 550e3);
    const double elevation = in.number("elevation_degrees", 40.0);
    const auto distance = in.quantity<aiecon::length>("distance", 1000e3);
    const double group_index = in.number("group_index", 1.4682);
    std::vector<orbit::placement_site> sites(in.choose(4));
    for (orbit::placement_site& s : sites) {
        s.name = in.text(4);
        s.round_trip = in.quantity<aiecon::duration>("site.round_trip", 0.02);
    }
    std::vector<orbit::latency_budget> budgets =
        in.flag() ? orbit::standard_budgets() : std::vector<orbit::latency_budget>{};
    for (std::size_t i = in.choose(3); i > 0; --i) {
        orbit::latency_budget budget{in.text(4), std::nullopt};
        if (in.flag()) budget.round_trip = in.quantity<aiecon::duration>("budget", 0.1);
        budgets.push_back(budget);
    }
    run_case(in, "orbit::slant_range", [&] {
        expect_non_negative(in, "orbit::slant_range", orbit::slant_range(altitude, elevation));
    });
    run_case(in, "orbit::satellite_round_trip", [&] {
        expect_non_negative(in, "orbit::satellite_round_trip",
                            orbit::satellite_round_trip(altitude, elevation));
    });
    run_case(in, "orbit::fibre_round_trip", [&] {
        expect_non_negative(in, "orbit::fibre_round_trip",
                            orbit::fibre_round_trip(distance, group_index));
    });
    run_case(in, "orbit::place", [&] {
        const std::vector<orbit::placement> placements = orbit::place(sites, budgets);
        expect(in, placements.size() == budgets.size(), "orbit::place: one placement per budget");
        for (const orbit::placement& p : placements) {
            expect(in, p.sites.size() <= sites.size(), "orbit::place: more sites than given");
        }
    });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz_input in(data, size);
    switch (in.choose(7)) {
        case 0:
            solar_array(in);
            break;
        case 1:
            eclipse(in);
            break;
        case 2:
            size_node(in);
            break;
        case 3:
            availability(in);
            break;
        case 4:
            launch(in);
            break;
        case 5:
            versus_ground(in);
            break;
        default:
            latency(in);
            break;
    }
    return 0;
}
