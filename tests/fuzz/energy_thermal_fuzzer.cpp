// Fuzzes the site energy layer (aiecon::site: delivered power, PUE, the
// energy bill, facility capex, batteries) and the thermal layer (heat load,
// radiators). Allowed: finite, non-negative results (PUE in [1, 10]), or
// aiecon::domain_error.
#include <aiecon/energy.hpp>
#include <aiecon/thermal.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_input.hpp"

namespace {

using aiecon_fuzz::expect;
using aiecon_fuzz::expect_in_range;
using aiecon_fuzz::expect_non_negative;
using aiecon_fuzz::fuzz_input;
using aiecon_fuzz::run_case;
namespace site = aiecon::site;
namespace thermal = aiecon::thermal;

constexpr double month = 365.25 * 86400.0 / 12.0;
constexpr double year = 365.25 * 86400.0;
constexpr double kwh = 3.6e6;  // J

void deliver(fuzz_input& in) {
    std::vector<site::power_stage> stages(in.choose(5));
    for (site::power_stage& stage : stages) {
        stage.name = in.text(4);
        stage.capacity = in.quantity<aiecon::power>("stage.capacity", 100e6);
        stage.lead_time = in.quantity<aiecon::duration>("stage.lead_time", 18.0 * month);
    }
    const double pue = in.number("pue", 1.3);
    const auto t = in.quantity<aiecon::duration>("t", 24.0 * month);
    run_case(in, "site::deliver", [&] {
        const site::delivered_power d = site::deliver(stages, pue);
        expect_non_negative(in, "site::deliver brochure", d.brochure);
        expect_non_negative(in, "site::deliver facility", d.facility);
        expect_non_negative(in, "site::deliver it", d.it);
        expect_non_negative(in, "site::deliver available_after", d.available_after);
        expect(in, d.facility <= d.brochure, "site::deliver: facility above brochure");
        expect(in, d.it <= d.facility, "site::deliver: IT power above facility power");
    });
    run_case(in, "site::it_power_at", [&] {
        expect_non_negative(in, "site::it_power_at", site::it_power_at(stages, pue, t));
    });
}

site::tariff decode_tariff(fuzz_input& in) {
    return {
        .energy_price = in.quantity<aiecon::price_per_energy>("tariff.energy_price", 0.08 / kwh),
        .demand_charge =
            in.quantity<aiecon::price_per_energy>("tariff.demand_charge", 15.0 / (1e3 * month))};
}

void bill(fuzz_input& in) {
    const auto it_peak = in.quantity<aiecon::power>("it_peak", 10e6);
    const double utilisation = in.fraction("utilisation", 0.7);
    const double pue = in.number("pue", 1.3);
    const site::tariff prices = decode_tariff(in);
    const auto period = in.quantity<aiecon::duration>("period", year);
    run_case(in, "site::bill", [&] {
        const site::energy_bill b = site::bill(it_peak, utilisation, pue, prices, period);
        expect_non_negative(in, "site::bill facility_energy", b.facility_energy);
        expect_non_negative(in, "site::bill energy_charge", b.energy_charge);
        expect_non_negative(in, "site::bill demand_charge", b.demand_charge);
        expect_non_negative(in, "site::bill total", b.total);
    });
}

void battery(fuzz_input& in) {
    const auto gap_power = in.quantity<aiecon::power>("gap_power", 1e6);
    const auto gap_length = in.quantity<aiecon::duration>("gap_length", 4.0 * 3600.0);
    const site::battery_technology technology{
        .cost = in.quantity<aiecon::price_per_energy>("technology.cost", 300.0 / kwh),
        .depth_of_discharge = in.fraction("technology.depth_of_discharge", 0.9),
        .round_trip_efficiency = in.fraction("technology.round_trip_efficiency", 0.9),
        .cycle_life = in.number("technology.cycle_life", 5000.0),
        .energy_density =
            in.quantity<aiecon::specific_energy>("technology.energy_density", 200.0 * 3600.0)};
    run_case(in, "site::size_battery", [&] {
        const site::battery_sizing b = site::size_battery(gap_power, gap_length, technology);
        expect_non_negative(in, "site::size_battery usable", b.usable);
        expect_non_negative(in, "site::size_battery nameplate", b.nameplate);
        expect_non_negative(in, "site::size_battery rating", b.rating);
        expect_non_negative(in, "site::size_battery recharge", b.recharge);
        expect_non_negative(in, "site::size_battery cost", b.cost);
        expect_non_negative(in, "site::size_battery cost_per_cycle", b.cost_per_cycle);
        expect_non_negative(in, "site::size_battery mass", b.mass);
    });
}

void pue_and_capex(fuzz_input& in) {
    const auto facility = in.quantity<aiecon::energy>("facility", 1.3e9);
    const auto it_equipment = in.quantity<aiecon::energy>("it_equipment", 1e9);
    const auto power = in.quantity<aiecon::power>("power", 10e6);
    const double pue = in.number("pue", 1.3);
    const site::facility_capex_rates rates{
        .shell = in.quantity<aiecon::price_per_power>("rates.shell", 3.0),
        .electrical = in.quantity<aiecon::price_per_power>("rates.electrical", 4.0),
        .mechanical = in.quantity<aiecon::price_per_power>("rates.mechanical", 3.0)};
    run_case(in, "site::pue", [&] {
        expect_in_range(in, "site::pue", site::pue(facility, it_equipment), 1.0, 10.0);
    });
    run_case(in, "site::it_power",
             [&] { expect_non_negative(in, "site::it_power", site::it_power(power, pue)); });
    run_case(in, "site::facility_power", [&] {
        expect_non_negative(in, "site::facility_power", site::facility_power(power, pue));
    });
    run_case(in, "site::capex_per_it_power", [&] {
        expect_non_negative(in, "site::capex_per_it_power", site::capex_per_it_power(rates));
    });
    run_case(in, "site::facility_capex", [&] {
        expect_non_negative(in, "site::facility_capex", site::facility_capex(power, rates));
    });
}

void radiator(fuzz_input& in) {
    static constexpr double face_choices[] = {2.0, 1.0, 0.0, 3.0, 1.5};
    thermal::radiator r;
    r.emissivity = in.fraction("radiator.emissivity", 0.9);
    r.faces = face_choices[in.choose(std::size(face_choices))];
    r.surface = in.quantity<aiecon::temperature>("radiator.surface", 350.0);
    r.sink = in.quantity<aiecon::temperature>("radiator.sink", 3.0);
    r.areal_density = in.quantity<aiecon::areal_density>("radiator.areal_density", 5.0);
    const auto payload = in.quantity<aiecon::power>("payload_power", 100e3);
    const double efficiency = in.fraction("conversion_efficiency", 0.95);
    const auto heat = in.quantity<aiecon::power>("heat", 100e3);
    const auto panel_area = in.quantity<aiecon::area>("panel_area", 100.0);
    run_case(in, "thermal::heat_load", [&] {
        expect_non_negative(in, "thermal::heat_load", thermal::heat_load(payload, efficiency));
    });
    run_case(in, "thermal::rejection_per_area", [&] {
        expect_non_negative(in, "thermal::rejection_per_area", thermal::rejection_per_area(r));
    });
    run_case(in, "thermal::rejected_heat", [&] {
        expect_non_negative(in, "thermal::rejected_heat", thermal::rejected_heat(r, panel_area));
    });
    run_case(in, "thermal::radiator_area", [&] {
        expect_non_negative(in, "thermal::radiator_area", thermal::radiator_area(r, heat));
    });
    run_case(in, "thermal::radiator_mass", [&] {
        expect_non_negative(in, "thermal::radiator_mass", thermal::radiator_mass(r, heat));
    });
    run_case(in, "thermal::rejection_per_mass", [&] {
        expect_non_negative(in, "thermal::rejection_per_mass", thermal::rejection_per_mass(r));
    });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz_input in(data, size);
    switch (in.choose(5)) {
        case 0:
            deliver(in);
            break;
        case 1:
            bill(in);
            break;
        case 2:
            battery(in);
            break;
        case 3:
            pue_and_capex(in);
            break;
        default:
            radiator(in);
            break;
    }
    return 0;
}
