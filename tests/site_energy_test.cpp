// The energy layer (namespace aiecon::site): PUE, delivered versus brochure
// megawatts of a power chain, the yearly energy bill with a demand charge,
// battery sizing, and facility capex per watt of IT power.
//
// References:
//  - PUE = total facility energy / IT equipment energy, at least 1 (The Green
//    Grid, White Paper #49, "PUE: A Comprehensive Examination of the Metric",
//    2012); the 2023 survey average of 1.58 (Uptime Institute, Global Data
//    Center Survey 2023, UII Update 221).
//  - US industrial electricity, 8.06 cents/kWh in 2023 (EIA, Electric Power
//    Annual 2023, via Statista); demand charges above $15/kW-month for about
//    5M of 18M US commercial customers (McLaren and Mullendore, NREL/BR-6A20-
//    68963, 2017).
//  - 4-hour utility battery at $326/kWh, mid case for 2030 (Cole and
//    Karmakar, NREL/TP-6A40-85332, 2023); 160 Wh/kg at cell level (Saft
//    VES180, ESA ARTES).
//  - $11.7M per MW of critical load, the 19-market US average (Cushman &
//    Wakefield, Data Center Development Cost Guide 2025).
//  - A year is the Julian year, 365.25 d = 8766 h (IAU), as in units.hpp;
//    a month is a twelfth of it.
// Capacities, lead times and splits are illustrative inputs; the reference
// for each is the hand calculation written next to it.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <array>
#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace site = aiecon::site;

using test::naming;
using test::not_a_number;

const auto usd_per_kwh = u::USD / u::kWh;
const auto usd_per_kw_month = u::USD / (u::kW * u::month);
const auto usd_per_w = u::USD / u::W;

// A campus marketed at its grid interconnect (illustrative):
//   grid interconnect      300 MW, energised in 36 months
//   substation/transformer 250 MW, 24 months
//   switchgear and UPS     200 MW, 18 months   <- smallest: binds
//   cooling plant          220 MW, 30 months
// Brochure = max(300, 250, 200, 220) = 300 MW.
// Facility = min(300, 250, 200, 220) = 200 MW (switchgear and UPS).
// IT at PUE 1.25 = 200 / 1.25 = 160 MW.
// Available after max(36, 24, 18, 30) = 36 months (grid interconnect).
std::vector<site::power_stage> campus() {
    return {{"grid interconnect", 300_MW, 36.0 * u::month},
            {"substation", 250_MW, 24.0 * u::month},
            {"switchgear and UPS", 200_MW, 18.0 * u::month},
            {"cooling plant", 220_MW, 30.0 * u::month}};
}

// EIA 2023 industrial average and NREL's $15/kW-month demand charge.
site::tariff industrial_tariff() {
    return {.energy_price = 0.0806 * usd_per_kwh, .demand_charge = 15.0 * usd_per_kw_month};
}

// NREL 2030 mid-case battery, with an illustrative 90 % depth of discharge,
// 85 % round trip and 5,000 cycles; Saft's 160 Wh/kg.
site::battery_technology utility_battery() {
    return {.cost = 326.0 * usd_per_kwh,
            .depth_of_discharge = 0.9,
            .round_trip_efficiency = 0.85,
            .cycle_life = 5000.0,
            .energy_density = 160.0 * u::Wh / u::kg};
}

// Cushman & Wakefield's $11.7M/MW average, split (illustratively) as
// 3.0 + 5.5 + 3.2 = 11.7 $/W.
site::facility_capex_rates average_us_rates() {
    return {.shell = 3.0 * usd_per_w, .electrical = 5.5 * usd_per_w, .mechanical = 3.2 * usd_per_w};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(site_energy)

BOOST_AUTO_TEST_CASE(pue_is_facility_over_it_energy) {
    // Uptime 2023 average: 1,580 MWh drawn for 1,000 MWh of IT energy is
    // 1580 / 1000 = 1.58 (Green Grid definition).
    BOOST_TEST(site::pue(1'580_MWh, 1'000_MWh) == 1.58, boost::test_tools::tolerance(1e-12));
    // Facility energy equal to IT energy: the ideal, PUE 1.
    BOOST_TEST(site::pue(1_GWh, 1_GWh) == 1.0);
    // 100 MW facility at PUE 1.25 carries 100 / 1.25 = 80 MW of IT.
    BOOST_TEST(site::it_power(100_MW, 1.25).in(u::MW) == 80.0, boost::test_tools::tolerance(1e-12));
    // 80 MW of IT at PUE 1.58 draws 80 x 1.58 = 126.4 MW.
    BOOST_TEST(site::facility_power(80_MW, 1.58).in(u::MW) == 126.4,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(pue_rejects_bad_input) {
    // PUE below 1: the facility drew less than its own IT load.
    BOOST_CHECK_EXCEPTION(site::pue(900_MWh, 1'000_MWh), aiecon::domain_error,
                          naming("site::pue", "pue", "[1, 10]"));
    BOOST_CHECK_EXCEPTION(site::it_power(100_MW, 0.9), aiecon::domain_error,
                          naming("site::it_power", "pue", "[1, 10]"));
    BOOST_CHECK_EXCEPTION(site::facility_power(80_MW, 0.99), aiecon::domain_error,
                          naming("site::facility_power", "pue", "[1, 10]"));
    // Above 10 is a typo, not a site; NaN is no PUE.
    BOOST_CHECK_EXCEPTION(site::it_power(100_MW, 15.8), aiecon::domain_error,
                          naming("site::it_power", "pue", "[1, 10]"));
    BOOST_CHECK_EXCEPTION(site::it_power(100_MW, not_a_number), aiecon::domain_error,
                          naming("site::it_power", "pue", "[1, 10]"));
    // Energies: zero, negative, NaN, with their unit.
    BOOST_CHECK_EXCEPTION(site::pue(1_GWh, 0_GWh), aiecon::domain_error,
                          naming("site::pue", "it_equipment", "J"));
    BOOST_CHECK_EXCEPTION(site::pue(-1_GWh, 1_GWh), aiecon::domain_error,
                          naming("site::pue", "facility", "Wh"));
    BOOST_CHECK_EXCEPTION(site::pue(1_GWh, not_a_number * u::GWh), aiecon::domain_error,
                          naming("site::pue", "it_equipment", "J"));
    // Negative powers.
    BOOST_CHECK_EXCEPTION(site::it_power(-100_MW, 1.25), aiecon::domain_error,
                          naming("site::it_power", "facility", "MW"));
    BOOST_CHECK_EXCEPTION(site::facility_power(-80_MW, 1.25), aiecon::domain_error,
                          naming("site::facility_power", "it", "MW"));
}

BOOST_AUTO_TEST_CASE(brochure_versus_delivered_megawatts) {
    // The campus above: brochure 300 MW, delivered 200 MW facility and
    // 160 MW IT, bound by switchgear and UPS, available after 36 months
    // (the grid interconnect).
    const site::delivered_power p = site::deliver(campus(), 1.25);
    BOOST_TEST(p.brochure.in(u::MW) == 300.0);
    BOOST_TEST(p.facility.in(u::MW) == 200.0);
    BOOST_TEST(p.it.in(u::MW) == 160.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(p.binding_stage == "switchgear and UPS");
    BOOST_TEST(p.available_after.in(u::month) == 36.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(p.available_after.in(u::year) == 3.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(p.slowest_stage == "grid interconnect");
    // The brochure overstates IT power by 300 / 160 = 1.875 times.
    BOOST_TEST(p.brochure / p.it == 1.875, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(any_range_of_stages_and_ties_go_to_the_first) {
    // Two stages of equal capacity and equal lead time: the first listed is
    // named binding and slowest. 50 MW at PUE 1.0 delivers 50 MW of IT.
    const std::array<site::power_stage, 3> stages{
        site::power_stage{"interconnect", 50_MW, 12.0 * u::month},
        site::power_stage{"transformer", 50_MW, 12.0 * u::month},
        site::power_stage{"cooling", 80_MW, 6.0 * u::month}};
    const site::delivered_power p = site::deliver(stages, 1.0);
    BOOST_TEST(p.binding_stage == "interconnect");
    BOOST_TEST(p.slowest_stage == "interconnect");
    BOOST_TEST(p.brochure.in(u::MW) == 80.0);
    BOOST_TEST(p.it.in(u::MW) == 50.0);
    // One stage: it is brochure, binding and slowest at once.
    const std::vector<site::power_stage> one{{"grid", 10_MW, 1_yr}};
    const site::delivered_power q = site::deliver(one, 1.25);
    BOOST_TEST(q.brochure.in(u::MW) == 10.0);
    BOOST_TEST(q.it.in(u::MW) == 8.0, boost::test_tools::tolerance(1e-12));  // 10 / 1.25
    BOOST_TEST(q.binding_stage == "grid");
    BOOST_TEST(q.slowest_stage == "grid");
}

BOOST_AUTO_TEST_CASE(it_power_arrives_with_the_slowest_stage) {
    // Nothing before month 36; then 160 MW (campus above).
    BOOST_TEST(site::it_power_at(campus(), 1.25, 0.0 * u::month).in(u::MW) == 0.0);
    BOOST_TEST(site::it_power_at(campus(), 1.25, 35.0 * u::month).in(u::MW) == 0.0);
    BOOST_TEST(site::it_power_at(campus(), 1.25, 36.0 * u::month).in(u::MW) == 160.0,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(site::it_power_at(campus(), 1.25, 10_yr).in(u::MW) == 160.0,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(power_chain_rejects_bad_input) {
    BOOST_CHECK_EXCEPTION(site::deliver(std::vector<site::power_stage>{}, 1.25),
                          aiecon::domain_error,
                          naming("site::deliver", "stages", "at least one stage"));
    BOOST_CHECK_EXCEPTION(site::deliver(campus(), 0.8), aiecon::domain_error,
                          naming("site::deliver", "pue", "[1, 10]"));
    BOOST_CHECK_EXCEPTION(site::deliver(campus(), not_a_number), aiecon::domain_error,
                          naming("site::deliver", "pue", "[1, 10]"));
    BOOST_CHECK_EXCEPTION(site::it_power_at(campus(), 0.8, 5_yr), aiecon::domain_error,
                          naming("site::deliver", "pue", "[1, 10]"));
    std::vector<site::power_stage> bad = campus();
    bad[1].capacity = -250_MW;
    BOOST_CHECK_EXCEPTION(site::deliver(bad, 1.25), aiecon::domain_error,
                          naming("site::deliver", "stage.capacity (substation)", "MW"));
    bad = campus();
    bad[2].capacity = not_a_number * u::MW;
    BOOST_CHECK_EXCEPTION(site::deliver(bad, 1.25), aiecon::domain_error,
                          naming("site::deliver", "stage.capacity (switchgear and UPS)", "W"));
    bad = campus();
    bad[3].lead_time = -1.0 * u::month;
    BOOST_CHECK_EXCEPTION(site::deliver(bad, 1.25), aiecon::domain_error,
                          naming("site::deliver", "stage.lead_time (cooling plant)", "month"));
    bad = campus();
    bad[0].lead_time = not_a_number * u::s;
    BOOST_CHECK_EXCEPTION(site::deliver(bad, 1.25), aiecon::domain_error,
                          naming("site::deliver", "stage.lead_time (grid interconnect)", "s"));
}

BOOST_AUTO_TEST_CASE(yearly_bill_with_a_demand_charge) {
    // 10 MW IT peak at 80 % utilisation, PUE 1.25, EIA 8.06 c/kWh and NREL
    // $15/kW-month, for one Julian year (8766 h = 12 months):
    //   facility energy = 10,000 kW x 0.8 x 1.25 x 8766 h = 87,660,000 kWh
    //   energy charge   = 87,660,000 kWh x $0.0806       = $7,065,396
    //   demand charge   = 10,000 kW x 1.25 x $15 x 12     = $2,250,000
    //   total           = 7,065,396 + 2,250,000           = $9,315,396
    const site::energy_bill b = site::bill(10_MW, 0.8, 1.25, industrial_tariff());
    BOOST_TEST(b.facility_energy.in(u::kWh) == 87'660'000.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(b.energy_charge.in(u::USD) == 7'065'396.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(b.demand_charge.in(u::USD) == 2'250'000.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(b.total.in(u::USD) == 9'315'396.0, boost::test_tools::tolerance(1e-12));
    // The same over one month: 87,660,000 / 12 = 7,305,000 kWh; demand
    // 10,000 x 1.25 x 15 = $187,500.
    const site::energy_bill m = site::bill(10_MW, 0.8, 1.25, industrial_tariff(), 1.0 * u::month);
    BOOST_TEST(m.facility_energy.in(u::kWh) == 7'305'000.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(m.demand_charge.in(u::USD) == 187'500.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(bill_without_a_demand_charge) {
    // No demand charge (the default): the bill is the energy alone.
    //   1 MW x 1.0 x 1.0 x 8766 h = 8,766,000 kWh x $0.10 = $876,600.
    const site::energy_bill b = site::bill(1_MW, 1.0, 1.0, {.energy_price = 0.10 * usd_per_kwh});
    BOOST_TEST(b.demand_charge.in(u::USD) == 0.0);
    BOOST_TEST(b.total.in(u::USD) == 876'600.0, boost::test_tools::tolerance(1e-12));
    // Idle IT (utilisation 0) still pays the demand charge on its peak:
    //   1,000 kW x 1.25 x $15 x 12 = $225,000.
    const site::energy_bill idle = site::bill(1_MW, 0.0, 1.25, industrial_tariff());
    BOOST_TEST(idle.energy_charge.in(u::USD) == 0.0);
    BOOST_TEST(idle.total.in(u::USD) == 225'000.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(bill_rejects_bad_input) {
    const site::tariff prices = industrial_tariff();
    BOOST_CHECK_EXCEPTION(site::bill(-10_MW, 0.8, 1.25, prices), aiecon::domain_error,
                          naming("site::bill", "it_peak", "MW"));
    BOOST_CHECK_EXCEPTION(site::bill(not_a_number * u::MW, 0.8, 1.25, prices), aiecon::domain_error,
                          naming("site::bill", "it_peak", "W"));
    for (double utilisation : {-0.1, 1.2, not_a_number}) {
        BOOST_CHECK_EXCEPTION(site::bill(10_MW, utilisation, 1.25, prices), aiecon::domain_error,
                              naming("site::bill", "utilisation", "[0, 1]"));
    }
    BOOST_CHECK_EXCEPTION(site::bill(10_MW, 0.8, 0.95, prices), aiecon::domain_error,
                          naming("site::bill", "pue", "[1, 10]"));
    // Negative prices.
    BOOST_CHECK_EXCEPTION(site::bill(10_MW, 0.8, 1.25, {.energy_price = -0.0806 * usd_per_kwh}),
                          aiecon::domain_error,
                          naming("site::bill", "tariff.energy_price", "/kWh"));
    BOOST_CHECK_EXCEPTION(site::bill(10_MW, 0.8, 1.25,
                                     {.energy_price = 0.0806 * usd_per_kwh,
                                      .demand_charge = -15.0 * usd_per_kw_month}),
                          aiecon::domain_error, naming("site::bill", "tariff.demand_charge", "$"));
    BOOST_CHECK_EXCEPTION(
        site::bill(10_MW, 0.8, 1.25, {.energy_price = not_a_number * usd_per_kwh}),
        aiecon::domain_error, naming("site::bill", "tariff.energy_price", "/kWh"));
    BOOST_CHECK_EXCEPTION(site::bill(10_MW, 0.8, 1.25, prices, -1_yr), aiecon::domain_error,
                          naming("site::bill", "period", "yr"));
}

BOOST_AUTO_TEST_CASE(battery_for_a_four_hour_gap) {
    // 10 MW for 4 h with the NREL/Saft battery above:
    //   usable         = 10,000 kW x 4 h          = 40,000 kWh
    //   nameplate      = 40,000 / 0.9             = 44,444.444 kWh
    //   rating         = 10 MW
    //   recharge       = 40,000 / 0.85            = 47,058.824 kWh
    //   cost           = 44,444.444 x $326        = $14,488,888.89
    //   cost per cycle = 14,488,888.89 / 5,000    = $2,897.78
    //   mass           = 44,444,444.4 Wh / 160 Wh/kg = 277,777.778 kg
    const site::battery_sizing b = site::size_battery(10_MW, 4_h, utility_battery());
    BOOST_TEST(b.usable.in(u::kWh) == 40'000.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(b.nameplate.in(u::kWh) == 44'444.444444, boost::test_tools::tolerance(1e-10));
    BOOST_TEST(b.rating.in(u::MW) == 10.0);
    BOOST_TEST(b.recharge.in(u::kWh) == 47'058.823529, boost::test_tools::tolerance(1e-10));
    BOOST_TEST(b.cost.in(u::USD) == 14'488'888.89, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(b.cost_per_cycle.in(u::USD) == 2'897.7778, boost::test_tools::tolerance(1e-8));
    BOOST_TEST(b.mass.in(u::kg) == 277'777.777778, boost::test_tools::tolerance(1e-10));
}

BOOST_AUTO_TEST_CASE(battery_defaults_and_no_density) {
    // Defaults: full depth, lossless, one cycle; no density, no mass.
    //   1 MW x 1 h = 1,000 kWh = nameplate = recharge; cost 1,000 x $125 =
    //   $125,000 (BNEF 2024 stationary pack price).
    const site::battery_sizing b = site::size_battery(1_MW, 1_h, {.cost = 125.0 * usd_per_kwh});
    BOOST_TEST(b.nameplate.in(u::kWh) == 1'000.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(b.recharge.in(u::kWh) == 1'000.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(b.cost.in(u::USD) == 125'000.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(b.cost_per_cycle.in(u::USD) == 125'000.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(b.mass.in(u::kg) == 0.0);
}

BOOST_AUTO_TEST_CASE(battery_rejects_bad_input) {
    const site::battery_technology good = utility_battery();
    BOOST_CHECK_EXCEPTION(site::size_battery(-10_MW, 4_h, good), aiecon::domain_error,
                          naming("site::size_battery", "gap_power", "MW"));
    BOOST_CHECK_EXCEPTION(site::size_battery(not_a_number * u::MW, 4_h, good), aiecon::domain_error,
                          naming("site::size_battery", "gap_power", "W"));
    BOOST_CHECK_EXCEPTION(site::size_battery(10_MW, -4_h, good), aiecon::domain_error,
                          naming("site::size_battery", "gap_length", "h"));
    site::battery_technology bad = good;
    bad.cost = -326.0 * usd_per_kwh;
    BOOST_CHECK_EXCEPTION(site::size_battery(10_MW, 4_h, bad), aiecon::domain_error,
                          naming("site::size_battery", "technology.cost", "/kWh"));
    for (double share : {0.0, 1.1, not_a_number}) {
        bad = good;
        bad.depth_of_discharge = share;
        BOOST_CHECK_EXCEPTION(
            site::size_battery(10_MW, 4_h, bad), aiecon::domain_error,
            naming("site::size_battery", "technology.depth_of_discharge", "(0, 1]"));
        bad = good;
        bad.round_trip_efficiency = share;
        BOOST_CHECK_EXCEPTION(
            site::size_battery(10_MW, 4_h, bad), aiecon::domain_error,
            naming("site::size_battery", "technology.round_trip_efficiency", "(0, 1]"));
    }
    bad = good;
    bad.cycle_life = 0.0;
    BOOST_CHECK_EXCEPTION(site::size_battery(10_MW, 4_h, bad), aiecon::domain_error,
                          naming("site::size_battery", "technology.cycle_life", "(0, inf)"));
    bad = good;
    bad.energy_density = -160.0 * u::Wh / u::kg;
    BOOST_CHECK_EXCEPTION(site::size_battery(10_MW, 4_h, bad), aiecon::domain_error,
                          naming("site::size_battery", "technology.energy_density", "Wh/kg"));
}

BOOST_AUTO_TEST_CASE(facility_capex_per_it_megawatt) {
    // Cushman & Wakefield 2025 average: 3.0 + 5.5 + 3.2 = $11.7/W, i.e.
    // $11.7M per MW of critical (IT) load.
    BOOST_TEST(site::capex_per_it_power(average_us_rates()).in(usd_per_w) == 11.7,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(site::facility_capex(1_MW, average_us_rates()).in(u::MUSD) == 11.7,
               boost::test_tools::tolerance(1e-12));
    // A 100 MW campus: 100 x 11.7 = $1,170M = $1.17B.
    BOOST_TEST(site::facility_capex(100_MW, average_us_rates()).in(u::BUSD) == 1.17,
               boost::test_tools::tolerance(1e-12));
    // The guide's range: $9.3M/MW (San Antonio) x 100 MW = $930M.
    const site::facility_capex_rates san_antonio{
        .shell = 2.0 * usd_per_w, .electrical = 4.5 * usd_per_w, .mechanical = 2.8 * usd_per_w};
    BOOST_TEST(site::facility_capex(100_MW, san_antonio).in(u::MUSD) == 930.0,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(facility_capex_rejects_bad_input) {
    site::facility_capex_rates bad = average_us_rates();
    bad.shell = -3.0 * usd_per_w;
    BOOST_CHECK_EXCEPTION(site::capex_per_it_power(bad), aiecon::domain_error,
                          naming("site::capex_per_it_power", "rates.shell", "/W"));
    bad = average_us_rates();
    bad.electrical = not_a_number * usd_per_w;
    BOOST_CHECK_EXCEPTION(site::facility_capex(1_MW, bad), aiecon::domain_error,
                          naming("site::capex_per_it_power", "rates.electrical", "/W"));
    bad = average_us_rates();
    bad.mechanical = -1.0 * usd_per_w;
    BOOST_CHECK_EXCEPTION(site::capex_per_it_power(bad), aiecon::domain_error,
                          naming("site::capex_per_it_power", "rates.mechanical", "$"));
    BOOST_CHECK_EXCEPTION(site::facility_capex(-1_MW, average_us_rates()), aiecon::domain_error,
                          naming("site::facility_capex", "it", "MW"));
}

BOOST_AUTO_TEST_SUITE_END()
