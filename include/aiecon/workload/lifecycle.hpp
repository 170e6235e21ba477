// A model's lifetime: training (capex) amortised over the tokens it serves,
// inference (COGS) per token, the volume at which cumulative inference
// overtakes the training bill, and the cost of a task.
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::workload {

struct lifecycle_inputs {
    money training_cost;
    price_per_token inference_cost;  // COGS per token served
    token_count tokens_served;       // over the model's service life
    token_count tokens_per_task;
};

struct lifecycle_figures {
    price_per_token training_per_token;  // training cost / tokens served
    price_per_token all_in_per_token;    // training share + inference
    token_count crossover;               // where inference COGS equals the training cost
    money cost_per_task;                 // tokens per task x all-in per token
    double training_share = 0.0;         // of the all-in cost of a token
};

inline lifecycle_figures lifecycle(const lifecycle_inputs& in) {
    constexpr std::string_view function = "workload::lifecycle";
    require_non_negative(function, "training_cost", in.training_cost);
    require_positive(function, "inference_cost", in.inference_cost);
    require_positive(function, "tokens_served", in.tokens_served);
    require_non_negative(function, "tokens_per_task", in.tokens_per_task);
    lifecycle_figures f;
    f.training_per_token =
        require_finite_result(function, "training_per_token", in.training_cost / in.tokens_served,
                              "training_cost and tokens_served");
    f.all_in_per_token = require_finite_result(function, "all_in_per_token",
                                               f.training_per_token + in.inference_cost,
                                               "training_cost, tokens_served and inference_cost");
    // Cumulative inference COGS = tokens x cost per token = training cost.
    f.crossover = require_finite_result(function, "crossover", in.training_cost / in.inference_cost,
                                        "training_cost and inference_cost");
    f.cost_per_task =
        require_finite_result(function, "cost_per_task", in.tokens_per_task * f.all_in_per_token,
                              "tokens_per_task, training_cost, tokens_served and inference_cost");
    f.training_share = f.training_per_token / f.all_in_per_token;
    return f;
}

}  // namespace aiecon::workload
