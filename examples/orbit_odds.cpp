// orbit_odds: with today's ranges for the launch price, the solar array's
// mass and the chips' life, how likely is a kW-year in orbit to cost less
// than on the ground, and which of the three matters most?
//
//   build/examples/orbit_odds                         # percentiles and the tornado table
//   build/examples/orbit_odds --samples 1000000 --threads 0
//   build/examples/orbit_odds --csv > samples.csv     # every sample, for plotting
//
// Everything else is orbital_dc's cluster and ground site (orbital_scenario.hpp,
// with the source of each default). The cost compared is that of housing,
// powering and cooling 1 kW of IT for a year; the accelerators cost the same
// in both places and are left out.
#include <iostream>
#include <string>

#include <aiecon/uncertainty.hpp>

#include "calculator.hpp"
#include "orbital_scenario.hpp"

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace orbit = aiecon::orbit;
namespace un = aiecon::uncertainty;
using scenario = orbital_scenario::inputs;

// The three uncertain inputs, each as a range.
struct ranges {
    // Launch price: 5 % chance below $200/kg, the price around which Project
    // Suncatcher puts orbital and ground energy costs level, projected for
    // the mid-2030s (Google Research, arXiv:2511.19468, 2025); 5 % above
    // Falcon 9's $3,059/kg list price today (SpaceX, Capabilities and
    // Services, 2024; orbital_scenario.hpp's default). Lognormal between:
    // prices fall by factors, not steps.
    aiecon::price_per_mass launch_price_p5 = 200_USD / 1_kg;
    aiecon::price_per_mass launch_price_p95 = scenario{}.launch_price;
    // Solar array mass per area: iROSA's 6.2 kg/m2 (orbital_scenario.hpp) at
    // the top; lighter flexible arrays of 2 kg/m2 at the bottom; most
    // likely 4 kg/m2. Illustrative.
    aiecon::areal_density array_low = 2_kg / 1_m2;
    aiecon::areal_density array_mode = 4_kg / 1_m2;
    aiecon::areal_density array_high = scenario{}.array.areal_density;
    // Chip life in orbit: 5 years most likely (Trillium's 5-year dose in
    // beam tests, Project Suncatcher 2025), 3 to 7. Illustrative range.
    aiecon::duration life_low = 3_yr;
    aiecon::duration life_mode = scenario{}.hardware_life;
    aiecon::duration life_high = 7_yr;
};

struct options {
    ranges range;
    // Node hardware per W of payload, chips excluded: orbital_dc's
    // illustrative $10/W unless set.
    aiecon::price_per_power hardware = scenario{}.hardware;
    std::size_t samples = 100'000;
    std::uint64_t seed = 1;
    unsigned threads = 0;  // 0: every core
    bool csv = false;
};

// What each sample records: its inputs and both costs of a kW-year.
struct outcome {
    aiecon::price_per_mass launch_price;
    aiecon::areal_density array_density;
    aiecon::duration chip_life;
    aiecon::money orbit;
    aiecon::money ground;
};

aiecon::areal_density& array_density(scenario& in) {
    return in.array.areal_density;
}

outcome evaluate(const scenario& in) {
    const orbit::node_budget node = orbit::size_node(orbital_scenario::node_design_of(in));
    return {
        .launch_price = in.launch_price,
        .array_density = in.array.areal_density,
        .chip_life = in.hardware_life,
        .orbit = orbit::orbit_cost(orbital_scenario::orbital_site_of(in, node), in.cost_of_capital)
                     .total,
        .ground = orbit::ground_cost(in.ground, in.cost_of_capital).total};
}

// Orbit minus ground of one sample: negative when orbit is cheaper.
aiecon::money gap(const outcome& o) {
    return o.orbit - o.ground;
}

// Orbit minus ground for a scenario.
aiecon::money orbit_minus_ground(const scenario& in) {
    return gap(evaluate(in));
}

void add_options(CLI::App& app, options& o) {
    using calculator::add_quantity;
    ranges& r = o.range;
    add_quantity(app, "--launch-price-p5", r.launch_price_p5, "launch price, 5th percentile");
    add_quantity(app, "--launch-price-p95", r.launch_price_p95, "launch price, 95th percentile");
    add_quantity(app, "--array-density-low", r.array_low, "solar array mass per area, lowest");
    add_quantity(app, "--array-density-mode", r.array_mode, "... most likely");
    add_quantity(app, "--array-density-high", r.array_high, "... highest");
    add_quantity(app, "--chip-life-low", r.life_low, "chip life in orbit, shortest");
    add_quantity(app, "--chip-life-mode", r.life_mode, "... most likely");
    add_quantity(app, "--chip-life-high", r.life_high, "... longest");
    add_quantity(app, "--hardware-cost", o.hardware, "node hardware per W, chips excluded");
    app.add_option("--samples", o.samples, "Monte Carlo samples")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{1'000'000'000}));
    app.add_option("--seed", o.seed, "random seed: the same seed gives the same samples")
        ->capture_default_str();
    app.add_option("--threads", o.threads, "threads (0: every core); the results do not change")
        ->capture_default_str();
    app.add_flag("--csv", o.csv, "write every sample as CSV instead of the summary");
}

void write_samples(std::ostream& os, const std::vector<outcome>& outcomes) {
    os << "launch_price_usd_per_kg,array_kg_per_m2,chip_life_years,orbit_usd,ground_usd\n";
    for (const outcome& o : outcomes) {
        os << o.launch_price.in(u::USD / u::kg) << ',' << o.array_density.in(u::kg / u::m2) << ','
           << o.chip_life.in(u::year) << ',' << o.orbit.in(u::USD) << ',' << o.ground.in(u::USD)
           << '\n';
    }
}

template <class Projection>
void add_summary(calculator::result_table& table, const std::string& what,
                 const std::vector<outcome>& outcomes, Projection projection) {
    const auto s = un::summarise(outcomes, projection);
    table.add(what + ": p5", s.p5, u::USD);
    table.add(what + ": p50", s.p50, u::USD);
    table.add(what + ": p95", s.p95, u::USD);
    table.add(what + ": mean", s.mean, u::USD);
}

void run(const options& o) {
    const ranges& r = o.range;
    const auto launch_price = un::lognormal_from_percentiles(r.launch_price_p5, r.launch_price_p95);
    const auto array = un::triangular(r.array_low, r.array_mode, r.array_high);
    const auto life = un::pert(r.life_low, r.life_mode, r.life_high);
    scenario base{};
    base.hardware = o.hardware;

    const auto draw = [&](un::random_stream& stream) {
        scenario in = base;
        in.launch_price = launch_price.sample(stream);
        in.array.areal_density = array.sample(stream);
        in.hardware_life = life.sample(stream);
        return in;
    };
    const auto outcomes = un::monte_carlo(
        draw, evaluate, {.samples = o.samples, .seed = o.seed, .threads = o.threads});
    if (o.csv) {
        write_samples(std::cout, outcomes);
        return;
    }

    const double cheaper =
        un::probability(outcomes, [](const outcome& o) { return gap(o) < aiecon::money{}; });
    const double n = static_cast<double>(outcomes.size());

    calculator::result_table table;
    table.add_heading("A kW-year of IT power (accelerators excluded), " +
                      std::to_string(outcomes.size()) + " samples");
    add_summary(table, "orbit", outcomes, &outcome::orbit);
    add_summary(table, "ground", outcomes, &outcome::ground);
    add_summary(table, "orbit - ground", outcomes, gap);
    table.add("P(orbit cheaper)", cheaper);
    if (cheaper == 0.0 || cheaper == 1.0) {
        // No sample (or every sample) cheaper: 3 / n bounds the probability
        // at 95 % confidence (the rule of three; B. D. Jovanovic and P. S.
        // Levy, Am. Stat. 51(2), 1997).
        table.add_note("No sample went the other way: the probability is within 3/n = " +
                       std::to_string(3.0 / n) + " of " + (cheaper == 0.0 ? "0" : "1") +
                       " at 95 % confidence.");
    } else {
        // The binomial standard error of an estimated probability.
        table.add("  its standard error", std::sqrt(cheaper * (1.0 - cheaper) / n));
    }

    // The tornado around the middle case: each input over its range, the
    // other two at their median or mode.
    scenario middle = base;
    middle.launch_price = aiecon::sqrt(r.launch_price_p5 * r.launch_price_p95);  // lognormal median
    middle.array.areal_density = r.array_mode;
    middle.hardware_life = r.life_mode;
    const auto bars = un::tornado(
        orbit_minus_ground, middle,
        un::input("launch price", &scenario::launch_price, r.launch_price_p5, r.launch_price_p95),
        un::input("array mass per area", array_density, r.array_low, r.array_high),
        un::input("chip life", &scenario::hardware_life, r.life_low, r.life_high));
    table.add_heading(
        "Which input matters most: orbit - ground, one input at a time over its "
        "range (p5 to p95, or low to high), the others at their middle");
    table.add("middle case", orbit_minus_ground(middle), u::USD);
    for (const auto& bar : bars) {
        table.add(bar.name + ": at low", bar.at_low, u::USD);
        table.add(bar.name + ": at high", bar.at_high, u::USD);
        table.add(bar.name + ": swing", bar.swing, u::USD);
        table.add(bar.name + ": elasticity", bar.elasticity);
    }
    table.print(std::cout, false);
}
}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Orbit or ground, with uncertainty: the odds that a kW-year in orbit is cheaper",
                 "orbit_odds"};
    options o;
    add_options(app, o);
    return calculator::run(app, argc, argv, [&] { run(o); });
}
