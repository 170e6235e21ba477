// The fab layer's preconditions (issue 7, "Validation everywhere"): for every
// public function of include/aiecon/fab/ one test case that proves each case
// it rejects (every require_* and throw in it, and NaN and +infinity for each
// floating input), with the message naming the function, the parameter and
// the unit or the allowed range. Then one test per fuzz finding fixed
// (tests/fuzz/findings/fab/): valid but extreme inputs whose result overflows
// now throw, naming the result and an input to check; the two float-to-integer
// casts of gross_dies_exact are guarded; and source_fastest and
// source_cheapest keep the demand behind a huge lead time, checked against
// hand calculations written out below.
//
// fab::name_of(supply_input) has no precondition (every enumerator has a
// name, anything else reads "unknown") and so no case here.
#include <aiecon/aiecon.hpp>

#include "error_message.hpp"

#include <boost/test/unit_test.hpp>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace fab = aiecon::fab;
using test::naming;

using test::not_a_number;
const double inf = std::numeric_limits<double>::infinity();
const double largest = std::numeric_limits<double>::max();

const auto per_month = u::device / u::month;
const auto usd_per_die = u::USD / u::die;
const auto per_wafer = u::die / u::wafer;

const fab::wafer wafer_300{
    .diameter = 300_mm, .edge_exclusion = 3_mm, .scribe_width = 0.1_mm, .cost = 16'988_USD};
const fab::die die_20x25{.width = 20_mm, .height = 25_mm};

// Checks that `call` throws aiecon::domain_error naming `function`,
// `parameter` and `text` for every value in `values` written into a copy of
// `base` by `set`.
template <class T>
void check_rejects(const T& base, const std::function<void(T&, double)>& set,
                   std::initializer_list<double> values, const std::function<void(const T&)>& call,
                   const std::string& function, const std::string& parameter,
                   const std::string& text) {
    for (const double value : values) {
        BOOST_TEST_CONTEXT(function << ", " << parameter << " = " << value) {
            T copy = base;
            set(copy, value);
            BOOST_CHECK_EXCEPTION(call(copy), aiecon::domain_error,
                                  naming(function, parameter, text));
        }
    }
}

// Every check of a wafer, through `call`, which must name `function`.
void check_wafer_checks(const std::function<void(const fab::wafer&)>& call,
                        const std::string& function) {
    using W = fab::wafer;
    check_rejects<W>(
        wafer_300, [](W& w, double v) { w.diameter = v * u::mm; }, {0.0, -300.0, not_a_number, inf},
        call, function, "wafer.diameter", "(0, inf)");
    check_rejects<W>(
        wafer_300, [](W& w, double v) { w.edge_exclusion = v * u::mm; }, {-3.0, not_a_number, inf},
        call, function, "wafer.edge_exclusion", "[0, inf)");
    // An exclusion of the radius or more leaves no usable disc.
    check_rejects<W>(
        wafer_300, [](W& w, double v) { w.edge_exclusion = v * u::mm; }, {150.0, 200.0}, call,
        function, "wafer.edge_exclusion", "below the radius");
    check_rejects<W>(
        wafer_300, [](W& w, double v) { w.scribe_width = v * u::mm; }, {-0.1, not_a_number, inf},
        call, function, "wafer.scribe_width", "[0, inf)");
    check_rejects<W>(
        wafer_300, [](W& w, double v) { w.cost = v * u::USD; }, {-1.0, not_a_number, inf}, call,
        function, "wafer.cost", "[0, inf)");
}

// Every check of a die's size, through `call`, which must name `function`.
void check_die_size_checks(const std::function<void(const fab::die&)>& call,
                           const std::string& function) {
    using D = fab::die;
    check_rejects<D>(
        die_20x25, [](D& d, double v) { d.width = v * u::mm; }, {0.0, -20.0, not_a_number, inf},
        call, function, "die.width", "(0, inf)");
    check_rejects<D>(
        die_20x25, [](D& d, double v) { d.height = v * u::mm; }, {0.0, -25.0, not_a_number, inf},
        call, function, "die.height", "(0, inf)");
}

// Every check of a reticle field, through `call`, which must name `function`.
void check_field_checks(const std::function<void(const fab::reticle_field&)>& call,
                        const std::string& function) {
    using F = fab::reticle_field;
    check_rejects<F>(
        F{}, [](F& f, double v) { f.width = v * u::mm; }, {0.0, -26.0, not_a_number, inf}, call,
        function, "field.width", "(0, inf)");
    check_rejects<F>(
        F{}, [](F& f, double v) { f.height = v * u::mm; }, {0.0, -33.0, not_a_number, inf}, call,
        function, "field.height", "(0, inf)");
}

// A die larger than the field, not stitched; through `call`.
void check_reticle_check(const std::function<void(const fab::die&)>& call,
                         const std::string& function) {
    BOOST_CHECK_EXCEPTION(call({.width = 27_mm, .height = 34_mm}), aiecon::domain_error,
                          naming(function, "die", "reticle field"));
}

// Case A of fab_package_test.cpp: an H100-like package.
fab::accelerator_package package_a() {
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

// Every input check of a package, through `call`, which must name `function`.
void check_package_checks(const std::function<void(const fab::accelerator_package&)>& call,
                          const std::string& function) {
    using P = fab::accelerator_package;
    const P a = package_a();
    check_rejects<P>(
        a, [](P& p, double v) { p.logic_dies = v; }, {0.0, -1.0, not_a_number, inf}, call, function,
        "logic_dies", "(0, inf)");
    check_rejects<P>(
        a, [](P& p, double v) { p.memory_stacks = v; }, {-1.0, not_a_number, inf}, call, function,
        "memory_stacks", "[0, inf)");
    check_rejects<P>(
        a, [](P& p, double v) { p.logic_die_cost = v * usd_per_die; }, {-1.0, not_a_number, inf},
        call, function, "logic_die_cost", "/die");
    check_rejects<P>(
        a, [](P& p, double v) { p.memory.cost = v * u::USD; }, {-1.0, not_a_number, inf}, call,
        function, "memory.cost", "[0, inf)");
    check_rejects<P>(
        a, [](P& p, double v) { p.interposer.cost = v * u::USD; }, {-1.0, not_a_number, inf}, call,
        function, "interposer.cost", "[0, inf)");
    check_rejects<P>(
        a, [](P& p, double v) { p.assembly.cost = v * u::USD; }, {-1.0, not_a_number, inf}, call,
        function, "assembly.cost", "[0, inf)");
    for (const double bad : {0.0, -0.5, 1.5, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("yield " << bad) {
            P p = a;
            p.logic_die_yield = bad;
            BOOST_CHECK_EXCEPTION(call(p), aiecon::domain_error,
                                  naming(function, "logic_die_yield", "(0, 1]"));
            p = a;
            p.memory.yield = bad;
            BOOST_CHECK_EXCEPTION(call(p), aiecon::domain_error,
                                  naming(function, "memory.yield", "(0, 1]"));
            p = a;
            p.interposer.yield = bad;
            BOOST_CHECK_EXCEPTION(call(p), aiecon::domain_error,
                                  naming(function, "interposer.yield", "(0, 1]"));
            p = a;
            p.assembly.yield = bad;
            BOOST_CHECK_EXCEPTION(call(p), aiecon::domain_error,
                                  naming(function, "assembly.yield", "(0, 1]"));
        }
    }
    check_rejects<P>(
        a, [](P& p, double v) { p.logic_die_emissions = v * u::kgCO2e / u::die; },
        {-1.0, not_a_number, inf}, call, function, "logic_die_emissions", "kgCO2e");
    check_rejects<P>(
        a, [](P& p, double v) { p.memory.embodied = v * u::kgCO2e; }, {-1.0, not_a_number, inf},
        call, function, "memory.embodied", "kgCO2e");
    check_rejects<P>(
        a, [](P& p, double v) { p.memory.capacity = v * u::GB; }, {-16.0, not_a_number, inf}, call,
        function, "memory.capacity", "B");
    check_rejects<P>(
        a, [](P& p, double v) { p.memory.bandwidth = v * u::GB / u::s; },
        {-670.0, not_a_number, inf}, call, function, "memory.bandwidth", "B/s");
    check_rejects<P>(
        a, [](P& p, double v) { p.interposer.embodied = v * u::kgCO2e; }, {-1.0, not_a_number, inf},
        call, function, "interposer.embodied", "kgCO2e");
    check_rejects<P>(
        a, [](P& p, double v) { p.assembly.embodied = v * u::kgCO2e; }, {-1.0, not_a_number, inf},
        call, function, "assembly.embodied", "kgCO2e");
}

// The supply_doors test's doors A and B.
fab::supply_door door_a() {
    return {"A", 10'000.0 * per_month, 6.0 * u::month, 20'000.0 * u::USD / u::device};
}
fab::supply_door door_b() {
    return {"B", 5'000.0 * per_month, 3.0 * u::month, 25'000.0 * u::USD / u::device};
}

// Every check of the doors, through `call` (doors, demand), naming `function`.
void check_door_checks(
    const std::function<void(const std::vector<fab::supply_door>&, aiecon::device_count)>& call,
    const std::string& function) {
    using Doors = std::vector<fab::supply_door>;
    const Doors two{door_a(), door_b()};
    const auto with_demand = [&call](const Doors& doors) { call(doors, 100'000_devices); };
    // The message names the door.
    check_rejects<Doors>(
        two, [](Doors& d, double v) { d[1].capacity = v * per_month; }, {-1.0, not_a_number, inf},
        with_demand, function, "door.capacity (B)", "device/month");
    check_rejects<Doors>(
        two, [](Doors& d, double v) { d[0].lead_time = v * u::month; }, {-1.0, not_a_number, inf},
        with_demand, function, "door.lead_time (A)", "[0, inf)");
    check_rejects<Doors>(
        two, [](Doors& d, double v) { d[0].price = v * u::USD / u::device; },
        {-1.0, not_a_number, inf}, with_demand, function, "door.price (A)", "[0, inf)");
    for (const double bad : {0.0, -1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("demand " << bad) {
            BOOST_CHECK_EXCEPTION(call(two, bad * u::device), aiecon::domain_error,
                                  naming(function, "demand", "(0, inf)"));
        }
    }
    BOOST_CHECK_EXCEPTION(with_demand({}), aiecon::domain_error,
                          naming(function, "doors", "at least one door"));
    Doors closed = two;
    closed[0].capacity = 0.0 * per_month;
    closed[1].capacity = 0.0 * per_month;
    BOOST_CHECK_EXCEPTION(with_demand(closed), aiecon::domain_error,
                          naming(function, "doors", "finite delivery date"));
    // 1e-300 a month cannot deliver 100,000 in any finite time.
    Doors trickle{door_a()};
    trickle[0].capacity = 1e-300 * per_month;
    BOOST_CHECK_EXCEPTION(with_demand(trickle), aiecon::domain_error,
                          naming(function, "doors", "finite delivery date"));
    // Two doors of the largest capacity open together: their sum overflows.
    Doors flood = two;
    flood[0].capacity = largest * u::device / u::s;
    flood[1].capacity = largest * u::device / u::s;
    flood[1].lead_time = flood[0].lead_time;
    BOOST_CHECK_EXCEPTION(with_demand(flood), aiecon::domain_error,
                          naming(function, "total capacity of the open doors", "door.capacity"));
}
}  // namespace

BOOST_AUTO_TEST_SUITE(fab_preconditions)

// ---- wafer.hpp ------------------------------------------------------------

BOOST_AUTO_TEST_CASE(validate_wafer) {
    check_wafer_checks([](const fab::wafer& w) { fab::validate(w, "caller::model"); },
                       "caller::model");
}

BOOST_AUTO_TEST_CASE(usable_diameter) {
    check_wafer_checks([](const fab::wafer& w) { (void)fab::usable_diameter(w); },
                       "fab::usable_diameter");
}

BOOST_AUTO_TEST_CASE(wafer_area) {
    check_wafer_checks([](const fab::wafer& w) { (void)fab::wafer_area(w); }, "fab::wafer_area");
}

// ---- die.hpp --------------------------------------------------------------

BOOST_AUTO_TEST_CASE(die_area) {
    check_die_size_checks([](const fab::die& d) { (void)fab::die_area(d); }, "fab::die_area");
    // 1e200 m x 1e200 m overflows.
    BOOST_CHECK_EXCEPTION(fab::die_area({.width = 1e200 * u::m, .height = 1e200 * u::m}),
                          aiecon::domain_error, naming("fab::die_area", "die area", "die.width"));
}

BOOST_AUTO_TEST_CASE(fits_reticle) {
    check_die_size_checks([](const fab::die& d) { (void)fab::fits_reticle(d, {}); },
                          "fab::fits_reticle");
    check_field_checks([](const fab::reticle_field& f) { (void)fab::fits_reticle(die_20x25, f); },
                       "fab::fits_reticle");
}

BOOST_AUTO_TEST_CASE(validate_die) {
    check_die_size_checks([](const fab::die& d) { fab::validate(d, "caller::model"); },
                          "caller::model");
    check_field_checks(
        [](const fab::reticle_field& f) { fab::validate(die_20x25, "caller::model", f); },
        "caller::model");
    check_reticle_check([](const fab::die& d) { fab::validate(d, "caller::model"); },
                        "caller::model");
}

// ---- gross_dies.hpp -------------------------------------------------------

BOOST_AUTO_TEST_CASE(gross_dies_estimate) {
    const std::string f = "fab::gross_dies_estimate";
    check_wafer_checks([](const fab::wafer& w) { (void)fab::gross_dies_estimate(w, die_20x25); },
                       f);
    check_die_size_checks([](const fab::die& d) { (void)fab::gross_dies_estimate(wafer_300, d); },
                          f);
    check_field_checks(
        [](const fab::reticle_field& r) {
            (void)fab::gross_dies_estimate(wafer_300, die_20x25, r);
        },
        f);
    check_reticle_check([](const fab::die& d) { (void)fab::gross_dies_estimate(wafer_300, d); }, f);
    // A stitched 250 mm x 250 mm die: diagonal 353.6 mm, over the usable 294 mm.
    BOOST_CHECK_EXCEPTION(
        fab::gross_dies_estimate(wafer_300, {.width = 250_mm, .height = 250_mm, .stitched = true}),
        aiecon::domain_error, naming(f, "die diagonal", "mm"));
}

BOOST_AUTO_TEST_CASE(gross_dies_exact) {
    const std::string f = "fab::gross_dies_exact";
    check_wafer_checks([](const fab::wafer& w) { (void)fab::gross_dies_exact(w, die_20x25); }, f);
    check_die_size_checks([](const fab::die& d) { (void)fab::gross_dies_exact(wafer_300, d); }, f);
    check_field_checks(
        [](const fab::reticle_field& r) { (void)fab::gross_dies_exact(wafer_300, die_20x25, r); },
        f);
    check_reticle_check([](const fab::die& d) { (void)fab::gross_dies_exact(wafer_300, d); }, f);
    BOOST_CHECK_EXCEPTION(
        fab::gross_dies_exact(wafer_300, {.width = 250_mm, .height = 250_mm, .stitched = true}),
        aiecon::domain_error, naming(f, "die diagonal", "mm"));
    for (const int offsets : {0, -1, 4097}) {
        BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(wafer_300, die_20x25, {}, offsets),
                              aiecon::domain_error, naming(f, "offsets_per_axis", "[1, 4096]"));
    }
    // 294 mm / (1 um + 0.1 mm scribe) is under 1e5 pitches; with no scribe,
    // 294 mm / 1 um = 294,000 pitches, over it.
    fab::wafer no_scribe = wafer_300;
    no_scribe.scribe_width = 0_mm;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(no_scribe, {.width = 1_um, .height = 1_um}),
                          aiecon::domain_error, naming(f, "die", "gross_dies_estimate"));
    // Layouts a double cannot hold: usable diameter outside [1e-150 m, 1e150 m].
    fab::wafer tiny{
        .diameter = 1e-151 * u::m, .edge_exclusion = 0_mm, .scribe_width = 0_mm, .cost = 0_USD};
    BOOST_CHECK_EXCEPTION(
        fab::gross_dies_exact(tiny, {.width = 5e-152 * u::m, .height = 5e-152 * u::m}),
        aiecon::domain_error, naming(f, "usable wafer diameter", "[1e-150 m, 1e150 m]"));
}

// ---- yield.hpp ------------------------------------------------------------

BOOST_AUTO_TEST_CASE(die_yield) {
    const std::string f = "fab::die_yield";
    const aiecon::defect_density defects = 0.1 / u::cm2;
    for (const double bad : {0.0, -1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::die_yield({}, bad * u::cm2, defects), aiecon::domain_error,
                                  naming(f, "die_area", "(0, inf)"));
        }
    }
    for (const double bad : {-0.1, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::die_yield({}, 1.0 * u::cm2, bad / u::cm2),
                                  aiecon::domain_error, naming(f, "defect_density", "/cm2"));
        }
    }
    for (const double bad : {0.0, -0.5, 1.5, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::die_yield({.parametric_yield = bad}, 1.0 * u::cm2, defects),
                                  aiecon::domain_error,
                                  naming(f, "model.parametric_yield", "(0, 1]"));
        }
    }
    // The negative binomial needs a positive clustering alpha; the other
    // formulas ignore it, but a negative, NaN or infinite one is refused
    // whatever the formula.
    const fab::yield_model no_clustering{.formula = fab::yield_formula::negative_binomial,
                                         .clustering = 0.0};
    BOOST_CHECK_EXCEPTION(fab::die_yield(no_clustering, 1.0 * u::cm2, defects),
                          aiecon::domain_error, naming(f, "model.clustering", "(0, inf)"));
    for (const auto formula :
         {fab::yield_formula::negative_binomial, fab::yield_formula::poisson}) {
        for (const double bad : {-2.0, not_a_number, inf}) {
            BOOST_TEST_CONTEXT("value " << bad) {
                const fab::yield_model model{.formula = formula, .clustering = bad};
                BOOST_CHECK_EXCEPTION(fab::die_yield(model, 1.0 * u::cm2, defects),
                                      aiecon::domain_error,
                                      naming(f, "model.clustering", "[0, inf)"));
            }
        }
    }
    // A formula cast from outside the enumeration used to give a yield of 1.
    const fab::yield_model unknown{.formula = static_cast<fab::yield_formula>(7)};
    BOOST_CHECK_EXCEPTION(fab::die_yield(unknown, 1.0 * u::cm2, defects), aiecon::domain_error,
                          naming(f, "model.formula", "negative_binomial"));
}

// ---- die_cost.hpp ---------------------------------------------------------

BOOST_AUTO_TEST_CASE(good_dies) {
    const std::string f = "fab::good_dies";
    for (const double bad : {0.0, -1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::good_dies(bad * per_wafer, 0.5), aiecon::domain_error,
                                  naming(f, "gross", "(0, inf)"));
        }
    }
    for (const double bad : {0.0, -0.5, 1.5, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::good_dies(64.0 * per_wafer, bad), aiecon::domain_error,
                                  naming(f, "die_yield", "(0, 1]"));
        }
    }
}

BOOST_AUTO_TEST_CASE(per_good_die) {
    const std::string f = "fab::per_good_die";
    for (const double bad : {-1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::per_good_die(bad * u::USD, 40.0 * per_wafer),
                                  aiecon::domain_error, naming(f, "per_wafer", "[0, inf)"));
            BOOST_CHECK_EXCEPTION(fab::per_good_die(bad * u::kgCO2e, 40.0 * per_wafer),
                                  aiecon::domain_error, naming(f, "per_wafer", "kgCO2e"));
        }
    }
    for (const double bad : {0.0, -1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::per_good_die(16'988_USD, bad * per_wafer),
                                  aiecon::domain_error, naming(f, "good", "(0, inf)"));
        }
    }
    // $16,988 over 1e-320 good dies overflows.
    BOOST_CHECK_EXCEPTION(fab::per_good_die(16'988_USD, 1e-320 * per_wafer), aiecon::domain_error,
                          naming(f, "good", "finite"));
}

BOOST_AUTO_TEST_CASE(known_good_die_cost) {
    const std::string f = "fab::known_good_die_cost";
    const auto gross = 64.0 * per_wafer;
    const auto test_cost = 5.0 * usd_per_die;
    for (const double bad : {-1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::known_good_die_cost(bad * u::USD, gross, 0.5, test_cost),
                                  aiecon::domain_error, naming(f, "wafer_cost", "[0, inf)"));
            BOOST_CHECK_EXCEPTION(
                fab::known_good_die_cost(16'988_USD, gross, 0.5, bad * usd_per_die),
                aiecon::domain_error, naming(f, "test_cost_per_die", "/die"));
        }
    }
    for (const double bad : {0.0, -1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(
                fab::known_good_die_cost(16'988_USD, bad * per_wafer, 0.5, test_cost),
                aiecon::domain_error, naming(f, "gross", "(0, inf)"));
        }
    }
    for (const double bad : {0.0, -0.5, 1.5, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::known_good_die_cost(16'988_USD, gross, bad, test_cost),
                                  aiecon::domain_error, naming(f, "die_yield", "(0, 1]"));
        }
    }
    // The largest wafer cost plus 64 tests at the largest price overflows.
    BOOST_CHECK_EXCEPTION(
        fab::known_good_die_cost(largest * u::USD, gross, 0.5, largest * usd_per_die),
        aiecon::domain_error, naming(f, "tested wafer cost", "test_cost_per_die"));
}

BOOST_AUTO_TEST_CASE(die_costs) {
    const std::string f = "fab::die_costs";
    const fab::yield_model poisson{};
    const aiecon::defect_density defects = 0.1 / u::cm2;
    check_wafer_checks(
        [&](const fab::wafer& w) { (void)fab::die_costs(w, die_20x25, poisson, defects); }, f);
    check_die_size_checks(
        [&](const fab::die& d) { (void)fab::die_costs(wafer_300, d, poisson, defects); }, f);
    check_field_checks(
        [&](const fab::reticle_field& r) {
            (void)fab::die_costs(wafer_300, die_20x25, poisson, defects, {}, r);
        },
        f);
    check_reticle_check(
        [&](const fab::die& d) { (void)fab::die_costs(wafer_300, d, poisson, defects); }, f);
    for (const double bad : {-0.1, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::die_costs(wafer_300, die_20x25, poisson, bad / u::cm2),
                                  aiecon::domain_error, naming(f, "defect_density", "/cm2"));
            BOOST_CHECK_EXCEPTION(
                fab::die_costs(wafer_300, die_20x25, poisson, defects, bad * usd_per_die),
                aiecon::domain_error, naming(f, "test_cost_per_die", "/die"));
        }
    }
    // The die's diagonal and the layout are checked by gross_dies_exact, the
    // yield model by die_yield, each naming itself.
    BOOST_CHECK_EXCEPTION(
        fab::die_costs(wafer_300, {.width = 250_mm, .height = 250_mm, .stitched = true}, poisson,
                       defects),
        aiecon::domain_error, naming("fab::gross_dies_exact", "die diagonal", "mm"));
    BOOST_CHECK_EXCEPTION(
        fab::die_costs(wafer_300, die_20x25, {.parametric_yield = not_a_number}, defects),
        aiecon::domain_error, naming("fab::die_yield", "model.parametric_yield", "(0, 1]"));
    // A yield that underflows to zero (A D = 5 cm2 x 200 /cm2 = 1000 defects
    // per die, exp(-1000) = 0) leaves no good die.
    BOOST_CHECK_EXCEPTION(fab::die_costs(wafer_300, die_20x25, poisson, 200.0 / u::cm2),
                          aiecon::domain_error, naming("fab::good_dies", "die_yield", "(0, 1]"));
}

// ---- emissions.hpp --------------------------------------------------------

namespace {
// ACT-like figures for a 5 nm fab (see fab_cost_test.cpp).
fab::fab_carbon act_like() {
    return {.electricity = 2.75 * u::kWh / u::cm2,
            .grid_intensity = 583.0 * u::gCO2e / u::kWh,
            .gases = 100.0 * u::gCO2e / u::cm2,
            .materials = 500.0 * u::gCO2e / u::cm2};
}

void check_carbon_checks(const std::function<void(const fab::fab_carbon&)>& call,
                         const std::string& function) {
    using C = fab::fab_carbon;
    check_rejects<C>(
        act_like(), [](C& c, double v) { c.electricity = v * u::kWh / u::cm2; },
        {-1.0, not_a_number, inf}, call, function, "fab.electricity", "kWh/cm2");
    check_rejects<C>(
        act_like(), [](C& c, double v) { c.grid_intensity = v * u::gCO2e / u::kWh; },
        {-1.0, not_a_number, inf}, call, function, "fab.grid_intensity", "gCO2e/kWh");
    check_rejects<C>(
        act_like(), [](C& c, double v) { c.gases = v * u::gCO2e / u::cm2; },
        {-1.0, not_a_number, inf}, call, function, "fab.gases", "[0, inf)");
    check_rejects<C>(
        act_like(), [](C& c, double v) { c.materials = v * u::gCO2e / u::cm2; },
        {-1.0, not_a_number, inf}, call, function, "fab.materials", "[0, inf)");
}
}  // namespace

BOOST_AUTO_TEST_CASE(carbon_per_area) {
    check_carbon_checks([](const fab::fab_carbon& c) { (void)fab::carbon_per_area(c); },
                        "fab::carbon_per_area");
}

BOOST_AUTO_TEST_CASE(wafer_emissions) {
    const std::string f = "fab::wafer_emissions";
    check_wafer_checks([](const fab::wafer& w) { (void)fab::wafer_emissions(w, act_like()); }, f);
    check_carbon_checks([](const fab::fab_carbon& c) { (void)fab::wafer_emissions(wafer_300, c); },
                        f);
    // A 1e150 m wafer (area 7.9e299 m2) at 1e10 kgCO2e/m2 of gases overflows.
    fab::wafer vast = wafer_300;
    vast.diameter = 1e150 * u::m;
    fab::fab_carbon dirty = act_like();
    dirty.gases = 1e10 * u::kgCO2e / u::m2;
    BOOST_CHECK_EXCEPTION(fab::wafer_emissions(vast, dirty), aiecon::domain_error,
                          naming(f, "wafer emissions", "wafer.diameter"));
    // A diameter whose square overflows: the wafer area.
    vast.diameter = 1e200 * u::m;
    BOOST_CHECK_EXCEPTION(fab::wafer_emissions(vast, act_like()), aiecon::domain_error,
                          naming(f, "wafer area", "wafer.diameter"));
}

BOOST_AUTO_TEST_CASE(die_emissions_by_area) {
    const std::string f = "fab::die_emissions_by_area";
    const aiecon::emissions_per_area carbon = 1.6 * u::kgCO2e / u::cm2;
    for (const double bad : {0.0, -1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::die_emissions_by_area(bad * u::cm2, carbon, 0.5),
                                  aiecon::domain_error, naming(f, "die_area", "(0, inf)"));
        }
    }
    for (const double bad : {-1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(
                fab::die_emissions_by_area(6.0 * u::cm2, bad * u::kgCO2e / u::cm2, 0.5),
                aiecon::domain_error, naming(f, "carbon", "[0, inf)"));
        }
    }
    for (const double bad : {0.0, -0.5, 1.5, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::die_emissions_by_area(6.0 * u::cm2, carbon, bad),
                                  aiecon::domain_error, naming(f, "die_yield", "(0, 1]"));
        }
    }
}

// ---- package.hpp ----------------------------------------------------------

BOOST_AUTO_TEST_CASE(silicon_interposer) {
    const std::string f = "fab::silicon_interposer";
    const fab::die big{.width = 52_mm, .height = 33_mm, .stitched = true};
    const fab::yield_model poisson{};
    const aiecon::defect_density defects = 0.05 / u::cm2;
    for (const double bad : {0.0, -0.5, 1.5, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(
                fab::silicon_interposer(wafer_300, big, poisson, defects, {}, {}, bad),
                aiecon::domain_error, naming(f, "assembly_survival", "(0, 1]"));
        }
    }
    for (const double bad : {-1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(
                fab::silicon_interposer(wafer_300, big, poisson, defects, bad * u::kgCO2e),
                aiecon::domain_error, naming(f, "per_wafer_emissions", "kgCO2e"));
        }
    }
    // The wafer, the die, the defects and the test cost are checked by
    // die_costs, which names itself.
    check_wafer_checks(
        [&](const fab::wafer& w) { (void)fab::silicon_interposer(w, big, poisson, defects); },
        "fab::die_costs");
    check_die_size_checks(
        [&](const fab::die& d) { (void)fab::silicon_interposer(wafer_300, d, poisson, defects); },
        "fab::die_costs");
    check_reticle_check(
        [&](const fab::die& d) { (void)fab::silicon_interposer(wafer_300, d, poisson, defects); },
        "fab::die_costs");
    BOOST_CHECK_EXCEPTION(fab::silicon_interposer(wafer_300, big, poisson, not_a_number / u::cm2),
                          aiecon::domain_error, naming("fab::die_costs", "defect_density", "/cm2"));
    BOOST_CHECK_EXCEPTION(
        fab::silicon_interposer(wafer_300, big, poisson, defects, {}, inf * usd_per_die),
        aiecon::domain_error, naming("fab::die_costs", "test_cost_per_die", "/die"));
}

BOOST_AUTO_TEST_CASE(organic_substrate) {
    const std::string f = "fab::organic_substrate";
    for (const double bad : {-1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::organic_substrate(bad * u::USD), aiecon::domain_error,
                                  naming(f, "cost", "[0, inf)"));
            BOOST_CHECK_EXCEPTION(fab::organic_substrate(100_USD, bad * u::kgCO2e),
                                  aiecon::domain_error, naming(f, "embodied", "kgCO2e"));
        }
    }
}

BOOST_AUTO_TEST_CASE(bill_of_materials) {
    const std::string f = "fab::bill_of_materials";
    check_package_checks([](const fab::accelerator_package& p) { (void)fab::bill_of_materials(p); },
                         f);
    // Counts times unit figures that overflow: 1e300 dies at $1e10 each,
    // 1e300 stacks at $1e10 each, and the same for emissions.
    fab::accelerator_package p = package_a();
    p.logic_dies = 1e300;
    p.logic_die_cost = 1e10 * usd_per_die;
    BOOST_CHECK_EXCEPTION(fab::bill_of_materials(p), aiecon::domain_error,
                          naming(f, "logic die extended_cost", "logic_die_cost"));
    p.logic_die_cost = 1.0 * usd_per_die;
    p.logic_die_emissions = 1e10 * u::kgCO2e / u::die;
    BOOST_CHECK_EXCEPTION(fab::bill_of_materials(p), aiecon::domain_error,
                          naming(f, "logic die extended_emissions", "logic_die_emissions"));
    p = package_a();
    p.memory_stacks = 1e300;
    p.memory.cost = 1e10 * u::USD;
    BOOST_CHECK_EXCEPTION(fab::bill_of_materials(p), aiecon::domain_error,
                          naming(f, "memory stack extended_cost", "memory.cost"));
    p.memory.cost = 1_USD;
    p.memory.embodied = 1e10 * u::kgCO2e;
    BOOST_CHECK_EXCEPTION(fab::bill_of_materials(p), aiecon::domain_error,
                          naming(f, "memory stack extended_emissions", "memory.embodied"));
}

BOOST_AUTO_TEST_CASE(package_costs) {
    const std::string f = "fab::package_costs";
    // Its inputs are checked by bill_of_materials, which names itself.
    check_package_checks([](const fab::accelerator_package& p) { (void)fab::package_costs(p); },
                         "fab::bill_of_materials");
    // 100,000 stacks at 0.99: 0.99^100000 = 1e-436 underflows to 0.
    fab::accelerator_package p = package_a();
    p.memory_stacks = 100'000.0;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "package yield", "(0, 1]"));
    // Results that overflow though every part is finite. Emissions: the
    // largest logic-die emissions over the package yield, 0.99 x 0.99^5 x
    // 0.98 = 0.923 (package_a's yields), exceed the largest double.
    p = package_a();
    p.logic_die_emissions = largest * u::kgCO2e / u::die;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "emissions_per_good_package", "logic_die_emissions"));
    // 1e300 stacks of 16 GB (1.6e310 B) and of 670 GB/s.
    p = package_a();
    p.memory_stacks = 1e300;
    p.memory.yield = 1.0;
    p.memory.cost = 0_USD;
    p.memory.embodied = 0_kgCO2e;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "memory_capacity", "memory.capacity"));
    p.memory.capacity = 0_GB;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming(f, "memory_bandwidth", "memory.bandwidth"));
}

// ---- capacity.hpp ---------------------------------------------------------

namespace {
fab::supply_inputs h100_like() {
    return {.logic_wafer_starts = 10'000.0 * u::wafer / u::month,
            .good_dies_per_wafer = 27.0 * u::die / u::wafer,
            .logic_dies_per_package = 1.0 * u::die / u::device,
            .memory_stacks = 400'000.0 / u::month,
            .stacks_per_package = 5.0,
            .packaging_slots = 200'000.0 * per_month,
            .package_yield = 0.95};
}
}  // namespace

BOOST_AUTO_TEST_CASE(accelerator_supply) {
    const std::string f = "fab::accelerator_supply";
    using S = fab::supply_inputs;
    const auto call = [](const S& s) { (void)fab::accelerator_supply(s); };
    check_rejects<S>(
        h100_like(), [](S& s, double v) { s.logic_wafer_starts = v * u::wafer / u::month; },
        {-1.0, not_a_number, inf}, call, f, "logic_wafer_starts", "wafer/month");
    check_rejects<S>(
        h100_like(), [](S& s, double v) { s.good_dies_per_wafer = v * per_wafer; },
        {-1.0, not_a_number, inf}, call, f, "good_dies_per_wafer", "die/wafer");
    check_rejects<S>(
        h100_like(), [](S& s, double v) { s.logic_dies_per_package = v * u::die / u::device; },
        {0.0, -1.0, not_a_number, inf}, call, f, "logic_dies_per_package", "(0, inf)");
    check_rejects<S>(
        h100_like(), [](S& s, double v) { s.memory_stacks = v / u::month; },
        {-1.0, not_a_number, inf}, call, f, "memory_stacks", "[0, inf)");
    check_rejects<S>(
        h100_like(), [](S& s, double v) { s.stacks_per_package = v; }, {-1.0, not_a_number, inf},
        call, f, "stacks_per_package", "[0, inf)");
    check_rejects<S>(
        h100_like(), [](S& s, double v) { s.packaging_slots = v * per_month; },
        {-1.0, not_a_number, inf}, call, f, "packaging_slots", "device/month");
    check_rejects<S>(
        h100_like(), [](S& s, double v) { s.package_yield = v; },
        {0.0, -0.5, 1.5, not_a_number, inf}, call, f, "package_yield", "(0, 1]");
    // 400,000 stacks a month over 1e-320 stacks per package overflows.
    S s = h100_like();
    s.stacks_per_package = 1e-320;
    BOOST_CHECK_EXCEPTION(fab::accelerator_supply(s), aiecon::domain_error,
                          naming(f, "packages_from_memory", "stacks_per_package"));
}

// ---- supply_doors.hpp -----------------------------------------------------

BOOST_AUTO_TEST_CASE(source_fastest) {
    check_door_checks([](const std::vector<fab::supply_door>& doors,
                         aiecon::device_count demand) { (void)fab::source_fastest(doors, demand); },
                      "fab::source_fastest");
}

BOOST_AUTO_TEST_CASE(source_cheapest) {
    const std::string f = "fab::source_cheapest";
    const auto deadline = 24.0 * u::month;
    check_door_checks(
        [&](const std::vector<fab::supply_door>& doors, aiecon::device_count demand) {
            (void)fab::source_cheapest(doors, demand, deadline);
        },
        f);
    const std::vector<fab::supply_door> two{door_a(), door_b()};
    for (const double bad : {0.0, -1.0, not_a_number, inf}) {
        BOOST_TEST_CONTEXT("value " << bad) {
            BOOST_CHECK_EXCEPTION(fab::source_cheapest(two, 100'000_devices, bad * u::month),
                                  aiecon::domain_error, naming(f, "deadline", "(0, inf)"));
        }
    }
    // A and B together meet 100,000 at 11.67 months at the earliest
    // (fab_supply_test.cpp): 10 months is too soon.
    BOOST_CHECK_EXCEPTION(fab::source_cheapest(two, 100'000_devices, 10.0 * u::month),
                          aiecon::domain_error,
                          naming(f, "deadline", "the earliest the doors allow"));
}

// ---- the fuzz findings ----------------------------------------------------

BOOST_AUTO_TEST_CASE(finding_wafer_area_overflows) {
    // fab-wafer_area-inf: pi/4 x (3e299 m)^2 overflows.
    fab::wafer w = wafer_300;
    w.diameter = 3e299 * u::m;
    BOOST_CHECK_EXCEPTION(fab::wafer_area(w), aiecon::domain_error,
                          naming("fab::wafer_area", "wafer area", "wafer.diameter"));
}

BOOST_AUTO_TEST_CASE(finding_gross_dies_estimate_overflows) {
    // fab-gross_dies_estimate-inf: pi (3e299 m)^2 / (4 S) overflows, for a
    // 2 mm x 2 mm die.
    fab::wafer w = wafer_300;
    w.diameter = 3e299 * u::m;
    const fab::die d{.width = 2e-3 * u::m, .height = 2e-3 * u::m};
    BOOST_CHECK_EXCEPTION(fab::gross_dies_estimate(w, d), aiecon::domain_error,
                          naming("fab::gross_dies_estimate", "gross dies", "wafer.diameter"));
    // A subnormal die with no scribe: the pitch area underflows to 0 and the
    // estimate is inf - inf, which the clamp used to turn into 0 dies.
    fab::wafer no_scribe = wafer_300;
    no_scribe.scribe_width = 0_mm;
    BOOST_CHECK_EXCEPTION(
        fab::gross_dies_estimate(no_scribe, {.width = 1e-320 * u::m, .height = 1e-320 * u::m}),
        aiecon::domain_error, naming("fab::gross_dies_estimate", "gross dies", "die's size"));
}

BOOST_AUTO_TEST_CASE(finding_gross_dies_exact_casts_no_infinity) {
    // ub-gross_dies-line77: a scribe of the largest double made the grid's
    // start offset infinite, then cast to an integer (undefined behaviour).
    fab::wafer w = wafer_300;
    w.scribe_width = largest * u::m;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(w, die_20x25), aiecon::domain_error,
                          naming("fab::gross_dies_exact", "wafer.scribe_width", "1e150 m"));
    // ub-gross_dies-line93: a 1e300 m wafer with a 1e300 m scribe: r^2
    // overflowed, a row's half-width was infinite, and so was its die count.
    w.diameter = 1e300 * u::m;
    w.scribe_width = 1e300 * u::m;
    BOOST_CHECK_EXCEPTION(fab::gross_dies_exact(w, die_20x25), aiecon::domain_error,
                          naming("fab::gross_dies_exact", "usable wafer diameter", "1e150 m"));
    // At the bound the layout still counts: a 1e150 m scribe leaves one die
    // per row and column, and the 20 mm x 25 mm die (diagonal 32 mm) fits the
    // 294 mm disc: exactly 1 die.
    w = wafer_300;
    w.scribe_width = 1e150 * u::m;
    BOOST_TEST(fab::gross_dies_exact(w, die_20x25).dies.in(per_wafer) == 1.0);
}

BOOST_AUTO_TEST_CASE(finding_carbon_per_area_overflows) {
    // fab-carbon_per_area-inf: 5400 J/m2 x the largest intensity.
    fab::fab_carbon c = act_like();
    c.electricity = 5400.0 * u::J / u::m2;
    c.grid_intensity = largest * u::kgCO2e / u::J;
    BOOST_CHECK_EXCEPTION(fab::carbon_per_area(c), aiecon::domain_error,
                          naming("fab::carbon_per_area", "carbon per area", "fab.grid_intensity"));
}

BOOST_AUTO_TEST_CASE(finding_die_emissions_by_area_overflows) {
    // fab-die_emissions_by_area-inf: the largest area x 1000 kgCO2e/m2 / 0.7.
    BOOST_CHECK_EXCEPTION(fab::die_emissions_by_area(largest * u::m2, 1e3 * u::kgCO2e / u::m2, 0.7),
                          aiecon::domain_error,
                          naming("fab::die_emissions_by_area", "die emissions", "die_area"));
}

BOOST_AUTO_TEST_CASE(finding_package_costs_overflows) {
    // fab-package_costs-cost_per_good_package-inf: the largest logic-die cost
    // over the package yield, 0.99 x 0.99^5 x 0.98 = 0.923 (package_a's
    // yields), exceeds the largest double.
    fab::accelerator_package p = package_a();
    p.logic_die_cost = largest * usd_per_die;
    BOOST_CHECK_EXCEPTION(fab::package_costs(p), aiecon::domain_error,
                          naming("fab::package_costs", "cost_per_good_package", "logic_die_cost"));
}

BOOST_AUTO_TEST_CASE(finding_accelerator_supply_overflows) {
    // fab-accelerator_supply-packages_from_logic-inf: 1e300 wafers a month x
    // 1e300 dies per wafer.
    fab::supply_inputs s = h100_like();
    s.logic_wafer_starts = 1e300 * u::wafer / u::s;
    s.good_dies_per_wafer = 1e300 * per_wafer;
    BOOST_CHECK_EXCEPTION(
        fab::accelerator_supply(s), aiecon::domain_error,
        naming("fab::accelerator_supply", "packages_from_logic", "good_dies_per_wafer"));
}

BOOST_AUTO_TEST_CASE(finding_source_fastest_and_cheapest_cost_overflows) {
    // fab-source_fastest-inf and fab-source_cheapest-inf: 100,000 devices at
    // the largest price.
    fab::supply_door dear = door_a();
    dear.price = largest * u::USD / u::device;
    const std::vector<fab::supply_door> doors{dear};
    BOOST_CHECK_EXCEPTION(fab::source_fastest(doors, 100'000_devices), aiecon::domain_error,
                          naming("fab::source_fastest", "total_cost", "door.price"));
    BOOST_CHECK_EXCEPTION(fab::source_cheapest(doors, 100'000_devices, 24.0 * u::month),
                          aiecon::domain_error,
                          naming("fab::source_cheapest", "total_cost", "door.price"));
}

BOOST_AUTO_TEST_CASE(finding_source_fastest_keeps_the_demand_behind_a_huge_lead_time) {
    using boost::test_tools::tolerance;
    // fab-source_fastest-allocations-short: one door, 10,000 a month, behind
    // the largest lead time; 100,000 devices. The door delivers them all in
    // 10 months after it opens (the date itself rounds to the lead time).
    fab::supply_door far = door_a();
    far.lead_time = largest * u::s;
    const fab::sourcing_plan one = fab::source_fastest(std::vector{far}, 100'000_devices);
    BOOST_TEST(one.allocations[0].quantity.in(u::device) == 100'000.0, tolerance(1e-12));
    BOOST_TEST(one.total_cost.in(u::USD) == 100'000.0 * 20'000.0, tolerance(1e-12));
    BOOST_TEST(one.binding_door == "A");

    // Two doors 2^64 s (585 billion years) out, where a date is a multiple of
    // 4096 s, so the demand's months would be lost in absolute dates:
    //   A opens at L = 2^64 s, 0.01 devices/s;
    //   B opens at L + 2^21 s (2,097,152 s), 0.005 devices/s; demand 50,000.
    // By L + 2^21 s, A has delivered 0.01 x 2,097,152 = 20,971.52; the other
    // 29,028.48 come at 0.015/s in 1,935,232 s. So A delivers for
    // 2,097,152 + 1,935,232 = 4,032,384 s: 40,323.84; B for 1,935,232 s:
    // 9,676.16; together 50,000.
    const double lead = 18446744073709551616.0;  // 2^64
    const std::vector<fab::supply_door> doors{
        {"B", 0.005 * u::device / u::s, (lead + 2097152.0) * u::s, 2.0 * u::USD / u::device},
        {"A", 0.01 * u::device / u::s, lead * u::s, 1.0 * u::USD / u::device}};
    const fab::sourcing_plan fastest = fab::source_fastest(doors, 50'000_devices);
    BOOST_TEST_REQUIRE(fastest.allocations.size() == 2u);
    BOOST_TEST(fastest.allocations[0].name == "A");
    BOOST_TEST(fastest.allocations[0].quantity.in(u::device) == 40'323.84, tolerance(1e-12));
    BOOST_TEST(fastest.allocations[1].name == "B");
    BOOST_TEST(fastest.allocations[1].quantity.in(u::device) == 9'676.16, tolerance(1e-12));
    BOOST_TEST(fastest.binding_door == "B");

    // Cheapest first by that very date, as time_to_meet_demand reports it:
    // L + 4,032,384 s rounds to a multiple of 4096 s, L + 4,030,464 s, 1920 s
    // before the exact date; a deadline within rounding of the earliest date
    // is that date, so the same doors, A first, deliver the whole demand.
    const fab::sourcing_plan cheapest =
        fab::source_cheapest(doors, 50'000_devices, fastest.time_to_meet_demand);
    BOOST_TEST(cheapest.allocations[0].name == "A");
    BOOST_TEST(cheapest.allocations[0].quantity.in(u::device) == 40'323.84, tolerance(1e-12));
    BOOST_TEST(cheapest.allocations[1].quantity.in(u::device) == 9'676.16, tolerance(1e-12));
    // $40,323.84 + 2 x $9,676.16 = $59,676.16.
    BOOST_TEST(cheapest.total_cost.in(u::USD) == 59'676.16, tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(finding_source_fastest_keeps_a_tiny_demand_at_a_huge_capacity) {
    using boost::test_tools::tolerance;
    // Found by the 120 s fuzz run: 2.2e-308 devices from one door of the
    // largest capacity (1.8e308 a second) after 68 s. Its open time, 1.2e-616
    // s, underflows to 0, so a door share of capacity x open time was 0; the
    // door's share of the demand is the whole demand, 2.2e-308 devices, at
    // $0.13 each.
    const double demand = std::numeric_limits<double>::min();
    const fab::supply_door door{"A", largest * u::device / u::s, 68.0 * u::s,
                                0.13 * u::USD / u::device};
    const std::vector<fab::supply_door> doors{door};
    const fab::sourcing_plan fastest = fab::source_fastest(doors, demand * u::device);
    BOOST_TEST(fastest.allocations[0].quantity.in(u::device) == demand, tolerance(1e-12));
    BOOST_TEST(fastest.total_cost.in(u::USD) == demand * 0.13, tolerance(1e-12));
    BOOST_TEST(fastest.time_to_meet_demand.in(u::s) == 68.0, tolerance(1e-12));
    // Cheapest first by the lead time itself (the earliest date, rounded).
    const fab::sourcing_plan cheapest =
        fab::source_cheapest(doors, demand * u::device, 68.0 * u::s);
    BOOST_TEST(cheapest.allocations[0].quantity.in(u::device) == demand, tolerance(1e-12));
}

BOOST_AUTO_TEST_SUITE_END()
