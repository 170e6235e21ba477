// The thermal layer: heat loads and radiators.
#pragma once

#include "thermal/heat_load.hpp"
#include "thermal/radiator.hpp"
