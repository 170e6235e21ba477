// What every benchmark program here shares: keeping a function out of line,
// deterministic inputs, the start-up check that the aiecon side and the
// plain-double side computed the same numbers, and the program's main.
#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string_view>
#include <vector>

// Each side of a pair is one function the compiler compiles on its own, so
// that both are optimised alike and neither is folded into the benchmark
// loop. g++'s noipa also stops interprocedural constant propagation and
// cloning (a .constprop copy specialised for the benchmark's arguments);
// clang does none of that across functions with external linkage, so
// noinline is enough there.
#if defined(__clang__)
#define AIECON_BENCH_OUT_OF_LINE [[gnu::noinline]]
#else
#define AIECON_BENCH_OUT_OF_LINE [[gnu::noipa]]
#endif

namespace aiecon_bench {

// The k-th of a low-discrepancy sequence (the golden-ratio additive
// recurrence) scaled to [lowest, highest): varied, reproducible inputs
// without <random>, whose distributions differ between standard libraries.
inline double spread(std::size_t k, double lowest, double highest) {
    constexpr double golden = 0.6180339887498949;  // (sqrt(5) - 1) / 2
    const double fraction = std::fmod(static_cast<double>(k + 1) * golden, 1.0);
    return lowest + (highest - lowest) * fraction;
}

// Aborts unless the two sides computed the same numbers, bit for bit: both
// do the same floating-point operations in the same order, so any
// difference is a mistake in the pair, and its timing would mean nothing.
inline void require_same_numbers(std::string_view pair, std::span<const double> aiecon_side,
                                 std::span<const double> double_side) {
    if (aiecon_side.size() != double_side.size()) {
        std::fprintf(stderr, "%.*s: %zu aiecon results but %zu plain-double results\n",
                     static_cast<int>(pair.size()), pair.data(), aiecon_side.size(),
                     double_side.size());
        std::abort();
    }
    for (std::size_t i = 0; i < aiecon_side.size(); ++i) {
        // Bitwise, through ==: equal values, and no NaN (NaN != NaN).
        if (!(aiecon_side[i] == double_side[i])) {
            std::fprintf(stderr, "%.*s: result %zu differs: aiecon %.17g, plain double %.17g\n",
                         static_cast<int>(pair.size()), pair.data(), i, aiecon_side[i],
                         double_side[i]);
            std::abort();
        }
    }
}

// Adds a "min" row beside Google Benchmark's mean, median and stddev of the
// repetitions: the least disturbed run, which run_benchmarks.sh also shows.
inline void add_min_statistic(benchmark::internal::Benchmark* b) {
    b->ComputeStatistics("min", [](const std::vector<double>& times) {
        return *std::min_element(times.begin(), times.end());
    });
}

// The main of every benchmark program, once its pairs have been checked.
inline int run_benchmarks(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

}  // namespace aiecon_bench
