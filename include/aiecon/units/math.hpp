// Mathematical functions of quantities: abs, min, max, sqrt, pow<N>, isfinite.
// All are constexpr; sqrt uses std::sqrt at run time and Newton's method
// during constant evaluation, where std::sqrt is not constexpr in C++20.
#pragma once

#include <cmath>
#include <limits>
#include <type_traits>

#include "quantity.hpp"

namespace aiecon {

namespace detail {
// Newton-Raphson for sqrt(x), x > 0 finite: x_{n+1} = (x_n + x / x_n) / 2
// converges quadratically from any start above the root; stop when the
// iterate no longer decreases (it has reached the rounded root).
constexpr double constexpr_sqrt(double x) {
    if (!(x > 0.0) || x == std::numeric_limits<double>::infinity()) {
        return x == 0.0 ? 0.0 : (x > 0.0 ? x : std::numeric_limits<double>::quiet_NaN());
    }
    double current = x > 1.0 ? x : 1.0;
    for (;;) {
        const double next = 0.5 * (current + x / current);
        if (next >= current) return current;
        current = next;
    }
}
}  // namespace detail

template <class D>
constexpr quantity<D> abs(quantity<D> q) {
    return q.base_units() < 0.0 ? -q : q;
}

template <class A, class B>
requires same_dimension<A, B>
constexpr quantity<A> min(quantity<A> a, quantity<B> b) {
    return b < a ? b : a;
}

template <class A, class B>
requires same_dimension<A, B>
constexpr quantity<A> max(quantity<A> a, quantity<B> b) {
    return a < b ? b : a;
}

// False for NaN and for either infinity.
template <class D>
constexpr bool isfinite(quantity<D> q) {
    const double v = q.base_units();
    return v - v == 0.0;
}

// The square root; its dimension halves every exponent, so every exponent
// must be even (sqrt of an area is a length, sqrt of a power is not defined).
template <class D>
requires has_square_root_dimension<D>
constexpr quantity<dimension_root_t<D>> sqrt(quantity<D> q) {
    const double v = q.base_units();
    const double root = std::is_constant_evaluated() ? detail::constexpr_sqrt(v) : std::sqrt(v);
    return quantity<dimension_root_t<D>>::from_base_units(root);
}

// q to the integer power N: pow<2>(1_m) is an area, pow<-1>(1_s) a frequency.
template <int N, class D>
constexpr quantity<dimension_power_t<D, N>> pow(quantity<D> q) {
    double result = 1.0;
    const double base = q.base_units();
    for (int i = 0; i < (N < 0 ? -N : N); ++i) result *= base;
    return quantity<dimension_power_t<D, N>>::from_base_units(N < 0 ? 1.0 / result : result);
}

}  // namespace aiecon
