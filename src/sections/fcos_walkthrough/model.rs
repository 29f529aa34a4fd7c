//! The numbers of the FCOS walk-through: every step of `focal_loss_from_logits` for one logit
//! x and target t (from `math::focal::focal_steps`), the stable torchvision value, and what the
//! code as written gives in PyTorch's float32 and in float64.

use crate::math::activations::sigmoid;
use crate::math::cross_entropy::bce_with_logits;
use crate::math::focal::{
    focal_from_logit, focal_steps, naive_fcos, naive_fcos_f32, Alpha, FocalParams, FocalSteps,
};

/// One evaluation of the walk-through.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Walk {
    /// The FCOS steps, with ln p_t taken stably from the logit.
    pub steps: FocalSteps,
    /// ℓ(x, t) = max(x, 0) − x t + ln(1 + e^{−|x|}), BCE with logits.
    pub bce_logits: f64,
    /// torchvision's `sigmoid_focal_loss` value (stable).
    pub stable: f64,
    /// The code as written, float32 (PyTorch's default dtype).
    pub naive32: f64,
    /// The code as written, float64.
    pub naive64: f64,
    /// float32 σ(x) = 1 / (1 + e^{−x}), as the code's first line computes it.
    pub p32: f64,
    /// float32 p_t = p t + (1 − p)(1 − t).
    pub pt32: f64,
    /// float32 ln p_t (−∞ once p_t rounds to 0).
    pub ln_pt32: f64,
}

/// The validated α, γ; an invalid pair (the state table never lets one through) falls back to
/// plain CE rather than panicking.
pub fn params(alpha: Alpha, gamma: f64) -> FocalParams {
    FocalParams::or_plain_ce(alpha, gamma)
}

/// The first two lines of the code in float32: p = 1 / (1 + e^{−x}) and p_t.
pub fn probs_f32(x: f64, t: f64) -> (f32, f32) {
    let (x, t) = (x as f32, t as f32);
    let p = 1.0f32 / (1.0f32 + (-x).exp());
    (p, p * t + (1.0f32 - p) * (1.0f32 - t))
}

pub fn walk(x: f64, t: u8, alpha: Alpha, gamma: f64) -> Walk {
    let prm = params(alpha, gamma);
    let t = f64::from(t.min(1));
    let (p32, pt32) = probs_f32(x, t);
    Walk {
        steps: focal_steps(x, t, prm),
        bce_logits: bce_with_logits(x, t),
        stable: focal_from_logit(x, t, prm),
        naive32: naive_fcos_f32(x, t, prm),
        naive64: naive_fcos(x, t, prm),
        p32: f64::from(p32),
        pt32: f64::from(pt32),
        ln_pt32: f64::from(pt32.ln()),
    }
}

/// Logits of the "where it breaks" table (t = 0): ordinary, then around the float32 and the
/// float64 thresholds.
pub const BREAK_XS: [f64; 9] = [2.0, 10.0, 16.0, 16.6, 17.0, 30.0, 36.7, 37.0, 100.0];

/// One row of the table: x, the stable value, the code as written in float64 and float32.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakRow {
    pub x: f64,
    pub stable: f64,
    pub naive64: f64,
    pub naive32: f64,
}

pub fn break_rows(alpha: Alpha, gamma: f64) -> Vec<BreakRow> {
    let prm = params(alpha, gamma);
    BREAK_XS
        .iter()
        .map(|&x| BreakRow {
            x,
            stable: focal_from_logit(x, 0.0, prm),
            naive64: naive_fcos(x, 0.0, prm),
            naive32: naive_fcos_f32(x, 0.0, prm),
        })
        .collect()
}

/// σ(x) in f64, for the formula of the first line (same as `steps.p`).
pub fn p64(x: f64) -> f64 {
    sigmoid(x)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::focal::{NAIVE_F32_INF_FROM, NAIVE_F64_INF_FROM};

    const TV: Alpha = Alpha::On(0.25);

    #[test]
    fn default_inputs() {
        let w = walk(0.8, 1, TV, 2.0);
        let p = 1.0 / (1.0 + (-0.8f64).exp());
        assert!((w.steps.p - p).abs() < 1e-15);
        assert_eq!(w.steps.pt, w.steps.p);
        assert_eq!(w.steps.w, 0.25);
        assert!((w.steps.loss - 0.25 * (1.0 - p).powi(2) * -p.ln()).abs() < 1e-15);
        assert!((w.stable - w.steps.loss).abs() < 1e-15);
        assert!((w.naive32 - w.stable).abs() < 1e-6);
    }

    #[test]
    fn x17_t0_float32_is_infinite_stable_is_not() {
        let w = walk(17.0, 0, TV, 2.0);
        assert_eq!(w.p32, 1.0, "float32 σ(17) rounds to 1");
        assert_eq!(w.pt32, 0.0);
        assert_eq!(w.ln_pt32, f64::NEG_INFINITY);
        assert_eq!(w.naive32, f64::INFINITY);
        assert!(w.naive64.is_finite(), "float64 still holds at 17");
        assert!(w.stable.is_finite() && (w.stable - 0.75 * 17.0).abs() < 1e-5);
        assert!((w.steps.loss - w.stable).abs() < 1e-12);
    }

    #[test]
    fn float32_breaks_exactly_when_p_rounds_to_one() {
        for i in 0..=400 {
            let x = 10.0 + i as f64 * 0.05;
            let (p, _) = probs_f32(x, 0.0);
            let inf = naive_fcos_f32(x, 0.0, params(TV, 2.0)).is_infinite();
            assert_eq!(inf, p == 1.0, "x = {x}");
        }
    }

    #[test]
    fn break_table_brackets_both_thresholds() {
        let rows = break_rows(TV, 2.0);
        for r in &rows {
            assert!(r.stable.is_finite());
            assert_eq!(
                r.naive32.is_infinite(),
                r.x >= NAIVE_F32_INF_FROM,
                "x = {}",
                r.x
            );
            assert_eq!(
                r.naive64.is_infinite(),
                r.x >= NAIVE_F64_INF_FROM,
                "x = {}",
                r.x
            );
        }
        assert!(
            rows.iter().any(|r| r.naive32.is_finite())
                && rows.iter().any(|r| r.naive64.is_infinite())
        );
    }

    #[test]
    fn negative_logit_with_positive_target() {
        let w = walk(-100.0, 1, TV, 2.0);
        assert!((w.stable - 25.0).abs() < 1e-9);
        assert_eq!(w.naive32, f64::INFINITY);
        assert!(w.naive64.is_finite());
    }
}
