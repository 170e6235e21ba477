// The uncertainty layer: the counter-based generator against its published
// known answers, each distribution's moments and percentiles against their
// closed forms (tolerances from the sample size: four standard errors, so a
// correct sampler fails about once in 16,000 runs, and a fixed seed makes
// the run repeat exactly), Monte Carlo determinism across thread counts,
// summaries against hand calculations, the tornado on a model whose
// sensitivities are known in closed form, break-even on known roots, and
// sweeps.
#include <aiecon/uncertainty/break_even.hpp>
#include <aiecon/uncertainty/distribution.hpp>
#include <aiecon/uncertainty/monte_carlo.hpp>
#include <aiecon/uncertainty/random_stream.hpp>
#include <aiecon/uncertainty/sensitivity.hpp>
#include <aiecon/uncertainty/summary.hpp>
#include <aiecon/uncertainty/sweep.hpp>
#include <aiecon/units.hpp>

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <tuple>
#include <vector>

#include "error_message.hpp"

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace un = aiecon::uncertainty;

constexpr std::size_t draws = 200'000;

// n draws of a distribution, from sample streams 0 .. n - 1 of `seed`.
template <class Value>
std::vector<Value> sample_of(const un::distribution<Value>& d, std::uint64_t seed = 2026) {
    return un::monte_carlo([&](un::random_stream& stream) { return d.sample(stream); },
                           [](Value v) { return v; }, {.samples = draws, .seed = seed});
}

// Four standard errors of a mean of n draws with standard deviation sd.
double four_standard_errors(double sd) {
    return 4.0 * sd / std::sqrt(double(draws));
}
// Four standard errors of the sample p-quantile, sqrt(p (1 - p) / n) / f(x_p)
// (the asymptotic variance of an order statistic; H. Cramer, "Mathematical
// Methods of Statistics", 1946, sec. 28.5), f the density at the quantile.
double four_quantile_errors(double p, double density) {
    return 4.0 * std::sqrt(p * (1.0 - p) / double(draws)) / density;
}
// The standard normal density.
double phi(double z) {
    return std::exp(-0.5 * z * z) / std::sqrt(2.0 * 3.141592653589793);
}
constexpr double z95 = 1.6448536269514722;  // Abramowitz and Stegun, table 26.5

struct linear_inputs {
    double a;
    double b;
    double c;
};
// y = 2a + 3b + c: swings and elasticities in closed form.
double linear_model(const linear_inputs& in) {
    return 2.0 * in.a + 3.0 * in.b + in.c;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(uncertainty_random)

BOOST_AUTO_TEST_CASE(philox_matches_the_published_known_answers) {
    // Random123's kat_vectors (D. E. Shaw Research), lines "philox4x32 10":
    // counter[4] key[2] -> output[4].
    using words4 = std::array<std::uint32_t, 4>;
    BOOST_TEST((un::philox4x32_10({0, 0, 0, 0}, {0, 0}) ==
                words4{0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}));
    BOOST_TEST((un::philox4x32_10({0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff},
                                  {0xffffffff, 0xffffffff}) ==
                words4{0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}));
    BOOST_TEST((un::philox4x32_10({0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344},
                                  {0xa4093822, 0x299f31d0}) ==
                words4{0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}));
}

BOOST_AUTO_TEST_CASE(a_stream_is_the_philox_output_of_its_seed_and_sample) {
    // Seed 0, sample 0: the first block is the all-zero known answer; the
    // first 64 bits are words 0 and 1 (low word first), the next words 2, 3.
    un::random_stream stream(0, 0);
    BOOST_TEST(stream.next_bits() == 0xe169c58d6627e8d5ULL);
    BOOST_TEST(stream.next_bits() == 0x9b00dbd8bc57ac4cULL);
    // The third draw comes from the second block: counter (1, 0, 0, 0).
    const auto second = un::philox4x32_10({1, 0, 0, 0}, {0, 0});
    BOOST_TEST(stream.next_bits() == ((std::uint64_t{second[1]} << 32U) | second[0]));
}

BOOST_AUTO_TEST_CASE(uniforms_lie_strictly_inside_the_unit_interval_with_the_right_moments) {
    // U(0, 1): mean 1/2, variance 1/12.
    double sum = 0.0;
    double sum_of_squares = 0.0;
    double lowest = 1.0;
    double highest = 0.0;
    for (std::size_t i = 0; i < draws; ++i) {
        un::random_stream stream(99, i);
        const double x = stream.uniform();
        sum += x;
        sum_of_squares += x * x;
        lowest = std::min(lowest, x);
        highest = std::max(highest, x);
    }
    const double mean = sum / double(draws);
    BOOST_TEST(lowest > 0.0);
    BOOST_TEST(highest < 1.0);
    BOOST_TEST(std::abs(mean - 0.5) < four_standard_errors(std::sqrt(1.0 / 12.0)));
    // The variance of the sample variance of U(0,1) draws: (mu4 - sigma^4) / n
    // with mu4 = 1/80, sigma^4 = 1/144.
    const double variance = sum_of_squares / double(draws) - mean * mean;
    BOOST_TEST(std::abs(variance - 1.0 / 12.0) <
               4.0 * std::sqrt((1.0 / 80.0 - 1.0 / 144.0) / double(draws)));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(uncertainty_distributions)

BOOST_AUTO_TEST_CASE(uniform_mean_and_spread) {
    // U(2 kW, 5 kW): mean 3.5 kW, sd (b - a) / sqrt(12) = 0.866 kW.
    const auto values = sample_of(un::uniform(2_kW, 5_kW));
    const auto s = un::summarise(values);
    BOOST_TEST(std::abs(s.mean.in(u::kW)-3.5) < four_standard_errors(3.0 / std::sqrt(12.0)));
    BOOST_TEST(s.standard_deviation.in(u::kW) == 3.0 / std::sqrt(12.0),
               boost::test_tools::tolerance(0.01));
    BOOST_TEST(s.minimum >= 2_kW);
    BOOST_TEST(s.maximum <= 5_kW);
    // The 5th percentile of U(a, b) is a + 0.05 (b - a) = 2.15 kW; density 1/3 per kW.
    BOOST_TEST(std::abs(s.p5.in(u::kW)-2.15) < four_quantile_errors(0.05, 1.0 / 3.0));
}

BOOST_AUTO_TEST_CASE(normal_percentiles) {
    // N(10, 2): p95 = 10 + 2 z95 = 13.2897; p5 = 6.7103; density at them
    // phi(z95) / 2.
    const auto values = sample_of(un::normal(10.0, 2.0));
    const auto s = un::summarise(values);
    const double density = phi(z95) / 2.0;
    BOOST_TEST(std::abs(s.p95 - (10.0 + 2.0 * z95)) < four_quantile_errors(0.95, density));
    BOOST_TEST(std::abs(s.p5 - (10.0 - 2.0 * z95)) < four_quantile_errors(0.05, density));
    BOOST_TEST(std::abs(s.p50 - 10.0) < four_quantile_errors(0.5, phi(0.0) / 2.0));
    BOOST_TEST(std::abs(s.mean - 10.0) < four_standard_errors(2.0));
    // The sample sd's standard error is about sigma / sqrt(2 n).
    BOOST_TEST(std::abs(s.standard_deviation - 2.0) < 4.0 * 2.0 / std::sqrt(2.0 * double(draws)));
}

BOOST_AUTO_TEST_CASE(triangular_mean_and_mode_side_share) {
    // Triangular(1, 2, 6): mean (1 + 2 + 6) / 3 = 3; variance
    // (a^2 + m^2 + b^2 - am - ab - mb) / 18 = 21 / 18; P(x < m) = (m - a) / (b - a) = 0.2.
    const auto values = sample_of(un::triangular(1.0, 2.0, 6.0));
    const auto s = un::summarise(values);
    BOOST_TEST(std::abs(s.mean - 3.0) < four_standard_errors(std::sqrt(21.0 / 18.0)));
    const double below_mode = un::probability(values, [](double x) { return x < 2.0; });
    BOOST_TEST(std::abs(below_mode - 0.2) < 4.0 * std::sqrt(0.2 * 0.8 / double(draws)));
    BOOST_TEST(s.minimum >= 1.0);
    BOOST_TEST(s.maximum <= 6.0);
}

BOOST_AUTO_TEST_CASE(pert_mean_and_variance) {
    // PERT(0, 1, 10) in years: mean (a + 4m + b) / 6 = 14/6; variance
    // (mean - a)(b - mean) / 7 (alpha + beta + 1 = 7; Vose 2008, sec. 9.1.6).
    const auto values = sample_of(un::pert(0_yr, 1_yr, 10_yr));
    const auto s = un::summarise(values);
    const double mean = 14.0 / 6.0;
    const double variance = mean * (10.0 - mean) / 7.0;
    BOOST_TEST(std::abs(s.mean.in(u::year)-mean) < four_standard_errors(std::sqrt(variance)));
    BOOST_TEST(s.standard_deviation.in(u::year) == std::sqrt(variance),
               boost::test_tools::tolerance(0.01));
    BOOST_TEST(un::pert(0_yr, 1_yr, 10_yr).mean().in(u::year) == mean,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.minimum >= 0_yr);
    BOOST_TEST(s.maximum <= 10_yr);
}

BOOST_AUTO_TEST_CASE(lognormal_median_mean_and_percentiles) {
    // Median 100 $/kg, sd of ln x 0.5: mean 100 e^(0.125) = 113.3148;
    // density at the median 1 / (m sigma sqrt(2 pi)).
    const auto price = un::lognormal(100_USD / 1_kg, 0.5);
    const auto s = un::summarise(sample_of(price));
    const double median_density = 1.0 / (100.0 * 0.5 * std::sqrt(2.0 * 3.141592653589793));
    BOOST_TEST(std::abs(s.p50.in(u::USD / u::kg) - 100.0) <
               four_quantile_errors(0.5, median_density));
    BOOST_TEST(price.mean().in(u::USD / u::kg) == 113.31484530668263,
               boost::test_tools::tolerance(1e-12));
    // From percentiles: p5 = 200, p95 = 2000 $/kg come back.
    const auto fitted = un::lognormal_from_percentiles(200_USD / 1_kg, 2000_USD / 1_kg);
    const auto f = un::summarise(sample_of(fitted));
    // sigma = ln(10) / (2 z95) = 0.6999; density at p95:
    // phi(z95) / (x sigma).
    const double sigma = std::log(10.0) / (2.0 * z95);
    BOOST_TEST(std::abs(f.p95.in(u::USD / u::kg) - 2000.0) <
               four_quantile_errors(0.95, phi(z95) / (2000.0 * sigma)));
    BOOST_TEST(std::abs(f.p5.in(u::USD / u::kg) - 200.0) <
               four_quantile_errors(0.05, phi(z95) / (200.0 * sigma)));
}

BOOST_AUTO_TEST_CASE(fixed_is_always_its_value) {
    const auto values = sample_of(un::fixed(3_MW));
    const auto s = un::summarise(values);
    BOOST_TEST(s.minimum == 3_MW);
    BOOST_TEST(s.maximum == 3_MW);
    BOOST_TEST(s.standard_deviation == 0_MW);
}

BOOST_AUTO_TEST_CASE(bad_parameters_are_domain_errors) {
    BOOST_CHECK_EXCEPTION(un::uniform(5_kW, 2_kW), aiecon::domain_error,
                          test::naming("uncertainty::uniform", "high = 2 kW", "at least low"));
    BOOST_CHECK_EXCEPTION(un::uniform(-1.5e308, 1.5e308), aiecon::domain_error,
                          test::naming("uncertainty::uniform", "high", "finite distance"));
    BOOST_CHECK_EXCEPTION(un::uniform(test::not_a_number, 1.0), aiecon::domain_error,
                          test::naming("uncertainty::uniform", "low", "(-inf, inf)"));
    BOOST_CHECK_EXCEPTION(un::normal(10_kW, -1_kW), aiecon::domain_error,
                          test::naming("uncertainty::normal", "sd = -1 kW", "at least zero"));
    BOOST_CHECK_EXCEPTION(un::triangular(1.0, 0.5, 2.0), aiecon::domain_error,
                          test::naming("uncertainty::triangular", "mode", "at least low"));
    BOOST_CHECK_EXCEPTION(un::triangular(1.0, 3.0, 2.0), aiecon::domain_error,
                          test::naming("uncertainty::triangular", "high", "at least mode"));
    BOOST_CHECK_EXCEPTION(un::pert(1_yr, 0_yr, 2_yr), aiecon::domain_error,
                          test::naming("uncertainty::pert", "mode", "at least low"));
    BOOST_CHECK_EXCEPTION(un::pert(0_yr, 3_yr, 2_yr), aiecon::domain_error,
                          test::naming("uncertainty::pert", "high", "at least mode"));
    BOOST_CHECK_EXCEPTION(un::lognormal(0_USD / 1_kg, 0.5), aiecon::domain_error,
                          test::naming("uncertainty::lognormal", "median", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(un::lognormal(1_USD / 1_kg, -0.5), aiecon::domain_error,
                          test::naming("uncertainty::lognormal", "log_sd", "[0, inf)"));
    BOOST_CHECK_EXCEPTION(
        un::lognormal_from_percentiles(2_kg, 1_kg), aiecon::domain_error,
        test::naming("uncertainty::lognormal_from_percentiles", "p95", "at least p5"));
    BOOST_CHECK_EXCEPTION(un::fixed(std::numeric_limits<double>::infinity()), aiecon::domain_error,
                          test::naming("uncertainty::fixed", "value", "(-inf, inf)"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(uncertainty_monte_carlo)

BOOST_AUTO_TEST_CASE(results_do_not_depend_on_the_thread_count) {
    const auto power = un::pert(1_kW, 2_kW, 10_kW);
    const auto share = un::normal(0.5, 0.1);
    const auto draw = [&](un::random_stream& s) {
        return std::pair{power.sample(s), share.sample(s)};
    };
    const auto model = [](const std::pair<aiecon::power, double>& in) {
        return in.first * in.second;
    };
    const auto serial = un::monte_carlo(draw, model, {.samples = 10'001, .seed = 5, .threads = 1});
    for (const unsigned threads : {2U, 3U, 7U, 0U}) {
        const auto parallel =
            un::monte_carlo(draw, model, {.samples = 10'001, .seed = 5, .threads = threads});
        BOOST_TEST_REQUIRE(parallel.size() == serial.size());
        bool identical = true;
        for (std::size_t i = 0; i < serial.size(); ++i) {
            identical = identical && parallel[i].base_units() == serial[i].base_units();
        }
        BOOST_TEST(identical, "threads = " << threads);
    }
    // Another seed draws other numbers.
    const auto other = un::monte_carlo(draw, model, {.samples = 10'001, .seed = 6, .threads = 1});
    BOOST_TEST(other[0].base_units() != serial[0].base_units());
    // More threads than samples: still every sample, once.
    BOOST_TEST(un::monte_carlo(draw, model, {.samples = 3, .seed = 5, .threads = 16}).size() == 3U);
}

BOOST_AUTO_TEST_CASE(a_failing_sample_is_named_whatever_the_threads) {
    // The model refuses samples 700 and 9000 (a domain_error, as a model's
    // check would); the lowest failing sample is reported on any thread count.
    const auto model = [](std::uint64_t sample) {
        if (sample == 700 || sample == 9000) {
            aiecon::throw_domain_error("test_model", "sample", double(sample), "not 700");
        }
        return double(sample);
    };
    const auto draw = [](un::random_stream& s) { return s.sample(); };
    for (const unsigned threads : {1U, 4U}) {
        BOOST_CHECK_EXCEPTION(
            un::monte_carlo(draw, model, {.samples = 10'000, .seed = 11, .threads = threads}),
            aiecon::domain_error,
            test::naming("uncertainty::monte_carlo: sample 700 (seed 11)", "test_model", "700"));
    }
    BOOST_CHECK_EXCEPTION(un::monte_carlo(draw, model, {.samples = 0}), aiecon::domain_error,
                          test::naming("uncertainty::monte_carlo", "options.samples", "[1, inf)"));
}

BOOST_AUTO_TEST_CASE(summary_of_a_small_sample_by_hand) {
    // 1..5 kW: mean 3, sample sd sqrt(10 / 4) = 1.5811; type-7 percentiles:
    // h = 4 p, so p5 = 1 + 0.2 = 1.2, p50 = 3, p95 = 4 + 0.8 = 4.8.
    const std::vector<aiecon::power> values{3_kW, 1_kW, 5_kW, 2_kW, 4_kW};
    const auto s = un::summarise(values);
    BOOST_TEST(s.samples == 5U);
    BOOST_TEST(s.mean.in(u::kW) == 3.0, boost::test_tools::tolerance(1e-14));
    BOOST_TEST(s.standard_deviation.in(u::kW) == std::sqrt(2.5),
               boost::test_tools::tolerance(1e-14));
    BOOST_TEST(s.p5.in(u::kW) == 1.2, boost::test_tools::tolerance(1e-14));
    BOOST_TEST(s.p50.in(u::kW) == 3.0, boost::test_tools::tolerance(1e-14));
    BOOST_TEST(s.p95.in(u::kW) == 4.8, boost::test_tools::tolerance(1e-14));
    BOOST_TEST(s.minimum == 1_kW);
    BOOST_TEST(s.maximum == 5_kW);
    BOOST_TEST(un::percentile(values, 0.25).in(u::kW) == 2.0, boost::test_tools::tolerance(1e-14));
    // A field of a struct, through a projection: the same numbers.
    struct outcome {
        aiecon::power power;
        double share;
    };
    std::vector<outcome> outcomes;
    for (const aiecon::power p : values) outcomes.push_back({p, 0.5});
    const auto by_field = un::summarise(outcomes, &outcome::power);
    BOOST_TEST(by_field.p95.in(u::kW) == 4.8, boost::test_tools::tolerance(1e-14));
    BOOST_TEST(un::percentile(outcomes, 0.25, [](const outcome& o) { return o.power * o.share; })
                       .in(u::kW) == 1.0,
               boost::test_tools::tolerance(1e-14));
    BOOST_TEST(un::probability(values, [](aiecon::power p) { return p > 3.5_kW; }) == 0.4);
    // Welford keeps a small spread beside a large mean: 1e9 + {1, 2, 3} has sd 1.
    const std::vector<double> shifted{1e9 + 1.0, 1e9 + 2.0, 1e9 + 3.0};
    BOOST_TEST(un::summarise(shifted).standard_deviation == 1.0,
               boost::test_tools::tolerance(1e-9));
    BOOST_CHECK_EXCEPTION(un::summarise(std::vector<double>{}), aiecon::domain_error,
                          test::naming("uncertainty::summarise", "values", "at least one"));
    BOOST_CHECK_EXCEPTION(un::percentile(values, 1.5), aiecon::domain_error,
                          test::naming("uncertainty::percentile", "p", "[0, 1]"));
    BOOST_CHECK_EXCEPTION(un::summarise(std::vector<double>{1.0, test::not_a_number}),
                          aiecon::domain_error,
                          test::naming("uncertainty::summarise", "values", "(-inf, inf)"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(uncertainty_sensitivity)

BOOST_AUTO_TEST_CASE(tornado_of_a_linear_model) {
    // y = 2a + 3b + c at a = 1, b = 1, c = 10 (y = 15). Swings: a over
    // [0, 4] moves y by 2 x 4 = 8; b over [0, 1] by 3; c over [5, 15] by 10.
    // Ranked: c, a, b. Elasticities x dy/dx / y: a 2/15, b 3/15, c 10/15.
    const linear_inputs base{.a = 1.0, .b = 1.0, .c = 10.0};
    const auto bars = un::tornado(linear_model, base, un::input("a", &linear_inputs::a, 0.0, 4.0),
                                  un::input("b", &linear_inputs::b, 0.0, 1.0),
                                  un::input("c", &linear_inputs::c, 5.0, 15.0));
    BOOST_TEST_REQUIRE(bars.size() == 3U);
    BOOST_TEST(bars[0].name == "c");
    BOOST_TEST(bars[1].name == "a");
    BOOST_TEST(bars[2].name == "b");
    BOOST_TEST(bars[0].swing == 10.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(bars[1].swing == 8.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(bars[2].swing == 3.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(bars[1].at_low == 13.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(bars[1].at_high == 21.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(bars[0].elasticity == 10.0 / 15.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(bars[1].elasticity == 2.0 / 15.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(bars[2].elasticity == 3.0 / 15.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(elasticity_of_a_power_law_is_its_exponent) {
    // Radiated power P = e sigma A T^4: elasticity 4 to temperature, 1 to area
    // (Stefan-Boltzmann law), whatever the base point.
    struct radiator {
        aiecon::area area;
        aiecon::temperature temperature;
    };
    const auto radiated = [](const radiator& r) {
        const double t = r.temperature.in(u::K);
        return 0.9 * 5.670374419e-8 * u::W / (u::m * u::m) * r.area * (t * t * t * t);
    };
    const radiator base{.area = 10_m2, .temperature = 330_K};
    BOOST_TEST(un::elasticity(radiated, base, &radiator::temperature) == 4.0,
               boost::test_tools::tolerance(1e-7));
    BOOST_TEST(un::elasticity(radiated, base, &radiator::area) == 1.0,
               boost::test_tools::tolerance(1e-9));
    // A nested field, through a callable returning a reference.
    const auto area_field = [](radiator& r) -> aiecon::area& { return r.area; };
    BOOST_TEST(un::elasticity(radiated, base, area_field) == 1.0,
               boost::test_tools::tolerance(1e-9));
    BOOST_CHECK_EXCEPTION(un::elasticity(radiated, radiator{.area = 0_m2, .temperature = 330_K},
                                         &radiator::temperature),
                          aiecon::domain_error,
                          test::naming("uncertainty::elasticity", "output", "nonzero"));
}

BOOST_AUTO_TEST_CASE(break_even_finds_known_roots) {
    // y = a^2 - 2 (other inputs unused): root sqrt(2) in [0, 2].
    const auto square_minus_two = [](const linear_inputs& in) { return in.a * in.a - 2.0; };
    const linear_inputs base{.a = 0.0, .b = 0.0, .c = 0.0};
    BOOST_TEST(
        un::break_even(square_minus_two, base, &linear_inputs::a, 0.0, 2.0) == std::sqrt(2.0),
        boost::test_tools::tolerance(1e-11));
    // y = 2a + 3b + c = 20 at b = 1, c = 10: a = 3.5.
    BOOST_TEST(un::break_even(linear_model, linear_inputs{.a = 0.0, .b = 1.0, .c = 10.0},
                              &linear_inputs::a, 0.0, 10.0, 20.0) == 3.5,
               boost::test_tools::tolerance(1e-11));
    // A cost with units: an orbit kW-year of $5,000 + launch price x 20 kg
    // against a ground kW-year of $15,000 breaks even at $500/kg.
    struct orbit_case {
        aiecon::price_per_mass launch_price;
    };
    const auto gap = [](const orbit_case& o) {
        return 5'000_USD + o.launch_price * 20_kg - 15'000_USD;
    };
    BOOST_TEST(un::break_even(gap, orbit_case{}, &orbit_case::launch_price, 0_USD / 1_kg,
                              10'000_USD / 1_kg)
                       .in(u::USD / u::kg) == 500.0,
               boost::test_tools::tolerance(1e-9));
    // No root in the bracket: a clear error with the gap at both ends.
    BOOST_CHECK_EXCEPTION(
        un::break_even(gap, orbit_case{}, &orbit_case::launch_price, 0_USD / 1_kg, 100_USD / 1_kg),
        aiecon::domain_error,
        test::naming("uncertainty::break_even", "no break-even", "-$8k at high"));
    BOOST_CHECK_EXCEPTION(
        un::break_even(gap, orbit_case{}, &orbit_case::launch_price, 100_USD / 1_kg, 0_USD / 1_kg),
        aiecon::domain_error, test::naming("uncertainty::break_even", "high", "above low"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(uncertainty_sweep)

BOOST_AUTO_TEST_CASE(sweep_walks_the_cartesian_product_last_grid_fastest) {
    // P = power x share over {1, 2, 3} kW x {0.25, 0.5}: 6 points, in the
    // order of two nested loops.
    const auto points = un::sweep([](aiecon::power p, double share) { return p * share; },
                                  un::linear_grid(1_kW, 3_kW, 3), un::linear_grid(0.25, 0.5, 2));
    std::vector<double> results;
    std::vector<double> powers;
    for (const auto& point : points) {
        results.push_back(point.result.in(u::kW));
        powers.push_back(std::get<0>(point.inputs).in(u::kW));
    }
    BOOST_TEST(results == (std::vector<double>{0.25, 0.5, 0.5, 1.0, 0.75, 1.5}),
               boost::test_tools::per_element());
    BOOST_TEST(powers == (std::vector<double>{1, 1, 2, 2, 3, 3}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(grids_hit_their_ends_exactly) {
    // 0.1 to 0.7 in 7 points: 0.1, 0.2, ..., 0.7; the last exactly 0.7 (not
    // 0.1 + 6 x 0.1 = 0.7000000000000001).
    std::vector<double> linear;
    for (const double x : un::linear_grid(0.1, 0.7, 7)) linear.push_back(x);
    BOOST_TEST_REQUIRE(linear.size() == 7U);
    BOOST_TEST(linear.back() == 0.7);
    BOOST_TEST(linear[3] == 0.4, boost::test_tools::tolerance(1e-15));
    // 100 to 10,000 $/kg in 3 points, a decade apart: 100, 1000, 10,000.
    std::vector<double> prices;
    for (const auto p : un::geometric_grid(100_USD / 1_kg, 10'000_USD / 1_kg, 3)) {
        prices.push_back(p.in(u::USD / u::kg));
    }
    BOOST_TEST(prices[1] == 1000.0, boost::test_tools::tolerance(1e-13));
    BOOST_TEST(prices[2] == 10'000.0);
    BOOST_CHECK_EXCEPTION(un::linear_grid(0.0, 1.0, 1), aiecon::domain_error,
                          test::naming("uncertainty::linear_grid", "points", "[2, inf)"));
    BOOST_CHECK_EXCEPTION(un::linear_grid(2_kW, 1_kW, 3), aiecon::domain_error,
                          test::naming("uncertainty::linear_grid", "high = 1 kW", "at least low"));
    BOOST_CHECK_EXCEPTION(un::geometric_grid(0.0, 1.0, 3), aiecon::domain_error,
                          test::naming("uncertainty::geometric_grid", "low", "(0, inf)"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(uncertainty_preconditions)

// Each rejected case of the layer's functions not already shown above.
BOOST_AUTO_TEST_CASE(distributions_refuse_laws_whose_draws_leave_the_doubles) {
    const double infinity = std::numeric_limits<double>::infinity();
    // mean + 8.66 sd must be finite: 1e307 + 8.66 x 1e308 is not.
    BOOST_CHECK_EXCEPTION(un::normal(1e307, 1e308), aiecon::domain_error,
                          test::naming("uncertainty::normal", "sd", "finite"));
    BOOST_CHECK_EXCEPTION(un::normal(0.0, infinity), aiecon::domain_error,
                          test::naming("uncertainty::normal", "sd", "(-inf, inf)"));
    // ln(1e300) + 8.66 x 10 = 777.4 > 709.78: draws beyond the largest double.
    BOOST_CHECK_EXCEPTION(un::lognormal(1e300, 10.0), aiecon::domain_error,
                          test::naming("uncertainty::lognormal", "log_sd", "finite and positive"));
    BOOST_CHECK_EXCEPTION(un::lognormal(1.0, test::not_a_number), aiecon::domain_error,
                          test::naming("uncertainty::lognormal", "log_sd", "[0, inf)"));
    // A lognormal with median 1 and log_sd 40 has draws within the doubles
    // (8.66 x 40 = 346 < 709) but a mean e^800 beyond them.
    BOOST_CHECK_EXCEPTION(un::lognormal(1.0, 40.0).mean(), aiecon::domain_error,
                          test::naming("uncertainty::distribution::mean", "mean", "log_sd"));
    BOOST_CHECK_EXCEPTION(
        un::lognormal_from_percentiles(0.0, 1.0), aiecon::domain_error,
        test::naming("uncertainty::lognormal_from_percentiles", "p5", "(0, inf)"));
    BOOST_CHECK_EXCEPTION(un::pert(0.0, 1.0, infinity), aiecon::domain_error,
                          test::naming("uncertainty::pert", "high", "(-inf, inf)"));
    BOOST_CHECK_EXCEPTION(un::triangular(-1.5e308, 0.0, 1.5e308), aiecon::domain_error,
                          test::naming("uncertainty::triangular", "high", "finite distance"));
    // The means of laws at the edge of the doubles stay finite and inside.
    BOOST_TEST(un::triangular(1.7e308, 1.7e308, 1.7e308).mean() == 1.7e308);
    BOOST_TEST(un::uniform(-1.7e308, -1.7e308).mean() == -1.7e308);
}

BOOST_AUTO_TEST_CASE(summaries_refuse_what_they_cannot_summarise) {
    // Each value finite, their spread not: Welford's first step, 1.7e308 -
    // -1.7e308, overflows, and the running mean with it.
    BOOST_CHECK_EXCEPTION(un::summarise(std::vector<double>{-1.7e308, 1.7e308, 1.7e308}),
                          aiecon::domain_error,
                          test::naming("uncertainty::summarise", "mean", "largest double"));
    BOOST_CHECK_EXCEPTION(un::probability(std::vector<double>{}, [](double) { return true; }),
                          aiecon::domain_error,
                          test::naming("uncertainty::probability", "values", "at least one"));
    BOOST_CHECK_EXCEPTION(un::percentile(std::vector<double>{}, 0.5), aiecon::domain_error,
                          test::naming("uncertainty::percentile", "values", "at least one"));
    // The median of {-1.7e308, 1.7e308} is 0, though their difference overflows.
    BOOST_TEST(un::percentile(std::vector<double>{-1.7e308, 1.7e308}, 0.5) == 0.0);
}

BOOST_AUTO_TEST_CASE(sensitivity_and_break_even_refusals) {
    const linear_inputs base{.a = 1.0, .b = 1.0, .c = 10.0};
    BOOST_CHECK_EXCEPTION(un::input("a", &linear_inputs::a, test::not_a_number, 1.0),
                          aiecon::domain_error,
                          test::naming("uncertainty::input", "low", "(-inf, inf)"));
    BOOST_CHECK_EXCEPTION(un::elasticity(linear_model, base, &linear_inputs::a, 0.0),
                          aiecon::domain_error,
                          test::naming("uncertainty::elasticity", "relative_step", "(0, 1)"));
    BOOST_CHECK_EXCEPTION(
        un::elasticity(linear_model, linear_inputs{.a = 0.0, .b = 1.0, .c = 1.0},
                       &linear_inputs::a),
        aiecon::domain_error,
        test::naming("uncertainty::elasticity", "input at the base case", "nonzero"));
    // y = 1e300 a is 1.7976e308 at a = 1.7976e8, and overflows when a is
    // stepped up by 1e-4 (the largest double is 1.7977e308): no finite
    // elasticity there; and its swing over a in [-1e10, 1e10] overflows.
    const auto steep = [](const linear_inputs& in) { return 1e300 * in.a; };
    BOOST_CHECK_EXCEPTION(
        un::elasticity(steep, linear_inputs{.a = 1.7976e8, .b = 0, .c = 0}, &linear_inputs::a),
        aiecon::domain_error, test::naming("uncertainty::elasticity", "elasticity", "overflows"));
    BOOST_CHECK_EXCEPTION(un::tornado(steep, linear_inputs{.a = 1.0, .b = 0, .c = 0},
                                      un::input("a", &linear_inputs::a, -1e10, 1e10)),
                          aiecon::domain_error,
                          test::naming("uncertainty::tornado", "swing of a", "low and high"));
    BOOST_CHECK_EXCEPTION(
        un::break_even(linear_model, base, &linear_inputs::a, test::not_a_number, 1.0),
        aiecon::domain_error, test::naming("uncertainty::break_even", "low", "(-inf, inf)"));
    BOOST_CHECK_EXCEPTION(un::geometric_grid(1.0, 2.0, 0), aiecon::domain_error,
                          test::naming("uncertainty::geometric_grid", "points", "[2, inf)"));
}

BOOST_AUTO_TEST_SUITE_END()
