// The workload layer: training as capex, inference as COGS, a model's
// lifecycle, embodied endpoints, and the quartz-to-token chain.
#pragma once

#include "workload/endpoint.hpp"
#include "workload/inference.hpp"
#include "workload/lifecycle.hpp"
#include "workload/quartz_to_token.hpp"
#include "workload/training.hpp"
