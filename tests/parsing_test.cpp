// Parsing: aiecon::parse<Q>(text) reads every unit of the catalogue, the
// forms printing writes (money with a dollar sign, prices, rates, base-unit
// symbols) and products, quotients and powers of units; every display unit
// round-trips through operator<<; malformed text and text of another
// dimension throw parse_error with a message naming both. Expected values
// are worked out by hand in base units (W, J, kg, m, s, USD, ...).
#include <aiecon/units.hpp>
#include <aiecon/units/parsing.hpp>
#include <aiecon/units/printing.hpp>

#include <boost/test/unit_test.hpp>
#include <iomanip>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace utf = boost::unit_test;

// The value parse<Q> reads from text, in the base unit of Q's dimension.
template <class Q>
double base(std::string_view text) {
    return aiecon::parse<Q>(text).base_units();
}

// Hand-computed values and the parser round at different steps (the parser
// after each unit, as code does: "1.5 kWh/cm2" is 1.5 * 3.6e6 / 1e-4), so
// they may differ in the last bit or two.
const auto within_rounding = utf::tolerance(1e-14);

// parse<Q>(text) throws parse_error whose message quotes the text and names
// the dimension expected, e.g. "power (m^2*kg/s^3)".
template <class Q>
void check_rejected(std::string_view text, std::string_view expected_dimension) {
    BOOST_TEST_CONTEXT("text \"" << text << "\"") {
        try {
            (void)aiecon::parse<Q>(text);
            BOOST_ERROR("parse did not throw");
        } catch (const aiecon::parse_error& error) {
            const std::string message = error.what();
            BOOST_TEST_MESSAGE(message);
            BOOST_TEST(message.find('"' + std::string{text} + '"') != std::string::npos);
            BOOST_TEST(message.find(expected_dimension) != std::string::npos);
        }
    }
}

// Prints a value on each rung of D's display ladder and parses it back: it
// prints as the same text, with that rung's symbol, and has the same value
// but for rounding. (Not always to the bit: "1.5 /h" reads as 1.5 / 3600,
// as code writes it, while q here is 1.5 times the rung's factor 1 / 3600;
// exact equality with values written in code is checked below.)
template <class D>
void check_round_trip_of_every_rung() {
    using Q = aiecon::quantity<D>;
    constexpr const auto& ladder = aiecon::display_units<D>::ladder;
    static_assert(!ladder.empty(), "the generic base-unit form is checked on its own");
    for (const aiecon::display_unit& rung : ladder) {
        // Each of these stays within its rung on every ladder (the smallest
        // step up is 3.6, from kJ to Wh).
        for (const double number : {1.0, 1.5, -2.5, 3.25}) {
            const Q q = Q::from_base_units(number * rung.factor);
            const std::string text = aiecon::to_string(q);
            const std::string_view symbol = rung.symbol.view();
            BOOST_TEST_CONTEXT("printed \"" << text << "\"") {
                BOOST_TEST(text.ends_with(symbol));
                if (!rung.dollar_sign && !symbol.empty()) {
                    BOOST_TEST(text.ends_with(' ' + std::string{symbol}));
                }
                const Q parsed = aiecon::parse<Q>(text);
                BOOST_TEST(aiecon::to_string(parsed) == text);
                BOOST_TEST(parsed.base_units() == q.base_units(),
                           boost::test_tools::tolerance(1e-15));
            }
        }
    }
}

template <class... D>
void check_round_trip_of_every_ladder() {
    (check_round_trip_of_every_rung<D>(), ...);
}

// A quantity printed with 17 significant digits parses back within an ulp
// or two: the printed number is value / factor, read back times factor.
template <class Q>
void check_full_precision_round_trip(Q q) {
    std::ostringstream os;
    os << std::setprecision(17) << q;
    BOOST_TEST_CONTEXT("printed \"" << os.str() << "\"") {
        BOOST_TEST(aiecon::parse<Q>(os.str()).base_units() == q.base_units(),
                   boost::test_tools::tolerance(1e-15));
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(parsing)

BOOST_AUTO_TEST_CASE(examples_of_the_issue, *within_rounding) {
    BOOST_TEST(base<aiecon::power>("1.5 GW") == 1.5e9);
    BOOST_TEST(base<aiecon::energy>("16.8 kWh") == 60'480'000.0);  // 16.8 x 3.6e6 J
    BOOST_TEST(base<aiecon::specific_power>("35 W/kg") == 35.0);
    BOOST_TEST(base<aiecon::price_per_token>("$2/Mtoken") == 2e-6);
    BOOST_TEST(base<aiecon::money>("$17k") == 17'000.0);
    BOOST_TEST(base<aiecon::price_per_energy>("$0.08/kWh") == 0.08 / 3.6e6);
    BOOST_TEST(base<aiecon::flop_rate>("989 TFLOP/s") == 9.89e14);
    BOOST_TEST(base<aiecon::dies_per_wafer>("60 die/wafer") == 60.0);
    BOOST_TEST(base<aiecon::defect_density>("0.1 /cm2") == 1000.0);  // 0.1 per 1e-4 m2
    BOOST_TEST(double(aiecon::parse<aiecon::dimensionless>("1.3")) == 1.3);
}

BOOST_AUTO_TEST_CASE(the_result_has_the_requested_type) {
    static_assert(std::is_same_v<decltype(aiecon::parse<aiecon::power>("")), aiecon::power>);
    static_assert(std::is_base_of_v<std::invalid_argument, aiecon::parse_error>);
    BOOST_TEST((aiecon::parse<aiecon::power>("1.5 GW") == 1.5_GW));
}

BOOST_AUTO_TEST_CASE(space_between_number_and_unit_is_optional, *within_rounding) {
    BOOST_TEST(base<aiecon::power>("1.5GW") == 1.5e9);
    BOOST_TEST(base<aiecon::power>("1.5   GW") == 1.5e9);
    BOOST_TEST(base<aiecon::power>("1.5\tGW") == 1.5e9);
    BOOST_TEST(base<aiecon::energy>("16.8kWh") == 60'480'000.0);
    BOOST_TEST(base<aiecon::defect_density>("0.1/cm2") == 1000.0);
    BOOST_TEST(base<aiecon::defect_density>("0.1 /cm2") == 1000.0);
    // A stream's field width pads the text; the padding is not an error.
    BOOST_TEST(base<aiecon::power>("    1.5 GW") == 1.5e9);
    BOOST_TEST(base<aiecon::power>("1.5 GW   ") == 1.5e9);
    // Spaces around the operators of a unit.
    BOOST_TEST(base<aiecon::specific_power>("35 W / kg") == 35.0);
    BOOST_TEST(base<aiecon::energy>("2 kW * h") == 7.2e6);
}

BOOST_AUTO_TEST_CASE(every_catalogue_unit_length_area_volume_mass, *within_rounding) {
    BOOST_TEST(base<aiecon::length>("3 nm") == 3e-9);
    BOOST_TEST(base<aiecon::length>("3 um") == 3e-6);
    BOOST_TEST(base<aiecon::length>("26 mm") == 0.026);
    BOOST_TEST(base<aiecon::length>("2.5 cm") == 0.025);
    BOOST_TEST(base<aiecon::length>("7 m") == 7.0);
    BOOST_TEST(base<aiecon::length>("550 km") == 550'000.0);
    BOOST_TEST(base<aiecon::area>("858 mm2") == 858e-6);
    BOOST_TEST(base<aiecon::area>("2 cm2") == 2e-4);
    BOOST_TEST(base<aiecon::area>("2 m2") == 2.0);
    BOOST_TEST(base<aiecon::area>("3 km2") == 3e6);
    BOOST_TEST(base<aiecon::volume>("5 L") == 5e-3);
    BOOST_TEST(base<aiecon::volume>("5 m3") == 5.0);
    BOOST_TEST(base<aiecon::mass>("4 mg") == 4e-6);
    BOOST_TEST(base<aiecon::mass>("500 g") == 0.5);
    BOOST_TEST(base<aiecon::mass>("20 kg") == 20.0);
    BOOST_TEST(base<aiecon::mass>("1.5 t") == 1500.0);
    BOOST_TEST(base<aiecon::mass>("2 kt") == 2e6);
}

BOOST_AUTO_TEST_CASE(every_catalogue_unit_time_and_temperature, *within_rounding) {
    BOOST_TEST(base<aiecon::duration>("5 ns") == 5e-9);
    BOOST_TEST(base<aiecon::duration>("5 us") == 5e-6);
    BOOST_TEST(base<aiecon::duration>("5 ms") == 5e-3);
    BOOST_TEST(base<aiecon::duration>("5 s") == 5.0);
    BOOST_TEST(base<aiecon::duration>("1.5 min") == 90.0);
    BOOST_TEST(base<aiecon::duration>("2 h") == 7200.0);
    BOOST_TEST(base<aiecon::duration>("1.5 day") == 129'600.0);  // 36 h
    // Spelled out: 3 days = 259,200 s; 18 months = 1.5 Julian years =
    // 47,336,400 s; 5 years = 157,788,000 s; 2 hours = 7200 s.
    BOOST_TEST(base<aiecon::duration>("3 days") == 259'200.0);
    BOOST_TEST(base<aiecon::duration>("18 months") == 47'336'400.0);
    BOOST_TEST(base<aiecon::duration>("5 years") == 157'788'000.0);
    BOOST_TEST(base<aiecon::duration>("1 year") == 31'557'600.0);
    BOOST_TEST(base<aiecon::duration>("2 hours") == 7200.0);
    BOOST_TEST(base<aiecon::duration>("2 month") == 5'259'600.0);  // a sixth of 31 557 600 s
    BOOST_TEST(base<aiecon::duration>("2 yr") == 63'115'200.0);    // 2 x 365.25 x 86 400 s
    BOOST_TEST(base<aiecon::temperature>("300 K") == 300.0);
}

BOOST_AUTO_TEST_CASE(every_catalogue_unit_power_and_energy, *within_rounding) {
    BOOST_TEST(base<aiecon::power>("500 mW") == 0.5);
    BOOST_TEST(base<aiecon::power>("700 W") == 700.0);
    BOOST_TEST(base<aiecon::power>("40.8 kW") == 40'800.0);
    BOOST_TEST(base<aiecon::power>("250 MW") == 2.5e8);
    BOOST_TEST(base<aiecon::power>("2 TW") == 2e12);
    BOOST_TEST(base<aiecon::energy>("400 mJ") == 0.4);
    BOOST_TEST(base<aiecon::energy>("1 J") == 1.0);
    BOOST_TEST(base<aiecon::energy>("2 kJ") == 2000.0);
    BOOST_TEST(base<aiecon::energy>("3 MJ") == 3e6);
    BOOST_TEST(base<aiecon::energy>("4 GJ") == 4e9);
    BOOST_TEST(base<aiecon::energy>("1 Wh") == 3600.0);
    BOOST_TEST(base<aiecon::energy>("2 MWh") == 7.2e9);
    BOOST_TEST(base<aiecon::energy>("1.2 GWh") == 4.32e12);
    BOOST_TEST(base<aiecon::energy>("3 TWh") == 1.08e16);
}

BOOST_AUTO_TEST_CASE(every_catalogue_unit_money_and_information, *within_rounding) {
    BOOST_TEST(base<aiecon::money>("17000 USD") == 17'000.0);
    BOOST_TEST(base<aiecon::money>("17 kUSD") == 17'000.0);
    BOOST_TEST(base<aiecon::money>("2.5 MUSD") == 2.5e6);
    BOOST_TEST(base<aiecon::money>("25 BUSD") == 2.5e10);
    BOOST_TEST(base<aiecon::money>("1.2 TUSD") == 1.2e12);
    BOOST_TEST(base<aiecon::information>("64 B") == 64.0);
    BOOST_TEST(base<aiecon::information>("4 kB") == 4000.0);
    BOOST_TEST(base<aiecon::information>("4 MB") == 4e6);
    BOOST_TEST(base<aiecon::information>("80 GB") == 8e10);
    BOOST_TEST(base<aiecon::information>("3 TB") == 3e12);
    BOOST_TEST(base<aiecon::information>("2 PB") == 2e15);
    BOOST_TEST(base<aiecon::information>("4 KiB") == 4096.0);
    BOOST_TEST(base<aiecon::information>("1 MiB") == 1'048'576.0);
    BOOST_TEST(base<aiecon::information>("80 GiB") == 85'899'345'920.0);  // 80 x 2^30
    BOOST_TEST(base<aiecon::information>("1 TiB") == 1'099'511'627'776.0);
}

BOOST_AUTO_TEST_CASE(every_catalogue_unit_compute_tokens_silicon_emissions, *within_rounding) {
    BOOST_TEST(base<aiecon::flop_count>("6 FLOP") == 6.0);
    BOOST_TEST(base<aiecon::flop_count>("6 GFLOP") == 6e9);
    BOOST_TEST(base<aiecon::flop_count>("6 TFLOP") == 6e12);
    BOOST_TEST(base<aiecon::flop_count>("6 PFLOP") == 6e15);
    BOOST_TEST(base<aiecon::flop_count>("6 EFLOP") == 6e18);
    BOOST_TEST(base<aiecon::flop_count>("314 ZFLOP") == 3.14e23);
    BOOST_TEST(base<aiecon::token_count>("1 token") == 1.0);
    BOOST_TEST(base<aiecon::token_count>("2 ktoken") == 2e3);
    BOOST_TEST(base<aiecon::token_count>("2 Mtoken") == 2e6);
    BOOST_TEST(base<aiecon::token_count>("2 Btoken") == 2e9);
    BOOST_TEST(base<aiecon::token_count>("15 Ttoken") == 1.5e13);
    BOOST_TEST(base<aiecon::wafer_count>("1 wafer") == 1.0);
    BOOST_TEST(base<aiecon::die_count>("1 die") == 1.0);
    BOOST_TEST(base<aiecon::device_count>("8 device") == 8.0);
    BOOST_TEST(base<aiecon::emissions>("500 gCO2e") == 0.5);
    BOOST_TEST(base<aiecon::emissions>("3 kgCO2e") == 3.0);
    BOOST_TEST(base<aiecon::emissions>("3 tCO2e") == 3e3);
    BOOST_TEST(base<aiecon::emissions>("1.2 ktCO2e") == 1.2e6);
    BOOST_TEST(base<aiecon::emissions>("2 MtCO2e") == 2e9);
}

BOOST_AUTO_TEST_CASE(plurals_of_counted_things, *within_rounding) {
    BOOST_TEST(base<aiecon::token_count>("5 tokens") == 5.0);
    BOOST_TEST(base<aiecon::token_count>("5 ktokens") == 5e3);
    BOOST_TEST(base<aiecon::token_count>("5 Mtokens") == 5e6);
    BOOST_TEST(base<aiecon::token_count>("5 Btokens") == 5e9);
    BOOST_TEST(base<aiecon::token_count>("5 Ttokens") == 5e12);
    BOOST_TEST(base<aiecon::wafer_count>("3 wafers") == 3.0);
    BOOST_TEST(base<aiecon::die_count>("60 dies") == 60.0);
    BOOST_TEST(base<aiecon::device_count>("8 devices") == 8.0);
    BOOST_TEST(base<aiecon::dies_per_wafer>("60 dies/wafer") == 60.0);
    BOOST_TEST(base<aiecon::token_rate>("2500 tokens/s") == 2500.0);
}

BOOST_AUTO_TEST_CASE(money_with_a_dollar_sign, *within_rounding) {
    BOOST_TEST(base<aiecon::money>("$17000") == 17'000.0);
    BOOST_TEST(base<aiecon::money>("$1.344") == 1.344);
    BOOST_TEST(base<aiecon::money>("$17k") == 17'000.0);
    BOOST_TEST(base<aiecon::money>("$1.5M") == 1.5e6);
    BOOST_TEST(base<aiecon::money>("$2B") == 2e9);
    BOOST_TEST(base<aiecon::money>("$3T") == 3e12);
    BOOST_TEST(base<aiecon::money>("-$3.5M") == -3.5e6);
    BOOST_TEST(base<aiecon::money>("+$1.5M") == 1.5e6);  // std::showpos
    BOOST_TEST(base<aiecon::money>("$0") == 0.0);
}

BOOST_AUTO_TEST_CASE(prices_and_other_quotients, *within_rounding) {
    BOOST_TEST(base<aiecon::price_per_energy>("$0.08/kWh") == 0.08 / 3.6e6);
    BOOST_TEST(base<aiecon::price_per_energy>("0.08 USD/kWh") == 0.08 / 3.6e6);
    BOOST_TEST(base<aiecon::price_per_token>("2 USD/Mtoken") == 2e-6);
    BOOST_TEST(base<aiecon::price_per_token>("$2/Mtoken") == 2e-6);
    BOOST_TEST(base<aiecon::price_per_token>("$2.40/Mtoken") == 2.4e-6);
    BOOST_TEST(base<aiecon::price_per_device_time>("$2.5/(device*h)") == 2.5 / 3600.0);
    BOOST_TEST(base<aiecon::price_per_wafer>("$17k/wafer") == 17'000.0);
    BOOST_TEST(base<aiecon::price_per_power>("$1.5M/MW") == 1.5);  // $1.5 per watt
    BOOST_TEST(base<aiecon::flop_rate>("989 TFLOP/s") == 9.89e14);
    BOOST_TEST(base<aiecon::dies_per_wafer>("60 die/wafer") == 60.0);
    BOOST_TEST(base<aiecon::frequency>("2 /yr") == 2.0 / 31'557'600.0);
    BOOST_TEST(base<aiecon::frequency>("2/yr") == 2.0 / 31'557'600.0);
    BOOST_TEST(base<aiecon::bandwidth>("3.35 TB/s") == 3.35e12);
    BOOST_TEST(base<aiecon::emissions_per_energy>("400 gCO2e/kWh") == 0.4 / 3.6e6);
    BOOST_TEST(base<aiecon::emissions_per_area>("2 kgCO2e/cm2") == 2e4);
    BOOST_TEST(base<aiecon::energy_per_area>("1.5 kWh/cm2") == 5.4e10);  // 5.4e6 J per 1e-4 m2
    BOOST_TEST(base<aiecon::wafer_rate>("100000 wafers/month") == 1e5 / 2'629'800.0);
    BOOST_TEST(base<aiecon::device_rate>("5000 device/month") == 5000.0 / 2'629'800.0);
    BOOST_TEST(base<aiecon::dies_per_device>("8 die/device") == 8.0);
    // W/(kg*m): m s-3, which has no alias.
    using per_metre = aiecon::quantity<
        aiecon::dimension_quotient_t<aiecon::dim::specific_power, aiecon::dim::length>>;
    BOOST_TEST(base<per_metre>("3 W/(kg*m)") == 3.0);
    BOOST_TEST(base<per_metre>("3 W/(kg*km)") == 3e-3);
}

BOOST_AUTO_TEST_CASE(products_powers_and_parentheses, *within_rounding) {
    BOOST_TEST(base<aiecon::energy>("2 kW*h") == 7.2e6);
    BOOST_TEST(base<aiecon::energy>("2 h*kW") == 7.2e6);
    BOOST_TEST(base<aiecon::area>("3 cm^2") == 3e-4);
    BOOST_TEST(base<aiecon::volume>("2 m^3") == 2.0);
    BOOST_TEST(base<aiecon::defect_density>("0.1 cm^-2") == 1000.0);
    BOOST_TEST(base<aiecon::frequency>("4 s^-1") == 4.0);
    BOOST_TEST(base<aiecon::power>("5 kg*m^2/s^3") == 5.0);
    BOOST_TEST(base<aiecon::power>("5 (kg*m^2)/s^3") == 5.0);
    BOOST_TEST(base<aiecon::area>("2 (cm)^2") == 2e-4);
    // '*' and '/' go left to right: W/kg*h is (W/kg)*h, a specific energy.
    BOOST_TEST(base<aiecon::specific_energy>("1 W/kg*h") == 3600.0);
    BOOST_TEST(base<aiecon::specific_energy>("1 (W/kg)*h") == 3600.0);
    BOOST_TEST(base<aiecon::specific_power>("1 W/(kg*h)*h") == 1.0);
    BOOST_TEST(base<aiecon::dimensionless>("1.3 MW/MW") == 1.3);
}

BOOST_AUTO_TEST_CASE(the_generic_base_unit_form, *within_rounding) {
    using per_second_squared = decltype(1_W / 1_kg / 1_s);  // m2 s-4
    BOOST_TEST(base<per_second_squared>("1 m^2/s^4") == 1.0);
    using per_metre_kelvin = decltype(1.0 / (1_m * 1_K));
    BOOST_TEST(base<per_metre_kelvin>("1 /(m*K)") == 1.0);
    BOOST_TEST(base<per_metre_kelvin>("2 m^-1*K^-1") == 2.0);
    using metre_per_second_kelvin = decltype(1_m / (1_s * 1_K));
    BOOST_TEST(base<metre_per_second_kelvin>("3 m/(s*K)") == 3.0);
    using metre_kilogram = decltype(1_kg * 1_m);
    BOOST_TEST(base<metre_kilogram>("2 m*kg") == 2.0);
}

BOOST_AUTO_TEST_CASE(dimensionless_is_a_bare_number, *within_rounding) {
    BOOST_TEST(double(aiecon::parse<aiecon::dimensionless>("1.3")) == 1.3);
    BOOST_TEST(double(aiecon::parse<aiecon::dimensionless>("-0.5")) == -0.5);
    BOOST_TEST(double(aiecon::parse<aiecon::dimensionless>(" 42 ")) == 42.0);
}

BOOST_AUTO_TEST_CASE(numbers_as_streams_write_them, *within_rounding) {
    BOOST_TEST(base<aiecon::power>("1e3 W") == 1e3);
    BOOST_TEST(base<aiecon::power>("1.5e+09 W") == 1.5e9);  // std::scientific
    BOOST_TEST(base<aiecon::power>("5e+06 TW") == 5e18);    // beyond the largest prefix
    BOOST_TEST(base<aiecon::power>("2.5E-3 kW") == 2.5);
    BOOST_TEST(base<aiecon::power>(".5 kW") == 500.0);
    BOOST_TEST(base<aiecon::power>("2. kW") == 2000.0);
    BOOST_TEST(base<aiecon::power>("-2 W") == -2.0);
    BOOST_TEST(base<aiecon::mass>("+3 kg") == 3.0);              // std::showpos
    BOOST_TEST(base<aiecon::flop_count>("1.5EFLOP") == 1.5e18);  // E starts the unit
}

BOOST_AUTO_TEST_CASE(every_display_unit_round_trips) {
    namespace dim = aiecon::dim;
    check_round_trip_of_every_ladder<
        dim::dimensionless, dim::length, dim::area, dim::volume, dim::mass, dim::time,
        dim::temperature, dim::money, dim::information, dim::flop, dim::token, dim::wafer, dim::die,
        dim::device, dim::emissions, dim::frequency, dim::speed, dim::energy, dim::power,
        dim::specific_power, dim::specific_energy, dim::irradiance, dim::areal_density,
        dim::flop_rate, dim::flop_per_joule, dim::flop_per_byte, dim::token_rate,
        dim::energy_per_token, dim::bandwidth, dim::dies_per_wafer, dim::defect_density,
        dim::price_per_token, dim::price_per_energy, dim::price_per_power, dim::price_per_mass,
        dim::price_per_area, dim::price_per_time, dim::price_per_wafer, dim::price_per_die,
        dim::price_per_device, dim::price_per_device_time, dim::emissions_per_energy,
        dim::emissions_per_area, dim::energy_per_area, dim::wafer_rate, dim::die_rate,
        dim::device_rate, dim::dies_per_device, dim::mass_rate, dim::device_time,
        dim::price_per_information>();
}

// Values written in code, printed and read back: the same double, since the
// parser evaluates the text as the code spells it.
BOOST_AUTO_TEST_CASE(printed_examples_round_trip_exactly) {
    const auto round_trips = [](auto q) {
        BOOST_TEST_CONTEXT("printed \"" << aiecon::to_string(q) << "\"") {
            BOOST_TEST(aiecon::parse<decltype(q)>(aiecon::to_string(q)).base_units() ==
                       q.base_units());
        }
    };
    round_trips(1.5_GW);
    round_trips(700_W * 24_h);
    round_trips(17'000_USD);
    round_trips(-3.5_MUSD);
    round_trips(0.08_USD / u::kWh);
    round_trips(2.5_USD / (1_devices * 1_h));
    round_trips(0.1 / u::cm2);
    round_trips(2.0 / 1_yr);
    round_trips(1.5 / 1_h);
    round_trips(3.25 / 1_day);
    round_trips(-2.5_USD / 1_Mtokens);
    round_trips(1.5_USD / 1_h);
    round_trips(2.5_gCO2e / 1_kWh);
    round_trips(1361_W / 1_m2);
    round_trips(60_dies / 1_wafers);
    round_trips(989_TFLOP / 1_s);
    round_trips(1.3_MW / 1_MW);
    round_trips(2.5_kWh / 1_cm2);
    round_trips(100'000_wafers / (1.0 * u::month));
    round_trips(5000_TW);
    round_trips(5e18 * u::W);  // "5e+06 TW"
    round_trips(0_W);
    round_trips(-(0_USD));
    // The generic base-unit form, for dimensions without display units.
    round_trips(1_W / 1_kg / 1_s);
    round_trips(3_m / (1_s * 1_K));
    round_trips(2_kg * 1_m);
    round_trips(1.0 / (1_m * 1_K));
    round_trips(4_TFLOP / (1_s * 1_devices));
    round_trips(0.25_kgCO2e / 1_tokens);
}

BOOST_AUTO_TEST_CASE(stream_settings_round_trip) {
    std::ostringstream os;
    os << std::showpos << std::setw(12) << 1.5_MUSD << ' ' << std::noshowpos << std::scientific
       << 40.8_kW;
    const std::string text = os.str();  // "      +$1.5M 4.080000e+01 kW"
    const std::size_t split = text.find(' ', text.find('M'));
    BOOST_TEST(base<aiecon::money>(text.substr(0, split)) == 1.5e6);
    BOOST_TEST(base<aiecon::power>(text.substr(split + 1)) == 40'800.0);
}

BOOST_AUTO_TEST_CASE(full_precision_round_trips_within_an_ulp) {
    check_full_precision_round_trip(1_GW / 3.0);
    check_full_precision_round_trip(0.07_USD / u::kWh / 7.0);
    check_full_precision_round_trip(1_MUSD / 3.0);
    check_full_precision_round_trip(1_day / 7.0);
    check_full_precision_round_trip(2.0 / 3.0 * (1_W / 1_kg / 1_s));
}

BOOST_AUTO_TEST_CASE(malformed_text_is_rejected) {
    const std::string_view power = "power (m^2*kg/s^3)";
    check_rejected<aiecon::power>("abc", power);
    check_rejected<aiecon::power>("", power);
    check_rejected<aiecon::power>("   ", power);
    check_rejected<aiecon::power>("1.5 XW", power);
    check_rejected<aiecon::power>("1.5 GW extra", power);
    check_rejected<aiecon::power>("1.5e", power);
    check_rejected<aiecon::power>("1.5e W", power);
    check_rejected<aiecon::power>("--3 W", power);
    check_rejected<aiecon::power>("- 3 W", power);
    check_rejected<aiecon::power>("+-3 W", power);
    check_rejected<aiecon::power>("GW", power);
    check_rejected<aiecon::power>(".", power);
    check_rejected<aiecon::power>("1,500 W", power);
    check_rejected<aiecon::power>("1.5 gw", power);  // symbols are case-sensitive
    check_rejected<aiecon::power>("1.5 W*", power);
    check_rejected<aiecon::power>("1.5 (W", power);
    check_rejected<aiecon::power>("1.5 W)", power);
    check_rejected<aiecon::power>("1.5 *W", power);
    check_rejected<aiecon::power>("1.5 W^", power);
    check_rejected<aiecon::power>("1.5 W^x", power);
    check_rejected<aiecon::power>("1.5 W^+1", power);
    check_rejected<aiecon::power>("1.5 W^1000", power);
    check_rejected<aiecon::power>("1.5 W//s", power);
    check_rejected<aiecon::power>("0x10 W", power);
    check_rejected<aiecon::power>("1 " + std::string(100, '(') + "W" + std::string(100, ')'),
                                  power);
}

BOOST_AUTO_TEST_CASE(malformed_money_is_rejected) {
    const std::string_view money = "money (USD)";
    check_rejected<aiecon::money>("$", money);
    check_rejected<aiecon::money>("$-3", money);
    check_rejected<aiecon::money>("$ 17", money);
    check_rejected<aiecon::money>("$17 k", money);
    check_rejected<aiecon::money>("$17K", money);
    check_rejected<aiecon::money>("$17kUSD", money);
    check_rejected<aiecon::money>("$17000 USD", money);
    check_rejected<aiecon::money>("$$17", money);
    check_rejected<aiecon::money>("17$", money);
    check_rejected<aiecon::price_per_token>("$2Mtoken", "price_per_token (USD/token)");
}

BOOST_AUTO_TEST_CASE(nan_and_infinity_are_rejected) {
    const std::string_view power = "power (m^2*kg/s^3)";
    check_rejected<aiecon::power>("nan W", power);
    check_rejected<aiecon::power>("NaN W", power);
    check_rejected<aiecon::power>("inf W", power);
    check_rejected<aiecon::power>("-inf W", power);
    check_rejected<aiecon::power>("infinity W", power);
    check_rejected<aiecon::money>("$nan", "money (USD)");  // what printing writes for NaN
    check_rejected<aiecon::money>("-$inf", "money (USD)");
    check_rejected<aiecon::dimensionless>("nan", "dimensionless (1)");
    // Finite text whose value is not a finite double.
    check_rejected<aiecon::power>("1e999 W", power);
    check_rejected<aiecon::flop_count>("1e300 ZFLOP", "flop_count (FLOP)");
}

BOOST_AUTO_TEST_CASE(another_dimension_is_rejected_naming_both) {
    check_rejected<aiecon::power>("20 kg", "power (m^2*kg/s^3)");
    check_rejected<aiecon::power>("20 kg", "mass (kg)");
    check_rejected<aiecon::power>("16.8 kWh", "energy (m^2*kg/s^2)");
    check_rejected<aiecon::power>("$5", "money (USD)");
    check_rejected<aiecon::power>("1.3", "dimensionless (1)");
    check_rejected<aiecon::dimensionless>("1.3 W", "dimensionless (1)");
    check_rejected<aiecon::price_per_energy>("$0.08/MW", "price_per_energy (s^2*USD/(m^2*kg))");
    check_rejected<aiecon::price_per_energy>("$0.08/MW", "price_per_power (s^3*USD/(m^2*kg))");
    check_rejected<aiecon::token_count>("5 wafers", "token_count (token)");
    check_rejected<aiecon::token_count>("5 wafers", "wafer_count (wafer)");
    // A dimension without a named type is written in base units alone.
    check_rejected<aiecon::power>("1 m^2/s^4", "m^2/s^4");
}

BOOST_AUTO_TEST_CASE(the_message_in_full) {
    try {
        (void)aiecon::parse<aiecon::power>("20 kg");
        BOOST_ERROR("parse did not throw");
    } catch (const std::invalid_argument& error) {
        BOOST_TEST(std::string{error.what()} ==
                   "aiecon::parse: cannot read \"20 kg\" as power (m^2*kg/s^3): its dimension is "
                   "mass (kg)");
    }
    try {
        (void)aiecon::parse<aiecon::power>("1.5 XW");
        BOOST_ERROR("parse did not throw");
    } catch (const aiecon::parse_error& error) {
        BOOST_TEST(std::string{error.what()} ==
                   "aiecon::parse: cannot read \"1.5 XW\" as power (m^2*kg/s^3): unknown unit "
                   "\"XW\"");
    }
}

// The base-unit symbols that name a dimension in parse errors (and in
// printing, for dimensions without a display unit), written out by hand from
// the exponents: W = kg m2 s-3 (SI Brochure, table 4), USD/J = USD kg-1 m-2 s2.
BOOST_AUTO_TEST_CASE(dimension_symbols) {
    namespace dim = aiecon::dim;
    using aiecon::base_unit_symbol;
    BOOST_TEST(base_unit_symbol<dim::dimensionless>() == "");
    BOOST_TEST(base_unit_symbol<dim::power>() == "m^2*kg/s^3");
    BOOST_TEST(base_unit_symbol<dim::price_per_energy>() == "s^2*USD/(m^2*kg)");
    BOOST_TEST(base_unit_symbol<dim::price_per_device_time>() == "USD/(s*device)");
    BOOST_TEST(base_unit_symbol<dim::defect_density>() == "/m^2");
    BOOST_TEST(base_unit_symbol<dim::emissions_per_energy>() == "s^2*kgCO2e/(m^2*kg)");
    using per_metre_kelvin = decltype(1.0 / (1_m * 1_K))::dimension_type;
    BOOST_TEST(base_unit_symbol<per_metre_kelvin>() == "/(m*K)");
}

BOOST_AUTO_TEST_SUITE_END()
