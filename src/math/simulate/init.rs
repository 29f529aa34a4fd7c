//! The loss at the first iteration, with and without the paper's prior initialisation.
//!
//! RetinaNet initialises the bias of the last classification layer to b = −ln((1 − π)/π)
//! with π = 0.01 (paper §4.1), and its weights near 0, so at the start every anchor has the
//! same logit b and p = σ(b) = π. With the default b = 0 every anchor has p = ½ and CE = ln 2,
//! so the ~N negatives contribute ≈ N ln 2 and the loss per positive is ≈ (N / n₊) ln 2: for
//! 10⁵ anchors and 100 positives, 693. "This fails quickly, with the network diverging during
//! training" (§5.1); with π = 0.01 the same anchors start at ≈ 15 and training works.

use crate::math::cross_entropy::bce_with_logits;
use crate::math::focal::{focal_from_logit, grad_ce_logit, grad_fl_logit, FocalParams};
use crate::math::reduce;

/// The paper's prior π for the rare foreground class (§3.3, §4.1).
pub const PRIOR_PI: f64 = 0.01;

/// b = −ln((1 − π) / π), the bias with σ(b) = π (π = 0.01 → −4.595). π ∈ (0, 1).
pub fn prior_bias(pi: f64) -> f64 {
    -((1.0 - pi) / pi).ln()
}

/// One loss at the first iteration, split between negatives and positives.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct InitSplit {
    /// n₋ · ℓ(b, y = 0).
    pub neg: f64,
    /// n₊ · ℓ(b, y = 1).
    pub pos: f64,
    pub total: f64,
    /// total / max(n₊, 1).
    pub per_pos: f64,
    /// neg / total (0 when the total is 0).
    pub neg_share: f64,
    /// ∂(total / max(n₊, 1)) / ∂b = (n₋ ∂ℓ(b, 0)/∂b + n₊ ∂ℓ(b, 1)/∂b) / max(n₊, 1): the push
    /// on the shared bias in the first step.
    pub grad_per_pos: f64,
}

/// The first-iteration loss with bias `bias` for every anchor.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct InitLoss {
    pub bias: f64,
    /// p = σ(b), the same for every anchor.
    pub p: f64,
    /// Plain CE.
    pub ce: InitSplit,
    /// FL at `params`.
    pub fl: InitSplit,
}

fn split(n_neg: usize, n_pos: usize, neg1: f64, pos1: f64, g_neg: f64, g_pos: f64) -> InitSplit {
    let (nn, np) = (n_neg as f64, n_pos as f64);
    let (neg, pos) = (nn * neg1, np * pos1);
    let total = neg + pos;
    InitSplit {
        neg,
        pos,
        total,
        per_pos: reduce::per_pos(total, n_pos),
        neg_share: if total > 0.0 { neg / total } else { 0.0 },
        grad_per_pos: reduce::per_pos(nn * g_neg + np * g_pos, n_pos),
    }
}

/// The loss of the whole population (counts per kind, as `Population::counts`) when every
/// anchor has logit `bias`: CE and FL, split negatives / positives. Easy and hard anchors
/// are alike at this point: the split by kind is the split by count.
pub fn init_loss(counts: [usize; 4], bias: f64, params: FocalParams) -> InitLoss {
    let (n_neg, n_pos) = (counts[0] + counts[1], counts[2] + counts[3]);
    let ce = split(
        n_neg,
        n_pos,
        bce_with_logits(bias, 0.0),
        bce_with_logits(bias, 1.0),
        grad_ce_logit(bias, 0.0),
        grad_ce_logit(bias, 1.0),
    );
    let fl = split(
        n_neg,
        n_pos,
        focal_from_logit(bias, 0.0, params),
        focal_from_logit(bias, 1.0, params),
        grad_fl_logit(bias, 0.0, params),
        grad_fl_logit(bias, 1.0, params),
    );
    InitLoss {
        bias,
        p: crate::math::activations::sigmoid(bias),
        ce,
        fl,
    }
}
