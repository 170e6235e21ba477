// The compute layer: the accelerator catalog against the datasheets quoted
// in its comments, peak per precision, compute per watt at peak and at a
// utilisation, the roofline (attainable rate and ridge point), servers and
// clusters sized by hand, and bad input.
//
// References:
//  - NVIDIA H100 Tensor Core GPU datasheet (2023), H100 SXM5: FP8 3,958 and
//    BF16 1,979 TFLOP/s "with sparsity" ("1/2 lower without"), so 1,979 and
//    989 dense (989.4 in NVIDIA's whitepaper); FP32 67 TFLOP/s (66.9); 80 GB
//    HBM3 at 3.35 TB/s; up to 700 W. (Project researcher's notes,
//    /tmp/compute_refs.md sec. 1, from a copy of NVIDIA's spec table and
//    glennklockwood.com's table of the whitepaper.)
//  - NVIDIA H200 datasheet (2024): the H100's compute, 141 GB HBM3e at
//    4.8 TB/s; "H200 TGP 700W" in the MLPerf Inference v4.1 system
//    description (mlcommons/inference_results_v4.1).
//  - NVIDIA HGX/DGX B200 datasheets (2024), per GPU: FP8 4.5 and BF16 2.25
//    PFLOP/s dense, FP32 75 TFLOP/s (80 in some tables), 180 GB usable
//    (DGX B200: 1,440 GB / 8 GPUs), 8 TB/s (64 TB/s / 8), 1,000 W.
//  - AMD Instinct MI300X data sheet (2023): FP8 2,614.9, BF16 1,307.4, FP32
//    163.4 TFLOP/s dense, 192 GB HBM3 at 5.3 TB/s, 750 W (MLPerf system
//    name "MI300X-...-192GB-750W").
//  - H100 price: Epoch AI, "Data on AI chip sales" (2025), geometric mean
//    $25.6k of reported $22k to $30k sale prices.
//  - NVIDIA A100 80GB SXM datasheet (2021): BF16 312 TFLOP/s dense, FP32
//    19.5, 80 GB HBM2e at 2,039 GB/s, 400 W, and no FP8 tensor cores (used
//    below as an accelerator without FP8).
//  - NVIDIA DGX H100 datasheet: 8 x H100, "32 petaFLOPS FP8" (with
//    sparsity), "~10.2 kW max" system power; 8 x 700 W = 5.6 kW on the GPUs
//    leaves 4.6 kW for the rest. DGX H100 price ~$270k (SemiAnalysis 2023,
//    via Epoch AI's cost notebook). Network share of cluster capex 0.19
//    (Epoch AI, training-cost-trends code).
//  - Roofline: attainable = min(peak, intensity x bandwidth), ridge = peak /
//    bandwidth (Williams, Waterman and Patterson, CACM 52(4), 2009).
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace comp = aiecon::compute;
namespace catalog = aiecon::compute::catalog;

using comp::precision;
using test::naming;
using test::not_a_number;

const auto tflops = u::TFLOP / u::s;
const auto tb_per_s = u::TB / u::s;
const auto flop_per_j = u::FLOP / u::J;
const auto flop_per_b = u::FLOP / u::B;

// NVIDIA A100 80GB SXM (datasheet above): no FP8.
const comp::accelerator a100{.name = "NVIDIA A100 SXM 80GB",
                             .fp8 = 0.0 * tflops,
                             .bf16 = 312.0 * tflops,
                             .fp32 = 19.5 * tflops,
                             .memory = 80_GB,
                             .memory_bandwidth = 2.039 * tb_per_s,
                             .board_power = 400_W};

// A DGX H100: 8 H100 SXM, 10.2 kW max, so 10.2 - 8 x 0.7 = 4.6 kW of
// overhead; $270k in all, so 270,000 - 8 x 25,600 = $65,200 for everything
// but the GPUs.
const comp::server dgx_h100{
    .accelerators = 8.0, .overhead_power = 4.6_kW, .overhead_cost = 65'200_USD};
}  // namespace

BOOST_AUTO_TEST_SUITE(compute)

BOOST_AUTO_TEST_CASE(catalog_matches_the_datasheets) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    // H100 SXM.
    BOOST_TEST(catalog::h100_sxm.fp8.in(tflops) == 1979.0, tol);
    BOOST_TEST(catalog::h100_sxm.bf16.in(tflops) == 989.0, tol);
    BOOST_TEST(catalog::h100_sxm.fp32.in(tflops) == 67.0, tol);
    BOOST_TEST(catalog::h100_sxm.memory.in(u::GB) == 80.0, tol);
    BOOST_TEST(catalog::h100_sxm.memory_bandwidth.in(tb_per_s) == 3.35, tol);
    BOOST_TEST(catalog::h100_sxm.board_power.in(u::W) == 700.0, tol);
    BOOST_TEST(catalog::h100_sxm.price.in(u::USD) == 25'600.0, tol);
    // Dense is half the datasheet's sparse figure: 3,958 / 2 and 1,979 / 2
    // (989.5; NVIDIA's whitepaper has 989.4), within 0.1 %.
    BOOST_TEST(catalog::h100_sxm.fp8.in(tflops) == 3958.0 / 2.0,
               boost::test_tools::tolerance(1e-3));
    BOOST_TEST(catalog::h100_sxm.bf16.in(tflops) == 1979.0 / 2.0,
               boost::test_tools::tolerance(1e-3));
    // The whitepaper's FP32, 66.9, within 0.2 %.
    BOOST_TEST(catalog::h100_sxm.fp32.in(tflops) == 66.9, boost::test_tools::tolerance(2e-3));

    // H200 SXM: H100 compute, more and faster memory, same power.
    BOOST_TEST(catalog::h200_sxm.fp8.in(tflops) == 1979.0, tol);
    BOOST_TEST(catalog::h200_sxm.bf16.in(tflops) == 989.0, tol);
    BOOST_TEST(catalog::h200_sxm.fp32.in(tflops) == 67.0, tol);
    BOOST_TEST(catalog::h200_sxm.memory.in(u::GB) == 141.0, tol);
    BOOST_TEST(catalog::h200_sxm.memory_bandwidth.in(tb_per_s) == 4.8, tol);
    BOOST_TEST(catalog::h200_sxm.board_power.in(u::W) == 700.0, tol);

    // B200 (HGX, 1 kW): DGX B200's 1,440 GB and 64 TB/s over 8 GPUs.
    BOOST_TEST(catalog::b200.fp8.in(tflops) == 4500.0, tol);
    BOOST_TEST(catalog::b200.bf16.in(tflops) == 2250.0, tol);
    BOOST_TEST(catalog::b200.fp32.in(tflops) == 75.0, tol);
    BOOST_TEST(catalog::b200.memory.in(u::GB) == 1440.0 / 8.0, tol);
    BOOST_TEST(catalog::b200.memory_bandwidth.in(tb_per_s) == 64.0 / 8.0, tol);
    BOOST_TEST(catalog::b200.board_power.in(u::W) == 1000.0, tol);

    // MI300X.
    BOOST_TEST(catalog::mi300x.fp8.in(tflops) == 2614.9, tol);
    BOOST_TEST(catalog::mi300x.bf16.in(tflops) == 1307.4, tol);
    BOOST_TEST(catalog::mi300x.fp32.in(tflops) == 163.4, tol);
    BOOST_TEST(catalog::mi300x.memory.in(u::GB) == 192.0, tol);
    BOOST_TEST(catalog::mi300x.memory_bandwidth.in(tb_per_s) == 5.3, tol);
    BOOST_TEST(catalog::mi300x.board_power.in(u::W) == 750.0, tol);

    // Vendors publish no list prices: the catalog leaves the others at zero.
    BOOST_TEST(catalog::h200_sxm.price.in(u::USD) == 0.0);
    BOOST_TEST(catalog::b200.price.in(u::USD) == 0.0);
    BOOST_TEST(catalog::mi300x.price.in(u::USD) == 0.0);
}

BOOST_AUTO_TEST_CASE(peak_at_each_precision) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    BOOST_TEST(comp::peak(catalog::h100_sxm, precision::fp8).in(tflops) == 1979.0, tol);
    BOOST_TEST(comp::peak(catalog::h100_sxm, precision::bf16).in(tflops) == 989.0, tol);
    BOOST_TEST(comp::peak(catalog::h100_sxm, precision::fp32).in(tflops) == 67.0, tol);
    BOOST_TEST(comp::peak(catalog::mi300x, precision::fp8).in(tflops) == 2614.9, tol);
    BOOST_TEST(comp::peak(a100, precision::bf16).in(tflops) == 312.0, tol);
    // The A100 has no FP8: asking for it is an error, not zero FLOP/s.
    BOOST_CHECK_EXCEPTION(comp::peak(a100, precision::fp8), aiecon::domain_error,
                          naming("compute::peak", "peak at the precision asked", "(0, inf)"));
    BOOST_TEST(comp::name_of(precision::fp8) == "FP8");
    BOOST_TEST(comp::name_of(precision::bf16) == "BF16");
    BOOST_TEST(comp::name_of(precision::fp32) == "FP32");
}

BOOST_AUTO_TEST_CASE(compute_per_watt_at_peak_and_at_a_utilisation) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    // H100 SXM, BF16: 989e12 FLOP/s / 700 W = 1.4128571e12 FLOP/J.
    BOOST_TEST(comp::compute_per_watt(catalog::h100_sxm, precision::bf16).in(flop_per_j) ==
                   1.4128571428571428e12,
               tol);
    // At 40 % of peak (power held at 700 W): 0.4 x 1.4128571e12 = 5.6514286e11.
    BOOST_TEST(comp::compute_per_watt(catalog::h100_sxm, precision::bf16, 0.4).in(flop_per_j) ==
                   5.6514285714285714e11,
               tol);
    // H100 FP8: 1979e12 / 700 = 2.8271429e12; FP32: 67e12 / 700 = 9.5714286e10.
    BOOST_TEST(comp::compute_per_watt(catalog::h100_sxm, precision::fp8).in(flop_per_j) ==
                   2.8271428571428571e12,
               tol);
    BOOST_TEST(comp::compute_per_watt(catalog::h100_sxm, precision::fp32).in(flop_per_j) ==
                   9.5714285714285714e10,
               tol);
    // B200 BF16: 2250e12 / 1000 = 2.25e12; MI300X BF16: 1307.4e12 / 750 = 1.7432e12.
    BOOST_TEST(comp::compute_per_watt(catalog::b200, precision::bf16).in(flop_per_j) == 2.25e12,
               tol);
    BOOST_TEST(comp::compute_per_watt(catalog::mi300x, precision::bf16).in(flop_per_j) == 1.7432e12,
               tol);
    // Idle: no work, no FLOP per joule.
    BOOST_TEST(comp::compute_per_watt(catalog::h100_sxm, precision::bf16, 0.0).in(flop_per_j) ==
               0.0);
}

BOOST_AUTO_TEST_CASE(roofline_ridge_and_attainable) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    const aiecon::flop_rate h100_bf16 = 989.0 * tflops;
    const aiecon::bandwidth h100_hbm = 3.35 * tb_per_s;
    // H100 BF16 ridge: 989e12 / 3.35e12 = 295.22388 FLOP/B.
    BOOST_TEST(comp::ridge_intensity(h100_bf16, h100_hbm).in(flop_per_b) == 295.22388059701493,
               tol);
    // H100 FP8: 1979 / 3.35 = 590.74627; H200 BF16: 989 / 4.8 = 206.04167;
    // B200 FP8: 4500 / 8 = 562.5; MI300X BF16: 1307.4 / 5.3 = 246.67925.
    BOOST_TEST(comp::ridge_intensity(catalog::h100_sxm.fp8, catalog::h100_sxm.memory_bandwidth)
                       .in(flop_per_b) == 590.74626865671642,
               tol);
    BOOST_TEST(comp::ridge_intensity(catalog::h200_sxm.bf16, catalog::h200_sxm.memory_bandwidth)
                       .in(flop_per_b) == 206.04166666666667,
               tol);
    BOOST_TEST(
        comp::ridge_intensity(catalog::b200.fp8, catalog::b200.memory_bandwidth).in(flop_per_b) ==
            562.5,
        tol);
    BOOST_TEST(comp::ridge_intensity(catalog::mi300x.bf16, catalog::mi300x.memory_bandwidth)
                       .in(flop_per_b) == 246.67924528301887,
               tol);

    // Below the ridge, bandwidth-bound: a BF16 matrix-vector product does
    // 2 FLOP per 2-byte weight, 1 FLOP/B: 1 x 3.35e12 = 3.35e12 FLOP/s
    // (0.34 % of peak). At 100 FLOP/B: 335e12.
    BOOST_TEST(comp::attainable(1.0 * flop_per_b, h100_bf16, h100_hbm).in(tflops) == 3.35, tol);
    BOOST_TEST(comp::attainable(100.0 * flop_per_b, h100_bf16, h100_hbm).in(tflops) == 335.0, tol);
    // Above it, the peak: 1,000 FLOP/B gives 989e12, not 3,350e12.
    BOOST_TEST(comp::attainable(1000.0 * flop_per_b, h100_bf16, h100_hbm).in(tflops) == 989.0, tol);
    // At the ridge both roofs meet: 295.22388 x 3.35e12 = 989e12.
    BOOST_TEST(
        comp::attainable(295.22388059701493 * flop_per_b, h100_bf16, h100_hbm).in(tflops) == 989.0,
        tol);
    // No arithmetic, no FLOP.
    BOOST_TEST(comp::attainable(0.0 * flop_per_b, h100_bf16, h100_hbm).in(tflops) == 0.0);
}

BOOST_AUTO_TEST_CASE(dgx_h100_server_by_hand) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    const comp::cluster_figures one =
        comp::size_cluster({.accelerator = catalog::h100_sxm, .server = dgx_h100});
    // 8 x 700 W + 4.6 kW = 5.6 + 4.6 = 10.2 kW (DGX H100 datasheet "~10.2 kW max").
    BOOST_TEST(one.it_power.in(u::kW) == 10.2, tol);
    BOOST_TEST(one.accelerators.in(u::device) == 8.0, tol);
    // 10.2 kW / 8 = 1,275 W per accelerator.
    BOOST_TEST(one.power_per_accelerator.in(u::W) == 1'275.0, tol);
    // 8 x $25,600 + $65,200 = 204,800 + 65,200 = $270,000; / 8 = $33,750.
    BOOST_TEST(one.capex.in(u::USD) == 270'000.0, tol);
    BOOST_TEST(one.capex_per_accelerator.in(u::USD) == 33'750.0, tol);
}

BOOST_AUTO_TEST_CASE(cluster_with_a_network_share_by_hand) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    // 32 DGX H100 with the network 19 % of capex (Epoch AI):
    const comp::cluster_design design{.accelerator = catalog::h100_sxm,
                                      .server = dgx_h100,
                                      .servers = 32.0,
                                      .network_share = 0.19};
    const comp::cluster_figures c = comp::size_cluster(design);
    //   accelerators = 32 x 8 = 256
    //   IT power     = 32 x 10.2 kW = 326.4 kW (the network's power is not modelled)
    //   capex        = 32 x $270,000 / (1 - 0.19) = 8,640,000 / 0.81 = $10,666,666.67
    //   per accelerator = 10,666,666.67 / 256 = $41,666.667
    BOOST_TEST(c.accelerators.in(u::device) == 256.0, tol);
    BOOST_TEST(c.it_power.in(u::kW) == 326.4, tol);
    BOOST_TEST(c.capex.in(u::USD) == 10'666'666.666666667, tol);
    BOOST_TEST(c.capex_per_accelerator.in(u::USD) == 41'666.666666666667, tol);
    BOOST_TEST(c.power_per_accelerator.in(u::W) == 1'275.0, tol);
    // The network is 19 % of the total: 0.19 x 10,666,666.67 = $2,026,666.67,
    // the servers the other 8,640,000.
    BOOST_TEST((c.capex - 32.0 * 270'000_USD).in(u::USD) == 2'026'666.6666666667,
               boost::test_tools::tolerance(1e-10));

    // Peak: 256 x 989e12 = 253.184 PFLOP/s BF16.
    BOOST_TEST(comp::cluster_peak(design, precision::bf16).in(u::PFLOP / u::s) == 253.184, tol);
    // One DGX H100 at FP8: 8 x 1,979 = 15.832 PFLOP/s dense; doubled for
    // sparsity, 31.664, the datasheet's "32 petaFLOPS FP8" within 1.1 %.
    const comp::cluster_design dgx{.accelerator = catalog::h100_sxm, .server = dgx_h100};
    BOOST_TEST(comp::cluster_peak(dgx, precision::fp8).in(u::PFLOP / u::s) == 15.832, tol);
    BOOST_TEST(2.0 * comp::cluster_peak(dgx, precision::fp8).in(u::PFLOP / u::s) == 32.0,
               boost::test_tools::tolerance(0.011));
}

BOOST_AUTO_TEST_CASE(bad_accelerator_and_roofline_input) {
    comp::accelerator bad = catalog::h100_sxm;
    bad.memory = -80_GB;
    BOOST_CHECK_EXCEPTION(comp::peak(bad, precision::bf16), aiecon::domain_error,
                          naming("compute::peak", "accelerator.memory", "GB"));
    bad = catalog::h100_sxm;
    bad.memory_bandwidth = not_a_number * tb_per_s;
    BOOST_CHECK_EXCEPTION(comp::peak(bad, precision::bf16), aiecon::domain_error,
                          naming("compute::peak", "accelerator.memory_bandwidth", "(0, inf)"));
    bad = catalog::h100_sxm;
    bad.board_power = 0_W;
    BOOST_CHECK_EXCEPTION(comp::compute_per_watt(bad, precision::bf16), aiecon::domain_error,
                          naming("compute::peak", "accelerator.board_power", "(0, inf)"));
    bad = catalog::h100_sxm;
    bad.bf16 = -989.0 * tflops;
    BOOST_CHECK_EXCEPTION(comp::peak(bad, precision::fp8), aiecon::domain_error,
                          naming("compute::peak", "accelerator.bf16", "TFLOP/s"));
    for (double utilisation : {-0.1, 1.5, not_a_number}) {
        BOOST_CHECK_EXCEPTION(
            comp::compute_per_watt(catalog::h100_sxm, precision::bf16, utilisation),
            aiecon::domain_error, naming("compute::compute_per_watt", "utilisation", "[0, 1]"));
    }

    const aiecon::flop_rate peak = 989.0 * tflops;
    const aiecon::bandwidth hbm = 3.35 * tb_per_s;
    BOOST_CHECK_EXCEPTION(comp::attainable(-1.0 * flop_per_b, peak, hbm), aiecon::domain_error,
                          naming("compute::attainable", "intensity", "[0, inf)"));
    BOOST_CHECK_EXCEPTION(comp::attainable(not_a_number * flop_per_b, peak, hbm),
                          aiecon::domain_error,
                          naming("compute::attainable", "intensity", "FLOP/B"));
    BOOST_CHECK_EXCEPTION(comp::attainable(1.0 * flop_per_b, 0.0 * tflops, hbm),
                          aiecon::domain_error,
                          naming("compute::attainable", "peak_rate", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(comp::attainable(1.0 * flop_per_b, peak, -1.0 * tb_per_s),
                          aiecon::domain_error,
                          naming("compute::attainable", "memory_bandwidth", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(comp::ridge_intensity(peak, 0.0 * tb_per_s), aiecon::domain_error,
                          naming("compute::ridge_intensity", "memory_bandwidth", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(comp::ridge_intensity(not_a_number * tflops, hbm), aiecon::domain_error,
                          naming("compute::ridge_intensity", "peak_rate", "(0, inf)"));
}

BOOST_AUTO_TEST_CASE(bad_cluster_input) {
    const char* function = "compute::size_cluster";
    const comp::cluster_design good{.accelerator = catalog::h100_sxm, .server = dgx_h100};
    for (double share : {1.0, -0.1, not_a_number}) {
        comp::cluster_design bad = good;
        bad.network_share = share;
        BOOST_CHECK_EXCEPTION(comp::size_cluster(bad), aiecon::domain_error,
                              naming(function, "network_share", "[0, 1)"));
    }
    comp::cluster_design bad = good;
    bad.servers = 0.0;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(bad), aiecon::domain_error,
                          naming(function, "servers", "(0, inf)"));
    bad = good;
    bad.server.accelerators = 0.0;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(bad), aiecon::domain_error,
                          naming(function, "server.accelerators", "(0, inf)"));
    bad = good;
    bad.server.overhead_power = -4.6_kW;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(bad), aiecon::domain_error,
                          naming(function, "server.overhead_power", "kW"));
    bad = good;
    bad.server.overhead_cost = -65'200_USD;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(bad), aiecon::domain_error,
                          naming(function, "server.overhead_cost", "$"));
    bad = good;
    bad.accelerator.price = -25'600_USD;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(bad), aiecon::domain_error,
                          naming(function, "accelerator.price", "[0, inf)"));
    bad = good;
    bad.accelerator.board_power = not_a_number * u::W;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(bad), aiecon::domain_error,
                          naming(function, "accelerator.board_power", "(0, inf)"));
}

BOOST_AUTO_TEST_SUITE_END()
