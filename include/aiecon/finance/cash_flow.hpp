// Cash flows over years: net present value and payback period.
#pragma once

#include <cmath>
#include <optional>
#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "../units/sequence.hpp"

namespace aiecon::finance {

// Net present value of cash flows, the first at year 0 (now), the next at
// year 1, and so on, discounted at `discount_rate` a year:
//   NPV = sum over t of CF_t / (1 + r)^t
// (R. A. Brealey, S. C. Myers and F. Allen, "Principles of Corporate
// Finance", ch. 2).
template <sequence Flows>
money net_present_value(double discount_rate, Flows&& yearly_flows) {
    constexpr std::string_view function = "finance::net_present_value";
    if (!(discount_rate > -1.0 && std::isfinite(discount_rate))) {
        throw_domain_error(function, "discount_rate", discount_rate, "(-1, inf)");
    }
    money npv;
    double discount = 1.0;
    for (const money flow : yearly_flows) {
        require_finite(function, "cash flow", flow);
        npv += flow / discount;
        discount *= 1.0 + discount_rate;
    }
    // Flows near the largest double, or a rate near -1 over many years, can
    // overflow the sum (or meet inf - inf): refused, not returned.
    return require_finite_result(function, "net present value", npv,
                                 "the cash flows and discount_rate");
}

// Payback period: when the cumulative cash flow first reaches zero, flows
// arriving evenly within each year (so the crossing is interpolated within
// the year it happens). None when it never does.
template <sequence Flows>
std::optional<duration> payback_period(Flows&& yearly_flows) {
    constexpr std::string_view function = "finance::payback_period";
    money cumulative;
    double year = 0.0;
    bool first = true;
    for (const money flow : yearly_flows) {
        require_finite(function, "cash flow", flow);
        if (first) {  // year 0: the outlay, at once
            cumulative = flow;
            first = false;
            if (cumulative >= money{}) return 0.0 * units::year;
            continue;
        }
        const money before = cumulative;
        // Outlays near the largest double can overflow the (negative) sum to
        // -inf, from which no later inflow would recover: refused, rather
        // than answered "never".
        cumulative = require_finite_result(function, "cumulative cash flow", cumulative + flow,
                                           "the cash flows");
        if (cumulative >= money{} && flow > money{}) {
            return (year + (-before / flow)) * units::year;
        }
        year += 1.0;
    }
    return std::nullopt;
}

}  // namespace aiecon::finance
