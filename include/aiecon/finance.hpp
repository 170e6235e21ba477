// The finance layer: annualising capital.
#pragma once

#include "finance/capital_recovery.hpp"
