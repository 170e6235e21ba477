// The heat a compute payload gives off: all the electrical power it takes in
// ends up as heat (no work leaves the box), and so do the losses of the
// power conversion that feeds it.
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::thermal {

// Heat to reject for a payload drawing `payload_power` through power
// conversion of `conversion_efficiency`: payload / efficiency (the payload's
// own power plus the conversion losses, by conservation of energy).
inline power heat_load(power payload_power, double conversion_efficiency = 1.0) {
    constexpr std::string_view function = "thermal::heat_load";
    require_non_negative(function, "payload_power", payload_power);
    require_positive_fraction(function, "conversion_efficiency", conversion_efficiency);
    return require_finite_result(function, "heat load", payload_power / conversion_efficiency,
                                 "payload_power and conversion_efficiency");
}

}  // namespace aiecon::thermal
