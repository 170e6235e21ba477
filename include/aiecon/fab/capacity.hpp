// Fab and supply capacity: good accelerators per month from the three
// inputs a 2.5D accelerator needs (logic wafers, memory stacks, packaging
// slots), and which of them binds. Output is limited by the scarcest input,
// as in any assembly line (Liebig's law of the minimum, in operations
// research the bottleneck of a serial process).
#pragma once

#include <optional>
#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::fab {

// Memory stacks are counted per month as plain numbers: the core has no
// base dimension for them.
using stack_rate = frequency;

struct supply_inputs {
    wafer_rate logic_wafer_starts;       // logic wafers started per month
    dies_per_wafer good_dies_per_wafer;  // good logic dies per wafer
    dies_per_device logic_dies_per_package;
    stack_rate memory_stacks;  // memory stacks delivered per month
    double stacks_per_package = 0.0;
    device_rate packaging_slots;  // packages the assembly lines can start per month
    double package_yield = 1.0;   // share of assembled packages that work
};

enum class supply_input { logic_wafers, memory_stacks, packaging };

inline std::string_view name_of(supply_input input) {
    switch (input) {
        case supply_input::logic_wafers:
            return "logic wafers";
        case supply_input::memory_stacks:
            return "memory stacks";
        case supply_input::packaging:
            return "packaging";
    }
    return "unknown";
}

struct supply_capacity {
    device_rate good_accelerators;  // per month, after package yield
    supply_input binding;           // the scarcest input
    // Packages per month each input alone would allow, before package yield.
    device_rate packages_from_logic;
    std::optional<device_rate> packages_from_memory;  // none for packages without memory
    device_rate packages_from_packaging;
};

inline supply_capacity accelerator_supply(const supply_inputs& in) {
    constexpr std::string_view function = "fab::accelerator_supply";
    require_non_negative(function, "logic_wafer_starts", in.logic_wafer_starts);
    require_non_negative(function, "good_dies_per_wafer", in.good_dies_per_wafer);
    require_positive(function, "logic_dies_per_package", in.logic_dies_per_package);
    require_non_negative(function, "memory_stacks", in.memory_stacks);
    require_non_negative(function, "stacks_per_package", in.stacks_per_package);
    require_non_negative(function, "packaging_slots", in.packaging_slots);
    require_positive_fraction(function, "package_yield", in.package_yield);

    supply_capacity result;
    result.packages_from_logic = require_finite_result(
        function, "packages_from_logic",
        in.logic_wafer_starts * in.good_dies_per_wafer / in.logic_dies_per_package,
        "logic_wafer_starts, good_dies_per_wafer and logic_dies_per_package");
    result.packages_from_packaging = in.packaging_slots;
    // A package without memory needs no stacks: memory never binds then.
    if (in.stacks_per_package > 0.0) {
        result.packages_from_memory =
            require_finite_result(function, "packages_from_memory",
                                  in.memory_stacks / in.stacks_per_package * (1.0 * units::device),
                                  "memory_stacks and stacks_per_package");
    }

    result.binding = supply_input::logic_wafers;
    device_rate packages = result.packages_from_logic;
    if (result.packages_from_memory && *result.packages_from_memory < packages) {
        packages = *result.packages_from_memory;
        result.binding = supply_input::memory_stacks;
    }
    if (result.packages_from_packaging < packages) {
        packages = result.packages_from_packaging;
        result.binding = supply_input::packaging;
    }
    result.good_accelerators = packages * in.package_yield;
    return result;
}

}  // namespace aiecon::fab
