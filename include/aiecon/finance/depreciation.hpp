// Capex line items and straight-line depreciation.
#pragma once

#include <string>
#include <string_view>

#include "../units.hpp"
#include "../units/domain_error.hpp"
#include "../units/sequence.hpp"

namespace aiecon::finance {

struct capex_item {
    std::string name;
    money cost;
    duration life;    // depreciable life
    money salvage{};  // value left at the end of life
};

// Straight-line depreciation: (cost - salvage) / life, the same charge each
// year of the asset's life (IAS 16, "Property, Plant and Equipment", 62:
// the straight-line method).
inline price_per_time straight_line_depreciation(const capex_item& item) {
    constexpr std::string_view function = "finance::straight_line_depreciation";
    require_non_negative(function, "cost", item.name, item.cost);
    require_positive(function, "life", item.name, item.life);
    require_in_range(function, "salvage", item.name, item.salvage, money{}, item.cost);
    // A vanishingly short life (1e-300 s) makes the charge overflow: refused.
    return require_finite_result(function, "depreciation", (item.cost - item.salvage) / item.life,
                                 "cost and life");
}

// Total cost of a range of capex items.
template <sequence Items>
money total_capex(Items&& items) {
    constexpr std::string_view function = "finance::total_capex";
    money total;
    for (const capex_item& item : items) {
        require_non_negative(function, "cost", item.name, item.cost);
        total += item.cost;
    }
    // Costs near the largest double can overflow the sum: refused.
    return require_finite_result(function, "total capex", total, "the items' costs");
}

// Depreciation charged in one year by a range of capex items: the sum of
// their straight-line charges.
template <sequence Items>
price_per_time yearly_depreciation(Items&& items) {
    price_per_time total;
    for (const capex_item& item : items) total += straight_line_depreciation(item);
    // Charges near the largest double can overflow the sum: refused.
    return require_finite_result("finance::yearly_depreciation", "yearly depreciation", total,
                                 "the items' costs and lives");
}

}  // namespace aiecon::finance
