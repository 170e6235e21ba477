// Decoding an accelerator and a precision from fuzz input, shared by the
// compute/finance and workload harnesses (so their corpora decode alike).
#pragma once

#include <aiecon/compute.hpp>

#include "fuzz_input.hpp"

namespace aiecon_fuzz {

// A catalog accelerator, or one with every figure fuzzed around an H100's.
inline aiecon::compute::accelerator decode_accelerator(fuzz_input& in) {
    namespace compute = aiecon::compute;

    if (in.flag()) {
        return compute::catalog::find(compute::catalog::keys[in.choose(4)]).value();
    }
    return {
        .name = "fuzzed",
        .fp8 = in.quantity<aiecon::flop_rate>("accelerator.fp8", 2e15),
        .bf16 = in.quantity<aiecon::flop_rate>("accelerator.bf16", 1e15),
        .fp32 = in.quantity<aiecon::flop_rate>("accelerator.fp32", 67e12),
        .memory = in.quantity<aiecon::information>("accelerator.memory", 80e9),
        .memory_bandwidth = in.quantity<aiecon::bandwidth>("accelerator.memory_bandwidth", 3.35e12),
        .board_power = in.quantity<aiecon::power>("accelerator.board_power", 700.0),
        .price = in.quantity<aiecon::money>("accelerator.price", 25.6e3)};
}

inline aiecon::compute::precision decode_precision(fuzz_input& in) {
    namespace compute = aiecon::compute;
    return static_cast<compute::precision>(in.choose(3));
}

}  // namespace aiecon_fuzz
