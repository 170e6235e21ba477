// Preconditions of the site energy layer (aiecon::site: pue.hpp,
// energy_bill.hpp, facility_capex.hpp, power_chain.hpp, storage.hpp) and of
// the thermal layer (aiecon::thermal: heat_load.hpp, radiator.hpp): one test
// case per public function, proving that each rejected input throws
// aiecon::domain_error naming the function, the parameter and the unit or
// allowed range; that NaN and +infinity are rejected in every floating input;
// and that each result which inputs valid on their own can push out of range
// (the energy_thermal fuzz findings, tests/fuzz/findings/README.md) throws,
// naming the result and an input to check, instead of returning inf or NaN.
//
// The overflow inputs are those of the findings (the largest double, 1e300,
// 1e-308); where a result is reached by another route, the test says by
// which product it overflows, worked out by hand next to it.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <limits>
#include <vector>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace site = aiecon::site;
namespace th = aiecon::thermal;

using test::naming;
using test::not_a_number;

const double infinity = std::numeric_limits<double>::infinity();
const double largest = std::numeric_limits<double>::max();

const auto usd_per_kwh = u::USD / u::kWh;
const auto usd_per_kw_month = u::USD / (u::kW * u::month);
const auto usd_per_w = u::USD / u::W;
const auto usd_per_j = u::USD / u::J;
const auto kg_per_m2 = u::kg / u::m2;

// The harness's typical inputs (tests/fuzz/energy_thermal_fuzzer.cpp).
site::tariff typical_tariff() {
    return {.energy_price = 0.08 * usd_per_kwh, .demand_charge = 15.0 * usd_per_kw_month};
}

site::facility_capex_rates typical_rates() {
    return {.shell = 3.0 * usd_per_w, .electrical = 4.0 * usd_per_w, .mechanical = 3.0 * usd_per_w};
}

site::battery_technology typical_battery() {
    return {.cost = 300.0 * usd_per_kwh,
            .depth_of_discharge = 0.9,
            .round_trip_efficiency = 0.9,
            .cycle_life = 5000.0,
            .energy_density = 200.0 * u::Wh / u::kg};
}

std::vector<site::power_stage> two_stages() {
    return {{"grid", 100_MW, 18.0 * u::month}, {"cooling", 80_MW, 12.0 * u::month}};
}

th::radiator typical_radiator() {
    return {.emissivity = 0.9,
            .faces = 2.0,
            .surface = 350_K,
            .sink = 3_K,
            .areal_density = 5.0 * kg_per_m2};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(site_thermal_preconditions)

// ---------------------------------------------------------------- pue.hpp

BOOST_AUTO_TEST_CASE(validate_pue_rejects_outside_one_to_ten) {
    for (double pue : {0.99, 10.01, -1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::validate_pue("caller::model", pue), aiecon::domain_error,
                              naming("caller::model", "pue", "[1, 10]"));
    }
    // The bounds themselves are allowed.
    BOOST_CHECK_NO_THROW(site::validate_pue("caller::model", 1.0));
    BOOST_CHECK_NO_THROW(site::validate_pue("caller::model", 10.0));
}

BOOST_AUTO_TEST_CASE(pue_rejects_bad_energies_and_ratios) {
    for (double bad : {0.0, -1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::pue(1_GWh, bad * u::GWh), aiecon::domain_error,
                              naming("site::pue", "it_equipment", "(0, inf)"));
        BOOST_CHECK_EXCEPTION(site::pue(bad * u::GWh, 1_GWh), aiecon::domain_error,
                              naming("site::pue", "facility", "(0, inf)"));
    }
    // The ratio itself must be a PUE: below 1, above 10, and a quotient that
    // overflows (1e300 J / 1e-300 J = inf) are all rejected as the pue.
    BOOST_CHECK_EXCEPTION(site::pue(0.9_GWh, 1_GWh), aiecon::domain_error,
                          naming("site::pue", "pue", "[1, 10]"));
    BOOST_CHECK_EXCEPTION(site::pue(11_GWh, 1_GWh), aiecon::domain_error,
                          naming("site::pue", "pue", "[1, 10]"));
    BOOST_CHECK_EXCEPTION(site::pue(1e300 * u::J, 1e-300 * u::J), aiecon::domain_error,
                          naming("site::pue", "pue", "[1, 10]"));
}

BOOST_AUTO_TEST_CASE(it_power_rejects_bad_input) {
    for (double bad : {-1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::it_power(bad * u::MW, 1.25), aiecon::domain_error,
                              naming("site::it_power", "facility", "[0, inf)"));
    }
    for (double pue : {0.9, 10.5, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::it_power(100_MW, pue), aiecon::domain_error,
                              naming("site::it_power", "pue", "[1, 10]"));
    }
}

BOOST_AUTO_TEST_CASE(facility_power_rejects_bad_input) {
    for (double bad : {-1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::facility_power(bad * u::MW, 1.25), aiecon::domain_error,
                              naming("site::facility_power", "it", "[0, inf)"));
    }
    for (double pue : {0.9, 10.5, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::facility_power(100_MW, pue), aiecon::domain_error,
                              naming("site::facility_power", "pue", "[1, 10]"));
    }
}

// Finding site-facility_power-inf: the largest double of IT power x 1.3.
BOOST_AUTO_TEST_CASE(facility_power_overflow_throws) {
    BOOST_CHECK_EXCEPTION(site::facility_power(largest * u::W, 1.3), aiecon::domain_error,
                          naming("site::facility_power", "facility power", "it"));
}

// -------------------------------------------------------- energy_bill.hpp

BOOST_AUTO_TEST_CASE(bill_rejects_bad_input) {
    const site::tariff prices = typical_tariff();
    for (double bad : {-1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::bill(bad * u::MW, 0.7, 1.3, prices), aiecon::domain_error,
                              naming("site::bill", "it_peak", "[0, inf)"));
        site::tariff bad_prices = prices;
        bad_prices.energy_price = bad * usd_per_kwh;
        BOOST_CHECK_EXCEPTION(site::bill(10_MW, 0.7, 1.3, bad_prices), aiecon::domain_error,
                              naming("site::bill", "tariff.energy_price", "[0, inf)"));
        bad_prices = prices;
        bad_prices.demand_charge = bad * usd_per_kw_month;
        BOOST_CHECK_EXCEPTION(site::bill(10_MW, 0.7, 1.3, bad_prices), aiecon::domain_error,
                              naming("site::bill", "tariff.demand_charge", "[0, inf)"));
        BOOST_CHECK_EXCEPTION(site::bill(10_MW, 0.7, 1.3, prices, bad * u::year),
                              aiecon::domain_error, naming("site::bill", "period", "[0, inf)"));
    }
    for (double utilisation : {-0.1, 1.1, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::bill(10_MW, utilisation, 1.3, prices), aiecon::domain_error,
                              naming("site::bill", "utilisation", "[0, 1]"));
    }
    for (double pue : {0.9, 10.5, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::bill(10_MW, 0.7, pue, prices), aiecon::domain_error,
                              naming("site::bill", "pue", "[1, 10]"));
    }
}

// Findings site-bill-demand_charge-inf and -nan: an IT peak of the largest
// double, idle (utilisation 0, so the energy is 0): the demand charge
// largest x 1.3 x ... overflows to inf, and with a demand charge of 0 it
// was inf x 0 = NaN.
BOOST_AUTO_TEST_CASE(bill_demand_charge_overflow_throws) {
    BOOST_CHECK_EXCEPTION(site::bill(largest * u::W, 0.0, 1.3, typical_tariff()),
                          aiecon::domain_error, naming("site::bill", "demand_charge", "it_peak"));
    BOOST_CHECK_EXCEPTION(
        site::bill(largest * u::W, 0.0, 1.3, {.energy_price = 0.08 * usd_per_kwh}),
        aiecon::domain_error, naming("site::bill", "demand_charge", "it_peak"));
}

BOOST_AUTO_TEST_CASE(bill_other_results_overflow_throws) {
    // Facility energy: largest W x 1 x 1.3 x 1 yr overflows.
    BOOST_CHECK_EXCEPTION(site::bill(largest * u::W, 1.0, 1.3, {.energy_price = 0.0 * usd_per_j}),
                          aiecon::domain_error, naming("site::bill", "facility_energy", "it_peak"));
    // Energy charge: 1e290 W x 1 s = 1e290 J (finite) x 1e20 $/J = 1e310 $.
    BOOST_CHECK_EXCEPTION(
        site::bill(1e290 * u::W, 1.0, 1.0, {.energy_price = 1e20 * usd_per_j}, 1.0 * u::s),
        aiecon::domain_error, naming("site::bill", "energy_charge", "tariff.energy_price"));
    // Total: 1e300 W x 1 s = 1e300 J; at 1.5e8 $/J for energy and for
    // demand, each charge is 1.5e308 $ (finite), their sum 3e308 $ is not.
    BOOST_CHECK_EXCEPTION(
        site::bill(1e300 * u::W, 1.0, 1.0,
                   {.energy_price = 1.5e8 * usd_per_j, .demand_charge = 1.5e8 * usd_per_j},
                   1.0 * u::s),
        aiecon::domain_error, naming("site::bill", "total", "tariff"));
}

// ----------------------------------------------------- facility_capex.hpp

BOOST_AUTO_TEST_CASE(capex_per_it_power_rejects_bad_input) {
    for (double bad : {-1.0, not_a_number, infinity}) {
        site::facility_capex_rates rates = typical_rates();
        rates.shell = bad * usd_per_w;
        BOOST_CHECK_EXCEPTION(site::capex_per_it_power(rates), aiecon::domain_error,
                              naming("site::capex_per_it_power", "rates.shell", "[0, inf)"));
        rates = typical_rates();
        rates.electrical = bad * usd_per_w;
        BOOST_CHECK_EXCEPTION(site::capex_per_it_power(rates), aiecon::domain_error,
                              naming("site::capex_per_it_power", "rates.electrical", "[0, inf)"));
        rates = typical_rates();
        rates.mechanical = bad * usd_per_w;
        BOOST_CHECK_EXCEPTION(site::capex_per_it_power(rates), aiecon::domain_error,
                              naming("site::capex_per_it_power", "rates.mechanical", "[0, inf)"));
    }
}

// Finding site-capex_per_it_power-inf: two rates of the largest double sum
// to inf.
BOOST_AUTO_TEST_CASE(capex_per_it_power_overflow_throws) {
    site::facility_capex_rates rates = typical_rates();
    rates.shell = largest * usd_per_w;
    rates.electrical = largest * usd_per_w;
    BOOST_CHECK_EXCEPTION(site::capex_per_it_power(rates), aiecon::domain_error,
                          naming("site::capex_per_it_power", "capex per IT power", "rates"));
}

BOOST_AUTO_TEST_CASE(facility_capex_rejects_bad_input) {
    for (double bad : {-1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::facility_capex(bad * u::MW, typical_rates()),
                              aiecon::domain_error,
                              naming("site::facility_capex", "it", "[0, inf)"));
        // The rates are checked by capex_per_it_power, which names itself.
        site::facility_capex_rates rates = typical_rates();
        rates.electrical = bad * usd_per_w;
        BOOST_CHECK_EXCEPTION(site::facility_capex(1_MW, rates), aiecon::domain_error,
                              naming("site::capex_per_it_power", "rates.electrical", "[0, inf)"));
    }
}

// Finding site-facility_capex-inf: the largest double of IT power x $10/W.
BOOST_AUTO_TEST_CASE(facility_capex_overflow_throws) {
    BOOST_CHECK_EXCEPTION(site::facility_capex(largest * u::W, typical_rates()),
                          aiecon::domain_error,
                          naming("site::facility_capex", "facility capex", "it"));
}

// -------------------------------------------------------- power_chain.hpp

BOOST_AUTO_TEST_CASE(deliver_rejects_bad_input) {
    BOOST_CHECK_EXCEPTION(site::deliver(std::vector<site::power_stage>{}, 1.25),
                          aiecon::domain_error,
                          naming("site::deliver", "stages", "at least one stage"));
    for (double pue : {0.9, 10.5, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::deliver(two_stages(), pue), aiecon::domain_error,
                              naming("site::deliver", "pue", "[1, 10]"));
    }
    for (double bad : {-1.0, not_a_number, infinity}) {
        std::vector<site::power_stage> stages = two_stages();
        stages[1].capacity = bad * u::MW;
        BOOST_CHECK_EXCEPTION(site::deliver(stages, 1.25), aiecon::domain_error,
                              naming("site::deliver", "stage.capacity (cooling)", "[0, inf)"));
        stages = two_stages();
        stages[0].lead_time = bad * u::month;
        BOOST_CHECK_EXCEPTION(site::deliver(stages, 1.25), aiecon::domain_error,
                              naming("site::deliver", "stage.lead_time (grid)", "[0, inf)"));
    }
}

BOOST_AUTO_TEST_CASE(it_power_at_rejects_bad_input) {
    // The time counts from today, as the lead times do: negative, NaN (which
    // used to read as "not yet energised", 0 W) and infinite are rejected.
    for (double bad : {-1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::it_power_at(two_stages(), 1.25, bad * u::month),
                              aiecon::domain_error, naming("site::it_power_at", "t", "[0, inf)"));
    }
    // The chain and the PUE are checked by deliver, which names itself.
    for (double pue : {0.9, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::it_power_at(two_stages(), pue, 2_yr), aiecon::domain_error,
                              naming("site::deliver", "pue", "[1, 10]"));
    }
    std::vector<site::power_stage> stages = two_stages();
    stages[0].capacity = not_a_number * u::MW;
    BOOST_CHECK_EXCEPTION(site::it_power_at(stages, 1.25, 2_yr), aiecon::domain_error,
                          naming("site::deliver", "stage.capacity (grid)", "[0, inf)"));
    BOOST_CHECK_EXCEPTION(site::it_power_at(std::vector<site::power_stage>{}, 1.25, 2_yr),
                          aiecon::domain_error,
                          naming("site::deliver", "stages", "at least one stage"));
    // Today (t = 0) is allowed: nothing is energised before 12 months.
    BOOST_TEST(site::it_power_at(two_stages(), 1.25, 0_yr).in(u::W) == 0.0);
}

// ------------------------------------------------------------ storage.hpp

BOOST_AUTO_TEST_CASE(size_battery_rejects_bad_input) {
    const site::battery_technology good = typical_battery();
    for (double bad : {-1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(site::size_battery(bad * u::MW, 4_h, good), aiecon::domain_error,
                              naming("site::size_battery", "gap_power", "[0, inf)"));
        BOOST_CHECK_EXCEPTION(site::size_battery(1_MW, bad * u::h, good), aiecon::domain_error,
                              naming("site::size_battery", "gap_length", "[0, inf)"));
        site::battery_technology t = good;
        t.cost = bad * usd_per_kwh;
        BOOST_CHECK_EXCEPTION(site::size_battery(1_MW, 4_h, t), aiecon::domain_error,
                              naming("site::size_battery", "technology.cost", "[0, inf)"));
        t = good;
        t.energy_density = bad * u::Wh / u::kg;
        BOOST_CHECK_EXCEPTION(
            site::size_battery(1_MW, 4_h, t), aiecon::domain_error,
            naming("site::size_battery", "technology.energy_density", "[0, inf)"));
    }
    for (double share : {0.0, -0.5, 1.1, not_a_number, infinity}) {
        site::battery_technology t = good;
        t.depth_of_discharge = share;
        BOOST_CHECK_EXCEPTION(
            site::size_battery(1_MW, 4_h, t), aiecon::domain_error,
            naming("site::size_battery", "technology.depth_of_discharge", "(0, 1]"));
        t = good;
        t.round_trip_efficiency = share;
        BOOST_CHECK_EXCEPTION(
            site::size_battery(1_MW, 4_h, t), aiecon::domain_error,
            naming("site::size_battery", "technology.round_trip_efficiency", "(0, 1]"));
    }
    for (double cycles : {0.0, -1.0, not_a_number, infinity}) {
        site::battery_technology t = good;
        t.cycle_life = cycles;
        BOOST_CHECK_EXCEPTION(site::size_battery(1_MW, 4_h, t), aiecon::domain_error,
                              naming("site::size_battery", "technology.cycle_life", "(0, inf)"));
    }
}

// Finding site-size_battery-usable-inf: the largest double of gap power x
// 4 h.
BOOST_AUTO_TEST_CASE(size_battery_usable_overflow_throws) {
    BOOST_CHECK_EXCEPTION(site::size_battery(largest * u::W, 4_h, typical_battery()),
                          aiecon::domain_error,
                          naming("site::size_battery", "usable", "gap_power"));
}

BOOST_AUTO_TEST_CASE(size_battery_other_results_overflow_throws) {
    // Each from a usable energy of 1e300 W x 1 s = 1e300 J (finite).
    const auto gap_power = 1e300 * u::W;
    const auto gap_length = 1.0 * u::s;
    // Nameplate: 1e300 J / a depth of discharge of 1e-10 = 1e310 J.
    site::battery_technology t{.cost = 0.0 * usd_per_j, .depth_of_discharge = 1e-10};
    BOOST_CHECK_EXCEPTION(
        site::size_battery(gap_power, gap_length, t), aiecon::domain_error,
        naming("site::size_battery", "nameplate", "technology.depth_of_discharge"));
    // Recharge: 1e300 J / a round trip of 1e-10 = 1e310 J.
    t = {.cost = 0.0 * usd_per_j, .round_trip_efficiency = 1e-10};
    BOOST_CHECK_EXCEPTION(
        site::size_battery(gap_power, gap_length, t), aiecon::domain_error,
        naming("site::size_battery", "recharge", "technology.round_trip_efficiency"));
    // Cost: 1e300 J x 1e10 $/J = 1e310 $.
    t = {.cost = 1e10 * usd_per_j};
    BOOST_CHECK_EXCEPTION(site::size_battery(gap_power, gap_length, t), aiecon::domain_error,
                          naming("site::size_battery", "cost", "technology.cost"));
    // Cost per cycle: 1e300 J x 1 $/J = 1e300 $, over 1e-10 cycles = 1e310 $.
    t = {.cost = 1.0 * usd_per_j, .cycle_life = 1e-10};
    BOOST_CHECK_EXCEPTION(site::size_battery(gap_power, gap_length, t), aiecon::domain_error,
                          naming("site::size_battery", "cost_per_cycle", "technology.cycle_life"));
    // Mass: 1e300 J / 1e-10 J/kg = 1e310 kg.
    t = {.cost = 0.0 * usd_per_j, .energy_density = 1e-10 * u::J / u::kg};
    BOOST_CHECK_EXCEPTION(site::size_battery(gap_power, gap_length, t), aiecon::domain_error,
                          naming("site::size_battery", "mass", "technology.energy_density"));
}

// ---------------------------------------------------------- heat_load.hpp

BOOST_AUTO_TEST_CASE(heat_load_rejects_bad_input) {
    for (double bad : {-1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(th::heat_load(bad * u::MW, 0.95), aiecon::domain_error,
                              naming("thermal::heat_load", "payload_power", "[0, inf)"));
    }
    for (double efficiency : {0.0, -0.9, 1.1, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(th::heat_load(1_MW, efficiency), aiecon::domain_error,
                              naming("thermal::heat_load", "conversion_efficiency", "(0, 1]"));
    }
}

// Finding thermal-heat_load-inf: the largest double of payload power
// / 0.95.
BOOST_AUTO_TEST_CASE(heat_load_overflow_throws) {
    BOOST_CHECK_EXCEPTION(th::heat_load(largest * u::W, 0.95), aiecon::domain_error,
                          naming("thermal::heat_load", "heat load", "payload_power"));
}

// ----------------------------------------------------------- radiator.hpp

BOOST_AUTO_TEST_CASE(rejection_per_area_rejects_bad_input) {
    const char* function = "thermal::rejection_per_area";
    for (double e : {0.0, -0.5, 1.2, not_a_number, infinity}) {
        th::radiator r = typical_radiator();
        r.emissivity = e;
        BOOST_CHECK_EXCEPTION(th::rejection_per_area(r), aiecon::domain_error,
                              naming(function, "radiator.emissivity", "(0, 1]"));
    }
    for (double faces : {0.0, 1.5, 3.0, not_a_number, infinity}) {
        th::radiator r = typical_radiator();
        r.faces = faces;
        BOOST_CHECK_EXCEPTION(th::rejection_per_area(r), aiecon::domain_error,
                              naming(function, "radiator.faces", "1 or 2"));
    }
    for (double bad : {-1.0, not_a_number, infinity}) {
        th::radiator r = typical_radiator();
        r.sink = bad * u::K;
        BOOST_CHECK_EXCEPTION(th::rejection_per_area(r), aiecon::domain_error,
                              naming(function, "radiator.sink", "[0, inf)"));
        r = typical_radiator();
        r.areal_density = bad * kg_per_m2;
        BOOST_CHECK_EXCEPTION(th::rejection_per_area(r), aiecon::domain_error,
                              naming(function, "radiator.areal_density", "[0, inf)"));
    }
    for (double bad : {0.0, -1.0, not_a_number, infinity}) {
        th::radiator r = typical_radiator();
        r.surface = bad * u::K;
        BOOST_CHECK_EXCEPTION(th::rejection_per_area(r), aiecon::domain_error,
                              naming(function, "radiator.surface", "(0, inf)"));
    }
    // At or below the sink.
    th::radiator r = typical_radiator();
    r.surface = 3_K;
    BOOST_CHECK_EXCEPTION(th::rejection_per_area(r), aiecon::domain_error,
                          naming(function, "radiator.surface", "above the sink"));
    r.surface = 2_K;
    BOOST_CHECK_EXCEPTION(th::rejection_per_area(r), aiecon::domain_error,
                          naming(function, "radiator.surface", "above the sink"));
}

// Findings thermal-rejection_per_area-inf and -nan: T^4 overflows for a
// surface of 1e300 K (inf); with a sink of 1e300 K and a surface of 3.5e302 K
// both fourth powers were inf, and inf - inf = NaN.
BOOST_AUTO_TEST_CASE(rejection_per_area_overflow_throws) {
    th::radiator r = typical_radiator();
    r.surface = 1e300 * u::K;
    BOOST_CHECK_EXCEPTION(
        th::rejection_per_area(r), aiecon::domain_error,
        naming("thermal::rejection_per_area", "rejection per area", "radiator.surface"));
    r.surface = 3.5e302 * u::K;
    r.sink = 1e300 * u::K;
    BOOST_CHECK_EXCEPTION(
        th::rejection_per_area(r), aiecon::domain_error,
        naming("thermal::rejection_per_area", "rejection per area", "radiator.surface"));
}

BOOST_AUTO_TEST_CASE(rejected_heat_rejects_bad_input) {
    for (double bad : {-1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(th::rejected_heat(typical_radiator(), bad * u::m2),
                              aiecon::domain_error,
                              naming("thermal::rejected_heat", "panel_area", "[0, inf)"));
    }
    // The radiator is checked by rejection_per_area, which names itself.
    th::radiator r = typical_radiator();
    r.emissivity = not_a_number;
    BOOST_CHECK_EXCEPTION(th::rejected_heat(r, 100_m2), aiecon::domain_error,
                          naming("thermal::rejection_per_area", "radiator.emissivity", "(0, 1]"));
    // Overflow: 2 x 0.9 x sigma x (350^4 - 3^4) is about 1.5e3 W/m2; over
    // 1e307 m2 that is about 1.5e310 W.
    BOOST_CHECK_EXCEPTION(th::rejected_heat(typical_radiator(), 1e307 * u::m2),
                          aiecon::domain_error,
                          naming("thermal::rejected_heat", "rejected heat", "panel_area"));
}

BOOST_AUTO_TEST_CASE(radiator_area_rejects_bad_input) {
    for (double bad : {-1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(th::radiator_area(typical_radiator(), bad * u::MW),
                              aiecon::domain_error,
                              naming("thermal::radiator_area", "heat", "[0, inf)"));
    }
    th::radiator r = typical_radiator();
    r.surface = infinity * u::K;
    BOOST_CHECK_EXCEPTION(th::radiator_area(r, 1_MW), aiecon::domain_error,
                          naming("thermal::rejection_per_area", "radiator.surface", "(0, inf)"));
}

// Finding thermal-radiator_area-inf: a surface of 3.5e-258 K above a sink
// of the smallest subnormal: (3.5e-258)^4 = 1.5e-1031 underflows to 0 W/m2,
// and the typical 100 kW over 0 W/m2 was inf. (0 W over it would be NaN.)
BOOST_AUTO_TEST_CASE(radiator_area_overflow_throws) {
    th::radiator r = typical_radiator();
    r.surface = 3.5e-258 * u::K;
    r.sink = std::numeric_limits<double>::denorm_min() * u::K;
    BOOST_CHECK_EXCEPTION(th::radiator_area(r, 100_kW), aiecon::domain_error,
                          naming("thermal::radiator_area", "radiator area", "radiator.surface"));
    BOOST_CHECK_EXCEPTION(th::radiator_area(r, 0_W), aiecon::domain_error,
                          naming("thermal::radiator_area", "radiator area", "heat"));
}

BOOST_AUTO_TEST_CASE(radiator_mass_rejects_bad_input) {
    // The heat and the radiator are checked by radiator_area and
    // rejection_per_area, which name themselves.
    for (double bad : {-1.0, not_a_number, infinity}) {
        BOOST_CHECK_EXCEPTION(th::radiator_mass(typical_radiator(), bad * u::MW),
                              aiecon::domain_error,
                              naming("thermal::radiator_area", "heat", "[0, inf)"));
        th::radiator r = typical_radiator();
        r.areal_density = bad * kg_per_m2;
        BOOST_CHECK_EXCEPTION(
            th::radiator_mass(r, 1_MW), aiecon::domain_error,
            naming("thermal::rejection_per_area", "radiator.areal_density", "[0, inf)"));
    }
    // Overflow: 1e303 W / about 1.5e3 W/m2 is about 6.5e299 m2 (finite);
    // at 1e10 kg/m2 that is about 6.5e309 kg.
    th::radiator r = typical_radiator();
    r.areal_density = 1e10 * kg_per_m2;
    BOOST_CHECK_EXCEPTION(th::radiator_mass(r, 1e303 * u::W), aiecon::domain_error,
                          naming("thermal::radiator_mass", "radiator mass", "heat"));
}

BOOST_AUTO_TEST_CASE(rejection_per_mass_rejects_bad_input) {
    for (double bad : {0.0, -1.0, not_a_number, infinity}) {
        th::radiator r = typical_radiator();
        r.areal_density = bad * kg_per_m2;
        BOOST_CHECK_EXCEPTION(
            th::rejection_per_mass(r), aiecon::domain_error,
            naming("thermal::rejection_per_mass", "radiator.areal_density", "(0, inf)"));
    }
    // The rest of the radiator is checked by rejection_per_area.
    th::radiator r = typical_radiator();
    r.sink = infinity * u::K;
    BOOST_CHECK_EXCEPTION(th::rejection_per_mass(r), aiecon::domain_error,
                          naming("thermal::rejection_per_area", "radiator.sink", "[0, inf)"));
}

// Finding thermal-rejection_per_mass-inf: about 1.5e3 W/m2 (350 K against
// 3e-7 K) over an areal density of 5.0e-308 kg/m2 is about 3e310 W/kg.
BOOST_AUTO_TEST_CASE(rejection_per_mass_overflow_throws) {
    th::radiator r = typical_radiator();
    r.sink = 3e-7 * u::K;
    r.areal_density = 5.0064161816412031e-308 * kg_per_m2;
    BOOST_CHECK_EXCEPTION(
        th::rejection_per_mass(r), aiecon::domain_error,
        naming("thermal::rejection_per_mass", "rejection per mass", "radiator.areal_density"));
}

BOOST_AUTO_TEST_SUITE_END()
