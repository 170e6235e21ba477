// The fab layer's die yield: Poisson, Murphy, Seeds and negative binomial,
// and the parametric yield factor.
//
// References: each formula evaluated by hand (arithmetic in the comments,
// with A the die area and D the defect density), Hennessy & Patterson's
// worked yield examples, and the identities between the models (the
// negative binomial is Seeds at alpha = 1 and tends to Poisson as alpha
// grows; Stapper 1983).
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace fab = aiecon::fab;

using test::naming;
using test::not_a_number;

constexpr fab::yield_model poisson{.formula = fab::yield_formula::poisson};
constexpr fab::yield_model murphy{.formula = fab::yield_formula::murphy};
constexpr fab::yield_model seeds{.formula = fab::yield_formula::seeds};
constexpr fab::yield_model negative_binomial(double alpha) {
    return {.formula = fab::yield_formula::negative_binomial, .clustering = alpha};
}

// The H100 die: 814 mm2 (NVIDIA H100 whitepaper, 2022), at 0.1 defects/cm2
// (TSMC N5 at 0.10-0.11 /cm2, AnandTech, Aug 2020).
const aiecon::area h100_die = 814_mm2;
const aiecon::defect_density n5_defects = 0.1 / u::cm2;
}  // namespace

BOOST_AUTO_TEST_SUITE(fab_yield)

BOOST_AUTO_TEST_CASE(four_formulas_by_hand_for_an_h100_sized_die) {
    // A D = 8.14 cm2 x 0.1 /cm2 = 0.814 defects per die.
    //   Poisson  exp(-0.814)                                   = 0.443082
    //   Murphy   ((1 - 0.443082) / 0.814)^2 = 0.684174^2       = 0.468094
    //   Seeds    1 / 1.814                                     = 0.551268
    //   NB a=2   (1 + 0.814/2)^-2 = 1.407^-2 = 1 / 1.979649    = 0.505140
    //   NB a=3   (1 + 0.814/3)^-3 = 1.271333^-3 = 1 / 2.054841 = 0.486656
    using boost::test_tools::tolerance;
    BOOST_TEST(fab::die_yield(poisson, h100_die, n5_defects) == 0.443082, tolerance(1e-5));
    BOOST_TEST(fab::die_yield(murphy, h100_die, n5_defects) == 0.468094, tolerance(1e-5));
    BOOST_TEST(fab::die_yield(seeds, h100_die, n5_defects) == 0.551268, tolerance(1e-5));
    BOOST_TEST(fab::die_yield(negative_binomial(2.0), h100_die, n5_defects) == 0.505140,
               tolerance(1e-5));
    BOOST_TEST(fab::die_yield(negative_binomial(3.0), h100_die, n5_defects) == 0.486656,
               tolerance(1e-5));
    // The usual order (Cunningham, IEEE TSM 1990): Poisson is the most
    // pessimistic, Seeds the most optimistic, Murphy and the negative
    // binomial between.
    BOOST_TEST(fab::die_yield(poisson, h100_die, n5_defects) <
               fab::die_yield(murphy, h100_die, n5_defects));
    BOOST_TEST(fab::die_yield(murphy, h100_die, n5_defects) <
               fab::die_yield(negative_binomial(2.0), h100_die, n5_defects));
    BOOST_TEST(fab::die_yield(negative_binomial(2.0), h100_die, n5_defects) <
               fab::die_yield(seeds, h100_die, n5_defects));
}

BOOST_AUTO_TEST_CASE(hennessy_and_patterson_negative_binomial_examples) {
    // Hennessy & Patterson, 4th ed., ch. 1 example: die yield =
    // (1 + D A / alpha)^-alpha with D = 0.4 /cm2, alpha = 4:
    //   1.5 cm die, A = 2.25 cm2: (1 + 0.225)^-4 = 1 / 2.251875 = 0.444, "0.44"
    //   1.0 cm die, A = 1.00 cm2: (1 + 0.1)^-4   = 1 / 1.4641   = 0.683, "0.68"
    const fab::yield_model hp4 = negative_binomial(4.0);
    BOOST_TEST(fab::die_yield(hp4, 2.25_cm2, 0.4 / u::cm2) == 0.444074,
               boost::test_tools::tolerance(1e-5));
    BOOST_TEST(fab::die_yield(hp4, 1_cm2, 0.4 / u::cm2) == 0.683013,
               boost::test_tools::tolerance(1e-5));
    // 5th ed. writes it as (1 + D A)^-N with D = 0.031 /cm2 and a process
    // complexity factor N = 13.5: the negative binomial with alpha = N and
    // a density of N D (so that A (N D) / N = A D).
    //   1.5 cm: 1.06975^-13.5 = exp(-13.5 x 0.0674250) = 0.4024, "0.40"
    //   1.0 cm: 1.031^-13.5                            = 0.6622, "0.66"
    const fab::yield_model hp5 = negative_binomial(13.5);
    const aiecon::defect_density scaled = 13.5 * 0.031 / u::cm2;
    BOOST_TEST(fab::die_yield(hp5, 2.25_cm2, scaled) == 0.402429,
               boost::test_tools::tolerance(1e-5));
    BOOST_TEST(fab::die_yield(hp5, 1_cm2, scaled) == 0.662229, boost::test_tools::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(negative_binomial_limits) {
    // alpha = 1: (1 + A D)^-1, which is Seeds: 1 / 1.814 = 0.551268.
    BOOST_TEST(fab::die_yield(negative_binomial(1.0), h100_die, n5_defects) == 0.551268,
               boost::test_tools::tolerance(1e-5));
    // alpha -> infinity: Poisson. ln Y = -alpha ln(1 + x/alpha)
    //   = -x + x^2 / (2 alpha) - ..., so at alpha = 1e6 the yield is
    //   exp(-0.814) x (1 + 0.814^2 / 2e6) = 0.443082 x (1 + 3.3e-7).
    const double near_poisson = fab::die_yield(negative_binomial(1e6), h100_die, n5_defects);
    BOOST_TEST(near_poisson == std::exp(-0.814), boost::test_tools::tolerance(1e-6));
    BOOST_TEST(near_poisson > std::exp(-0.814));
}

BOOST_AUTO_TEST_CASE(no_defects_yield_one) {
    // D = 0: every formula gives 1 (Murphy by its limit (1 - e^-x)/x -> 1).
    const aiecon::defect_density none = 0.0 / u::cm2;
    for (const fab::yield_model& m : {poisson, murphy, seeds, negative_binomial(2.0)}) {
        BOOST_TEST(fab::die_yield(m, h100_die, none) == 1.0);
    }
}

BOOST_AUTO_TEST_CASE(murphy_keeps_precision_for_tiny_defect_counts) {
    // x = A D = 1 mm2 x 1e-8 /mm2 = 1e-8. (1 - e^-x)/x = 1 - x/2 + x^2/6 - ...,
    // squared: 1 - x + 7x^2/12 - ..., so Y = 1 - 1e-8 to within 1e-16.
    // (A naive 1 - exp(-x) loses about half the digits here.)
    const double y = fab::die_yield(murphy, 1_mm2, 1e-8 / u::mm2);
    BOOST_TEST(1.0 - y == 1e-8, boost::test_tools::tolerance(1e-7));
}

BOOST_AUTO_TEST_CASE(defect_density_units_at_the_edge) {
    // 0.1 /cm2 = 0.001 /mm2 = 1000 /m2: the same yield, exp(-0.814).
    const double per_cm2 = fab::die_yield(poisson, h100_die, 0.1 / u::cm2);
    const double per_mm2 = fab::die_yield(poisson, 8.14_cm2, 0.001 / u::mm2);
    const double per_m2 = fab::die_yield(poisson, 0.000814_m2, 1000.0 / u::m2);
    BOOST_TEST(per_cm2 == 0.443082, boost::test_tools::tolerance(1e-5));
    BOOST_TEST(per_mm2 == 0.443082, boost::test_tools::tolerance(1e-5));
    BOOST_TEST(per_m2 == 0.443082, boost::test_tools::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(parametric_yield_multiplies_every_formula) {
    // 90 % of defect-free dies meet their speed/power bin:
    //   Poisson 0.443082 x 0.9 = 0.398774
    //   Murphy  0.468094 x 0.9 = 0.421285
    //   Seeds   0.551268 x 0.9 = 0.496141
    //   NB a=2  0.505140 x 0.9 = 0.454626
    struct case_t {
        fab::yield_model model;
        double expected;
    };
    const case_t cases[] = {{poisson, 0.398774},
                            {murphy, 0.421285},
                            {seeds, 0.496141},
                            {negative_binomial(2.0), 0.454626}};
    for (case_t c : cases) {
        c.model.parametric_yield = 0.9;
        BOOST_TEST(fab::die_yield(c.model, h100_die, n5_defects) == c.expected,
                   boost::test_tools::tolerance(1e-5));
    }
    // Without defects, the yield is the parametric factor alone.
    fab::yield_model binned = poisson;
    binned.parametric_yield = 0.85;
    BOOST_TEST(fab::die_yield(binned, h100_die, 0.0 / u::cm2) == 0.85);
}

BOOST_AUTO_TEST_CASE(bad_yield_input_throws_domain_error_naming_parameter_and_unit) {
    const char* f = "fab::die_yield";
    // Clustering parameter zero for the negative binomial; negative or NaN
    // for any formula.
    BOOST_CHECK_EXCEPTION(fab::die_yield(negative_binomial(0.0), h100_die, n5_defects),
                          aiecon::domain_error, naming(f, "model.clustering", "(0, inf)"));
    for (double alpha : {-2.0, not_a_number}) {
        BOOST_CHECK_EXCEPTION(fab::die_yield(negative_binomial(alpha), h100_die, n5_defects),
                              aiecon::domain_error, naming(f, "model.clustering", "[0, inf)"));
    }
    // The other formulas ignore it.
    BOOST_CHECK_NO_THROW(fab::die_yield(poisson, h100_die, n5_defects));

    // Parametric yield outside (0, 1], or NaN.
    for (double p : {0.0, -0.1, 1.01, not_a_number}) {
        fab::yield_model m = murphy;
        m.parametric_yield = p;
        BOOST_CHECK_EXCEPTION(fab::die_yield(m, h100_die, n5_defects), aiecon::domain_error,
                              naming(f, "model.parametric_yield", "(0, 1]"));
    }
    fab::yield_model full = murphy;
    full.parametric_yield = 1.0;
    BOOST_CHECK_NO_THROW(fab::die_yield(full, h100_die, n5_defects));

    // Area zero, negative, NaN (printed in mm2 or m2, the readable unit).
    BOOST_CHECK_EXCEPTION(fab::die_yield(seeds, -814_mm2, n5_defects), aiecon::domain_error,
                          naming(f, "die_area", "= -814 mm2"));
    BOOST_CHECK_EXCEPTION(fab::die_yield(seeds, 0_mm2, n5_defects), aiecon::domain_error,
                          naming(f, "die_area", "m2"));
    BOOST_CHECK_EXCEPTION(fab::die_yield(seeds, not_a_number * u::mm2, n5_defects),
                          aiecon::domain_error, naming(f, "die_area", "m2"));
    // Defect density negative or NaN, in /cm2.
    BOOST_CHECK_EXCEPTION(fab::die_yield(poisson, h100_die, -0.1 / u::cm2), aiecon::domain_error,
                          naming(f, "defect_density", "= -0.1 /cm2"));
    BOOST_CHECK_EXCEPTION(fab::die_yield(poisson, h100_die, not_a_number / u::cm2),
                          aiecon::domain_error, naming(f, "defect_density", "/cm2"));
}

BOOST_AUTO_TEST_SUITE_END()
