// Printing: the unit operator<< picks for each dimension, the stream's own
// number formatting, and to_string with a unit the caller names. Every
// expected string is the value converted by hand into the display unit.
#include <aiecon/units.hpp>
#include <aiecon/units/printing.hpp>

#include <boost/test/unit_test.hpp>
#include <iomanip>
#include <limits>
#include <sstream>
#include <string>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;

template <class Q>
std::string printed(Q q) {
    std::ostringstream os;
    os << q;
    return os.str();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(printing)

BOOST_AUTO_TEST_CASE(examples_of_the_foundation_issue) {
    BOOST_TEST(printed(1.5_GW) == "1.5 GW");
    BOOST_TEST(printed(700_W * 24_h) == "16.8 kWh");  // 700 W x 24 h = 16 800 Wh
    BOOST_TEST(printed(700_W / 20_kg) == "35 W/kg");
}

BOOST_AUTO_TEST_CASE(si_prefix_follows_magnitude) {
    BOOST_TEST(printed(0.5_W) == "500 mW");
    BOOST_TEST(printed(999_W) == "999 W");
    BOOST_TEST(printed(1000_W) == "1 kW");
    BOOST_TEST(printed(40.8_kW) == "40.8 kW");
    BOOST_TEST(printed(250_MW) == "250 MW");
    BOOST_TEST(printed(2_TW) == "2 TW");
    BOOST_TEST(printed(-3_MW) == "-3 MW");      // the sign does not change the prefix
    BOOST_TEST(printed(5000_TW) == "5000 TW");  // beyond the largest prefix
}

BOOST_AUTO_TEST_CASE(a_value_that_rounds_up_moves_to_the_next_unit) {
    // At the default six significant digits 999.9999 W prints as 1000 W, so
    // it is written as 1 kW; 999.999 W still fits in six digits.
    BOOST_TEST(printed(999.9999_W) == "1 kW");
    BOOST_TEST(printed(999.999_W) == "999.999 W");
    BOOST_TEST(printed(-999.9999_kUSD) == "-$1M");
    // 59.999999 min rounds to 60 min: 1 h.
    BOOST_TEST(printed(59.999999_min) == "1 h");
    std::ostringstream os;
    os << std::setprecision(2) << 996_W;  // 996 W at two digits is 1e3 W
    BOOST_TEST(os.str() == "1 kW");
    std::ostringstream fixed;
    fixed << std::fixed << std::setprecision(1) << 999.96_W;  // fixed: no rounding rule
    BOOST_TEST(fixed.str() == "1000.0 W");
}

BOOST_AUTO_TEST_CASE(each_named_dimension_has_a_readable_unit) {
    BOOST_TEST(printed(26_mm) == "26 mm");
    BOOST_TEST(printed(3_nm) == "3 nm");
    BOOST_TEST(printed(550_km) == "550 km");
    BOOST_TEST(printed(858_mm2) == "858 mm2");
    BOOST_TEST(printed(2_m2) == "2 m2");
    BOOST_TEST(printed(0.5_kg) == "500 g");
    BOOST_TEST(printed(20_kg) == "20 kg");
    BOOST_TEST(printed(1500_kg) == "1.5 t");
    BOOST_TEST(printed(90_s) == "1.5 min");
    BOOST_TEST(printed(36_h) == "1.5 day");
    BOOST_TEST(printed(730.5_day) == "2 yr");       // 2 Julian years of 365.25 d
    BOOST_TEST(printed(91.3125_day) == "3 month");  // a month is 365.25 / 12 = 30.4375 d
    BOOST_TEST(printed(20'000_wafers / aiecon::units::month) == "20000 wafer/month");
    BOOST_TEST(printed(6.0 / aiecon::units::month) == "6 /month");
    BOOST_TEST(printed(300_K) == "300 K");
    BOOST_TEST(printed(80_GB) == "80 GB");
    BOOST_TEST(printed(3.35_TB / 1_s) == "3.35 TB/s");
    BOOST_TEST(printed(3.14e23_FLOP) == "3.14e+23 FLOP");
    BOOST_TEST(printed(989_TFLOP / 1_s) == "989 TFLOP/s");
    BOOST_TEST(printed(15_Ttokens) == "15 Ttoken");
    BOOST_TEST(printed(2500_tokens / 1_s) == "2.5 ktoken/s");
    BOOST_TEST(printed(0.4_J / 1_tokens) == "400 mJ/token");
    BOOST_TEST(printed(60_dies / 1_wafers) == "60 die/wafer");
    BOOST_TEST(printed(8_devices) == "8 device");
    BOOST_TEST(printed(1361_W / 1_m2) == "1.361 kW/m2");
    BOOST_TEST(printed(2.5_kg / 1_m2) == "2.5 kg/m2");
    BOOST_TEST(printed(1200_tCO2e) == "1.2 ktCO2e");
    BOOST_TEST(printed(1.3_MW / 1_MW) == "1.3");
    BOOST_TEST(printed(0.1 / u::cm2) == "0.1 /cm2");  // a defect density
    // 2 failures a year.
    BOOST_TEST(printed(2.0 / 1_yr) == "2 /yr");
}

BOOST_AUTO_TEST_CASE(energy_below_a_kilowatt_hour_is_in_joules) {
    BOOST_TEST(printed(1_J) == "1 J");
    BOOST_TEST(printed(2_kJ) == "2 kJ");
    BOOST_TEST(printed(1_Wh) == "3.6 kJ");       // 1 Wh = 3600 J
    BOOST_TEST(printed(999_Wh) == "3596.4 kJ");  // 999 x 3.6 kJ
    BOOST_TEST(printed(1000_Wh) == "1 kWh");
    BOOST_TEST(printed(1.2_GWh) == "1.2 GWh");
}

BOOST_AUTO_TEST_CASE(money_is_written_with_a_dollar_sign) {
    BOOST_TEST(printed(1.344_USD) == "$1.344");
    BOOST_TEST(printed(17'000_USD) == "$17k");
    BOOST_TEST(printed(2.5_MUSD) == "$2.5M");
    BOOST_TEST(printed(25_BUSD) == "$25B");
    BOOST_TEST(printed(-3.5_MUSD) == "-$3.5M");
    BOOST_TEST(printed(2.0_USD / 1'000'000_tokens) == "$2/Mtoken");
    BOOST_TEST(printed(0.08_USD / u::kWh) == "$0.08/kWh");  // 8 cents per kWh
    BOOST_TEST(printed(10_MUSD / 1_MW) == "$10/W");
    BOOST_TEST(printed(2_kUSD / 1_kg) == "$2000/kg");
    BOOST_TEST(printed(2.5_USD / (1_devices * 1_h)) == "$2.5/(device*h)");
    BOOST_TEST(printed(17'000_USD / 1_wafers) == "$17000/wafer");
}

BOOST_AUTO_TEST_CASE(a_value_too_large_for_its_display_unit_is_written_in_base_units) {
    // 1e303 USD/token is 1e309 USD/Mtoken, past the largest double (1.8e308):
    // written as 1e+303 USD/token, not $inf/Mtoken.
    BOOST_TEST(printed(1e303_USD / 1_tokens) == "1e+303 USD/token");
}

BOOST_AUTO_TEST_CASE(zero_and_non_finite_use_the_base_display_unit) {
    BOOST_TEST(printed(0_W) == "0 W");
    BOOST_TEST(printed(0_USD) == "$0");
    BOOST_TEST(printed(0_kg) == "0 kg");
    BOOST_TEST(printed(std::numeric_limits<double>::infinity() * u::W) == "inf W");
}

BOOST_AUTO_TEST_CASE(other_dimensions_are_written_in_base_units) {
    // 1 W/kg over 1 s is m2 s-4: no display unit, so base symbols.
    BOOST_TEST(printed(1_W / 1_kg / 1_s) == "1 m^2/s^4");
    BOOST_TEST(printed(3_m / (1_s * 1_K)) == "3 m/(s*K)");
    BOOST_TEST(printed(2_kg * 1_m) == "2 m*kg");
    BOOST_TEST(printed(1.0 / (1_m * 1_K)) == "1 /(m*K)");
}

BOOST_AUTO_TEST_CASE(the_stream_formats_the_number) {
    std::ostringstream os;
    os << std::setprecision(3) << (1_GW / 3.0);  // 333.333... MW
    BOOST_TEST(os.str() == "333 MW");
}

BOOST_AUTO_TEST_CASE(width_alignment_and_sign_apply_to_the_whole_quantity) {
    std::ostringstream right;
    right << std::setw(10) << 1.5_GW << '|';  // "1.5 GW" is 6 characters: 4 of padding
    BOOST_TEST(right.str() == "    1.5 GW|");
    std::ostringstream left;
    left << std::left << std::setw(8) << 1.5_MUSD << '|';  // "$1.5M": 3 of padding
    BOOST_TEST(left.str() == "$1.5M   |");
    std::ostringstream plus;
    plus << std::showpos << 1.5_MUSD << ' ' << -2_W << ' ' << 3_kg;
    BOOST_TEST(plus.str() == "+$1.5M -2 W +3 kg");
}

BOOST_AUTO_TEST_CASE(negative_zero_and_nan_carry_no_minus_sign) {
    BOOST_TEST(printed(-(0_USD)) == "$0");
    BOOST_TEST(printed(-(0_W)) == "0 W");
    const double not_a_number = std::numeric_limits<double>::quiet_NaN();
    BOOST_TEST(printed(-not_a_number * u::USD) == "$nan");
    BOOST_TEST(printed(-not_a_number * u::W) == "nan W");
    BOOST_TEST(printed(-std::numeric_limits<double>::infinity() * u::USD) == "-$inf");
}

BOOST_AUTO_TEST_CASE(to_string_in_a_named_unit) {
    BOOST_TEST(aiecon::to_string(1.5_GW) == "1.5 GW");
    BOOST_TEST(aiecon::to_string(1.5_GW, u::MW) == "1500 MW");
    BOOST_TEST(aiecon::to_string(16.8_kWh, u::MJ) == "60.48 MJ");  // 16.8 x 3.6
    BOOST_TEST(aiecon::to_string(1.344_USD, u::USD) == "1.344 USD");
    BOOST_TEST(aiecon::to_string(35_W / 1_kg, u::kW / u::kg) == "0.035 kW/kg");
}

BOOST_AUTO_TEST_SUITE_END()
