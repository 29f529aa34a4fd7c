//! Activations in a numerically stable form.
//!
//! Everything here works on `f64` and stays finite for every finite input
//! (except where a doc comment says otherwise). The trick throughout is to
//! never evaluate `e^x` for a large positive `x`: rewrite with `e^{−|x|}`,
//! which is always in (0, 1].

/// σ(x) = 1 / (1 + e^{−x})
///
/// Evaluated as 1 / (1 + e^{−x}) for x ≥ 0 and e^{x} / (1 + e^{x}) for x < 0,
/// so `exp` never overflows. *Why it still saturates:* in f64 the result
/// rounds to exactly 1.0 once e^{−x} ≤ 2^{−53}, i.e. x ≥ 53 ln 2 ≈ 36.74,
/// and to exactly 0.0 only below x ≈ −745 (where e^{x} underflows).
/// NaN in → NaN out.
pub fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// softplus(x) = ln(1 + e^{x}) = max(x, 0) + ln(1 + e^{−|x|})
///
/// *Why the rewrite:* `(1.0 + x.exp()).ln()` overflows to +∞ for x > 709 and
/// loses every digit for x < −37 (1 + tiny rounds to 1). The right-hand form
/// uses `ln_1p` on a number in (0, 1], so it is accurate for every finite x.
/// softplus(+∞) = +∞, softplus(−∞) = 0.
pub fn softplus(x: f64) -> f64 {
    x.max(0.0) + (-x.abs()).exp().ln_1p()
}

/// ln σ(x) = −softplus(−x) = −ln(1 + e^{−x})
///
/// *Why not `sigmoid(x).ln()`:* σ(x) underflows to 0 near x ≈ −745, giving
/// −∞, whereas the true value is ≈ x. This form is finite for every finite x
/// and ≈ x for very negative x. Always ≤ 0.
pub fn log_sigmoid(x: f64) -> f64 {
    -softplus(-x)
}

/// logit(p) = ln(p / (1 − p)) = ln p − ln(1 − p), the inverse of σ.
///
/// logit(0) = −∞, logit(1) = +∞; p outside [0, 1] gives NaN.
/// Uses `ln_1p(−p)` for ln(1 − p) so p close to 0 keeps its digits.
pub fn logit(p: f64) -> f64 {
    p.ln() - (-p).ln_1p()
}

/// softmax(z)_i = e^{z_i − m} / Σ_j e^{z_j − m}, with m = max_j z_j
///
/// *Why subtract the max:* the largest exponent becomes e^0 = 1, so nothing
/// overflows, and the denominator is ≥ 1, so nothing divides by zero.
/// Mathematically the shift cancels. Finite logits (even ±1e4) give a finite
/// distribution that sums to 1 (up to rounding). Empty input → empty output;
/// a +∞ or NaN logit gives NaN entries.
pub fn softmax(logits: &[f64]) -> Vec<f64> {
    let m = max_of(logits);
    let exps: Vec<f64> = logits.iter().map(|&z| (z - m).exp()).collect();
    let denom: f64 = exps.iter().sum();
    exps.into_iter().map(|e| e / denom).collect()
}

/// log_softmax(z)_i = z_i − m − ln Σ_j e^{z_j − m}, with m = max_j z_j
///
/// *Why not `softmax(z)[i].ln()`:* a probability that underflows to 0 would
/// become −∞; here each entry is a difference of finite numbers, so finite
/// logits (even ±1e4) give finite log-probabilities. Empty input → empty.
pub fn log_softmax(logits: &[f64]) -> Vec<f64> {
    let m = max_of(logits);
    let lse: f64 = logits.iter().map(|&z| (z - m).exp()).sum::<f64>().ln();
    logits.iter().map(|&z| z - m - lse).collect()
}

/// max over a slice (−∞ for an empty slice); NaN entries are skipped.
fn max_of(xs: &[f64]) -> f64 {
    xs.iter().copied().fold(f64::NEG_INFINITY, f64::max)
}
