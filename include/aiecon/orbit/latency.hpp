// Latency: where a workload may run given the speed of light. Round-trip
// light time to a satellite overhead and over fibre on the ground, and the
// sites that meet a workload's latency budget.
#pragma once

#include <cmath>
#include <numbers>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "../units/sequence.hpp"
#include "earth.hpp"

namespace aiecon::orbit {

// The speed of light in vacuum, exact by the definition of the metre (SI
// Brochure, 9th ed., 2019).
inline constexpr speed speed_of_light = 299'792'458.0 * units::m / units::s;

// Group index of standard single-mode fibre at 1550 nm: light in it travels
// at c / 1.4682 (Corning SMF-28 Ultra product information).
inline constexpr double fibre_group_index = 1.4682;

// Distance from a ground station to a satellite at `altitude` seen at
// `elevation_degrees` above the horizon (spherical Earth):
//   d = sqrt((R + h)^2 - (R cos e)^2) - R sin e
inline length slant_range(length altitude, double elevation_degrees) {
    constexpr std::string_view function = "orbit::slant_range";
    require_positive(function, "altitude", altitude);
    if (!(elevation_degrees >= 0.0 && elevation_degrees <= 90.0)) {
        throw_domain_error(function, "elevation_degrees", elevation_degrees, "[0, 90]");
    }
    const double e = elevation_degrees * std::numbers::pi / 180.0;
    const length r = earth_radius;
    const length r_sin_e = r * std::sin(e);
    // The same, rearranged to (h^2 + 2 R h) / (sqrt(...) + R sin e): no
    // cancellation for low altitudes and elevations, never negative. The
    // root's argument, (R + h)^2 - (R cos e)^2, is expanded to
    // (R sin e)^2 + h (2 R + h) for the same reason: the difference lost
    // digits when h and e are both small (0.1 % at h = 1e-308 m, e = 4.5e-6
    // degrees).
    const length root = sqrt(r_sin_e * r_sin_e + altitude * (2.0 * r + altitude));
    // The products overflow for altitudes above about 1.3e154 m (inf / inf).
    return require_finite_result(function, "slant range",
                                 altitude * (altitude + 2.0 * r) / (root + r_sin_e), "altitude");
}

// Round-trip light time from the ground to a satellite and back: 2 d / c
// (finite: slant_range is at most about 1.3e154 m).
inline duration satellite_round_trip(length altitude, double elevation_degrees) {
    return 2.0 * slant_range(altitude, elevation_degrees) / speed_of_light;
}

// Round-trip light time over `distance` of fibre: 2 L n / c.
inline duration fibre_round_trip(length distance, double group_index = fibre_group_index) {
    require_non_negative("orbit::fibre_round_trip", "distance", distance);
    if (!(group_index >= 1.0 && std::isfinite(group_index))) {
        throw_domain_error("orbit::fibre_round_trip", "group_index", group_index, "[1, inf)");
    }
    return require_finite_result("orbit::fibre_round_trip", "round trip",
                                 2.0 * distance * group_index / speed_of_light,
                                 "distance and group_index");
}

// Where a workload could run, and its round-trip light time from the user.
struct placement_site {
    std::string name;
    duration round_trip;
};

// A workload and the round trip it can afford; none means any.
struct latency_budget {
    std::string workload;
    std::optional<duration> round_trip;
};

// Budgets with public sources, for the three kinds of workload the seeds
// name:
//  - robot control: the Tactile Internet's 1 ms end-to-end target (ITU-T
//    Technology Watch Report, "The Tactile Internet", August 2014);
//  - interactive chat: 100 ms, the limit for a response to feel
//    instantaneous (J. Nielsen, "Usability Engineering", 1993, ch. 5);
//  - batch training: no budget.
inline std::vector<latency_budget> standard_budgets() {
    return {{"robot control", 1.0 * units::ms},
            {"interactive chat", 100.0 * units::ms},
            {"batch training", std::nullopt}};
}

struct placement {
    std::string workload;
    std::vector<std::string> sites;  // the sites within its budget, in the order given
};

// For each workload, the sites whose round trip fits its budget. `sites` is
// walked once per workload: pass a container or a multi-pass view.
// Each round trip, of a site or a budget, must be finite and >= 0.
template <sequence Sites, sequence Budgets>
std::vector<placement> place(Sites&& sites, Budgets&& budgets) {
    constexpr std::string_view function = "orbit::place";
    for (const placement_site& s : sites) {
        require_non_negative(function, "site.round_trip", s.name, s.round_trip);
    }
    std::vector<placement> result;
    for (const latency_budget& budget : budgets) {
        if (budget.round_trip) {
            require_non_negative(function, "budget.round_trip", budget.workload,
                                 *budget.round_trip);
        }
        placement p{budget.workload, {}};
        for (const placement_site& s : sites) {
            if (!budget.round_trip || s.round_trip <= *budget.round_trip) p.sites.push_back(s.name);
        }
        result.push_back(std::move(p));
    }
    return result;
}

}  // namespace aiecon::orbit
