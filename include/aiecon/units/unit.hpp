// aiecon::unit<Dim>: a named scale factor from a unit to the base unit of its
// dimension (1 kWh = 3.6e6 J). Units multiply and divide into new units
// (units::W / units::kg); a number times a unit makes a quantity.
#pragma once

#include <cstddef>
#include <string_view>
#include <type_traits>

#include "dimensions.hpp"

namespace aiecon {

template <class Dim>
class quantity;

namespace detail {
// Not constexpr on purpose: calling it in a constant expression is the error.
inline void unit_symbol_longer_than_39_characters() {}
}  // namespace detail

// A unit's printable symbol, built at compile time when units compose.
class unit_symbol {
public:
    static constexpr std::size_t capacity = 39;

    constexpr unit_symbol() = default;
    constexpr unit_symbol(const char* text) {  // NOLINT(google-explicit-constructor)
        append(std::string_view{text});
    }

    [[nodiscard]] constexpr std::string_view view() const { return {chars_, size_}; }
    [[nodiscard]] constexpr bool contains(char c) const {
        // A plain loop: g++ 12 rejects std::string_view::find in constant
        // evaluation when the symbol belongs to a temporary unit.
        for (std::size_t i = 0; i < size_; ++i) {
            if (chars_[i] == c) return true;
        }
        return false;
    }
    [[nodiscard]] constexpr bool is_compound() const { return contains('*') || contains('/'); }

    // "a*b", "a/b"; an operand that is itself compound is parenthesised when
    // leaving it bare would change its meaning ("W/(kg*m)", "(W/kg)*m").
    friend constexpr unit_symbol compose(const unit_symbol& lhs, char op, const unit_symbol& rhs) {
        unit_symbol result;
        result.append_operand(lhs, lhs.contains('/'));
        result.append(std::string_view{&op, 1});
        result.append_operand(rhs, op == '/' ? rhs.is_compound() : rhs.contains('/'));
        return result;
    }

private:
    constexpr void append(std::string_view text) {
        for (char c : text) {
            if (size_ == capacity) {
                // At compile time a symbol too long does not compile; at run
                // time it is cut, which only printing shows.
                if (std::is_constant_evaluated()) detail::unit_symbol_longer_than_39_characters();
                return;
            }
            chars_[size_++] = c;
        }
    }
    constexpr void append_operand(const unit_symbol& operand, bool parenthesise) {
        if (parenthesise) append("(");
        append(operand.view());
        if (parenthesise) append(")");
    }

    char chars_[capacity] = {};
    std::size_t size_ = 0;
};

template <class Dim>
class unit {
public:
    using dimension_type = Dim;

    // A unit equal to `size` of the base unit, printed as `symbol`:
    //   constexpr unit month{365.25 / 12 * units::day, "month"};
    constexpr unit(quantity<Dim> size, unit_symbol symbol)
        : factor_(size.base_units()), symbol_(symbol) {}

    // How many base units one of this unit is (1000 for kW).
    [[nodiscard]] constexpr double factor() const { return factor_; }
    [[nodiscard]] constexpr std::string_view symbol() const { return symbol_.view(); }
    [[nodiscard]] constexpr const unit_symbol& symbol_text() const { return symbol_; }

private:
    double factor_;
    unit_symbol symbol_;
};

template <class Dim>
unit(quantity<Dim>, unit_symbol) -> unit<Dim>;

template <class A, class B>
constexpr unit<dimension_product_t<A, B>> operator*(const unit<A>& lhs, const unit<B>& rhs) {
    return {quantity<dimension_product_t<A, B>>::from_base_units(lhs.factor() * rhs.factor()),
            compose(lhs.symbol_text(), '*', rhs.symbol_text())};
}

template <class A, class B>
constexpr unit<dimension_quotient_t<A, B>> operator/(const unit<A>& lhs, const unit<B>& rhs) {
    return {quantity<dimension_quotient_t<A, B>>::from_base_units(lhs.factor() / rhs.factor()),
            compose(lhs.symbol_text(), '/', rhs.symbol_text())};
}

}  // namespace aiecon
