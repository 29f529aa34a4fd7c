//! Gaussian-softened targets and the CornerNet / CenterNet penalty-reduced
//! focal loss (the post's "特殊情况": gt that is not just 0 or 1).

use super::activations::{log_sigmoid, sigmoid};
use super::reduce::num_pos_clamped;

/// g_i = exp(−(i − c)² / (2σ²)), i = 0..n
///
/// The peak is exactly 1.0 at the integer centre c (e^0 = 1), which is what
/// makes it a *positive* for [`centernet_focal`]; neighbours get 0 < g < 1.
/// σ ≤ 0 or NaN gives a one-hot vector at c; c ≥ n gives no peak inside.
pub fn gaussian_1d(n: usize, center: usize, sigma: f64) -> Vec<f64> {
    (0..n)
        .map(|i| {
            if i == center {
                1.0
            } else if sigma > 0.0 {
                let d = i as f64 - center as f64;
                (-(d * d) / (2.0 * sigma * sigma)).exp()
            } else {
                0.0
            }
        })
        .collect()
}

/// Result of [`centernet_focal`]: per-position terms and their reduction.
#[derive(Debug, Clone, PartialEq)]
pub struct CenterNetLoss {
    /// Loss term at each position (≥ 0).
    pub per_position: Vec<f64>,
    /// Σ of the terms at positives (gt == 1).
    pub pos_loss: f64,
    /// Σ of the terms at negatives (gt < 1).
    pub neg_loss: f64,
    /// Number of positions with gt == 1.
    pub num_pos: usize,
    /// (pos_loss + neg_loss) / max(num_pos, 1)
    pub total: f64,
}

/// CornerNet / CenterNet penalty-reduced focal loss from probabilities:
///
/// L_i = −(1 − p_i)^a ln p_i                      if gt_i = 1,
/// L_i = −(1 − gt_i)^β p_i^a ln(1 − p_i)          if gt_i < 1,
/// total = Σ_i L_i / max(#{gt_i = 1}, 1)          (a = 2, β = 4 in the papers).
///
/// *Why (1 − gt)^β:* a position next to the true centre (gt close to 1) is
/// almost right, so predicting a high p there is penalised only a little.
/// No α. gt > 1 or NaN is ignored (term 0), as in the reference code
/// (`gt.eq(1)`, `gt.lt(1)`). A perfect prediction (p = 1 at gt = 1, p = 0
/// elsewhere) gives exactly 0; p = 0 at a positive (or p = 1 at a negative)
/// gives +∞. Slices are paired like `zip`.
pub fn centernet_focal(pred_prob: &[f64], gt: &[f64], alpha_pow: f64, beta: f64) -> CenterNetLoss {
    let terms = pred_prob.iter().zip(gt).map(|(&p, &g)| {
        if g == 1.0 {
            (true, zero_safe(clamped_pow(1.0 - p, alpha_pow), -p.ln()))
        } else if g < 1.0 {
            let w = (1.0 - g).powf(beta) * p.powf(alpha_pow);
            (false, zero_safe(w, -(-p).ln_1p()))
        } else {
            (false, 0.0)
        }
    });
    collect(terms)
}

/// [`centernet_focal`] from logits x_i (p_i = σ(x_i)), stable:
///
/// L_i = −σ(−x)^a ln σ(x)                     if gt_i = 1,
/// L_i = −(1 − gt_i)^β σ(x)^a ln σ(−x)        if gt_i < 1,
///
/// using 1 − σ(x) = σ(−x) and ln σ from [`log_sigmoid`], so every finite logit
/// gives a finite loss (the CenterNet code instead clamps p to [1e−4, 1 − 1e−4]).
pub fn centernet_focal_logits(
    logits: &[f64],
    gt: &[f64],
    alpha_pow: f64,
    beta: f64,
) -> CenterNetLoss {
    let terms = logits.iter().zip(gt).map(|(&x, &g)| {
        if g == 1.0 {
            let w = sigmoid(-x).powf(alpha_pow);
            (true, zero_safe(w, -log_sigmoid(x)))
        } else if g < 1.0 {
            let w = (1.0 - g).powf(beta) * sigmoid(x).powf(alpha_pow);
            (false, zero_safe(w, -log_sigmoid(-x)))
        } else {
            (false, 0.0)
        }
    });
    collect(terms)
}

/// Clamp a rounding-negative base to 0 before the power (NaN stays NaN).
fn clamped_pow(base: f64, e: f64) -> f64 {
    let b = if base < 0.0 { 0.0 } else { base };
    b.powf(e)
}

/// w · v with 0 · ∞ := 0, and +0.0 instead of −0.0.
fn zero_safe(w: f64, v: f64) -> f64 {
    if w == 0.0 {
        0.0
    } else {
        w * v + 0.0
    }
}

fn collect(terms: impl Iterator<Item = (bool, f64)>) -> CenterNetLoss {
    let mut per_position = Vec::new();
    let (mut pos_loss, mut neg_loss, mut num_pos) = (0.0, 0.0, 0usize);
    for (is_pos, v) in terms {
        per_position.push(v);
        if is_pos {
            pos_loss += v;
            num_pos += 1;
        } else {
            neg_loss += v;
        }
    }
    let total = (pos_loss + neg_loss) / num_pos_clamped(num_pos);
    CenterNetLoss {
        per_position,
        pos_loss,
        neg_loss,
        num_pos,
        total,
    }
}
