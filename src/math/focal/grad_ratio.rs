//! How focal loss rescales the gradient (paper, appendix B), α off.
//!
//! With x_t = y_s x and p_t = σ(x_t) (see [`super::grad`]):
//! ∂CE/∂x = y_s (p_t − 1) and ∂FL/∂x = y_s (1 − p_t)^γ (γ p_t ln p_t + p_t − 1).
//! Both have the sign −y_s for 0 < p_t < 1, so their ratio is
//!
//! R(p_t, γ) = |∂FL/∂x| ÷ |∂CE/∂x| = (1 − p_t)^γ + γ p_t (1 − p_t)^(γ−1) (−ln p_t).
//!
//! The first term is the loss's own modulating factor; the second, always ≥ 0,
//! comes from differentiating that factor. It is why FL does not only shrink
//! gradients: for small p_t the second term wins and R > 1. R → 1 as p_t → 0,
//! rises to a peak, falls through 1 at the crossover and → 0 as p_t → 1
//! (γ > 0). At γ = 0, R ≡ 1 (FL is CE), so there is no crossover.
//!
//! γ = 1 has closed forms, handy as tests: crossover 1/e, peak at e^−2 with
//! R = 1 + e^−2.

use crate::math::activations::{sigmoid, softplus};

/// R(p_t, γ) = (1 − p_t)^γ (1 + γ p_t · u),  u = −ln p_t ÷ (1 − p_t)
///
/// The same as the module formula with (1 − p_t)^(γ−1) folded in, so that
/// p_t = 1 with γ < 1 gives 0 instead of 0 · ∞. u uses `ln_1p` and is 1 at
/// p_t = 1 (its limit). p_t = 0 gives 1 (the limit: p_t ln p_t → 0).
/// p_t outside [0, 1], or γ < 0 or NaN, gives NaN.
pub fn grad_ratio(p_t: f64, gamma: f64) -> f64 {
    if !(0.0..=1.0).contains(&p_t) || gamma.is_nan() || gamma < 0.0 {
        return f64::NAN;
    }
    let q = 1.0 - p_t;
    if p_t == 0.0 {
        return 1.0;
    }
    q.powf(gamma) * (1.0 + gamma * p_t * neg_ln_over_q(p_t, q))
}

/// R from the logit x_t = y_s x: p_t = σ(x_t), 1 − p_t = σ(−x_t),
/// −ln p_t = softplus(−x_t).
///
/// *Why:* for a very confident x_t, 1 − p_t computed as 1 − σ(x_t) would be 0
/// and hide how small R is; σ(−x_t) keeps its digits. NaN for NaN x_t or
/// γ < 0.
pub fn grad_ratio_logit(x_t: f64, gamma: f64) -> f64 {
    if x_t.is_nan() || gamma.is_nan() || gamma < 0.0 {
        return f64::NAN;
    }
    let pt = sigmoid(x_t);
    let q = sigmoid(-x_t);
    if pt == 0.0 {
        return 1.0;
    }
    let u = if q == 0.0 { 1.0 } else { softplus(-x_t) / q };
    q.powf(gamma) * (1.0 + gamma * pt * u)
}

/// R − 1 = ((1 − p_t)^γ − 1) + γ p_t (1 − p_t)^(γ−1) (−ln p_t), for 0 < p_t < 1.
///
/// The first term is evaluated as expm1(γ ln(1 − p_t)), so the sign of R − 1
/// stays right even where R is within rounding of 1 (tiny p_t).
fn ratio_minus_one(p_t: f64, gamma: f64) -> f64 {
    let q = 1.0 - p_t;
    (gamma * (-p_t).ln_1p()).exp_m1() + gamma * p_t * q.powf(gamma - 1.0) * -p_t.ln()
}

/// −ln p ÷ q with q = 1 − p, → 1 as q → 0.
fn neg_ln_over_q(p: f64, q: f64) -> f64 {
    if q == 0.0 {
        1.0
    } else if p > 0.5 {
        // ln p = ln(1 − q) keeps its digits for p near 1.
        -(-q).ln_1p() / q
    } else {
        -p.ln() / q
    }
}

/// Where FL's gradient is larger than CE's, and by how much (α off).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GradRatioShape {
    /// The crossover p_t: R > 1 below it, R < 1 above it (R = 1 there).
    pub crossover_pt: f64,
    /// The p_t of the largest ratio.
    pub peak_pt: f64,
    /// The largest ratio, R(peak_pt, γ) > 1.
    pub peak_ratio: f64,
}

/// Crossover and peak of R(·, γ). `None` for γ ≤ 0 or NaN (R ≡ 1 at γ = 0).
///
/// * Crossover: the root of R − 1 on (0, 1), by bisection. R − 1 > 0 just
///   above p_t = 0 (R − 1 ≈ γ p_t (−ln p_t − 1)) and R − 1 = −1 at p_t = 1.
/// * Peak: dR/dp_t = γ (1 − p_t)^(γ−2) g(p_t), with
///   g(p_t) = (1 − γ p_t)(−ln p_t) − 2 (1 − p_t),
///   so the peak is the root of g on (0, crossover), again by bisection:
///   g → +∞ as p_t → 0, and g < 0 at the crossover, where R is falling.
///
/// Bisection runs until the midpoint equals an end (full f64 precision);
/// slower than Newton but it cannot leave its bracket.
pub fn grad_ratio_shape(gamma: f64) -> Option<GradRatioShape> {
    if gamma.is_nan() || gamma <= 0.0 || gamma.is_infinite() {
        return None;
    }
    let crossover_pt = bisect(
        |p| ratio_minus_one(p, gamma),
        f64::MIN_POSITIVE,
        1.0 - f64::EPSILON,
    );
    let g = |p: f64| (1.0 - gamma * p) * -p.ln() - 2.0 * (1.0 - p);
    let peak_pt = bisect(g, f64::MIN_POSITIVE, crossover_pt);
    Some(GradRatioShape {
        crossover_pt,
        peak_pt,
        peak_ratio: grad_ratio(peak_pt, gamma),
    })
}

/// Root of f on [lo, hi] with f(lo) > 0 ≥ f(hi) (the sign pattern of both
/// uses above), halving until the interval cannot shrink. Returns the
/// midpoint of the last interval.
fn bisect(f: impl Fn(f64) -> f64, mut lo: f64, mut hi: f64) -> f64 {
    for _ in 0..2000 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        if f(mid) > 0.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}
