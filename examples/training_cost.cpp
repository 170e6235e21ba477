// training_cost: the compute, time, accelerator-hours, energy and cost of a
// training run, booked as capex and amortised over the model's service life.
//
//   build/examples/training_cost --parameters 70e9 --tokens 1.4e12tokens --accelerators 2048
//
// Defaults: Llama 3 405B as Meta reported it; sources in the comments.
#include "calculator.hpp"

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace compute = aiecon::compute;
namespace workload = aiecon::workload;

struct inputs {
    // Llama 3 405B: 405e9 parameters, 15.6e12 tokens, up to 16,384 H100s at
    // 38 to 43 % MFU in BF16 (Meta, "The Llama 3 Herd of Models", 2024).
    double parameters = 405e9;
    aiecon::token_count tokens = 15.6e12_tokens;
    std::string accelerator_key = "h100";
    compute::accelerator accelerator = compute::catalog::h100_sxm;
    double accelerators = 16'384;
    double mfu = 0.40;
    // DGX H100: 10.2 kW for 8 GPUs (NVIDIA DGX H100 datasheet).
    aiecon::power power_per_accelerator = 10.2_kW / 8.0;
    // Hyperscale PUE of 1.1, as Epoch AI's training-cost model assumes.
    double pue = 1.1;
    // $2 per GPU-hour, the rental rate DeepSeek-V3's report prices its run
    // at (DeepSeek-AI, "DeepSeek-V3 Technical Report", 2024).
    aiecon::price_per_device_time cost_per_hour = 2.0 * u::USD / (u::device * u::h);
    aiecon::duration service_life = 1_yr;  // illustrative
};

void add_options(CLI::App& app, inputs& in) {
    calculator::add_number(app, "--parameters", in.parameters, "model parameters");
    calculator::add_quantity(app, "--tokens", in.tokens, "training tokens");
    calculator::add_accelerator(app, "--accelerator", in.accelerator, in.accelerator_key);
    calculator::add_number(app, "--accelerators", in.accelerators, "accelerators in the run");
    calculator::add_number(app, "--mfu", in.mfu, "model FLOP utilisation, (0, 1]");
    calculator::add_quantity(app, "--power-per-accelerator", in.power_per_accelerator,
                             "IT power per accelerator, server share included");
    calculator::add_number(app, "--pue", in.pue, "power usage effectiveness");
    calculator::add_quantity(app, "--cost-per-hour", in.cost_per_hour,
                             "per accelerator-hour (e.g. 2USD/(device*h))");
    calculator::add_quantity(app, "--service-life", in.service_life,
                             "over which the run is amortised");
}

calculator::result_table calculate(const inputs& in) {
    const aiecon::flop_count flop = workload::training_flop(in.parameters, in.tokens);
    const workload::model_size optimal = workload::compute_optimal(flop);
    const workload::training_run run =
        workload::train(flop, {.accelerator = in.accelerator,
                               .accelerators = in.accelerators * u::device,
                               .model_flop_utilisation = in.mfu,
                               .power_per_accelerator = in.power_per_accelerator,
                               .pue = in.pue,
                               .cost_per_accelerator_hour = in.cost_per_hour,
                               .service_life = in.service_life});
    calculator::result_table table;
    table.add_text("accelerator", std::string{in.accelerator.name});
    table.add("training compute (6 N D)", flop, u::FLOP);
    table.add("compute-optimal parameters (20 tokens each)", optimal.parameters);
    table.add("time", run.time, u::day);
    table.add("accelerator-hours", run.accelerator_hours, u::device * u::h);
    table.add("facility energy", run.facility_energy, u::MWh);
    table.add("cost (capex)", run.cost, u::USD);
    table.add("amortised per month", run.amortised * (1.0 * u::month), u::USD);
    return table;
}
}  // namespace

int main(int argc, char** argv) {
    return calculator::main_of(argc, argv, "training_cost",
                               "Compute, time, energy and cost of a training run", inputs{},
                               add_options, calculate);
}
