// The token-cost model of benchmark pair 2 on both sides: dollars per
// million tokens (and joules per token) from accelerator, TCO and workload
// inputs, with aiecon (finance::tco, then workload::serve) and the same two
// models written by hand with doubles. Shared by model_bench.cpp (one
// evaluation) and monte_carlo_bench.cpp (a Monte Carlo of it).
//
// The plain side follows include/aiecon/finance/tco.hpp,
// capital_recovery.hpp and workload/inference.hpp: the same checks, the same
// operations in the same order, every value in the base unit aiecon holds it
// in (FLOP/s, B, B/s, W, s, USD, USD/J, USD/W). Both allocate nothing.
#pragma once

#include <aiecon/compute/catalog.hpp>
#include <aiecon/finance/tco.hpp>
#include <aiecon/workload/inference.hpp>

#include "bench_support.hpp"
#include "plain_checks.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aiecon_bench {

// One scenario, in the units its inputs are quoted in.
struct model_numbers {
    double capex_usd;              // per accelerator, server and network share included
    double watts;                  // IT power per accelerator, server share included
    double hardware_years;         // life of the accelerators
    double facility_usd_per_watt;  // facility capex per W of IT power
    double facility_years;         // life of the facility
    double pue;
    double usd_per_kwh;
    double maintenance_share;  // of capex, per year
    double utilisation;
    double cost_of_capital;  // per year
    bool fp8;                // FP8 kernels, else BF16
    double batch;
    double context_tokens;
    double compute_efficiency;
    double bandwidth_efficiency;
};

constexpr std::size_t model_scenario_count = 64;

// Varied but realistic: a DGX H100 draws 10.2 kW for 8 GPUs (NVIDIA DGX
// H100 datasheet), about 1.3 kW per GPU; an H100 costs about $25,600
// (Epoch AI, 2025), $30,000 to $45,000 with its server share; PUE 1.1 to
// 1.6 (Uptime Institute survey, 2023: 1.58 on average). Every eighth
// scenario has a zero cost of capital, the other branch of the capital
// recovery factor. Batch and context stay where four H100s hold the KV
// caches (at most 134 sequences of 4,096 tokens beside 140 GB of weights).
inline std::vector<model_numbers> model_inputs() {
    std::vector<model_numbers> scenarios;
    for (std::size_t k = 0; k < model_scenario_count; ++k) {
        const std::size_t s = 16 * k;  // 15 numbers per scenario, each its own stretch
        scenarios.push_back({
            .capex_usd = spread(s, 30'000.0, 45'000.0),
            .watts = spread(s + 1, 1'000.0, 1'400.0),
            .hardware_years = spread(s + 2, 3.0, 6.0),
            .facility_usd_per_watt = spread(s + 3, 8.0, 14.0),
            .facility_years = spread(s + 4, 10.0, 20.0),
            .pue = spread(s + 5, 1.1, 1.6),
            .usd_per_kwh = spread(s + 6, 0.03, 0.15),
            .maintenance_share = spread(s + 7, 0.02, 0.08),
            .utilisation = spread(s + 8, 0.4, 0.95),
            .cost_of_capital = k % 8 == 0 ? 0.0 : spread(s + 9, 0.05, 0.15),
            .fp8 = k % 2 == 0,
            .batch = std::floor(spread(s + 10, 1.0, 129.0)),
            .context_tokens = 256.0 * std::floor(spread(s + 11, 2.0, 17.0)),
            .compute_efficiency = spread(s + 12, 0.3, 0.7),
            .bandwidth_efficiency = spread(s + 13, 0.6, 0.9),
        });
    }
    return scenarios;
}

// ---------------------------------------------------------------------------
// The aiecon side.

namespace u = aiecon::units;

struct aiecon_scenario {
    aiecon::finance::tco_inputs tco;
    aiecon::workload::serving_setup serving;  // its cost per hour comes from tco
};

// Llama 2 70B: 80 layers, width 8192, 8 KV heads of 128, BF16 weights (Meta,
// params.json of Llama-2-70b; Touvron et al. 2023).
inline aiecon::workload::transformer aiecon_model() {
    return {.parameters = 70e9,
            .layers = 80,
            .model_width = 8192,
            .kv_heads = 8,
            .head_dim = 128,
            .bytes_per_parameter = 2,
            .bytes_per_kv_element = 2};
}

inline std::vector<aiecon_scenario> aiecon_scenarios(const std::vector<model_numbers>& numbers) {
    namespace compute = aiecon::compute;
    std::vector<aiecon_scenario> scenarios;
    for (const model_numbers& n : numbers) {
        const aiecon::power watts = n.watts * u::W;
        scenarios.push_back({.tco = {.capex_per_accelerator = n.capex_usd * u::USD,
                                     .power_per_accelerator = watts,
                                     .hardware_life = n.hardware_years * u::year,
                                     .facility_capex = n.facility_usd_per_watt * u::USD / u::W,
                                     .facility_life = n.facility_years * u::year,
                                     .pue = n.pue,
                                     .tariff = n.usd_per_kwh * u::USD / u::kWh,
                                     .maintenance_share = n.maintenance_share,
                                     .utilisation = n.utilisation,
                                     .cost_of_capital = n.cost_of_capital},
                             .serving = {.accelerator = compute::catalog::h100_sxm,
                                         .plan = {.precision = n.fp8 ? compute::precision::fp8
                                                                     : compute::precision::bf16,
                                                  .accelerators = 4,
                                                  .batch = n.batch,
                                                  .context = n.context_tokens * u::token,
                                                  .compute_efficiency = n.compute_efficiency,
                                                  .bandwidth_efficiency = n.bandwidth_efficiency},
                                         .power_per_accelerator = watts,
                                         .pue = n.pue,
                                         .cost_per_accelerator_hour = {}}});
    }
    return scenarios;
}

// The units the results are read in: constants, so that their symbols are
// composed at compile time, as a careful user writes them.
constexpr auto usd_per_mtoken = u::USD / u::Mtoken;
constexpr auto joules_per_token = u::J / u::token;

// Cost per million tokens and joules per token, two results per scenario.
AIECON_BENCH_OUT_OF_LINE inline void evaluate_model_aiecon(
    const aiecon::workload::transformer& model, std::span<const aiecon_scenario> scenarios,
    std::span<double> results) {
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const aiecon::finance::tco_per_hour tco = aiecon::finance::tco(scenarios[i].tco);
        aiecon::workload::serving_setup setup = scenarios[i].serving;
        setup.cost_per_accelerator_hour = tco.per_utilised_hour;
        const aiecon::workload::inference_figures f = aiecon::workload::serve(model, setup);
        results[2 * i] = f.cost_per_token.in(usd_per_mtoken);
        results[2 * i + 1] = f.energy_per_token.in(joules_per_token);
    }
}

// ---------------------------------------------------------------------------
// The plain side: the same models, written with doubles.

namespace plain {

// Factors of aiecon's units (include/aiecon/units/units.hpp).
constexpr double seconds_per_year = 365.25 * 24.0 * 3600.0;  // Julian year, 31 557 600 s
constexpr double joules_per_kwh = 3.6e6;                     // 1000 W x 3600 s
constexpr double tera = 1e12;
constexpr double giga = 1e9;
constexpr double tokens_per_mtoken = 1e6;

enum class precision { fp8, bf16, fp32 };

struct accelerator {
    std::string_view name;
    double fp8 = 0.0;  // FLOP/s
    double bf16 = 0.0;
    double fp32 = 0.0;
    double memory = 0.0;            // B
    double memory_bandwidth = 0.0;  // B/s
    double board_power = 0.0;       // W
    double price = 0.0;             // USD
};

inline void validate(const accelerator& a, std::string_view function) {
    require_non_negative(function, "accelerator.fp8", a.fp8);
    require_positive(function, "accelerator.bf16", a.bf16);
    require_non_negative(function, "accelerator.fp32", a.fp32);
    require_positive(function, "accelerator.memory", a.memory);
    require_positive(function, "accelerator.memory_bandwidth", a.memory_bandwidth);
    require_positive(function, "accelerator.board_power", a.board_power);
    require_non_negative(function, "accelerator.price", a.price);
}

inline double peak(const accelerator& a, precision p) {
    constexpr std::string_view function = "compute::peak";
    validate(a, function);
    const auto rate_at = [&]() -> double {
        switch (p) {
            case precision::fp8:
                return a.fp8;
            case precision::bf16:
                return a.bf16;
            case precision::fp32:
                return a.fp32;
        }
        throw_domain_error(function, "precision", static_cast<double>(static_cast<int>(p)),
                           "{fp8, bf16, fp32}");
    };
    const double rate = rate_at();
    require_positive(function, "peak at the precision asked", rate);
    return rate;
}

// NVIDIA H100 SXM5 datasheet (2023), as compute::catalog::h100_sxm.
inline accelerator h100_sxm() {
    return {.name = "NVIDIA H100 SXM",
            .fp8 = 1979.0 * tera,
            .bf16 = 989.0 * tera,
            .fp32 = 67.0 * tera,
            .memory = 80.0 * giga,
            .memory_bandwidth = 3.35 * tera,
            .board_power = 700.0,
            .price = 25'600.0};
}

inline void validate_pue(std::string_view function, double pue) {
    require_in_range(function, "pue", pue, 1.0, 10.0);
}

// CRF = i / (1 - (1 + i)^-n), 1/n at i = 0 (finance/capital_recovery.hpp).
inline double capital_recovery_factor(double cost_of_capital, double life) {
    constexpr std::string_view function = "finance::capital_recovery_factor";
    require_in_range(function, "cost_of_capital", cost_of_capital, 0.0, 1.0);
    require_positive(function, "life", life);
    const double years = life / seconds_per_year;
    if (cost_of_capital == 0.0) {
        return require_finite_result(function, "capital recovery factor", 1.0 / years, "life");
    }
    return require_finite_result(
        function, "capital recovery factor",
        cost_of_capital / -std::expm1(-years * std::log1p(cost_of_capital)), "life");
}

struct tco_inputs {
    double capex_per_accelerator = 0.0;  // USD
    double power_per_accelerator = 0.0;  // W
    double hardware_life = 0.0;          // s
    double facility_capex = 0.0;         // USD/W
    double facility_life = 0.0;          // s
    double pue = 1.0;
    double tariff = 0.0;  // USD/J
    double maintenance_share = 0.0;
    double utilisation = 1.0;
    double cost_of_capital = 0.0;
};

// USD per accelerator-second.
struct tco_per_hour {
    double hardware = 0.0;
    double facility = 0.0;
    double energy = 0.0;
    double maintenance = 0.0;
    double total = 0.0;
    double per_utilised_hour = 0.0;
};

inline tco_per_hour tco(const tco_inputs& in) {
    constexpr std::string_view function = "finance::tco";
    require_non_negative(function, "capex_per_accelerator", in.capex_per_accelerator);
    require_non_negative(function, "power_per_accelerator", in.power_per_accelerator);
    require_non_negative(function, "facility_capex", in.facility_capex);
    require_non_negative(function, "tariff", in.tariff);
    require_fraction(function, "maintenance_share", in.maintenance_share);
    require_positive_fraction(function, "utilisation", in.utilisation);
    require_positive(function, "hardware_life", in.hardware_life);
    require_positive(function, "facility_life", in.facility_life);
    require_fraction(function, "cost_of_capital", in.cost_of_capital);
    validate_pue(function, in.pue);

    tco_per_hour t;
    t.hardware =
        require_finite_result(function, "hardware",
                              in.capex_per_accelerator / seconds_per_year *
                                  capital_recovery_factor(in.cost_of_capital, in.hardware_life),
                              "capex_per_accelerator and hardware_life");
    t.facility =
        require_finite_result(function, "facility",
                              in.facility_capex / seconds_per_year * in.power_per_accelerator *
                                  capital_recovery_factor(in.cost_of_capital, in.facility_life),
                              "facility_capex, power_per_accelerator and facility_life");
    t.energy = require_finite_result(function, "energy",
                                     in.power_per_accelerator * in.utilisation * in.pue * in.tariff,
                                     "power_per_accelerator, pue and tariff");
    t.maintenance = in.capex_per_accelerator * in.maintenance_share / seconds_per_year;
    t.total =
        require_finite_result(function, "total", t.hardware + t.facility + t.energy + t.maintenance,
                              "capex_per_accelerator, power_per_accelerator, facility_capex "
                              "and tariff");
    t.per_utilised_hour = require_finite_result(function, "cost per utilised hour",
                                                t.total / in.utilisation, "utilisation");
    return t;
}

struct transformer {
    double parameters = 0.0;
    double layers = 0.0;
    double model_width = 0.0;
    double kv_heads = 0.0;
    double head_dim = 0.0;
    double bytes_per_parameter = 2.0;
    double bytes_per_kv_element = 2.0;
};

inline transformer model() {
    return {.parameters = 70e9,
            .layers = 80,
            .model_width = 8192,
            .kv_heads = 8,
            .head_dim = 128,
            .bytes_per_parameter = 2,
            .bytes_per_kv_element = 2};
}

inline void validate(const transformer& m, std::string_view function) {
    require_positive(function, "model.parameters", m.parameters);
    require_positive(function, "model.layers", m.layers);
    require_non_negative(function, "model.model_width", m.model_width);
    require_non_negative(function, "model.kv_heads", m.kv_heads);
    require_non_negative(function, "model.head_dim", m.head_dim);
    require_positive(function, "model.bytes_per_parameter", m.bytes_per_parameter);
    require_non_negative(function, "model.bytes_per_kv_element", m.bytes_per_kv_element);
}

// FLOP per token: 2 N + 2 n_layer n_ctx d_model (Kaplan et al. 2020).
inline double flop_per_token(const transformer& m, double context) {
    validate(m, "workload::flop_per_token");
    require_non_negative("workload::flop_per_token", "context", context);
    return require_finite_result("workload::flop_per_token", "FLOP per token",
                                 2.0 * m.parameters + 2.0 * m.layers * context * m.model_width,
                                 "model.parameters, model.layers, model.model_width and context");
}

// B per token of context: 2 x n_layer x n_kv_heads x head_dim x bytes.
inline double kv_cache_per_token(const transformer& m) {
    validate(m, "workload::kv_cache_per_token");
    return require_finite_result(
        "workload::kv_cache_per_token", "KV cache per token",
        2.0 * m.layers * m.kv_heads * m.head_dim * m.bytes_per_kv_element,
        "model.layers, model.kv_heads, model.head_dim and model.bytes_per_kv_element");
}

inline double weight_bytes(const transformer& m) {
    validate(m, "workload::weight_bytes");
    return require_finite_result("workload::weight_bytes", "weight bytes",
                                 m.parameters * m.bytes_per_parameter,
                                 "model.parameters and model.bytes_per_parameter");
}

struct serving_plan {
    plain::precision precision = plain::precision::bf16;
    double accelerators = 1.0;
    double batch = 1.0;
    double context = 0.0;  // tokens
    double compute_efficiency = 0.5;
    double bandwidth_efficiency = 0.8;
};

struct serving_setup {
    plain::accelerator accelerator;
    serving_plan plan;
    double power_per_accelerator = 0.0;  // W
    double pue = 1.0;
    double cost_per_accelerator_hour = 0.0;  // USD per accelerator-second
};

struct inference_figures {
    double decode_step = 0.0;                     // s
    double decode_tokens_per_group = 0.0;         // token/s
    double decode_tokens_per_accelerator = 0.0;   // token/s
    double prefill_tokens_per_accelerator = 0.0;  // token/s
    bool memory_bound = false;
    double largest_batch = 0.0;
    double cost_per_token = 0.0;    // USD/token
    double energy_per_token = 0.0;  // J/token
};

// The decode roofline, t_step = max(compute time, memory time), and what a
// token costs (workload/inference.hpp).
inline inference_figures serve(const transformer& m, const serving_setup& s) {
    constexpr std::string_view function = "workload::serve";
    validate(m, function);
    validate(s.accelerator, function);
    const serving_plan& p = s.plan;
    require_positive(function, "plan.accelerators", p.accelerators);
    require_positive(function, "plan.batch", p.batch);
    require_positive(function, "plan.context", p.context);
    require_positive_fraction(function, "plan.compute_efficiency", p.compute_efficiency);
    require_positive_fraction(function, "plan.bandwidth_efficiency", p.bandwidth_efficiency);
    require_non_negative(function, "power_per_accelerator", s.power_per_accelerator);
    require_non_negative(function, "cost_per_accelerator_hour", s.cost_per_accelerator_hour);
    validate_pue(function, s.pue);

    const double weights = weight_bytes(m);
    const double cache_per_token = kv_cache_per_token(m);
    const double memory = p.accelerators * s.accelerator.memory;
    if (!(weights < memory)) {
        throw_domain_error(function, "plan.accelerators", p.accelerators,
                           "enough that their memory holds the weights");
    }
    const double cache_per_sequence = cache_per_token * p.context;
    inference_figures f;
    f.largest_batch =
        cache_per_sequence > 0.0
            ? require_finite_result(function, "largest_batch",
                                    std::floor((memory - weights) / cache_per_sequence),
                                    "plan.accelerators, accelerator.memory, "
                                    "plan.context and the model's KV cache per token")
            : HUGE_VAL;
    if (f.largest_batch < 1.0) {
        throw_domain_error(function, "plan.context", p.context,
                           "short enough that one sequence's KV cache fits beside the weights");
    }
    if (p.batch > f.largest_batch) {
        throw_domain_error(function, "plan.batch", p.batch,
                           "(0, " + std::to_string(f.largest_batch) +
                               "], the sequences whose KV caches fit in memory");
    }

    const double compute_rate =
        p.accelerators * peak(s.accelerator, p.precision) * p.compute_efficiency;
    const double memory_rate =
        p.accelerators * s.accelerator.memory_bandwidth * p.bandwidth_efficiency;
    const double per_token = flop_per_token(m, p.context);
    const double compute_time = p.batch * per_token / compute_rate;
    const double memory_time = (weights + p.batch * cache_per_sequence) / memory_rate;
    f.memory_bound = memory_time > compute_time;
    f.decode_step = require_finite_result(
        function, "decode_step", compute_time < memory_time ? memory_time : compute_time,
        "the accelerator's peak and memory_bandwidth, plan.compute_efficiency and "
        "plan.bandwidth_efficiency");
    f.decode_tokens_per_group = require_finite_result(
        function, "decode_tokens_per_group", p.batch / f.decode_step,
        "model.parameters, model.layers and the accelerator's peak and memory_bandwidth");
    f.decode_tokens_per_accelerator =
        require_finite_result(function, "decode_tokens_per_accelerator",
                              f.decode_tokens_per_group / p.accelerators, "plan.accelerators");
    f.prefill_tokens_per_accelerator = require_finite_result(
        function, "prefill_tokens_per_accelerator", compute_rate / per_token / p.accelerators,
        "model.parameters, model.layers, plan.accelerators and the accelerator's peak");

    const double group_cost = s.cost_per_accelerator_hour * p.accelerators;
    f.cost_per_token =
        require_finite_result(function, "cost_per_token", group_cost / f.decode_tokens_per_group,
                              "cost_per_accelerator_hour, plan.compute_efficiency and plan.batch");
    f.energy_per_token = require_finite_result(
        function, "energy_per_token",
        p.accelerators * s.power_per_accelerator * s.pue / f.decode_tokens_per_group,
        "power_per_accelerator, plan.accelerators and the accelerator's memory_bandwidth");
    return f;
}

struct scenario {
    tco_inputs tco;
    serving_setup serving;
};

inline std::vector<scenario> scenarios(const std::vector<model_numbers>& numbers) {
    std::vector<scenario> result;
    for (const model_numbers& n : numbers) {
        result.push_back(
            {.tco = {.capex_per_accelerator = n.capex_usd,
                     .power_per_accelerator = n.watts,
                     .hardware_life = n.hardware_years * seconds_per_year,
                     .facility_capex = n.facility_usd_per_watt,
                     .facility_life = n.facility_years * seconds_per_year,
                     .pue = n.pue,
                     .tariff = n.usd_per_kwh / joules_per_kwh,
                     .maintenance_share = n.maintenance_share,
                     .utilisation = n.utilisation,
                     .cost_of_capital = n.cost_of_capital},
             .serving = {.accelerator = h100_sxm(),
                         .plan = {.precision = n.fp8 ? precision::fp8 : precision::bf16,
                                  .accelerators = 4,
                                  .batch = n.batch,
                                  .context = n.context_tokens,
                                  .compute_efficiency = n.compute_efficiency,
                                  .bandwidth_efficiency = n.bandwidth_efficiency},
                         .power_per_accelerator = n.watts,
                         .pue = n.pue,
                         .cost_per_accelerator_hour = 0.0}});
    }
    return result;
}

}  // namespace plain

// Results read as aiecon's in() reads them: divided by the unit's factor
// (1 / 1e6 for $/Mtoken; 1 for J/token, which leaves the value as it is).
AIECON_BENCH_OUT_OF_LINE inline void evaluate_model_double(
    const plain::transformer& model, std::span<const plain::scenario> scenarios,
    std::span<double> results) {
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const plain::tco_per_hour tco = plain::tco(scenarios[i].tco);
        plain::serving_setup setup = scenarios[i].serving;
        setup.cost_per_accelerator_hour = tco.per_utilised_hour;
        const plain::inference_figures f = plain::serve(model, setup);
        results[2 * i] = f.cost_per_token / (1.0 / plain::tokens_per_mtoken);
        results[2 * i + 1] = f.energy_per_token;
    }
}

}  // namespace aiecon_bench
