// Preconditions of the compute and finance layers (issue 7, "Validation
// everywhere"): for every public function of compute/accelerator.hpp,
// compute/catalog.hpp, compute/cluster.hpp, compute/roofline.hpp and of
// finance/*.hpp, one test case that feeds each rejected input (out of range,
// NaN, +infinity) and checks that aiecon::domain_error names the function,
// the parameter and the allowed range or unit.
//
// Each fuzz finding of the compute_finance family that was fixed
// (tests/fuzz/findings/README.md: inputs each valid on their own whose
// product, quotient or sum overflows) is replayed here with the values the
// README decodes, the rest at the harness's typical values: the result is now
// refused, naming the result and an input to check. A few more overflows of
// the same kind, found by reading the code, are checked alongside.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace comp = aiecon::compute;
namespace catalog = aiecon::compute::catalog;
namespace fin = aiecon::finance;

using comp::precision;
using test::naming;
using test::not_a_number;

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double largest = std::numeric_limits<double>::max();          // 1.8e308
constexpr double smallest_normal = std::numeric_limits<double>::min();  // 2.2e-308
constexpr double smallest = std::numeric_limits<double>::denorm_min();  // 4.9e-324

const auto flop_per_s = u::FLOP / u::s;
const auto bytes_per_s = u::B / u::s;
const auto flop_per_byte = u::FLOP / u::B;
const auto usd_per_w = u::USD / u::W;
const auto usd_per_j = u::USD / u::J;
const auto usd_per_kwh = u::USD / u::kWh;
const auto usd_per_device_s = u::USD / (u::device * u::s);
const auto usd_per_hour = u::USD / (u::device * u::h);

// The fuzz harness's typical accelerator (tests/fuzz/decode_accelerator.hpp):
// an H100's figures.
comp::accelerator typical_accelerator() {
    return {.name = "fuzzed",
            .fp8 = 2e15 * flop_per_s,
            .bf16 = 1e15 * flop_per_s,
            .fp32 = 67e12 * flop_per_s,
            .memory = 80e9 * u::B,
            .memory_bandwidth = 3.35e12 * bytes_per_s,
            .board_power = 700.0 * u::W,
            .price = 25.6e3 * u::USD};
}

// The harness's typical cluster (tests/fuzz/compute_finance_fuzzer.cpp).
comp::cluster_design typical_cluster() {
    return {.accelerator = typical_accelerator(),
            .server = {.accelerators = 8.0,
                       .overhead_power = 4e3 * u::W,
                       .overhead_cost = 100e3 * u::USD},
            .servers = 1000.0,
            .network_share = 0.15};
}

// The harness's typical TCO inputs.
fin::tco_inputs typical_tco() {
    return {.capex_per_accelerator = 40e3 * u::USD,
            .power_per_accelerator = 1.2e3 * u::W,
            .hardware_life = 5.0 * u::year,
            .facility_capex = 10.0 * usd_per_w,
            .facility_life = 20.0 * u::year,
            .pue = 1.3,
            .tariff = 0.08 * usd_per_kwh,
            .maintenance_share = 0.05,
            .utilisation = 0.7,
            .cost_of_capital = 0.08};
}

const aiecon::price_per_device_time typical_price = 2.5 * usd_per_hour;

// Each value in `values`, set by `set` on a copy of `good`, makes `call`
// throw a domain_error that names function, parameter and `text`.
template <class Input, class Set, class Call>
void check_rejects(const Input& good, std::initializer_list<double> values, Set set, Call call,
                   const std::string& function, const std::string& parameter,
                   const std::string& text) {
    for (const double value : values) {
        Input bad = good;
        set(bad, value);
        BOOST_TEST_CONTEXT(parameter << " = " << value) {
            BOOST_CHECK_EXCEPTION(call(bad), aiecon::domain_error,
                                  naming(function, parameter, text));
        }
    }
}

std::vector<fin::capex_item> typical_items() {
    return {
        {.name = "servers", .cost = 1e6 * u::USD, .life = 5.0 * u::year, .salvage = 1e5 * u::USD},
        {.name = "network", .cost = 1e6 * u::USD, .life = 5.0 * u::year, .salvage = 1e5 * u::USD}};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(compute_finance_preconditions)

// ---------------------------------------------------------------- compute

BOOST_AUTO_TEST_CASE(name_of_has_no_precondition) {
    // Every precision has its name; a value outside the enumeration is not
    // refused but named "unknown".
    BOOST_TEST(comp::name_of(precision::fp8) == "FP8");
    BOOST_TEST(comp::name_of(precision::bf16) == "BF16");
    BOOST_TEST(comp::name_of(precision::fp32) == "FP32");
    BOOST_TEST(comp::name_of(static_cast<precision>(7)) == "unknown");
}

BOOST_AUTO_TEST_CASE(validate_accelerator_rejects_each_field) {
    const comp::accelerator good = typical_accelerator();
    const auto call = [](const comp::accelerator& a) { comp::validate(a, "caller::model"); };
    const std::string f = "caller::model";
    check_rejects(
        good, {-1.0, not_a_number, infinity},
        [](comp::accelerator& a, double v) { a.fp8 = v * flop_per_s; }, call, f, "accelerator.fp8",
        "[0, inf)");
    check_rejects(
        good, {0.0, -1.0, not_a_number, infinity},
        [](comp::accelerator& a, double v) { a.bf16 = v * flop_per_s; }, call, f,
        "accelerator.bf16", "(0, inf)");
    check_rejects(
        good, {-1.0, not_a_number, infinity},
        [](comp::accelerator& a, double v) { a.fp32 = v * flop_per_s; }, call, f,
        "accelerator.fp32", "[0, inf)");
    check_rejects(
        good, {0.0, -1.0, not_a_number, infinity},
        [](comp::accelerator& a, double v) { a.memory = v * u::B; }, call, f, "accelerator.memory",
        "(0, inf)");
    check_rejects(
        good, {0.0, -1.0, not_a_number, infinity},
        [](comp::accelerator& a, double v) { a.memory_bandwidth = v * bytes_per_s; }, call, f,
        "accelerator.memory_bandwidth", "(0, inf)");
    check_rejects(
        good, {0.0, -1.0, not_a_number, infinity},
        [](comp::accelerator& a, double v) { a.board_power = v * u::W; }, call, f,
        "accelerator.board_power", "(0, inf)");
    check_rejects(
        good, {-1.0, not_a_number, infinity},
        [](comp::accelerator& a, double v) { a.price = v * u::USD; }, call, f, "accelerator.price",
        "[0, inf)");
    BOOST_CHECK_NO_THROW(comp::validate(good, "caller::model"));
}

BOOST_AUTO_TEST_CASE(peak_rejects_a_bad_accelerator_or_precision) {
    const comp::accelerator good = typical_accelerator();
    // The accelerator is validated (one field each way; validate's own test
    // covers all of them).
    check_rejects(
        good, {not_a_number, infinity, -1.0},
        [](comp::accelerator& a, double v) { a.memory = v * u::B; },
        [](const comp::accelerator& a) { return comp::peak(a, precision::bf16); }, "compute::peak",
        "accelerator.memory", "(0, inf)");
    // A precision the accelerator lacks (FP8 at 0, as the A100).
    comp::accelerator no_fp8 = good;
    no_fp8.fp8 = 0.0 * flop_per_s;
    BOOST_CHECK_EXCEPTION(comp::peak(no_fp8, precision::fp8), aiecon::domain_error,
                          naming("compute::peak", "peak at the precision asked", "(0, inf)"));
    no_fp8.fp32 = 0.0 * flop_per_s;
    BOOST_CHECK_EXCEPTION(comp::peak(no_fp8, precision::fp32), aiecon::domain_error,
                          naming("compute::peak", "peak at the precision asked", "(0, inf)"));
    // A value outside the enumeration used to read as FP32.
    BOOST_CHECK_EXCEPTION(comp::peak(good, static_cast<precision>(3)), aiecon::domain_error,
                          naming("compute::peak", "precision", "{fp8, bf16, fp32}"));
    BOOST_TEST(comp::peak(good, precision::fp32).in(flop_per_s) == 67e12);
}

BOOST_AUTO_TEST_CASE(compute_per_watt_rejects_bad_input_and_overflow) {
    const comp::accelerator good = typical_accelerator();
    for (const double utilisation : {-0.1, 1.5, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("utilisation = " << utilisation) {
            BOOST_CHECK_EXCEPTION(comp::compute_per_watt(good, precision::bf16, utilisation),
                                  aiecon::domain_error,
                                  naming("compute::compute_per_watt", "utilisation", "[0, 1]"));
        }
    }
    check_rejects(
        good, {0.0, not_a_number, infinity},
        [](comp::accelerator& a, double v) { a.board_power = v * u::W; },
        [](const comp::accelerator& a) { return comp::compute_per_watt(a, precision::bf16); },
        "compute::peak", "accelerator.board_power", "(0, inf)");
    // Finding compute-compute_per_watt-inf: board_power = 2.2e-308 W, so
    // 1e15 FLOP/s x 0.4 / 2.2e-308 W = 1.8e322 FLOP/J, beyond the largest
    // double.
    comp::accelerator tiny_power = good;
    tiny_power.board_power = smallest_normal * u::W;
    BOOST_CHECK_EXCEPTION(comp::compute_per_watt(tiny_power, precision::bf16, 0.4),
                          aiecon::domain_error,
                          naming("compute::compute_per_watt", "compute per watt", "board_power"));
}

BOOST_AUTO_TEST_CASE(catalog_find_answers_none_for_an_unknown_key) {
    // No precondition: an unknown key is not an error but no accelerator.
    BOOST_TEST(!catalog::find("h101").has_value());
    BOOST_TEST(!catalog::find("").has_value());
    for (const std::string_view key : catalog::keys) BOOST_TEST(catalog::find(key).has_value());
}

BOOST_AUTO_TEST_CASE(size_cluster_rejects_bad_input_and_overflow) {
    const std::string f = "compute::size_cluster";
    const comp::cluster_design good = typical_cluster();
    const auto call = [](const comp::cluster_design& c) { return comp::size_cluster(c); };
    check_rejects(
        good, {not_a_number, infinity, 0.0},
        [](comp::cluster_design& c, double v) { c.accelerator.board_power = v * u::W; }, call, f,
        "accelerator.board_power", "(0, inf)");
    check_rejects(
        good, {not_a_number, infinity, -1.0},
        [](comp::cluster_design& c, double v) { c.accelerator.price = v * u::USD; }, call, f,
        "accelerator.price", "[0, inf)");
    check_rejects(
        good, {0.0, -8.0, not_a_number, infinity},
        [](comp::cluster_design& c, double v) { c.server.accelerators = v; }, call, f,
        "server.accelerators", "(0, inf)");
    check_rejects(
        good, {-1.0, not_a_number, infinity},
        [](comp::cluster_design& c, double v) { c.server.overhead_power = v * u::W; }, call, f,
        "server.overhead_power", "[0, inf)");
    check_rejects(
        good, {-1.0, not_a_number, infinity},
        [](comp::cluster_design& c, double v) { c.server.overhead_cost = v * u::USD; }, call, f,
        "server.overhead_cost", "[0, inf)");
    check_rejects(
        good, {0.0, -1.0, not_a_number, infinity},
        [](comp::cluster_design& c, double v) { c.servers = v; }, call, f, "servers", "(0, inf)");
    check_rejects(
        good, {-0.1, 1.0, not_a_number, infinity},
        [](comp::cluster_design& c, double v) { c.network_share = v; }, call, f, "network_share",
        "[0, 1)");

    // Finding compute-size_cluster-accelerators-inf: 1000 servers of
    // 1.8e308 accelerators each.
    comp::cluster_design huge = good;
    huge.server.accelerators = largest;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(huge), aiecon::domain_error,
                          naming(f, "accelerators = inf", "servers"));
    // Finding compute-size_cluster-capex_per_accelerator-nan: 2.2e-308
    // servers of 2.2e-308 accelerators underflow to 0 accelerators, and the
    // capex (underflowed to 0) per 0 accelerators was 0/0.
    comp::cluster_design tiny = good;
    tiny.server.accelerators = smallest_normal;
    tiny.server.overhead_cost = smallest_normal * u::USD;
    tiny.servers = smallest_normal;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(tiny), aiecon::domain_error,
                          naming(f, "capex_per_accelerator", "server.accelerators"));
    // The same kind, by reading: the power of 1e300 servers of 1e10 W
    // accelerators, and the capex of 1e300 servers at $1e10 each.
    comp::cluster_design big = good;
    big.servers = 1e300;
    big.accelerator.board_power = 1e10 * u::W;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(big), aiecon::domain_error,
                          naming(f, "it_power", "board_power"));
    big = good;
    big.servers = 1e300;
    big.server.overhead_cost = 1e10 * u::USD;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(big), aiecon::domain_error,
                          naming(f, "capex = ", "overhead_cost"));
    // With the capex finite, 1e-300 accelerators a server each carrying
    // $1e10 of server: 1e10 / 1e-300 per accelerator.
    comp::cluster_design thin = good;
    thin.server.accelerators = 1e-300;
    thin.servers = 1.0;
    thin.server.overhead_power = 0.0 * u::W;
    thin.server.overhead_cost = 1e10 * u::USD;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(thin), aiecon::domain_error,
                          naming(f, "capex_per_accelerator", "overhead_cost"));
    thin.server.overhead_cost = 0.0 * u::USD;
    thin.server.overhead_power = 1e10 * u::W;
    BOOST_CHECK_EXCEPTION(comp::size_cluster(thin), aiecon::domain_error,
                          naming(f, "power_per_accelerator", "overhead_power"));
}

BOOST_AUTO_TEST_CASE(cluster_peak_rejects_bad_input_and_overflow) {
    const std::string f = "compute::cluster_peak";
    const comp::cluster_design good = typical_cluster();
    const auto call = [](const comp::cluster_design& c) {
        return comp::cluster_peak(c, precision::bf16);
    };
    check_rejects(
        good, {0.0, -1.0, not_a_number, infinity},
        [](comp::cluster_design& c, double v) { c.servers = v; }, call, f, "servers", "(0, inf)");
    check_rejects(
        good, {0.0, -1.0, not_a_number, infinity},
        [](comp::cluster_design& c, double v) { c.server.accelerators = v; }, call, f,
        "server.accelerators", "(0, inf)");
    // The accelerator, through compute::peak.
    check_rejects(
        good, {0.0, not_a_number, infinity},
        [](comp::cluster_design& c, double v) { c.accelerator.bf16 = v * flop_per_s; }, call,
        "compute::peak", "accelerator.bf16", "(0, inf)");
    // Finding compute-cluster_peak-inf: 1000 servers x 1e300 accelerators x
    // 1e15 FLOP/s.
    comp::cluster_design huge = good;
    huge.server.accelerators = 1e300;
    BOOST_CHECK_EXCEPTION(comp::cluster_peak(huge, precision::bf16), aiecon::domain_error,
                          naming(f, "cluster peak", "servers"));
}

BOOST_AUTO_TEST_CASE(attainable_rejects_bad_input) {
    const std::string f = "compute::attainable";
    const auto intensity = 100.0 * flop_per_byte;
    const auto peak = 1e15 * flop_per_s;
    const auto bandwidth = 3.35e12 * bytes_per_s;
    for (const double v : {-1.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("intensity = " << v) {
            BOOST_CHECK_EXCEPTION(comp::attainable(v * flop_per_byte, peak, bandwidth),
                                  aiecon::domain_error, naming(f, "intensity", "[0, inf)"));
        }
    }
    for (const double v : {0.0, -1.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("value = " << v) {
            BOOST_CHECK_EXCEPTION(comp::attainable(intensity, v * flop_per_s, bandwidth),
                                  aiecon::domain_error, naming(f, "peak_rate", "(0, inf)"));
            BOOST_CHECK_EXCEPTION(comp::attainable(intensity, peak, v * bytes_per_s),
                                  aiecon::domain_error, naming(f, "memory_bandwidth", "(0, inf)"));
        }
    }
    // Not an error: intensity x bandwidth overflowing (1e300 FLOP/B x 1e300
    // B/s) is above any peak, so the kernel is compute-bound: min(peak, inf)
    // is the peak.
    BOOST_TEST(comp::attainable(1e300 * flop_per_byte, peak, 1e300 * bytes_per_s).in(flop_per_s) ==
               1e15);
}

BOOST_AUTO_TEST_CASE(ridge_intensity_rejects_bad_input_and_overflow) {
    const std::string f = "compute::ridge_intensity";
    const auto peak = 1e15 * flop_per_s;
    const auto bandwidth = 3.35e12 * bytes_per_s;
    for (const double v : {0.0, -1.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("value = " << v) {
            BOOST_CHECK_EXCEPTION(comp::ridge_intensity(v * flop_per_s, bandwidth),
                                  aiecon::domain_error, naming(f, "peak_rate", "(0, inf)"));
            BOOST_CHECK_EXCEPTION(comp::ridge_intensity(peak, v * bytes_per_s),
                                  aiecon::domain_error, naming(f, "memory_bandwidth", "(0, inf)"));
        }
    }
    // Finding compute-ridge_intensity-inf: 1e15 FLOP/s over 4.9e-324 B/s.
    BOOST_CHECK_EXCEPTION(comp::ridge_intensity(peak, smallest * bytes_per_s), aiecon::domain_error,
                          naming(f, "ridge intensity", "memory_bandwidth"));
}

// ---------------------------------------------------------------- finance

BOOST_AUTO_TEST_CASE(capital_recovery_factor_rejects_bad_input_and_overflow) {
    const std::string f = "finance::capital_recovery_factor";
    for (const double rate : {-0.01, 1.01, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("cost_of_capital = " << rate) {
            BOOST_CHECK_EXCEPTION(fin::capital_recovery_factor(rate, 10.0 * u::year),
                                  aiecon::domain_error, naming(f, "cost_of_capital", "[0, 1]"));
        }
    }
    for (const double life : {0.0, -1.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("life = " << life) {
            BOOST_CHECK_EXCEPTION(fin::capital_recovery_factor(0.08, life * u::year),
                                  aiecon::domain_error, naming(f, "life", "(0, inf)"));
        }
    }
    // Finding finance-capital_recovery_factor-inf: at 0 %, 1 / n with a life
    // of 2.2e-308 s, n = 7e-316 years (subnormal): 1.4e315.
    BOOST_CHECK_EXCEPTION(fin::capital_recovery_factor(0.0, smallest_normal * u::s),
                          aiecon::domain_error, naming(f, "capital recovery factor", "life"));
    // At 8 %, a life of 4.9e-324 s is 0 years: i / (1 - (1 + i)^0) = i / 0.
    BOOST_CHECK_EXCEPTION(fin::capital_recovery_factor(0.08, smallest * u::s), aiecon::domain_error,
                          naming(f, "capital recovery factor", "life"));
}

BOOST_AUTO_TEST_CASE(annualised_rejects_bad_input_and_overflow) {
    const std::string f = "finance::annualised";
    for (const double capital : {-1.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("capital = " << capital) {
            BOOST_CHECK_EXCEPTION(fin::annualised(capital * u::USD, 0.08, 10.0 * u::year),
                                  aiecon::domain_error, naming(f, "capital", "[0, inf)"));
        }
    }
    // The rate and the life, through capital_recovery_factor.
    BOOST_CHECK_EXCEPTION(fin::annualised(1e6 * u::USD, not_a_number, 10.0 * u::year),
                          aiecon::domain_error,
                          naming("finance::capital_recovery_factor", "cost_of_capital", "[0, 1]"));
    BOOST_CHECK_EXCEPTION(fin::annualised(1e6 * u::USD, 0.08, infinity * u::year),
                          aiecon::domain_error,
                          naming("finance::capital_recovery_factor", "life", "(0, inf)"));
    // Finding finance-annualised-inf, made to overflow for real: $1e15 over a
    // life of 1e-300 s at 8 %: n = 3.2e-308 years, CRF = 0.08 / (n ln 1.08)
    // = 3.3e307 (finite), and $1e15 / 31,557,600 s = 3.2e7 $/s times it
    // overflows.
    BOOST_CHECK_EXCEPTION(fin::annualised(1e15 * u::USD, 0.08, 1e-300 * u::s), aiecon::domain_error,
                          naming(f, "yearly payment", "life"));
    // $1e6 over the same life is 3.2e-2 $/s x 3.3e307 = 1.04e306 $/s: it
    // fits, and is returned.
    BOOST_TEST(fin::annualised(1e6 * u::USD, 0.08, 1e-300 * u::s).in(u::USD / u::s) ==
                   1e6 / 31'557'600.0 * 0.08 / (1e-300 / 31'557'600.0 * std::log1p(0.08)),
               boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(net_present_value_rejects_bad_input_and_overflow) {
    const std::string f = "finance::net_present_value";
    const std::vector<aiecon::money> flows{-1e6 * u::USD, 3e5 * u::USD};
    for (const double rate : {-1.0, -2.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("discount_rate = " << rate) {
            BOOST_CHECK_EXCEPTION(fin::net_present_value(rate, flows), aiecon::domain_error,
                                  naming(f, "discount_rate", "(-1, inf)"));
        }
    }
    for (const double flow : {not_a_number, infinity, -infinity}) {
        BOOST_TEST_CONTEXT("flow = " << flow) {
            const std::vector<aiecon::money> bad{-1e6 * u::USD, flow * u::USD};
            BOOST_CHECK_EXCEPTION(fin::net_present_value(0.08, bad), aiecon::domain_error,
                                  naming(f, "cash flow", "(-inf, inf)"));
        }
    }
    const auto flow = [](double usd) { return usd * u::USD; };
    // Finding finance-net_present_value-inf: two flows of 1.8e308 at 8e-9.
    const std::vector<aiecon::money> up{flow(largest), flow(largest), flow(3e5), flow(3e5)};
    BOOST_CHECK_EXCEPTION(fin::net_present_value(8e-9, up), aiecon::domain_error,
                          naming(f, "net present value", "cash flows"));
    // Finding finance-net_present_value-minus_inf: two of -1.8e308 at 8 %.
    const std::vector<aiecon::money> down{flow(-largest), flow(-largest), flow(3e5), flow(3e5)};
    BOOST_CHECK_EXCEPTION(fin::net_present_value(0.08, down), aiecon::domain_error,
                          naming(f, "net present value", "cash flows"));
    // Finding finance-net_present_value-nan: at -8 %, 1.8e308 / 0.92 is
    // already inf, and -1.8e308 / 0.92^2 is -inf: inf - inf.
    const std::vector<aiecon::money> both{flow(-1e6), flow(largest), flow(-largest), flow(3e5)};
    BOOST_CHECK_EXCEPTION(fin::net_present_value(-0.08, both), aiecon::domain_error,
                          naming(f, "net present value", "discount_rate"));
}

BOOST_AUTO_TEST_CASE(payback_period_rejects_bad_input_and_overflow) {
    const std::string f = "finance::payback_period";
    for (const double flow : {not_a_number, infinity, -infinity}) {
        BOOST_TEST_CONTEXT("flow = " << flow) {
            const std::vector<aiecon::money> bad{-1e6 * u::USD, flow * u::USD};
            BOOST_CHECK_EXCEPTION(fin::payback_period(bad), aiecon::domain_error,
                                  naming(f, "cash flow", "(-inf, inf)"));
            const std::vector<aiecon::money> first{flow * u::USD};
            BOOST_CHECK_EXCEPTION(fin::payback_period(first), aiecon::domain_error,
                                  naming(f, "cash flow", "(-inf, inf)"));
        }
    }
    // By reading: two outlays of -1.8e308 overflowed the cumulative flow to
    // -inf, and the answer was "never" although four inflows of 1e308 bring
    // the true sum (-3.6e308 + 4e308) above zero in year 5.
    const std::vector<aiecon::money> deep{-largest * u::USD, -largest * u::USD, 1e308 * u::USD,
                                          1e308 * u::USD,    1e308 * u::USD,    1e308 * u::USD};
    BOOST_CHECK_EXCEPTION(fin::payback_period(deep), aiecon::domain_error,
                          naming(f, "cumulative cash flow", "cash flows"));
}

BOOST_AUTO_TEST_CASE(straight_line_depreciation_rejects_bad_input_and_overflow) {
    const std::string f = "finance::straight_line_depreciation";
    const fin::capex_item good = typical_items()[0];
    const auto call = [](const fin::capex_item& item) {
        return fin::straight_line_depreciation(item);
    };
    check_rejects(
        good, {-1.0, not_a_number, infinity},
        [](fin::capex_item& item, double v) { item.cost = v * u::USD; }, call, f, "cost (servers)",
        "[0, inf)");
    check_rejects(
        good, {0.0, -1.0, not_a_number, infinity},
        [](fin::capex_item& item, double v) { item.life = v * u::year; }, call, f, "life (servers)",
        "(0, inf)");
    // Salvage in [0, cost]: the message writes the range with the cost.
    check_rejects(
        good, {-1.0, 1.1e6, not_a_number, infinity},
        [](fin::capex_item& item, double v) { item.salvage = v * u::USD; }, call, f,
        "salvage (servers)", "[$0, $1M]");
    // Finding finance-straight_line_depreciation-inf: $900k over 4.9e-324 s.
    fin::capex_item brief = good;
    brief.life = smallest * u::s;
    BOOST_CHECK_EXCEPTION(fin::straight_line_depreciation(brief), aiecon::domain_error,
                          naming(f, "depreciation", "life"));
}

BOOST_AUTO_TEST_CASE(total_capex_rejects_bad_input_and_overflow) {
    const std::string f = "finance::total_capex";
    for (const double cost : {-1.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("cost = " << cost) {
            std::vector<fin::capex_item> items = typical_items();
            items[1].cost = cost * u::USD;
            BOOST_CHECK_EXCEPTION(fin::total_capex(items), aiecon::domain_error,
                                  naming(f, "cost (network)", "[0, inf)"));
        }
    }
    // Finding finance-total_capex-inf: $1.8e308 + $1e306.
    std::vector<fin::capex_item> items = typical_items();
    items[0].cost = largest * u::USD;
    items[1].cost = 1e306 * u::USD;
    BOOST_CHECK_EXCEPTION(fin::total_capex(items), aiecon::domain_error,
                          naming(f, "total capex", "costs"));
}

BOOST_AUTO_TEST_CASE(yearly_depreciation_rejects_bad_input_and_overflow) {
    // Each item through straight_line_depreciation, named.
    for (const double life : {0.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("life = " << life) {
            std::vector<fin::capex_item> items = typical_items();
            items[1].life = life * u::year;
            BOOST_CHECK_EXCEPTION(
                fin::yearly_depreciation(items), aiecon::domain_error,
                naming("finance::straight_line_depreciation", "life (network)", "(0, inf)"));
        }
    }
    // By reading: two charges of $1.8e308 a second, each finite, sum to inf.
    std::vector<fin::capex_item> items = typical_items();
    for (fin::capex_item& item : items) {
        item.cost = largest * u::USD;
        item.salvage = 0.0 * u::USD;
        item.life = 1.0 * u::s;
    }
    BOOST_CHECK_EXCEPTION(fin::yearly_depreciation(items), aiecon::domain_error,
                          naming("finance::yearly_depreciation", "yearly depreciation", "lives"));
}

BOOST_AUTO_TEST_CASE(tco_rejects_bad_input_and_overflow) {
    const std::string f = "finance::tco";
    const fin::tco_inputs good = typical_tco();
    const auto call = [](const fin::tco_inputs& in) { return fin::tco(in); };
    using in_t = fin::tco_inputs;
    check_rejects(
        good, {-1.0, not_a_number, infinity},
        [](in_t& in, double v) { in.capex_per_accelerator = v * u::USD; }, call, f,
        "capex_per_accelerator", "[0, inf)");
    check_rejects(
        good, {-1.0, not_a_number, infinity},
        [](in_t& in, double v) { in.power_per_accelerator = v * u::W; }, call, f,
        "power_per_accelerator", "[0, inf)");
    check_rejects(
        good, {-1.0, not_a_number, infinity},
        [](in_t& in, double v) { in.facility_capex = v * usd_per_w; }, call, f, "facility_capex",
        "[0, inf)");
    check_rejects(
        good, {-1.0, not_a_number, infinity},
        [](in_t& in, double v) { in.tariff = v * usd_per_kwh; }, call, f, "tariff", "[0, inf)");
    check_rejects(
        good, {-0.1, 1.1, not_a_number, infinity},
        [](in_t& in, double v) { in.maintenance_share = v; }, call, f, "maintenance_share",
        "[0, 1]");
    check_rejects(
        good, {0.0, 1.1, not_a_number, infinity}, [](in_t& in, double v) { in.utilisation = v; },
        call, f, "utilisation", "(0, 1]");
    check_rejects(
        good, {0.0, -1.0, not_a_number, infinity},
        [](in_t& in, double v) { in.hardware_life = v * u::year; }, call, f, "hardware_life",
        "(0, inf)");
    check_rejects(
        good, {0.0, -1.0, not_a_number, infinity},
        [](in_t& in, double v) { in.facility_life = v * u::year; }, call, f, "facility_life",
        "(0, inf)");
    check_rejects(
        good, {-0.1, 1.1, not_a_number, infinity},
        [](in_t& in, double v) { in.cost_of_capital = v; }, call, f, "cost_of_capital", "[0, 1]");
    check_rejects(
        good, {0.9, 11.0, not_a_number, infinity}, [](in_t& in, double v) { in.pue = v; }, call, f,
        "pue", "[1, 10]");

    // By reading, each part overflowing on its own.
    // Hardware: $1e15 over a life of 1e-300 s: $1e15 / 31,557,600 s =
    // 3.2e7 $/s times CRF(8 %, 3.2e-308 years) = 3.3e307.
    in_t bad = good;
    bad.capex_per_accelerator = 1e15 * u::USD;
    bad.hardware_life = 1e-300 * u::s;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error,
                          naming(f, "hardware", "hardware_life"));
    // Facility: $1e300/W over a year (3.2e292 $/(W s)) x 1e10 W = 3.2e302
    // $/s fits; times the CRF of a 1e-300 s facility life (3.3e307) it does
    // not.
    bad = good;
    bad.facility_capex = 1e300 * usd_per_w;
    bad.power_per_accelerator = 1e10 * u::W;
    bad.facility_life = 1e-300 * u::s;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error,
                          naming(f, "facility = ", "facility_life"));
    // Energy: 1.8e308 W x 0.7 x 2 x $1/J = 2.5e308, with no facility capex.
    bad = good;
    bad.facility_capex = 0.0 * usd_per_w;
    bad.power_per_accelerator = largest * u::W;
    bad.pue = 2.0;
    bad.tariff = 1.0 * usd_per_j;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error, naming(f, "energy", "tariff"));
    // Total: the energy exactly the largest double (1.8e308 W x 1 x 1 x
    // $1/J, finite), plus hardware of $1e307 x CRF(8 %, 5) = 0.25 a year,
    // 7.9e298 $/s: more than half the spacing of doubles there (2^970 =
    // 1e292), so the sum rounds to inf.
    bad = good;
    bad.capex_per_accelerator = 1e307 * u::USD;
    bad.facility_capex = 0.0 * usd_per_w;
    bad.power_per_accelerator = largest * u::W;
    bad.pue = 1.0;
    bad.utilisation = 1.0;
    bad.tariff = 1.0 * usd_per_j;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error, naming(f, "total", "tariff"));
    // Per utilised hour: $1e300 over a hardware life of 1e-7 years at 0 %
    // is 1e307 a year, 3.2e299 $/s (finite), and at a utilisation of 1e-10
    // per utilised second 3.2e309.
    bad = good;
    bad.capex_per_accelerator = 1e300 * u::USD;
    bad.maintenance_share = 0.0;
    bad.cost_of_capital = 0.0;
    bad.hardware_life = 1e-7 * u::year;
    bad.utilisation = 1e-10;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error,
                          naming(f, "cost per utilised hour", "utilisation"));
}

BOOST_AUTO_TEST_CASE(offtake_rejects_bad_input_and_overflow) {
    const std::string f = "finance::offtake";
    const fin::tco_inputs good = typical_tco();
    for (const double price : {-1.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("price = " << price) {
            BOOST_CHECK_EXCEPTION(fin::offtake(good, price * usd_per_hour), aiecon::domain_error,
                                  naming(f, "price", "[0, inf)"));
        }
    }
    // The TCO inputs, through finance::tco (one each way; tco's own test
    // covers every field).
    fin::tco_inputs bad = good;
    bad.tariff = not_a_number * usd_per_kwh;
    BOOST_CHECK_EXCEPTION(fin::offtake(bad, typical_price), aiecon::domain_error,
                          naming("finance::tco", "tariff", "[0, inf)"));
    bad = good;
    bad.utilisation = infinity;
    BOOST_CHECK_EXCEPTION(fin::offtake(bad, typical_price), aiecon::domain_error,
                          naming("finance::tco", "utilisation", "(0, 1]"));

    // Finding finance-offtake-payback-inf: $1.8e308 of capex per
    // accelerator, no maintenance: the cash it earns a year is finite, the
    // payback capex / cash is not.
    bad = good;
    bad.capex_per_accelerator = largest * u::USD;
    bad.maintenance_share = 0.0;
    BOOST_CHECK_EXCEPTION(fin::offtake(bad, typical_price), aiecon::domain_error,
                          naming(f, "payback", "capex_per_accelerator"));
    // Finding finance-offtake-profit_per_accelerator_year-minus_inf: a
    // tariff of $1e300/J makes the cost per utilised hour 1.6e303 $/s, the
    // margin as negative, and x 0.7 x a year (3.2e7 s) it overflows.
    bad = good;
    bad.tariff = 1e300 * usd_per_j;
    BOOST_CHECK_EXCEPTION(fin::offtake(bad, typical_price), aiecon::domain_error,
                          naming(f, "profit_per_accelerator_year", "tariff"));
    // By reading: a price of 4.9e-324 $/(device s) against a cost of about
    // 6e-4 $/(device s): the margin share -6e-4 / 4.9e-324 overflows.
    BOOST_CHECK_EXCEPTION(fin::offtake(good, smallest * usd_per_device_s), aiecon::domain_error,
                          naming(f, "margin_share", "price"));
}

BOOST_AUTO_TEST_CASE(compare_make_or_buy_rejects_bad_input_and_overflow) {
    const std::string f = "finance::compare_make_or_buy";
    const fin::in_house make{.cost = 5e3 * u::USD, .lead_time = 2.0 * u::year};
    const std::vector<fin::vendor> chain{
        {.name = "fab", .margin = 0.6, .lead_time = 0.25 * u::year},
        {.name = "OEM", .margin = 0.6, .lead_time = 0.25 * u::year}};
    for (const double v : {-1.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("value = " << v) {
            BOOST_CHECK_EXCEPTION(fin::compare_make_or_buy(v * u::USD, chain, make),
                                  aiecon::domain_error, naming(f, "cost_to_make", "[0, inf)"));
            BOOST_CHECK_EXCEPTION(
                fin::compare_make_or_buy(
                    3e3 * u::USD, chain,
                    fin::in_house{.cost = v * u::USD, .lead_time = make.lead_time}),
                aiecon::domain_error, naming(f, "make.cost", "[0, inf)"));
            BOOST_CHECK_EXCEPTION(fin::compare_make_or_buy(
                                      3e3 * u::USD, chain,
                                      fin::in_house{.cost = make.cost, .lead_time = v * u::year}),
                                  aiecon::domain_error, naming(f, "make.lead_time", "[0, inf)"));
            std::vector<fin::vendor> late = chain;
            late[1].lead_time = v * u::year;
            BOOST_CHECK_EXCEPTION(fin::compare_make_or_buy(3e3 * u::USD, late, make),
                                  aiecon::domain_error, naming(f, "lead_time (OEM)", "[0, inf)"));
        }
    }
    for (const double margin : {-0.1, 100.0, not_a_number, infinity}) {
        BOOST_TEST_CONTEXT("margin = " << margin) {
            std::vector<fin::vendor> greedy = chain;
            greedy[0].margin = margin;
            BOOST_CHECK_EXCEPTION(fin::compare_make_or_buy(3e3 * u::USD, greedy, make),
                                  aiecon::domain_error, naming(f, "margin (fab)", "[0, 100)"));
        }
    }
    // Finding finance-compare_make_or_buy-bought_cost-inf: $1.8e308 x 1.6
    // x 1.6.
    BOOST_CHECK_EXCEPTION(fin::compare_make_or_buy(largest * u::USD, chain, make),
                          aiecon::domain_error, naming(f, "bought_cost", "cost_to_make"));
    // By reading: two lead times of 1.8e308 s sum to inf.
    std::vector<fin::vendor> slow = chain;
    for (fin::vendor& v : slow) v.lead_time = largest * u::s;
    BOOST_CHECK_EXCEPTION(fin::compare_make_or_buy(3e3 * u::USD, slow, make), aiecon::domain_error,
                          naming(f, "bought_time", "lead times"));
}

BOOST_AUTO_TEST_SUITE_END()
