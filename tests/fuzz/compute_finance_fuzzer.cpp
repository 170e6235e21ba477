// Fuzzes the compute layer (accelerator peak and compute per watt, cluster
// sizing, the roofline) and the finance layer (capital recovery, NPV,
// payback, TCO, offtake, make or buy, depreciation). Allowed: finite
// results, non-negative where they cannot be negative (a net present value,
// a margin or a saving may be of either sign), or aiecon::domain_error.
#include <aiecon/compute.hpp>
#include <aiecon/finance.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "decode_accelerator.hpp"
#include "fuzz_input.hpp"

namespace {

using aiecon_fuzz::decode_accelerator;
using aiecon_fuzz::decode_precision;
using aiecon_fuzz::expect_finite;
using aiecon_fuzz::expect_in_range;
using aiecon_fuzz::expect_non_negative;
using aiecon_fuzz::fuzz_input;
using aiecon_fuzz::run_case;
namespace compute = aiecon::compute;
namespace finance = aiecon::finance;

constexpr double year = 365.25 * 86400.0;
constexpr double kwh = 3.6e6;  // J

void accelerator(fuzz_input& in) {
    const compute::accelerator a = decode_accelerator(in);
    const compute::precision p = decode_precision(in);
    const double utilisation = in.fraction("utilisation", 0.4);
    run_case(in, "compute::peak",
             [&] { expect_non_negative(in, "compute::peak", compute::peak(a, p)); });
    run_case(in, "compute::compute_per_watt", [&] {
        expect_non_negative(in, "compute::compute_per_watt",
                            compute::compute_per_watt(a, p, utilisation));
    });
}

void cluster(fuzz_input& in) {
    compute::cluster_design c;
    c.accelerator = decode_accelerator(in);
    c.server.accelerators = in.number("server.accelerators", 8.0);
    c.server.overhead_power = in.quantity<aiecon::power>("server.overhead_power", 4e3);
    c.server.overhead_cost = in.quantity<aiecon::money>("server.overhead_cost", 100e3);
    c.servers = in.number("servers", 1000.0);
    c.network_share = in.fraction("network_share", 0.15);
    const compute::precision p = decode_precision(in);
    run_case(in, "compute::size_cluster", [&] {
        const compute::cluster_figures f = compute::size_cluster(c);
        expect_non_negative(in, "compute::size_cluster accelerators", f.accelerators);
        expect_non_negative(in, "compute::size_cluster it_power", f.it_power);
        expect_non_negative(in, "compute::size_cluster capex", f.capex);
        expect_non_negative(in, "compute::size_cluster capex_per_accelerator",
                            f.capex_per_accelerator);
        expect_non_negative(in, "compute::size_cluster power_per_accelerator",
                            f.power_per_accelerator);
    });
    run_case(in, "compute::cluster_peak", [&] {
        expect_non_negative(in, "compute::cluster_peak", compute::cluster_peak(c, p));
    });
}

void roofline(fuzz_input& in) {
    const auto intensity = in.quantity<aiecon::flop_per_byte>("intensity", 100.0);
    const auto peak = in.quantity<aiecon::flop_rate>("peak_rate", 1e15);
    const auto bandwidth = in.quantity<aiecon::bandwidth>("memory_bandwidth", 3.35e12);
    run_case(in, "compute::attainable", [&] {
        expect_non_negative(in, "compute::attainable",
                            compute::attainable(intensity, peak, bandwidth));
    });
    run_case(in, "compute::ridge_intensity", [&] {
        expect_non_negative(in, "compute::ridge_intensity",
                            compute::ridge_intensity(peak, bandwidth));
    });
}

void capital_recovery(fuzz_input& in) {
    const double cost_of_capital = in.fraction("cost_of_capital", 0.08);
    const auto life = in.quantity<aiecon::duration>("life", 10.0 * year);
    const auto capital = in.quantity<aiecon::money>("capital", 1e6);
    run_case(in, "finance::capital_recovery_factor", [&] {
        expect_non_negative(in, "finance::capital_recovery_factor",
                            finance::capital_recovery_factor(cost_of_capital, life));
    });
    run_case(in, "finance::annualised", [&] {
        expect_non_negative(in, "finance::annualised",
                            finance::annualised(capital, cost_of_capital, life));
    });
}

void cash_flows(fuzz_input& in) {
    const double rate = in.number("discount_rate", 0.08);
    std::vector<aiecon::money> flows(in.choose(12));
    for (std::size_t i = 0; i < flows.size(); ++i) {
        flows[i] = in.quantity<aiecon::money>("flow", i == 0 ? -1e6 : 3e5);
    }
    run_case(in, "finance::net_present_value", [&] {
        expect_finite(in, "finance::net_present_value", finance::net_present_value(rate, flows));
    });
    run_case(in, "finance::payback_period", [&] {
        const std::optional<aiecon::duration> payback = finance::payback_period(flows);
        if (payback) expect_non_negative(in, "finance::payback_period", *payback);
    });
}

finance::tco_inputs decode_tco(fuzz_input& in) {
    return {.capex_per_accelerator = in.quantity<aiecon::money>("capex_per_accelerator", 40e3),
            .power_per_accelerator = in.quantity<aiecon::power>("power_per_accelerator", 1.2e3),
            .hardware_life = in.quantity<aiecon::duration>("hardware_life", 5.0 * year),
            .facility_capex = in.quantity<aiecon::price_per_power>("facility_capex", 10.0),
            .facility_life = in.quantity<aiecon::duration>("facility_life", 20.0 * year),
            .pue = in.number("pue", 1.3),
            .tariff = in.quantity<aiecon::price_per_energy>("tariff", 0.08 / kwh),
            .maintenance_share = in.fraction("maintenance_share", 0.05),
            .utilisation = in.fraction("utilisation", 0.7),
            .cost_of_capital = in.fraction("cost_of_capital", 0.08)};
}

void tco(fuzz_input& in) {
    const finance::tco_inputs inputs = decode_tco(in);
    run_case(in, "finance::tco", [&] {
        const finance::tco_per_hour t = finance::tco(inputs);
        expect_non_negative(in, "finance::tco hardware", t.hardware);
        expect_non_negative(in, "finance::tco facility", t.facility);
        expect_non_negative(in, "finance::tco energy", t.energy);
        expect_non_negative(in, "finance::tco maintenance", t.maintenance);
        expect_non_negative(in, "finance::tco total", t.total);
        expect_non_negative(in, "finance::tco per_utilised_hour", t.per_utilised_hour);
    });
}

void offtake(fuzz_input& in) {
    const finance::tco_inputs inputs = decode_tco(in);
    const auto price = in.quantity<aiecon::price_per_device_time>("price", 2.5 / 3600.0);
    run_case(in, "finance::offtake", [&] {
        const finance::offtake_result r = finance::offtake(inputs, price);
        expect_finite(in, "finance::offtake margin_per_utilised_hour", r.margin_per_utilised_hour);
        expect_finite(in, "finance::offtake margin_share", r.margin_share);
        expect_finite(in, "finance::offtake profit_per_accelerator_year",
                      r.profit_per_accelerator_year);
        if (r.payback) expect_non_negative(in, "finance::offtake payback", *r.payback);
        if (r.break_even_utilisation) {
            expect_in_range(in, "finance::offtake break_even_utilisation",
                            *r.break_even_utilisation, 0.0, 1.0);
        }
    });
}

void make_or_buy(fuzz_input& in) {
    const auto cost_to_make = in.quantity<aiecon::money>("cost_to_make", 3e3);
    std::vector<finance::vendor> vendors(in.choose(5));
    for (finance::vendor& v : vendors) {
        v.name = in.text(4);
        v.margin = in.number("vendor.margin", 0.6);
        v.lead_time = in.quantity<aiecon::duration>("vendor.lead_time", 0.25 * year);
    }
    const finance::in_house make{
        .cost = in.quantity<aiecon::money>("make.cost", 5e3),
        .lead_time = in.quantity<aiecon::duration>("make.lead_time", 2.0 * year)};
    run_case(in, "finance::compare_make_or_buy", [&] {
        const finance::sourcing_comparison c =
            finance::compare_make_or_buy(cost_to_make, vendors, make);
        expect_non_negative(in, "finance::compare_make_or_buy bought_cost", c.bought_cost);
        expect_non_negative(in, "finance::compare_make_or_buy bought_time", c.bought_time);
        expect_non_negative(in, "finance::compare_make_or_buy made_cost", c.made_cost);
        expect_non_negative(in, "finance::compare_make_or_buy made_time", c.made_time);
        expect_finite(in, "finance::compare_make_or_buy margin_saved", c.margin_saved);
        expect_finite(in, "finance::compare_make_or_buy time_saved", c.time_saved);
    });
}

void depreciation(fuzz_input& in) {
    std::vector<finance::capex_item> items(in.choose(5));
    for (finance::capex_item& item : items) {
        item.name = in.text(4);
        item.cost = in.quantity<aiecon::money>("item.cost", 1e6);
        item.life = in.quantity<aiecon::duration>("item.life", 5.0 * year);
        item.salvage = in.quantity<aiecon::money>("item.salvage", 1e5);
    }
    for (const finance::capex_item& item : items) {
        run_case(in, "finance::straight_line_depreciation", [&] {
            expect_non_negative(in, "finance::straight_line_depreciation",
                                finance::straight_line_depreciation(item));
        });
    }
    run_case(in, "finance::total_capex",
             [&] { expect_non_negative(in, "finance::total_capex", finance::total_capex(items)); });
    run_case(in, "finance::yearly_depreciation", [&] {
        expect_non_negative(in, "finance::yearly_depreciation",
                            finance::yearly_depreciation(items));
    });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz_input in(data, size);
    switch (in.choose(9)) {
        case 0:
            accelerator(in);
            break;
        case 1:
            cluster(in);
            break;
        case 2:
            roofline(in);
            break;
        case 3:
            capital_recovery(in);
            break;
        case 4:
            cash_flows(in);
            break;
        case 5:
            tco(in);
            break;
        case 6:
            offtake(in);
            break;
        case 7:
            make_or_buy(in);
            break;
        default:
            depreciation(in);
            break;
    }
    return 0;
}
