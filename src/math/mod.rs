//! Pure loss math for Focal Loss Lab: no UI, no web APIs, `f64` throughout.
//!
//! * [`activations`] — σ, ln σ, softplus, softmax, log-softmax (stable).
//! * [`cross_entropy`] — the post's four CE forms, BCE from logits, label smoothing.
//! * [`focal`] — α, γ, p_t, focal loss (stable and naive FCOS forms),
//!   gradients, FL*, CE/FL ratio, curve helpers.
//! * [`reduce`] — sums, means, the num_pos normalisation conventions.
//! * [`rng`] — SplitMix64, the seeded generator of the simulator and the segmentation scene.
//! * [`soft_targets`] — Gaussian targets and the CenterNet focal loss.
//! * [`table`] — the post's multi-class table.
//! * [`error`] — [`MathError`].

pub mod activations;
pub mod cross_entropy;
pub mod error;
pub mod focal;
pub mod reduce;
pub mod rng;
pub mod segmentation;
pub mod simulate;
pub mod soft_targets;
pub mod table;
pub mod train;

pub use activations::{log_sigmoid, log_softmax, logit, sigmoid, softmax, softplus};
pub use cross_entropy::{
    bce, bce_multi, bce_with_logits, ce_from_logits, ce_one_hot, ce_soft, label_smooth,
};
pub use error::MathError;
pub use focal::{
    alpha_balanced_ce, alpha_t, ce_over_fl, ce_over_fl_y, fill_curve, fill_curve_range, fl_star,
    focal_from_logit, focal_from_prob, focal_steps, grad_ce_logit, grad_fl_logit,
    grad_fl_star_logit, modulating_factor, naive_fcos, naive_fcos_f32, p_t, Alpha, FocalParams,
    FocalSteps,
};
pub use reduce::{across_batch, mean, num_pos_clamped, per_image_then_mean, per_pos, sum};
pub use soft_targets::{centernet_focal, centernet_focal_logits, gaussian_1d, CenterNetLoss};
pub use table::{focal_row, focal_table, TableResult};
