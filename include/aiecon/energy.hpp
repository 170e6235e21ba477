// The energy layer, namespace aiecon::site (aiecon::energy is the quantity
// type): delivered versus brochure megawatts, PUE, the energy bill, battery
// storage, facility capex.
#pragma once

#include "energy/energy_bill.hpp"
#include "energy/facility_capex.hpp"
#include "energy/power_chain.hpp"
#include "energy/pue.hpp"
#include "energy/storage.hpp"
