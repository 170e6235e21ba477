// The workload layer's preconditions (issue 7, "Validation everywhere"):
// one test per public function (workload::validate, flop_per_token,
// kv_cache_per_token, weight_bytes, serve, training_flop, compute_optimal,
// train, lifecycle, compare_endpoint, quartz_to_token) proving that each
// check in it refuses what it should, with a message naming the function,
// the parameter and the allowed range: every field below, above or outside
// its range, NaN and +infinity; the other throws (a model that does not
// fit, a context or batch too large, a precision the accelerator lacks);
// and each result check, on valid but extreme input that overflows (one
// per fuzz finding of tests/fuzz/findings/workload/, which this session
// fixed, and the other results the same checks guard).
//
// Where a finding was an algorithm losing a representable answer rather
// than an overflow (train on 1e300 accelerators, compute_optimal at a
// ratio of 1e-6 or 1e308, compare_endpoint with tasks x duty cycle below
// the smallest double), the corrected value is checked against a hand
// calculation written at the test.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace work = aiecon::workload;
namespace comp = aiecon::compute;
namespace fab = aiecon::fab;
namespace catalog = aiecon::compute::catalog;

using comp::precision;
using test::naming;

const double nan = std::numeric_limits<double>::quiet_NaN();
const double inf = std::numeric_limits<double>::infinity();
const double largest = std::numeric_limits<double>::max();
const double smallest_subnormal = std::numeric_limits<double>::denorm_min();

const auto usd_per_hour = u::USD / (u::device * u::h);
const auto usd_per_mtoken = u::USD / u::Mtoken;
const auto usd_per_kwh = u::USD / u::kWh;

// Sets a field, a quantity or a plain number, to `v` base units.
template <class Field>
void set_base(Field& field, double v) {
    if constexpr (aiecon::any_quantity<Field>) {
        field = Field::from_base_units(v);
    } else {
        field = v;
    }
}

// Values each allowed range, as the message writes it, refuses: one on
// each side where there is a side, NaN and +infinity.
std::vector<double> refused_by(std::string_view range) {
    if (range == "(0, inf)") return {0.0, -1.0, nan, inf};
    if (range == "[0, inf)") return {-1.0, nan, inf};
    if (range == "(0, 1]") return {0.0, -0.5, 1.5, nan, inf};
    if (range == "[0, 1]") return {-0.5, 1.5, nan, inf};
    if (range == "[0, 1)") return {-0.5, 1.0, nan, inf};
    if (range == "[1, 10]") return {0.9, 10.5, nan, inf};
    if (range == "[0, 100)") return {-1.0, 100.0, nan, inf};
    BOOST_FAIL("no refused values for the range " << range);
    return {};
}

// One checked input of a model: the parameter as the message names it, the
// allowed range as the message writes it, how to set it, and the function
// that refuses it when not the model itself (a stage of the chain).
template <class Inputs>
struct checked_field {
    std::string parameter;
    std::string range;
    std::function<void(Inputs&, double)> set;
    std::string function{};
};

// Each refused value of each field, set alone on inputs the model accepts,
// throws aiecon::domain_error naming the function, the field and its range.
template <class Inputs, class Call>
void check_each_field(const std::string& function, const Inputs& good,
                      const std::vector<checked_field<Inputs>>& fields, Call call) {
    BOOST_CHECK_NO_THROW(call(good));
    for (const checked_field<Inputs>& field : fields) {
        for (const double v : refused_by(field.range)) {
            Inputs bad = good;
            field.set(bad, v);
            BOOST_TEST_CONTEXT(field.parameter << " = " << v) {
                BOOST_CHECK_EXCEPTION(call(bad), aiecon::domain_error,
                                      naming(field.function.empty() ? function : field.function,
                                             field.parameter, field.range));
            }
        }
    }
}

// The fields of a transformer (workload::validate), within inputs of any
// type: `model` finds the transformer in them.
template <class Inputs>
std::vector<checked_field<Inputs>> transformer_fields(
    std::function<work::transformer&(Inputs&)> model) {
    const auto field = [model](const char* name, const char* range,
                               double work::transformer::*member) {
        return checked_field<Inputs>{
            name, range, [model, member](Inputs& in, double v) { model(in).*member = v; }};
    };
    return {
        field("model.parameters", "(0, inf)", &work::transformer::parameters),
        field("model.layers", "(0, inf)", &work::transformer::layers),
        field("model.model_width", "[0, inf)", &work::transformer::model_width),
        field("model.kv_heads", "[0, inf)", &work::transformer::kv_heads),
        field("model.head_dim", "[0, inf)", &work::transformer::head_dim),
        field("model.bytes_per_parameter", "(0, inf)", &work::transformer::bytes_per_parameter),
        field("model.bytes_per_kv_element", "[0, inf)", &work::transformer::bytes_per_kv_element)};
}

// The fields of an accelerator (compute::validate, called by the model
// under its own name).
template <class Inputs>
std::vector<checked_field<Inputs>> accelerator_fields(
    std::function<comp::accelerator&(Inputs&)> accelerator) {
    const auto a = accelerator;
    return {
        {"accelerator.fp8", "[0, inf)", [a](Inputs& in, double v) { set_base(a(in).fp8, v); }},
        {"accelerator.bf16", "(0, inf)", [a](Inputs& in, double v) { set_base(a(in).bf16, v); }},
        {"accelerator.fp32", "[0, inf)", [a](Inputs& in, double v) { set_base(a(in).fp32, v); }},
        {"accelerator.memory", "(0, inf)",
         [a](Inputs& in, double v) { set_base(a(in).memory, v); }},
        {"accelerator.memory_bandwidth", "(0, inf)",
         [a](Inputs& in, double v) { set_base(a(in).memory_bandwidth, v); }},
        {"accelerator.board_power", "(0, inf)",
         [a](Inputs& in, double v) { set_base(a(in).board_power, v); }},
        {"accelerator.price", "[0, inf)", [a](Inputs& in, double v) { set_base(a(in).price, v); }}};
}

template <class T>
void append(std::vector<T>& to, const std::vector<T>& more) {
    to.insert(to.end(), more.begin(), more.end());
}

// Llama 2 70B (params.json: dim 8192, 80 layers, 8 KV heads of 128), BF16.
work::transformer llama2_70b() {
    return {.parameters = 70e9,
            .layers = 80.0,
            .model_width = 8192.0,
            .kv_heads = 8.0,
            .head_dim = 128.0,
            .bytes_per_parameter = 2.0,
            .bytes_per_kv_element = 2.0};
}

// Served on 2 H100: 140 GB of weights in 160 GB, 327,680 B of KV cache per
// token, 1.34 GB per 4,096-token sequence, so at most
// floor(20e9 / 1.34217728e9) = 14 sequences (worked in workload_test.cpp).
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
            .cost_per_accelerator_hour = 2.50 * usd_per_hour};
}

struct serve_inputs {
    work::transformer model;
    work::serving_setup setup;
};
const auto serve_call = [](const serve_inputs& in) { return work::serve(in.model, in.setup); };

// 1,024 H100 at BF16, 40 % MFU, 1,275 W, PUE 1.2, $2 per GPU-hour, 2 years.
work::training_setup h100_cluster() {
    return {.accelerator = catalog::h100_sxm,
            .precision = precision::bf16,
            .accelerators = 1024.0 * u::device,
            .model_flop_utilisation = 0.4,
            .power_per_accelerator = 1'275_W,
            .pue = 1.2,
            .cost_per_accelerator_hour = 2.0 * usd_per_hour,
            .service_life = 2_yr};
}

struct train_inputs {
    aiecon::flop_count flop;
    work::training_setup setup;
};
const auto train_call = [](const train_inputs& in) { return work::train(in.flop, in.setup); };

struct endpoint_inputs {
    work::on_device device;
    work::from_data_centre centre;
};
const auto endpoint_call = [](const endpoint_inputs& in) {
    return work::compare_endpoint(in.device, in.centre);
};

// A Jetson-class device against a data centre (workload_test.cpp).
endpoint_inputs jetson_and_cloud() {
    return {.device = {.chip_cost = 2'000_USD,
                       .power = 60_W,
                       .duty_cycle = 0.5,
                       .life = 5_yr,
                       .energy_price = 0.15 * usd_per_kwh,
                       .tasks = 1.0 / u::s},
            .centre = {.price = 2.0 * usd_per_mtoken,
                       .tokens_per_task = 200_tokens,
                       .data_per_task = 1_MB,
                       .connectivity = 6.0 * u::USD / u::GB}};
}

// The chain of workload_test.cpp's quartz_to_token_stage_by_stage.
work::quartz_to_token_inputs chain() {
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
            .facility_capex = 11.7 * u::USD / u::W,
            .facility_life = 10_yr,
            .hardware_life = 5_yr,
            .maintenance_share = 0.05,
            .utilisation = 0.8,
            .cost_of_capital = 0.08,
            .model = llama2_70b(),
            .serving = llama2_on_two_h100().plan};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(workload_preconditions)

BOOST_AUTO_TEST_CASE(validate_transformer) {
    // The transformer check the model functions share names its caller.
    check_each_field<work::transformer>(
        "test::caller", llama2_70b(),
        transformer_fields<work::transformer>(
            [](work::transformer& m) -> work::transformer& { return m; }),
        [](const work::transformer& m) { work::validate(m, "test::caller"); });
}

BOOST_AUTO_TEST_CASE(flop_per_token) {
    const std::string function = "workload::flop_per_token";
    struct inputs {
        work::transformer model;
        aiecon::token_count context;
    };
    const auto call = [](const inputs& in) { return work::flop_per_token(in.model, in.context); };
    auto fields =
        transformer_fields<inputs>([](inputs& in) -> work::transformer& { return in.model; });
    fields.push_back(
        {"context", "[0, inf)", [](inputs& in, double v) { set_base(in.context, v); }});
    check_each_field(function, inputs{llama2_70b(), 4096.0 * u::token}, fields, call);

    // Finding workload-flop_per_token-inf: 2 x 1.8e308 parameters overflows.
    inputs extreme{llama2_70b(), 4096.0 * u::token};
    extreme.model.parameters = largest;
    BOOST_CHECK_EXCEPTION(call(extreme), aiecon::domain_error,
                          naming(function, "FLOP per token", "model.parameters"));
    // Finding workload-flop_per_token-nan: 2 x 1.8e308 layers x 4096 is
    // infinite, times a width of 0 NaN.
    extreme = {llama2_70b(), 4096.0 * u::token};
    extreme.model.layers = largest;
    extreme.model.model_width = 0.0;
    BOOST_CHECK_EXCEPTION(call(extreme), aiecon::domain_error,
                          naming(function, "FLOP per token", "model.layers"));
}

BOOST_AUTO_TEST_CASE(kv_cache_per_token) {
    const std::string function = "workload::kv_cache_per_token";
    const auto call = [](const work::transformer& m) { return work::kv_cache_per_token(m); };
    check_each_field<work::transformer>(
        function, llama2_70b(),
        transformer_fields<work::transformer>(
            [](work::transformer& m) -> work::transformer& { return m; }),
        call);

    // Finding workload-kv_cache_per_token-inf: 2 x 80 x 8 x 128 x 1.8e308 B.
    work::transformer extreme = llama2_70b();
    extreme.bytes_per_kv_element = largest;
    BOOST_CHECK_EXCEPTION(call(extreme), aiecon::domain_error,
                          naming(function, "KV cache per token", "model.bytes_per_kv_element"));
    // Finding workload-kv_cache_per_token-nan: 2 x 80 x 8e300 x 1.28e8
    // overflows, times 0 bytes per element NaN.
    extreme = llama2_70b();
    extreme.kv_heads = 8e300;
    extreme.head_dim = 1.28e8;
    extreme.bytes_per_kv_element = 0.0;
    BOOST_CHECK_EXCEPTION(call(extreme), aiecon::domain_error,
                          naming(function, "KV cache per token", "model.kv_heads"));
}

BOOST_AUTO_TEST_CASE(weight_bytes) {
    const std::string function = "workload::weight_bytes";
    const auto call = [](const work::transformer& m) { return work::weight_bytes(m); };
    check_each_field<work::transformer>(
        function, llama2_70b(),
        transformer_fields<work::transformer>(
            [](work::transformer& m) -> work::transformer& { return m; }),
        call);

    // Finding workload-weight_bytes-inf: 70e9 parameters x 2e300 B each.
    work::transformer extreme = llama2_70b();
    extreme.bytes_per_parameter = 2e300;
    BOOST_CHECK_EXCEPTION(call(extreme), aiecon::domain_error,
                          naming(function, "weight bytes", "model.bytes_per_parameter"));
}

BOOST_AUTO_TEST_CASE(serve) {
    const std::string function = "workload::serve";
    const serve_inputs good{llama2_70b(), llama2_on_two_h100()};

    auto fields = transformer_fields<serve_inputs>(
        [](serve_inputs& in) -> work::transformer& { return in.model; });
    append(fields, accelerator_fields<serve_inputs>([](serve_inputs& in) -> comp::accelerator& {
               return in.setup.accelerator;
           }));
    append(
        fields,
        std::vector<checked_field<serve_inputs>>{
            {"plan.accelerators", "(0, inf)",
             [](serve_inputs& in, double v) { in.setup.plan.accelerators = v; }},
            {"plan.batch", "(0, inf)", [](serve_inputs& in, double v) { in.setup.plan.batch = v; }},
            {"plan.context", "(0, inf)",
             [](serve_inputs& in, double v) { set_base(in.setup.plan.context, v); }},
            {"plan.compute_efficiency", "(0, 1]",
             [](serve_inputs& in, double v) { in.setup.plan.compute_efficiency = v; }},
            {"plan.bandwidth_efficiency", "(0, 1]",
             [](serve_inputs& in, double v) { in.setup.plan.bandwidth_efficiency = v; }},
            {"power_per_accelerator", "[0, inf)",
             [](serve_inputs& in, double v) { set_base(in.setup.power_per_accelerator, v); }},
            {"cost_per_accelerator_hour", "[0, inf)",
             [](serve_inputs& in, double v) { set_base(in.setup.cost_per_accelerator_hour, v); }},
            {"pue", "[1, 10]", [](serve_inputs& in, double v) { in.setup.pue = v; }}});
    check_each_field(function, good, fields, serve_call);

    // The weights do not fit: 140 GB on one 80 GB H100.
    serve_inputs bad = good;
    bad.setup.plan.accelerators = 1.0;
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "plan.accelerators", "140 GB"));
    // One sequence's cache does not fit: 327,680 B x 1e6 tokens = 328 GB
    // beside 140 GB of weights in 160 GB.
    bad = good;
    bad.setup.plan.context = 1e6 * u::token;
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "plan.context", "short enough"));
    // A batch beyond the 14 sequences that fit.
    bad = good;
    bad.setup.plan.batch = 15.0;
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "plan.batch", "(0, 14]"));
    // A precision the accelerator lacks (the A100 has no FP8).
    bad = good;
    bad.setup.accelerator.fp8 = 0.0 * u::TFLOP / u::s;
    bad.setup.plan.precision = precision::fp8;
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming("compute::peak", "peak at the precision asked", "(0, inf)"));
    // Finding ub-inference-line136 (fixed last session): a context of
    // 1e-300 tokens lets 2e10 / 3.3e-295 = 6.1e304 sequences fit, more than
    // a long long holds; a batch above it is refused with the count written
    // as a double.
    bad = good;
    bad.setup.plan.context = 1e-300 * u::token;
    bad.setup.plan.batch = largest;
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "plan.batch", "e+304"));

    // Results that valid inputs overflow.
    // largest_batch: 2e10 B / (327,680 B x 1e-310 tokens) = 6e314 sequences.
    bad = good;
    bad.setup.plan.context = 1e-310 * u::token;
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "largest_batch", "plan.context"));
    // decode_step: 8 x 145e9 FLOP at 1e-300 FLOP/s.
    bad = good;
    bad.setup.accelerator.bf16 = aiecon::flop_rate::from_base_units(1e-300);
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "decode_step", "peak"));
    // Finding workload-serve-decode_tokens_per_group-inf: 5e-324
    // parameters and layers (no cache): both times of a step underflow to
    // 0 and 8 tokens / 0 s is infinite.
    bad = good;
    bad.model.parameters = smallest_subnormal;
    bad.model.layers = smallest_subnormal;
    bad.model.kv_heads = 0.0;
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "decode_tokens_per_group", "model.parameters"));
    // decode_tokens_per_accelerator: 2e-300 B of weights (no cache) on
    // 1e-10 of an H100 (8 B of memory): a step of 2e-300 / 268 B/s =
    // 7.5e-303 s, 1.1e303 tokens/s, 1.1e313 per accelerator.
    bad = good;
    bad.model = {.parameters = 1e-300, .layers = 1.0};
    bad.setup.plan.accelerators = 1e-10;
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "decode_tokens_per_accelerator", "plan.accelerators"));
    // prefill_tokens_per_accelerator: 1e300 FLOP/s x 0.5 / 2e-10 FLOP per
    // token; decode is memory-bound, 1.1e23 tokens/s per accelerator.
    bad = good;
    bad.model = {.parameters = 1e-10, .layers = 1.0};
    bad.setup.accelerator.bf16 = aiecon::flop_rate::from_base_units(1e300);
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "prefill_tokens_per_accelerator", "peak"));
    // cost_per_token: 2 accelerators at 1e308 $/(device s).
    bad = good;
    bad.setup.cost_per_accelerator_hour = aiecon::price_per_device_time::from_base_units(1e308);
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "cost_per_token", "cost_per_accelerator_hour"));
    // energy_per_token: 2 accelerators at 1e308 W.
    bad = good;
    bad.setup.power_per_accelerator = aiecon::power::from_base_units(1e308);
    BOOST_CHECK_EXCEPTION(serve_call(bad), aiecon::domain_error,
                          naming(function, "energy_per_token", "power_per_accelerator"));
}

BOOST_AUTO_TEST_CASE(training_flop) {
    const std::string function = "workload::training_flop";
    struct inputs {
        double parameters;
        aiecon::token_count tokens;
    };
    const auto call = [](const inputs& in) {
        return work::training_flop(in.parameters, in.tokens);
    };
    check_each_field<inputs>(
        function, {70e9, 1.4e12 * u::token},
        {{"parameters", "(0, inf)", [](inputs& in, double v) { in.parameters = v; }},
         {"tokens", "(0, inf)", [](inputs& in, double v) { set_base(in.tokens, v); }}},
        call);

    // Finding workload-training_flop-inf: 6 x 1.8e308 parameters.
    BOOST_CHECK_EXCEPTION(call({largest, 1.4e12 * u::token}), aiecon::domain_error,
                          naming(function, "training FLOP", "parameters"));
}

BOOST_AUTO_TEST_CASE(compute_optimal) {
    const std::string function = "workload::compute_optimal";
    struct inputs {
        aiecon::flop_count budget;
        double tokens_per_parameter;
    };
    const auto call = [](const inputs& in) {
        return work::compute_optimal(in.budget, in.tokens_per_parameter);
    };
    check_each_field<inputs>(
        function, {5.88e23 * u::FLOP, 20.0},
        {{"budget", "(0, inf)", [](inputs& in, double v) { set_base(in.budget, v); }},
         {"tokens_per_parameter", "(0, inf)",
          [](inputs& in, double v) { in.tokens_per_parameter = v; }}},
        call);

    // N = sqrt(1.8e308 / 6) / sqrt(4.9e-324) = 5.5e153 / 2.2e-162 = 2.5e315.
    BOOST_CHECK_EXCEPTION(call({aiecon::flop_count::from_base_units(largest), smallest_subnormal}),
                          aiecon::domain_error,
                          naming(function, "parameters", "tokens_per_parameter"));

    // Finding workload-compute_optimal-parameters-inf (budget 1.8e308 FLOP,
    // 2e-6 tokens per parameter) was C / (6 k) overflowing although N is
    // representable. By hand, C = 6e307 FLOP, k = 1e-6:
    //   N = sqrt(6e307 / 6e-6) = sqrt(1e313) = 10^156.5 = 3.1622776601683795e156
    //   D = k N = 3.1622776601683795e150
    const auto tol = boost::test_tools::tolerance(1e-12);
    const work::model_size wide = call({6e307 * u::FLOP, 1e-6});
    BOOST_TEST(wide.parameters == 3.1622776601683795e156, tol);
    BOOST_TEST(wide.tokens.in(u::token) == 3.1622776601683795e150, tol);
    // The other end: 6 k overflowed and N came out 0. By hand, C = 6e20,
    // k = 1e308: N = sqrt(6e20 / 6e308) = sqrt(1e-288) = 1e-144 and
    // D = 1e308 x 1e-144 = 1e164.
    const work::model_size narrow = call({6e20 * u::FLOP, 1e308});
    BOOST_TEST(narrow.parameters == 1e-144, tol);
    BOOST_TEST(narrow.tokens.in(u::token) == 1e164, tol);
}

BOOST_AUTO_TEST_CASE(train) {
    const std::string function = "workload::train";
    const train_inputs good{5.88e23 * u::FLOP, h100_cluster()};
    auto fields = accelerator_fields<train_inputs>(
        [](train_inputs& in) -> comp::accelerator& { return in.setup.accelerator; });
    append(
        fields,
        std::vector<checked_field<train_inputs>>{
            {"flop", "(0, inf)", [](train_inputs& in, double v) { set_base(in.flop, v); }},
            {"accelerators", "(0, inf)",
             [](train_inputs& in, double v) { set_base(in.setup.accelerators, v); }},
            {"model_flop_utilisation", "(0, 1]",
             [](train_inputs& in, double v) { in.setup.model_flop_utilisation = v; }},
            {"power_per_accelerator", "[0, inf)",
             [](train_inputs& in, double v) { set_base(in.setup.power_per_accelerator, v); }},
            {"cost_per_accelerator_hour", "[0, inf)",
             [](train_inputs& in, double v) { set_base(in.setup.cost_per_accelerator_hour, v); }},
            {"service_life", "(0, inf)",
             [](train_inputs& in, double v) { set_base(in.setup.service_life, v); }},
            {"pue", "[1, 10]", [](train_inputs& in, double v) { in.setup.pue = v; }}});
    check_each_field(function, good, fields, train_call);

    // A precision the accelerator lacks.
    train_inputs bad = good;
    bad.setup.accelerator.fp8 = 0.0 * u::TFLOP / u::s;
    bad.setup.precision = precision::fp8;
    BOOST_CHECK_EXCEPTION(train_call(bad), aiecon::domain_error,
                          naming("compute::peak", "peak at the precision asked", "(0, inf)"));

    // Results that valid inputs overflow.
    // cost: at an MFU of 1e-300 one accelerator needs 1.5e309 s.
    bad = good;
    bad.setup.model_flop_utilisation = 1e-300;
    BOOST_CHECK_EXCEPTION(train_call(bad), aiecon::domain_error,
                          naming(function, "cost", "model_flop_utilisation"));
    // time: 1.5e9 accelerator-seconds on 1e-300 accelerators.
    bad = good;
    bad.setup.accelerators = 1e-300 * u::device;
    BOOST_CHECK_EXCEPTION(train_call(bad), aiecon::domain_error,
                          naming(function, "time", "accelerators"));
    // facility_energy: 1e300 W x 1.2 x 1.5e9 s.
    bad = good;
    bad.setup.power_per_accelerator = 1e300 * u::W;
    BOOST_CHECK_EXCEPTION(train_call(bad), aiecon::domain_error,
                          naming(function, "facility_energy", "power_per_accelerator"));
    // Finding workload-train-amortised-inf: $0.14 of training (1e17 FLOP)
    // over a service life of 4.9e-324 s.
    bad = good;
    bad.flop = 1e17 * u::FLOP;
    bad.setup.service_life = aiecon::duration::from_base_units(smallest_subnormal);
    BOOST_CHECK_EXCEPTION(train_call(bad), aiecon::domain_error,
                          naming(function, "amortised", "service_life"));

    // Finding workload-train-facility_energy-nan: on 1.8e308 accelerators
    // accelerators x peak overflowed, the time came out 0, the
    // accelerator-hours 0 and the energy inf x 0. On 1e300 the same gave a
    // free run. The accelerator-hours do not depend on the count; by hand
    // (as workload_test.cpp's training_run_by_hand):
    //   hours  = 5.88e23 / (989e12 x 0.4) / 3600 = 412,874.96 GPU-hours
    //   time   = 1,486,349,848 s / 1e300 = 1.4863498e-291 s
    //   energy = 1,275 W x 1.2 x 1,486,349,848 s = 2.2741153e12 J
    //   cost   = 412,874.96 x $2 = $825,749.92, $412,874.96 a year over 2
    const auto tol = boost::test_tools::tolerance(1e-7);
    for (const double accelerators : {1e300, largest}) {
        train_inputs many = good;
        many.setup.accelerators = accelerators * u::device;
        const work::training_run r = train_call(many);
        BOOST_TEST(r.accelerator_hours.in(u::device * u::h) == 412'874.96, tol);
        BOOST_TEST(r.time.in(u::s) * (accelerators / 1e300) == 1.4863498e-291, tol);
        BOOST_TEST(r.facility_energy.in(u::J) == 2.2741153e12, tol);
        BOOST_TEST(r.cost.in(u::USD) == 825'749.92, tol);
        BOOST_TEST(r.amortised.in(u::USD / u::year) == 412'874.96, tol);
    }
}

BOOST_AUTO_TEST_CASE(lifecycle) {
    const std::string function = "workload::lifecycle";
    using inputs = work::lifecycle_inputs;
    const inputs good{.training_cost = 61.68_MUSD,
                      .inference_cost = 2.0 * usd_per_mtoken,
                      .tokens_served = 10_Ttokens,
                      .tokens_per_task = 1'000_tokens};
    const auto call = [](const inputs& in) { return work::lifecycle(in); };
    check_each_field<inputs>(
        function, good,
        {{"training_cost", "[0, inf)", [](inputs& in, double v) { set_base(in.training_cost, v); }},
         {"inference_cost", "(0, inf)",
          [](inputs& in, double v) { set_base(in.inference_cost, v); }},
         {"tokens_served", "(0, inf)", [](inputs& in, double v) { set_base(in.tokens_served, v); }},
         {"tokens_per_task", "[0, inf)",
          [](inputs& in, double v) { set_base(in.tokens_per_task, v); }}},
        call);

    // training_per_token: $1e300 over 1e-10 tokens.
    inputs bad = good;
    bad.training_cost = aiecon::money::from_base_units(1e300);
    bad.tokens_served = 1e-10 * u::token;
    BOOST_CHECK_EXCEPTION(call(bad), aiecon::domain_error,
                          naming(function, "training_per_token", "tokens_served"));
    // all_in_per_token: $1e308 over 1 token plus $1e308 a token.
    bad = good;
    bad.training_cost = aiecon::money::from_base_units(1e308);
    bad.tokens_served = 1.0 * u::token;
    bad.inference_cost = aiecon::price_per_token::from_base_units(1e308);
    BOOST_CHECK_EXCEPTION(call(bad), aiecon::domain_error,
                          naming(function, "all_in_per_token", "inference_cost"));
    // crossover: $1e300 at $1e-10 a token.
    bad = good;
    bad.training_cost = aiecon::money::from_base_units(1e300);
    bad.inference_cost = aiecon::price_per_token::from_base_units(1e-10);
    BOOST_CHECK_EXCEPTION(call(bad), aiecon::domain_error,
                          naming(function, "crossover", "inference_cost"));
    // Finding workload-lifecycle-cost_per_task-inf: 1,000 tokens at
    // $1.8e308 a token.
    bad = good;
    bad.inference_cost = aiecon::price_per_token::from_base_units(largest);
    BOOST_CHECK_EXCEPTION(call(bad), aiecon::domain_error,
                          naming(function, "cost_per_task", "inference_cost"));
}

BOOST_AUTO_TEST_CASE(compare_endpoint) {
    const std::string function = "workload::compare_endpoint";
    using inputs = endpoint_inputs;
    const inputs good = jetson_and_cloud();
    check_each_field<inputs>(
        function, good,
        {{"device.chip_cost", "[0, inf)",
          [](inputs& in, double v) { set_base(in.device.chip_cost, v); }},
         {"device.power", "[0, inf)", [](inputs& in, double v) { set_base(in.device.power, v); }},
         {"device.duty_cycle", "(0, 1]", [](inputs& in, double v) { in.device.duty_cycle = v; }},
         {"device.life", "(0, inf)", [](inputs& in, double v) { set_base(in.device.life, v); }},
         {"device.energy_price", "[0, inf)",
          [](inputs& in, double v) { set_base(in.device.energy_price, v); }},
         {"device.tasks", "(0, inf)", [](inputs& in, double v) { set_base(in.device.tasks, v); }},
         {"centre.price", "[0, inf)", [](inputs& in, double v) { set_base(in.centre.price, v); }},
         {"centre.tokens_per_task", "[0, inf)",
          [](inputs& in, double v) { set_base(in.centre.tokens_per_task, v); }},
         {"centre.data_per_task", "[0, inf)",
          [](inputs& in, double v) { set_base(in.centre.data_per_task, v); }},
         {"centre.connectivity", "[0, inf)",
          [](inputs& in, double v) { set_base(in.centre.connectivity, v); }}},
        endpoint_call);

    // Finding workload-compare_endpoint-on_device_per_task-inf: $2,000
    // over a life of 1e-300 s, 1e-6 tasks a second.
    inputs bad = good;
    bad.device.life = 1e-300 * u::s;
    bad.device.tasks = 1e-6 / u::s;
    BOOST_CHECK_EXCEPTION(endpoint_call(bad), aiecon::domain_error,
                          naming(function, "on_device_per_task", "device.life"));
    // data_centre_inference_per_task: 1e300 tokens at $1e10 each.
    bad = good;
    bad.centre.tokens_per_task = 1e300 * u::token;
    bad.centre.price = aiecon::price_per_token::from_base_units(1e10);
    BOOST_CHECK_EXCEPTION(endpoint_call(bad), aiecon::domain_error,
                          naming(function, "data_centre_inference_per_task", "centre.price"));
    // connectivity_per_task: 1e300 B at $1e10 each.
    bad = good;
    bad.centre.data_per_task = 1e300 * u::B;
    bad.centre.connectivity = aiecon::price_per_information::from_base_units(1e10);
    BOOST_CHECK_EXCEPTION(endpoint_call(bad), aiecon::domain_error,
                          naming(function, "connectivity_per_task", "centre.connectivity"));
    // data_centre_per_task: $1e308 of tokens plus $1e308 of data.
    bad = good;
    bad.centre.tokens_per_task = 1e308 * u::token;
    bad.centre.price = aiecon::price_per_token::from_base_units(1.0);
    bad.centre.data_per_task = 1e308 * u::B;
    bad.centre.connectivity = aiecon::price_per_information::from_base_units(1.0);
    BOOST_CHECK_EXCEPTION(endpoint_call(bad), aiecon::domain_error,
                          naming(function, "data_centre_per_task", "centre.data_per_task"));

    // Finding workload-compare_endpoint-on_device_per_task-nan: a device
    // that costs nothing (no chip cost, no energy price), at 4.9e-324
    // tasks a second and a duty cycle of 0.38: tasks x duty cycle
    // underflowed to 0 and 0 / 0 was NaN. By hand: $0 a second over any
    // number of tasks is $0 a task.
    inputs free_device = good;
    free_device.device = {.chip_cost = 0_USD,
                          .power = 1e-5_W,
                          .duty_cycle = 0.37891203173876553,
                          .life = 25.24608 * u::s,
                          .energy_price = 0.0 * usd_per_kwh,
                          .tasks = aiecon::frequency::from_base_units(smallest_subnormal)};
    BOOST_TEST(endpoint_call(free_device).on_device_per_task.in(u::USD) == 0.0);
    // The same underflow gave infinity for a device that costs something.
    // By hand: $1e-300 of chip over 1 s, no energy, 1e-310 tasks a second
    // at a duty cycle of 1e-20:
    //   per task = (1e-300 $ / 1 s) / (1e-310 /s x 1e-20) = 1e-300 / 1e-330 = $1e30
    inputs tiny = good;
    tiny.device = {.chip_cost = aiecon::money::from_base_units(1e-300),
                   .power = 0_W,
                   .duty_cycle = 1e-20,
                   .life = 1.0 * u::s,
                   .energy_price = 0.0 * usd_per_kwh,
                   .tasks = aiecon::frequency::from_base_units(1e-310)};
    BOOST_TEST(endpoint_call(tiny).on_device_per_task.in(u::USD) == 1e30,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(quartz_to_token) {
    // The chain's own checks are on the accelerator's fields it replaces
    // (price, memory, memory bandwidth); every other input is checked by the
    // stage it feeds, under that stage's name.
    using inputs = work::quartz_to_token_inputs;
    const auto call = [](const inputs& in) { return work::quartz_to_token(in); };
    const std::string die = "fab::die_costs";
    const std::string bom = "fab::bill_of_materials";
    const std::string buy = "finance::compare_make_or_buy";
    const std::string cluster = "compute::size_cluster";
    const std::string tco = "finance::tco";
    const std::string serve = "workload::serve";
    using field = checked_field<inputs>;
    const std::vector<field> fields{
        {"accelerator.price", "[0, inf)",
         [](inputs& in, double v) { set_base(in.accelerator.price, v); }},
        {"accelerator.memory", "[0, inf)",
         [](inputs& in, double v) { set_base(in.accelerator.memory, v); }},
        {"accelerator.memory_bandwidth", "[0, inf)",
         [](inputs& in, double v) { set_base(in.accelerator.memory_bandwidth, v); }},
        {"wafer.diameter", "(0, inf)", [](inputs& in, double v) { set_base(in.wafer.diameter, v); },
         die},
        {"wafer.edge_exclusion", "[0, inf)",
         [](inputs& in, double v) { set_base(in.wafer.edge_exclusion, v); }, die},
        {"wafer.scribe_width", "[0, inf)",
         [](inputs& in, double v) { set_base(in.wafer.scribe_width, v); }, die},
        {"wafer.cost", "[0, inf)", [](inputs& in, double v) { set_base(in.wafer.cost, v); }, die},
        {"die.width", "(0, inf)", [](inputs& in, double v) { set_base(in.die.width, v); }, die},
        {"die.height", "(0, inf)", [](inputs& in, double v) { set_base(in.die.height, v); }, die},
        {"model.parametric_yield", "(0, 1]",
         [](inputs& in, double v) { in.yield_model.parametric_yield = v; }, "fab::die_yield"},
        {"defect_density", "[0, inf)", [](inputs& in, double v) { set_base(in.defects, v); }, die},
        {"test_cost_per_die", "[0, inf)", [](inputs& in, double v) { set_base(in.test_cost, v); },
         die},
        {"memory_stacks", "[0, inf)", [](inputs& in, double v) { in.memory_stacks = v; }, bom},
        {"memory.cost", "[0, inf)", [](inputs& in, double v) { set_base(in.memory_stack.cost, v); },
         bom},
        {"memory.yield", "(0, 1]", [](inputs& in, double v) { in.memory_stack.yield = v; }, bom},
        {"memory.capacity", "[0, inf)",
         [](inputs& in, double v) { set_base(in.memory_stack.capacity, v); }, bom},
        {"memory.bandwidth", "[0, inf)",
         [](inputs& in, double v) { set_base(in.memory_stack.bandwidth, v); }, bom},
        {"memory.embodied", "[0, inf)",
         [](inputs& in, double v) { set_base(in.memory_stack.embodied, v); }, bom},
        {"interposer.cost", "[0, inf)",
         [](inputs& in, double v) { set_base(in.interposer.cost, v); }, bom},
        {"interposer.yield", "(0, 1]", [](inputs& in, double v) { in.interposer.yield = v; }, bom},
        {"interposer.embodied", "[0, inf)",
         [](inputs& in, double v) { set_base(in.interposer.embodied, v); }, bom},
        {"assembly.cost", "[0, inf)", [](inputs& in, double v) { set_base(in.assembly.cost, v); },
         bom},
        {"assembly.yield", "(0, 1]", [](inputs& in, double v) { in.assembly.yield = v; }, bom},
        {"assembly.embodied", "[0, inf)",
         [](inputs& in, double v) { set_base(in.assembly.embodied, v); }, bom},
        {"margin (chip vendor)", "[0, 100)", [](inputs& in, double v) { in.vendors[0].margin = v; },
         buy},
        {"lead_time (chip vendor)", "[0, inf)",
         [](inputs& in, double v) { set_base(in.vendors[0].lead_time, v); }, buy},
        {"accelerator.fp8", "[0, inf)",
         [](inputs& in, double v) { set_base(in.accelerator.fp8, v); }, cluster},
        {"accelerator.bf16", "(0, inf)",
         [](inputs& in, double v) { set_base(in.accelerator.bf16, v); }, cluster},
        {"accelerator.fp32", "[0, inf)",
         [](inputs& in, double v) { set_base(in.accelerator.fp32, v); }, cluster},
        {"accelerator.board_power", "(0, inf)",
         [](inputs& in, double v) { set_base(in.accelerator.board_power, v); }, cluster},
        {"server.accelerators", "(0, inf)",
         [](inputs& in, double v) { in.server.accelerators = v; }, cluster},
        {"server.overhead_power", "[0, inf)",
         [](inputs& in, double v) { set_base(in.server.overhead_power, v); }, cluster},
        {"server.overhead_cost", "[0, inf)",
         [](inputs& in, double v) { set_base(in.server.overhead_cost, v); }, cluster},
        {"network_share", "[0, 1)", [](inputs& in, double v) { in.network_share = v; }, cluster},
        {"pue", "[1, 10]", [](inputs& in, double v) { in.pue = v; }, tco},
        {"tariff", "[0, inf)", [](inputs& in, double v) { set_base(in.tariff, v); }, tco},
        {"facility_capex", "[0, inf)", [](inputs& in, double v) { set_base(in.facility_capex, v); },
         tco},
        {"facility_life", "(0, inf)", [](inputs& in, double v) { set_base(in.facility_life, v); },
         tco},
        {"hardware_life", "(0, inf)", [](inputs& in, double v) { set_base(in.hardware_life, v); },
         tco},
        {"maintenance_share", "[0, 1]", [](inputs& in, double v) { in.maintenance_share = v; },
         tco},
        {"utilisation", "(0, 1]", [](inputs& in, double v) { in.utilisation = v; }, tco},
        {"cost_of_capital", "[0, 1]", [](inputs& in, double v) { in.cost_of_capital = v; }, tco},
        {"plan.accelerators", "(0, inf)", [](inputs& in, double v) { in.serving.accelerators = v; },
         serve},
        {"plan.batch", "(0, inf)", [](inputs& in, double v) { in.serving.batch = v; }, serve},
        {"plan.context", "(0, inf)", [](inputs& in, double v) { set_base(in.serving.context, v); },
         serve},
        {"plan.compute_efficiency", "(0, 1]",
         [](inputs& in, double v) { in.serving.compute_efficiency = v; }, serve},
        {"plan.bandwidth_efficiency", "(0, 1]",
         [](inputs& in, double v) { in.serving.bandwidth_efficiency = v; }, serve}};
    std::vector<field> all = fields;
    for (field f :
         transformer_fields<inputs>([](inputs& in) -> work::transformer& { return in.model; })) {
        f.function = serve;
        all.push_back(f);
    }
    check_each_field("workload::quartz_to_token", chain(), all, call);

    // Finding workload-quartz_to_token-inference_energy_per_token-inf:
    // 2.2e-308 memory stacks of 0.8 TB/s make a 1.8e-296 B/s accelerator; a
    // decode step of 150e9 B / (2 x 1.8e-296 x 0.8 B/s) = 5.3e306 s, 1.5e-306
    // tokens/s, and 3,187.5 W per 1.5e-306 tokens/s overflows.
    inputs slow = chain();
    slow.memory_stacks = 2.2250738585072014e-308;
    slow.memory_stack.bandwidth = 0.8e12 * u::B / u::s;
    BOOST_CHECK_EXCEPTION(call(slow), aiecon::domain_error,
                          naming(serve, "energy_per_token", "power_per_accelerator"));
}

BOOST_AUTO_TEST_SUITE_END()
