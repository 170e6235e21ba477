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
        require_non_negative(function, "door.capacity", door.name, door.capacity);
        require_non_negative(function, "door.lead_time", door.name, door.lead_time);
        require_non_negative(function, "door.price", door.name, door.price);
        result.push_back(door);
    }
    if (result.empty()) throw_domain_error(function, "doors", "none", "at least one door");
    return result;
}

// The fastest schedule of doors sorted by lead time L_0 <= L_1 <= ...: the
// first `open_doors` of them deliver; the last of those, door k, opens when
// the earlier ones have delivered all but `remaining` of the demand, which
// the open doors' `open_capacity` then delivers in T - L_k = remaining /
// open_capacity, meeting the demand at `date` = T.
// Door i <= k then delivers capacity x (L_k - L_i) + (its share of the open
// capacity) x remaining. The quantities are kept apart from the dates:
// behind a lead time of 1e300 s a demand met in months is lost to rounding
// in any absolute date, and T - L_k may underflow (1e-308 devices at 1e308
// a second) where the door's share does not.
struct fastest_schedule {
    std::size_t open_doors = 0;
    device_rate open_capacity;
    device_count remaining;
    duration date;
};

// The earliest date by which the doors, sorted by lead time, deliver
// `demand` together: the root T of the piecewise linear cumulative supply,
//   sum over doors of capacity x max(0, T - lead time) = demand.
// With C_k the capacity of doors 0..k and S_k what doors 0..k-1 have
// delivered by L_k (S_k+1 = S_k + C_k (L_k+1 - L_k), lead-time differences
// only), the demand is met while doors 0..k are open when S_k+1 >= demand
// (or k is the last door), and then T - L_k = (demand - S_k) / C_k.
// None when no door has capacity, or the date is not finite.
inline std::optional<fastest_schedule> earliest_date(const std::vector<supply_door>& by_lead_time,
                                                     device_count demand,
                                                     std::string_view function) {
    device_rate open_capacity;  // C_k
    device_count delivered;     // S_k
    for (std::size_t k = 0; k < by_lead_time.size(); ++k) {
        if (k > 0) {
            delivered +=
                open_capacity * (by_lead_time[k].lead_time - by_lead_time[k - 1].lead_time);
        }
        open_capacity += by_lead_time[k].capacity;
        require_finite_result(function, "total capacity of the open doors", open_capacity,
                              "door.capacity");
        if (!(open_capacity > device_rate{})) continue;
        const bool last = k + 1 == by_lead_time.size();
        if (last || delivered + open_capacity *
                                    (by_lead_time[k + 1].lead_time - by_lead_time[k].lead_time) >=
                        demand) {
            const device_count remaining = demand - delivered;
            const duration date = by_lead_time[k].lead_time + remaining / open_capacity;
            // Capacity too small to deliver in any finite time.
            if (!isfinite(date)) return std::nullopt;
            return fastest_schedule{k + 1, open_capacity, remaining, date};
        }
    }
    return std::nullopt;  // no door has capacity
}

// A door, and what it can deliver.
struct offered_door {
    const supply_door* door;
    device_count deliverable;
};

// The doors sorted by lead time, each with what it delivers in the fastest
// schedule: capacity x (L_k - L_i) + capacity / C_k x remaining for the open
// doors, nothing for the rest.
inline std::vector<offered_door> fastest_deliveries(const std::vector<supply_door>& by_lead_time,
                                                    const fastest_schedule& schedule) {
    std::vector<offered_door> offered;
    const duration last_lead = by_lead_time[schedule.open_doors - 1].lead_time;
    for (std::size_t i = 0; i < by_lead_time.size(); ++i) {
        const supply_door& door = by_lead_time[i];
        const device_count deliverable =
            i < schedule.open_doors
                ? door.capacity * (last_lead - door.lead_time) +
                      door.capacity / schedule.open_capacity * schedule.remaining
                : device_count{};
        offered.push_back({&door, deliverable});
    }
    return offered;
}

// Fills doors in the given order, each with what it can deliver, until the
// demand is met.
inline sourcing_plan fill_in_order(const std::vector<offered_door>& ordered, device_count demand,
                                   std::string_view function) {
    sourcing_plan plan;
    device_count remaining = demand;
    for (const offered_door& offered : ordered) {
        const supply_door& door = *offered.door;
        const device_count taken = min(remaining, offered.deliverable);
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
    // Every allocation's cost is at most the total, so a finite total
    // bounds them all, and the blended price, at most the dearest door's, is
    // finite with it. The time to meet demand is at most the (finite)
    // earliest date or deadline.
    require_finite_result(function, "total_cost", plan.total_cost, "door.price and demand");
    plan.blended_price = plan.total_cost / demand;
    return plan;
}

inline void sort_by(std::vector<supply_door>& doors, sourcing_order order) {
    std::stable_sort(doors.begin(), doors.end(), [order](const auto& a, const auto& b) {
        return order == sourcing_order::cheapest_first ? a.price < b.price
                                                       : a.lead_time < b.lead_time;
    });
}

inline fastest_schedule require_schedule(const std::vector<supply_door>& by_lead_time,
                                         device_count demand, std::string_view function) {
    const std::optional<fastest_schedule> schedule = earliest_date(by_lead_time, demand, function);
    if (!schedule) {
        throw_domain_error(function, "doors", "none with capacity",
                           "at least one door with a finite delivery date");
    }
    return *schedule;
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
    const detail::fastest_schedule schedule = detail::require_schedule(ordered, demand, function);
    return detail::fill_in_order(detail::fastest_deliveries(ordered, schedule), demand, function);
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
    const detail::fastest_schedule earliest =
        detail::require_schedule(by_lead_time, demand, function);
    // Tolerate rounding: a deadline equal to the earliest date is feasible.
    if (deadline < earliest.date * (1.0 - 1e-12)) {
        throw_domain_error(function, "deadline", deadline,
                           "[" + to_string(earliest.date) + ", inf), the earliest the doors allow");
    }
    // Each door delivers from its lead time to the deadline. A deadline no
    // later than the exact earliest date (within the rounding tolerated
    // above), C_k (deadline - L_k) <= remaining, is the earliest date, whose
    // deliveries come from the fastest schedule rather than a rounded date.
    const duration last_lead = by_lead_time[earliest.open_doors - 1].lead_time;
    std::vector<detail::offered_door> by_price;
    if (earliest.open_capacity * (deadline - last_lead) <= earliest.remaining) {
        by_price = detail::fastest_deliveries(by_lead_time, earliest);
    } else {
        for (const supply_door& door : by_lead_time) {
            by_price.push_back({&door, door.capacity * max(deadline - door.lead_time, duration{})});
        }
    }
    std::stable_sort(by_price.begin(), by_price.end(),
                     [](const auto& a, const auto& b) { return a.door->price < b.door->price; });
    return detail::fill_in_order(by_price, demand, function);
}

}  // namespace aiecon::fab
