// A small catalog of accelerators from their public datasheets. Throughput
// is dense (without structured sparsity); FP32 is the non-tensor vector
// rate. Vendors publish no list prices: the one price given is a public
// estimate, the others are left at zero for the caller to set.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "../units.hpp"
#include "accelerator.hpp"

namespace aiecon::compute::catalog {

namespace detail {
constexpr flop_rate tflops(double value) {
    return value * units::TFLOP / units::s;
}
}  // namespace detail

// NVIDIA H100 SXM5: 1,979 TFLOP/s FP8 and 989 BF16 dense (3,958 and 1,979
// with sparsity), 67 TFLOP/s FP32, 80 GB HBM3 at 3.35 TB/s, up to 700 W
// (NVIDIA H100 Tensor Core GPU datasheet, 2023). Price: $25,600, Epoch AI's
// geometric mean of reported sale prices, which range from $22,000 to
// $30,000 (Epoch AI, "Data on AI chip sales", 2025; Raymond James via
// Barron's, 2023: $25,000 to $30,000).
inline constexpr accelerator h100_sxm{.name = "NVIDIA H100 SXM",
                                      .fp8 = detail::tflops(1979.0),
                                      .bf16 = detail::tflops(989.0),
                                      .fp32 = detail::tflops(67.0),
                                      .memory = 80.0 * units::GB,
                                      .memory_bandwidth = 3.35 * units::TB / units::s,
                                      .board_power = 700.0 * units::W,
                                      .price = 25'600.0 * units::USD};

// NVIDIA H200 SXM: the H100's compute with 141 GB HBM3e at 4.8 TB/s, up to
// 700 W (NVIDIA H200 Tensor Core GPU datasheet, 2024).
inline constexpr accelerator h200_sxm{.name = "NVIDIA H200 SXM",
                                      .fp8 = detail::tflops(1979.0),
                                      .bf16 = detail::tflops(989.0),
                                      .fp32 = detail::tflops(67.0),
                                      .memory = 141.0 * units::GB,
                                      .memory_bandwidth = 4.8 * units::TB / units::s,
                                      .board_power = 700.0 * units::W};

// NVIDIA B200 (HGX B200, per GPU): 4.5 PFLOP/s FP8 and 2.25 BF16 dense (9
// and 4.5 with sparsity), 75 TFLOP/s FP32 (some tables say 80), 180 GB
// HBM3e usable (192 nominal) at 8 TB/s, 1000 W (NVIDIA HGX and DGX B200
// datasheets, 2024: 8 GPUs, 1,440 GB, 64 TB/s; the GB200 runs it at 1.2 kW).
inline constexpr accelerator b200{.name = "NVIDIA B200",
                                  .fp8 = detail::tflops(4500.0),
                                  .bf16 = detail::tflops(2250.0),
                                  .fp32 = detail::tflops(75.0),
                                  .memory = 180.0 * units::GB,
                                  .memory_bandwidth = 8.0 * units::TB / units::s,
                                  .board_power = 1000.0 * units::W};

// AMD Instinct MI300X: 2,614.9 TFLOP/s FP8 and 1,307.4 BF16 dense, 163.4
// TFLOP/s FP32 vector, 192 GB HBM3 at 5.3 TB/s, 750 W (AMD Instinct MI300X
// accelerator data sheet, 2023).
inline constexpr accelerator mi300x{.name = "AMD Instinct MI300X",
                                    .fp8 = detail::tflops(2614.9),
                                    .bf16 = detail::tflops(1307.4),
                                    .fp32 = detail::tflops(163.4),
                                    .memory = 192.0 * units::GB,
                                    .memory_bandwidth = 5.3 * units::TB / units::s,
                                    .board_power = 750.0 * units::W};

// The catalog by short key ("h100", "h200", "b200", "mi300x"), for programs
// that take the accelerator as text; none for an unknown key.
inline std::optional<accelerator> find(std::string_view key) {
    if (key == "h100") return h100_sxm;
    if (key == "h200") return h200_sxm;
    if (key == "b200") return b200;
    if (key == "mi300x") return mi300x;
    return std::nullopt;
}

inline constexpr std::array<std::string_view, 4> keys{"h100", "h200", "b200", "mi300x"};

}  // namespace aiecon::compute::catalog
