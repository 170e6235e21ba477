// Umbrella header: includes every public header of aiecon.
#pragma once

#include "fab.hpp"
#include "units.hpp"
#include "units/domain_error.hpp"
#include "units/parsing.hpp"
#include "units/printing.hpp"
