// Pair 3, wafer to package: gross dies per wafer (the closed-form
// estimate), die yield, the cost of a known good die, and the cost of a
// good 2.5D package (logic die, HBM stacks, interposer, assembly) by the
// compound-yield model.
//
// The aiecon side calls the library (fab::gross_dies_estimate, die_yield,
// known_good_die_cost, package_costs); the plain side is the same models
// written by hand with doubles from include/aiecon/fab/*.hpp: the same
// checks, the same operations in the same order, lengths in m, areas in m2,
// money in USD, emissions in kg CO2e.
//
// fab::package_costs returns the package's bill of materials, a
// std::vector of four lines each named by a std::string; so the plain side
// builds the same vector of the same lines (the names fit the small-string
// buffer of libstdc++ and libc++, so it is one allocation on each side).
// That pair, "fab_package", times the model as users call it. A second
// pair, "fab_core", leaves the bill of materials out on both sides: the die
// models, then the package yield and cost computed directly, allocating
// nothing, so that the arithmetic is not hidden behind malloc.
//
// 64 scenarios are evaluated per pass: dies from 8 mm x 8 mm to a full
// 26 mm x 33 mm reticle, the four yield formulas in turn, 0 to 8 HBM stacks.
#include <aiecon/fab/die_cost.hpp>
#include <aiecon/fab/gross_dies.hpp>
#include <aiecon/fab/package.hpp>
#include <aiecon/fab/yield.hpp>

#include "bench_support.hpp"
#include "plain_checks.hpp"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <numbers>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace aiecon_bench {

// One scenario, in the units its inputs are quoted in.
struct fab_numbers {
    double wafer_usd;
    double die_width_mm;
    double die_height_mm;
    double defects_per_cm2;
    int formula;  // 0 Poisson, 1 Murphy, 2 Seeds, 3 negative binomial
    double parametric_yield;
    double test_usd_per_die;
    double logic_die_yield;  // surviving assembly
    double logic_kg_co2e_per_die;
    double memory_stacks;
    double stack_usd;
    double stack_yield;
    double stack_gb;
    double stack_tb_per_s;
    double stack_kg_co2e;
    double interposer_usd;
    double interposer_yield;
    double interposer_kg_co2e;
    double assembly_usd;
    double assembly_yield;
    double assembly_kg_co2e;
};

constexpr std::size_t fab_scenario_count = 64;

// A 300 mm wafer (SEMI M1) with 3 mm of edge exclusion and 100 um scribe
// lines; processed wafers of $10,000 to $20,000 (leading-edge logic is
// reported near $17,000 to $20,000). Defect densities of 0.05 to 0.3 per
// cm2, and negative-binomial clustering 3 (Stapper 1983: 0.3 to 5). Part
// prices are illustrative: no reliable public figures exist.
inline std::vector<fab_numbers> fab_inputs() {
    std::vector<fab_numbers> scenarios;
    for (std::size_t k = 0; k < fab_scenario_count; ++k) {
        const std::size_t s = 24 * k;  // 21 numbers per scenario, each its own stretch
        scenarios.push_back({
            .wafer_usd = spread(s, 10'000.0, 20'000.0),
            .die_width_mm = spread(s + 1, 8.0, 26.0),
            .die_height_mm = spread(s + 2, 8.0, 33.0),
            .defects_per_cm2 = spread(s + 3, 0.05, 0.3),
            .formula = static_cast<int>(k % 4),
            .parametric_yield = spread(s + 4, 0.9, 1.0),
            .test_usd_per_die = spread(s + 5, 2.0, 10.0),
            .logic_die_yield = spread(s + 6, 0.98, 1.0),
            .logic_kg_co2e_per_die = spread(s + 7, 30.0, 90.0),
            .memory_stacks = static_cast<double>(k % 9),
            .stack_usd = spread(s + 8, 300.0, 1'200.0),
            .stack_yield = spread(s + 9, 0.97, 0.995),
            .stack_gb = spread(s + 10, 16.0, 24.0),
            .stack_tb_per_s = spread(s + 11, 0.8, 1.2),
            .stack_kg_co2e = spread(s + 12, 5.0, 15.0),
            .interposer_usd = spread(s + 13, 200.0, 1'500.0),
            .interposer_yield = spread(s + 14, 0.95, 0.995),
            .interposer_kg_co2e = spread(s + 15, 2.0, 20.0),
            .assembly_usd = spread(s + 16, 50.0, 300.0),
            .assembly_yield = spread(s + 17, 0.95, 0.99),
            .assembly_kg_co2e = 0.15,  // per IC package (ACT, Gupta et al., ISCA 2022)
        });
    }
    return scenarios;
}

// Five results per scenario: gross dies per wafer, die yield, cost per known
// good die ($), cost per good package ($) and package yield.
constexpr std::size_t fab_results = 5;

// ---------------------------------------------------------------------------
// The aiecon side.

namespace fab = aiecon::fab;

struct aiecon_fab_scenario {
    fab::wafer wafer;
    fab::die die;
    fab::yield_model yield_model;
    aiecon::defect_density defects;
    aiecon::price_per_die test_cost;
    fab::accelerator_package package;  // its logic die cost comes from the die models
};

inline std::vector<aiecon_fab_scenario> aiecon_fab_scenarios(
    const std::vector<fab_numbers>& numbers) {
    namespace u = aiecon::units;
    constexpr fab::yield_formula formulas[] = {
        fab::yield_formula::poisson, fab::yield_formula::murphy, fab::yield_formula::seeds,
        fab::yield_formula::negative_binomial};
    std::vector<aiecon_fab_scenario> scenarios;
    for (const fab_numbers& n : numbers) {
        scenarios.push_back(
            {.wafer = {.diameter = 300.0 * u::mm,
                       .edge_exclusion = 3.0 * u::mm,
                       .scribe_width = 0.1 * u::mm,
                       .cost = n.wafer_usd * u::USD},
             .die = {.width = n.die_width_mm * u::mm, .height = n.die_height_mm * u::mm},
             .yield_model = {.formula = formulas[n.formula],
                             .clustering = 3.0,
                             .parametric_yield = n.parametric_yield},
             .defects = n.defects_per_cm2 / u::cm2,
             .test_cost = n.test_usd_per_die * u::USD / u::die,
             .package = {.logic_dies = 1.0,
                         .logic_die_cost = {},
                         .logic_die_yield = n.logic_die_yield,
                         .logic_die_emissions = n.logic_kg_co2e_per_die * u::kgCO2e / u::die,
                         .memory_stacks = n.memory_stacks,
                         .memory = {.cost = n.stack_usd * u::USD,
                                    .yield = n.stack_yield,
                                    .capacity = n.stack_gb * u::GB,
                                    .bandwidth = n.stack_tb_per_s * u::TB / u::s,
                                    .embodied = n.stack_kg_co2e * u::kgCO2e},
                         .interposer = {.cost = n.interposer_usd * u::USD,
                                        .yield = n.interposer_yield,
                                        .embodied = n.interposer_kg_co2e * u::kgCO2e},
                         .assembly = {.cost = n.assembly_usd * u::USD,
                                      .yield = n.assembly_yield,
                                      .embodied = n.assembly_kg_co2e * u::kgCO2e}}});
    }
    return scenarios;
}

constexpr auto dies_per_wafer_unit = aiecon::units::die / aiecon::units::wafer;
constexpr auto usd_per_die = aiecon::units::USD / aiecon::units::die;

// The die models, as far as the cost of a known good die.
struct aiecon_die_figures {
    aiecon::dies_per_wafer gross;
    double yield;
    aiecon::price_per_die known_good_die;
};

inline aiecon_die_figures aiecon_die(const aiecon_fab_scenario& s) {
    const aiecon::dies_per_wafer gross = fab::gross_dies_estimate(s.wafer, s.die);
    const double yield = fab::die_yield(s.yield_model, fab::die_area(s.die), s.defects);
    return {gross, yield, fab::known_good_die_cost(s.wafer.cost, gross, yield, s.test_cost)};
}

inline void store(std::span<double> results, std::size_t i, const aiecon_die_figures& die,
                  aiecon::money cost_per_good_package, double package_yield) {
    results[fab_results * i] = die.gross.in(dies_per_wafer_unit);
    results[fab_results * i + 1] = die.yield;
    results[fab_results * i + 2] = die.known_good_die.in(usd_per_die);
    results[fab_results * i + 3] = cost_per_good_package.in(aiecon::units::USD);
    results[fab_results * i + 4] = package_yield;
}

// Through fab::package_costs, bill of materials and all.
AIECON_BENCH_OUT_OF_LINE void evaluate_package_aiecon(
    std::span<const aiecon_fab_scenario> scenarios, std::span<double> results) {
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const aiecon_die_figures die = aiecon_die(scenarios[i]);
        fab::accelerator_package package = scenarios[i].package;
        package.logic_die_cost = die.known_good_die;
        const fab::package_economics economics = fab::package_costs(package);
        store(results, i, die, economics.cost_per_good_package, economics.package_yield);
    }
}

// The package's compound yield and cost computed directly, with quantities:
// the arithmetic of fab::package_costs without its bill of materials.
AIECON_BENCH_OUT_OF_LINE void evaluate_core_aiecon(std::span<const aiecon_fab_scenario> scenarios,
                                                   std::span<double> results) {
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const aiecon_die_figures die = aiecon_die(scenarios[i]);
        const fab::accelerator_package& p = scenarios[i].package;
        const aiecon::money assembled =
            p.logic_dies * (die.known_good_die * (1.0 * aiecon::units::die)) +
            p.memory_stacks * p.memory.cost + p.interposer.cost + p.assembly.cost;
        const double yield = std::pow(p.logic_die_yield, p.logic_dies) *
                             std::pow(p.memory.yield, p.memory_stacks) * p.interposer.yield *
                             p.assembly.yield;
        store(results, i, die, assembled / yield, yield);
    }
}

// ---------------------------------------------------------------------------
// The plain side: the same models, written with doubles.

namespace plain {

// Factors of aiecon's units (include/aiecon/units/units.hpp).
constexpr double millimetre = 1e-3;
constexpr double square_centimetre = 1e-2 * 1e-2;  // 1 cm x 1 cm
constexpr double giga = 1e9;
constexpr double tera = 1e12;

struct wafer {
    double diameter = 0.0;        // m
    double edge_exclusion = 0.0;  // m
    double scribe_width = 0.0;    // m
    double cost = 0.0;            // USD
};

struct die {
    double width = 0.0;  // m
    double height = 0.0;
    bool stitched = false;
};

// 26 mm x 33 mm, as fab::reticle_field (ASML NXT and NXE product data).
struct reticle_field {
    double width = 26.0 * millimetre;
    double height = 33.0 * millimetre;
};

inline void validate(const wafer& w, std::string_view function) {
    require_positive(function, "wafer.diameter", w.diameter);
    require_non_negative(function, "wafer.edge_exclusion", w.edge_exclusion);
    if (!(w.edge_exclusion < w.diameter / 2.0)) {
        throw_domain_error(function, "wafer.edge_exclusion", w.edge_exclusion,
                           "[0 m, " + std::to_string(w.diameter / 2.0) + "), below the radius");
    }
    require_non_negative(function, "wafer.scribe_width", w.scribe_width);
    require_non_negative(function, "wafer.cost", w.cost);
}

inline double die_area(const die& d) {
    constexpr std::string_view function = "fab::die_area";
    require_positive(function, "die.width", d.width);
    require_positive(function, "die.height", d.height);
    return require_finite_result(function, "die area", d.width * d.height,
                                 "die.width and die.height");
}

inline bool fits(const die& d, const reticle_field& field) {
    const auto fits_side = [](double die_side, double field_side) {
        return die_side <= field_side * (1.0 + 1e-9);
    };
    return (fits_side(d.width, field.width) && fits_side(d.height, field.height)) ||
           (fits_side(d.width, field.height) && fits_side(d.height, field.width));
}

inline void validate(const die& d, std::string_view function, const reticle_field& field = {}) {
    require_positive(function, "die.width", d.width);
    require_positive(function, "die.height", d.height);
    require_positive(function, "field.width", field.width);
    require_positive(function, "field.height", field.height);
    if (!d.stitched && !fits(d, field)) {
        throw_domain_error(function, "die.width", d.width,
                           "a die of one reticle field either way (or set die.stitched)");
    }
}

inline void validate_die_on_wafer(const wafer& w, const die& d, std::string_view function,
                                  const reticle_field& field) {
    validate(w, function);
    validate(d, function, field);
    const double usable = w.diameter - 2.0 * w.edge_exclusion;
    const double diagonal = std::sqrt(d.width * d.width + d.height * d.height);
    if (diagonal > usable) {
        throw_domain_error(function, "die diagonal", diagonal,
                           "(0, " + std::to_string(usable) + "], the usable wafer diameter");
    }
}

// N = pi d^2 / (4 S) - pi d / sqrt(2 S) (Hennessy & Patterson; as
// fab::gross_dies_estimate).
inline double gross_dies_estimate(const wafer& w, const die& d, const reticle_field& field = {}) {
    validate_die_on_wafer(w, d, "fab::gross_dies_estimate", field);
    const double usable = w.diameter - 2.0 * w.edge_exclusion;
    const double pitch_area = (d.width + w.scribe_width) * (d.height + w.scribe_width);
    const double estimate =
        require_finite_result("fab::gross_dies_estimate", "gross dies",
                              std::numbers::pi * usable * usable / (4.0 * pitch_area) -
                                  std::numbers::pi * usable / std::sqrt(2.0 * pitch_area),
                              "wafer.diameter, wafer.scribe_width and the die's size");
    return estimate > 0.0 ? estimate : 0.0;
}

enum class yield_formula { poisson, murphy, seeds, negative_binomial };

struct yield_model {
    yield_formula formula = yield_formula::poisson;
    double clustering = 0.0;
    double parametric_yield = 1.0;
};

inline double murphy_ratio(double x) {
    return x == 0.0 ? 1.0 : -std::expm1(-x) / x;
}

// Poisson, Murphy, Seeds and negative-binomial yield (as fab::die_yield).
inline double die_yield(const yield_model& model, double die_area, double defects) {
    constexpr std::string_view function = "fab::die_yield";
    require_positive(function, "die_area", die_area);
    require_non_negative(function, "defect_density", defects);
    require_positive_fraction(function, "model.parametric_yield", model.parametric_yield);
    require_non_negative(function, "model.clustering", model.clustering);
    const double mean_defects = die_area * defects;
    const auto defect_limited = [&]() -> double {
        switch (model.formula) {
            case yield_formula::poisson:
                return std::exp(-mean_defects);
            case yield_formula::murphy: {
                const double ratio = murphy_ratio(mean_defects);
                return ratio * ratio;
            }
            case yield_formula::seeds:
                return 1.0 / (1.0 + mean_defects);
            case yield_formula::negative_binomial:
                require_positive(function, "model.clustering", model.clustering);
                return std::exp(-model.clustering * std::log1p(mean_defects / model.clustering));
        }
        throw_domain_error(function, "model.formula",
                           static_cast<double>(static_cast<int>(model.formula)),
                           "{poisson, murphy, seeds, negative_binomial}");
    };
    return defect_limited() * model.parametric_yield;
}

inline double good_dies(double gross, double die_yield) {
    require_positive("fab::good_dies", "gross", gross);
    require_positive_fraction("fab::good_dies", "die_yield", die_yield);
    return gross * die_yield;
}

inline double per_good_die(double per_wafer, double good) {
    require_non_negative("fab::per_good_die", "per_wafer", per_wafer);
    require_positive("fab::per_good_die", "good", good);
    const double per_die = per_wafer / good;
    if (!is_finite(per_die)) {
        throw_domain_error("fab::per_good_die", "good", good,
                           "large enough that the share per good die is finite");
    }
    return per_die;
}

// (wafer cost + test cost per die x gross) / (gross x yield).
inline double known_good_die_cost(double wafer_cost, double gross, double die_yield,
                                  double test_cost_per_die) {
    constexpr std::string_view function = "fab::known_good_die_cost";
    require_non_negative(function, "wafer_cost", wafer_cost);
    require_non_negative(function, "test_cost_per_die", test_cost_per_die);
    require_positive(function, "gross", gross);
    require_positive_fraction(function, "die_yield", die_yield);
    const double tested_wafer =
        require_finite_result(function, "tested wafer cost", wafer_cost + test_cost_per_die * gross,
                              "wafer_cost, test_cost_per_die and gross");
    return per_good_die(tested_wafer, good_dies(gross, die_yield));
}

struct memory_stack {
    double cost = 0.0;  // USD
    double yield = 1.0;
    double capacity = 0.0;   // B
    double bandwidth = 0.0;  // B/s
    double embodied = 0.0;   // kg CO2e
};

struct interposer {
    double cost = 0.0;
    double yield = 1.0;
    double embodied = 0.0;
};

struct assembly_step {
    double cost = 0.0;
    double yield = 1.0;
    double embodied = 0.0;
};

struct accelerator_package {
    double logic_dies = 1.0;
    double logic_die_cost = 0.0;  // USD per die
    double logic_die_yield = 1.0;
    double logic_die_emissions = 0.0;  // kg CO2e per die
    double memory_stacks = 0.0;
    memory_stack memory{};
    plain::interposer interposer;
    assembly_step assembly;
};

struct bom_line {
    std::string item;
    double quantity = 0.0;
    double unit_cost = 0.0;
    double extended_cost = 0.0;
    double extended_emissions = 0.0;
    double yield = 1.0;
};

inline std::vector<bom_line> bill_of_materials(const accelerator_package& p) {
    constexpr std::string_view function = "fab::bill_of_materials";
    require_positive(function, "logic_dies", p.logic_dies);
    require_non_negative(function, "memory_stacks", p.memory_stacks);
    require_non_negative(function, "logic_die_cost", p.logic_die_cost);
    require_non_negative(function, "memory.cost", p.memory.cost);
    require_non_negative(function, "interposer.cost", p.interposer.cost);
    require_non_negative(function, "assembly.cost", p.assembly.cost);
    require_positive_fraction(function, "logic_die_yield", p.logic_die_yield);
    require_positive_fraction(function, "memory.yield", p.memory.yield);
    require_positive_fraction(function, "interposer.yield", p.interposer.yield);
    require_positive_fraction(function, "assembly.yield", p.assembly.yield);
    require_non_negative(function, "logic_die_emissions", p.logic_die_emissions);
    require_non_negative(function, "memory.embodied", p.memory.embodied);
    require_non_negative(function, "memory.capacity", p.memory.capacity);
    require_non_negative(function, "memory.bandwidth", p.memory.bandwidth);
    require_non_negative(function, "interposer.embodied", p.interposer.embodied);
    require_non_negative(function, "assembly.embodied", p.assembly.embodied);

    const double logic_unit = p.logic_die_cost;  // x 1 die
    const double logic_emissions = p.logic_die_emissions;
    const double logic_cost =
        require_finite_result(function, "logic die extended_cost", p.logic_dies * logic_unit,
                              "logic_dies and logic_die_cost");
    const double logic_embodied =
        require_finite_result(function, "logic die extended_emissions",
                              p.logic_dies * logic_emissions, "logic_dies and logic_die_emissions");
    const double memory_cost =
        require_finite_result(function, "memory stack extended_cost",
                              p.memory_stacks * p.memory.cost, "memory_stacks and memory.cost");
    const double memory_embodied = require_finite_result(
        function, "memory stack extended_emissions", p.memory_stacks * p.memory.embodied,
        "memory_stacks and memory.embodied");
    return {
        {"logic die", p.logic_dies, logic_unit, logic_cost, logic_embodied, p.logic_die_yield},
        {"memory stack", p.memory_stacks, p.memory.cost, memory_cost, memory_embodied,
         p.memory.yield},
        {"interposer", 1.0, p.interposer.cost, p.interposer.cost, p.interposer.embodied,
         p.interposer.yield},
        {"assembly", 1.0, p.assembly.cost, p.assembly.cost, p.assembly.embodied, p.assembly.yield},
    };
}

struct package_economics {
    double package_yield = 0.0;
    double cost_per_good_package = 0.0;   // USD
    double scrap_per_good_package = 0.0;  // USD
    double emissions_per_good_package = 0.0;
    double memory_capacity = 0.0;   // B
    double memory_bandwidth = 0.0;  // B/s
    std::vector<bom_line> bill_of_materials;
};

// Compound yield: parts and assembly over the chance the package is good
// (Stow et al., ICCAD 2017; as fab::package_costs).
inline package_economics package_costs(const accelerator_package& p) {
    package_economics result;
    result.bill_of_materials = bill_of_materials(p);
    double assembled_cost = 0.0;
    double assembled_emissions = 0.0;
    result.package_yield = 1.0;
    for (const bom_line& line : result.bill_of_materials) {
        assembled_cost += line.extended_cost;
        assembled_emissions += line.extended_emissions;
        result.package_yield *= std::pow(line.yield, line.quantity);
    }
    if (!(result.package_yield > 0.0)) {
        throw_domain_error("fab::package_costs", "package yield", result.package_yield,
                           "(0, 1]: more parts than assembly can survive");
    }
    constexpr std::string_view function = "fab::package_costs";
    result.cost_per_good_package = require_finite_result(
        function, "cost_per_good_package", assembled_cost / result.package_yield,
        "the parts' costs (logic_dies x logic_die_cost, memory_stacks x memory.cost, "
        "interposer.cost, assembly.cost) and the package yield");
    result.scrap_per_good_package = result.cost_per_good_package - assembled_cost;
    result.emissions_per_good_package = require_finite_result(
        function, "emissions_per_good_package", assembled_emissions / result.package_yield,
        "the parts' emissions (logic_dies x logic_die_emissions, memory_stacks x "
        "memory.embodied, interposer.embodied, assembly.embodied) and the package yield");
    result.memory_capacity =
        require_finite_result(function, "memory_capacity", p.memory_stacks * p.memory.capacity,
                              "memory_stacks and memory.capacity");
    result.memory_bandwidth =
        require_finite_result(function, "memory_bandwidth", p.memory_stacks * p.memory.bandwidth,
                              "memory_stacks and memory.bandwidth");
    return result;
}

struct fab_scenario {
    plain::wafer wafer;
    plain::die die;
    plain::yield_model yield_model;
    double defects = 0.0;    // per m2
    double test_cost = 0.0;  // USD per die
    accelerator_package package;
};

inline std::vector<fab_scenario> fab_scenarios(const std::vector<fab_numbers>& numbers) {
    constexpr yield_formula formulas[] = {yield_formula::poisson, yield_formula::murphy,
                                          yield_formula::seeds, yield_formula::negative_binomial};
    std::vector<fab_scenario> scenarios;
    for (const fab_numbers& n : numbers) {
        scenarios.push_back(
            {.wafer = {.diameter = 300.0 * millimetre,
                       .edge_exclusion = 3.0 * millimetre,
                       .scribe_width = 0.1 * millimetre,
                       .cost = n.wafer_usd},
             .die = {.width = n.die_width_mm * millimetre, .height = n.die_height_mm * millimetre},
             .yield_model = {.formula = formulas[n.formula],
                             .clustering = 3.0,
                             .parametric_yield = n.parametric_yield},
             .defects = n.defects_per_cm2 / square_centimetre,
             .test_cost = n.test_usd_per_die,
             .package = {.logic_dies = 1.0,
                         .logic_die_cost = 0.0,
                         .logic_die_yield = n.logic_die_yield,
                         .logic_die_emissions = n.logic_kg_co2e_per_die,
                         .memory_stacks = n.memory_stacks,
                         .memory = {.cost = n.stack_usd,
                                    .yield = n.stack_yield,
                                    .capacity = n.stack_gb * giga,
                                    .bandwidth = n.stack_tb_per_s * tera,
                                    .embodied = n.stack_kg_co2e},
                         .interposer = {.cost = n.interposer_usd,
                                        .yield = n.interposer_yield,
                                        .embodied = n.interposer_kg_co2e},
                         .assembly = {.cost = n.assembly_usd,
                                      .yield = n.assembly_yield,
                                      .embodied = n.assembly_kg_co2e}}});
    }
    return scenarios;
}

struct die_figures {
    double gross;
    double yield;
    double known_good_die;
};

inline die_figures die_of(const fab_scenario& s) {
    const double gross = gross_dies_estimate(s.wafer, s.die);
    const double yield = die_yield(s.yield_model, die_area(s.die), s.defects);
    return {gross, yield, known_good_die_cost(s.wafer.cost, gross, yield, s.test_cost)};
}

inline void store(std::span<double> results, std::size_t i, const die_figures& die,
                  double cost_per_good_package, double package_yield) {
    results[fab_results * i] = die.gross;
    results[fab_results * i + 1] = die.yield;
    results[fab_results * i + 2] = die.known_good_die;
    results[fab_results * i + 3] = cost_per_good_package;
    results[fab_results * i + 4] = package_yield;
}

}  // namespace plain

AIECON_BENCH_OUT_OF_LINE void evaluate_package_double(
    std::span<const plain::fab_scenario> scenarios, std::span<double> results) {
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const plain::die_figures die = plain::die_of(scenarios[i]);
        plain::accelerator_package package = scenarios[i].package;
        package.logic_die_cost = die.known_good_die;
        const plain::package_economics economics = plain::package_costs(package);
        plain::store(results, i, die, economics.cost_per_good_package, economics.package_yield);
    }
}

AIECON_BENCH_OUT_OF_LINE void evaluate_core_double(std::span<const plain::fab_scenario> scenarios,
                                                   std::span<double> results) {
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const plain::die_figures die = plain::die_of(scenarios[i]);
        const plain::accelerator_package& p = scenarios[i].package;
        const double assembled = p.logic_dies * die.known_good_die +
                                 p.memory_stacks * p.memory.cost + p.interposer.cost +
                                 p.assembly.cost;
        const double yield = std::pow(p.logic_die_yield, p.logic_dies) *
                             std::pow(p.memory.yield, p.memory_stacks) * p.interposer.yield *
                             p.assembly.yield;
        plain::store(results, i, die, assembled / yield, yield);
    }
}

}  // namespace aiecon_bench

namespace {

using namespace aiecon_bench;

template <class Scenario>
using evaluator = void (*)(std::span<const Scenario>, std::span<double>);

template <class Scenario>
void fab_loop(benchmark::State& state, const std::vector<Scenario>& scenarios,
              evaluator<Scenario> evaluate) {
    std::vector<double> results(fab_results * scenarios.size());
    for (auto _ : state) {
        // Inputs and results escape: every pass evaluates every scenario.
        benchmark::DoNotOptimize(scenarios.data());
        benchmark::DoNotOptimize(results.data());
        evaluate(scenarios, results);
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(scenarios.size()));
}

void fab_package_aiecon(benchmark::State& state) {
    fab_loop<aiecon_fab_scenario>(state, aiecon_fab_scenarios(fab_inputs()),
                                  evaluate_package_aiecon);
}
void fab_package_double(benchmark::State& state) {
    fab_loop<plain::fab_scenario>(state, plain::fab_scenarios(fab_inputs()),
                                  evaluate_package_double);
}
void fab_core_aiecon(benchmark::State& state) {
    fab_loop<aiecon_fab_scenario>(state, aiecon_fab_scenarios(fab_inputs()), evaluate_core_aiecon);
}
void fab_core_double(benchmark::State& state) {
    fab_loop<plain::fab_scenario>(state, plain::fab_scenarios(fab_inputs()), evaluate_core_double);
}

BENCHMARK(fab_package_aiecon)->Apply(add_min_statistic);
BENCHMARK(fab_package_double)->Apply(add_min_statistic);
BENCHMARK(fab_core_aiecon)->Apply(add_min_statistic);
BENCHMARK(fab_core_double)->Apply(add_min_statistic);

// Aborts unless each pair's two sides give the same numbers.
void check_fab() {
    const std::vector<fab_numbers> numbers = fab_inputs();
    const std::vector<aiecon_fab_scenario> aiecon_side = aiecon_fab_scenarios(numbers);
    const std::vector<plain::fab_scenario> double_side = plain::fab_scenarios(numbers);
    std::vector<double> aiecon_results(fab_results * numbers.size());
    std::vector<double> double_results(fab_results * numbers.size());
    evaluate_package_aiecon(aiecon_side, aiecon_results);
    evaluate_package_double(double_side, double_results);
    require_same_numbers("fab_package", aiecon_results, double_results);
    evaluate_core_aiecon(aiecon_side, aiecon_results);
    evaluate_core_double(double_side, double_results);
    require_same_numbers("fab_core", aiecon_results, double_results);
}

}  // namespace

int main(int argc, char** argv) {
    check_fab();
    return run_benchmarks(argc, argv);
}
