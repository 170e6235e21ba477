// inference_cost: serving a dense transformer: tokens per second per
// accelerator, dollars per million tokens (COGS) and joules per token.
//
//   build/examples/inference_cost --accelerator h200 --batch 128 --context 4096tokens
//
// Defaults: Llama 2 70B on four H100s; sources in the comments.
#include "calculator.hpp"

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace compute = aiecon::compute;
namespace workload = aiecon::workload;

struct inputs {
    // Llama 2 70B: 80 layers, width 8192, 8 KV heads of 128 (grouped-query
    // attention) (Meta, params.json of Llama-2-70b; Touvron et al. 2023).
    workload::transformer model{.parameters = 70e9,
                                .layers = 80,
                                .model_width = 8192,
                                .kv_heads = 8,
                                .head_dim = 128,
                                .bytes_per_parameter = 2,
                                .bytes_per_kv_element = 2};
    std::string accelerator_key = "h100";
    compute::accelerator accelerator = compute::catalog::h100_sxm;
    workload::serving_plan plan{.accelerators = 4, .batch = 64, .context = 2048_tokens};
    // DGX H100: 10.2 kW for 8 GPUs (NVIDIA DGX H100 datasheet).
    aiecon::power power_per_accelerator = 10.2_kW / 8.0;
    double pue = 1.58;  // Uptime Institute, Global Data Center Survey 2023
    // $2 per GPU-hour, DeepSeek-V3's rental price (DeepSeek-AI, 2024).
    aiecon::price_per_device_time cost_per_hour = 2.0 * u::USD / (u::device * u::h);
};

void add_options(CLI::App& app, inputs& in) {
    using calculator::add_number;
    using calculator::add_quantity;
    add_number(app, "--parameters", in.model.parameters, "model parameters");
    add_number(app, "--layers", in.model.layers, "transformer layers");
    add_number(app, "--width", in.model.model_width, "model width d_model");
    add_number(app, "--kv-heads", in.model.kv_heads, "key-value heads");
    add_number(app, "--head-dim", in.model.head_dim, "head dimension");
    add_number(app, "--bytes-per-parameter", in.model.bytes_per_parameter, "2 for BF16, 1 for FP8");
    calculator::add_accelerator(app, "--accelerator", in.accelerator, in.accelerator_key);
    add_number(app, "--accelerators", in.plan.accelerators, "accelerators per model replica");
    add_number(app, "--batch", in.plan.batch, "sequences decoded together");
    add_quantity(app, "--context", in.plan.context, "tokens in view per sequence");
    add_number(app, "--compute-efficiency", in.plan.compute_efficiency, "share of peak FLOP/s");
    add_number(app, "--bandwidth-efficiency", in.plan.bandwidth_efficiency,
               "share of peak memory bandwidth");
    add_quantity(app, "--power-per-accelerator", in.power_per_accelerator,
                 "IT power per accelerator, server share included");
    add_number(app, "--pue", in.pue, "power usage effectiveness");
    add_quantity(app, "--cost-per-hour", in.cost_per_hour, "per accelerator-hour");
}

calculator::result_table calculate(const inputs& in) {
    const workload::inference_figures f =
        workload::serve(in.model, {.accelerator = in.accelerator,
                                   .plan = in.plan,
                                   .power_per_accelerator = in.power_per_accelerator,
                                   .pue = in.pue,
                                   .cost_per_accelerator_hour = in.cost_per_hour});
    calculator::result_table table;
    table.add_text("accelerator", std::string{in.accelerator.name});
    table.add("weights", workload::weight_bytes(in.model), u::GB);
    table.add("KV cache per token", workload::kv_cache_per_token(in.model), u::kB / u::token);
    table.add("largest batch in memory", f.largest_batch);
    table.add("decode step", f.decode_step, u::ms);
    table.add_text("decode bound by", f.memory_bound ? "memory bandwidth" : "compute");
    table.add("decode per accelerator", f.decode_tokens_per_accelerator, u::token / u::s);
    table.add("prefill per accelerator", f.prefill_tokens_per_accelerator, u::token / u::s);
    table.add("cost (COGS)", f.cost_per_token, u::USD / u::Mtoken);
    table.add("energy per token", f.energy_per_token, u::J / u::token);
    return table;
}
}  // namespace

int main(int argc, char** argv) {
    return calculator::main_of(argc, argv, "inference_cost",
                               "Tokens per second, $/Mtoken and J/token of serving a model",
                               inputs{}, add_options, calculate);
}
