// An offtake contract: a buyer pays a price per accelerator-hour for the
// hours it uses; against the owner's TCO, what margin it leaves, how long
// the hardware takes to pay back, and the utilisation at which it breaks
// even.
#pragma once

#include <optional>
#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "tco.hpp"

namespace aiecon::finance {

struct offtake_result {
    price_per_device_time margin_per_utilised_hour;  // price - TCO per utilised hour
    double margin_share = 0.0;                       // margin / price
    money profit_per_accelerator_year;               // before tax
    std::optional<duration> payback;                 // of capex per accelerator; none if never
    std::optional<double> break_even_utilisation;    // none if not reachable at 100 %
};

// At utilisation u, revenue is price x u x hours, cost is the fixed part
// (capital, facility, maintenance) plus energy, which scales with u; so the
// break-even utilisation is fixed / (price - energy at full use):
//   u* = (hardware + facility + maintenance) / (price - energy / u)
inline offtake_result offtake(const tco_inputs& in, price_per_device_time price) {
    constexpr std::string_view function = "finance::offtake";
    require_non_negative(function, "price", price);
    const tco_per_hour cost = tco(in);
    const price_per_device_time fixed = cost.hardware + cost.facility + cost.maintenance;
    const price_per_device_time energy_at_full_use = cost.energy / in.utilisation;

    offtake_result r;
    r.margin_per_utilised_hour = price - cost.per_utilised_hour;
    // A price far below the cost (1e-300 $/h) makes the share overflow.
    r.margin_share =
        price > price_per_device_time{}
            ? require_finite_result(function, "margin_share", r.margin_per_utilised_hour / price,
                                    "price against the TCO inputs")
            : 0.0;
    const auto hours_a_year = 1.0 * units::device * units::year;
    r.profit_per_accelerator_year = require_finite_result(
        function, "profit_per_accelerator_year",
        r.margin_per_utilised_hour * in.utilisation * hours_a_year,
        "price and the TCO inputs (capex_per_accelerator, power_per_accelerator, "
        "facility_capex, tariff)");
    // Cash the hardware earns each year: revenue less energy, maintenance and
    // the facility's yearly charge (the hardware's own capital excluded).
    const money cash_per_year =
        (price * in.utilisation - cost.energy - cost.maintenance - cost.facility) * hours_a_year;
    if (cash_per_year > money{}) {
        r.payback = require_finite_result(
            function, "payback", in.capex_per_accelerator / cash_per_year * (1.0 * units::year),
            "capex_per_accelerator against price less the running costs");
    }
    const price_per_device_time headroom = price - energy_at_full_use;
    if (headroom > price_per_device_time{} && fixed / headroom <= 1.0) {
        r.break_even_utilisation = fixed / headroom;
    }
    return r;
}

}  // namespace aiecon::finance
