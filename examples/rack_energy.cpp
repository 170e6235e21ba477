// rack_energy: the yearly energy bill and the compute per watt of one rack
// of AI servers.
//
//   build/examples/rack_energy --servers 4 --pue 1.3 --tariff '$0.06/kWh'
//
// Every option has a default taken from a public figure; `--help` lists them.
#include "calculator.hpp"

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;

struct inputs {
    // Four NVIDIA DGX H100 systems, a common 40 kW-class rack.
    double servers = 4;
    double accelerators_per_server = 8;  // DGX H100: 8 x H100 SXM
    // DGX H100 maximum system power: 10.2 kW (NVIDIA DGX H100 User Guide,
    // "Power Specifications"). Using the maximum makes the bill an upper bound.
    aiecon::power server_power = 10.2_kW;
    // H100 SXM dense BF16 tensor throughput: 989 TFLOP/s, without sparsity
    // (NVIDIA H100 Tensor Core GPU datasheet; 1,979 TFLOP/s is with sparsity).
    aiecon::flop_rate accelerator_peak = 989_TFLOP / 1_s;
    // Average PUE of data centres surveyed in 2023: 1.58 (Uptime Institute,
    // Global Data Center Survey 2023).
    double pue = 1.58;
    // Average US retail price of electricity to industrial customers in 2023:
    // 8.06 cents/kWh (US EIA, Electric Power Annual 2023).
    aiecon::price_per_energy tariff = 0.0806_USD / u::kWh;
};

void add_options(CLI::App& app, inputs& in) {
    calculator::add_number(app, "--servers", in.servers, "servers in the rack");
    calculator::add_number(app, "--accelerators-per-server", in.accelerators_per_server,
                           "accelerators per server");
    calculator::add_quantity(app, "--server-power", in.server_power, "power of one server");
    calculator::add_quantity(app, "--accelerator-peak", in.accelerator_peak,
                             "peak throughput of one accelerator");
    calculator::add_number(app, "--pue", in.pue, "power usage effectiveness (>= 1)");
    calculator::add_quantity(app, "--tariff", in.tariff, "price of electricity");
}

calculator::result_table calculate(const inputs& in) {
    constexpr std::string_view function = "rack_energy";
    aiecon::require_positive(function, "servers", in.servers);
    aiecon::require_positive(function, "accelerators_per_server", in.accelerators_per_server);
    aiecon::require_positive(function, "server_power", in.server_power);
    aiecon::require_positive(function, "accelerator_peak", in.accelerator_peak);
    aiecon::require_in_range(function, "pue", aiecon::dimensionless::from_base_units(in.pue),
                             aiecon::dimensionless::from_base_units(1.0),
                             aiecon::dimensionless::from_base_units(10.0));
    aiecon::require_non_negative(function, "tariff", in.tariff);

    const aiecon::power it_power = in.servers * in.server_power;
    // PUE = facility power / IT power (The Green Grid, White Paper 49, 2012).
    const aiecon::power facility_power = in.pue * it_power;
    const aiecon::energy energy_per_year = facility_power * 1_yr;
    const aiecon::flop_rate rack_peak =
        in.servers * in.accelerators_per_server * in.accelerator_peak;

    calculator::result_table table;
    table.add_heading("Rack at full load");
    table.add("IT power", it_power, u::kW);
    table.add("facility power", facility_power, u::kW);
    table.add("energy per year", energy_per_year, u::MWh);
    table.add("energy bill per year", energy_per_year * in.tariff, u::USD);
    table.add("peak compute", rack_peak, u::PFLOP / u::s);
    table.add("compute per IT watt", rack_peak / it_power, u::GFLOP / u::J);
    table.add("compute per facility watt", rack_peak / facility_power, u::GFLOP / u::J);
    return table;
}
}  // namespace

int main(int argc, char** argv) {
    return calculator::main_of(argc, argv, "rack_energy",
                               "Yearly energy bill and compute per watt of a rack of AI servers",
                               inputs{}, add_options, calculate);
}
