// random_stream: the random numbers of one Monte Carlo sample, a pure
// function of (seed, sample index, draw index).
//
// Counter-based: the n-th number of sample i is Philox4x32-10 applied to the
// counter (n, i) under the key `seed` (J. K. Salmon, M. A. Moraes, R. O. Dror
// and D. E. Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC11,
// 2011). Nothing is shared between samples, so a run split over any number of
// threads draws exactly the numbers of the serial run, and sample i can be
// replayed alone. Philox4x32-10 passes TestU01's BigCrush (same paper, table 2).
#pragma once

#include <array>
#include <cstdint>

namespace aiecon::uncertainty {

// One Philox4x32-10 block: four 32-bit words of output for a 128-bit counter
// and a 64-bit key. The multipliers and key increments are those of Salmon
// et al. (2011), section 3.2 and Random123's philox.h.
constexpr std::array<std::uint32_t, 4> philox4x32_10(std::array<std::uint32_t, 4> counter,
                                                     std::array<std::uint32_t, 2> key) {
    constexpr std::uint64_t multiplier_0 = 0xD2511F53;
    constexpr std::uint64_t multiplier_1 = 0xCD9E8D57;
    constexpr std::uint32_t key_increment_0 = 0x9E3779B9;  // golden ratio
    constexpr std::uint32_t key_increment_1 = 0xBB67AE85;  // sqrt(3) - 1
    for (int round = 0; round < 10; ++round) {
        if (round > 0) {
            key[0] += key_increment_0;
            key[1] += key_increment_1;
        }
        const std::uint64_t product_0 = multiplier_0 * counter[0];
        const std::uint64_t product_1 = multiplier_1 * counter[2];
        const auto high = [](std::uint64_t p) { return static_cast<std::uint32_t>(p >> 32U); };
        const auto low = [](std::uint64_t p) { return static_cast<std::uint32_t>(p); };
        counter = {high(product_1) ^ counter[1] ^ key[0], low(product_1),
                   high(product_0) ^ counter[3] ^ key[1], low(product_0)};
    }
    return counter;
}

class random_stream {
public:
    constexpr random_stream(std::uint64_t seed, std::uint64_t sample) noexcept
        : key_{low_word(seed), high_word(seed)}, sample_(sample) {}

    // 64 random bits; each call moves to the next draw of this sample.
    constexpr std::uint64_t next_bits() noexcept {
        if (buffered_ == 0) refill();
        --buffered_;
        return buffer_[buffered_];
    }

    // A uniform number in the open interval (0, 1): 53 random bits, centred
    // in their cell, so that neither 0 nor 1 comes out (the inverse
    // transforms below take logarithms of it and of 1 minus it).
    constexpr double uniform() noexcept {
        constexpr double two_to_minus_53 = 1.0 / 9007199254740992.0;
        return (static_cast<double>(next_bits() >> 11U) + 0.5) * two_to_minus_53;
    }

    constexpr std::uint64_t sample() const noexcept { return sample_; }

private:
    static constexpr std::uint32_t low_word(std::uint64_t x) {
        return static_cast<std::uint32_t>(x);
    }
    static constexpr std::uint32_t high_word(std::uint64_t x) {
        return static_cast<std::uint32_t>(x >> 32U);
    }

    constexpr void refill() noexcept {
        const auto words = philox4x32_10(
            {low_word(block_), high_word(block_), low_word(sample_), high_word(sample_)}, key_);
        ++block_;
        // Stored back to front: next_bits takes from the end.
        buffer_[1] = (std::uint64_t{words[1]} << 32U) | words[0];
        buffer_[0] = (std::uint64_t{words[3]} << 32U) | words[2];
        buffered_ = 2;
    }

    std::array<std::uint32_t, 2> key_;
    std::uint64_t sample_;
    std::uint64_t block_ = 0;
    std::array<std::uint64_t, 2> buffer_{};
    int buffered_ = 0;
};

}  // namespace aiecon::uncertainty
