// Fuzzes the fab layer: wafer and die geometry, gross dies (estimate and
// exact layout), yield, cost and emissions per good die, packaging, supply
// capacity and the supply doors. Allowed: finite, non-negative results
// (yields in [0, 1]), or aiecon::domain_error.
#include <aiecon/fab.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_input.hpp"

namespace {

using aiecon_fuzz::expect;
using aiecon_fuzz::expect_in_range;
using aiecon_fuzz::expect_non_negative;
using aiecon_fuzz::fuzz_input;
using aiecon_fuzz::run_case;
namespace fab = aiecon::fab;
namespace u = aiecon::units;

// Typical magnitudes, in base units (m, USD, s, ...).
constexpr double month = 365.25 * 86400.0 / 12.0;

fab::wafer decode_wafer(fuzz_input& in) {
    return {.diameter = in.quantity<aiecon::length>("wafer.diameter", 0.3),
            .edge_exclusion = in.quantity<aiecon::length>("wafer.edge_exclusion", 3e-3),
            .scribe_width = in.quantity<aiecon::length>("wafer.scribe_width", 1e-4),
            .cost = in.quantity<aiecon::money>("wafer.cost", 17e3)};
}

fab::die decode_die(fuzz_input& in) {
    fab::die d{.width = in.quantity<aiecon::length>("die.width", 0.02),
               .height = in.quantity<aiecon::length>("die.height", 0.025)};
    d.stitched = in.flag();
    return d;
}

fab::reticle_field decode_field(fuzz_input& in) {
    if (!in.flag()) return {};
    return {.width = in.quantity<aiecon::length>("field.width", 0.026),
            .height = in.quantity<aiecon::length>("field.height", 0.033)};
}

fab::yield_model decode_yield_model(fuzz_input& in) {
    fab::yield_model model;
    model.formula = static_cast<fab::yield_formula>(in.choose(4));
    model.clustering = in.number("model.clustering", 2.0);
    model.parametric_yield = in.fraction("model.parametric_yield", 0.9);
    return model;
}

// The exact layout costs about (usable diameter / die pitch) x offsets per
// axis row scans: a 3 um die at 128 offsets takes some 20 s under the
// sanitizers. Valid but slow inputs beyond this budget are left out, so the
// fuzzer keeps its pace; invalid ones (NaN, negative) are never left out.
bool layout_too_slow(const fab::wafer& w, const fab::die& d, int offsets_per_axis) {
    const double usable = (w.diameter - 2.0 * w.edge_exclusion).in(u::m);
    const double pitch = std::fmin(d.width.in(u::m), d.height.in(u::m)) + w.scribe_width.in(u::m);
    const double pitches = usable / pitch;
    const double offsets = offsets_per_axis > 1 ? offsets_per_axis : 1;
    return std::isfinite(pitches) && pitches * offsets > 2e4;
}

void check_die_economics(const fuzz_input& in, const fab::die_economics& e) {
    expect_non_negative(in, "fab::die_costs gross", e.gross);
    expect_in_range(in, "fab::die_costs yield", e.yield, 0.0, 1.0);
    expect_non_negative(in, "fab::die_costs good", e.good);
    expect_non_negative(in, "fab::die_costs cost_per_good_die", e.cost_per_good_die);
    expect_non_negative(in, "fab::die_costs known_good_die", e.known_good_die);
}

void wafer_geometry(fuzz_input& in) {
    const fab::wafer w = decode_wafer(in);
    run_case(in, "fab::usable_diameter",
             [&] { expect_non_negative(in, "fab::usable_diameter", fab::usable_diameter(w)); });
    run_case(in, "fab::wafer_area",
             [&] { expect_non_negative(in, "fab::wafer_area", fab::wafer_area(w)); });
}

void gross_dies(fuzz_input& in) {
    const fab::wafer w = decode_wafer(in);
    const fab::die d = decode_die(in);
    const fab::reticle_field field = decode_field(in);
    static constexpr int offset_choices[] = {128, 1, 2, 3, 16, 0, -1, 4096, 4097};
    const int offsets = offset_choices[in.choose(std::size(offset_choices))];
    run_case(in, "fab::gross_dies_estimate", [&] {
        expect_non_negative(in, "fab::gross_dies_estimate", fab::gross_dies_estimate(w, d, field));
    });
    if (layout_too_slow(w, d, offsets)) return;
    run_case(in, "fab::gross_dies_exact", [&] {
        const fab::die_layout layout = fab::gross_dies_exact(w, d, field, offsets);
        expect_non_negative(in, "fab::gross_dies_exact dies", layout.dies);
        aiecon_fuzz::expect_finite(in, "fab::gross_dies_exact offset_x", layout.offset_x);
        aiecon_fuzz::expect_finite(in, "fab::gross_dies_exact offset_y", layout.offset_y);
        // Whole dies, disjoint, inside the usable disc: their area cannot
        // exceed the disc's.
        const double usable = fab::usable_diameter(w).in(u::m);
        const double disc = 3.14159265358979323846 / 4.0 * usable * usable;
        const double dies_area = layout.dies.in(u::die / u::wafer) * fab::die_area(d).in(u::m2);
        expect(in, dies_area <= disc * (1.0 + 1e-9),
               "fab::gross_dies_exact: the dies' area exceeds the usable disc");
    });
}

void yield(fuzz_input& in) {
    const fab::yield_model model = decode_yield_model(in);
    const auto die_area = in.quantity<aiecon::area>("die_area", 6e-4);
    const auto defects = in.quantity<aiecon::defect_density>("defects", 1e3);
    run_case(in, "fab::die_yield", [&] {
        expect_in_range(in, "fab::die_yield", fab::die_yield(model, die_area, defects), 0.0, 1.0);
    });
}

void per_die_costs(fuzz_input& in) {
    const auto gross = in.quantity<aiecon::dies_per_wafer>("gross", 60.0);
    const double die_yield = in.fraction("die_yield", 0.7);
    const auto wafer_cost = in.quantity<aiecon::money>("wafer_cost", 17e3);
    const auto test_cost = in.quantity<aiecon::price_per_die>("test_cost_per_die", 50.0);
    const auto wafer_emissions = in.quantity<aiecon::emissions>("per_wafer_emissions", 1500.0);
    const auto good = in.quantity<aiecon::dies_per_wafer>("good", 40.0);
    run_case(in, "fab::good_dies",
             [&] { expect_non_negative(in, "fab::good_dies", fab::good_dies(gross, die_yield)); });
    run_case(in, "fab::per_good_die(money)", [&] {
        expect_non_negative(in, "fab::per_good_die(money)", fab::per_good_die(wafer_cost, good));
    });
    run_case(in, "fab::per_good_die(emissions)", [&] {
        expect_non_negative(in, "fab::per_good_die(emissions)",
                            fab::per_good_die(wafer_emissions, good));
    });
    run_case(in, "fab::known_good_die_cost", [&] {
        expect_non_negative(in, "fab::known_good_die_cost",
                            fab::known_good_die_cost(wafer_cost, gross, die_yield, test_cost));
    });
}

void die_costs(fuzz_input& in) {
    const fab::wafer w = decode_wafer(in);
    const fab::die d = decode_die(in);
    const fab::yield_model model = decode_yield_model(in);
    const auto defects = in.quantity<aiecon::defect_density>("defects", 1e3);
    const auto test_cost = in.quantity<aiecon::price_per_die>("test_cost_per_die", 50.0);
    const fab::reticle_field field = decode_field(in);
    if (layout_too_slow(w, d, 128)) return;
    run_case(in, "fab::die_costs", [&] {
        check_die_economics(in, fab::die_costs(w, d, model, defects, test_cost, field));
    });
}

void interposer(fuzz_input& in) {
    const fab::wafer w = decode_wafer(in);
    const fab::die d = decode_die(in);
    const fab::yield_model model = decode_yield_model(in);
    const auto defects = in.quantity<aiecon::defect_density>("defects", 1e3);
    const auto emissions = in.quantity<aiecon::emissions>("per_wafer_emissions", 1500.0);
    const auto test_cost = in.quantity<aiecon::price_per_die>("test_cost_per_die", 20.0);
    const double survival = in.fraction("assembly_survival", 0.99);
    if (layout_too_slow(w, d, 128)) return;
    run_case(in, "fab::silicon_interposer", [&] {
        const fab::interposer i =
            fab::silicon_interposer(w, d, model, defects, emissions, test_cost, survival);
        expect_non_negative(in, "fab::silicon_interposer cost", i.cost);
        expect_in_range(in, "fab::silicon_interposer yield", i.yield, 0.0, 1.0);
        expect_non_negative(in, "fab::silicon_interposer embodied", i.embodied);
    });
}

fab::accelerator_package decode_package(fuzz_input& in) {
    fab::accelerator_package p;
    p.logic_dies = in.number("logic_dies", 1.0);
    p.logic_die_cost = in.quantity<aiecon::price_per_die>("logic_die_cost", 300.0);
    p.logic_die_yield = in.fraction("logic_die_yield", 0.99);
    p.logic_die_emissions = in.quantity<fab::emissions_per_die>("logic_die_emissions", 30.0);
    p.memory_stacks = in.number("memory_stacks", 6.0);
    p.memory.cost = in.quantity<aiecon::money>("memory.cost", 1000.0);
    p.memory.yield = in.fraction("memory.yield", 0.99);
    p.memory.capacity = in.quantity<aiecon::information>("memory.capacity", 24e9);
    p.memory.bandwidth = in.quantity<aiecon::bandwidth>("memory.bandwidth", 1.2e12);
    p.memory.embodied = in.quantity<aiecon::emissions>("memory.embodied", 10.0);
    p.interposer.cost = in.quantity<aiecon::money>("interposer.cost", 800.0);
    p.interposer.yield = in.fraction("interposer.yield", 0.98);
    p.interposer.embodied = in.quantity<aiecon::emissions>("interposer.embodied", 20.0);
    p.assembly.cost = in.quantity<aiecon::money>("assembly.cost", 500.0);
    p.assembly.yield = in.fraction("assembly.yield", 0.95);
    p.assembly.embodied = in.quantity<aiecon::emissions>("assembly.embodied", 5.0);
    return p;
}

void package(fuzz_input& in) {
    const fab::accelerator_package p = decode_package(in);
    run_case(in, "fab::package_costs", [&] {
        const fab::package_economics e = fab::package_costs(p);
        expect_in_range(in, "fab::package_costs package_yield", e.package_yield, 0.0, 1.0);
        expect(in, e.package_yield > 0.0, "fab::package_costs package_yield > 0");
        expect_non_negative(in, "fab::package_costs cost_per_good_package",
                            e.cost_per_good_package);
        expect_non_negative(in, "fab::package_costs scrap_per_good_package",
                            e.scrap_per_good_package);
        expect_non_negative(in, "fab::package_costs emissions_per_good_package",
                            e.emissions_per_good_package);
        expect_non_negative(in, "fab::package_costs memory_capacity", e.memory_capacity);
        expect_non_negative(in, "fab::package_costs memory_bandwidth", e.memory_bandwidth);
        for (const fab::bom_line& line : e.bill_of_materials) {
            expect_non_negative(in, "fab::package_costs bom quantity", line.quantity);
            expect_non_negative(in, "fab::package_costs bom unit_cost", line.unit_cost);
            expect_non_negative(in, "fab::package_costs bom extended_cost", line.extended_cost);
            expect_non_negative(in, "fab::package_costs bom extended_emissions",
                                line.extended_emissions);
            expect_in_range(in, "fab::package_costs bom yield", line.yield, 0.0, 1.0);
        }
    });
}

void carbon(fuzz_input& in) {
    const fab::fab_carbon f{
        .electricity = in.quantity<aiecon::energy_per_area>("fab.electricity", 1.5 * 3.6e6 / 1e-4),
        .grid_intensity = in.quantity<aiecon::emissions_per_energy>("fab.grid_intensity", 1e-7),
        .gases = in.quantity<aiecon::emissions_per_area>("fab.gases", 1.0),
        .materials = in.quantity<aiecon::emissions_per_area>("fab.materials", 5.0)};
    const fab::wafer w = decode_wafer(in);
    const auto die_area = in.quantity<aiecon::area>("die_area", 6e-4);
    const auto carbon_per_area = in.quantity<aiecon::emissions_per_area>("carbon", 1e3);
    const double die_yield = in.fraction("die_yield", 0.7);
    run_case(in, "fab::carbon_per_area",
             [&] { expect_non_negative(in, "fab::carbon_per_area", fab::carbon_per_area(f)); });
    run_case(in, "fab::wafer_emissions",
             [&] { expect_non_negative(in, "fab::wafer_emissions", fab::wafer_emissions(w, f)); });
    run_case(in, "fab::die_emissions_by_area", [&] {
        expect_non_negative(in, "fab::die_emissions_by_area",
                            fab::die_emissions_by_area(die_area, carbon_per_area, die_yield));
    });
}

void supply(fuzz_input& in) {
    const fab::supply_inputs s{
        .logic_wafer_starts = in.quantity<aiecon::wafer_rate>("logic_wafer_starts", 2e4 / month),
        .good_dies_per_wafer = in.quantity<aiecon::dies_per_wafer>("good_dies_per_wafer", 30.0),
        .logic_dies_per_package =
            in.quantity<aiecon::dies_per_device>("logic_dies_per_package", 2.0),
        .memory_stacks = in.quantity<fab::stack_rate>("memory_stacks", 2e5 / month),
        .stacks_per_package = in.number("stacks_per_package", 8.0),
        .packaging_slots = in.quantity<aiecon::device_rate>("packaging_slots", 3e4 / month),
        .package_yield = in.fraction("package_yield", 0.95)};
    run_case(in, "fab::accelerator_supply", [&] {
        const fab::supply_capacity c = fab::accelerator_supply(s);
        expect_non_negative(in, "fab::accelerator_supply good_accelerators", c.good_accelerators);
        expect_non_negative(in, "fab::accelerator_supply packages_from_logic",
                            c.packages_from_logic);
        if (c.packages_from_memory) {
            expect_non_negative(in, "fab::accelerator_supply packages_from_memory",
                                *c.packages_from_memory);
        }
        expect_non_negative(in, "fab::accelerator_supply packages_from_packaging",
                            c.packages_from_packaging);
    });
}

std::vector<fab::supply_door> decode_doors(fuzz_input& in) {
    std::vector<fab::supply_door> doors(in.choose(5));
    for (fab::supply_door& door : doors) {
        door.name = in.text(4);
        door.capacity = in.quantity<aiecon::device_rate>("door.capacity", 1e4 / month);
        door.lead_time = in.quantity<aiecon::duration>("door.lead_time", 6.0 * month);
        door.price = in.quantity<aiecon::price_per_device>("door.price", 3e4);
    }
    return doors;
}

void check_plan(const fuzz_input& in, const char* function, const fab::sourcing_plan& plan,
                aiecon::device_count demand) {
    expect_non_negative(in, function, plan.time_to_meet_demand);
    expect_non_negative(in, function, plan.total_cost);
    expect_non_negative(in, function, plan.blended_price);
    aiecon::device_count sourced;
    for (const fab::door_allocation& a : plan.allocations) {
        expect_non_negative(in, function, a.quantity);
        expect_non_negative(in, function, a.delivered_by);
        expect_non_negative(in, function, a.cost);
        sourced += a.quantity;
    }
    // The plan meets the demand, to rounding: a door's share is its
    // capacity times its open time, which the model keeps apart from the
    // absolute dates (so a huge lead time loses no digits of the demand);
    // the sum of a few rounded products is within a relative 1e-9.
    expect(in, std::fabs((sourced - demand).base_units()) <= 1e-9 * demand.base_units(),
           std::string{function} + ": the allocations do not add up to the demand");
}

void doors(fuzz_input& in) {
    const bool cheapest = in.flag();
    const std::vector<fab::supply_door> doors = decode_doors(in);
    const auto demand = in.quantity<aiecon::device_count>("demand", 1e5);
    if (cheapest) {
        const auto deadline = in.quantity<aiecon::duration>("deadline", 12.0 * month);
        run_case(in, "fab::source_cheapest", [&] {
            check_plan(in, "fab::source_cheapest", fab::source_cheapest(doors, demand, deadline),
                       demand);
        });
    } else {
        run_case(in, "fab::source_fastest", [&] {
            check_plan(in, "fab::source_fastest", fab::source_fastest(doors, demand), demand);
        });
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz_input in(data, size);
    switch (in.choose(10)) {
        case 0:
            wafer_geometry(in);
            break;
        case 1:
            gross_dies(in);
            break;
        case 2:
            yield(in);
            break;
        case 3:
            per_die_costs(in);
            break;
        case 4:
            die_costs(in);
            break;
        case 5:
            interposer(in);
            break;
        case 6:
            package(in);
            break;
        case 7:
            carbon(in);
            break;
        case 8:
            supply(in);
            break;
        default:
            doors(in);
            break;
    }
    return 0;
}
