// Pair 1, the quantity arithmetic kernel: W/kg and power x time x tariff
// over arrays, with aiecon quantities and with plain doubles (kernel.hpp).
//
// Two sizes: 1,024 sites (48 KiB of arrays, in the L1 or L2 cache: the
// arithmetic is timed) and 262,144 sites (12 MiB: memory traffic is timed
// too, and should cost both sides the same).
#include "kernel.hpp"

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>

namespace {

using aiecon_bench::aiecon_arrays;
using aiecon_bench::double_arrays;

template <class Arrays>
void kernel_loop(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    Arrays arrays(aiecon_bench::kernel_inputs(n));
    for (auto _ : state) {
        // The arrays escape: the compiler must assume that anything may read
        // the results, or have changed the inputs, between passes, so each
        // pass is computed and stored in full.
        benchmark::DoNotOptimize(arrays);
        aiecon_bench::run_kernel(arrays);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(n));
}

void kernel_aiecon(benchmark::State& state) {
    kernel_loop<aiecon_arrays>(state);
}
void kernel_double(benchmark::State& state) {
    kernel_loop<double_arrays>(state);
}

constexpr std::int64_t in_cache = 1 << 10;
constexpr std::int64_t in_memory = 1 << 18;

BENCHMARK(kernel_aiecon)->Arg(in_cache)->Arg(in_memory)->Apply(aiecon_bench::add_min_statistic);
BENCHMARK(kernel_double)->Arg(in_cache)->Arg(in_memory)->Apply(aiecon_bench::add_min_statistic);

}  // namespace

int main(int argc, char** argv) {
    aiecon_bench::check_kernels(in_cache);
    return aiecon_bench::run_benchmarks(argc, argv);
}
