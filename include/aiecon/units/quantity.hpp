// aiecon::quantity<Dim>: a double in the coherent base unit of its dimension.
//
// Kilowatts and megawatts are the same type as watts: units are scale factors
// applied on the way in (5.0 * units::MW, 5_MW) and on the way out
// (p.in(units::MW)). Arithmetic composes dimensions; adding, subtracting or
// comparing different dimensions does not compile.
#pragma once

#include <compare>

#include "dimensions.hpp"
#include "unit.hpp"

namespace aiecon {

namespace detail {
template <class T>
inline constexpr bool is_quantity = false;
template <class Dim>
inline constexpr bool is_quantity<quantity<Dim>> = true;
}  // namespace detail

// Satisfied by every aiecon::quantity, whatever its dimension.
template <class T>
concept any_quantity = detail::is_quantity<T>;

// A plain number that scales a quantity. Scaling takes any arithmetic type
// exactly, so that `ratio * 2` with a dimensionless ratio is not ambiguous
// with the built-in double * int reached through the ratio's conversion.
template <class T>
concept scalar = std::is_arithmetic_v<T>;

template <class Dim>
class quantity {
public:
    using dimension_type = Dim;

    // Zero. Any other value is made with a unit: 5.0 * units::W or 5_W.
    constexpr quantity() = default;

    // The value in the coherent base unit of Dim (W, J, kg, m, s, USD, ...).
    // For code that stores quantities as plain numbers, such as a file
    // format; models use units instead.
    [[nodiscard]] static constexpr quantity from_base_units(double value) {
        quantity q;
        q.value_ = value;
        return q;
    }
    [[nodiscard]] constexpr double base_units() const { return value_; }

    // The value expressed in unit u; u must have this quantity's dimension.
    [[nodiscard]] constexpr double in(unit<Dim> u) const { return value_ / u.factor(); }

    // Only a dimensionless quantity (a ratio such as PUE) is a plain number.
    constexpr operator double() const  // NOLINT(google-explicit-constructor)
        requires std::is_same_v<Dim, dim::dimensionless> {
        return value_;
    }

    constexpr quantity operator-() const { return from_base_units(-value_); }
    constexpr quantity operator+() const { return *this; }

    template <class Other>
    requires same_dimension<Dim, Other>
    constexpr quantity& operator+=(quantity<Other> other) {
        value_ += other.base_units();
        return *this;
    }
    template <class Other>
    requires same_dimension<Dim, Other>
    constexpr quantity& operator-=(quantity<Other> other) {
        value_ -= other.base_units();
        return *this;
    }
    constexpr quantity& operator*=(scalar auto factor) {
        value_ *= static_cast<double>(factor);
        return *this;
    }
    constexpr quantity& operator/=(scalar auto divisor) {
        value_ /= static_cast<double>(divisor);
        return *this;
    }

private:
    double value_ = 0.0;
};

// Sums, differences and comparisons need one dimension on both sides. They
// are templates over two dimensions, constrained by same_dimension, so that
// a mismatch is reported as an unsatisfied "same_dimension" rather than as a
// failed conversion.
template <class A, class B>
requires same_dimension<A, B>
constexpr quantity<A> operator+(quantity<A> lhs, quantity<B> rhs) {
    return lhs += rhs;
}

template <class A, class B>
requires same_dimension<A, B>
constexpr quantity<A> operator-(quantity<A> lhs, quantity<B> rhs) {
    return lhs -= rhs;
}

template <class A, class B>
requires same_dimension<A, B>
constexpr bool operator==(quantity<A> lhs, quantity<B> rhs) {
    return lhs.base_units() == rhs.base_units();
}

template <class A, class B>
requires same_dimension<A, B>
constexpr std::partial_ordering operator<=>(quantity<A> lhs, quantity<B> rhs) {
    return lhs.base_units() <=> rhs.base_units();
}

// The relational operators written out: one comparison each, where the
// rewriting of <, <=, >, >= through <=> and partial_ordering costs compilers
// (g++ 12 most) two or three branches (measured in bench/).
template <class A, class B>
requires same_dimension<A, B>
constexpr bool operator<(quantity<A> lhs, quantity<B> rhs) {
    return lhs.base_units() < rhs.base_units();
}
template <class A, class B>
requires same_dimension<A, B>
constexpr bool operator<=(quantity<A> lhs, quantity<B> rhs) {
    return lhs.base_units() <= rhs.base_units();
}
template <class A, class B>
requires same_dimension<A, B>
constexpr bool operator>(quantity<A> lhs, quantity<B> rhs) {
    return lhs.base_units() > rhs.base_units();
}
template <class A, class B>
requires same_dimension<A, B>
constexpr bool operator>=(quantity<A> lhs, quantity<B> rhs) {
    return lhs.base_units() >= rhs.base_units();
}

// Products and quotients compose the dimensions.
template <class A, class B>
constexpr quantity<dimension_product_t<A, B>> operator*(quantity<A> lhs, quantity<B> rhs) {
    return quantity<dimension_product_t<A, B>>::from_base_units(lhs.base_units() *
                                                                rhs.base_units());
}

template <class A, class B>
constexpr quantity<dimension_quotient_t<A, B>> operator/(quantity<A> lhs, quantity<B> rhs) {
    return quantity<dimension_quotient_t<A, B>>::from_base_units(lhs.base_units() /
                                                                 rhs.base_units());
}

// Scaling by a plain number keeps the dimension; dividing a number by a
// quantity inverts it.
template <class D>
constexpr quantity<D> operator*(quantity<D> q, scalar auto factor) {
    return q *= factor;
}
template <class D>
constexpr quantity<D> operator*(scalar auto factor, quantity<D> q) {
    return q *= factor;
}
template <class D>
constexpr quantity<D> operator/(quantity<D> q, scalar auto divisor) {
    return q /= divisor;
}
template <class D>
constexpr quantity<dimension_quotient_t<dim::dimensionless, D>> operator/(scalar auto numerator,
                                                                          quantity<D> q) {
    return quantity<dimension_quotient_t<dim::dimensionless, D>>::from_base_units(
        static_cast<double>(numerator) / q.base_units());
}

// A number times a unit is a quantity: 700.0 * units::W.
template <class D>
constexpr quantity<D> operator*(double value, const unit<D>& u) {
    return quantity<D>::from_base_units(value * u.factor());
}

// A number over a unit is a quantity per that unit: 0.1 / units::cm2.
template <class D>
constexpr quantity<dimension_quotient_t<dim::dimensionless, D>> operator/(double value,
                                                                          const unit<D>& u) {
    return quantity<dimension_quotient_t<dim::dimensionless, D>>::from_base_units(value /
                                                                                  u.factor());
}

// A quantity times or over a unit: 0.08_USD / units::kWh.
template <class A, class B>
constexpr quantity<dimension_product_t<A, B>> operator*(quantity<A> q, const unit<B>& u) {
    return quantity<dimension_product_t<A, B>>::from_base_units(q.base_units() * u.factor());
}
template <class A, class B>
constexpr quantity<dimension_quotient_t<A, B>> operator/(quantity<A> q, const unit<B>& u) {
    return quantity<dimension_quotient_t<A, B>>::from_base_units(q.base_units() / u.factor());
}

// Named quantity types, one per dimension that models use.
using dimensionless = quantity<dim::dimensionless>;
using length = quantity<dim::length>;
using area = quantity<dim::area>;
using volume = quantity<dim::volume>;
using mass = quantity<dim::mass>;
using duration = quantity<dim::time>;
using temperature = quantity<dim::temperature>;
using money = quantity<dim::money>;
using information = quantity<dim::information>;
using flop_count = quantity<dim::flop>;
using token_count = quantity<dim::token>;
using wafer_count = quantity<dim::wafer>;
using die_count = quantity<dim::die>;
using device_count = quantity<dim::device>;
using emissions = quantity<dim::emissions>;

using frequency = quantity<dim::frequency>;
using speed = quantity<dim::speed>;
using energy = quantity<dim::energy>;
using power = quantity<dim::power>;
using specific_power = quantity<dim::specific_power>;
using specific_energy = quantity<dim::specific_energy>;
using irradiance = quantity<dim::irradiance>;
using areal_density = quantity<dim::areal_density>;
using flop_rate = quantity<dim::flop_rate>;
using flop_per_joule = quantity<dim::flop_per_joule>;
using flop_per_byte = quantity<dim::flop_per_byte>;
using token_rate = quantity<dim::token_rate>;
using energy_per_token = quantity<dim::energy_per_token>;
using bandwidth = quantity<dim::bandwidth>;
using dies_per_wafer = quantity<dim::dies_per_wafer>;
using defect_density = quantity<dim::defect_density>;

using price_per_token = quantity<dim::price_per_token>;
using price_per_energy = quantity<dim::price_per_energy>;
using price_per_power = quantity<dim::price_per_power>;
using price_per_mass = quantity<dim::price_per_mass>;
using price_per_area = quantity<dim::price_per_area>;
using price_per_time = quantity<dim::price_per_time>;
using price_per_wafer = quantity<dim::price_per_wafer>;
using price_per_die = quantity<dim::price_per_die>;
using price_per_device = quantity<dim::price_per_device>;
using price_per_device_time = quantity<dim::price_per_device_time>;
using emissions_per_energy = quantity<dim::emissions_per_energy>;
using emissions_per_area = quantity<dim::emissions_per_area>;
using energy_per_area = quantity<dim::energy_per_area>;
using wafer_rate = quantity<dim::wafer_rate>;
using die_rate = quantity<dim::die_rate>;
using device_rate = quantity<dim::device_rate>;
using dies_per_device = quantity<dim::dies_per_device>;
using mass_rate = quantity<dim::mass_rate>;
using device_time = quantity<dim::device_time>;
using price_per_information = quantity<dim::price_per_information>;

namespace detail {
// For code that takes a quantity or a plain number alike (root finding, the
// uncertainty layer): its value in base units, and back.
template <class Value>
constexpr double number_of(const Value& value) {
    if constexpr (any_quantity<Value>) {
        return value.base_units();
    } else {
        return static_cast<double>(value);
    }
}
template <class Value>
constexpr Value value_of(double number) {
    if constexpr (any_quantity<Value>) {
        return Value::from_base_units(number);
    } else {
        return static_cast<Value>(number);
    }
}
}  // namespace detail

}  // namespace aiecon
