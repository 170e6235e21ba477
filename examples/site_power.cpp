// site_power: brochure versus delivered megawatts of a data-centre site, when
// they are really available, and the yearly energy bill of the IT load.
//
//   build/examples/site_power --grid 300MW --substation 250MW --pue 1.3
//
// A site's power passes four stages, each with a capacity and a lead time
// until it is energised; the smallest carries the site, the slowest dates it.
#include <vector>

#include "calculator.hpp"

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;
namespace site = aiecon::site;

struct inputs {
    // Capacities are illustrative (a 300 MW-class campus whose stages were
    // not sized together); lead times are public figures where one exists.
    // Grid interconnection: about 5 years from request to operation for
    // projects built in 2023 (Lawrence Berkeley National Laboratory, "Queued
    // Up", 2024 edition).
    site::power_stage grid{"grid interconnect", 300_MW, 60 * u::month};
    // Large power transformers: 120 to 210 weeks of lead time in 2024 (Wood
    // Mackenzie, "US power transformer supply", 2024); 150 weeks taken.
    site::power_stage substation{"substation and transformers", 250_MW, 150 * 7 * u::day};
    site::power_stage switchgear{"switchgear and UPS", 200_MW, 18 * u::month};  // illustrative
    site::power_stage cooling{"cooling plant", 220_MW, 12 * u::month};          // illustrative
    // Average PUE of data centres surveyed in 2023: 1.58 (Uptime Institute,
    // Global Data Center Survey 2023).
    double pue = 1.58;
    double utilisation = 0.8;  // average IT load over its peak; illustrative
    // US industrial electricity, 2023 average: 8.06 cents/kWh (US EIA,
    // Electric Power Annual 2023). Demand charge: $15/kW-month, the level
    // NREL's 2017 survey found many commercial customers face (NREL, "A
    // Survey of U.S. Demand Charges", 2017).
    site::tariff tariff{.energy_price = 0.0806_USD / u::kWh,
                        .demand_charge = 15.0 * u::USD / (u::kW * u::month)};
};

void add_stage(CLI::App& app, const std::string& name, site::power_stage& stage) {
    calculator::add_quantity(app, "--" + name, stage.capacity, stage.name + " capacity");
    calculator::add_quantity(app, "--" + name + "-lead-time", stage.lead_time,
                             stage.name + " lead time until energised");
}

void add_options(CLI::App& app, inputs& in) {
    add_stage(app, "grid", in.grid);
    add_stage(app, "substation", in.substation);
    add_stage(app, "switchgear", in.switchgear);
    add_stage(app, "cooling", in.cooling);
    calculator::add_number(app, "--pue", in.pue, "power usage effectiveness (>= 1)");
    calculator::add_number(app, "--utilisation", in.utilisation, "average IT load / peak");
    calculator::add_quantity(app, "--tariff", in.tariff.energy_price, "price of energy");
    calculator::add_quantity(app, "--demand-charge", in.tariff.demand_charge,
                             "per kW of peak draw per month (e.g. 15USD/(kW*month))");
}

calculator::result_table calculate(const inputs& in) {
    const std::vector stages{in.grid, in.substation, in.switchgear, in.cooling};
    const site::delivered_power delivered = site::deliver(stages, in.pue);
    const site::energy_bill bill = site::bill(delivered.it, in.utilisation, in.pue, in.tariff);

    calculator::result_table table;
    table.add_heading("Power");
    table.add("brochure (largest stage)", delivered.brochure, u::MW);
    table.add("delivered facility power", delivered.facility, u::MW);
    table.add("delivered IT power", delivered.it, u::MW);
    table.add_text("binding stage", delivered.binding_stage);
    table.add("energised after", delivered.available_after, u::month);
    table.add_text("slowest stage", delivered.slowest_stage);
    table.add_heading("Energy bill per year, delivered IT load");
    table.add("facility energy", bill.facility_energy, u::GWh);
    table.add("energy charge", bill.energy_charge, u::USD);
    table.add("demand charge", bill.demand_charge, u::USD);
    table.add("total", bill.total, u::USD);
    return table;
}
}  // namespace

int main(int argc, char** argv) {
    return calculator::main_of(argc, argv, "site_power",
                               "Brochure versus delivered megawatts of a site, and its energy bill",
                               inputs{}, add_options, calculate);
}
