// The finance layer: straight-line depreciation of capex items (one and a
// range), net present value, payback period, TCO per accelerator-hour,
// make or buy through a chain of vendors, and an offtake contract against
// TCO, each worked by hand; and bad input.
//
// References:
//  - Straight-line depreciation (cost - salvage) / life (IAS 16, 62).
//    Useful lives from company filings (project researcher's notes,
//    /tmp/compute_refs.md sec. 5): Microsoft servers 4 -> 6 yr from FY2023;
//    CoreWeave technology equipment 6 yr.
//  - NPV = sum of CF_t / (1 + r)^t, t = 0, 1, ... (Brealey, Myers and Allen,
//    "Principles of Corporate Finance", ch. 2); the textbook case -1,000
//    now and 500 a year for 3 years at 10 %:
//      -1000 + 500/1.1 + 500/1.21 + 500/1.331
//      = -1000 + 454.54545 + 413.22314 + 375.65740 = 243.42600
//  - CRF = i (1 + i)^n / ((1 + i)^n - 1): (A/P, 8 %, 5) = 0.25045645 and
//    (A/P, 8 %, 10) = 0.14902949 (hand, and the NCEES FE Reference
//    Handbook's factor tables, 0.2505 and 0.1490).
//  - TCO inputs: 1,275 W per H100 (DGX H100, 10.2 kW / 8); 5 yr server
//    life and PUE 1.25 (Epoch AI cost model defaults); $11.7/W facility
//    (Cushman & Wakefield, Data Center Development Cost Guide 2025);
//    $0.08/kWh (EIA 2023 US industrial, 8.06 c/kWh, rounded). Capex per
//    accelerator $40,000 and maintenance 5 %/yr are illustrative: the
//    reference is the arithmetic. A year is 8,766 h (Julian, as units::year).
//  - Offtake price $2.50 per H100-hour, inside the $1.90 to $2.99 that
//    neoclouds charge (researcher's notes, sec. 1).
//  - Make or buy: H100 build cost ~$3,320 against a $25,000 to $30,000 sale
//    price (Raymond James via Barron's, 2023); margins and lead times of the
//    chain are illustrative.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <array>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace fin = aiecon::finance;

using test::naming;
using test::not_a_number;

const auto usd_per_year = u::USD / u::year;
const auto usd_per_hour = u::USD / (u::device * u::h);
const auto usd_per_w = u::USD / u::W;
const auto usd_per_kwh = u::USD / u::kWh;

aiecon::price_per_device_time per_hour(double usd) {
    return usd * usd_per_hour;
}

// The TCO case worked below, by hand (8,766 h a year):
//   hardware    = 40,000 x CRF(8 %, 5) / 8766 = 40,000 x 0.25045645 / 8766
//               = 10,018.258 / 8766 = $1.1428540/h
//   facility    = 11.7 $/W x 1,275 W x CRF(8 %, 10) / 8766
//               = 14,917.5 x 0.14902949 / 8766 = 2,223.1474 / 8766 = $0.2536102/h
//   energy      = 1.275 kW x 0.8 x 1.25 x $0.08/kWh = $0.102/h
//   maintenance = 40,000 x 0.05 / 8766 = 2,000 / 8766 = $0.2281542/h
//   total       = 1.1428540 + 0.2536102 + 0.102 + 0.2281542 = $1.7266185/h
//   per utilised hour = 1.7266185 / 0.8 = $2.1582731/h
fin::tco_inputs h100_tco() {
    return {.capex_per_accelerator = 40'000_USD,
            .power_per_accelerator = 1'275_W,
            .hardware_life = 5_yr,
            .facility_capex = 11.7 * usd_per_w,
            .facility_life = 10_yr,
            .pue = 1.25,
            .tariff = 0.08 * usd_per_kwh,
            .maintenance_share = 0.05,
            .utilisation = 0.8,
            .cost_of_capital = 0.08};
}
constexpr double hardware_hand = 1.1428540;
constexpr double facility_hand = 0.2536102;
constexpr double energy_hand = 0.102;
constexpr double maintenance_hand = 0.2281542;
constexpr double total_hand = 1.7266185;
constexpr double per_utilised_hand = 2.1582731;

std::vector<fin::capex_item> three_items() {
    return {{.name = "DGX H100", .cost = 270'000_USD, .life = 6_yr},
            {.name = "InfiniBand", .cost = 60'000_USD, .life = 5_yr, .salvage = 10'000_USD},
            {.name = "fit-out", .cost = 120'000_USD, .life = 20_yr}};
}
}  // namespace

BOOST_AUTO_TEST_SUITE(finance)

BOOST_AUTO_TEST_CASE(straight_line_depreciation_by_hand) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    const std::vector<fin::capex_item> items = three_items();
    // (270,000 - 0) / 6 = $45,000 a year; (60,000 - 10,000) / 5 = $10,000;
    // 120,000 / 20 = $6,000.
    BOOST_TEST(fin::straight_line_depreciation(items[0]).in(usd_per_year) == 45'000.0, tol);
    BOOST_TEST(fin::straight_line_depreciation(items[1]).in(usd_per_year) == 10'000.0, tol);
    BOOST_TEST(fin::straight_line_depreciation(items[2]).in(usd_per_year) == 6'000.0, tol);
    // $45,000 a year is 45,000 / (8766 x 3600 s) = 45,000 / 31,557,600 s
    // = $0.0014259639516/s.
    BOOST_TEST(fin::straight_line_depreciation(items[0]).in(u::USD / u::s) == 0.0014259639516,
               boost::test_tools::tolerance(1e-8));
    // Microsoft's change of server life, 4 -> 6 yr, on $1M of servers:
    // 1,000,000 / 4 = $250,000 a year, / 6 = $166,666.67: $83,333.33 less.
    const fin::capex_item four{.name = "servers", .cost = 1_MUSD, .life = 4_yr};
    const fin::capex_item six{.name = "servers", .cost = 1_MUSD, .life = 6_yr};
    BOOST_TEST((fin::straight_line_depreciation(four) - fin::straight_line_depreciation(six))
                       .in(usd_per_year) == 83'333.333333333333,
               tol);
    // Fully salvaged: nothing to depreciate.
    const fin::capex_item kept{.name = "land", .cost = 5_MUSD, .life = 30_yr, .salvage = 5_MUSD};
    BOOST_TEST(fin::straight_line_depreciation(kept).in(usd_per_year) == 0.0);
}

BOOST_AUTO_TEST_CASE(total_and_yearly_for_a_range) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    // Total: 270,000 + 60,000 + 120,000 = $450,000; a year:
    // 45,000 + 10,000 + 6,000 = $61,000.
    const std::vector<fin::capex_item> items = three_items();
    BOOST_TEST(fin::total_capex(items).in(u::USD) == 450'000.0, tol);
    BOOST_TEST(fin::yearly_depreciation(items).in(usd_per_year) == 61'000.0, tol);
    // Any range: a std::array of the first two, 330,000 and 55,000 a year.
    const std::array<fin::capex_item, 2> two{items[0], items[1]};
    BOOST_TEST(fin::total_capex(two).in(u::USD) == 330'000.0, tol);
    BOOST_TEST(fin::yearly_depreciation(two).in(usd_per_year) == 55'000.0, tol);
    // An empty range costs nothing.
    const std::vector<fin::capex_item> none;
    BOOST_TEST(fin::total_capex(none).in(u::USD) == 0.0);
    BOOST_TEST(fin::yearly_depreciation(none).in(usd_per_year) == 0.0);
}

BOOST_AUTO_TEST_CASE(net_present_value_textbook_cases) {
    // -1000 + 454.54545 + 413.22314 + 375.65740 = 243.42600 (header comment).
    const std::vector<aiecon::money> flows{-1000_USD, 500_USD, 500_USD, 500_USD};
    BOOST_TEST(fin::net_present_value(0.10, flows).in(u::USD) == 243.42600,
               boost::test_tools::tolerance(1e-7));
    // Undiscounted: -1000 + 3 x 500 = $500.
    BOOST_TEST(fin::net_present_value(0.0, flows).in(u::USD) == 500.0,
               boost::test_tools::tolerance(1e-12));
    // -370,000 now, 420,000 in a year at 5 %: 420,000 / 1.05 = 400,000;
    // NPV = $30,000.
    const std::array<aiecon::money, 2> building{-370'000_USD, 420'000_USD};
    BOOST_TEST(fin::net_present_value(0.05, building).in(u::USD) == 30'000.0,
               boost::test_tools::tolerance(1e-12));
    // -100 now, 110 in a year at 10 %: exactly break-even (10 % is the IRR).
    const std::array<aiecon::money, 2> at_irr{-100_USD, 110_USD};
    BOOST_TEST(std::fabs(fin::net_present_value(0.10, at_irr).in(u::USD)) < 1e-12);
    // A negative rate inflates later flows: 0 + 100 / (1 - 0.5) = $200.
    const std::array<aiecon::money, 2> later{0_USD, 100_USD};
    BOOST_TEST(fin::net_present_value(-0.5, later).in(u::USD) == 200.0,
               boost::test_tools::tolerance(1e-12));
    // The year-0 flow is not discounted.
    const std::array<aiecon::money, 1> now{-1000_USD};
    BOOST_TEST(fin::net_present_value(0.10, now).in(u::USD) == -1000.0);
}

BOOST_AUTO_TEST_CASE(payback_interpolated_within_the_year) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    // -1000, then 500 a year: -500 after year 1, 0 after year 2: 2 years.
    const std::vector<aiecon::money> even{-1000_USD, 500_USD, 500_USD, 500_USD};
    std::optional<aiecon::duration> p = fin::payback_period(even);
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->in(u::year) == 2.0, tol);
    // -1000, then 400 a year: -600, -200, then +200 in year 3; the 200
    // missing at the start of year 3 comes 200 / 400 = 0.5 into it: 2.5 yr.
    const std::vector<aiecon::money> interpolated{-1000_USD, 400_USD, 400_USD, 400_USD};
    p = fin::payback_period(interpolated);
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->in(u::year) == 2.5, tol);
    // A loss in year 2: -1000, +600, -200, +800: -400, -600, +200; 600 of
    // the 800 in year 3 closes the gap: 2 + 600 / 800 = 2.75 yr.
    const std::vector<aiecon::money> dip{-1000_USD, 600_USD, -200_USD, 800_USD};
    p = fin::payback_period(dip);
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->in(u::year) == 2.75, tol);
    // Never: -1000, 100, 100 ends at -800.
    const std::vector<aiecon::money> never{-1000_USD, 100_USD, 100_USD};
    BOOST_TEST(!fin::payback_period(never).has_value());
    // Nothing to pay back: at once.
    const std::vector<aiecon::money> free{0_USD, 100_USD};
    p = fin::payback_period(free);
    BOOST_TEST_REQUIRE(p.has_value());
    BOOST_TEST(p->in(u::year) == 0.0);
    // No flows at all: no payback.
    const std::vector<aiecon::money> empty;
    BOOST_TEST(!fin::payback_period(empty).has_value());
}

BOOST_AUTO_TEST_CASE(tco_per_accelerator_hour_by_hand) {
    // The case worked in the comment above h100_tco().
    const fin::tco_per_hour t = fin::tco(h100_tco());
    const auto tol = boost::test_tools::tolerance(1e-6);
    BOOST_TEST(t.hardware.in(usd_per_hour) == hardware_hand, tol);
    BOOST_TEST(t.facility.in(usd_per_hour) == facility_hand, tol);
    BOOST_TEST(t.energy.in(usd_per_hour) == energy_hand, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(t.maintenance.in(usd_per_hour) == maintenance_hand, tol);
    BOOST_TEST(t.total.in(usd_per_hour) == total_hand, tol);
    BOOST_TEST(t.per_utilised_hour.in(usd_per_hour) == per_utilised_hand, tol);

    // Free capital (0 %): CRF = 1 / n.
    //   hardware = 40,000 / 5 / 8766 = $0.9126169/h
    //   facility = 14,917.5 / 10 / 8766 = $0.1701745/h
    //   total    = 0.9126169 + 0.1701745 + 0.102 + 0.2281542 = $1.4129457/h
    //   per utilised hour = 1.4129457 / 0.8 = $1.7661821/h
    fin::tco_inputs free = h100_tco();
    free.cost_of_capital = 0.0;
    const fin::tco_per_hour z = fin::tco(free);
    BOOST_TEST(z.hardware.in(usd_per_hour) == 0.9126169, tol);
    BOOST_TEST(z.facility.in(usd_per_hour) == 0.1701745, tol);
    BOOST_TEST(z.total.in(usd_per_hour) == 1.4129457, tol);
    BOOST_TEST(z.per_utilised_hour.in(usd_per_hour) == 1.7661821, tol);

    // Full use: energy 1.275 x 1.25 x 0.08 = $0.1275/h; the fixed parts do
    // not change: total = 1.1428540 + 0.2536102 + 0.1275 + 0.2281542
    //   = $1.7521184/h, the same per utilised hour.
    fin::tco_inputs full = h100_tco();
    full.utilisation = 1.0;
    const fin::tco_per_hour f = fin::tco(full);
    BOOST_TEST(f.energy.in(usd_per_hour) == 0.1275, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(f.total.in(usd_per_hour) == 1.7521184, tol);
    BOOST_TEST(f.per_utilised_hour.in(usd_per_hour) == 1.7521184, tol);
}

BOOST_AUTO_TEST_CASE(make_or_buy_by_hand) {
    const auto tol = boost::test_tools::tolerance(1e-12);
    // A $3,320 part through a chip vendor (x 6, 210 days) and a server OEM
    // (x 1.15, 56 days), against making it for $4,320 in 120 days:
    //   bought = 3,320 x (1 + 5) x (1 + 0.15) = 3,320 x 6.9 = $22,908
    //   time   = 210 + 56 = 266 days
    //   saved  = 22,908 - 4,320 = $18,588 and 266 - 120 = 146 days
    const std::vector<fin::vendor> chain{
        {.name = "chip vendor", .margin = 5.0, .lead_time = 210_day},
        {.name = "server OEM", .margin = 0.15, .lead_time = 56_day}};
    const fin::sourcing_comparison c =
        fin::compare_make_or_buy(3'320_USD, chain, {.cost = 4'320_USD, .lead_time = 120_day});
    BOOST_TEST(c.bought_cost.in(u::USD) == 22'908.0, tol);
    BOOST_TEST(c.bought_time.in(u::day) == 266.0, tol);
    BOOST_TEST(c.made_cost.in(u::USD) == 4'320.0, tol);
    BOOST_TEST(c.made_time.in(u::day) == 120.0, tol);
    BOOST_TEST(c.margin_saved.in(u::USD) == 18'588.0, tol);
    BOOST_TEST(c.time_saved.in(u::day) == 146.0, tol);

    // Making slower than buying: 300 days in-house, 266 - 300 = -34 days.
    const fin::sourcing_comparison slow =
        fin::compare_make_or_buy(3'320_USD, chain, {.cost = 4'320_USD, .lead_time = 300_day});
    BOOST_TEST(slow.time_saved.in(u::day) == -34.0, tol);

    // Raymond James: $3,320 to build, $25,000 to buy: one vendor's margin of
    // 25,000 / 3,320 - 1 = 6.5301205 gives the sale price back.
    const std::array<fin::vendor, 1> nvidia{
        fin::vendor{.name = "chip vendor", .margin = 25'000.0 / 3'320.0 - 1.0, .lead_time = 0_day}};
    BOOST_TEST(fin::compare_make_or_buy(3'320_USD, nvidia, {.cost = 3'320_USD, .lead_time = 0_day})
                       .bought_cost.in(u::USD) == 25'000.0,
               tol);

    // No vendors: bought at cost, at once.
    const std::vector<fin::vendor> direct;
    const fin::sourcing_comparison d =
        fin::compare_make_or_buy(3'320_USD, direct, {.cost = 3'320_USD, .lead_time = 30_day});
    BOOST_TEST(d.bought_cost.in(u::USD) == 3'320.0, tol);
    BOOST_TEST(d.bought_time.in(u::day) == 0.0);
    BOOST_TEST(d.margin_saved.in(u::USD) == 0.0);
    BOOST_TEST(d.time_saved.in(u::day) == -30.0, tol);
}

BOOST_AUTO_TEST_CASE(offtake_by_hand) {
    // $2.50 per H100-hour against the TCO above ($2.1582731 per utilised
    // hour at 80 % use), by hand:
    //   margin per utilised hour = 2.50 - 2.1582731 = $0.3417269
    //   margin share = 0.3417269 / 2.50 = 0.1366908
    //   profit per accelerator-year = 0.3417269 x 0.8 x 8766 = $2,396.4624
    //   cash a year = (2.50 x 0.8 - energy 0.102 - maintenance 0.2281542
    //                  - facility 0.2536102) x 8766 = 1.4162356 x 8766 = $12,414.721
    //   payback = 40,000 / 12,414.721 = 3.2219815 yr
    //   break-even utilisation = fixed / (price - energy at full use)
    //     = (1.1428540 + 0.2536102 + 0.2281542) / (2.50 - 0.1275)
    //     = 1.6246185 / 2.3725 = 0.6847707
    const fin::offtake_result r = fin::offtake(h100_tco(), per_hour(2.50));
    const auto tol = boost::test_tools::tolerance(1e-6);
    BOOST_TEST(r.margin_per_utilised_hour.in(usd_per_hour) == 0.3417269, tol);
    BOOST_TEST(r.margin_share == 0.1366908, tol);
    BOOST_TEST(r.profit_per_accelerator_year.in(u::USD) == 2'396.4624, tol);
    BOOST_TEST_REQUIRE(r.payback.has_value());
    BOOST_TEST(r.payback->in(u::year) == 3.2219815, tol);
    BOOST_TEST_REQUIRE(r.break_even_utilisation.has_value());
    BOOST_TEST(*r.break_even_utilisation == 0.6847707, tol);

    // At the break-even utilisation the TCO per utilised hour is the price
    // (the definition of break-even).
    fin::tco_inputs at_break_even = h100_tco();
    at_break_even.utilisation = *r.break_even_utilisation;
    BOOST_TEST(fin::tco(at_break_even).per_utilised_hour.in(usd_per_hour) == 2.50,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(offtake_below_break_even) {
    const auto tol = boost::test_tools::tolerance(1e-6);
    // $1.50: margin 1.50 - 2.1582731 = -$0.6582731; cash a year
    // (1.20 - 0.102 - 0.2281542 - 0.2536102) x 8766 = 0.6162356 x 8766 = $5,401.9206,
    // so the hardware pays back in 40,000 / 5,401.9206 = 7.4047738 yr (its
    // capital cost aside); break-even 1.6246185 / (1.50 - 0.1275) = 1.1837 > 1:
    // none.
    const fin::offtake_result low = fin::offtake(h100_tco(), per_hour(1.50));
    BOOST_TEST(low.margin_per_utilised_hour.in(usd_per_hour) == -0.6582731, tol);
    BOOST_TEST_REQUIRE(low.payback.has_value());
    BOOST_TEST(low.payback->in(u::year) == 7.4047738, tol);
    BOOST_TEST(!low.break_even_utilisation.has_value());
    // $0.30: 0.24 a utilised calendar hour does not cover the 0.5837644 of
    // energy, maintenance and facility: no payback, no break-even.
    const fin::offtake_result tiny = fin::offtake(h100_tco(), per_hour(0.30));
    BOOST_TEST(!tiny.payback.has_value());
    BOOST_TEST(!tiny.break_even_utilisation.has_value());
    // Free: no margin share to speak of, nothing ever paid back.
    const fin::offtake_result free = fin::offtake(h100_tco(), per_hour(0.0));
    BOOST_TEST(free.margin_share == 0.0);
    BOOST_TEST(!free.payback.has_value());
    BOOST_TEST(!free.break_even_utilisation.has_value());
}

BOOST_AUTO_TEST_CASE(bad_depreciation_and_cash_flow_input) {
    const char* straight = "finance::straight_line_depreciation";
    fin::capex_item bad{.name = "DGX H100", .cost = 270'000_USD, .life = 0_yr};
    BOOST_CHECK_EXCEPTION(fin::straight_line_depreciation(bad), aiecon::domain_error,
                          naming(straight, "life (DGX H100)", "(0, inf)"));
    bad.life = not_a_number * u::year;
    BOOST_CHECK_EXCEPTION(fin::straight_line_depreciation(bad), aiecon::domain_error,
                          naming(straight, "life (DGX H100)", "(0, inf)"));
    bad = {.name = "DGX H100", .cost = -270'000_USD, .life = 6_yr};
    BOOST_CHECK_EXCEPTION(fin::straight_line_depreciation(bad), aiecon::domain_error,
                          naming(straight, "cost (DGX H100)", "$"));
    bad = {.name = "DGX H100", .cost = 270'000_USD, .life = 6_yr, .salvage = 300'000_USD};
    BOOST_CHECK_EXCEPTION(fin::straight_line_depreciation(bad), aiecon::domain_error,
                          naming(straight, "salvage (DGX H100)", "$270k"));
    bad.salvage = -1_USD;
    BOOST_CHECK_EXCEPTION(fin::straight_line_depreciation(bad), aiecon::domain_error,
                          naming(straight, "salvage (DGX H100)", "$"));
    // In a range, the bad item is named.
    std::vector<fin::capex_item> items = three_items();
    items[1].life = -5_yr;
    BOOST_CHECK_EXCEPTION(fin::yearly_depreciation(items), aiecon::domain_error,
                          naming(straight, "life (InfiniBand)", "(0, inf)"));
    items = three_items();
    items[2].cost = not_a_number * u::USD;
    BOOST_CHECK_EXCEPTION(fin::total_capex(items), aiecon::domain_error,
                          naming("finance::total_capex", "cost (fit-out)", "[0, inf)"));

    const std::vector<aiecon::money> flows{-1000_USD, 500_USD};
    for (double rate : {-1.0, -2.0, not_a_number, std::numeric_limits<double>::infinity()}) {
        BOOST_CHECK_EXCEPTION(fin::net_present_value(rate, flows), aiecon::domain_error,
                              naming("finance::net_present_value", "discount_rate", "(-1, inf)"));
    }
    const std::vector<aiecon::money> broken{-1000_USD, not_a_number * u::USD};
    BOOST_CHECK_EXCEPTION(fin::net_present_value(0.1, broken), aiecon::domain_error,
                          naming("finance::net_present_value", "cash flow", "(-inf, inf)"));
    BOOST_CHECK_EXCEPTION(fin::payback_period(broken), aiecon::domain_error,
                          naming("finance::payback_period", "cash flow", "(-inf, inf)"));
}

BOOST_AUTO_TEST_CASE(bad_tco_offtake_and_sourcing_input) {
    const char* tco = "finance::tco";
    for (double utilisation : {0.0, 1.5, -0.2, not_a_number}) {
        fin::tco_inputs bad = h100_tco();
        bad.utilisation = utilisation;
        BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error,
                              naming(tco, "utilisation", "(0, 1]"));
    }
    fin::tco_inputs bad = h100_tco();
    bad.pue = 0.9;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error, naming(tco, "pue", "[1, 10]"));
    bad = h100_tco();
    bad.tariff = -0.08 * usd_per_kwh;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error, naming(tco, "tariff", "/kWh"));
    bad = h100_tco();
    bad.maintenance_share = 1.5;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error,
                          naming(tco, "maintenance_share", "[0, 1]"));
    bad = h100_tco();
    bad.capex_per_accelerator = -40'000_USD;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error,
                          naming(tco, "capex_per_accelerator", "$"));
    bad = h100_tco();
    bad.power_per_accelerator = not_a_number * u::W;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error,
                          naming(tco, "power_per_accelerator", "[0, inf)"));
    bad = h100_tco();
    bad.facility_capex = -11.7 * usd_per_w;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error, naming(tco, "facility_capex", "/W"));
    // Lives and the cost of capital, named as tco's own inputs.
    bad = h100_tco();
    bad.hardware_life = 0_yr;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error,
                          naming(tco, "hardware_life", "(0, inf)"));
    bad = h100_tco();
    bad.cost_of_capital = -0.08;
    BOOST_CHECK_EXCEPTION(fin::tco(bad), aiecon::domain_error,
                          naming(tco, "cost_of_capital", "[0, 1]"));

    BOOST_CHECK_EXCEPTION(fin::offtake(h100_tco(), per_hour(-2.50)), aiecon::domain_error,
                          naming("finance::offtake", "price", "[0, inf)"));
    BOOST_CHECK_EXCEPTION(fin::offtake(h100_tco(), per_hour(not_a_number)), aiecon::domain_error,
                          naming("finance::offtake", "price", "[0, inf)"));
    bad = h100_tco();
    bad.utilisation = 0.0;
    BOOST_CHECK_EXCEPTION(fin::offtake(bad, per_hour(2.50)), aiecon::domain_error,
                          naming(tco, "utilisation", "(0, 1]"));

    const char* sourcing = "finance::compare_make_or_buy";
    const fin::in_house make{.cost = 4'320_USD, .lead_time = 120_day};
    for (double margin : {-0.1, 100.0, not_a_number}) {
        const std::vector<fin::vendor> chain{
            {.name = "chip vendor", .margin = margin, .lead_time = 210_day}};
        BOOST_CHECK_EXCEPTION(fin::compare_make_or_buy(3'320_USD, chain, make),
                              aiecon::domain_error,
                              naming(sourcing, "margin (chip vendor)", "[0, 100)"));
    }
    const std::vector<fin::vendor> late{{.name = "OEM", .margin = 0.15, .lead_time = -1_day}};
    BOOST_CHECK_EXCEPTION(fin::compare_make_or_buy(3'320_USD, late, make), aiecon::domain_error,
                          naming(sourcing, "lead_time (OEM)", "[0, inf)"));
    const std::vector<fin::vendor> none;
    BOOST_CHECK_EXCEPTION(fin::compare_make_or_buy(-3'320_USD, none, make), aiecon::domain_error,
                          naming(sourcing, "cost_to_make", "$"));
    BOOST_CHECK_EXCEPTION(
        fin::compare_make_or_buy(3'320_USD, none, {.cost = -1_USD, .lead_time = 0_day}),
        aiecon::domain_error, naming(sourcing, "make.cost", "[0, inf)"));
    BOOST_CHECK_EXCEPTION(
        fin::compare_make_or_buy(3'320_USD, none,
                                 {.cost = 4'320_USD, .lead_time = not_a_number * u::day}),
        aiecon::domain_error, naming(sourcing, "make.lead_time", "[0, inf)"));
}

BOOST_AUTO_TEST_SUITE_END()
