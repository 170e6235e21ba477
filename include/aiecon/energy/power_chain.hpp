// Delivered, not brochure, megawatts: a site's power reaches the racks
// through a chain of stages (grid interconnect, substation and transformers,
// switchgear and UPS, cooling plant), each with its own capacity and its own
// lead time until it is energised. The site delivers what its smallest stage
// carries, and only once its slowest stage is energised.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "../units/sequence.hpp"
#include "pue.hpp"

namespace aiecon::site {

struct power_stage {
    std::string name;
    power capacity;      // facility power the stage can carry
    duration lead_time;  // from today until it is energised
};

struct delivered_power {
    power brochure;             // the largest stage: the figure a site is marketed at
    power facility;             // the smallest stage: what the site really delivers
    power it;                   // facility / PUE: what reaches the racks
    std::string binding_stage;  // the stage that sets `facility`
    duration available_after;   // when the slowest stage is energised
    std::string slowest_stage;
};

// Delivered facility and IT power of a chain of stages at `pue`, and when
// it is really available: min over stages of capacity, max over stages of
// lead time. Ties go to the first stage listed.
template <sequence Stages>
delivered_power deliver(Stages&& stages, double pue) {
    constexpr std::string_view function = "site::deliver";
    validate_pue(function, pue);
    delivered_power result;
    bool first = true;
    for (const power_stage& stage : stages) {
        require_non_negative(function, "stage.capacity", stage.name, stage.capacity);
        require_non_negative(function, "stage.lead_time", stage.name, stage.lead_time);
        if (first || stage.capacity < result.facility) {
            result.facility = stage.capacity;
            result.binding_stage = stage.name;
        }
        if (first || stage.capacity > result.brochure) result.brochure = stage.capacity;
        if (first || stage.lead_time > result.available_after) {
            result.available_after = stage.lead_time;
            result.slowest_stage = stage.name;
        }
        first = false;
    }
    if (first) throw_domain_error(function, "stages", "none", "at least one stage");
    result.it = it_power(result.facility, pue);
    return result;
}

// The IT power the chain delivers at time `t` from today: nothing until
// every stage is energised, then the smallest stage over PUE. `t` counts
// from today, as the lead times do: a NaN would read as "not yet".
template <sequence Stages>
power it_power_at(Stages&& stages, double pue, duration t) {
    require_non_negative("site::it_power_at", "t", t);
    const delivered_power site = deliver(stages, pue);
    return t >= site.available_after ? site.it : power{};
}

}  // namespace aiecon::site
