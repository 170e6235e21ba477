// Fuzzes the workload layer: training compute, the compute-optimal model,
// training runs, serving, a model's lifecycle, embodied endpoints, and the
// whole quartz-to-token chain. Allowed: finite, non-negative results (shares
// in [0, 1]), or aiecon::domain_error.
#include <aiecon/compute/catalog.hpp>
#include <aiecon/workload.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "decode_accelerator.hpp"
#include "fuzz_input.hpp"

namespace {

using aiecon_fuzz::decode_accelerator;
using aiecon_fuzz::decode_precision;
using aiecon_fuzz::expect;
using aiecon_fuzz::expect_in_range;
using aiecon_fuzz::expect_non_negative;
using aiecon_fuzz::fuzz_input;
using aiecon_fuzz::run_case;
namespace compute = aiecon::compute;
namespace workload = aiecon::workload;
namespace u = aiecon::units;

constexpr double year = 365.25 * 86400.0;
constexpr double hour = 3600.0;
constexpr double kwh = 3.6e6;  // J

void training_flop(fuzz_input& in) {
    const double parameters = in.number("parameters", 70e9);
    const auto tokens = in.quantity<aiecon::token_count>("tokens", 1.4e12);
    run_case(in, "workload::training_flop", [&] {
        expect_non_negative(in, "workload::training_flop",
                            workload::training_flop(parameters, tokens));
    });
}

void compute_optimal(fuzz_input& in) {
    const auto budget = in.quantity<aiecon::flop_count>("budget", 5.9e23);
    const double tokens_per_parameter = in.number("tokens_per_parameter", 20.0);
    run_case(in, "workload::compute_optimal", [&] {
        const workload::model_size m = workload::compute_optimal(budget, tokens_per_parameter);
        expect_non_negative(in, "workload::compute_optimal parameters", m.parameters);
        expect_non_negative(in, "workload::compute_optimal tokens", m.tokens);
    });
}

void train(fuzz_input& in) {
    const auto flop = in.quantity<aiecon::flop_count>("flop", 1e24);
    workload::training_setup s;
    s.accelerator = decode_accelerator(in);
    s.precision = decode_precision(in);
    s.accelerators = in.quantity<aiecon::device_count>("accelerators", 1e3);
    s.model_flop_utilisation = in.fraction("model_flop_utilisation", 0.4);
    s.power_per_accelerator = in.quantity<aiecon::power>("power_per_accelerator", 1.2e3);
    s.pue = in.number("pue", 1.2);
    s.cost_per_accelerator_hour =
        in.quantity<aiecon::price_per_device_time>("cost_per_accelerator_hour", 2.0 / hour);
    s.service_life = in.quantity<aiecon::duration>("service_life", year);
    run_case(in, "workload::train", [&] {
        const workload::training_run r = workload::train(flop, s);
        expect_non_negative(in, "workload::train flop", r.flop);
        expect_non_negative(in, "workload::train time", r.time);
        expect_non_negative(in, "workload::train accelerator_hours", r.accelerator_hours);
        expect_non_negative(in, "workload::train facility_energy", r.facility_energy);
        expect_non_negative(in, "workload::train cost", r.cost);
        expect_non_negative(in, "workload::train amortised", r.amortised);
    });
}

workload::transformer decode_transformer(fuzz_input& in) {
    return {.parameters = in.number("model.parameters", 70e9),
            .layers = in.number("model.layers", 80.0),
            .model_width = in.number("model.model_width", 8192.0),
            .kv_heads = in.number("model.kv_heads", 8.0),
            .head_dim = in.number("model.head_dim", 128.0),
            .bytes_per_parameter = in.number("model.bytes_per_parameter", 2.0),
            .bytes_per_kv_element = in.number("model.bytes_per_kv_element", 2.0)};
}

workload::serving_plan decode_plan(fuzz_input& in) {
    workload::serving_plan p;
    p.precision = decode_precision(in);
    p.accelerators = in.number("plan.accelerators", 8.0);
    p.batch = in.number("plan.batch", 32.0);
    p.context = in.quantity<aiecon::token_count>("plan.context", 4096.0);
    p.compute_efficiency = in.fraction("plan.compute_efficiency", 0.5);
    p.bandwidth_efficiency = in.fraction("plan.bandwidth_efficiency", 0.8);
    return p;
}

void check_inference(const fuzz_input& in, const workload::transformer& m,
                     const workload::serving_plan& plan, const workload::inference_figures& f) {
    expect_non_negative(in, "workload::serve decode_step", f.decode_step);
    expect_non_negative(in, "workload::serve decode_tokens_per_group", f.decode_tokens_per_group);
    expect_non_negative(in, "workload::serve decode_tokens_per_accelerator",
                        f.decode_tokens_per_accelerator);
    expect_non_negative(in, "workload::serve prefill_tokens_per_accelerator",
                        f.prefill_tokens_per_accelerator);
    expect_non_negative(in, "workload::serve cost_per_token", f.cost_per_token);
    expect_non_negative(in, "workload::serve energy_per_token", f.energy_per_token);
    // Without a KV cache the batch is not limited by memory: largest_batch
    // is then HUGE_VAL by design. Otherwise a finite count of at least 1.
    const bool no_cache = (workload::kv_cache_per_token(m) * plan.context).base_units() == 0.0;
    if (no_cache) {
        expect(in, f.largest_batch == HUGE_VAL, "workload::serve largest_batch without a cache");
    } else {
        expect_non_negative(in, "workload::serve largest_batch", f.largest_batch);
        expect(in, f.largest_batch >= 1.0, "workload::serve largest_batch >= 1");
    }
}

void serve(fuzz_input& in) {
    const workload::transformer m = decode_transformer(in);
    workload::serving_setup s;
    s.accelerator = decode_accelerator(in);
    s.plan = decode_plan(in);
    s.power_per_accelerator = in.quantity<aiecon::power>("power_per_accelerator", 1.2e3);
    s.pue = in.number("pue", 1.2);
    s.cost_per_accelerator_hour =
        in.quantity<aiecon::price_per_device_time>("cost_per_accelerator_hour", 2.0 / hour);
    const auto context = in.quantity<aiecon::token_count>("context", 4096.0);
    run_case(in, "workload::flop_per_token", [&] {
        expect_non_negative(in, "workload::flop_per_token", workload::flop_per_token(m, context));
    });
    run_case(in, "workload::kv_cache_per_token", [&] {
        expect_non_negative(in, "workload::kv_cache_per_token", workload::kv_cache_per_token(m));
    });
    run_case(in, "workload::weight_bytes",
             [&] { expect_non_negative(in, "workload::weight_bytes", workload::weight_bytes(m)); });
    run_case(in, "workload::serve", [&] { check_inference(in, m, s.plan, workload::serve(m, s)); });
}

void lifecycle(fuzz_input& in) {
    const workload::lifecycle_inputs inputs{
        .training_cost = in.quantity<aiecon::money>("training_cost", 100e6),
        .inference_cost = in.quantity<aiecon::price_per_token>("inference_cost", 1e-6),
        .tokens_served = in.quantity<aiecon::token_count>("tokens_served", 1e15),
        .tokens_per_task = in.quantity<aiecon::token_count>("tokens_per_task", 2000.0)};
    run_case(in, "workload::lifecycle", [&] {
        const workload::lifecycle_figures f = workload::lifecycle(inputs);
        expect_non_negative(in, "workload::lifecycle training_per_token", f.training_per_token);
        expect_non_negative(in, "workload::lifecycle all_in_per_token", f.all_in_per_token);
        expect_non_negative(in, "workload::lifecycle crossover", f.crossover);
        expect_non_negative(in, "workload::lifecycle cost_per_task", f.cost_per_task);
        expect_in_range(in, "workload::lifecycle training_share", f.training_share, 0.0, 1.0);
    });
}

void endpoint(fuzz_input& in) {
    const workload::on_device d{
        .chip_cost = in.quantity<aiecon::money>("device.chip_cost", 2e3),
        .power = in.quantity<aiecon::power>("device.power", 100.0),
        .duty_cycle = in.fraction("device.duty_cycle", 0.3),
        .life = in.quantity<aiecon::duration>("device.life", 8.0 * year),
        .energy_price = in.quantity<aiecon::price_per_energy>("device.energy_price", 0.15 / kwh),
        .tasks = in.quantity<aiecon::frequency>("device.tasks", 10.0)};
    const workload::from_data_centre c{
        .price = in.quantity<aiecon::price_per_token>("centre.price", 2e-6),
        .tokens_per_task = in.quantity<aiecon::token_count>("centre.tokens_per_task", 500.0),
        .data_per_task = in.quantity<aiecon::information>("centre.data_per_task", 1e6),
        .connectivity = in.quantity<aiecon::price_per_information>("centre.connectivity", 1e-9)};
    run_case(in, "workload::compare_endpoint", [&] {
        const workload::endpoint_comparison r = workload::compare_endpoint(d, c);
        expect_non_negative(in, "workload::compare_endpoint on_device_per_task",
                            r.on_device_per_task);
        expect_non_negative(in, "workload::compare_endpoint data_centre_per_task",
                            r.data_centre_per_task);
        expect_non_negative(in, "workload::compare_endpoint data_centre_inference_per_task",
                            r.data_centre_inference_per_task);
        expect_non_negative(in, "workload::compare_endpoint connectivity_per_task",
                            r.connectivity_per_task);
    });
}

void quartz_to_token(fuzz_input& in) {
    workload::quartz_to_token_inputs q;
    q.wafer = {.diameter = in.quantity<aiecon::length>("wafer.diameter", 0.3),
               .edge_exclusion = in.quantity<aiecon::length>("wafer.edge_exclusion", 3e-3),
               .scribe_width = in.quantity<aiecon::length>("wafer.scribe_width", 1e-4),
               .cost = in.quantity<aiecon::money>("wafer.cost", 17e3)};
    q.die = {.width = in.quantity<aiecon::length>("die.width", 0.026),
             .height = in.quantity<aiecon::length>("die.height", 0.031)};
    q.yield_model.formula = static_cast<aiecon::fab::yield_formula>(in.choose(4));
    q.yield_model.clustering = in.number("yield_model.clustering", 2.0);
    q.defects = in.quantity<aiecon::defect_density>("defects", 1e3);
    q.test_cost = in.quantity<aiecon::price_per_die>("test_cost", 50.0);
    q.memory_stacks = in.number("memory_stacks", 6.0);
    q.memory_stack = {
        .cost = in.quantity<aiecon::money>("memory_stack.cost", 1e3),
        .yield = in.fraction("memory_stack.yield", 0.99),
        .capacity = in.quantity<aiecon::information>("memory_stack.capacity", 24e9),
        .bandwidth = in.quantity<aiecon::bandwidth>("memory_stack.bandwidth", 0.8e12)};
    q.interposer = {.cost = in.quantity<aiecon::money>("interposer.cost", 800.0),
                    .yield = in.fraction("interposer.yield", 0.98)};
    q.assembly = {.cost = in.quantity<aiecon::money>("assembly.cost", 500.0),
                  .yield = in.fraction("assembly.yield", 0.95)};
    for (std::size_t i = in.choose(3); i > 0; --i) {
        q.vendors.push_back({.name = "vendor",
                             .margin = in.number("vendor.margin", 0.6),
                             .lead_time = in.quantity<aiecon::duration>("vendor.lead_time", 0.0)});
    }
    q.accelerator = decode_accelerator(in);
    q.server = {.accelerators = in.number("server.accelerators", 8.0),
                .overhead_power = in.quantity<aiecon::power>("server.overhead_power", 4e3),
                .overhead_cost = in.quantity<aiecon::money>("server.overhead_cost", 100e3)};
    q.network_share = in.fraction("network_share", 0.15);
    q.pue = in.number("pue", 1.3);
    q.tariff = in.quantity<aiecon::price_per_energy>("tariff", 0.08 / kwh);
    q.facility_capex = in.quantity<aiecon::price_per_power>("facility_capex", 10.0);
    q.facility_life = in.quantity<aiecon::duration>("facility_life", 20.0 * year);
    q.hardware_life = in.quantity<aiecon::duration>("hardware_life", 5.0 * year);
    q.maintenance_share = in.fraction("maintenance_share", 0.05);
    q.utilisation = in.fraction("utilisation", 0.7);
    q.cost_of_capital = in.fraction("cost_of_capital", 0.08);
    q.model = decode_transformer(in);
    q.serving = decode_plan(in);

    // The exact die layout is slow for tiny dies (see fab_fuzzer.cpp).
    const double usable = (q.wafer.diameter - 2.0 * q.wafer.edge_exclusion).in(u::m);
    const double pitch =
        std::fmin(q.die.width.in(u::m), q.die.height.in(u::m)) + q.wafer.scribe_width.in(u::m);
    if (std::isfinite(usable / pitch) && usable / pitch * 128.0 > 2e4) return;

    run_case(in, "workload::quartz_to_token", [&] {
        const workload::quartz_to_token_result r = workload::quartz_to_token(q);
        expect_non_negative(in, "workload::quartz_to_token die.known_good_die",
                            r.die.known_good_die);
        expect_non_negative(in, "workload::quartz_to_token package.cost_per_good_package",
                            r.package.cost_per_good_package);
        expect_non_negative(in, "workload::quartz_to_token accelerator_price", r.accelerator_price);
        expect_non_negative(in, "workload::quartz_to_token server.capex_per_accelerator",
                            r.server.capex_per_accelerator);
        expect_non_negative(in, "workload::quartz_to_token tco.per_utilised_hour",
                            r.tco.per_utilised_hour);
        expect_non_negative(in, "workload::quartz_to_token cost_per_token", r.cost_per_token);
        expect_non_negative(in, "workload::quartz_to_token inference.energy_per_token",
                            r.inference.energy_per_token);
    });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz_input in(data, size);
    switch (in.choose(7)) {
        case 0:
            training_flop(in);
            break;
        case 1:
            compute_optimal(in);
            break;
        case 2:
            train(in);
            break;
        case 3:
            serve(in);
            break;
        case 4:
            lifecycle(in);
            break;
        case 5:
            endpoint(in);
            break;
        default:
            quartz_to_token(in);
            break;
    }
    return 0;
}
