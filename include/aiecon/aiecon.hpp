// Umbrella header: includes every public header of aiecon.
#pragma once

#include "compute.hpp"
#include "energy.hpp"
#include "fab.hpp"
#include "finance.hpp"
#include "orbit.hpp"
#include "thermal.hpp"
#include "uncertainty.hpp"
#include "units.hpp"
#include "units/domain_error.hpp"
#include "units/parsing.hpp"
#include "units/printing.hpp"
#include "units/root_finding.hpp"
#include "workload.hpp"
