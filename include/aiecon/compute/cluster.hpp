// Servers and clusters: accelerators in servers, servers in a cluster; its
// IT power and its capital cost.
//
//   IT power = servers x (accelerators x board power + server overhead power)
//   capex    = servers x (accelerators x price + server overhead cost)
//              / (1 - network share of capex)
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "accelerator.hpp"

namespace aiecon::compute {

struct server {
    double accelerators = 8.0;  // per server
    power overhead_power;       // CPUs, NICs, fans, storage: everything but the accelerators
    money overhead_cost;        // the server less its accelerators
};

struct cluster_design {
    compute::accelerator accelerator;
    compute::server server;
    double servers = 1.0;
    double network_share = 0.0;  // share of cluster capex spent on the network, [0, 1)
};

struct cluster_figures {
    device_count accelerators;
    power it_power;
    money capex;
    money capex_per_accelerator;
    power power_per_accelerator;  // IT power, server overhead included
};

inline cluster_figures size_cluster(const cluster_design& c) {
    constexpr std::string_view function = "compute::size_cluster";
    validate(c.accelerator, function);
    require_positive(function, "server.accelerators", c.server.accelerators);
    require_non_negative(function, "server.overhead_power", c.server.overhead_power);
    require_non_negative(function, "server.overhead_cost", c.server.overhead_cost);
    require_positive(function, "servers", c.servers);
    if (!(c.network_share >= 0.0 && c.network_share < 1.0)) {
        throw_domain_error(function, "network_share", c.network_share, "[0, 1)");
    }
    cluster_figures f;
    const double count =
        require_finite_result(function, "accelerators", c.servers * c.server.accelerators,
                              "servers and server.accelerators");
    f.accelerators = count * units::device;
    f.it_power = require_finite_result(
        function, "it_power",
        c.servers * (c.server.accelerators * c.accelerator.board_power + c.server.overhead_power),
        "servers, server.accelerators, accelerator.board_power and server.overhead_power");
    f.capex = require_finite_result(
        function, "capex",
        c.servers * (c.server.accelerators * c.accelerator.price + c.server.overhead_cost) /
            (1.0 - c.network_share),
        "servers, server.accelerators, accelerator.price, server.overhead_cost and network_share");
    f.capex_per_accelerator =
        require_finite_result(function, "capex_per_accelerator", f.capex / count,
                              "servers, server.accelerators and server.overhead_cost");
    f.power_per_accelerator =
        require_finite_result(function, "power_per_accelerator", f.it_power / count,
                              "servers, server.accelerators and server.overhead_power");
    return f;
}

// The cluster's dense peak at a precision.
inline flop_rate cluster_peak(const cluster_design& c, precision p) {
    constexpr std::string_view function = "compute::cluster_peak";
    require_positive(function, "servers", c.servers);
    require_positive(function, "server.accelerators", c.server.accelerators);
    return require_finite_result(function, "cluster peak",
                                 c.servers * c.server.accelerators * peak(c.accelerator, p),
                                 "servers, server.accelerators and the accelerator's peak");
}

}  // namespace aiecon::compute
