// aiecon::domain_error and the precondition checks: what is rejected, and
// that the message names the function, the parameter, the value with its
// unit and the allowed range.
#include <aiecon/units.hpp>
#include <aiecon/units/domain_error.hpp>

#include <boost/test/unit_test.hpp>
#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;

static_assert(std::is_base_of_v<std::domain_error, aiecon::domain_error>);

// A check that passes is usable in constant evaluation.
constexpr bool checked_at_compile_time() {
    aiecon::require_positive("f", "width", 3_mm);
    aiecon::require_fraction("f", "utilisation", 0.5);
    return true;
}
static_assert(checked_at_compile_time());

// The message of the domain_error that `check` throws, or "" if none.
template <class Check>
std::string message_of(Check check) {
    try {
        check();
    } catch (const aiecon::domain_error& error) {
        return error.what();
    }
    return "";
}

const double not_a_number = std::numeric_limits<double>::quiet_NaN();
const double infinity = std::numeric_limits<double>::infinity();
}  // namespace

BOOST_AUTO_TEST_SUITE(domain_errors)

BOOST_AUTO_TEST_CASE(message_names_function_parameter_value_and_range) {
    const std::string message =
        message_of([] { aiecon::require_positive("fab::gross_dies", "die.width", -3_mm); });
    BOOST_TEST(message ==
               "fab::gross_dies: die.width = -3 mm is outside the allowed range (0, inf)");
}

BOOST_AUTO_TEST_CASE(require_positive_rejects_zero_negative_nan_and_infinity) {
    for (double bad : {0.0, -1.0, not_a_number, infinity, -infinity}) {
        BOOST_TEST(!message_of([&] { aiecon::require_positive("f", "p", bad * u::W); }).empty());
        BOOST_TEST(!message_of([&] { aiecon::require_positive("f", "x", bad); }).empty());
    }
    BOOST_TEST(message_of([] { aiecon::require_positive("f", "p", 1e-300 * u::W); }).empty());
}

BOOST_AUTO_TEST_CASE(require_non_negative_accepts_zero) {
    BOOST_TEST(message_of([] { aiecon::require_non_negative("f", "cost", 0_USD); }).empty());
    BOOST_TEST(message_of([] { aiecon::require_non_negative("f", "cost", -1_USD); }) ==
               "f: cost = -$1 is outside the allowed range [0, inf)");
    BOOST_TEST(!message_of([] { aiecon::require_non_negative("f", "x", not_a_number); }).empty());
}

BOOST_AUTO_TEST_CASE(fractions) {
    BOOST_TEST(message_of([] { aiecon::require_fraction("f", "share", 0.0); }).empty());
    BOOST_TEST(message_of([] { aiecon::require_fraction("f", "share", 1.0); }).empty());
    BOOST_TEST(message_of([] { aiecon::require_fraction("f", "share", 1.5); }) ==
               "f: share = 1.5 is outside the allowed range [0, 1]");
    BOOST_TEST(!message_of([] { aiecon::require_fraction("f", "share", not_a_number); }).empty());
    BOOST_TEST(message_of([] { aiecon::require_positive_fraction("f", "yield", 0.0); }) ==
               "f: yield = 0 is outside the allowed range (0, 1]");
    BOOST_TEST(message_of([] { aiecon::require_positive_fraction("f", "yield", 1.0); }).empty());
}

BOOST_AUTO_TEST_CASE(ranges_with_units) {
    BOOST_TEST(message_of([] {
                   aiecon::require_in_range("thermal::radiator", "temperature", 200_K, 250_K,
                                            400_K);
               }) ==
               "thermal::radiator: temperature = 200 K is outside the allowed range "
               "[250 K, 400 K]");
    BOOST_TEST(message_of([] { aiecon::require_in_range("f", "t", 300_K, 250_K, 400_K); }).empty());
    BOOST_TEST(message_of([] { aiecon::require_finite("f", "npv", -5_USD); }).empty());
    BOOST_TEST(
        !message_of([] { aiecon::require_finite("f", "npv", not_a_number * u::USD); }).empty());
}

BOOST_AUTO_TEST_SUITE_END()
