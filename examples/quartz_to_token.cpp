// quartz_to_token: the flagship calculator. It walks the whole stack, from
// a processed wafer to the cost of a million tokens, and prints each
// layer's figure:
//   wafer -> good die -> good package -> accelerator price -> server ->
//   TCO per accelerator-hour -> tokens per second -> dollars per Mtoken
//
//   build/examples/quartz_to_token --wafer-cost '$20000' --vendor-margin 3 --batch 128
//
// Defaults describe an H100-class accelerator serving Llama 2 70B; each
// gives its source, or says it is illustrative.
#include "calculator.hpp"

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace fab = aiecon::fab;
namespace compute = aiecon::compute;
namespace workload = aiecon::workload;

workload::quartz_to_token_inputs defaults() {
    return {// 5 nm wafer $16,988 (CSET, "AI Chips", 2020, table 9); 300 mm, 3 mm
            // edge exclusion, 0.1 mm streets.
            .wafer = {.diameter = 300_mm,
                      .edge_exclusion = 3_mm,
                      .scribe_width = 0.1_mm,
                      .cost = 16'988_USD},
            // H100 die, 814 mm2 (NVIDIA H100 whitepaper, 2022).
            .die = {.width = 26_mm, .height = 31.3_mm},
            .yield_model = {.formula = fab::yield_formula::murphy},
            // TSMC N5: 0.10 /cm2 (TSMC 2020 Technology Symposium via AnandTech).
            .defects = 0.1 / u::cm2,
            // Five HBM3 stacks of 16 GB at 670 GB/s make the H100's 80 GB and
            // 3.35 TB/s (NVIDIA H100 datasheet). Stack, interposer and assembly
            // prices are illustrative: no public figures.
            .memory_stacks = 5,
            .memory_stack = {.cost = 1'000_USD,
                             .yield = 0.99,
                             .capacity = 16_GB,
                             .bandwidth = 670_GB / 1_s},
            .interposer = fab::organic_substrate(500_USD),
            .assembly = {.cost = 500_USD, .yield = 0.98},
            // Raymond James (via Barron's, 2023) put the H100's cost to make near
            // $3,320 against a $25,000 to $30,000 price: a price of 7.5 to 9x
            // cost. Illustrative: one vendor at a margin of 3 (4x cost).
            .vendors = {{"chip vendor", 3.0, 6 * u::month}},
            .accelerator = compute::catalog::h100_sxm,
            // DGX H100: 10.2 kW with 8 x 700 W GPUs, so 4.6 kW for the rest
            // (NVIDIA DGX H100 datasheet); an 8-GPU server costs about 1.64x its
            // GPUs (Epoch AI training-cost model), so the rest is 0.64 x 8 GPUs,
            // taken here at the H100 estimate of $25,600: $131,000; interconnect
            // 19 % of cluster cost (Epoch AI).
            .server = {.accelerators = 8, .overhead_power = 4.6_kW, .overhead_cost = 131'000_USD},
            .network_share = 0.19,
            .pue = 1.58,                    // Uptime Institute, 2023
            .tariff = 0.0806_USD / u::kWh,  // US EIA, Electric Power Annual 2023, industrial
                                            // $11.7M per MW of IT (Cushman & Wakefield, Data Center
                                            // Development Cost Guide 2025).
            .facility_capex = 11.7_USD / 1_W,
            .facility_life =
                20_yr,  // illustrative
                        // Six-year server lives (Microsoft and Alphabet 10-K filings, 2023).
            .hardware_life = 6_yr,
            .maintenance_share = 0.03,  // illustrative
            .utilisation = 0.7,         // illustrative
            .cost_of_capital =
                0.08,  // illustrative
                       // Llama 2 70B (Meta, params.json; Touvron et al. 2023), BF16 weights.
            .model = {.parameters = 70e9,
                      .layers = 80,
                      .model_width = 8192,
                      .kv_heads = 8,
                      .head_dim = 128,
                      .bytes_per_parameter = 2,
                      .bytes_per_kv_element = 2},
            .serving = {.accelerators = 4, .batch = 64, .context = 2048_tokens}};
}

struct inputs {
    workload::quartz_to_token_inputs chain = defaults();
    std::string accelerator_key = "h100";
};

void add_options(CLI::App& app, inputs& options) {
    workload::quartz_to_token_inputs& in = options.chain;
    using calculator::add_number;
    using calculator::add_quantity;
    add_quantity(app, "--wafer-cost", in.wafer.cost, "price of one processed wafer");
    add_quantity(app, "--die-width", in.die.width, "die width");
    add_quantity(app, "--die-height", in.die.height, "die height");
    add_quantity(app, "--defect-density", in.defects, "killer defects per area");
    add_number(app, "--memory-stacks", in.memory_stacks, "HBM stacks per package");
    add_quantity(app, "--stack-cost", in.memory_stack.cost, "price of one HBM stack");
    add_quantity(app, "--interposer-cost", in.interposer.cost, "interposer or substrate price");
    add_quantity(app, "--assembly-cost", in.assembly.cost, "assembly cost per package");
    add_number(app, "--vendor-margin", in.vendors.front().margin,
               "chip vendor's margin on its cost (3 sells at 4x cost)");
    calculator::add_accelerator(app, "--accelerator", in.accelerator, options.accelerator_key);
    add_quantity(app, "--server-overhead-cost", in.server.overhead_cost,
                 "server less its accelerators");
    add_number(app, "--pue", in.pue, "power usage effectiveness");
    add_quantity(app, "--tariff", in.tariff, "price of electricity");
    add_quantity(app, "--facility-capex", in.facility_capex, "facility capex per W of IT");
    add_quantity(app, "--hardware-life", in.hardware_life, "depreciation life of servers");
    add_number(app, "--utilisation", in.utilisation, "share of hours doing paid work");
    add_number(app, "--cost-of-capital", in.cost_of_capital, "per year");
    add_number(app, "--accelerators-per-replica", in.serving.accelerators,
               "accelerators serving one model replica");
    add_number(app, "--batch", in.serving.batch, "sequences decoded together");
    add_quantity(app, "--context", in.serving.context, "tokens in view per sequence");
}

calculator::result_table calculate(const inputs& options) {
    const workload::quartz_to_token_result r = workload::quartz_to_token(options.chain);
    calculator::result_table table;
    table.add_heading("Silicon");
    table.add("good dies per wafer", r.die.good, u::die / u::wafer);
    table.add("cost per known good die", r.die.known_good_die, u::USD / u::die);
    table.add("cost per good package", r.package.cost_per_good_package, u::USD);
    table.add_heading("Accelerator and server");
    table.add("accelerator price", r.accelerator_price, u::USD);
    table.add("capex per accelerator (server, network)", r.server.capex_per_accelerator, u::USD);
    table.add("IT power per accelerator", r.server.power_per_accelerator, u::W);
    table.add_heading("TCO per accelerator-hour");
    const auto per_hour = u::USD / (u::device * u::h);
    table.add("hardware", r.tco.hardware, per_hour);
    table.add("facility", r.tco.facility, per_hour);
    table.add("energy", r.tco.energy, per_hour);
    table.add("maintenance", r.tco.maintenance, per_hour);
    table.add("per utilised hour", r.tco.per_utilised_hour, per_hour);
    table.add_heading("Tokens");
    table.add("decode per accelerator", r.inference.decode_tokens_per_accelerator, u::token / u::s);
    table.add("energy per token", r.inference.energy_per_token, u::J / u::token);
    table.add("cost per million tokens", r.cost_per_token, u::USD / u::Mtoken);
    return table;
}
}  // namespace

int main(int argc, char** argv) {
    return calculator::main_of(argc, argv, "quartz_to_token",
                               "From quartz to token: wafer to dollars per million tokens",
                               inputs{}, add_options, calculate);
}
