// Pair 4, a Monte Carlo: dollars per million tokens of serving Llama 2 70B
// on four H100s, over 100,000 draws of five uncertain inputs (capex per
// accelerator, hardware life, tariff, utilisation, batch efficiency), with
// uncertainty::monte_carlo and the aiecon models on one side, and on the
// other the same loop written by hand: the same random streams and
// distributions sampled as plain numbers, and token_cost.hpp's plain-double
// models. Each side runs serially and on every core; the parallel runs
// must give the serial results bit for bit (checked at start-up).
//
// Targets (issue 8): aiecon / plain within 1.05, and the parallel run
// faster than the serial one in proportion to the cores.
#include <aiecon/uncertainty/distribution.hpp>
#include <aiecon/uncertainty/monte_carlo.hpp>

#include "token_cost.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <thread>
#include <vector>

namespace aiecon_bench {

namespace un = aiecon::uncertainty;

constexpr std::size_t monte_carlo_samples = 100'000;
constexpr std::uint64_t monte_carlo_seed = 2026;

// The uncertain inputs, in the base units aiecon holds them in, so that both
// sides sample the same numbers: capex $30k to $45k (uniform); hardware life
// 3 to 6 years, most likely 5 (PERT); tariff with p5 3 and p95 15 cents/kWh
// (lognormal); utilisation 0.4 to 0.95, most likely 0.7 (triangular);
// compute efficiency 0.3 to 0.7 (uniform). The ranges of model_inputs().
struct uncertain_numbers {
    un::distribution<double> capex = un::uniform(30'000.0, 45'000.0);
    un::distribution<double> hardware_life =
        un::pert(3.0 * plain::seconds_per_year, 5.0 * plain::seconds_per_year,
                 6.0 * plain::seconds_per_year);
    un::distribution<double> tariff =
        un::lognormal_from_percentiles(0.03 / plain::joules_per_kwh, 0.15 / plain::joules_per_kwh);
    un::distribution<double> utilisation = un::triangular(0.4, 0.7, 0.95);
    un::distribution<double> compute_efficiency = un::uniform(0.3, 0.7);
};

// The same laws over quantities, built from the same base-unit numbers.
struct uncertain_quantities {
    un::distribution<aiecon::money> capex = un::uniform(aiecon::money::from_base_units(30'000.0),
                                                        aiecon::money::from_base_units(45'000.0));
    un::distribution<aiecon::duration> hardware_life =
        un::pert(aiecon::duration::from_base_units(3.0 * plain::seconds_per_year),
                 aiecon::duration::from_base_units(5.0 * plain::seconds_per_year),
                 aiecon::duration::from_base_units(6.0 * plain::seconds_per_year));
    un::distribution<aiecon::price_per_energy> tariff = un::lognormal_from_percentiles(
        aiecon::price_per_energy::from_base_units(0.03 / plain::joules_per_kwh),
        aiecon::price_per_energy::from_base_units(0.15 / plain::joules_per_kwh));
    un::distribution<double> utilisation = un::triangular(0.4, 0.7, 0.95);
    un::distribution<double> compute_efficiency = un::uniform(0.3, 0.7);
};

// The aiecon side: a draw of the scenario, the model, monte_carlo.
AIECON_BENCH_OUT_OF_LINE void monte_carlo_aiecon(const aiecon::workload::transformer& model,
                                                 const aiecon_scenario& base,
                                                 const uncertain_quantities& ranges,
                                                 unsigned threads, std::vector<double>& results) {
    const auto draw = [&](un::random_stream& stream) {
        aiecon_scenario s = base;
        s.tco.capex_per_accelerator = ranges.capex.sample(stream);
        s.tco.hardware_life = ranges.hardware_life.sample(stream);
        s.tco.tariff = ranges.tariff.sample(stream);
        s.tco.utilisation = ranges.utilisation.sample(stream);
        s.serving.plan.compute_efficiency = ranges.compute_efficiency.sample(stream);
        return s;
    };
    const auto cost_per_mtoken = [&](const aiecon_scenario& s) {
        aiecon::workload::serving_setup setup = s.serving;
        setup.cost_per_accelerator_hour = aiecon::finance::tco(s.tco).per_utilised_hour;
        return aiecon::workload::serve(model, setup).cost_per_token.in(usd_per_mtoken);
    };
    results = un::monte_carlo(
        draw, cost_per_mtoken,
        {.samples = monte_carlo_samples, .seed = monte_carlo_seed, .threads = threads});
}

// The plain side: the loop a user writes without aiecon's types, on the same
// streams, split into the same blocks when threaded.
inline void plain_block(const plain::transformer& model, const plain::scenario& base,
                        const uncertain_numbers& ranges, std::size_t first, std::size_t last,
                        double* results) {
    for (std::size_t i = first; i < last; ++i) {
        un::random_stream stream(monte_carlo_seed, i);
        plain::scenario s = base;
        s.tco.capex_per_accelerator = ranges.capex.sample(stream);
        s.tco.hardware_life = ranges.hardware_life.sample(stream);
        s.tco.tariff = ranges.tariff.sample(stream);
        s.tco.utilisation = ranges.utilisation.sample(stream);
        s.serving.plan.compute_efficiency = ranges.compute_efficiency.sample(stream);
        plain::serving_setup setup = s.serving;
        setup.cost_per_accelerator_hour = plain::tco(s.tco).per_utilised_hour;
        results[i] = plain::serve(model, setup).cost_per_token / (1.0 / plain::tokens_per_mtoken);
    }
}

AIECON_BENCH_OUT_OF_LINE void monte_carlo_double(const plain::transformer& model,
                                                 const plain::scenario& base,
                                                 const uncertain_numbers& ranges, unsigned threads,
                                                 std::vector<double>& results) {
    results.assign(monte_carlo_samples, 0.0);
    std::vector<std::jthread> workers;
    const auto edge = [&](std::size_t t) { return t * monte_carlo_samples / threads; };
    for (unsigned t = 1; t < threads; ++t) {
        workers.emplace_back(
            [&, t] { plain_block(model, base, ranges, edge(t), edge(t + 1), results.data()); });
    }
    plain_block(model, base, ranges, 0, edge(1), results.data());
}

}  // namespace aiecon_bench

namespace {

using namespace aiecon_bench;

unsigned all_cores() {
    return std::max(1U, std::thread::hardware_concurrency());
}

void run_aiecon(benchmark::State& state, unsigned threads) {
    const aiecon::workload::transformer model = aiecon_model();
    const aiecon_scenario base = aiecon_scenarios(model_inputs()).front();
    const uncertain_quantities ranges;
    std::vector<double> results;
    for (auto _ : state) {
        monte_carlo_aiecon(model, base, ranges, threads, results);
        benchmark::DoNotOptimize(results.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(monte_carlo_samples));
}

void run_double(benchmark::State& state, unsigned threads) {
    const plain::transformer model = plain::model();
    const plain::scenario base = plain::scenarios(model_inputs()).front();
    const uncertain_numbers ranges;
    std::vector<double> results;
    for (auto _ : state) {
        monte_carlo_double(model, base, ranges, threads, results);
        benchmark::DoNotOptimize(results.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(monte_carlo_samples));
}

void monte_carlo_serial_aiecon(benchmark::State& state) {
    run_aiecon(state, 1);
}
void monte_carlo_serial_double(benchmark::State& state) {
    run_double(state, 1);
}
void monte_carlo_parallel_aiecon(benchmark::State& state) {
    run_aiecon(state, all_cores());
}
void monte_carlo_parallel_double(benchmark::State& state) {
    run_double(state, all_cores());
}

// Wall time, not CPU time: the parallel runs spend CPU on several cores.
BENCHMARK(monte_carlo_serial_aiecon)->Apply(add_min_statistic)->UseRealTime();
BENCHMARK(monte_carlo_serial_double)->Apply(add_min_statistic)->UseRealTime();
BENCHMARK(monte_carlo_parallel_aiecon)->Apply(add_min_statistic)->UseRealTime();
BENCHMARK(monte_carlo_parallel_double)->Apply(add_min_statistic)->UseRealTime();

// Aborts unless both sides, serial and parallel, give the same costs.
void check_monte_carlo() {
    std::vector<double> aiecon_serial;
    std::vector<double> aiecon_parallel;
    std::vector<double> double_serial;
    std::vector<double> double_parallel;
    const auto model = aiecon_model();
    const auto base = aiecon_scenarios(model_inputs()).front();
    monte_carlo_aiecon(model, base, uncertain_quantities{}, 1, aiecon_serial);
    monte_carlo_aiecon(model, base, uncertain_quantities{}, all_cores(), aiecon_parallel);
    monte_carlo_double(plain::model(), plain::scenarios(model_inputs()).front(),
                       uncertain_numbers{}, 1, double_serial);
    monte_carlo_double(plain::model(), plain::scenarios(model_inputs()).front(),
                       uncertain_numbers{}, all_cores(), double_parallel);
    require_same_numbers("monte carlo (aiecon, parallel vs serial)", aiecon_parallel,
                         aiecon_serial);
    require_same_numbers("monte carlo (plain, parallel vs serial)", double_parallel, double_serial);
    require_same_numbers("monte carlo", aiecon_serial, double_serial);
}

}  // namespace

int main(int argc, char** argv) {
    check_monte_carlo();
    return run_benchmarks(argc, argv);
}
