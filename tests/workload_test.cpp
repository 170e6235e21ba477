// The workload layer: training compute (6 N D) against published runs, the
// compute-optimal model for a budget, a training run's time, hours, energy
// and cost by hand and against the Llama 3.1 model card; serving Llama 2 70B
// (KV cache, weights, decode step, tokens per second, largest batch, $ per
// million tokens, energy per token) by hand from the roofline and against
// MLPerf; a model's lifecycle; an embodied endpoint against a data centre;
// the quartz-to-token chain stage by stage; and bad input.
//
// References:
//  - Training FLOP ~ 6 N D (Kaplan et al., "Scaling Laws for Neural
//    Language Models", 2020, sec. 2.1).
//  - GPT-3: 174.6e9 parameters ("175B"), 300e9 tokens, 3.14e23 FLOP (Brown
//    et al. 2020, table D.1).
//  - Chinchilla: 70e9 parameters, 1.4e12 tokens, the Gopher budget of
//    5.76e23 FLOP; ~20 tokens per parameter (Hoffmann et al. 2022).
//  - Llama 3: 405e9 parameters, 15.6e12 tokens, 3.8e25 FLOP (Meta, "The
//    Llama 3 Herd of Models", 2024). Llama 3.1 model card
//    (meta-llama/llama-models, MODEL_CARD.md): 405B took 30.84M H100-80GB
//    GPU-hours.
//  - H100 SXM: 989 TFLOP/s BF16 and 1,979 FP8 dense, 80 GB at 3.35 TB/s,
//    700 W (NVIDIA datasheet); DGX H100 10.2 kW / 8 = 1,275 W per GPU.
//  - Llama 2 70B params.json: dim 8192, n_layers 80, n_heads 64,
//    n_kv_heads 8, so head_dim 8192 / 64 = 128.
//  - MLPerf Inference v4.1, Llama 2 70B (99.9 %), Offline, DGX H100 (8 x
//    H100-SXM-80GB, TensorRT-LLM): 24,524.9 tokens/s, 3,066 per GPU
//    (mlcommons/inference_results_v4.1, mlperf_log_summary.txt).
//  - Jetson AGX Orin: 15 to 60 W (NVIDIA); developer kit $1,999. US mobile
//    data $6.00/GB (Cable.co.uk, 2023).
//  - The fab worked case of fab_cost_test (CSET's $16,988 5 nm wafer, a
//    26 x 33 mm die, 64 gross dies, Poisson at 0.1/cm2, $5 probe test:
//    $637.8104 per known good die).
//  Everything else is a hand calculation written out at the test.
//  A year is 8,766 h (Julian, as units::year).
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <vector>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace work = aiecon::workload;
namespace comp = aiecon::compute;
namespace fab = aiecon::fab;
namespace fin = aiecon::finance;
namespace catalog = aiecon::compute::catalog;

using comp::precision;
using test::naming;
using test::not_a_number;

const auto usd_per_hour = u::USD / (u::device * u::h);
const auto usd_per_mtoken = u::USD / u::Mtoken;
const auto j_per_token = u::J / u::token;
const auto tokens_per_s = u::token / u::s;
const auto usd_per_w = u::USD / u::W;
const auto usd_per_kwh = u::USD / u::kWh;

aiecon::price_per_device_time per_hour(double usd) {
    return usd * usd_per_hour;
}

// Llama 2 70B, BF16 weights and cache (params.json above; 70e9 parameters,
// the round figure of its name).
work::transformer llama2_70b() {
    return {.parameters = 70e9,
            .layers = 80.0,
            .model_width = 8192.0,
            .kv_heads = 8.0,
            .head_dim = 128.0,
            .bytes_per_parameter = 2.0,
            .bytes_per_kv_element = 2.0};
}

// Served on 2 H100 (tensor parallel), 8 sequences of 4,096 tokens, at half
// of peak compute and 80 % of peak bandwidth, 1,275 W and $2.50 per GPU-hour,
// PUE 1.2. By hand:
//   FLOP per token = 2 x 70e9 + 2 x 80 x 4096 x 8192
//                  = 140e9 + 5.36870912e9 = 145.36870912e9
//   KV per token   = 2 x 80 x 8 x 128 x 2 B = 327,680 B
//   KV per sequence = 327,680 x 4096 = 1,342,177,280 B
//   weights        = 70e9 x 2 B = 140 GB; memory 2 x 80 = 160 GB
//   largest batch  = floor((160e9 - 140e9) / 1.34217728e9) = floor(14.901) = 14
//   compute rate   = 2 x 989e12 x 0.5 = 989e12 FLOP/s
//   memory rate    = 2 x 3.35e12 x 0.8 = 5.36e12 B/s
//   compute time   = 8 x 145.36870912e9 / 989e12 = 1.1758844 ms
//   memory time    = (140e9 + 8 x 1.34217728e9) / 5.36e12
//                  = 150.73741824e9 / 5.36e12 = 28.122653 ms  (memory-bound)
//   tokens/s       = 8 / 0.028122653 = 284.46819 per pair, 142.23409 per GPU
//   prefill        = 989e12 / 145.36870912e9 / 2 = 3,401.6949 tokens/s per GPU
//   $/Mtoken       = 2 x $2.50/h / (284.46819 x 3600 tokens/h) x 1e6
//                  = 5 / 1,024,085.5 x 1e6 = $4.8824050
//   J/token        = 2 x 1,275 W x 1.2 / 284.46819 = 3,060 / 284.46819 = 10.756915
work::serving_setup llama2_on_two_h100() {
    return {.accelerator = catalog::h100_sxm,
            .plan = {.precision = precision::bf16,
                     .accelerators = 2.0,
                     .batch = 8.0,
                     .context = 4096.0 * u::token,
                     .compute_efficiency = 0.5,
                     .bandwidth_efficiency = 0.8},
            .power_per_accelerator = 1'275_W,
            .pue = 1.2,
            .cost_per_accelerator_hour = per_hour(2.50)};
}
constexpr double llama2_tokens_per_pair = 284.46819;

// A training run on 1,024 H100 at BF16, 40 % MFU, 1,275 W, PUE 1.2,
// $2 per GPU-hour, amortised over 2 years.
work::training_setup h100_cluster(double accelerators, double mfu) {
    return {.accelerator = catalog::h100_sxm,
            .precision = precision::bf16,
            .accelerators = accelerators * u::device,
            .model_flop_utilisation = mfu,
            .power_per_accelerator = 1'275_W,
            .pue = 1.2,
            .cost_per_accelerator_hour = per_hour(2.0),
            .service_life = 2_yr};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(workload)

BOOST_AUTO_TEST_CASE(training_flop_of_published_runs) {
    const auto exact = boost::test_tools::tolerance(1e-12);
    // GPT-3: 6 x 175e9 x 300e9 = 3.15e23; with its 174.6e9 parameters
    // 6 x 174.6e9 x 300e9 = 3.1428e23, the paper's 3.14e23 within 0.1 %.
    BOOST_TEST(work::training_flop(175e9, 300e9 * u::token).in(u::FLOP) == 3.15e23, exact);
    const double gpt3 = work::training_flop(174.6e9, 300e9 * u::token).in(u::FLOP);
    BOOST_TEST(gpt3 == 3.1428e23, exact);
    BOOST_TEST(gpt3 == 3.14e23, boost::test_tools::tolerance(0.001));
    // Chinchilla: 6 x 70e9 x 1.4e12 = 5.88e23, the paper's 5.76e23 + 2.1 %.
    const double chinchilla = work::training_flop(70e9, 1.4e12 * u::token).in(u::FLOP);
    BOOST_TEST(chinchilla == 5.88e23, exact);
    BOOST_TEST(chinchilla == 5.76e23, boost::test_tools::tolerance(0.025));
    // Llama 3 405B: 6 x 405e9 x 15.6e12 = 3.7908e25, Meta's 3.8e25 within 0.3 %.
    const double llama3 = work::training_flop(405e9, 15.6e12 * u::token).in(u::FLOP);
    BOOST_TEST(llama3 == 3.7908e25, exact);
    BOOST_TEST(llama3 == 3.8e25, boost::test_tools::tolerance(0.003));
}

BOOST_AUTO_TEST_CASE(compute_optimal_model_for_a_budget) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    // 5.88e23 at 20 tokens per parameter: N = sqrt(5.88e23 / (6 x 20))
    // = sqrt(4.9e21) = 7e10, D = 20 x 7e10 = 1.4e12: Chinchilla.
    const work::model_size chinchilla = work::compute_optimal(5.88e23 * u::FLOP);
    BOOST_TEST(chinchilla.parameters == 70e9, tol);
    BOOST_TEST(chinchilla.tokens.in(u::token) == 1.4e12, tol);
    // The paper's own budget, 5.76e23: N = sqrt(4.8e21) = 6.9282032e10,
    // D = 1.3856406e12, Chinchilla's 70e9 and 1.4e12 within 1.1 %.
    const work::model_size gopher_budget = work::compute_optimal(5.76e23 * u::FLOP);
    BOOST_TEST(gopher_budget.parameters == 6.9282032e10, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(gopher_budget.tokens.in(u::token) == 1.3856406e12,
               boost::test_tools::tolerance(1e-7));
    BOOST_TEST(gopher_budget.parameters == 70e9, boost::test_tools::tolerance(0.011));
    // 1 token per parameter: 6e20 = 6 N^2, N = 1e10 = D.
    const work::model_size one = work::compute_optimal(6e20 * u::FLOP, 1.0);
    BOOST_TEST(one.parameters == 1e10, tol);
    BOOST_TEST(one.tokens.in(u::token) == 1e10, tol);
}

BOOST_AUTO_TEST_CASE(training_run_by_hand) {
    // 5.88e23 FLOP (Chinchilla) on h100_cluster(1024, 0.4):
    //   rate   = 1024 x 989e12 x 0.4 = 4.050944e17 FLOP/s
    //   time   = 5.88e23 / 4.050944e17 = 1,451,513.52 s = 16.799925 days
    //   hours  = 1024 x 1,451,513.52 / 3600 = 412,874.96 GPU-hours
    //   energy = 1024 x 1,275 W x 1.2 x 1,451,513.52 s
    //          = 1,566,720 W x 1,451,513.52 s = 2.2741153e12 J = 631.69869 MWh
    //   cost   = 412,874.96 x $2 = $825,749.92, over 2 yr $412,874.96 a year
    const work::training_run r = work::train(5.88e23 * u::FLOP, h100_cluster(1024.0, 0.4));
    const auto tol = boost::test_tools::tolerance(1e-7);
    BOOST_TEST(r.flop.in(u::FLOP) == 5.88e23, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(r.time.in(u::s) == 1'451'513.52, tol);
    BOOST_TEST(r.time.in(u::day) == 16.799925, tol);
    BOOST_TEST(r.accelerator_hours.in(u::device * u::h) == 412'874.96, tol);
    BOOST_TEST(r.facility_energy.in(u::J) == 2.2741153e12, tol);
    BOOST_TEST(r.facility_energy.in(u::MWh) == 631.69869, tol);
    BOOST_TEST(r.cost.in(u::USD) == 825'749.92, tol);
    BOOST_TEST(r.amortised.in(u::USD / u::year) == 412'874.96, tol);

    // Twice the GPUs: half the time, the same GPU-hours, energy and cost.
    const work::training_run twice = work::train(5.88e23 * u::FLOP, h100_cluster(2048.0, 0.4));
    BOOST_TEST(twice.time.in(u::s) == 1'451'513.52 / 2.0, tol);
    BOOST_TEST(twice.accelerator_hours.in(u::device * u::h) == 412'874.96, tol);
    BOOST_TEST(twice.cost.in(u::USD) == 825'749.92, tol);
}

BOOST_AUTO_TEST_CASE(llama_3_1_405b_gpu_hours_from_the_model_card) {
    // The model card's 30.84M H100-hours for 3.8e25 FLOP imply
    // 3.8e25 / (30.84e6 x 3600 s) = 3.4227e14 FLOP/s per GPU, 34.6 % of
    // 989e12. At MFU 0.346: hours = 3.8e25 / (989e12 x 0.346) / 3600
    // = 3.8e25 / 3.42194e14 / 3600 = 30,846,700, the card's 30.84M within
    // 0.1 %, on any number of GPUs; on 16,384, 30,846,700 / 16,384 =
    // 1,882.73 h = 78.45 days. At $2/GPU-hour: $61.69M.
    const work::training_run r = work::train(3.8e25 * u::FLOP, h100_cluster(16'384.0, 0.346));
    BOOST_TEST(r.accelerator_hours.in(u::device * u::h) == 30.84e6,
               boost::test_tools::tolerance(0.001));
    BOOST_TEST(r.accelerator_hours.in(u::device * u::h) == 30'846'700.0,
               boost::test_tools::tolerance(1e-6));
    BOOST_TEST(r.time.in(u::h) == 1'882.7331, boost::test_tools::tolerance(1e-6));
    BOOST_TEST(r.cost.in(u::MUSD) == 61.6934, boost::test_tools::tolerance(1e-5));
    // Meta report 38 to 43 % MFU for pre-training itself; at 38 % the run
    // needs 3.8e25 / (989e12 x 0.38) / 3600 = 28.09M hours, fewer than the
    // card's total (which counts more than the final pre-training run).
    const work::training_run paper = work::train(3.8e25 * u::FLOP, h100_cluster(16'384.0, 0.38));
    BOOST_TEST(paper.accelerator_hours.in(u::device * u::h) == 28.0867e6,
               boost::test_tools::tolerance(1e-5));
    BOOST_TEST(paper.accelerator_hours.in(u::device * u::h) < 30.84e6);
}

BOOST_AUTO_TEST_CASE(llama2_70b_cache_weights_and_flop_per_token) {
    const work::transformer m = llama2_70b();
    // 2 (K and V) x 80 layers x 8 KV heads x 128 x 2 B = 327,680 B per token.
    BOOST_TEST(work::kv_cache_per_token(m).in(u::B / u::token) == 327'680.0);
    // 4,096 tokens: 327,680 x 4096 = 1,342,177,280 B = 1.34 GB per sequence.
    BOOST_TEST((work::kv_cache_per_token(m) * (4096.0 * u::token)).in(u::B) == 1'342'177'280.0);
    // 70e9 x 2 B = 140 GB of BF16 weights; 70 GB at FP8.
    BOOST_TEST(work::weight_bytes(m).in(u::GB) == 140.0, boost::test_tools::tolerance(1e-12));
    work::transformer fp8 = m;
    fp8.bytes_per_parameter = 1.0;
    BOOST_TEST(work::weight_bytes(fp8).in(u::GB) == 70.0, boost::test_tools::tolerance(1e-12));
    // 2 x 70e9 + 2 x 80 x 4096 x 8192 = 145.36870912e9 FLOP per token; with
    // no context, 2 N = 140e9.
    BOOST_TEST(work::flop_per_token(m, 4096.0 * u::token).in(u::FLOP / u::token) == 145.36870912e9,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(work::flop_per_token(m, 0.0 * u::token).in(u::FLOP / u::token) == 140e9,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(serving_llama2_70b_by_hand) {
    // The case worked in the comment above llama2_on_two_h100().
    const work::inference_figures f = work::serve(llama2_70b(), llama2_on_two_h100());
    const auto tol = boost::test_tools::tolerance(1e-7);
    BOOST_TEST(f.largest_batch == 14.0);
    BOOST_TEST(f.memory_bound);
    BOOST_TEST(f.decode_step.in(u::ms) == 28.122653, tol);
    BOOST_TEST(f.decode_tokens_per_group.in(tokens_per_s) == llama2_tokens_per_pair, tol);
    BOOST_TEST(f.decode_tokens_per_accelerator.in(tokens_per_s) == 142.23409, tol);
    BOOST_TEST(f.prefill_tokens_per_accelerator.in(tokens_per_s) == 3'401.6949, tol);
    BOOST_TEST(f.cost_per_token.in(usd_per_mtoken) == 4.8824050, tol);
    BOOST_TEST(f.energy_per_token.in(j_per_token) == 10.756915, tol);

    // The largest batch fits; one more does not (see bad input).
    work::serving_setup full = llama2_on_two_h100();
    full.plan.batch = 14.0;
    BOOST_CHECK_NO_THROW(work::serve(llama2_70b(), full));
}

BOOST_AUTO_TEST_CASE(dollars_per_million_tokens_from_a_price_and_a_rate) {
    // A model whose decode takes exactly 10 ms a step: 5e9 BF16 parameters
    // (10 GB), no KV cache, on a 1 TB/s, 1,000 TFLOP/s, 500 W accelerator,
    // at full efficiency, batch 10:
    //   memory time  = 10e9 B / 1e12 B/s = 10 ms
    //   compute time = 10 x 2 x 5e9 / 1e15 = 0.1 ms  (memory-bound)
    //   tokens/s     = 10 / 0.010 = 1,000
    //   at $3.60/h:  $3.60 / (1,000 x 3600 tokens) = $1e-6 = $1.00/Mtoken
    //   at 500 W, PUE 1.2: 600 W / 1,000 tokens/s = 0.6 J/token
    const comp::accelerator device{.name = "round numbers",
                                   .fp8 = 0.0 * u::TFLOP / u::s,
                                   .bf16 = 1000.0 * u::TFLOP / u::s,
                                   .fp32 = 0.0 * u::TFLOP / u::s,
                                   .memory = 100_GB,
                                   .memory_bandwidth = 1.0 * u::TB / u::s,
                                   .board_power = 500_W};
    const work::transformer small{.parameters = 5e9, .layers = 1.0};
    const work::serving_setup s{.accelerator = device,
                                .plan = {.precision = precision::bf16,
                                         .accelerators = 1.0,
                                         .batch = 10.0,
                                         .context = 1000.0 * u::token,
                                         .compute_efficiency = 1.0,
                                         .bandwidth_efficiency = 1.0},
                                .power_per_accelerator = 500_W,
                                .pue = 1.2,
                                .cost_per_accelerator_hour = per_hour(3.60)};
    const work::inference_figures f = work::serve(small, s);
    const auto tol = boost::test_tools::tolerance(1e-12);
    BOOST_TEST(f.memory_bound);
    BOOST_TEST(f.decode_step.in(u::ms) == 10.0, tol);
    BOOST_TEST(f.decode_tokens_per_accelerator.in(tokens_per_s) == 1'000.0, tol);
    BOOST_TEST(f.cost_per_token.in(usd_per_mtoken) == 1.0, tol);
    BOOST_TEST(f.energy_per_token.in(j_per_token) == 0.6, tol);
    // Without a cache, memory never limits the batch.
    BOOST_TEST(std::isinf(f.largest_batch));
}

BOOST_AUTO_TEST_CASE(roofline_bounds_mlperf_on_dgx_h100) {
    // Llama 2 70B with FP8 weights and cache on a DGX H100 (8 GPUs as one
    // group), at full efficiency, 1,024 tokens of context, batch 2,048:
    //   FLOP per token = 140e9 + 2 x 80 x 1024 x 8192 = 141.34217728e9
    //   KV per sequence = 2 x 80 x 8 x 128 x 1 B x 1024 = 167,772,160 B
    //   largest batch = floor((640e9 - 70e9) / 167,772,160) = floor(3397.46) = 3397
    //   compute time = 2048 x 141.34217728e9 / (8 x 1979e12) = 18.283778 ms
    //   memory time  = (70e9 + 2048 x 167,772,160) / (8 x 3.35e12)
    //                = 413.59744e9 / 26.8e12 = 15.432738 ms  (compute-bound)
    //   tokens/s = 2048 / 0.018283778 = 112,011.86, 14,001.482 per GPU
    // (the compute ceiling, 1979e12 / 141.34217728e9 = 14,001.482 per GPU).
    // MLPerf v4.1 Offline measured 24,524.9 / 8 = 3,066 tokens/s per GPU.
    // The bound tested: the roofline is an upper bound, so it is above the
    // measurement, and of the same order, within 10 x (it is 4.57 x: real
    // kernels reach less than peak, and prefill, which MLPerf's output-token
    // count leaves out, takes its share of the FLOP).
    work::transformer fp8 = llama2_70b();
    fp8.bytes_per_parameter = 1.0;
    fp8.bytes_per_kv_element = 1.0;
    const work::serving_setup s{.accelerator = catalog::h100_sxm,
                                .plan = {.precision = precision::fp8,
                                         .accelerators = 8.0,
                                         .batch = 2048.0,
                                         .context = 1024.0 * u::token,
                                         .compute_efficiency = 1.0,
                                         .bandwidth_efficiency = 1.0},
                                .power_per_accelerator = 1'275_W,
                                .pue = 1.0,
                                .cost_per_accelerator_hour = per_hour(2.0)};
    const work::inference_figures f = work::serve(fp8, s);
    const auto tol = boost::test_tools::tolerance(1e-7);
    BOOST_TEST(f.largest_batch == 3397.0);
    BOOST_TEST(!f.memory_bound);
    BOOST_TEST(f.decode_step.in(u::ms) == 18.283778, tol);
    BOOST_TEST(f.decode_tokens_per_group.in(tokens_per_s) == 112'011.86, tol);
    const double per_gpu = f.decode_tokens_per_accelerator.in(tokens_per_s);
    BOOST_TEST(per_gpu == 14'001.482, tol);
    BOOST_TEST(f.prefill_tokens_per_accelerator.in(tokens_per_s) == 14'001.482, tol);
    const double mlperf_per_gpu = 24'524.9 / 8.0;
    BOOST_TEST(per_gpu > mlperf_per_gpu);
    BOOST_TEST(per_gpu < 10.0 * mlperf_per_gpu);
}

BOOST_AUTO_TEST_CASE(lifecycle_by_hand) {
    // Llama 3.1 405B's 30.84M GPU-hours at $2: $61.68M of training; served
    // at $2/Mtoken of COGS, 10 trillion tokens over its life, 1,000 tokens a task:
    //   training per token = 61.68e6 / 1e13 = $6.168e-6 = $6.168/Mtoken
    //   all-in = 6.168 + 2 = $8.168/Mtoken
    //   crossover = 61.68e6 / 2e-6 = 3.084e13 tokens
    //   per task = 1,000 x 8.168e-6 = $0.008168
    //   training share = 6.168 / 8.168 = 0.75514202
    const work::lifecycle_figures f = work::lifecycle({.training_cost = 61.68_MUSD,
                                                       .inference_cost = 2.0 * usd_per_mtoken,
                                                       .tokens_served = 10_Ttokens,
                                                       .tokens_per_task = 1'000_tokens});
    const auto tol = boost::test_tools::tolerance(1e-12);
    BOOST_TEST(f.training_per_token.in(usd_per_mtoken) == 6.168, tol);
    BOOST_TEST(f.all_in_per_token.in(usd_per_mtoken) == 8.168, tol);
    BOOST_TEST(f.crossover.in(u::token) == 3.084e13, tol);
    BOOST_TEST(f.cost_per_task.in(u::USD) == 0.008168, tol);
    BOOST_TEST(f.training_share == 0.75514202, boost::test_tools::tolerance(1e-8));
    // Serving exactly the crossover volume: training is half the all-in cost.
    const work::lifecycle_figures half = work::lifecycle({.training_cost = 61.68_MUSD,
                                                          .inference_cost = 2.0 * usd_per_mtoken,
                                                          .tokens_served = 3.084e13 * u::token,
                                                          .tokens_per_task = 1'000_tokens});
    BOOST_TEST(half.training_share == 0.5, tol);
}

BOOST_AUTO_TEST_CASE(endpoint_against_a_data_centre_by_hand) {
    // A Jetson-class computer: $2,000, 60 W, working half the time, 5 yr,
    // $0.15/kWh, one task a second while working. A year:
    //   capital = 2,000 / 5 = $400
    //   energy  = 60 W x 0.5 x 8766 h = 262.98 kWh x $0.15 = $39.447
    //   tasks   = 1/s x 0.5 x 31,557,600 s = 15,778,800
    //   per task = 439.447 / 15,778,800 = $2.7850470e-5
    // From a data centre: 200 tokens at $2/Mtoken = $0.0004, plus 1 MB at
    // $6.00/GB (US mobile data, 2023) = $0.006: $0.0064 a task.
    const work::on_device jetson{.chip_cost = 2'000_USD,
                                 .power = 60_W,
                                 .duty_cycle = 0.5,
                                 .life = 5_yr,
                                 .energy_price = 0.15 * usd_per_kwh,
                                 .tasks = 1.0 / u::s};
    const work::from_data_centre cloud{.price = 2.0 * usd_per_mtoken,
                                       .tokens_per_task = 200_tokens,
                                       .data_per_task = 1_MB,
                                       .connectivity = 6.0 * u::USD / u::GB};
    const work::endpoint_comparison c = work::compare_endpoint(jetson, cloud);
    BOOST_TEST(c.on_device_per_task.in(u::USD) == 2.7850470e-5, boost::test_tools::tolerance(1e-7));
    const auto tol = boost::test_tools::tolerance(1e-12);
    BOOST_TEST(c.data_centre_inference_per_task.in(u::USD) == 0.0004, tol);
    BOOST_TEST(c.connectivity_per_task.in(u::USD) == 0.006, tol);
    BOOST_TEST(c.data_centre_per_task.in(u::USD) == 0.0064, tol);
    // Working all the time: 400 + 60 W x 8766 h x 0.15 = 400 + 78.894 =
    // $478.894 over 31,557,600 tasks = $1.5175235e-5.
    work::on_device always = jetson;
    always.duty_cycle = 1.0;
    BOOST_TEST(work::compare_endpoint(always, cloud).on_device_per_task.in(u::USD) == 1.5175235e-5,
               boost::test_tools::tolerance(1e-7));
}

namespace {
// The chain by hand, each stage from the one before (8,766 h a year):
//  1. die: 64 gross, yield exp(-8.58 cm2 x 0.1/cm2) = 0.42400925, known good
//     die (16,988 + 5 x 64) / (64 x 0.42400925) = 17,308 / 27.136592 = $637.8104
//  2. package: 637.8104 + 5 HBM stacks x $240 + interposer $200 + assembly
//     $100 = $2,137.8104 assembled; yield 0.99^5 x 0.99 x 0.98 = 0.92265055;
//     per good package 2,137.8104 / 0.92265055 = $2,317.0315
//  3. price: x (1 + 9) chip vendor x (1 + 0.1) distributor = $25,487.346
//  4. server: (8 x 25,487.346 + 65,200) / (1 - 0.19) = 269,098.77 / 0.81
//     = $332,220.71, $41,527.588 and 10.2 kW / 8 = 1,275 W per accelerator
//  5. TCO: hardware 41,527.588 x 0.25045645 / 8766 = $1.1864993/h;
//     facility 11.7 x 1,275 x 0.14902949 / 8766 = $0.25361024/h;
//     energy 1.275 kW x 0.8 x 1.25 x $0.08 = $0.102/h;
//     maintenance 41,527.588 x 0.05 / 8766 = $0.23686737/h;
//     total $1.7789769/h, per utilised hour / 0.8 = $2.2237211/h
//  6. serving: the Llama 2 70B case above, 284.46819 tokens/s on 2 GPUs
//  7. $/Mtoken = 2.2237211 x 2 / (284.46819 x 3600) x 1e6
//             = 4.4474422 / 1,024,085.5 x 1e6 = $4.3428428
//     J/token = 2 x 1,275 W x 1.25 / 284.46819 = 11.205119
// HBM at $240 a stack (16 GB at $15/GB), the interposer, assembly and the
// margins are illustrative; the reference is the arithmetic.
work::quartz_to_token_inputs chain() {
    work::serving_plan plan = llama2_on_two_h100().plan;
    return {.wafer = {.diameter = 300_mm,
                      .edge_exclusion = 3_mm,
                      .scribe_width = 0_mm,
                      .cost = 16'988_USD},
            .die = {.width = 26_mm, .height = 33_mm},
            .yield_model = {.formula = fab::yield_formula::poisson},
            .defects = 0.1 / u::cm2,
            .test_cost = 5.0 * u::USD / u::die,
            .memory_stacks = 5.0,
            .memory_stack = {.cost = 240_USD, .yield = 0.99},
            .interposer = {.cost = 200_USD, .yield = 0.99},
            .assembly = {.cost = 100_USD, .yield = 0.98},
            .vendors = {{.name = "chip vendor", .margin = 9.0, .lead_time = 180_day},
                        {.name = "distributor", .margin = 0.1, .lead_time = 30_day}},
            .accelerator = catalog::h100_sxm,
            .server = {.accelerators = 8.0, .overhead_power = 4.6_kW, .overhead_cost = 65'200_USD},
            .network_share = 0.19,
            .pue = 1.25,
            .tariff = 0.08 * usd_per_kwh,
            .facility_capex = 11.7 * usd_per_w,
            .facility_life = 10_yr,
            .hardware_life = 5_yr,
            .maintenance_share = 0.05,
            .utilisation = 0.8,
            .cost_of_capital = 0.08,
            .model = llama2_70b(),
            .serving = plan};
}
}  // namespace

BOOST_AUTO_TEST_CASE(quartz_to_token_stage_by_stage) {
    const work::quartz_to_token_inputs in = chain();
    const work::quartz_to_token_result r = work::quartz_to_token(in);
    const auto hand = boost::test_tools::tolerance(1e-7);
    const auto same = boost::test_tools::tolerance(1e-12);

    // 1. Die.
    BOOST_TEST(r.die.gross.in(u::die / u::wafer) == 64.0);
    BOOST_TEST(r.die.yield == 0.42400925, hand);
    BOOST_TEST(r.die.known_good_die.in(u::USD / u::die) == 637.8104, hand);
    const fab::die_economics die =
        fab::die_costs(in.wafer, in.die, in.yield_model, in.defects, in.test_cost);
    BOOST_TEST(r.die.known_good_die.in(u::USD / u::die) == die.known_good_die.in(u::USD / u::die),
               same);

    // 2. Package.
    BOOST_TEST(r.package.package_yield == 0.92265055, hand);
    BOOST_TEST(r.package.cost_per_good_package.in(u::USD) == 2'317.0315, hand);
    const fab::package_economics package = fab::package_costs({.logic_dies = 1.0,
                                                               .logic_die_cost = die.known_good_die,
                                                               .memory_stacks = 5.0,
                                                               .memory = in.memory_stack,
                                                               .interposer = in.interposer,
                                                               .assembly = in.assembly});
    BOOST_TEST(
        r.package.cost_per_good_package.in(u::USD) == package.cost_per_good_package.in(u::USD),
        same);

    // 3. Price after the margins.
    BOOST_TEST(r.accelerator_price.in(u::USD) == 25'487.346, hand);
    const fin::sourcing_comparison bought =
        fin::compare_make_or_buy(package.cost_per_good_package, in.vendors,
                                 {.cost = package.cost_per_good_package, .lead_time = 0_day});
    BOOST_TEST(r.accelerator_price.in(u::USD) == bought.bought_cost.in(u::USD), same);

    // 4. Server: capex and power per accelerator.
    BOOST_TEST(r.server.capex.in(u::USD) == 332'220.71, hand);
    BOOST_TEST(r.server.capex_per_accelerator.in(u::USD) == 41'527.588, hand);
    BOOST_TEST(r.server.power_per_accelerator.in(u::W) == 1'275.0, same);
    comp::accelerator priced = catalog::h100_sxm;
    priced.price = bought.bought_cost;
    const comp::cluster_figures server = comp::size_cluster(
        {.accelerator = priced, .server = in.server, .servers = 1.0, .network_share = 0.19});
    BOOST_TEST(r.server.capex_per_accelerator.in(u::USD) == server.capex_per_accelerator.in(u::USD),
               same);

    // 5. TCO per utilised accelerator-hour.
    BOOST_TEST(r.tco.hardware.in(usd_per_hour) == 1.1864993, hand);
    BOOST_TEST(r.tco.facility.in(usd_per_hour) == 0.25361024, hand);
    BOOST_TEST(r.tco.energy.in(usd_per_hour) == 0.102, same);
    BOOST_TEST(r.tco.maintenance.in(usd_per_hour) == 0.23686737, hand);
    BOOST_TEST(r.tco.total.in(usd_per_hour) == 1.7789769, hand);
    BOOST_TEST(r.tco.per_utilised_hour.in(usd_per_hour) == 2.2237211, hand);
    const fin::tco_per_hour tco = fin::tco({.capex_per_accelerator = server.capex_per_accelerator,
                                            .power_per_accelerator = server.power_per_accelerator,
                                            .hardware_life = 5_yr,
                                            .facility_capex = 11.7 * usd_per_w,
                                            .facility_life = 10_yr,
                                            .pue = 1.25,
                                            .tariff = 0.08 * usd_per_kwh,
                                            .maintenance_share = 0.05,
                                            .utilisation = 0.8,
                                            .cost_of_capital = 0.08});
    BOOST_TEST(r.tco.per_utilised_hour.in(usd_per_hour) == tco.per_utilised_hour.in(usd_per_hour),
               same);

    // 6. Serving: the decode rate of the Llama 2 70B case.
    BOOST_TEST(r.inference.decode_tokens_per_group.in(tokens_per_s) == llama2_tokens_per_pair,
               hand);
    work::serving_setup setup = llama2_on_two_h100();
    setup.accelerator = priced;
    setup.pue = 1.25;
    setup.cost_per_accelerator_hour = tco.per_utilised_hour;
    const work::inference_figures served = work::serve(llama2_70b(), setup);
    BOOST_TEST(r.inference.decode_tokens_per_group.in(tokens_per_s) ==
                   served.decode_tokens_per_group.in(tokens_per_s),
               same);

    // 7. $/Mtoken = TCO x accelerators / tokens per hour.
    BOOST_TEST(r.cost_per_token.in(usd_per_mtoken) == 4.3428428, hand);
    BOOST_TEST(r.cost_per_token.in(usd_per_mtoken) == served.cost_per_token.in(usd_per_mtoken),
               same);
    BOOST_TEST(r.inference.energy_per_token.in(j_per_token) == 11.205119, hand);
}

BOOST_AUTO_TEST_CASE(bad_training_input) {
    const char* train = "workload::train";
    for (double mfu : {0.0, -0.1, 1.5, not_a_number}) {
        BOOST_CHECK_EXCEPTION(work::train(5.88e23 * u::FLOP, h100_cluster(1024.0, mfu)),
                              aiecon::domain_error,
                              naming(train, "model_flop_utilisation", "(0, 1]"));
    }
    BOOST_CHECK_EXCEPTION(work::train(5.88e23 * u::FLOP, h100_cluster(0.0, 0.4)),
                          aiecon::domain_error, naming(train, "accelerators", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(work::train(0.0 * u::FLOP, h100_cluster(1024.0, 0.4)),
                          aiecon::domain_error, naming(train, "flop", "(0, inf)"));
    work::training_setup bad = h100_cluster(1024.0, 0.4);
    bad.cost_per_accelerator_hour = per_hour(-2.0);
    BOOST_CHECK_EXCEPTION(work::train(5.88e23 * u::FLOP, bad), aiecon::domain_error,
                          naming(train, "cost_per_accelerator_hour", "[0, inf)"));
    bad = h100_cluster(1024.0, 0.4);
    bad.pue = 0.9;
    BOOST_CHECK_EXCEPTION(work::train(5.88e23 * u::FLOP, bad), aiecon::domain_error,
                          naming(train, "pue", "[1, 10]"));
    bad = h100_cluster(1024.0, 0.4);
    bad.service_life = 0_yr;
    BOOST_CHECK_EXCEPTION(work::train(5.88e23 * u::FLOP, bad), aiecon::domain_error,
                          naming(train, "service_life", "(0, inf)"));
    bad = h100_cluster(1024.0, 0.4);
    bad.power_per_accelerator = -1'275_W;
    BOOST_CHECK_EXCEPTION(work::train(5.88e23 * u::FLOP, bad), aiecon::domain_error,
                          naming(train, "power_per_accelerator", "kW"));
    // The A100 has no FP8 (NVIDIA A100 datasheet): training at FP8 on it is an error.
    bad = h100_cluster(1024.0, 0.4);
    bad.accelerator.fp8 = 0.0 * u::TFLOP / u::s;
    bad.precision = precision::fp8;
    BOOST_CHECK_EXCEPTION(work::train(5.88e23 * u::FLOP, bad), aiecon::domain_error,
                          naming("compute::peak", "peak at the precision asked", "(0, inf)"));

    BOOST_CHECK_EXCEPTION(work::training_flop(0.0, 300e9 * u::token), aiecon::domain_error,
                          naming("workload::training_flop", "parameters", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(work::training_flop(not_a_number, 300e9 * u::token), aiecon::domain_error,
                          naming("workload::training_flop", "parameters", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(work::training_flop(175e9, -300e9 * u::token), aiecon::domain_error,
                          naming("workload::training_flop", "tokens", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(work::compute_optimal(0.0 * u::FLOP), aiecon::domain_error,
                          naming("workload::compute_optimal", "budget", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(work::compute_optimal(5.88e23 * u::FLOP, 0.0), aiecon::domain_error,
                          naming("workload::compute_optimal", "tokens_per_parameter", "(0, inf)"));
}

BOOST_AUTO_TEST_CASE(bad_serving_input) {
    const char* serve = "workload::serve";
    const work::transformer m = llama2_70b();
    // Batch of zero.
    work::serving_setup bad = llama2_on_two_h100();
    bad.plan.batch = 0.0;
    BOOST_CHECK_EXCEPTION(work::serve(m, bad), aiecon::domain_error,
                          naming(serve, "plan.batch", "(0, inf)"));
    // A batch beyond the largest, 14 (worked above).
    bad = llama2_on_two_h100();
    bad.plan.batch = 15.0;
    BOOST_CHECK_EXCEPTION(work::serve(m, bad), aiecon::domain_error,
                          naming(serve, "plan.batch", "(0, 14]"));
    // A model that does not fit: 140 GB of weights on one 80 GB H100.
    bad = llama2_on_two_h100();
    bad.plan.accelerators = 1.0;
    BOOST_CHECK_EXCEPTION(work::serve(m, bad), aiecon::domain_error,
                          naming(serve, "plan.accelerators", "140 GB"));
    // A negative price.
    bad = llama2_on_two_h100();
    bad.cost_per_accelerator_hour = per_hour(-2.50);
    BOOST_CHECK_EXCEPTION(work::serve(m, bad), aiecon::domain_error,
                          naming(serve, "cost_per_accelerator_hour", "[0, inf)"));
    for (double efficiency : {0.0, 1.5, not_a_number}) {
        bad = llama2_on_two_h100();
        bad.plan.compute_efficiency = efficiency;
        BOOST_CHECK_EXCEPTION(work::serve(m, bad), aiecon::domain_error,
                              naming(serve, "plan.compute_efficiency", "(0, 1]"));
        bad = llama2_on_two_h100();
        bad.plan.bandwidth_efficiency = efficiency;
        BOOST_CHECK_EXCEPTION(work::serve(m, bad), aiecon::domain_error,
                              naming(serve, "plan.bandwidth_efficiency", "(0, 1]"));
    }
    bad = llama2_on_two_h100();
    bad.plan.context = 0.0 * u::token;
    BOOST_CHECK_EXCEPTION(work::serve(m, bad), aiecon::domain_error,
                          naming(serve, "plan.context", "(0, inf)"));
    bad = llama2_on_two_h100();
    bad.pue = 0.9;
    BOOST_CHECK_EXCEPTION(work::serve(m, bad), aiecon::domain_error,
                          naming(serve, "pue", "[1, 10]"));
    work::transformer empty = m;
    empty.parameters = 0.0;
    BOOST_CHECK_EXCEPTION(work::serve(empty, llama2_on_two_h100()), aiecon::domain_error,
                          naming(serve, "model.parameters", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(work::flop_per_token(m, -1.0 * u::token), aiecon::domain_error,
                          naming("workload::flop_per_token", "context", "[0, inf)"));
    empty = m;
    empty.layers = not_a_number;
    BOOST_CHECK_EXCEPTION(work::kv_cache_per_token(empty), aiecon::domain_error,
                          naming("workload::kv_cache_per_token", "model.layers", "(0, inf)"));
}

BOOST_AUTO_TEST_CASE(bad_lifecycle_endpoint_and_chain_input) {
    const char* lifecycle = "workload::lifecycle";
    const work::lifecycle_inputs good{.training_cost = 61.68_MUSD,
                                      .inference_cost = 2.0 * usd_per_mtoken,
                                      .tokens_served = 10_Ttokens,
                                      .tokens_per_task = 1'000_tokens};
    work::lifecycle_inputs bad = good;
    bad.inference_cost = 0.0 * usd_per_mtoken;
    BOOST_CHECK_EXCEPTION(work::lifecycle(bad), aiecon::domain_error,
                          naming(lifecycle, "inference_cost", "(0, inf)"));
    bad = good;
    bad.training_cost = -1_MUSD;
    BOOST_CHECK_EXCEPTION(work::lifecycle(bad), aiecon::domain_error,
                          naming(lifecycle, "training_cost", "[0, inf)"));
    bad = good;
    bad.tokens_served = 0_tokens;
    BOOST_CHECK_EXCEPTION(work::lifecycle(bad), aiecon::domain_error,
                          naming(lifecycle, "tokens_served", "(0, inf)"));
    bad = good;
    bad.tokens_per_task = not_a_number * u::token;
    BOOST_CHECK_EXCEPTION(work::lifecycle(bad), aiecon::domain_error,
                          naming(lifecycle, "tokens_per_task", "[0, inf)"));

    const char* endpoint = "workload::compare_endpoint";
    const work::on_device device{.chip_cost = 2'000_USD,
                                 .power = 60_W,
                                 .duty_cycle = 0.5,
                                 .life = 5_yr,
                                 .energy_price = 0.15 * usd_per_kwh,
                                 .tasks = 1.0 / u::s};
    const work::from_data_centre cloud{.price = 2.0 * usd_per_mtoken,
                                       .tokens_per_task = 200_tokens,
                                       .data_per_task = 1_MB,
                                       .connectivity = 6.0 * u::USD / u::GB};
    for (double duty : {0.0, 1.5, not_a_number}) {
        work::on_device d = device;
        d.duty_cycle = duty;
        BOOST_CHECK_EXCEPTION(work::compare_endpoint(d, cloud), aiecon::domain_error,
                              naming(endpoint, "device.duty_cycle", "(0, 1]"));
    }
    work::on_device d = device;
    d.life = 0_yr;
    BOOST_CHECK_EXCEPTION(work::compare_endpoint(d, cloud), aiecon::domain_error,
                          naming(endpoint, "device.life", "(0, inf)"));
    d = device;
    d.tasks = 0.0 / u::s;
    BOOST_CHECK_EXCEPTION(work::compare_endpoint(d, cloud), aiecon::domain_error,
                          naming(endpoint, "device.tasks", "(0, inf)"));
    d = device;
    d.chip_cost = -2'000_USD;
    BOOST_CHECK_EXCEPTION(work::compare_endpoint(d, cloud), aiecon::domain_error,
                          naming(endpoint, "device.chip_cost", "$"));
    work::from_data_centre c = cloud;
    c.price = -2.0 * usd_per_mtoken;
    BOOST_CHECK_EXCEPTION(work::compare_endpoint(device, c), aiecon::domain_error,
                          naming(endpoint, "centre.price", "/Mtoken"));
    c = cloud;
    c.connectivity = -6.0 * u::USD / u::GB;
    BOOST_CHECK_EXCEPTION(work::compare_endpoint(device, c), aiecon::domain_error,
                          naming(endpoint, "centre.connectivity", "/GB"));

    // The chain passes bad input to the layer that owns it.
    work::quartz_to_token_inputs q = chain();
    q.serving.accelerators = 1.0;  // 140 GB of weights on one 80 GB H100
    BOOST_CHECK_EXCEPTION(work::quartz_to_token(q), aiecon::domain_error,
                          naming("workload::serve", "plan.accelerators", "140 GB"));
    q = chain();
    q.utilisation = 0.0;
    BOOST_CHECK_EXCEPTION(work::quartz_to_token(q), aiecon::domain_error,
                          naming("finance::tco", "utilisation", "(0, 1]"));
    q = chain();
    q.vendors[0].margin = -0.5;
    BOOST_CHECK_EXCEPTION(
        work::quartz_to_token(q), aiecon::domain_error,
        naming("finance::compare_make_or_buy", "margin (chip vendor)", "[0, 100)"));
    q = chain();
    q.defects = -0.1 / u::cm2;
    BOOST_CHECK_EXCEPTION(work::quartz_to_token(q), aiecon::domain_error,
                          naming("fab::die_costs", "defect_density", "/cm2"));
    q = chain();
    q.serving.batch = 15.0;
    BOOST_CHECK_EXCEPTION(work::quartz_to_token(q), aiecon::domain_error,
                          naming("workload::serve", "plan.batch", "(0, 14]"));
}

BOOST_AUTO_TEST_SUITE_END()
