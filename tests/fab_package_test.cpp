// The fab layer's 2.5D packaging: package yield, cost per good package,
// scrap, the bill of materials, memory capacity and bandwidth, and the two
// carriers (silicon interposer, organic substrate).
//
// References: package cases worked on paper below, with the compound-yield
// cost model (every part placed is lost when assembly fails; Stow et al.,
// ICCAD 2017); NVIDIA's H100 SXM figures (80 GB of HBM3 in 5 active stacks,
// 3.35 TB/s); Micron HBM3E (24 GB per 8-high stack); ACT (Gupta et al., ISCA
// 2022: 150 gCO2e per IC package, 28 nm Table 1 figures); AnandTech (2020:
// a 2x reticle, about 1,700 mm2, CoWoS interposer). Prices of parts (HBM
// stacks, substrates, assembly) have no reliable public figure: they are
// illustrative inputs, and only the arithmetic on them is the reference.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace fab = aiecon::fab;

using test::naming;
using test::not_a_number;

const auto usd_per_die = u::USD / u::die;

// Case A, an H100-like package on an organic substrate (worked on paper):
//   1 logic die, $640 known good, survives assembly with 0.99
//   5 HBM3 stacks, $150 each, 0.99 each, 16 GB and 670 GB/s each
//   organic substrate, $100, 2 kgCO2e
//   assembly $50, yield 0.98, 150 gCO2e per package (ACT)
//   logic die 60 kgCO2e, each stack 10 kgCO2e
fab::accelerator_package case_a() {
    return {.logic_dies = 1.0,
            .logic_die_cost = 640.0 * usd_per_die,
            .logic_die_yield = 0.99,
            .logic_die_emissions = 60.0 * u::kgCO2e / u::die,
            .memory_stacks = 5.0,
            .memory = {.cost = 150_USD,
                       .yield = 0.99,
                       .capacity = 16_GB,
                       .bandwidth = 670_GB / 1_s,
                       .embodied = 10_kgCO2e},
            .interposer = fab::organic_substrate(100_USD, 2_kgCO2e),
            .assembly = {.cost = 50_USD, .yield = 0.98, .embodied = 150_gCO2e}};
}
// Case A by hand:
//   assembled cost = 1 x 640 + 5 x 150 + 100 + 50 = $1540
//   package yield  = 0.99 x 0.99^5 x 1 x 0.98 = 0.99^6 x 0.98
//                  = 0.94148015 x 0.98 = 0.92265055
//   cost per good  = 1540 / 0.92265055 = $1669.1043
//   scrap          = 1669.1043 - 1540 = $129.1043
//   emissions      = (60 + 5 x 10 + 2 + 0.15) / 0.92265055 = 112.15 / 0.92265055
//                  = 121.5520 kgCO2e
//   memory         = 5 x 16 GB = 80 GB; 5 x 670 GB/s = 3350 GB/s (H100 SXM: 80 GB, 3.35 TB/s)
}  // namespace

BOOST_AUTO_TEST_SUITE(fab_package)

BOOST_AUTO_TEST_CASE(package_yield_cost_scrap_and_emissions_by_hand) {
    const fab::package_economics e = fab::package_costs(case_a());
    using boost::test_tools::tolerance;
    BOOST_TEST(e.package_yield == 0.92265055, tolerance(1e-8));
    BOOST_TEST(e.cost_per_good_package.in(u::USD) == 1669.1043, tolerance(1e-8));
    BOOST_TEST(e.scrap_per_good_package.in(u::USD) == 129.1043, tolerance(1e-6));
    BOOST_TEST(e.emissions_per_good_package.in(u::kgCO2e) == 121.5520, tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(memory_capacity_and_bandwidth) {
    // H100 SXM: 5 stacks x 16 GB = 80 GB, 5 x 670 GB/s = 3.35 TB/s.
    const fab::package_economics e = fab::package_costs(case_a());
    BOOST_TEST(e.memory_capacity.in(u::GB) == 80.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(e.memory_bandwidth.in(u::TB / u::s) == 3.35, boost::test_tools::tolerance(1e-12));
    // HBM3E, 8 stacks of 24 GB (Micron, 8-high): 192 GB.
    fab::accelerator_package p = case_a();
    p.memory_stacks = 8.0;
    p.memory.capacity = 24_GB;
    BOOST_TEST(fab::package_costs(p).memory_capacity.in(u::GB) == 192.0,
               boost::test_tools::tolerance(1e-12));
    // No memory: none.
    p.memory_stacks = 0.0;
    BOOST_TEST(fab::package_costs(p).memory_capacity.in(u::GB) == 0.0);
}

BOOST_AUTO_TEST_CASE(bill_of_materials_lines) {
    const std::vector<fab::bom_line> bom = fab::bill_of_materials(case_a());
    BOOST_TEST_REQUIRE(bom.size() == 4u);
    // Item, quantity per package, unit cost, quantity x unit cost, yield.
    struct expected_line {
        const char* item;
        double quantity, unit_cost, extended_cost, extended_kg, yield;
    };
    const expected_line expected[] = {
        {"logic die", 1.0, 640.0, 640.0, 60.0, 0.99},
        {"memory stack", 5.0, 150.0, 750.0, 50.0, 0.99},
        {"interposer", 1.0, 100.0, 100.0, 2.0, 1.0},
        {"assembly", 1.0, 50.0, 50.0, 0.15, 0.98},
    };
    double total = 0.0;
    for (std::size_t k = 0; k < bom.size(); ++k) {
        BOOST_TEST_CONTEXT("line " << k) {
            BOOST_TEST(bom[k].item == expected[k].item);
            BOOST_TEST(bom[k].quantity == expected[k].quantity);
            BOOST_TEST(bom[k].unit_cost.in(u::USD) == expected[k].unit_cost,
                       boost::test_tools::tolerance(1e-12));
            BOOST_TEST(bom[k].extended_cost.in(u::USD) == expected[k].extended_cost,
                       boost::test_tools::tolerance(1e-12));
            BOOST_TEST(bom[k].extended_emissions.in(u::kgCO2e) == expected[k].extended_kg,
                       boost::test_tools::tolerance(1e-12));
            BOOST_TEST(bom[k].yield == expected[k].yield);
        }
        total += bom[k].extended_cost.in(u::USD);
    }
    // The lines add up to the assembled cost, $1540.
    BOOST_TEST(total == 1540.0, boost::test_tools::tolerance(1e-12));
    // package_costs carries the same bill.
    BOOST_TEST(fab::package_costs(case_a()).bill_of_materials.size() == 4u);
}

BOOST_AUTO_TEST_CASE(failed_assembly_scraps_every_part) {
    // Charging only the assembly step to its yield would give
    //   640 / 0.99 + 5 x 150 / 0.99 + 100 + 50 / 0.98
    //   = 646.4646 + 757.5758 + 100 + 51.0204 = 1555.06 per good
    // package; scrapping every part of a failed package costs more: $1669.10
    // (case A). And a perfect assembly scraps nothing: with every yield 1,
    // cost per good package = assembled cost = $1540, scrap $0.
    fab::accelerator_package p = case_a();
    BOOST_TEST(fab::package_costs(p).cost_per_good_package.in(u::USD) > 1555.06);
    p.logic_die_yield = 1.0;
    p.memory.yield = 1.0;
    p.assembly.yield = 1.0;
    const fab::package_economics perfect = fab::package_costs(p);
    BOOST_TEST(perfect.package_yield == 1.0);
    BOOST_TEST(perfect.cost_per_good_package.in(u::USD) == 1540.0,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(perfect.scrap_per_good_package.in(u::USD) == 0.0);
    // Only assembly fails, 1 in 2: twice the assembled cost, $3080, half of it scrap.
    p.assembly.yield = 0.5;
    const fab::package_economics half = fab::package_costs(p);
    BOOST_TEST(half.cost_per_good_package.in(u::USD) == 3080.0,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(half.scrap_per_good_package.in(u::USD) == 1540.0,
               boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(organic_substrate_is_bought_tested) {
    const fab::interposer s = fab::organic_substrate(100_USD, 2_kgCO2e);
    BOOST_TEST(s.cost.in(u::USD) == 100.0);
    BOOST_TEST(s.yield == 1.0);
    BOOST_TEST(s.embodied.in(u::kgCO2e) == 2.0);
    BOOST_TEST(fab::organic_substrate(80_USD).embodied.in(u::kgCO2e) == 0.0);
}

// The interposer wafer: 300 mm, 3 mm exclusion, no scribe, $3000
// (illustrative); Poisson at 0.05 /cm2 (illustrative); wafer emissions by
// ACT's 28 nm figures (the oldest node in ACT's Table 1):
//   CPA = 583 x 0.9 + (175 + 100)/2 + 500 = 524.7 + 137.5 + 500 = 1162.2 g/cm2
//   wafer = 706.85835 cm2 x 1.1622 kg/cm2 = 821.5108 kgCO2e
// Interposer dies of two reticle fields stitched, 1716 mm2 (AnandTech 2020:
// a "2x reticle", about 1,700 mm2, CoWoS interposer):
//   yield = exp(-17.16 x 0.05) = exp(-0.858) = 0.42400925
const fab::wafer interposer_wafer{
    .diameter = 300_mm, .edge_exclusion = 3_mm, .scribe_width = 0_mm, .cost = 3'000_USD};
const fab::yield_model interposer_yield{.formula = fab::yield_formula::poisson};
const aiecon::defect_density interposer_defects = 0.05 / u::cm2;
fab::fab_carbon act_28nm() {
    return {.electricity = 0.9 * u::kWh / u::cm2,
            .grid_intensity = 583.0 * u::gCO2e / u::kWh,
            .gases = 137.5 * u::gCO2e / u::cm2,
            .materials = 500.0 * u::gCO2e / u::cm2};
}

BOOST_AUTO_TEST_CASE(silicon_interposer_26_by_66) {
    // 26 x 66 mm (fields stacked along their long side):
    //   gross = 28 (brute force, four-corner test, best over a 128 x 128
    //           offset lattice; fab_geometry_test)
    //   good  = 28 x 0.42400925 = 11.872259
    //   cost  = 3000 / 11.872259 = $252.6899 per good interposer
    //   emissions = 821.5108 / 11.872259 = 69.1958 kgCO2e per good interposer
    const fab::interposer si = fab::silicon_interposer(
        interposer_wafer, {.width = 26_mm, .height = 66_mm, .stitched = true}, interposer_yield,
        interposer_defects, fab::wafer_emissions(interposer_wafer, act_28nm()));
    BOOST_TEST(si.cost.in(u::USD) == 252.6899, boost::test_tools::tolerance(1e-6));
    BOOST_TEST(si.embodied.in(u::kgCO2e) == 69.1958, boost::test_tools::tolerance(1e-5));
    BOOST_TEST(si.yield == 1.0);
}

BOOST_AUTO_TEST_CASE(silicon_interposer_52_by_33) {
    // 52 x 33 mm (fields side by side), same area, same yield:
    //   gross = 29 (brute force, four-corner test, best over a 64 x 64
    //           offset lattice, still 29 over 512 x 512; fab_geometry_test)
    //   good  = 29 x 0.42400925 = 12.296268
    //   cost  = 3000 / 12.296268 = $243.9765 per good interposer
    //   emissions = 821.5108 / 12.296268 = 66.8098 kgCO2e per good interposer
    const fab::interposer si = fab::silicon_interposer(
        interposer_wafer, {.width = 52_mm, .height = 33_mm, .stitched = true}, interposer_yield,
        interposer_defects, fab::wafer_emissions(interposer_wafer, act_28nm()));
    BOOST_TEST(si.cost.in(u::USD) == 243.9765, boost::test_tools::tolerance(1e-6));
    BOOST_TEST(si.embodied.in(u::kgCO2e) == 66.8098, boost::test_tools::tolerance(1e-5));
}

BOOST_AUTO_TEST_CASE(two_die_package_on_a_silicon_interposer) {
    // Case B: a B200-like package, two reticle-sized logic dies and 8 HBM3E
    // stacks of 24 GB, on the 26 x 66 mm interposer above ($252.6899).
    //   2 logic dies, $640 each, 0.99 each; 8 stacks, $300 each, 0.995 each;
    //   assembly $100, yield 0.95.
    //   assembled = 2 x 640 + 8 x 300 + 252.6899 + 100 = $4032.6899
    //   yield     = 0.99^2 x 0.995^8 x 1 x 0.95 = 0.9801 x 0.96069304 x 0.95 = 0.89449649
    //   per good  = 4032.6899 / 0.89449649 = $4508.3351; scrap 4508.3351 - 4032.6899 = $475.6452
    //   memory    = 8 x 24 GB = 192 GB
    fab::accelerator_package b = case_a();
    b.logic_dies = 2.0;
    b.memory_stacks = 8.0;
    b.memory.cost = 300_USD;
    b.memory.yield = 0.995;
    b.memory.capacity = 24_GB;
    b.interposer = fab::silicon_interposer(interposer_wafer,
                                           {.width = 26_mm, .height = 66_mm, .stitched = true},
                                           interposer_yield, interposer_defects);
    b.assembly = {.cost = 100_USD, .yield = 0.95};
    const fab::package_economics e = fab::package_costs(b);
    BOOST_TEST(e.package_yield == 0.89449649, boost::test_tools::tolerance(1e-8));
    BOOST_TEST(e.cost_per_good_package.in(u::USD) == 4508.3351, boost::test_tools::tolerance(1e-7));
    BOOST_TEST(e.scrap_per_good_package.in(u::USD) == 475.6452, boost::test_tools::tolerance(1e-6));
    BOOST_TEST(e.memory_capacity.in(u::GB) == 192.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(e.bill_of_materials[2].item == "interposer");
    BOOST_TEST(e.bill_of_materials[2].unit_cost.in(u::USD) == 252.6899,
               boost::test_tools::tolerance(1e-6));
}

BOOST_AUTO_TEST_CASE(bad_package_input_throws_domain_error_naming_parameter_and_unit) {
    const char* f = "fab::bill_of_materials";
    // Yields of zero, above one, NaN.
    fab::accelerator_package p = case_a();
    p.assembly.yield = 0.0;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "assembly.yield", "(0, 1]"));
    p = case_a();
    p.memory.yield = 1.2;
    BOOST_CHECK_EXCEPTION(fab::bill_of_materials(p), aiecon::domain_error,
                          naming(f, "memory.yield", "(0, 1]"));
    p = case_a();
    p.logic_die_yield = not_a_number;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "logic_die_yield", "(0, 1]"));
    p = case_a();
    p.interposer.yield = 0.0;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "interposer.yield", "(0, 1]"));
    // Counts: no logic die, negative stacks.
    p = case_a();
    p.logic_dies = 0.0;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "logic_dies", "(0, inf)"));
    p = case_a();
    p.memory_stacks = -1.0;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "memory_stacks", "[0, inf)"));
    // Negative or NaN prices, in dollars.
    p = case_a();
    p.memory.cost = -150_USD;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "memory.cost", "-$150"));
    p = case_a();
    p.logic_die_cost = -640.0 * usd_per_die;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "logic_die_cost", "-$640/die"));
    p = case_a();
    p.interposer.cost = -1_USD;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "interposer.cost", "$"));
    p = case_a();
    p.assembly.cost = not_a_number * u::USD;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "assembly.cost", "$"));
    // A silicon interposer beyond the reticle must be stitched.
    const fab::wafer w{
        .diameter = 300_mm, .edge_exclusion = 3_mm, .scribe_width = 0_mm, .cost = 3'000_USD};
    BOOST_CHECK_EXCEPTION(
        fab::silicon_interposer(w, {.width = 52_mm, .height = 33_mm},
                                {.formula = fab::yield_formula::poisson}, 0.05 / u::cm2),
        aiecon::domain_error, naming("fab::", "reticle", "52 mm"));
    // Negative wafer emissions for the interposer.
    BOOST_CHECK_EXCEPTION(
        fab::silicon_interposer(w, {.width = 52_mm, .height = 33_mm, .stitched = true},
                                {.formula = fab::yield_formula::poisson}, 0.05 / u::cm2, -1_kgCO2e),
        aiecon::domain_error, naming("fab::silicon_interposer", "per_wafer_emissions", "kgCO2e"));
}

BOOST_AUTO_TEST_SUITE_END()
