// The kernel pair (kernel.hpp) for counting instructions under callgrind:
//
//   aiecon_kernel_count aiecon|double [sites] [passes]
//
// runs one side's kernel `passes` times over `sites` inputs (default 1024
// and 100) and prints a fingerprint of its results. Under
//   valgrind --tool=callgrind --toggle-collect='aiecon_bench::kernel_aiecon*'
// only the kernel's own instructions are counted, not the set-up, so the
// count is exact and the same on every run: unlike time, it does not drift
// on a noisy machine. Both sides must print the same fingerprint
// (run_benchmarks.sh checks it); kernel_bench checks the results too.
#include "kernel.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

namespace {

// FNV-1a over the bits of the results: equal fingerprints mean (all but
// certainly) bitwise equal results.
std::uint64_t fingerprint(const std::vector<double>& results) {
    std::uint64_t hash = 14695981039346656037ULL;  // FNV offset basis
    for (double x : results) {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &x, sizeof bits);
        for (int byte = 0; byte < 8; ++byte) {
            hash ^= (bits >> (8 * byte)) & 0xffU;
            hash *= 1099511628211ULL;  // FNV prime
        }
    }
    return hash;
}

template <class Arrays>
std::uint64_t run(std::size_t sites, long passes) {
    Arrays arrays(aiecon_bench::kernel_inputs(sites));
    for (long pass = 0; pass < passes; ++pass) {
        benchmark::DoNotOptimize(arrays);
        aiecon_bench::run_kernel(arrays);
        benchmark::ClobberMemory();
    }
    return fingerprint(aiecon_bench::kernel_results(arrays));
}

int usage() {
    std::fputs("usage: aiecon_kernel_count aiecon|double [sites] [passes]\n", stderr);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 4) return usage();
    const std::string_view side = argv[1];
    const long sites = argc > 2 ? std::strtol(argv[2], nullptr, 10) : 1024;
    const long passes = argc > 3 ? std::strtol(argv[3], nullptr, 10) : 100;
    if (sites < 1 || passes < 1) return usage();

    std::uint64_t print = 0;
    if (side == "aiecon") {
        print = run<aiecon_bench::aiecon_arrays>(static_cast<std::size_t>(sites), passes);
    } else if (side == "double") {
        print = run<aiecon_bench::double_arrays>(static_cast<std::size_t>(sites), passes);
    } else {
        return usage();
    }
    std::printf("%s kernel: %ld sites x %ld passes, results fingerprint %016llx\n", argv[1], sites,
                passes, static_cast<unsigned long long>(print));
    return 0;
}
