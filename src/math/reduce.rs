//! Reductions: how per-element losses become the one number that is trained.
//!
//! Detectors sum the focal loss over *all* anchors/points and classes, then
//! divide by the number of positives (not by the number of elements): the
//! ~10⁴–10⁵ easy negatives contribute little after (1 − p_t)^γ, and dividing by
//! their count would make the classification loss vanish next to the box
//! losses. Two conventions exist for a batch:
//!
//! * FCOS.Pytorch (`compute_cls_loss`): per image, Σ loss_i / max(num_pos_i, 1),
//!   then the mean over the batch → [`per_image_then_mean`];
//! * mmdetection (`FCOSHead.loss`, RetinaNet): Σ over the whole batch divided by
//!   max(Σ num_pos, 1) → [`across_batch`].
//!
//! They agree when every image has the same number of positives.

/// Σ_i x_i (empty → 0).
pub fn sum(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() + 0.0
}

/// (1/n) Σ_i x_i; the mean of an empty slice is defined as 0 (not NaN), so an
/// empty batch shows as 0 in the UI.
pub fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        0.0
    } else {
        sum(xs) / xs.len() as f64
    }
}

/// max(count, 1) as f64 — `num_pos.clamp_(min=1)`.
///
/// *Why clamp:* an image with no positives would otherwise divide by 0; with
/// the clamp its (all-negative) loss is simply summed.
pub fn num_pos_clamped(count: usize) -> f64 {
    count.max(1) as f64
}

/// total / max(num_pos, 1)
///
/// The post's table: total 4.07378 over 2 positive rows → 2.03689.
pub fn per_pos(total: f64, num_pos_count: usize) -> f64 {
    total / num_pos_clamped(num_pos_count)
}

/// FCOS.Pytorch: (1/B) Σ_b total_b / max(num_pos_b, 1) over images b
/// (`(total, num_pos)` pairs). Empty batch → 0.
pub fn per_image_then_mean(images: &[(f64, usize)]) -> f64 {
    if images.is_empty() {
        return 0.0;
    }
    let s: f64 = images.iter().map(|&(t, n)| per_pos(t, n)).sum();
    s / images.len() as f64 + 0.0
}

/// mmdetection: Σ_b total_b / max(Σ_b num_pos_b, 1). Empty batch → 0.
///
/// *Difference:* an image with few positives weighs as much per positive as
/// any other here, whereas [`per_image_then_mean`] gives every image equal
/// weight (so its positives count more).
pub fn across_batch(images: &[(f64, usize)]) -> f64 {
    let total: f64 = images.iter().map(|&(t, _)| t).sum();
    let n: usize = images.iter().map(|&(_, n)| n).sum();
    per_pos(total, n) + 0.0
}
