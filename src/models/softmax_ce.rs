//! The numbers of the softmax lesson (2): one-hot target "dog", optional label smoothing, and
//! the cross-entropy in form (1) and form (2), which lesson 1 shows too. Every loss value comes
//! from `math`.

use crate::data::post::SOFTMAX_GT;
use crate::math::cross_entropy::{ce_one_hot, ce_soft, label_smooth};

/// Number of classes (cat, dog, horse).
pub const K: usize = 3;

/// The i18n keys of the class names, in the post's order.
pub const CLASS_KEYS: [&str; K] = ["softmax_ce.cat", "softmax_ce.dog", "softmax_ce.horse"];

/// Everything the lesson shows for one prediction q and smoothing ε.
#[derive(Clone, Debug, PartialEq)]
pub struct SoftmaxView {
    /// The one-hot ground truth (dog).
    pub one_hot: Vec<f64>,
    /// The target after label smoothing: (1 − ε) p_i + ε / K.
    pub target: Vec<f64>,
    /// Each class's term −p'_i ln q_i of form (1).
    pub terms: Vec<f64>,
    /// Form (1): −Σ p'_i ln q_i.
    pub form1: f64,
    /// Form (2): −ln q_dog.
    pub form2: f64,
    /// Σ q_i (a softmax output sums to 1).
    pub sum_q: f64,
    /// −log₁₀ q_dog = form (2) / ln 10: what a base-10 log would give.
    pub log10: f64,
}

impl SoftmaxView {
    /// Form (1) − form (2): zero exactly when the target is one-hot. `None` when either form
    /// is +∞ (q_dog = 0, or q_i = 0 where p'_i > 0): ∞ − ∞ is not a number, so none is shown.
    pub fn gap(&self) -> Option<f64> {
        (self.form1.is_finite() && self.form2.is_finite()).then_some(self.form1 - self.form2)
    }
}

/// The one-hot vector of class `gt` among `K` classes.
pub fn one_hot(gt: usize) -> Vec<f64> {
    (0..K).map(|i| if i == gt { 1.0 } else { 0.0 }).collect()
}

pub fn evaluate(q: &[f64], eps: f64) -> SoftmaxView {
    let one_hot = one_hot(SOFTMAX_GT);
    let target = label_smooth(&one_hot, eps);
    let terms = target
        .iter()
        .zip(q)
        .map(|(&t, &qi)| ce_soft(&[t], &[qi]))
        .collect();
    let form2 = ce_one_hot(q, SOFTMAX_GT);
    SoftmaxView {
        form1: ce_soft(&target, q),
        form2,
        sum_q: q.iter().sum(),
        log10: form2 / std::f64::consts::LN_10,
        one_hot,
        target,
        terms,
    }
}

/// Whether Σ q is 1 up to rounding (so "0.2 + 0.7 + 0.1" counts as 1).
pub fn sums_to_one(sum: f64) -> bool {
    (sum - 1.0).abs() <= 1e-9
}

/// q divided by its sum; `None` when the sum is 0 (nothing to normalise).
pub fn normalised(q: &[f64]) -> Option<Vec<f64>> {
    let s: f64 = q.iter().sum();
    (s > 0.0 && s.is_finite()).then(|| q.iter().map(|v| (v / s).clamp(0.0, 1.0)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::post::{PRINTED_NEG_LN_0_7, SOFTMAX_PRED};

    #[test]
    fn post_example_is_minus_ln_0_7() {
        let v = evaluate(&SOFTMAX_PRED, 0.0);
        assert_eq!(v.form2, -(0.7f64.ln()));
        assert!((v.form2 - 0.356_675).abs() < 1e-6);
        assert_eq!(v.form1, v.form2, "one-hot: (1) = (2) exactly");
        assert_eq!(v.gap(), Some(0.0));
        assert_eq!(v.terms, vec![0.0, v.form2, 0.0]);
        assert!(sums_to_one(v.sum_q));
        // The post's 0.36 is ours rounded to two decimals; log10 would give 0.1549.
        assert_eq!((v.form2 * 100.0).round() / 100.0, PRINTED_NEG_LN_0_7);
        assert!((v.log10 - 0.154_902).abs() < 1e-6);
    }

    #[test]
    fn no_gap_between_two_infinities() {
        let v = evaluate(&[0.5, 0.0, 0.5], 0.2);
        assert_eq!((v.form1, v.form2), (f64::INFINITY, f64::INFINITY));
        assert_eq!(v.gap(), None);
    }

    #[test]
    fn smoothing_needs_form_1() {
        let v = evaluate(&SOFTMAX_PRED, 0.3);
        assert!((v.target[0] - 0.1).abs() < 1e-12 && (v.target[1] - 0.8).abs() < 1e-12);
        let expect = -(0.1 * 0.2f64.ln() + 0.8 * 0.7f64.ln() + 0.1 * 0.1f64.ln());
        assert!((v.form1 - expect).abs() < 1e-12);
        assert!((v.terms.iter().sum::<f64>() - v.form1).abs() < 1e-12);
        assert!(v.gap().is_some_and(|g| g > 0.0));
    }

    #[test]
    fn normalising() {
        let n = normalised(&[0.2, 0.7, 0.2]).unwrap();
        assert!(sums_to_one(n.iter().sum()));
        assert!((n[1] - 0.7 / 1.1).abs() < 1e-15);
        assert_eq!(normalised(&[0.0, 0.0, 0.0]), None);
        assert!(!sums_to_one(1.1));
    }

    #[test]
    fn zero_probability_on_the_truth_is_infinite() {
        let v = evaluate(&[0.5, 0.0, 0.5], 0.0);
        assert_eq!(v.form2, f64::INFINITY);
        assert_eq!(v.form1, f64::INFINITY);
        assert_eq!(v.terms[0], 0.0);
    }
}
