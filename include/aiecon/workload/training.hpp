// Training: the compute a dense transformer needs, the compute-optimal model
// for a budget, and the time, accelerator-hours, energy and cost of a run.
// Training is capex: its cost is booked once and amortised over the model's
// service life.
#pragma once

#include <cmath>
#include <string_view>

#include "../compute/accelerator.hpp"
#include "../energy/pue.hpp"
#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::workload {

// Training compute of a dense transformer of N parameters on D tokens:
//   C = 6 N D
// (2 N FLOP per token forward, 4 N backward; J. Kaplan et al., "Scaling
// Laws for Neural Language Models", 2020, sec. 2.1). GPT-3, 175e9 parameters
// on 300e9 tokens: 3.15e23 FLOP (Brown et al. 2020 report 3.14e23).
inline flop_count training_flop(double parameters, token_count tokens) {
    require_positive("workload::training_flop", "parameters", parameters);
    require_positive("workload::training_flop", "tokens", tokens);
    return require_finite_result("workload::training_flop", "training FLOP",
                                 6.0 * parameters * tokens.in(units::token)*units::FLOP,
                                 "parameters and tokens");
}

struct model_size {
    double parameters = 0.0;
    token_count tokens;
};

// The compute-optimal model for a budget C: with D = k N tokens and
// C = 6 N D, N = sqrt(C / (6 k)) and D = k N. The Chinchilla study found
// about 20 tokens per parameter compute-optimal (J. Hoffmann et al.,
// "Training Compute-Optimal Large Language Models", 2022; Chinchilla: 70e9
// parameters, 1.4e12 tokens).
// Computed as N = sqrt(C / 6) / sqrt(k) and D = sqrt(C / 6) x sqrt(k):
// C / (6 k) overflows (or 6 k does, making N 0) for budgets and ratios
// whose N and D are representable.
inline model_size compute_optimal(flop_count budget, double tokens_per_parameter = 20.0) {
    constexpr std::string_view function = "workload::compute_optimal";
    require_positive(function, "budget", budget);
    require_positive(function, "tokens_per_parameter", tokens_per_parameter);
    const double root_of_sixth = std::sqrt(budget.in(units::FLOP) / 6.0);
    const double root_of_ratio = std::sqrt(tokens_per_parameter);
    const double parameters = require_finite_result(
        function, "parameters", root_of_sixth / root_of_ratio, "budget and tokens_per_parameter");
    // sqrt(C k / 6) <= sqrt(1.8e308 x 1.8e308 / 6): always finite.
    return {parameters, root_of_sixth * root_of_ratio * units::token};
}

struct training_setup {
    compute::accelerator accelerator;
    compute::precision precision = compute::precision::bf16;
    device_count accelerators;
    double model_flop_utilisation = 0.4;  // MFU: share of peak that trains the model
    power power_per_accelerator;          // IT power, server share included
    double pue = 1.0;
    price_per_device_time cost_per_accelerator_hour;  // TCO or rental
    duration service_life;                            // over which the run is amortised
};

struct training_run {
    flop_count flop;
    duration time;
    device_time accelerator_hours;
    energy facility_energy;
    money cost;                // booked as capex
    price_per_time amortised;  // cost over the service life, per unit time
};

// A training run of `flop` on a cluster:
//   time   = C / (accelerators x peak x MFU)
//   hours  = accelerators x time
//   energy = accelerators x power per accelerator x PUE x time
//   cost   = accelerator-hours x cost per accelerator-hour
// Computed as hours = C / (peak x MFU) first, then time = hours /
// accelerators and energy = power per accelerator x PUE x hours (the same
// products): accelerators x peak can overflow where hours cannot, and
// time would then be 0 and the run free.
inline training_run train(flop_count flop, const training_setup& s) {
    constexpr std::string_view function = "workload::train";
    compute::validate(s.accelerator, function);
    require_positive(function, "flop", flop);
    require_positive(function, "accelerators", s.accelerators);
    require_positive_fraction(function, "model_flop_utilisation", s.model_flop_utilisation);
    require_non_negative(function, "power_per_accelerator", s.power_per_accelerator);
    require_non_negative(function, "cost_per_accelerator_hour", s.cost_per_accelerator_hour);
    require_positive(function, "service_life", s.service_life);
    site::validate_pue(function, s.pue);

    training_run r;
    r.flop = flop;
    const flop_rate per_accelerator = compute::peak(s.accelerator, s.precision);
    const double count = s.accelerators.in(units::device);
    // The whole run on one accelerator, C / (peak x MFU): as many
    // accelerator-seconds as the run takes on any number of them.
    const duration on_one = flop / (per_accelerator * s.model_flop_utilisation);
    r.accelerator_hours = on_one * (1.0 * units::device);
    // The cost first: accelerator-hours that overflow make it infinite (or
    // NaN at a price of 0), so it names them too.
    r.cost =
        require_finite_result(function, "cost", r.accelerator_hours * s.cost_per_accelerator_hour,
                              "flop, model_flop_utilisation and cost_per_accelerator_hour");
    r.time = require_finite_result(function, "time", on_one / count,
                                   "model_flop_utilisation and accelerators");
    r.facility_energy =
        require_finite_result(function, "facility_energy", s.power_per_accelerator * s.pue * on_one,
                              "flop, model_flop_utilisation and power_per_accelerator");
    r.amortised =
        require_finite_result(function, "amortised", r.cost / s.service_life, "service_life");
    return r;
}

}  // namespace aiecon::workload
