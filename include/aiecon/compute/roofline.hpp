// The roofline: a kernel with arithmetic intensity I (FLOP per byte of
// memory traffic) attains at most
//   min(peak, I x memory bandwidth)
// (S. Williams, A. Waterman and D. Patterson, "Roofline: an insightful
// visual performance model for multicore architectures", CACM 52(4), 2009).
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::compute {

constexpr flop_rate attainable(flop_per_byte intensity, flop_rate peak_rate,
                               bandwidth memory_bandwidth) {
    constexpr std::string_view function = "compute::attainable";
    require_non_negative(function, "intensity", intensity);
    require_positive(function, "peak_rate", peak_rate);
    require_positive(function, "memory_bandwidth", memory_bandwidth);
    return min(peak_rate, intensity * memory_bandwidth);
}

// The ridge point: the intensity above which a kernel is compute-bound,
// peak / bandwidth.
constexpr flop_per_byte ridge_intensity(flop_rate peak_rate, bandwidth memory_bandwidth) {
    constexpr std::string_view function = "compute::ridge_intensity";
    require_positive(function, "peak_rate", peak_rate);
    require_positive(function, "memory_bandwidth", memory_bandwidth);
    return require_finite_result(function, "ridge intensity", peak_rate / memory_bandwidth,
                                 "peak_rate and memory_bandwidth");
}

}  // namespace aiecon::compute
