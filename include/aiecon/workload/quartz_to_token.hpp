// Quartz to token: one chain from a processed wafer to the cost of a
// million tokens, every layer's output the next one's input.
//
//   wafer, die, defects      -> cost per known good die        (fab)
//   + memory, interposer,    -> cost per good package          (fab)
//     assembly
//   x vendor margins         -> accelerator price              (finance)
//   + server and network     -> capex and power per accelerator (compute)
//   + facility, energy,      -> TCO per accelerator-hour       (finance, energy)
//     capital
//   / tokens per hour        -> dollars per million tokens     (workload)
#pragma once

#include <string_view>
#include <vector>

#include "../compute/cluster.hpp"
#include "../fab/die_cost.hpp"
#include "../fab/package.hpp"
#include "../finance/margin_stack.hpp"
#include "../finance/tco.hpp"
#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "inference.hpp"

namespace aiecon::workload {

struct quartz_to_token_inputs {
    // Silicon.
    fab::wafer wafer;
    fab::die die;
    fab::yield_model yield_model;
    defect_density defects;
    price_per_die test_cost{};
    double memory_stacks = 0.0;
    fab::memory_stack memory_stack{};
    fab::interposer interposer;
    fab::assembly_step assembly;
    // Margins between the packaged part and its buyer (the chip vendor's,
    // a distributor's), applied to the cost per good package.
    std::vector<finance::vendor> vendors;
    // The accelerator's compute; its price, and its memory where the stacks
    // state capacity and bandwidth, come from the chain.
    compute::accelerator accelerator;
    compute::server server;
    double network_share = 0.0;
    // The site and the money.
    double pue = 1.0;
    price_per_energy tariff;
    price_per_power facility_capex;  // per W of IT power
    duration facility_life;
    duration hardware_life;
    double maintenance_share = 0.0;
    double utilisation = 1.0;
    double cost_of_capital = 0.0;
    // The model and how it is served.
    transformer model;
    serving_plan serving;
};

struct quartz_to_token_result {
    fab::die_economics die;
    fab::package_economics package;
    money accelerator_price;
    compute::cluster_figures server;  // one server: capex and power per accelerator
    finance::tco_per_hour tco;
    inference_figures inference;
    price_per_token cost_per_token;  // per utilised accelerator-hour, decode
};

// Each stage's model checks its own input and result. The accelerator's
// price is always replaced by the chain's, so no stage sees it: it is
// checked here. Its memory and memory bandwidth are replaced where the
// stacks state them; checked here too, so that a NaN is refused even where
// it would be replaced (where they are kept, compute::validate then also
// requires them positive).
inline quartz_to_token_result quartz_to_token(const quartz_to_token_inputs& in) {
    constexpr std::string_view function = "workload::quartz_to_token";
    require_non_negative(function, "accelerator.price", in.accelerator.price);
    require_non_negative(function, "accelerator.memory", in.accelerator.memory);
    require_non_negative(function, "accelerator.memory_bandwidth", in.accelerator.memory_bandwidth);
    quartz_to_token_result r;
    r.die = fab::die_costs(in.wafer, in.die, in.yield_model, in.defects, in.test_cost);
    r.package = fab::package_costs({.logic_dies = 1.0,
                                    .logic_die_cost = r.die.known_good_die,
                                    .memory_stacks = in.memory_stacks,
                                    .memory = in.memory_stack,
                                    .interposer = in.interposer,
                                    .assembly = in.assembly});
    const finance::sourcing_comparison priced = finance::compare_make_or_buy(
        r.package.cost_per_good_package, in.vendors, {r.package.cost_per_good_package, duration{}});
    r.accelerator_price = priced.bought_cost;

    // The part the chain built: its price, and its memory from the stacks
    // where they state it.
    compute::accelerator accelerator = in.accelerator;
    accelerator.price = r.accelerator_price;
    if (r.package.memory_capacity > information{}) {
        accelerator.memory = r.package.memory_capacity;
    }
    if (r.package.memory_bandwidth > bandwidth{}) {
        accelerator.memory_bandwidth = r.package.memory_bandwidth;
    }
    r.server = compute::size_cluster({.accelerator = accelerator,
                                      .server = in.server,
                                      .servers = 1.0,
                                      .network_share = in.network_share});
    r.tco = finance::tco({.capex_per_accelerator = r.server.capex_per_accelerator,
                          .power_per_accelerator = r.server.power_per_accelerator,
                          .hardware_life = in.hardware_life,
                          .facility_capex = in.facility_capex,
                          .facility_life = in.facility_life,
                          .pue = in.pue,
                          .tariff = in.tariff,
                          .maintenance_share = in.maintenance_share,
                          .utilisation = in.utilisation,
                          .cost_of_capital = in.cost_of_capital});

    r.inference = serve(in.model, {.accelerator = accelerator,
                                   .plan = in.serving,
                                   .power_per_accelerator = r.server.power_per_accelerator,
                                   .pue = in.pue,
                                   .cost_per_accelerator_hour = r.tco.per_utilised_hour});
    r.cost_per_token = r.inference.cost_per_token;
    return r;
}

}  // namespace aiecon::workload
