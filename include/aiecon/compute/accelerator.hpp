// An accelerator (GPU, TPU, ...): its dense peak throughput at each
// precision, its memory, its board power and its price; and compute per
// watt, at peak and at a utilisation.
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::compute {

enum class precision { fp8, bf16, fp32 };

inline std::string_view name_of(precision p) {
    switch (p) {
        case precision::fp8:
            return "FP8";
        case precision::bf16:
            return "BF16";
        case precision::fp32:
            return "FP32";
    }
    return "unknown";
}

struct accelerator {
    std::string_view name;
    // Dense peak throughput, without structured sparsity.
    flop_rate fp8;
    flop_rate bf16;
    flop_rate fp32;
    information memory;
    bandwidth memory_bandwidth;
    power board_power;  // maximum (TDP)
    money price{};      // per accelerator, where a public estimate exists
};

constexpr void validate(const accelerator& a, std::string_view function) {
    require_non_negative(function, "accelerator.fp8", a.fp8);
    require_positive(function, "accelerator.bf16", a.bf16);
    require_non_negative(function, "accelerator.fp32", a.fp32);
    require_positive(function, "accelerator.memory", a.memory);
    require_positive(function, "accelerator.memory_bandwidth", a.memory_bandwidth);
    require_positive(function, "accelerator.board_power", a.board_power);
    require_non_negative(function, "accelerator.price", a.price);
}

// Dense peak at a precision; a precision the accelerator lacks is an error
// (and so is a value outside the enumeration, which would otherwise read as
// FP32).
constexpr flop_rate peak(const accelerator& a, precision p) {
    constexpr std::string_view function = "compute::peak";
    validate(a, function);
    // No default: -Wswitch names a precision added later and left out.
    const auto rate_at = [&]() -> flop_rate {
        switch (p) {
            case precision::fp8:
                return a.fp8;
            case precision::bf16:
                return a.bf16;
            case precision::fp32:
                return a.fp32;
        }
        throw_domain_error(function, "precision", static_cast<int>(p), "{fp8, bf16, fp32}");
    };
    const flop_rate rate = rate_at();
    require_positive(function, "peak at the precision asked", rate);
    return rate;
}

// Compute per watt: FLOP delivered per joule at board power, at peak
// (utilisation 1) or at a utilisation of the peak. Power is held at board
// power, an upper bound: an accelerator below full use draws less.
constexpr flop_per_joule compute_per_watt(const accelerator& a, precision p,
                                          double utilisation = 1.0) {
    constexpr std::string_view function = "compute::compute_per_watt";
    require_fraction(function, "utilisation", utilisation);
    return require_finite_result(function, "compute per watt",
                                 peak(a, p) * utilisation / a.board_power,
                                 "the peak and accelerator.board_power");
}

}  // namespace aiecon::compute
