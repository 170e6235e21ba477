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
    return 6.0 * parameters * tokens.in(units::token)*units::FLOP;
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
inline model_size compute_optimal(flop_count budget, double tokens_per_parameter = 20.0) {
    require_positive("workload::compute_optimal", "budget", budget);
    require_positive("workload::compute_optimal", "tokens_per_parameter", tokens_per_parameter);
    const double parameters = std::sqrt(budget.in(units::FLOP) / (6.0 * tokens_per_parameter));
    return {parameters, tokens_per_parameter * parameters * units::token};
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
inline training_run train(flop_count flop, const training_setup& s) {
    constexpr std::string_view function = "workload::train";
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
    r.time = require_finite_result(function, "time",
                                   flop / (count * per_accelerator * s.model_flop_utilisation),
                                   "model_flop_utilisation and accelerators");
    r.accelerator_hours = s.accelerators * r.time;
    r.facility_energy = count * s.power_per_accelerator * s.pue * r.time;
    r.cost =
        require_finite_result(function, "cost", r.accelerator_hours * s.cost_per_accelerator_hour,
                              "model_flop_utilisation and cost_per_accelerator_hour");
    r.amortised = r.cost / s.service_life;
    return r;
}

}  // namespace aiecon::workload
