// find_root: where a function of one quantity crosses zero, within a
// bracket. Break-even questions (the launch price at which orbit matches the
// ground, the utilisation at which a contract pays) are roots of a
// difference of two models; this finds them without a closed form.
#pragma once

#include <cmath>
#include <string>
#include <string_view>

#include "domain_error.hpp"
#include "math.hpp"
#include "quantity.hpp"

namespace aiecon {

// The x in [low, high] with f(x) = 0, for f (returning a quantity of any
// dimension, or a number) whose values at low and high
// differ in sign, to within `tolerance` of x (default: 1e-12 of the bracket
// width). Brent's method: inverse quadratic interpolation or the secant step
// where they make progress, bisection where they do not, so it converges as
// fast as the secant method on smooth functions and never slower than
// bisection (R. P. Brent, "Algorithms for Minimization without Derivatives",
// 1973, ch. 4; as in W. H. Press et al., "Numerical Recipes", 3rd ed., 9.3).
// Throws domain_error when the bracket holds no sign change, naming the
// values at both ends.
template <class X, class F>
quantity<X> find_root(F f, quantity<X> low, quantity<X> high, quantity<X> tolerance = {}) {
    constexpr std::string_view function = "aiecon::find_root";
    require_finite(function, "low", low);
    require_finite(function, "high", high);
    if (!isfinite(high - low)) {
        throw_domain_error(function, "high", high,
                           "within a finite distance of low, " + to_string(low));
    }
    if (!(low < high)) {
        throw_domain_error(function, "high", high, "(" + to_string(low) + ", inf), above low");
    }
    const auto value_at = [&f](double x) {
        const double y = detail::number_of(f(quantity<X>::from_base_units(x)));
        if (!std::isfinite(y)) {
            throw_domain_error("aiecon::find_root", "f(x)", y, "finite values over the bracket");
        }
        return y;
    };
    double a = low.base_units();
    double b = high.base_units();
    double fa = value_at(a);
    double fb = value_at(b);
    if (fa == 0.0) return low;
    if (fb == 0.0) return high;
    if ((fa > 0.0) == (fb > 0.0)) {
        throw_domain_error(function, "bracket",
                           "[" + to_string(low) + ", " + to_string(high) + "], where f is " +
                               detail::text_of(fa) + " and " + detail::text_of(fb) +
                               " (base units) at its ends,",
                           "of brackets over which f changes sign");
    }
    const double wanted = tolerance.base_units() > 0.0 ? tolerance.base_units() : 1e-12 * (b - a);
    double c = a;  // the previous b, or the far end of the bracket [b, c]
    double fc = fa;
    double d = b - a;  // the last step
    double e = d;      // the step before it
    for (int iteration = 0; iteration < 200; ++iteration) {
        if ((fb > 0.0) == (fc > 0.0)) {  // keep the root between b and c
            c = a;
            fc = fa;
            d = e = b - a;
        }
        if (std::fabs(fc) < std::fabs(fb)) {  // b is the best estimate
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        const double tolerance_here = 2.0 * 1e-16 * std::fabs(b) + 0.5 * wanted;
        const double half_gap = 0.5 * c - 0.5 * b;
        if (std::fabs(half_gap) <= tolerance_here || fb == 0.0) {
            return quantity<X>::from_base_units(b);
        }
        if (std::fabs(e) >= tolerance_here && std::fabs(fa) > std::fabs(fb)) {
            // Interpolate: secant when only two points, inverse quadratic else.
            const double s = fb / fa;
            double p;
            double q;
            if (a == c) {
                p = 2.0 * half_gap * s;
                q = 1.0 - s;
            } else {
                const double qa = fa / fc;
                const double r = fb / fc;
                p = s * (2.0 * half_gap * qa * (qa - r) - (b - a) * (r - 1.0));
                q = (qa - 1.0) * (r - 1.0) * (s - 1.0);
            }
            if (p > 0.0) q = -q;
            p = std::fabs(p);
            const double limit_interpolated = 3.0 * half_gap * q - std::fabs(tolerance_here * q);
            const double limit_previous = std::fabs(e * q);
            if (2.0 * p < std::fmin(limit_interpolated, limit_previous)) {
                e = d;  // accept the interpolation
                d = p / q;
            } else {
                d = half_gap;  // bisect
                e = d;
            }
        } else {
            d = half_gap;  // bisect
            e = d;
        }
        a = b;
        fa = fb;
        b +=
            std::fabs(d) > tolerance_here ? d : (half_gap > 0.0 ? tolerance_here : -tolerance_here);
        fb = value_at(b);
    }
    return quantity<X>::from_base_units(b);
}

}  // namespace aiecon
