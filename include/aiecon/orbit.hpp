// The orbit layer: solar arrays, eclipses, launch, orbital compute nodes,
// orbit versus ground, and latency.
#pragma once

#include "orbit/compute_node.hpp"
#include "orbit/earth.hpp"
#include "orbit/eclipse.hpp"
#include "orbit/latency.hpp"
#include "orbit/launch.hpp"
#include "orbit/solar_array.hpp"
#include "orbit/versus_ground.hpp"
