// rack_energy: the yearly energy bill and the compute per watt of one rack
// of AI servers, from datasheet figures. A first calculator over the
// quantity core; later layers replace the hand-written arithmetic below
// with models.
//
//   build/examples/rack_energy
#include <aiecon/aiecon.hpp>

#include <iomanip>
#include <iostream>
#include <string_view>

namespace {
using namespace aiecon::literals;
namespace u = aiecon::units;

// The rack: four NVIDIA DGX H100 systems, a common 40 kW-class layout.
constexpr double servers_per_rack = 4;
constexpr double accelerators_per_server = 8;  // DGX H100: 8 x H100 SXM
// DGX H100 maximum system power: 10.2 kW (NVIDIA DGX H100 User Guide,
// "Power Specifications"). Using the maximum makes the bill an upper bound.
constexpr aiecon::power server_power = 10.2_kW;
// H100 SXM dense BF16 tensor throughput: 989 TFLOP/s, without sparsity
// (NVIDIA H100 Tensor Core GPU datasheet; 1,979 TFLOP/s is with sparsity).
constexpr aiecon::flop_rate accelerator_peak = 989_TFLOP / 1_s;
// Average PUE of data centres surveyed in 2023: 1.58 (Uptime Institute,
// Global Data Center Survey 2023).
constexpr double pue = 1.58;
// Average US retail price of electricity to industrial customers in 2023:
// 8.06 cents/kWh (US EIA, Electric Power Annual 2023).
constexpr aiecon::price_per_energy tariff = 0.0806_USD / u::kWh;

void row(std::string_view label, const auto& value) {
    std::cout << "  " << std::left << std::setw(38) << label << value << '\n';
}
}  // namespace

int main() {
    const aiecon::power it_power = servers_per_rack * server_power;
    // PUE = facility power / IT power (The Green Grid, WP#49, 2012).
    const aiecon::power facility_power = pue * it_power;
    const aiecon::energy energy_per_year = facility_power * 1_yr;
    const aiecon::money bill_per_year = energy_per_year * tariff;
    const aiecon::flop_rate rack_peak =
        servers_per_rack * accelerators_per_server * accelerator_peak;

    std::cout << "Rack of " << servers_per_rack << " x DGX H100 ("
              << servers_per_rack * accelerators_per_server << " x H100 SXM), at full load\n";
    row("IT power", it_power);
    row("Facility power (PUE 1.58)", facility_power);
    row("Energy per year", energy_per_year);
    row("Energy bill per year ($0.0806/kWh)", bill_per_year);
    row("Peak dense BF16 compute", rack_peak);
    row("Compute per IT watt", rack_peak / it_power);
    row("Compute per facility watt", rack_peak / facility_power);
    return 0;
}
