//! The four cross-entropy forms of the post, plus the stable logit versions.
//!
//! Conventions used by every function here:
//! * 0 · ln 0 := 0 (a class with zero target mass contributes nothing);
//! * a zero predicted probability where the target has mass gives +∞
//!   (`f64::INFINITY`), never NaN;
//! * slices are paired like `Iterator::zip`: if two slices differ in length
//!   the extra tail of the longer one is ignored;
//! * results are returned as +0.0, never −0.0 (so the UI never prints "-0").

use super::activations::log_softmax;

/// −a ln b with the convention 0 · ln 0 := 0 (and 0 · ln anything := 0).
///
/// b = 0 with a > 0 gives +∞. Used by every CE form below.
pub(crate) fn neg_xlny(a: f64, b: f64) -> f64 {
    if a == 0.0 {
        0.0
    } else {
        0.0 - a * b.ln()
    }
}

/// −a ln(1 − b), with ln(1 − b) computed as `ln_1p(−b)` (accurate for small b)
/// and 0 · ln 0 := 0.
pub(crate) fn neg_xlog1my(a: f64, b: f64) -> f64 {
    if a == 0.0 {
        0.0
    } else {
        0.0 - a * (-b).ln_1p()
    }
}

/// Form (1): H(p, q) = −Σ_i p_i ln q_i
///
/// `target` is the ground-truth distribution p, `q` the prediction.
/// *Why it is "the" cross-entropy:* every other form below is this sum for a
/// special p (one-hot, or a two-class {y, 1 − y} distribution per class).
/// 0 · ln 0 := 0; q_i = 0 with p_i > 0 gives +∞.
pub fn ce_soft(target: &[f64], q: &[f64]) -> f64 {
    target
        .iter()
        .zip(q)
        .map(|(&p, &qi)| neg_xlny(p, qi))
        .sum::<f64>()
        + 0.0
}

/// Form (2): CE = −ln q_gt
///
/// Form (1) with a one-hot target: only the ground-truth term survives.
/// The post's example: q = [0.2, 0.7, 0.1], gt = dog → −ln 0.7 ≈ 0.356675
/// (the post prints 0.36). q_gt = 0 gives +∞; `gt` out of range gives NaN.
pub fn ce_one_hot(q: &[f64], gt: usize) -> f64 {
    match q.get(gt) {
        Some(&qg) => neg_xlny(1.0, qg),
        None => f64::NAN,
    }
}

/// Form (3): BCE_i = −y_i ln p_i − (1 − y_i) ln(1 − p_i);  loss = Σ_i BCE_i
///
/// *Why per class:* after a sigmoid (not a softmax) the class probabilities
/// need not sum to 1, so each class is its own two-class problem
/// {p_i, 1 − p_i} against {y_i, 1 − y_i}. Returns the per-class terms and
/// their sum. The post's example: y = [0, 1, 0], p = [0.2, 0.8, 0.4] →
/// [0.223144, 0.223144, 0.510826], Σ = 0.957113.
pub fn bce_multi(y: &[f64], p: &[f64]) -> (Vec<f64>, f64) {
    let per: Vec<f64> = y.iter().zip(p).map(|(&yi, &pi)| bce(pi, yi)).collect();
    let total = per.iter().sum::<f64>() + 0.0;
    (per, total)
}

/// Form (4): BCE(p, y) = −y ln p − (1 − y) ln(1 − p)
///
/// = −ln p if y = 1, −ln(1 − p) if y = 0 (the post's piecewise form (4));
/// the general line also accepts a soft target y ∈ [0, 1].
/// Edge cases: 0 · ln 0 := 0, so BCE(1, 1) = BCE(0, 0) = 0;
/// p = 0 with y > 0 (or p = 1 with y < 1) gives +∞ (`f64::INFINITY`),
/// never NaN. p outside [0, 1] gives NaN.
pub fn bce(p: f64, y: f64) -> f64 {
    neg_xlny(y, p) + neg_xlog1my(1.0 - y, p) + 0.0
}

/// BCE from a logit: ℓ(x, y) = max(x, 0) − x y + ln(1 + e^{−|x|})
///
/// Equal to BCE(σ(x), y) = −y ln σ(x) − (1 − y) ln(1 − σ(x)), but never forms
/// σ(x), so it is finite and accurate for every finite x: e.g. x = 100,
/// y = 0 gives 100 where BCE(σ(100), 0) = −ln(1 − 1.0) = +∞.
/// This is what `F.binary_cross_entropy_with_logits` computes. Always ≥ 0
/// for y ∈ [0, 1].
pub fn bce_with_logits(x: f64, y: f64) -> f64 {
    x.max(0.0) - x * y + (-x.abs()).exp().ln_1p() + 0.0
}

/// Softmax CE from logits: H(t, softmax(z)) = −Σ_i t_i log_softmax(z)_i
///
/// *Why via log_softmax:* ln(softmax(z)_i) would hit ln 0 = −∞ once a
/// probability underflows; log_softmax stays finite for finite logits.
/// Terms with t_i = 0 are skipped (0 · ln 0 := 0).
pub fn ce_from_logits(logits: &[f64], target_dist: &[f64]) -> f64 {
    let ls = log_softmax(logits);
    ls.iter()
        .zip(target_dist)
        .map(|(&l, &t)| if t == 0.0 { 0.0 } else { -t * l })
        .sum::<f64>()
        + 0.0
}

/// Label smoothing: y'_i = (1 − ε) y_i + ε / K, K = number of classes
///
/// *Why the post mentions it:* after smoothing the "other" classes get
/// ε / K > 0, so form (2) no longer equals form (1) and the general sum is
/// needed. ε = 0 returns the input unchanged; the output sums to 1 if the
/// input does.
pub fn label_smooth(one_hot: &[f64], eps: f64) -> Vec<f64> {
    let k = one_hot.len() as f64;
    one_hot.iter().map(|&y| (1.0 - eps) * y + eps / k).collect()
}
