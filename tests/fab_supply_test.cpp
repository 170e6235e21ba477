// The fab layer's supply: good accelerators per month from logic wafers,
// memory stacks and packaging slots, and which binds; doors into constrained
// supply, sourced fastest first or cheapest first by a deadline.
//
// References: every case solved by hand below. Capacities, lead times and
// prices are illustrative inputs (H100-like: one logic die and 5 HBM stacks
// per package, NVIDIA H100 SXM); the reference is the arithmetic on them.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <array>
#include <boost/test/unit_test.hpp>
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

const auto per_month = u::device / u::month;

// H100-like inputs:
//   10,000 logic wafers/month x 27 good dies/wafer / 1 die per package
//                                       = 270,000 packages/month
//   400,000 HBM stacks/month / 5 per package = 80,000 packages/month
//   200,000 packaging slots/month       = 200,000 packages/month
//   package yield 0.95
fab::supply_inputs h100_like() {
    return {.logic_wafer_starts = 10'000.0 * u::wafer / u::month,
            .good_dies_per_wafer = 27.0 * u::die / u::wafer,
            .logic_dies_per_package = 1.0 * u::die / u::device,
            .memory_stacks = 400'000.0 / u::month,
            .stacks_per_package = 5.0,
            .packaging_slots = 200'000.0 * per_month,
            .package_yield = 0.95};
}

// Two doors (illustrative):
//   B: opens at 3 months, 5,000/month, $25,000 each
//   A: opens at 6 months, 10,000/month, $20,000 each
fab::supply_door door_a() {
    return {"A", 10'000.0 * per_month, 6.0 * u::month, 20'000.0 * u::USD / u::device};
}
fab::supply_door door_b() {
    return {"B", 5'000.0 * per_month, 3.0 * u::month, 25'000.0 * u::USD / u::device};
}
// C: opens at 4 months, 5,000/month, $30,000 each.
fab::supply_door door_c() {
    return {"C", 5'000.0 * per_month, 4.0 * u::month, 30'000.0 * u::USD / u::device};
}

const aiecon::device_count demand = 100'000_devices;

double months(aiecon::duration t) {
    return t.in(u::month);
}
double devices(aiecon::device_count n) {
    return n.in(u::device);
}
}  // namespace

BOOST_AUTO_TEST_SUITE(fab_supply)

BOOST_AUTO_TEST_CASE(memory_binds_the_h100_like_line) {
    // min(270,000, 80,000, 200,000) = 80,000 (memory); x 0.95 = 76,000 good/month.
    const fab::supply_capacity s = fab::accelerator_supply(h100_like());
    BOOST_TEST(s.packages_from_logic.in(per_month) == 270'000.0,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.packages_from_memory.value().in(per_month) == 80'000.0,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.packages_from_packaging.in(per_month) == 200'000.0,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.good_accelerators.in(per_month) == 76'000.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST((s.binding == fab::supply_input::memory_stacks));
    BOOST_TEST(fab::name_of(s.binding) == "memory stacks");
}

BOOST_AUTO_TEST_CASE(each_input_can_bind) {
    // Five times the memory, 2,000,000 stacks/month -> 400,000
    // packages; packaging 300,000: logic binds at 270,000, x 0.95 = 256,500.
    fab::supply_inputs in = h100_like();
    in.memory_stacks = 2'000'000.0 / u::month;
    in.packaging_slots = 300'000.0 * per_month;
    fab::supply_capacity s = fab::accelerator_supply(in);
    BOOST_TEST((s.binding == fab::supply_input::logic_wafers));
    BOOST_TEST(s.good_accelerators.in(per_month) == 256'500.0, boost::test_tools::tolerance(1e-12));
    // Packaging cut to 50,000 slots: packaging binds, 50,000 x 0.95 = 47,500.
    in.packaging_slots = 50'000.0 * per_month;
    s = fab::accelerator_supply(in);
    BOOST_TEST((s.binding == fab::supply_input::packaging));
    BOOST_TEST(s.good_accelerators.in(per_month) == 47'500.0, boost::test_tools::tolerance(1e-12));
    // Two logic dies per package (B200-like) with memory and packaging
    // ample: 10,000 x 27 / 2 = 135,000, x 0.95 = 128,250.
    in.packaging_slots = 300'000.0 * per_month;
    in.logic_dies_per_package = 2.0 * u::die / u::device;
    s = fab::accelerator_supply(in);
    BOOST_TEST((s.binding == fab::supply_input::logic_wafers));
    BOOST_TEST(s.packages_from_logic.in(per_month) == 135'000.0,
               boost::test_tools::tolerance(1e-12));
    BOOST_TEST(s.good_accelerators.in(per_month) == 128'250.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_package_without_memory_is_not_bound_by_memory) {
    // No stacks per package and no stacks made: min(270,000, 200,000) =
    // 200,000 (packaging), x 0.95 = 190,000.
    fab::supply_inputs in = h100_like();
    in.stacks_per_package = 0.0;
    in.memory_stacks = 0.0 / u::month;
    const fab::supply_capacity s = fab::accelerator_supply(in);
    BOOST_TEST((s.binding == fab::supply_input::packaging));
    BOOST_TEST(s.good_accelerators.in(per_month) == 190'000.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(source_fastest_two_doors_by_hand) {
    // Door B opens at 3 months with 5000/month, door A at 6 with 10000/month.
    // By 6 months B has delivered 3 x 5000 = 15,000; then both deliver
    // 15,000/month: T = 6 + (100,000 - 15,000) / 15,000 = 6 + 5.6667 = 11.6667 months.
    //   B: 5000 x (11.6667 - 3) = 43,333.33 at $25,000 = $1,083,333,333
    //   A: 10000 x (11.6667 - 6) = 56,666.67 at $20,000 = $1,133,333,333
    //   total $2,216,666,667; blended 2,216,666,667 / 100,000 = $22,166.67
    // The binding door is the latest to open, A.
    const std::vector<fab::supply_door> doors{door_a(), door_b()};
    const fab::sourcing_plan plan = fab::source_fastest(doors, demand);
    using boost::test_tools::tolerance;
    BOOST_TEST(months(plan.time_to_meet_demand) == 11.666666666666667, tolerance(1e-12));
    BOOST_TEST_REQUIRE(plan.allocations.size() == 2u);
    // In sourcing order: by lead time, B then A.
    BOOST_TEST(plan.allocations[0].name == "B");
    BOOST_TEST(devices(plan.allocations[0].quantity) == 43'333.333333333333, tolerance(1e-12));
    BOOST_TEST(months(plan.allocations[0].delivered_by) == 11.666666666666667, tolerance(1e-12));
    BOOST_TEST(plan.allocations[0].cost.in(u::USD) == 1'083'333'333.3333333, tolerance(1e-12));
    BOOST_TEST(plan.allocations[1].name == "A");
    BOOST_TEST(devices(plan.allocations[1].quantity) == 56'666.666666666667, tolerance(1e-12));
    BOOST_TEST(months(plan.allocations[1].delivered_by) == 11.666666666666667, tolerance(1e-12));
    BOOST_TEST(plan.allocations[1].cost.in(u::USD) == 1'133'333'333.3333333, tolerance(1e-12));
    BOOST_TEST(plan.total_cost.in(u::USD) == 2'216'666'666.6666667, tolerance(1e-12));
    BOOST_TEST(plan.blended_price.in(u::USD / u::device) == 22'166.666666666667, tolerance(1e-12));
    BOOST_TEST(plan.binding_door == "A");
}

BOOST_AUTO_TEST_CASE(adding_a_door_shortens_the_queue) {
    // Add door C, open at 4 months with 5000/month. By 4 months B has
    // delivered 5000; from 4 to 6, B + C deliver 10,000/month: 25,000 by 6;
    // then 20,000/month: T = 6 + (100,000 - 25,000) / 20,000 = 9.75 months,
    // 1.9167 months sooner than with A and B alone (11.6667).
    //   B: 5000 x 6.75 = 33,750; C: 5000 x 5.75 = 28,750; A: 10000 x 3.75 = 37,500
    //   cost 33,750 x 25,000 + 28,750 x 30,000 + 37,500 x 20,000
    //      = 843,750,000 + 862,500,000 + 750,000,000 = $2,456,250,000
    const std::vector<fab::supply_door> two{door_a(), door_b()};
    const std::vector<fab::supply_door> three{door_a(), door_b(), door_c()};
    const fab::sourcing_plan before = fab::source_fastest(two, demand);
    const fab::sourcing_plan after = fab::source_fastest(three, demand);
    using boost::test_tools::tolerance;
    BOOST_TEST(months(after.time_to_meet_demand) == 9.75, tolerance(1e-12));
    BOOST_TEST(months(before.time_to_meet_demand - after.time_to_meet_demand) == 1.9166666666666667,
               tolerance(1e-9));
    BOOST_TEST_REQUIRE(after.allocations.size() == 3u);
    BOOST_TEST(after.allocations[0].name == "B");
    BOOST_TEST(devices(after.allocations[0].quantity) == 33'750.0, tolerance(1e-12));
    BOOST_TEST(after.allocations[1].name == "C");
    BOOST_TEST(devices(after.allocations[1].quantity) == 28'750.0, tolerance(1e-12));
    BOOST_TEST(after.allocations[2].name == "A");
    BOOST_TEST(devices(after.allocations[2].quantity) == 37'500.0, tolerance(1e-12));
    BOOST_TEST(after.total_cost.in(u::USD) == 2'456'250'000.0, tolerance(1e-12));
    BOOST_TEST(after.binding_door == "A");

    // A door that opens after T (at 12 months) changes nothing: T stays
    // 11.6667 months and it is given nothing.
    fab::supply_door late = door_c();
    late.name = "late";
    late.lead_time = 12.0 * u::month;
    const std::array<fab::supply_door, 3> with_late{door_a(), door_b(), late};
    const fab::sourcing_plan same = fab::source_fastest(with_late, demand);
    BOOST_TEST(months(same.time_to_meet_demand) == 11.666666666666667, tolerance(1e-12));
    BOOST_TEST(same.allocations[2].name == "late");
    BOOST_TEST(devices(same.allocations[2].quantity) == 0.0);
    BOOST_TEST(months(same.allocations[2].delivered_by) == 0.0);
    BOOST_TEST(same.binding_door == "A");
}

BOOST_AUTO_TEST_CASE(demand_met_before_the_second_door_opens) {
    // 10,000 devices: B alone, 3 + 10,000 / 5000 = 5 months, before A opens
    // at 6. A gets nothing; B binds; $25,000 each.
    const std::vector<fab::supply_door> doors{door_a(), door_b()};
    const fab::sourcing_plan plan = fab::source_fastest(doors, 10'000_devices);
    using boost::test_tools::tolerance;
    BOOST_TEST(months(plan.time_to_meet_demand) == 5.0, tolerance(1e-12));
    BOOST_TEST(devices(plan.allocations[0].quantity) == 10'000.0, tolerance(1e-12));
    BOOST_TEST(devices(plan.allocations[1].quantity) == 0.0);
    BOOST_TEST(plan.binding_door == "B");
    BOOST_TEST(plan.blended_price.in(u::USD / u::device) == 25'000.0, tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(source_cheapest_by_a_deadline_by_hand) {
    // Deadline 12 months. Cheapest first: A ($20,000) delivers 10,000 x
    // (12 - 6) = 60,000 by then, all taken; 40,000 remain for B ($25,000),
    // which could deliver 5000 x (12 - 3) = 45,000: it takes 40,000, done at
    // 3 + 40,000 / 5000 = 11 months.
    //   cost 60,000 x 20,000 + 40,000 x 25,000 = 1.2e9 + 1.0e9 = $2.2e9
    //   blended $22,000; met at 12 months (A's last part); binding B (dearest used)
    // Cheaper than fastest first ($22,166.67) and later (11.6667 months).
    const std::vector<fab::supply_door> doors{door_b(), door_a()};
    const fab::sourcing_plan plan = fab::source_cheapest(doors, demand, 12.0 * u::month);
    using boost::test_tools::tolerance;
    BOOST_TEST_REQUIRE(plan.allocations.size() == 2u);
    BOOST_TEST(plan.allocations[0].name == "A");
    BOOST_TEST(devices(plan.allocations[0].quantity) == 60'000.0, tolerance(1e-12));
    BOOST_TEST(months(plan.allocations[0].delivered_by) == 12.0, tolerance(1e-12));
    BOOST_TEST(plan.allocations[1].name == "B");
    BOOST_TEST(devices(plan.allocations[1].quantity) == 40'000.0, tolerance(1e-12));
    BOOST_TEST(months(plan.allocations[1].delivered_by) == 11.0, tolerance(1e-12));
    BOOST_TEST(plan.total_cost.in(u::USD) == 2.2e9, tolerance(1e-12));
    BOOST_TEST(plan.blended_price.in(u::USD / u::device) == 22'000.0, tolerance(1e-12));
    BOOST_TEST(months(plan.time_to_meet_demand) == 12.0, tolerance(1e-12));
    BOOST_TEST(plan.binding_door == "B");

    // A generous deadline, 24 months: A alone, 10,000 x 18 = 180,000 >=
    // 100,000, done at 6 + 10 = 16 months, $20,000 each; B unused.
    const fab::sourcing_plan late = fab::source_cheapest(doors, demand, 24.0 * u::month);
    BOOST_TEST(devices(late.allocations[0].quantity) == 100'000.0, tolerance(1e-12));
    BOOST_TEST(devices(late.allocations[1].quantity) == 0.0);
    BOOST_TEST(months(late.time_to_meet_demand) == 16.0, tolerance(1e-12));
    BOOST_TEST(late.blended_price.in(u::USD / u::device) == 20'000.0, tolerance(1e-12));
    BOOST_TEST(late.binding_door == "A");

    // A deadline at the earliest date, 35/3 months: every door runs flat
    // out, so the cheapest-first plan is the fastest-first plan:
    // A 56,666.67, B 43,333.33, $2,216,666,667.
    const fab::sourcing_plan tight = fab::source_cheapest(doors, demand, (35.0 / 3.0) * u::month);
    BOOST_TEST(devices(tight.allocations[0].quantity) == 56'666.666666666667, tolerance(1e-9));
    BOOST_TEST(devices(tight.allocations[1].quantity) == 43'333.333333333333, tolerance(1e-9));
    BOOST_TEST(tight.total_cost.in(u::USD) == 2'216'666'666.6666667, tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(bad_supply_input_throws_domain_error_naming_parameter_and_unit) {
    const char* f = "fab::accelerator_supply";
    fab::supply_inputs in = h100_like();
    in.package_yield = 0.0;
    BOOST_CHECK_EXCEPTION(fab::accelerator_supply(in), aiecon::domain_error,
                          naming(f, "package_yield", "(0, 1]"));
    in = h100_like();
    in.packaging_slots = -1.0 * per_month;
    BOOST_CHECK_EXCEPTION(fab::accelerator_supply(in), aiecon::domain_error,
                          naming(f, "packaging_slots", "device/month"));
    in = h100_like();
    in.logic_wafer_starts = -10'000.0 * u::wafer / u::month;
    BOOST_CHECK_EXCEPTION(fab::accelerator_supply(in), aiecon::domain_error,
                          naming(f, "logic_wafer_starts", "wafer/month"));
    in = h100_like();
    in.good_dies_per_wafer = not_a_number * u::die / u::wafer;
    BOOST_CHECK_EXCEPTION(fab::accelerator_supply(in), aiecon::domain_error,
                          naming(f, "good_dies_per_wafer", "die/wafer"));
    in = h100_like();
    in.logic_dies_per_package = 0.0 * u::die / u::device;
    BOOST_CHECK_EXCEPTION(fab::accelerator_supply(in), aiecon::domain_error,
                          naming(f, "logic_dies_per_package", "die/device"));
    in = h100_like();
    in.memory_stacks = -400'000.0 / u::month;
    BOOST_CHECK_EXCEPTION(fab::accelerator_supply(in), aiecon::domain_error,
                          naming(f, "memory_stacks", " /h"));
    in = h100_like();
    in.stacks_per_package = -5.0;
    BOOST_CHECK_EXCEPTION(fab::accelerator_supply(in), aiecon::domain_error,
                          naming(f, "stacks_per_package", "[0, inf)"));

    // Doors: a deadline earlier than the doors allow (10 months < 11.6667).
    const std::vector<fab::supply_door> doors{door_a(), door_b()};
    // Durations of a month or more print in months; the earliest date,
    // 35/3 months = 11.6667 months, is the allowed range's start.
    BOOST_CHECK_EXCEPTION(fab::source_cheapest(doors, demand, 10.0 * u::month),
                          aiecon::domain_error,
                          naming("fab::source_cheapest", "deadline = 10 month", "[11.6667 month"));
    BOOST_CHECK_EXCEPTION(fab::source_cheapest(doors, demand, -1.0 * u::month),
                          aiecon::domain_error,
                          naming("fab::source_cheapest", "deadline", "-1 month"));
    // Negative price, capacity, lead time; NaN lead time.
    fab::supply_door bad = door_a();
    bad.price = -20'000.0 * u::USD / u::device;
    BOOST_CHECK_EXCEPTION(fab::source_fastest(std::vector{bad, door_b()}, demand),
                          aiecon::domain_error,
                          naming("fab::source_fastest", "door.price (A)", "/device"));
    bad = door_a();
    bad.capacity = -10'000.0 * per_month;
    BOOST_CHECK_EXCEPTION(fab::source_cheapest(std::vector{bad, door_b()}, demand, 24.0 * u::month),
                          aiecon::domain_error,
                          naming("fab::source_cheapest", "door.capacity (A)", "device/month"));
    bad = door_a();
    bad.lead_time = -6.0 * u::month;
    BOOST_CHECK_EXCEPTION(fab::source_fastest(std::vector{bad}, demand), aiecon::domain_error,
                          naming("fab::source_fastest", "door.lead_time (A)", "-6 month"));
    bad.lead_time = not_a_number * u::month;
    BOOST_CHECK_EXCEPTION(fab::source_fastest(std::vector{bad}, demand), aiecon::domain_error,
                          naming("fab::source_fastest", "door.lead_time (A)", "= nan s"));
    // Demand zero or NaN, in devices.
    BOOST_CHECK_EXCEPTION(fab::source_fastest(doors, 0_devices), aiecon::domain_error,
                          naming("fab::source_fastest", "demand", "device"));
    BOOST_CHECK_EXCEPTION(fab::source_cheapest(doors, not_a_number * u::device, 12.0 * u::month),
                          aiecon::domain_error, naming("fab::source_cheapest", "demand", "device"));
    // No door, or no door with capacity.
    BOOST_CHECK_EXCEPTION(fab::source_fastest(std::vector<fab::supply_door>{}, demand),
                          aiecon::domain_error, naming("fab::source_fastest", "doors", "none"));
    bad = door_a();
    bad.capacity = 0.0 * per_month;
    BOOST_CHECK_EXCEPTION(fab::source_fastest(std::vector{bad}, demand), aiecon::domain_error,
                          naming("fab::source_fastest", "doors", "capacity"));
}

BOOST_AUTO_TEST_SUITE_END()
