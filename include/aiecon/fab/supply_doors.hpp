// Doors into constrained supply: the same part can be sourced through
// several doors (foundries, packaging houses, an own fab), each with its own
// capacity per month, lead time and price. Given a demand, where should it
// go, when is it met, and at what blended price?
//
// Each door delivers nothing until its lead time has passed, then its full
// capacity each month. Two orders of sourcing:
//  - fastest first: every door delivers from its lead time until the demand
//    is met, which is the earliest possible date T,
//      sum over doors of capacity x max(0, T - lead time) = demand
//    (doors are taken in order of lead time, and T found on the piecewise
//    linear cumulative supply). Adding a door that opens before T always
//    brings T forward: another door deletes part of the queue.
//  - cheapest first, by a deadline: doors are filled in order of price, each
//    with what it can deliver by the deadline, until the demand is met. The
//    deadline must be no earlier than the fastest date.
// The binding door is the last one the demand needed: the dearest door used
// when sourcing cheapest first, the latest to open when fastest first.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "../units/sequence.hpp"

namespace aiecon::fab {

struct supply_door {
    std::string name;
    device_rate capacity;  // parts per month once open
    duration lead_time;    // from order to first delivery
    price_per_device price;
};

struct door_allocation {
    std::string name;
    device_count quantity;  // sourced through this door
    duration delivered_by;  // when its last part arrives (zero if unused)
    money cost;
};

struct sourcing_plan {
    std::vector<door_allocation> allocations;  // every door, in sourcing order
    duration time_to_meet_demand;
    money total_cost;
    price_per_device blended_price;
    std::string binding_door;
};

enum class sourcing_order { cheapest_first, fastest_first };

namespace detail {
template <class Doors>
std::vector<supply_door> checked_doors(Doors&& doors, std::string_view function) {
    std::vector<supply_door> result;
    for (const supply_door& door : doors) {
        require_non_negative(function, "door.capacity (" + door.name + ")", door.capacity);
        require_non_negative(function, "door.lead_time (" + door.name + ")", door.lead_time);
        require_non_negative(function, "door.price (" + door.name + ")", door.price);
        result.push_back(door);
    }
    if (result.empty()) throw_domain_error(function, "doors", "none", "at least one door");
    return result;
}

// The earliest date by which doors, sorted by lead time, can deliver
// `demand` together: the root of the piecewise linear cumulative supply.
inline std::optional<duration> earliest_date(const std::vector<supply_door>& by_lead_time,
                                             device_count demand) {
    device_rate open_capacity;
    device_count head_start;  // sum of capacity x lead time of the open doors
    for (std::size_t k = 0; k < by_lead_time.size(); ++k) {
        open_capacity += by_lead_time[k].capacity;
        head_start += by_lead_time[k].capacity * by_lead_time[k].lead_time;
        if (!(open_capacity > device_rate{})) continue;
        const duration date = (demand + head_start) / open_capacity;
        if (!isfinite(date)) return std::nullopt;  // capacity too small to ever deliver
        const bool last = k + 1 == by_lead_time.size();
        if (last || date <= by_lead_time[k + 1].lead_time) return date;
    }
    return std::nullopt;  // no door has capacity
}

// Fills doors in the given order, each with what it delivers by `deadline`.
inline sourcing_plan fill_in_order(const std::vector<supply_door>& ordered, device_count demand,
                                   duration deadline) {
    sourcing_plan plan;
    device_count remaining = demand;
    for (const supply_door& door : ordered) {
        const duration open_time = max(deadline - door.lead_time, duration{});
        const device_count deliverable = door.capacity * open_time;
        const device_count taken = min(remaining, deliverable);
        remaining -= taken;
        door_allocation allocation{door.name, taken, duration{}, taken * door.price};
        if (taken > device_count{}) {
            allocation.delivered_by = door.lead_time + taken / door.capacity;
            plan.binding_door = door.name;
            plan.time_to_meet_demand = max(plan.time_to_meet_demand, allocation.delivered_by);
        }
        plan.total_cost += allocation.cost;
        plan.allocations.push_back(std::move(allocation));
    }
    plan.blended_price = plan.total_cost / demand;
    return plan;
}

inline void sort_by(std::vector<supply_door>& doors, sourcing_order order) {
    std::stable_sort(doors.begin(), doors.end(), [order](const auto& a, const auto& b) {
        return order == sourcing_order::cheapest_first ? a.price < b.price
                                                       : a.lead_time < b.lead_time;
    });
}
}  // namespace detail

// Sources `demand` as fast as the doors allow: every door delivers from its
// lead time until the demand is met.
template <sequence Doors>
sourcing_plan source_fastest(Doors&& doors, device_count demand) {
    constexpr std::string_view function = "fab::source_fastest";
    require_positive(function, "demand", demand);
    std::vector<supply_door> ordered = detail::checked_doors(doors, function);
    detail::sort_by(ordered, sourcing_order::fastest_first);
    const std::optional<duration> date = detail::earliest_date(ordered, demand);
    if (!date)
        throw_domain_error(function, "doors", "none with capacity",
                           "at least one door with a finite delivery date");
    return detail::fill_in_order(ordered, demand, *date);
}

// Sources `demand` by `deadline` at the least cost: the cheapest doors
// first, each with what it can deliver by the deadline.
template <sequence Doors>
sourcing_plan source_cheapest(Doors&& doors, device_count demand, duration deadline) {
    constexpr std::string_view function = "fab::source_cheapest";
    require_positive(function, "demand", demand);
    require_positive(function, "deadline", deadline);
    std::vector<supply_door> by_lead_time = detail::checked_doors(doors, function);
    detail::sort_by(by_lead_time, sourcing_order::fastest_first);
    const std::optional<duration> earliest = detail::earliest_date(by_lead_time, demand);
    if (!earliest)
        throw_domain_error(function, "doors", "none with capacity",
                           "at least one door with a finite delivery date");
    // Tolerate rounding: a deadline equal to the earliest date is feasible.
    if (deadline < *earliest * (1.0 - 1e-12)) {
        throw_domain_error(function, "deadline", deadline,
                           "[" + to_string(*earliest) + ", inf), the earliest the doors allow");
    }
    std::vector<supply_door> by_price = std::move(by_lead_time);
    detail::sort_by(by_price, sourcing_order::cheapest_first);
    return detail::fill_in_order(by_price, demand, max(deadline, *earliest));
}

}  // namespace aiecon::fab
