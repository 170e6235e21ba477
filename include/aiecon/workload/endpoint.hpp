// Embodied endpoints: inference on a device in the field (a car, a robot)
// against the same task served from a data centre plus the connectivity to
// reach it.
//
//   on device:   (chip cost / life + power x duty cycle x energy price)
//                / tasks per unit time
//   from a data centre: tokens per task x price per token
//                       + data per task x connectivity price
#pragma once

#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"

namespace aiecon::workload {

struct on_device {
    money chip_cost;          // the inference computer
    aiecon::power power;      // while working
    double duty_cycle = 1.0;  // share of time it works
    duration life;
    price_per_energy energy_price;
    frequency tasks;  // tasks per unit time while working
};

struct from_data_centre {
    price_per_token price;  // per token served
    token_count tokens_per_task;
    information data_per_task;           // up and down
    price_per_information connectivity;  // per byte carried
};

struct endpoint_comparison {
    money on_device_per_task;
    money data_centre_per_task;
    money data_centre_inference_per_task;
    money connectivity_per_task;
};

inline endpoint_comparison compare_endpoint(const on_device& d, const from_data_centre& c) {
    constexpr std::string_view function = "workload::compare_endpoint";
    require_non_negative(function, "device.chip_cost", d.chip_cost);
    require_non_negative(function, "device.power", d.power);
    require_positive_fraction(function, "device.duty_cycle", d.duty_cycle);
    require_positive(function, "device.life", d.life);
    require_non_negative(function, "device.energy_price", d.energy_price);
    require_positive(function, "device.tasks", d.tasks);
    require_non_negative(function, "centre.price", c.price);
    require_non_negative(function, "centre.tokens_per_task", c.tokens_per_task);
    require_non_negative(function, "centre.data_per_task", c.data_per_task);
    require_non_negative(function, "centre.connectivity", c.connectivity);

    endpoint_comparison r;
    // Per unit time of the device's life: its capital, and energy while working.
    const price_per_time device_cost =
        d.chip_cost / d.life + d.power * d.duty_cycle * d.energy_price;
    // Over the tasks per unit time (tasks x duty cycle), divided one factor
    // at a time: their product can underflow to 0 (a NaN for a device that
    // costs nothing), while cost / tasks is never larger than the result.
    r.on_device_per_task = require_finite_result(
        function, "on_device_per_task", device_cost / d.tasks / d.duty_cycle,
        "device.chip_cost, device.life, device.power, device.energy_price and device.tasks");
    r.data_centre_inference_per_task = require_finite_result(
        function, "data_centre_inference_per_task", c.tokens_per_task * c.price,
        "centre.tokens_per_task and centre.price");
    r.connectivity_per_task =
        require_finite_result(function, "connectivity_per_task", c.data_per_task * c.connectivity,
                              "centre.data_per_task and centre.connectivity");
    r.data_centre_per_task = require_finite_result(
        function, "data_centre_per_task",
        r.data_centre_inference_per_task + r.connectivity_per_task,
        "centre.tokens_per_task, centre.price, centre.data_per_task and centre.connectivity");
    return r;
}

}  // namespace aiecon::workload
