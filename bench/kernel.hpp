// The quantity arithmetic kernel, twice: with aiecon quantities and with
// plain doubles. For each of n sites it computes the power per mass (W/kg)
// and the energy bill (power x time x tariff), reading four arrays and
// writing two. Shared by kernel_bench.cpp (timing) and kernel_count.cpp
// (instruction counts under callgrind).
//
// Both sides hold every value in the same base unit (W, kg, s, USD/J) and
// convert the inputs with the same factors, so they do the same
// floating-point operations in the same order and their results agree bit
// for bit. The inputs are quoted the way people quote them (kW, kg, hours,
// $/kWh); the conversion happens once, at the edge, outside the kernel.
#pragma once

#include <aiecon/units.hpp>

#include "bench_support.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace aiecon_bench {

// One site's inputs, in the units they are quoted in.
struct kernel_input {
    double kilowatts;    // IT power
    double kilograms;    // mass of the hardware drawing it
    double hours;        // time it runs
    double usd_per_kwh;  // electricity tariff
};

// n varied inputs: racks of 1 to 150 kW, 20 kg to 2 t, a day to a year, at
// 3 to 30 cents per kWh.
inline std::vector<kernel_input> kernel_inputs(std::size_t n) {
    std::vector<kernel_input> inputs(n);
    for (std::size_t i = 0; i < n; ++i) {
        inputs[i] = {spread(4 * i, 1.0, 150.0), spread(4 * i + 1, 20.0, 2000.0),
                     spread(4 * i + 2, 24.0, 8766.0), spread(4 * i + 3, 0.03, 0.30)};
    }
    return inputs;
}

// The aiecon side's arrays, one per input and result.
struct aiecon_arrays {
    std::vector<aiecon::power> power;
    std::vector<aiecon::mass> mass;
    std::vector<aiecon::duration> time;
    std::vector<aiecon::price_per_energy> tariff;
    std::vector<aiecon::specific_power> power_per_mass;  // results
    std::vector<aiecon::money> bill;                     // results

    explicit aiecon_arrays(const std::vector<kernel_input>& inputs)
        : power_per_mass(inputs.size()), bill(inputs.size()) {
        namespace u = aiecon::units;
        for (const kernel_input& in : inputs) {
            power.push_back(in.kilowatts * u::kW);
            mass.push_back(in.kilograms * u::kg);
            time.push_back(in.hours * u::h);
            tariff.push_back(in.usd_per_kwh * u::USD / u::kWh);
        }
    }
};

// The plain-double side's arrays, in the same base units.
struct double_arrays {
    std::vector<double> power;           // W
    std::vector<double> mass;            // kg
    std::vector<double> time;            // s
    std::vector<double> tariff;          // USD/J
    std::vector<double> power_per_mass;  // W/kg, results
    std::vector<double> bill;            // USD, results

    explicit double_arrays(const std::vector<kernel_input>& inputs)
        : power_per_mass(inputs.size()), bill(inputs.size()) {
        // The factors aiecon's units hold (include/aiecon/units/units.hpp).
        constexpr double watts_per_kilowatt = 1e3;
        constexpr double seconds_per_hour = 3600.0;
        constexpr double joules_per_kwh = 3.6e6;  // 1000 W x 3600 s
        for (const kernel_input& in : inputs) {
            power.push_back(in.kilowatts * watts_per_kilowatt);
            mass.push_back(in.kilograms);
            time.push_back(in.hours * seconds_per_hour);
            tariff.push_back(in.usd_per_kwh / joules_per_kwh);
        }
    }
};

// The kernels. Out of line, with the same signature shape, so that each is
// compiled once, the same way, and callgrind can count each on its own by
// name (run_benchmarks.sh toggles collection on these two names).
AIECON_BENCH_OUT_OF_LINE inline void kernel_aiecon(std::span<const aiecon::power> power,
                                                   std::span<const aiecon::mass> mass,
                                                   std::span<const aiecon::duration> time,
                                                   std::span<const aiecon::price_per_energy> tariff,
                                                   std::span<aiecon::specific_power> power_per_mass,
                                                   std::span<aiecon::money> bill) {
    for (std::size_t i = 0; i < power.size(); ++i) {
        power_per_mass[i] = power[i] / mass[i];
        bill[i] = power[i] * time[i] * tariff[i];
    }
}

AIECON_BENCH_OUT_OF_LINE inline void kernel_double(
    std::span<const double> power, std::span<const double> mass, std::span<const double> time,
    std::span<const double> tariff, std::span<double> power_per_mass, std::span<double> bill) {
    for (std::size_t i = 0; i < power.size(); ++i) {
        power_per_mass[i] = power[i] / mass[i];
        bill[i] = power[i] * time[i] * tariff[i];
    }
}

inline void run_kernel(aiecon_arrays& a) {
    kernel_aiecon(a.power, a.mass, a.time, a.tariff, a.power_per_mass, a.bill);
}
inline void run_kernel(double_arrays& d) {
    kernel_double(d.power, d.mass, d.time, d.tariff, d.power_per_mass, d.bill);
}

// The results as plain numbers in base units, power per mass then bills,
// for comparing the two sides.
inline std::vector<double> kernel_results(const aiecon_arrays& a) {
    std::vector<double> results;
    for (aiecon::specific_power x : a.power_per_mass) results.push_back(x.base_units());
    for (aiecon::money x : a.bill) results.push_back(x.base_units());
    return results;
}
inline std::vector<double> kernel_results(const double_arrays& d) {
    std::vector<double> results(d.power_per_mass);
    results.insert(results.end(), d.bill.begin(), d.bill.end());
    return results;
}

// Aborts unless both kernels give the same results on n inputs.
inline void check_kernels(std::size_t n) {
    const std::vector<kernel_input> inputs = kernel_inputs(n);
    aiecon_arrays a(inputs);
    double_arrays d(inputs);
    run_kernel(a);
    run_kernel(d);
    require_same_numbers("kernel", kernel_results(a), kernel_results(d));
}

}  // namespace aiecon_bench
