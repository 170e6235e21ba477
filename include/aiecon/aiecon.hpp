// Umbrella header: the quantity core with printing and parsing, and every
// model layer. The uncertainty layer, which runs models rather than being
// one, is included apart, <aiecon/uncertainty.hpp>: it brings <thread> and
// range-v3's views, which would put this header above its compile-time
// budget of 1 s a translation unit (bench/compile_time.sh measures both).
#pragma once

#include "compute.hpp"
#include "energy.hpp"
#include "fab.hpp"
#include "finance.hpp"
#include "orbit.hpp"
#include "thermal.hpp"
#include "units.hpp"
#include "units/domain_error.hpp"
#include "units/parsing.hpp"
#include "units/printing.hpp"
#include "units/root_finding.hpp"
#include "workload.hpp"
