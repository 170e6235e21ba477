// Advanced (2.5D) packaging: logic dies and memory stacks side by side on an
// interposer or organic substrate, joined in one assembly step.
//
// Assembly either works or scraps the whole package, with every part already
// placed in it. So the cost of a good package is what all its parts and the
// assembly cost, divided by the chance the package comes out good:
//   package yield = assembly yield x product over parts of (part yield)^count
//   cost per good package = (sum of count x unit cost + assembly cost)
//                           / package yield
// (the compound-yield cost model of multi-chip assembly, e.g. Stow, Xie,
// Siddhu, Loh, "Cost-effective design of scalable high-performance systems
// using active and passive interposers", ICCAD 2017). Embodied emissions are
// shared out the same way.
#pragma once

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "die_cost.hpp"

namespace aiecon::fab {

using emissions_per_die = quantity<dimension_quotient_t<dim::emissions, dim::die>>;

// A stack of memory dies, such as HBM, bought tested.
struct memory_stack {
    money cost;                     // price of one stack
    double yield = 1.0;             // chance a stack still works once assembled
    information capacity{};         // bytes per stack
    aiecon::bandwidth bandwidth{};  // per stack
    emissions embodied{};           // embodied emissions of one stack (optional)
};

// The carrier the dies sit on: a silicon interposer (itself a large die,
// see silicon_interposer) or an organic substrate.
struct interposer {
    money cost;            // per good interposer
    double yield = 1.0;    // chance it still works once assembled
    emissions embodied{};  // optional
};

// A silicon interposer made like any die: its cost is that of a known good
// interposer die from its own wafer, yield model and defect density (with
// `test_cost_per_die` to probe each), and `assembly_survival` the chance it
// still works once the package is assembled.
inline interposer silicon_interposer(const wafer& w, const die& interposer_die,
                                     const yield_model& model, defect_density defects,
                                     emissions per_wafer_emissions = {},
                                     price_per_die test_cost_per_die = {},
                                     double assembly_survival = 1.0) {
    require_positive_fraction("fab::silicon_interposer", "assembly_survival", assembly_survival);
    require_non_negative("fab::silicon_interposer", "per_wafer_emissions", per_wafer_emissions);
    const die_economics economics = die_costs(w, interposer_die, model, defects, test_cost_per_die);
    return {economics.known_good_die * (1.0 * units::die), assembly_survival,
            per_good_die(per_wafer_emissions, economics.good) * (1.0 * units::die)};
}

// An organic substrate: bought at a price, tested.
inline interposer organic_substrate(money cost, emissions embodied = {}) {
    require_non_negative("fab::organic_substrate", "cost", cost);
    require_non_negative("fab::organic_substrate", "embodied", embodied);
    return {cost, 1.0, embodied};
}

struct assembly_step {
    money cost;            // per package assembled, good or not
    double yield = 1.0;    // share of assembled packages that work
    emissions embodied{};  // per package assembled (optional)
};

// One accelerator package: `logic_dies` dies at `logic_die_cost` each
// (known good), `memory_stacks` stacks, one interposer, one assembly step.
struct accelerator_package {
    double logic_dies = 1.0;
    price_per_die logic_die_cost;
    double logic_die_yield = 1.0;             // chance a known good die survives assembly
    emissions_per_die logic_die_emissions{};  // optional
    double memory_stacks = 0.0;
    memory_stack memory{};
    fab::interposer interposer;
    assembly_step assembly;
};

// One line of a package's bill of materials.
struct bom_line {
    std::string item;
    double quantity = 0.0;  // per package
    money unit_cost;
    money extended_cost;  // quantity x unit cost, per package assembled
    emissions extended_emissions;
    double yield = 1.0;  // survival of each unit through assembly
};

// The bill of materials of one assembled package, good or not: a line for
// the logic dies, the memory stacks, the interposer and the assembly.
inline std::vector<bom_line> bill_of_materials(const accelerator_package& p) {
    constexpr std::string_view function = "fab::bill_of_materials";
    require_positive(function, "logic_dies", p.logic_dies);
    require_non_negative(function, "memory_stacks", p.memory_stacks);
    require_non_negative(function, "logic_die_cost", p.logic_die_cost);
    require_non_negative(function, "memory.cost", p.memory.cost);
    require_non_negative(function, "interposer.cost", p.interposer.cost);
    require_non_negative(function, "assembly.cost", p.assembly.cost);
    require_positive_fraction(function, "logic_die_yield", p.logic_die_yield);
    require_positive_fraction(function, "memory.yield", p.memory.yield);
    require_positive_fraction(function, "interposer.yield", p.interposer.yield);
    require_positive_fraction(function, "assembly.yield", p.assembly.yield);
    require_non_negative(function, "logic_die_emissions", p.logic_die_emissions);
    require_non_negative(function, "memory.embodied", p.memory.embodied);
    require_non_negative(function, "memory.capacity", p.memory.capacity);
    require_non_negative(function, "memory.bandwidth", p.memory.bandwidth);
    require_non_negative(function, "interposer.embodied", p.interposer.embodied);
    require_non_negative(function, "assembly.embodied", p.assembly.embodied);

    const money logic_unit = p.logic_die_cost * (1.0 * units::die);
    const emissions logic_emissions = p.logic_die_emissions * (1.0 * units::die);
    // A count times a unit figure: the two lines that can overflow.
    const money logic_cost =
        require_finite_result(function, "logic die extended_cost", p.logic_dies * logic_unit,
                              "logic_dies and logic_die_cost");
    const emissions logic_embodied =
        require_finite_result(function, "logic die extended_emissions",
                              p.logic_dies * logic_emissions, "logic_dies and logic_die_emissions");
    const money memory_cost =
        require_finite_result(function, "memory stack extended_cost",
                              p.memory_stacks * p.memory.cost, "memory_stacks and memory.cost");
    const emissions memory_embodied = require_finite_result(
        function, "memory stack extended_emissions", p.memory_stacks * p.memory.embodied,
        "memory_stacks and memory.embodied");
    return {
        {"logic die", p.logic_dies, logic_unit, logic_cost, logic_embodied, p.logic_die_yield},
        {"memory stack", p.memory_stacks, p.memory.cost, memory_cost, memory_embodied,
         p.memory.yield},
        {"interposer", 1.0, p.interposer.cost, p.interposer.cost, p.interposer.embodied,
         p.interposer.yield},
        {"assembly", 1.0, p.assembly.cost, p.assembly.cost, p.assembly.embodied, p.assembly.yield},
    };
}

// What a good package costs, and what it holds.
struct package_economics {
    double package_yield = 0.0;    // share of assembled packages that work
    money cost_per_good_package;   // everything, scrap included
    money scrap_per_good_package;  // the part of it lost in failed packages
    emissions emissions_per_good_package;
    information memory_capacity;  // memory_stacks x stack capacity
    bandwidth memory_bandwidth;   // memory_stacks x stack bandwidth
    std::vector<bom_line> bill_of_materials;
};

inline package_economics package_costs(const accelerator_package& p) {
    package_economics result;
    result.bill_of_materials = bill_of_materials(p);
    money assembled_cost;
    emissions assembled_emissions;
    result.package_yield = 1.0;
    for (const bom_line& line : result.bill_of_materials) {
        assembled_cost += line.extended_cost;
        assembled_emissions += line.extended_emissions;
        result.package_yield *= std::pow(line.yield, line.quantity);
    }
    // So many parts that the package almost never comes out good: no answer.
    if (!(result.package_yield > 0.0)) {
        throw_domain_error("fab::package_costs", "package yield", result.package_yield,
                           "(0, 1]: more parts than assembly can survive");
    }
    constexpr std::string_view function = "fab::package_costs";
    result.cost_per_good_package = require_finite_result(
        function, "cost_per_good_package", assembled_cost / result.package_yield,
        "the parts' costs (logic_dies x logic_die_cost, memory_stacks x memory.cost, "
        "interposer.cost, assembly.cost) and the package yield");
    // Never negative: a yield <= 1 makes cost / yield >= cost, and both round
    // the same way.
    result.scrap_per_good_package = result.cost_per_good_package - assembled_cost;
    result.emissions_per_good_package = require_finite_result(
        function, "emissions_per_good_package", assembled_emissions / result.package_yield,
        "the parts' emissions (logic_dies x logic_die_emissions, memory_stacks x "
        "memory.embodied, interposer.embodied, assembly.embodied) and the package yield");
    result.memory_capacity =
        require_finite_result(function, "memory_capacity", p.memory_stacks * p.memory.capacity,
                              "memory_stacks and memory.capacity");
    result.memory_bandwidth =
        require_finite_result(function, "memory_bandwidth", p.memory_stacks * p.memory.bandwidth,
                              "memory_stacks and memory.bandwidth");
    return result;
}

}  // namespace aiecon::fab
