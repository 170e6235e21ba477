// Pair 2, a full model evaluation: dollars per million tokens (and joules
// per token) of serving a model, from accelerator, TCO and workload inputs.
//
// The aiecon side calls the library: finance::tco gives the cost of an
// accelerator-hour, which workload::serve turns into the cost of a token.
// The plain side is the same two models written by hand with doubles
// (token_cost.hpp holds both).
//
// 64 scenarios are evaluated per pass (Llama 2 70B on four H100s, at
// varied batch, context, efficiencies, tariffs, lives and costs of capital),
// so that branches see varied data and a pass is long enough to time well.
#include "token_cost.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

namespace {

using namespace aiecon_bench;

void model_aiecon(benchmark::State& state) {
    const aiecon::workload::transformer model = aiecon_model();
    const std::vector<aiecon_scenario> scenarios = aiecon_scenarios(model_inputs());
    std::vector<double> results(2 * scenarios.size());
    for (auto _ : state) {
        // Inputs and results escape: every pass evaluates every scenario.
        benchmark::DoNotOptimize(scenarios.data());
        benchmark::DoNotOptimize(results.data());
        evaluate_model_aiecon(model, scenarios, results);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(scenarios.size()));
}

void model_double(benchmark::State& state) {
    const plain::transformer model = plain::model();
    const std::vector<plain::scenario> scenarios = plain::scenarios(model_inputs());
    std::vector<double> results(2 * scenarios.size());
    for (auto _ : state) {
        benchmark::DoNotOptimize(scenarios.data());
        benchmark::DoNotOptimize(results.data());
        evaluate_model_double(model, scenarios, results);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(scenarios.size()));
}

BENCHMARK(model_aiecon)->Apply(add_min_statistic);
BENCHMARK(model_double)->Apply(add_min_statistic);

// Aborts unless both sides give the same costs and energies.
void check_models() {
    const std::vector<model_numbers> numbers = model_inputs();
    std::vector<double> aiecon_results(2 * numbers.size());
    std::vector<double> double_results(2 * numbers.size());
    evaluate_model_aiecon(aiecon_model(), aiecon_scenarios(numbers), aiecon_results);
    evaluate_model_double(plain::model(), plain::scenarios(numbers), double_results);
    require_same_numbers("model", aiecon_results, double_results);
}

}  // namespace

int main(int argc, char** argv) {
    check_models();
    return run_benchmarks(argc, argv);
}
