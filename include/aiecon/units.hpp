// The quantity core without printing: dimensions, quantities, units, literals
// and math. Light on purpose (no <iostream>, no range-v3): include
// <aiecon/units/printing.hpp> as well to write quantities to streams.
#pragma once

#include "units/dimensions.hpp"
#include "units/literals.hpp"
#include "units/math.hpp"
#include "units/quantity.hpp"
#include "units/sequence.hpp"
#include "units/unit.hpp"
#include "units/units.hpp"
