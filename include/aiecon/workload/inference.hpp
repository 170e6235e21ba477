// Inference: serving a dense transformer. Inference is COGS: every token
// served costs accelerator time and energy.
//
// Per token, a forward pass costs
//   2 N + 2 n_layer n_ctx d_model  FLOP
// (Kaplan et al. 2020, table 1: 2 N for the weights, the rest attention over
// n_ctx tokens of context), and each sequence keeps a KV cache of
//   2 x n_layer x n_kv_heads x head_dim x bytes per element  per token.
// Decoding one token for each of B sequences reads every weight once and
// each sequence's cache, so a decode step takes the longer of its compute
// and its memory traffic (the roofline):
//   t_step = max( B x FLOP per token / compute rate,
//                 (weights + B x n_ctx x KV per token) / memory bandwidth )
// and a group of accelerators decodes B / t_step tokens per second.
// Prefill (reading the prompt) is compute-bound:
//   prefill tokens per second = compute rate / FLOP per token.
#pragma once

#include <algorithm>
#include <cmath>
#include <string_view>

#include "../compute/accelerator.hpp"
#include "../energy/pue.hpp"
#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::workload {

struct transformer {
    double parameters = 0.0;
    double layers = 0.0;
    double model_width = 0.0;  // d_model
    double kv_heads = 0.0;     // key-value heads (fewer than query heads with GQA)
    double head_dim = 0.0;
    double bytes_per_parameter = 2.0;  // 2 for BF16 weights, 1 for FP8
    double bytes_per_kv_element = 2.0;
};

inline void validate(const transformer& m, std::string_view function) {
    require_positive(function, "model.parameters", m.parameters);
    require_positive(function, "model.layers", m.layers);
    require_non_negative(function, "model.model_width", m.model_width);
    require_non_negative(function, "model.kv_heads", m.kv_heads);
    require_non_negative(function, "model.head_dim", m.head_dim);
    require_positive(function, "model.bytes_per_parameter", m.bytes_per_parameter);
    require_non_negative(function, "model.bytes_per_kv_element", m.bytes_per_kv_element);
}

// Forward-pass FLOP per token with `context` tokens in view.
inline quantity<dimension_quotient_t<dim::flop, dim::token>> flop_per_token(const transformer& m,
                                                                            token_count context) {
    validate(m, "workload::flop_per_token");
    require_non_negative("workload::flop_per_token", "context", context);
    const double flop =
        2.0 * m.parameters + 2.0 * m.layers * context.in(units::token)*m.model_width;
    return require_finite_result("workload::flop_per_token", "FLOP per token",
                                 flop * units::FLOP / units::token,
                                 "model.parameters, model.layers, model.model_width and context");
}

// KV cache per token of context, per sequence.
inline quantity<dimension_quotient_t<dim::information, dim::token>> kv_cache_per_token(
    const transformer& m) {
    validate(m, "workload::kv_cache_per_token");
    return require_finite_result(
        "workload::kv_cache_per_token", "KV cache per token",
        2.0 * m.layers * m.kv_heads * m.head_dim * m.bytes_per_kv_element * units::B / units::token,
        "model.layers, model.kv_heads, model.head_dim and model.bytes_per_kv_element");
}

// The weights: parameters x bytes per parameter.
inline information weight_bytes(const transformer& m) {
    validate(m, "workload::weight_bytes");
    return require_finite_result("workload::weight_bytes", "weight bytes",
                                 m.parameters * m.bytes_per_parameter * units::B,
                                 "model.parameters and model.bytes_per_parameter");
}

// How a model is served: on how many accelerators, at what batch and
// context, and how close to peak the kernels run.
struct serving_plan {
    compute::precision precision = compute::precision::bf16;
    double accelerators = 1.0;          // a group serving one model replica
    double batch = 1.0;                 // sequences decoded together
    token_count context;                // tokens in view per sequence (average)
    double compute_efficiency = 0.5;    // share of peak FLOP/s reached; illustrative
    double bandwidth_efficiency = 0.8;  // share of peak memory bandwidth reached; illustrative
};

struct serving_setup {
    compute::accelerator accelerator;
    serving_plan plan;
    power power_per_accelerator;  // IT power, server share included
    double pue = 1.0;
    price_per_device_time cost_per_accelerator_hour;  // TCO or rental
};

struct inference_figures {
    duration decode_step;
    token_rate decode_tokens_per_group;
    token_rate decode_tokens_per_accelerator;
    token_rate prefill_tokens_per_accelerator;
    bool memory_bound = false;                  // decode limited by memory traffic
    double largest_batch = 0.0;                 // sequences whose caches fit beside the weights
    price_per_token cost_per_token;             // decode COGS
    aiecon::energy_per_token energy_per_token;  // decode, facility energy
};

inline inference_figures serve(const transformer& m, const serving_setup& s) {
    constexpr std::string_view function = "workload::serve";
    validate(m, function);
    compute::validate(s.accelerator, function);
    const serving_plan& p = s.plan;
    require_positive(function, "plan.accelerators", p.accelerators);
    require_positive(function, "plan.batch", p.batch);
    require_positive(function, "plan.context", p.context);
    require_positive_fraction(function, "plan.compute_efficiency", p.compute_efficiency);
    require_positive_fraction(function, "plan.bandwidth_efficiency", p.bandwidth_efficiency);
    require_non_negative(function, "power_per_accelerator", s.power_per_accelerator);
    require_non_negative(function, "cost_per_accelerator_hour", s.cost_per_accelerator_hour);
    site::validate_pue(function, s.pue);

    const information weights = weight_bytes(m);
    const auto cache_per_token = kv_cache_per_token(m);
    const information memory = p.accelerators * s.accelerator.memory;
    if (!(weights < memory)) {
        throw_domain_error(function, "plan.accelerators", p.accelerators,
                           "enough that " + to_string(memory) + " holds the " + to_string(weights) +
                               " of weights");
    }
    const information cache_per_sequence = cache_per_token * p.context;
    inference_figures f;
    // Without a KV cache the batch is not limited by memory (HUGE_VAL);
    // with one, the count of sequences must be a number.
    f.largest_batch =
        cache_per_sequence > information{}
            ? require_finite_result(function, "largest_batch",
                                    std::floor((memory - weights) / cache_per_sequence),
                                    "plan.accelerators, accelerator.memory, plan.context and the "
                                    "model's KV cache per token")
            : HUGE_VAL;
    if (f.largest_batch < 1.0) {
        throw_domain_error(function, "plan.context", p.context,
                           "short enough that one sequence's KV cache fits beside the weights");
    }
    if (p.batch > f.largest_batch) {
        throw_domain_error(function, "plan.batch", p.batch,
                           "(0, " + detail::text_of(f.largest_batch) +
                               "], the sequences whose KV caches fit in memory");
    }

    const flop_rate compute_rate =
        p.accelerators * compute::peak(s.accelerator, p.precision) * p.compute_efficiency;
    const bandwidth memory_rate =
        p.accelerators * s.accelerator.memory_bandwidth * p.bandwidth_efficiency;
    const auto per_token = flop_per_token(m, p.context);
    const duration compute_time = p.batch * (1.0 * units::token) * per_token / compute_rate;
    const duration memory_time = (weights + p.batch * cache_per_sequence) / memory_rate;
    f.memory_bound = memory_time > compute_time;
    f.decode_step = require_finite_result(function, "decode_step", max(compute_time, memory_time),
                                          "the accelerator's peak and memory_bandwidth, "
                                          "plan.compute_efficiency and plan.bandwidth_efficiency");
    f.decode_tokens_per_group = require_finite_result(
        function, "decode_tokens_per_group", p.batch * (1.0 * units::token) / f.decode_step,
        "model.parameters, model.layers and the accelerator's peak and memory_bandwidth");
    f.decode_tokens_per_accelerator =
        require_finite_result(function, "decode_tokens_per_accelerator",
                              f.decode_tokens_per_group / p.accelerators, "plan.accelerators");
    f.prefill_tokens_per_accelerator = require_finite_result(
        function, "prefill_tokens_per_accelerator", compute_rate / per_token / p.accelerators,
        "model.parameters, model.layers, plan.accelerators and the accelerator's peak");

    const price_per_time group_cost =
        s.cost_per_accelerator_hour * (p.accelerators * units::device);
    f.cost_per_token =
        require_finite_result(function, "cost_per_token", group_cost / f.decode_tokens_per_group,
                              "cost_per_accelerator_hour, plan.compute_efficiency and plan.batch");
    f.energy_per_token = require_finite_result(
        function, "energy_per_token",
        p.accelerators * s.power_per_accelerator * s.pue / f.decode_tokens_per_group,
        "power_per_accelerator, plan.accelerators and the accelerator's memory_bandwidth");
    return f;
}

}  // namespace aiecon::workload
