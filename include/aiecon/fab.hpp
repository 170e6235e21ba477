// The silicon layer: wafers to good dies to packaged accelerators, fab
// capacity, doors into constrained supply, and embodied emissions.
#pragma once

#include "fab/capacity.hpp"
#include "fab/die.hpp"
#include "fab/die_cost.hpp"
#include "fab/emissions.hpp"
#include "fab/gross_dies.hpp"
#include "fab/package.hpp"
#include "fab/supply_doors.hpp"
#include "fab/wafer.hpp"
#include "fab/yield.hpp"
