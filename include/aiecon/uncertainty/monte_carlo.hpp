// monte_carlo: a model evaluated over N draws of its uncertain inputs.
//
//   const auto draw = [&](uncertainty::random_stream& stream) {
//       auto in = base;                        // a struct of the model's inputs
//       in.launch_price = launch_price.sample(stream);
//       return in;
//   };
//   const auto costs = uncertainty::monte_carlo(draw, model, {.samples = 100'000, .seed = 7});
//
// `draw` turns a sample's random stream into the model's inputs; `model`
// turns inputs into a result (a quantity, a number or a struct of them).
// The results come back in sample order, as a std::vector (a range).
//
// Sample i draws from random_stream(seed, i) whichever thread runs it, so a
// run on any number of threads returns exactly (bit for bit) the serial
// run's results.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "../units/domain_error.hpp"
#include "random_stream.hpp"

namespace aiecon::uncertainty {

struct monte_carlo_options {
    std::size_t samples = 10'000;
    std::uint64_t seed = 1;
    unsigned threads = 1;  // 0: one per hardware thread
};

namespace detail {
// The first failure of a block of samples: its sample index and exception.
struct sample_failure {
    std::size_t sample = 0;
    std::exception_ptr error;
};

// Evaluates samples [first, last) into results; stops at the first failure.
template <class Draw, class Model, class Result>
sample_failure evaluate_block(const Draw& draw, const Model& model, std::uint64_t seed,
                              std::size_t first, std::size_t last, Result* results) {
    for (std::size_t i = first; i < last; ++i) {
        try {
            random_stream stream(seed, i);
            results[i] = model(draw(stream));
        } catch (...) {
            return {i, std::current_exception()};
        }
    }
    return {last, nullptr};
}

// Rethrows a sample's failure; a domain_error gains the sample and seed, so
// that the draw can be replayed alone (random_stream(seed, sample)).
[[noreturn]] inline void rethrow_sample_failure(const sample_failure& failure, std::uint64_t seed) {
    try {
        std::rethrow_exception(failure.error);
    } catch (const domain_error& error) {
        throw domain_error("uncertainty::monte_carlo: sample " + std::to_string(failure.sample) +
                           " (seed " + std::to_string(seed) + "): " + error.what());
    }
}

inline unsigned thread_count(unsigned requested, std::size_t samples) {
    unsigned threads = requested != 0 ? requested : std::thread::hardware_concurrency();
    threads = std::max(threads, 1U);
    // No more threads than samples: each gets at least one.
    return static_cast<unsigned>(std::min<std::size_t>(threads, samples));
}
}  // namespace detail

// The results of `model` over `options.samples` draws of `draw`, in sample
// order. A draw or model that throws stops the run: the failure of the
// lowest sample index is rethrown (the same one on any number of threads).
template <class Draw, class Model>
auto monte_carlo(const Draw& draw, const Model& model, const monte_carlo_options& options) {
    using inputs = std::invoke_result_t<const Draw&, random_stream&>;
    using result = std::remove_cvref_t<std::invoke_result_t<const Model&, inputs>>;
    static_assert(std::is_default_constructible_v<result>,
                  "monte_carlo stores results in a std::vector, sized first: the model's result "
                  "type must be default-constructible");
    if (options.samples == 0) {
        throw_domain_error("uncertainty::monte_carlo", "options.samples", 0.0, "[1, inf)");
    }
    std::vector<result> results(options.samples);
    const unsigned threads = detail::thread_count(options.threads, options.samples);
    std::vector<detail::sample_failure> failures(threads);
    {
        std::vector<std::jthread> workers;
        workers.reserve(threads - 1);
        // Thread t evaluates the contiguous block [t n / T, (t + 1) n / T).
        const auto block_edge = [&](std::size_t t) { return t * options.samples / threads; };
        for (unsigned t = 1; t < threads; ++t) {
            workers.emplace_back([&, t] {
                failures[t] = detail::evaluate_block(draw, model, options.seed, block_edge(t),
                                                     block_edge(t + 1), results.data());
            });
        }
        failures[0] =
            detail::evaluate_block(draw, model, options.seed, 0, block_edge(1), results.data());
    }  // the workers join here
    for (const auto& failure : failures) {
        if (failure.error) detail::rethrow_sample_failure(failure, options.seed);
    }
    return results;
}

}  // namespace aiecon::uncertainty
