// Total cost of ownership per accelerator-hour: what an hour of one
// accelerator costs its owner, capital and running costs together.
//
//   hardware  = capex per accelerator x CRF(cost of capital, hardware life)
//   facility  = facility capex per W x IT power per accelerator
//               x CRF(cost of capital, facility life)
//   energy    = IT power per accelerator x utilisation x PUE x tariff
//   maintenance = maintenance share x capex per accelerator, per year
// per year, over the hours of a year; per utilised hour, divided by the
// utilisation (an idle hour costs the capital all the same).
#pragma once

#include <string_view>

#include "../energy/pue.hpp"
#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "capital_recovery.hpp"

namespace aiecon::finance {

struct tco_inputs {
    money capex_per_accelerator;  // accelerator, its share of server and network
    power power_per_accelerator;  // IT power, its share of the server included
    duration hardware_life;
    price_per_power facility_capex;  // per W of IT power
    duration facility_life;
    double pue = 1.0;
    price_per_energy tariff;
    double maintenance_share = 0.0;  // of hardware capex, per year
    double utilisation = 1.0;        // share of hours the accelerator does paid work
    double cost_of_capital = 0.0;    // per year
};

struct tco_per_hour {
    price_per_device_time hardware;
    price_per_device_time facility;
    price_per_device_time energy;
    price_per_device_time maintenance;
    price_per_device_time total;              // per accelerator-hour of the calendar
    price_per_device_time per_utilised_hour;  // total / utilisation
};

inline tco_per_hour tco(const tco_inputs& in) {
    constexpr std::string_view function = "finance::tco";
    require_non_negative(function, "capex_per_accelerator", in.capex_per_accelerator);
    require_non_negative(function, "power_per_accelerator", in.power_per_accelerator);
    require_non_negative(function, "facility_capex", in.facility_capex);
    require_non_negative(function, "tariff", in.tariff);
    require_fraction(function, "maintenance_share", in.maintenance_share);
    require_positive_fraction(function, "utilisation", in.utilisation);
    require_positive(function, "hardware_life", in.hardware_life);
    require_positive(function, "facility_life", in.facility_life);
    require_fraction(function, "cost_of_capital", in.cost_of_capital);
    site::validate_pue(function, in.pue);

    const auto per_accelerator_year = [](money m) {
        return m / (1.0 * units::device * units::year);
    };
    // Inputs near the largest double (or lives of 1e-300 s) can overflow
    // a part or their sum: refused, naming it. Each part is divided by the
    // year before the larger factors multiply it, so that a part that fits
    // in a double is returned. Maintenance cannot overflow: a share <= 1 of
    // the capex, over a year.
    tco_per_hour t;
    t.hardware =
        require_finite_result(function, "hardware",
                              per_accelerator_year(in.capex_per_accelerator) *
                                  capital_recovery_factor(in.cost_of_capital, in.hardware_life),
                              "capex_per_accelerator and hardware_life");
    t.facility = require_finite_result(
        function, "facility",
        in.facility_capex / (1.0 * units::device * units::year) * in.power_per_accelerator *
            capital_recovery_factor(in.cost_of_capital, in.facility_life),
        "facility_capex, power_per_accelerator and facility_life");
    t.energy = require_finite_result(
        function, "energy",
        in.power_per_accelerator * in.utilisation * in.pue * in.tariff / (1.0 * units::device),
        "power_per_accelerator, pue and tariff");
    t.maintenance = per_accelerator_year(in.capex_per_accelerator * in.maintenance_share);
    t.total =
        require_finite_result(function, "total", t.hardware + t.facility + t.energy + t.maintenance,
                              "capex_per_accelerator, power_per_accelerator, facility_capex "
                              "and tariff");
    t.per_utilised_hour = require_finite_result(function, "cost per utilised hour",
                                                t.total / in.utilisation, "utilisation");
    return t;
}

}  // namespace aiecon::finance
