// The finance layer: capex and depreciation, cash flows, annualising
// capital, TCO per accelerator-hour, make or buy, offtake contracts.
#pragma once

#include "finance/capital_recovery.hpp"
#include "finance/cash_flow.hpp"
#include "finance/depreciation.hpp"
#include "finance/margin_stack.hpp"
#include "finance/offtake.hpp"
#include "finance/tco.hpp"
