// Mathematical functions of quantities: abs, min, max, sqrt, pow<N>, isfinite.
// All are constexpr; sqrt uses std::sqrt at run time and a correctly rounded
// Newton's method during constant evaluation, where std::sqrt is not
// constexpr in C++20.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "quantity.hpp"

namespace aiecon {

namespace detail {
// r * r - x, exact but for the final rounding: Dekker's product splits r
// into halves of 26 bits (Veltkamp splitting, factor 2^27 + 1) so that
// r * r = square + error exactly (T. J. Dekker, "A floating-point technique
// for extending the available precision", Numer. Math. 18, 1971).
constexpr double square_minus(double r, double x) {
    const double splitter = 134217729.0;  // 2^27 + 1
    const double scaled = splitter * r;
    const double high = scaled - (scaled - r);
    const double low = r - high;
    const double square = r * r;
    const double error = ((high * high - square) + 2.0 * high * low) + low * low;
    return (square - x) + error;
}

constexpr double next_double(double r, int step) {
    return std::bit_cast<double>(std::bit_cast<std::uint64_t>(r) + step);
}

// sqrt(x) for constant evaluation, where std::sqrt is not constexpr in C++20,
// correctly rounded so that compile time and run time agree bit for bit.
// Newton-Raphson, x_{n+1} = (x_n + x / x_n) / 2, from above the root until
// it stops decreasing (within an ulp), then the neighbour whose square is
// nearest x. Tiny x is scaled by 2^600 first so that the squares stay normal.
constexpr double constexpr_sqrt(double x) {
    if (!(x > 0.0) || x == std::numeric_limits<double>::infinity()) {
        return x == 0.0 ? x : (x > 0.0 ? x : std::numeric_limits<double>::quiet_NaN());
    }
    if (x < 1e-280) {
        constexpr double two_to_600 = 0x1p600;
        constexpr double two_to_minus_300 = 0x1p-300;
        return constexpr_sqrt(x * two_to_600) * two_to_minus_300;
    }
    double root = x > 1.0 ? x : 1.0;
    for (;;) {
        const double next = 0.5 * (root + x / root);
        if (next >= root) break;
        root = next;
    }
    double best = root;
    for (int step : {-1, 1}) {
        const double neighbour = next_double(root, step);
        const double miss = square_minus(neighbour, x);
        const double best_miss = square_minus(best, x);
        if ((miss < 0 ? -miss : miss) < (best_miss < 0 ? -best_miss : best_miss)) best = neighbour;
    }
    return best;
}
}  // namespace detail

template <class D>
constexpr quantity<D> abs(quantity<D> q) {
    return q.base_units() < 0.0 ? -q : q;
}

// One dimension for both: more specialised than std::min(const T&, const T&),
// so `using namespace std;` does not make min(1_MW, 2_MW) ambiguous.
template <class D>
constexpr quantity<D> min(quantity<D> a, quantity<D> b) {
    return b < a ? b : a;
}
template <class D>
constexpr quantity<D> max(quantity<D> a, quantity<D> b) {
    return a < b ? b : a;
}
// Declared, never defined nor chosen: the overloads above are more
// specialised whenever the dimensions agree, so these exist only to report a
// mismatch as an unsatisfied same_dimension.
template <class A, class B>
requires same_dimension<A, B>
constexpr quantity<A> min(quantity<A> a, quantity<B> b);
template <class A, class B>
requires same_dimension<A, B>
constexpr quantity<A> max(quantity<A> a, quantity<B> b);

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
