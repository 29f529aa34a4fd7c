//! The FCOS.Pytorch `focal_loss_from_logits`, literally, and a stable twin
//! that exposes each of its steps.
//!
//! ```text
//! preds = preds.sigmoid()
//! pt = preds*targets + (1.0-preds)*(1.0-targets)
//! w = alpha*targets + (1.0-alpha)*(1.0-targets)
//! loss = -w*torch.pow((1.0-pt), gamma)*pt.log()
//! ```
//!
//! *Why it breaks:* `pt.log()` takes the log of a probability. For t = 0,
//! pt = 1 − σ(x), and once σ(x) rounds to exactly 1.0 that is ln 0 = −∞, so
//! the loss is +∞ (and its gradient NaN), although the true loss is ≈ (1 − α) x.
//! In f64 σ(x) == 1.0 from x = 36.73680056967711 (= 53 ln 2 rounded up); in
//! PyTorch's default float32 from x = 16.635532 (≈ 24 ln 2), i.e. "x ≈ 17".
//! The thresholds are measured with the native `exp`; a platform whose `exp`
//! differs by an ulp could move them by one ulp of x.

use super::params::{Alpha, FocalParams};
use super::{modulating_factor, zero_wins};
use crate::math::activations::{log_sigmoid, sigmoid};

/// First f64 logit at which [`naive_fcos`] with t = 0 returns +∞
/// (σ(x) rounds to 1.0, so ln(1 − σ(x)) = ln 0). All smaller x are finite.
pub const NAIVE_F64_INF_FROM: f64 = 36.736_800_569_677_11;

/// First float32 logit at which [`naive_fcos_f32`] with t = 0 returns +∞
/// (float32 σ(x) rounds to 1.0f from here: 1 + e^{−x} == 1 once e^{−x} ≤ 2^{−24}).
pub const NAIVE_F32_INF_FROM: f64 = 16.635_532_379_150_39;

/// Largest f64 logit at which [`naive_fcos`] with t = 1 returns +∞
/// (e^{x} underflows, σ(x) = 0, ln 0 = −∞). Larger x are finite.
pub const NAIVE_F64_INF_BELOW_T1: f64 = -745.133_219_101_941_2;

/// Largest float32 logit at which [`naive_fcos_f32`] with t = 1 returns +∞
/// (e^{−x} overflows to +∞ in float32, so σ(x) = 1 / ∞ = 0).
pub const NAIVE_F32_INF_BELOW_T1: f64 = -88.722_839_355_468_75;

/// The FCOS.Pytorch code, evaluated naively in f64 (on purpose):
///
/// p = σ(x); p_t = p t + (1 − p)(1 − t); w = α t + (1 − α)(1 − t);
/// loss = −w (1 − p_t)^γ ln p_t
///
/// `Alpha::Off` uses w = 1 (the FCOS code has no "off"). Breakdown, t = 0:
/// finite but increasingly quantised for large x, exactly +∞ for
/// x ≥ [`NAIVE_F64_INF_FROM`] ≈ 36.74; t = 1: +∞ for x ≤
/// [`NAIVE_F64_INF_BELOW_T1`] ≈ −745.13. Where w = 0 (α = 1 with t = 0, or
/// α = 0 with t = 1) the same points give 0 · ∞ = NaN instead of +∞.
pub fn naive_fcos(x: f64, t: f64, params: FocalParams) -> f64 {
    let p = sigmoid(x);
    let pt = p * t + (1.0 - p) * (1.0 - t);
    let w = fcos_w(params.alpha(), t);
    -w * (1.0 - pt).powf(params.gamma()) * pt.ln() + 0.0
}

/// The FCOS.Pytorch code in float32, like PyTorch's default dtype, returned
/// as f64:
///
/// p = 1 / (1 + e^{−x}) (float32); p_t, w, loss as in [`naive_fcos`], all float32.
///
/// This is the version that breaks "at x ≈ 17": with t = 0 it is +∞ for
/// x ≥ [`NAIVE_F32_INF_FROM`] = 16.635532…; with t = 1 it is +∞ for
/// x ≤ [`NAIVE_F32_INF_BELOW_T1`] ≈ −88.72. NaN where w = 0, as above.
pub fn naive_fcos_f32(x: f64, t: f64, params: FocalParams) -> f64 {
    let x = x as f32;
    let t = t as f32;
    let gamma = params.gamma() as f32;
    let w = fcos_w(params.alpha(), t as f64) as f32;
    let p = 1.0f32 / (1.0f32 + (-x).exp());
    let pt = p * t + (1.0f32 - p) * (1.0f32 - t);
    let loss = -w * (1.0f32 - pt).powf(gamma) * pt.ln();
    loss as f64 + 0.0
}

/// w = α t + (1 − α)(1 − t), with `Off` → 1.
fn fcos_w(alpha: Alpha, t: f64) -> f64 {
    alpha.weight(t)
}

/// Every intermediate of the FCOS code, for the step-by-step panel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FocalSteps {
    /// p = σ(x)
    pub p: f64,
    /// p_t = p t + (1 − p)(1 − t)
    pub pt: f64,
    /// w = α t + (1 − α)(1 − t)   (α off → 1)
    pub w: f64,
    /// (1 − p_t)^γ
    pub modulator: f64,
    /// w · (1 − p_t)^γ
    pub w_mod: f64,
    /// ln p_t, computed stably from the logit (see [`focal_steps`])
    pub ln_pt: f64,
    /// −w (1 − p_t)^γ ln p_t
    pub loss: f64,
}

/// The FCOS code step by step, but with ln p_t taken from the logit:
///
/// ln p_t = ln σ(x) = −ℓ(x, 1) for t = 1, ln σ(−x) = −ℓ(x, 0) for t = 0
/// (ℓ = BCE with logits), and in general
/// ln p_t = ln(t σ(x) + (1 − t) σ(−x)) = logaddexp(ln t + ln σ(x), ln(1 − t) + ln σ(−x)).
/// loss = −w (1 − p_t)^γ ln p_t is then finite for every finite x
/// (x = 100, t = 0, α = .25, γ = 2 → 75).
///
/// For hard t the loss equals [`super::focal_from_logit`] up to rounding.
/// For a soft t it does not: the FCOS form uses −ln p_t (the log of a mixed
/// probability), torchvision uses BCE(x, t); they coincide only for t ∈ {0, 1}.
pub fn focal_steps(x: f64, t: f64, params: FocalParams) -> FocalSteps {
    let p = sigmoid(x);
    let pt = p * t + (1.0 - p) * (1.0 - t);
    let w = fcos_w(params.alpha(), t);
    let modulator = modulating_factor(pt, params.gamma());
    let w_mod = w * modulator;
    let ln_pt = stable_ln_pt(x, t);
    let loss = zero_wins(w_mod, -ln_pt) + 0.0;
    FocalSteps {
        p,
        pt,
        w,
        modulator,
        w_mod,
        ln_pt,
        loss,
    }
}

/// ln(t σ(x) + (1 − t) σ(−x)) without forming σ.
fn stable_ln_pt(x: f64, t: f64) -> f64 {
    if t == 1.0 {
        log_sigmoid(x)
    } else if t == 0.0 {
        log_sigmoid(-x)
    } else {
        let a = t.ln() + log_sigmoid(x);
        let b = (1.0 - t).ln() + log_sigmoid(-x);
        let m = a.max(b);
        m + (-(a - b).abs()).exp().ln_1p()
    }
}
