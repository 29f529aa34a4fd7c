//! Focal loss (Lin et al., "Focal Loss for Dense Object Detection",
//! arXiv:1708.02002) and its building blocks.
//!
//! Notation: p = σ(x) is the predicted probability of the positive class,
//! y (or t) ∈ [0, 1] the target (usually 0 or 1),
//! p_t = p y + (1 − p)(1 − y) the probability given to the truth,
//! α_t = α y + (1 − α)(1 − y), and
//!
//! FL(p_t) = −α_t (1 − p_t)^γ ln p_t.
//!
//! γ = 0 and α off gives back BCE; the factor (1 − p_t)^γ shrinks the loss of
//! easy examples (p_t → 1) much more than that of hard ones.
//!
//! Sub-modules: [`params`] (validated α, γ), [`grad`] (gradients w.r.t. the
//! logit, FL*), [`naive`] (the FCOS.Pytorch code, deliberately unstable, and
//! its stable step-by-step twin).

pub mod grad;
pub mod grad_ratio;
pub mod naive;
pub mod params;

pub use self::grad::{fl_star, grad_ce_logit, grad_fl_logit, grad_fl_star_logit};
pub use self::naive::{
    focal_steps, naive_fcos, naive_fcos_f32, FocalSteps, NAIVE_F32_INF_BELOW_T1,
    NAIVE_F32_INF_FROM, NAIVE_F64_INF_BELOW_T1, NAIVE_F64_INF_FROM,
};
pub use self::params::{Alpha, FocalParams};
pub use crate::math::error::MathError;

use super::activations::sigmoid;
use super::cross_entropy::{bce, bce_with_logits, neg_xlny, neg_xlog1my};

/// p_t = p y + (1 − p)(1 − y)
///
/// = p for y = 1 and 1 − p for y = 0: "the probability the model gives to the
/// truth", so one formula covers both classes: CE = −ln p_t.
pub fn p_t(p: f64, y: f64) -> f64 {
    p * y + (1.0 - p) * (1.0 - y)
}

/// α_t = α y + (1 − α)(1 − y)   (`Alpha::Off` → 1)
///
/// α weights positives, 1 − α negatives. *Why α = 0.25 < 0.5 down-weights the
/// rare positives:* γ already removes most of the (easy) negatives' loss, so
/// the best α swings back (paper, Table 1b: γ = 0 wants α = .75, γ = 2 wants
/// α = .25).
pub fn alpha_t(alpha: Alpha, y: f64) -> f64 {
    alpha.weight(y)
}

/// Modulating factor m = (1 − p_t)^γ, with 0^0 := 1 (as `torch.pow`).
///
/// m → 0 as p_t → 1 (easy examples), m ≈ 1 for hard ones. A 1 − p_t that
/// comes out a hair below 0 by rounding is clamped to 0 (no NaN from a
/// fractional power of a negative number); NaN stays NaN.
pub fn modulating_factor(p_t: f64, gamma: f64) -> f64 {
    let d = 1.0 - p_t;
    let d = if d < 0.0 { 0.0 } else { d };
    d.powf(gamma)
}

/// α-balanced CE: CE_α(p, y) = −α y ln p − (1 − α)(1 − y) ln(1 − p)
///
/// = α_t · BCE(p, y) for hard y. `Alpha::Off` weights both terms by 1 (plain
/// BCE). 0 · ln 0 := 0; a zero weight switches its term off even where the
/// log is −∞ (so α = 1, y = 0 gives 0, not NaN).
pub fn alpha_balanced_ce(p: f64, y: f64, alpha: Alpha) -> f64 {
    let (wp, wn) = match alpha {
        Alpha::Off => (1.0, 1.0),
        Alpha::On(a) => (a, 1.0 - a),
    };
    neg_xlny(wp * y, p) + neg_xlog1my(wn * (1.0 - y), p) + 0.0
}

/// Focal loss from a probability: FL(p, y) = α_t (1 − p_t)^γ · BCE(p, y)
///
/// For y ∈ {0, 1} this is the paper's FL(p_t) = −α_t (1 − p_t)^γ ln p_t; for a
/// soft y it is torchvision's generalisation (BCE times the same factors).
/// p = 0 with y = 1 (or p = 1 with y = 0) gives +∞, except that a zero α_t
/// wins (0 · ∞ := 0: that term is switched off).
pub fn focal_from_prob(p: f64, y: f64, params: FocalParams) -> f64 {
    let factor = alpha_t(params.alpha(), y) * modulating_factor(p_t(p, y), params.gamma());
    zero_wins(factor, bce(p, y)) + 0.0
}

/// Focal loss from a logit, exactly torchvision's `sigmoid_focal_loss` order:
///
/// p = σ(x); ce = ℓ(x, y) (BCE with logits); p_t = p y + (1 − p)(1 − y);
/// loss = ce · (1 − p_t)^γ; then, if α is on, loss ·= α y + (1 − α)(1 − y).
///
/// *Why from the logit:* ce never goes through ln σ(x), so it stays finite:
/// x = +100, y = 0 gives 0.75 · 1 · 100 = 75.0 at α = .25, γ = 2 (and
/// x = −100, y = 1 gives 25.0), where the naive FCOS code gives +∞.
/// Finite for every finite x and y ∈ [0, 1].
pub fn focal_from_logit(x: f64, y: f64, params: FocalParams) -> f64 {
    let p = sigmoid(x);
    let ce = bce_with_logits(x, y);
    let pt = p_t(p, y);
    let mut loss = ce * modulating_factor(pt, params.gamma());
    if let Alpha::On(a) = params.alpha() {
        loss *= a * y + (1.0 - a) * (1.0 - y);
    }
    loss + 0.0
}

/// CE / FL for a positive example: 1 / (α_t (1 − p_t)^γ) with α_t = α
/// (`Alpha::Off` → α_t = 1).
///
/// The paper's "100× lower loss at p_t = 0.9, ~1000× at p_t ≈ 0.968" (γ = 2,
/// α off): 1 / 0.1² = 100, 1 / 0.032² = 976.5625. +∞ when the factor is 0
/// (p_t = 1 with γ > 0, or α_t = 0): FL is 0 there while CE is not (or both
/// are 0 at p_t = 1). See [`ce_over_fl_y`] for a negative / soft target.
pub fn ce_over_fl(p_t: f64, params: FocalParams) -> f64 {
    ce_over_fl_y(p_t, 1.0, params)
}

/// CE / FL = 1 / (α_t (1 − p_t)^γ), α_t = α y + (1 − α)(1 − y).
///
/// Same as [`ce_over_fl`] but with α_t taken for the target y. +∞ when the
/// factor is 0.
pub fn ce_over_fl_y(p_t: f64, y: f64, params: FocalParams) -> f64 {
    1.0 / (alpha_t(params.alpha(), y) * modulating_factor(p_t, params.gamma()))
}

/// Fill `out` with n points (p_t, f(p_t)), p_t = i / (n + 1) for i = 1..=n.
///
/// The open interval (0, 1) avoids the endpoints where −ln p_t = +∞.
/// `out` is cleared and reused, so a plot redrawn every frame allocates only
/// when n grows.
pub fn fill_curve(out: &mut Vec<(f64, f64)>, n: usize, f: impl Fn(f64) -> f64) {
    out.clear();
    out.reserve(n);
    let step = 1.0 / (n as f64 + 1.0);
    out.extend((1..=n).map(|i| {
        let x = i as f64 * step;
        (x, f(x))
    }));
}

/// Fill `out` with n points (x, f(x)), x evenly spaced from `lo` to `hi`
/// inclusive (n = 1 → just `lo`). For plots over the logit axis.
pub fn fill_curve_range(
    out: &mut Vec<(f64, f64)>,
    n: usize,
    lo: f64,
    hi: f64,
    f: impl Fn(f64) -> f64,
) {
    out.clear();
    out.reserve(n);
    let step = if n > 1 {
        (hi - lo) / (n as f64 - 1.0)
    } else {
        0.0
    };
    out.extend((0..n).map(|i| {
        let x = if i + 1 == n && n > 1 {
            hi
        } else {
            lo + i as f64 * step
        };
        (x, f(x))
    }));
}

/// w · v with 0 · ∞ := 0: a zero weight switches a term off.
pub(crate) fn zero_wins(w: f64, v: f64) -> f64 {
    if w == 0.0 {
        0.0
    } else {
        w * v
    }
}
