// die_cost: from a wafer and a die to the cost of a good die and of a good
// packaged accelerator.
//
//   build/examples/die_cost --die-width 26mm --die-height 31.3mm
//       --wafer-cost '$16988' --defect-density 0.1/cm2 --yield-model murphy
//   (one command line)
//
// Every option has a default; `--help` lists them with their units. The
// defaults describe an H100-class accelerator; each says where it comes from.
#include <map>

#include "calculator.hpp"

namespace {
using namespace aiecon::literals;
namespace fab = aiecon::fab;
namespace u = aiecon::units;

struct inputs {
    // 300 mm wafer (SEMI M1), 3 mm edge exclusion and 0.1 mm saw streets
    // (typical values; edge exclusion and scribe vary by fab).
    fab::wafer wafer{.diameter = 300_mm,
                     .edge_exclusion = 3_mm,
                     .scribe_width = 0.1_mm,
                     // 5 nm wafer price: $16,988 (CSET, "AI Chips: What They Are
                     // and Why They Matter", 2020, table 9).
                     .cost = 16'988_USD};
    // H100 die: 814 mm2 (NVIDIA H100 Tensor Core GPU Architecture whitepaper,
    // 2022), taken as 26 mm x 31.3 mm.
    fab::die die{.width = 26_mm, .height = 31.3_mm};
    // TSMC N5 defect density: 0.10 /cm2 (TSMC 2020 Technology Symposium, as
    // reported by AnandTech, August 2020).
    aiecon::defect_density defect_density = 0.1 / u::cm2;
    std::string yield_formula = "murphy";
    double clustering = 3.0;  // negative binomial alpha; 2 to 4 is commonly assumed
    double parametric_yield = 1.0;
    aiecon::price_per_die test_cost = 0_USD / 1_dies;  // no public figure: give one

    // Fab carbon of a 5 nm process (ACT, Gupta et al., ISCA 2022, table 1):
    // 2.75 kWh/cm2 of fab electricity, gases 0.225 to 0.43 kg CO2e/cm2 by
    // abatement (the middle taken here), materials 0.5 kg CO2e/cm2; the fab's
    // electricity at ACT's Taiwan grid intensity, 583 g CO2e/kWh.
    fab::fab_carbon carbon{.electricity = 2.75_kWh / 1_cm2,
                           .grid_intensity = 583_gCO2e / 1_kWh,
                           .gases = 0.3275_kgCO2e / 1_cm2,
                           .materials = 0.5_kgCO2e / 1_cm2};

    // Package. H100 SXM carries 5 active HBM3 stacks, 80 GB, 3.35 TB/s
    // (NVIDIA H100 datasheet): 16 GB and 670 GB/s a stack.
    double logic_dies = 1.0;
    double memory_stacks = 5.0;
    fab::memory_stack stack{.cost = 0_USD,  // no reliable public price: give one
                            .yield = 1.0,
                            .capacity = 16_GB,
                            .bandwidth = 670_GB / 1_s};
    aiecon::money interposer_cost = 0_USD;                     // no reliable public price: give one
    fab::assembly_step assembly{.cost = 0_USD, .yield = 1.0};  // likewise
};

fab::yield_formula formula_named(const std::string& name) {
    static const std::map<std::string, fab::yield_formula> formulas{
        {"poisson", fab::yield_formula::poisson},
        {"murphy", fab::yield_formula::murphy},
        {"seeds", fab::yield_formula::seeds},
        {"negative-binomial", fab::yield_formula::negative_binomial}};
    return formulas.at(name);
}

void add_options(CLI::App& app, inputs& in) {
    using calculator::add_number;
    using calculator::add_quantity;
    add_quantity(app, "--wafer-diameter", in.wafer.diameter, "wafer diameter");
    add_quantity(app, "--edge-exclusion", in.wafer.edge_exclusion, "ring at the rim without dies");
    add_quantity(app, "--scribe", in.wafer.scribe_width, "saw street between dies");
    add_quantity(app, "--wafer-cost", in.wafer.cost, "price of one processed wafer");
    add_quantity(app, "--die-width", in.die.width, "die width");
    add_quantity(app, "--die-height", in.die.height, "die height");
    app.add_flag("--stitched", in.die.stitched, "the die spans several reticle fields");
    add_quantity(app, "--defect-density", in.defect_density, "killer defects per area");
    app.add_option("--yield-model", in.yield_formula, "die yield formula")
        ->check(CLI::IsMember({"poisson", "murphy", "seeds", "negative-binomial"}))
        ->capture_default_str();
    add_number(app, "--clustering", in.clustering, "negative-binomial clustering alpha");
    add_number(app, "--parametric-yield", in.parametric_yield, "share of working dies in spec");
    add_quantity(app, "--test-cost", in.test_cost, "probe test cost per die");
    add_quantity(app, "--fab-electricity", in.carbon.electricity, "fab electricity per wafer area");
    add_quantity(app, "--grid-intensity", in.carbon.grid_intensity, "carbon intensity of it");
    add_quantity(app, "--fab-gases", in.carbon.gases, "process-gas emissions per wafer area");
    add_quantity(app, "--fab-materials", in.carbon.materials, "materials emissions per wafer area");
    add_number(app, "--logic-dies", in.logic_dies, "logic dies per package");
    add_number(app, "--memory-stacks", in.memory_stacks, "memory (HBM) stacks per package");
    add_quantity(app, "--stack-cost", in.stack.cost, "price of one memory stack");
    add_number(app, "--stack-yield", in.stack.yield, "share of stacks surviving assembly");
    add_quantity(app, "--stack-capacity", in.stack.capacity, "memory per stack");
    add_quantity(app, "--stack-bandwidth", in.stack.bandwidth, "bandwidth per stack");
    add_quantity(app, "--interposer-cost", in.interposer_cost, "interposer or substrate price");
    add_quantity(app, "--assembly-cost", in.assembly.cost, "assembly cost per package");
    add_number(app, "--assembly-yield", in.assembly.yield, "share of packages that work");
}

calculator::result_table calculate(const inputs& in) {
    const fab::yield_model model{.formula = formula_named(in.yield_formula),
                                 .clustering = in.clustering,
                                 .parametric_yield = in.parametric_yield};
    const fab::die_economics dies =
        fab::die_costs(in.wafer, in.die, model, in.defect_density, in.test_cost);
    const aiecon::emissions wafer_emissions = fab::wafer_emissions(in.wafer, in.carbon);
    const fab::emissions_per_die die_emissions = fab::per_good_die(wafer_emissions, dies.good);
    const fab::package_economics package =
        fab::package_costs({.logic_dies = in.logic_dies,
                            .logic_die_cost = dies.known_good_die,
                            .logic_die_emissions = die_emissions,
                            .memory_stacks = in.memory_stacks,
                            .memory = in.stack,
                            .interposer = fab::organic_substrate(in.interposer_cost),
                            .assembly = in.assembly});

    calculator::result_table table;
    const auto per_wafer = u::die / u::wafer;
    const auto per_die = u::USD / u::die;
    table.add_heading("Die");
    table.add("die area", fab::die_area(in.die), u::mm2);
    table.add("gross dies (exact layout)", dies.gross, per_wafer);
    table.add("gross dies (closed-form estimate)", fab::gross_dies_estimate(in.wafer, in.die),
              per_wafer);
    table.add("die yield", dies.yield);
    table.add("good dies", dies.good, per_wafer);
    table.add("cost per good die", dies.cost_per_good_die, per_die);
    table.add("cost per known good die", dies.known_good_die, per_die);
    table.add("embodied emissions per wafer", wafer_emissions, u::kgCO2e);
    table.add("embodied emissions per good die", die_emissions, u::kgCO2e / u::die);
    table.add_heading("Package");
    table.add("package yield", package.package_yield);
    table.add("cost per good package", package.cost_per_good_package, u::USD);
    table.add("of which scrap", package.scrap_per_good_package, u::USD);
    table.add("embodied emissions (logic dies)", package.emissions_per_good_package, u::kgCO2e);
    table.add("memory", package.memory_capacity, u::GB);
    table.add("memory bandwidth", package.memory_bandwidth, u::TB / u::s);
    if (in.stack.cost == 0_USD || in.interposer_cost == 0_USD || in.assembly.cost == 0_USD) {
        table.add_note(
            "Note: memory stacks, interposer and assembly have no public prices; set "
            "--stack-cost, --interposer-cost and --assembly-cost (unset ones count as $0).");
    }
    return table;
}
}  // namespace

int main(int argc, char** argv) {
    return calculator::main_of(argc, argv, "die_cost",
                               "Cost of a good die and of a good packaged accelerator", inputs{},
                               add_options, calculate);
}
