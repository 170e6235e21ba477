// A part bought through a chain of vendors, each adding its margin and its
// lead time, against making it in-house: cost and time side by side.
// Vertical integration deletes the queue, not only the margin.
//
//   bought cost = cost to make x product over vendors of (1 + margin)
//   bought time = sum over vendors of lead time
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "../units/sequence.hpp"

namespace aiecon::finance {

struct vendor {
    std::string name;
    double margin = 0.0;  // on its cost: 0.6 sells at 1.6 x cost
    duration lead_time;
};

struct in_house {
    money cost;          // to make the part oneself
    duration lead_time;  // to make it
};

struct sourcing_comparison {
    money bought_cost;
    duration bought_time;
    money made_cost;
    duration made_time;
    money margin_saved;   // bought - made
    duration time_saved;  // bought - made; negative when making is slower
};

// `cost_to_make` is the part's cost before any vendor's margin.
template <sequence Vendors>
sourcing_comparison compare_make_or_buy(money cost_to_make, Vendors&& vendors,
                                        const in_house& make) {
    constexpr std::string_view function = "finance::compare_make_or_buy";
    require_non_negative(function, "cost_to_make", cost_to_make);
    require_non_negative(function, "make.cost", make.cost);
    require_non_negative(function, "make.lead_time", make.lead_time);
    sourcing_comparison c;
    c.bought_cost = cost_to_make;
    for (const vendor& v : vendors) {
        if (!(v.margin >= 0.0 && v.margin < 100.0)) {
            throw_domain_error(function, "margin (" + v.name + ")", v.margin, "[0, 100)");
        }
        require_non_negative(function, "lead_time", v.name, v.lead_time);
        c.bought_cost *= 1.0 + v.margin;
        c.bought_time += v.lead_time;
    }
    // A cost or lead times near the largest double, or many large margins,
    // can overflow: refused. (The savings below are differences of finite
    // non-negative values, so they cannot.)
    c.bought_cost = require_finite_result(function, "bought_cost", c.bought_cost,
                                          "cost_to_make and the vendors' margins");
    c.bought_time =
        require_finite_result(function, "bought_time", c.bought_time, "the vendors' lead times");
    c.made_cost = make.cost;
    c.made_time = make.lead_time;
    c.margin_saved = c.bought_cost - c.made_cost;
    c.time_saved = c.bought_time - c.made_time;
    return c;
}

}  // namespace aiecon::finance
