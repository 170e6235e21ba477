// Fuzzes the uncertainty layer: distributions built from arbitrary
// parameters and sampled (every sample finite, and inside [low, high] for
// the bounded laws), summaries and percentiles of arbitrary values, grids,
// break-even and the tornado on a linear model with arbitrary coefficients.
// Allowed: those results, or aiecon::domain_error.
#include <aiecon/uncertainty.hpp>
#include <aiecon/units.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_input.hpp"

namespace {

using aiecon_fuzz::expect;
using aiecon_fuzz::expect_finite;
using aiecon_fuzz::expect_in_range;
using aiecon_fuzz::fuzz_input;
using aiecon_fuzz::run_case;
namespace un = aiecon::uncertainty;

void distributions(fuzz_input& in) {
    const std::size_t law = in.choose(7);
    const auto first = in.quantity<aiecon::power>("first", 1e3);
    const auto second = in.quantity<aiecon::power>("second", 2e3);
    const auto third = in.quantity<aiecon::power>("third", 5e3);
    const double log_sd = in.number("log_sd", 0.5);
    const std::uint64_t seed = in.byte();
    run_case(in, "uncertainty distributions", [&] {
        const un::distribution<aiecon::power> d = law == 0   ? un::fixed(first)
                                                  : law == 1 ? un::uniform(first, third)
                                                  : law == 2 ? un::triangular(first, second, third)
                                                  : law == 3 ? un::normal(first, second)
                                                  : law == 4 ? un::lognormal(first, log_sd)
                                                  : law == 5
                                                      ? un::lognormal_from_percentiles(first, third)
                                                      : un::pert(first, second, third);
        const bool bounded = law == 1 || law == 2 || law == 6;
        expect_finite(in, "distribution mean", d.mean());
        for (std::uint64_t i = 0; i < 16; ++i) {
            un::random_stream stream(seed, i);
            const aiecon::power x = d.sample(stream);
            expect_finite(in, "distribution sample", x);
            if (bounded) {
                expect_in_range(in, "bounded distribution sample", x, first.base_units(),
                                third.base_units());
            }
        }
    });
}

void summaries(fuzz_input& in) {
    std::vector<aiecon::money> values(in.choose(8));
    for (aiecon::money& v : values) v = in.quantity<aiecon::money>("value", 1e3);
    const double p = in.fraction("p", 0.5);
    run_case(in, "uncertainty::summarise", [&] {
        const auto s = un::summarise(values);
        expect_finite(in, "summarise mean", s.mean);
        expect_finite(in, "summarise standard_deviation", s.standard_deviation);
        expect(in, s.minimum <= s.p5 && s.p5 <= s.p50 && s.p50 <= s.p95 && s.p95 <= s.maximum,
               "summarise: percentiles out of order");
        expect(in, s.minimum <= s.mean && s.mean <= s.maximum,
               "summarise: mean outside [minimum, maximum]");
    });
    run_case(in, "uncertainty::percentile", [&] {
        const aiecon::money q = un::percentile(values, p);
        expect_finite(in, "percentile", q);
    });
    run_case(in, "uncertainty::probability", [&] {
        const double share =
            un::probability(values, [](aiecon::money m) { return m > aiecon::money{}; });
        expect_in_range(in, "probability", share, 0.0, 1.0);
    });
}

void grids(fuzz_input& in) {
    const double low = in.number("low", 1.0);
    const double high = in.number("high", 100.0);
    const std::size_t points = in.choose(6);
    run_case(in, "uncertainty::linear_grid", [&] {
        for (const double x : un::linear_grid(low, high, points)) {
            expect_in_range(in, "linear_grid value", x, low, high);
        }
    });
    run_case(in, "uncertainty::geometric_grid", [&] {
        for (const double x : un::geometric_grid(low, high, points)) {
            expect_in_range(in, "geometric_grid value", x, low, high);
        }
    });
}

struct linear_inputs {
    double x;
};

void solvers(fuzz_input& in) {
    const double slope = in.number("slope", 2.0);
    const double intercept = in.number("intercept", -3.0);
    const double base = in.number("base", 1.0);
    const double low = in.number("low", 0.0);
    const double high = in.number("high", 10.0);
    const auto model = [&](const linear_inputs& v) { return slope * v.x + intercept; };
    run_case(in, "uncertainty::break_even", [&] {
        const double root =
            un::break_even(model, linear_inputs{base}, &linear_inputs::x, low, high);
        expect_in_range(in, "break_even root", root, low, high);
    });
    run_case(in, "uncertainty::tornado", [&] {
        const auto bars =
            un::tornado(model, linear_inputs{base}, un::input("x", &linear_inputs::x, low, high));
        expect_finite(in, "tornado swing", bars.at(0).swing);
        expect_finite(in, "tornado elasticity", bars.at(0).elasticity);
    });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz_input in(data, size);
    switch (in.choose(4)) {
        case 0:
            distributions(in);
            break;
        case 1:
            summaries(in);
            break;
        case 2:
            grids(in);
            break;
        default:
            solvers(in);
            break;
    }
    return 0;
}
