//! Gradients with respect to the logit x (paper, appendix B) and the FL*
//! variant (paper, appendix A).
//!
//! The paper writes the label as y ∈ {−1, +1} and x_t = y x, p_t = σ(x_t).
//! Here the target is y ∈ {0, 1} (as in the code), and its sign
//! y_s = +1 for y = 1, −1 for y = 0 plays the paper's y.

use super::params::FocalParams;
use crate::math::activations::{log_sigmoid, sigmoid, softplus};
use crate::math::cross_entropy::bce_with_logits;

/// y_s = +1 for y = 1, −1 for y = 0, NaN for anything else.
fn y_sign(y: f64) -> f64 {
    if y == 1.0 {
        1.0
    } else if y == 0.0 {
        -1.0
    } else {
        f64::NAN
    }
}

/// ∂CE/∂x = p − y, p = σ(x)   (paper, y ∈ {±1}: ∂CE/∂x = y (p_t − 1))
///
/// *Why so simple:* the sigmoid's derivative p(1 − p) cancels the 1/p of the
/// log. For y = 1 it is evaluated as −σ(−x) and for y = 0 as σ(x), which keeps
/// full relative precision when |x| is large; a soft y uses σ(x) − y.
pub fn grad_ce_logit(x: f64, y: f64) -> f64 {
    if y == 1.0 {
        -sigmoid(-x)
    } else if y == 0.0 {
        sigmoid(x)
    } else {
        sigmoid(x) - y
    }
}

/// ∂FL/∂x = α_t · y_s (1 − p_t)^γ (γ p_t ln p_t + p_t − 1)
///
/// Paper (appendix B, y ∈ {±1}): ∂FL/∂x = y (1 − p_t)^γ (γ p_t log(p_t) + p_t − 1),
/// here times α_t. Evaluated stably from x_t = y_s x: p_t = σ(x_t),
/// 1 − p_t = σ(−x_t), ln p_t = ln σ(x_t). With γ = 0 and α off it equals
/// [`grad_ce_logit`] exactly.
///
/// For a soft target y ∈ (0, 1) (where the paper's form does not apply) this
/// differentiates torchvision's loss α_t · m · ℓ(x, y), m = (1 − p_t)^γ,
/// p_t = p y + (1 − p)(1 − y):
/// ∂/∂x = α_t [ −γ (1 − p_t)^{γ−1} (2y − 1) p (1 − p) · ℓ + m (p − y) ].
/// (For soft y, 1 − p_t ≥ min(y, 1 − y) > 0, so no 0^{negative} appears.)
pub fn grad_fl_logit(x: f64, y: f64, params: FocalParams) -> f64 {
    let gamma = params.gamma();
    let a_t = params.alpha().weight(y);
    if y == 0.0 || y == 1.0 {
        let ys = y_sign(y);
        let xt = ys * x;
        let pt = sigmoid(xt);
        let q = sigmoid(-xt); // 1 − p_t without cancellation
        let ln_pt = log_sigmoid(xt);
        a_t * (ys * q.powf(gamma) * (gamma * pt * ln_pt - q))
    } else {
        let p = sigmoid(x);
        let one_minus_p = sigmoid(-x);
        let pt = p * y + (1.0 - p) * (1.0 - y);
        let q = 1.0 - pt;
        let m = q.powf(gamma);
        let dm = if gamma == 0.0 {
            0.0
        } else {
            -gamma * q.powf(gamma - 1.0) * (2.0 * y - 1.0) * p * one_minus_p
        };
        a_t * (dm * bce_with_logits(x, y) + m * (p - y))
    }
}

/// FL*(x, y) = −ln σ(γ x_t + β) / γ = softplus(−(γ x_t + β)) / γ, x_t = y_s x
///
/// Appendix A's alternative: p_t* = σ(γ x_t + β) sharpens and shifts p_t
/// instead of multiplying by a modulating factor; the paper reports
/// γ = 2, β = 1 (and γ = 4, β = 0) work about as well as FL.
/// Computed via softplus, so finite for every finite input.
/// Requires γ > 0 and y ∈ {0, 1}; otherwise NaN.
pub fn fl_star(x: f64, y: f64, gamma: f64, beta: f64) -> f64 {
    if gamma.is_nan() || gamma <= 0.0 {
        return f64::NAN;
    }
    let xt = y_sign(y) * x;
    softplus(-(gamma * xt + beta)) / gamma + 0.0
}

/// ∂FL*/∂x = y_s (p_t* − 1) = −y_s σ(−(γ x_t + β)),  p_t* = σ(γ x_t + β)
///
/// (Appendix B.) Same shape as the CE gradient, evaluated at the sharpened
/// p_t*. Requires γ > 0 and y ∈ {0, 1}; otherwise NaN.
pub fn grad_fl_star_logit(x: f64, y: f64, gamma: f64, beta: f64) -> f64 {
    if gamma.is_nan() || gamma <= 0.0 {
        return f64::NAN;
    }
    let ys = y_sign(y);
    -ys * sigmoid(-(gamma * ys * x + beta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fl_star_is_ce_at_gamma_one_beta_zero() {
        // γ = 1, β = 0: p_t* = p_t, so FL* = CE and its gradient = CE's.
        for &x in &[-5.0, -0.3, 0.0, 2.0, 30.0] {
            for &y in &[0.0, 1.0] {
                let ce = bce_with_logits(x, y);
                assert!((fl_star(x, y, 1.0, 0.0) - ce).abs() <= 1e-12 * (1.0 + ce));
                let g = grad_ce_logit(x, y);
                assert!((grad_fl_star_logit(x, y, 1.0, 0.0) - g).abs() <= 1e-15);
            }
        }
        assert!(fl_star(1.0, 0.5, 2.0, 1.0).is_nan());
        assert!(fl_star(1.0, 1.0, 0.0, 1.0).is_nan());
    }
}
