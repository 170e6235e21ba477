// The compute layer: accelerators and their catalog, servers and clusters,
// the roofline.
#pragma once

#include "compute/accelerator.hpp"
#include "compute/catalog.hpp"
#include "compute/cluster.hpp"
#include "compute/roofline.hpp"
