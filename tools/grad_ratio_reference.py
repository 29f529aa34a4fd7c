#!/usr/bin/env python3
"""Independent reference values for the gradient lesson (issue 12, item 1).

Plain Python (`math`, `cmath`), written from the paper's appendix B, not from
the Rust code. With alpha off and the label written y in {-1, +1} as in the
paper (p_t = sigmoid(x_t), x_t = y x):

    dCE/dx = y (p_t - 1)
    dFL/dx = y (1 - p_t)^gamma (gamma p_t ln p_t + p_t - 1)

and the ratio R(p_t) = |dFL/dx| / |dCE/dx| is evaluated exactly in that form
(two gradients, then divided), whereas src/math/focal/grad_ratio.rs uses the
simplified closed form. The crossover R = 1 is found with Brent's method
(written out below); the peak is found with Brent's method on dR/dp_t taken by
the complex-step derivative Im R(p + ih) / h, which needs no derivation by hand.

Run:  python3 tools/grad_ratio_reference.py
The printed values are pasted into tests/math_grad_ratio.rs.
"""

import cmath
import math

GAMMAS = [0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 7.5, 10.0]


def ratio(pt, gamma):
    """|dFL/dx| / |dCE/dx| at p_t, alpha off, y = +1 (the sign cancels).
    Works for a complex pt too (for the complex-step derivative)."""
    log = cmath.log if isinstance(pt, complex) else math.log
    d_ce = pt - 1.0
    d_fl = (1.0 - pt) ** gamma * (gamma * pt * log(pt) + pt - 1.0)
    # Both are negative for 0 < p_t < 1, so |a| / |b| = a / b (kept analytic
    # for the complex step).
    return d_fl / d_ce


def brent(f, a, b, tol=1e-16, maxiter=200):
    """Brent's root finder (inverse quadratic interpolation, secant, bisection),
    following Brent (1973) / Numerical Recipes `zbrent`."""
    fa, fb = f(a), f(b)
    if fa * fb > 0:
        raise ValueError("root not bracketed")
    c, fc = b, fb
    d = e = b - a
    for _ in range(maxiter):
        if (fb > 0 and fc > 0) or (fb < 0 and fc < 0):
            c, fc = a, fa
            d = e = b - a
        if abs(fc) < abs(fb):
            a, b, c = b, c, b
            fa, fb, fc = fb, fc, fb
        tol1 = 2.0 * 2.2e-16 * abs(b) + 0.5 * tol
        xm = 0.5 * (c - b)
        if abs(xm) <= tol1 or fb == 0.0:
            return b
        if abs(e) >= tol1 and abs(fa) > abs(fb):
            s = fb / fa
            if a == c:
                p = 2.0 * xm * s
                q = 1.0 - s
            else:
                q = fa / fc
                r = fb / fc
                p = s * (2.0 * xm * q * (q - r) - (b - a) * (r - 1.0))
                q = (q - 1.0) * (r - 1.0) * (s - 1.0)
            if p > 0:
                q = -q
            p = abs(p)
            if 2.0 * p < min(3.0 * xm * q - abs(tol1 * q), abs(e * q)):
                e, d = d, p / q
            else:
                d = e = xm
        else:
            d = e = xm
        a, fa = b, fb
        b += d if abs(d) > tol1 else math.copysign(tol1, xm)
        fb = f(b)
    raise RuntimeError("no convergence")


def crossover(gamma):
    """The p_t where |dFL/dx| = |dCE/dx| (R = 1)."""
    return brent(lambda p: ratio(p, gamma) - 1.0, 1e-6, 0.999)


def d_ratio(p, gamma, h=1e-30):
    """dR/dp_t by the complex step: exact to rounding, no cancellation."""
    return ratio(complex(p, h), gamma).imag / h


def peak(gamma):
    """(p_t, R) at the maximum of R on (0, crossover)."""
    p = brent(lambda q: d_ratio(q, gamma), 1e-6, crossover(gamma))
    return p, ratio(p, gamma)


def main():
    print("# grad_ratio_reference.py: gamma, crossover p_t, peak p_t, peak ratio")
    for g in GAMMAS:
        c = crossover(g)
        p, r = peak(g)
        print("    (%r, %r, %r, %r)," % (g, c, p, r))
    print()
    print("# closed forms at gamma = 1: 1/e, e^-2, 1 + e^-2")
    print("    (%r, %r, %r)" % (math.exp(-1), math.exp(-2), 1 + math.exp(-2)))
    print()
    print("# ratio at (p_t, gamma)")
    for pt, g in [(0.01, 2.0), (0.1, 2.0), (0.5, 2.0), (0.9, 2.0), (0.99, 2.0), (0.3, 0.5), (0.05, 5.0)]:
        print("    (%r, %r, %r)," % (pt, g, ratio(pt, g)))


if __name__ == "__main__":
    main()
