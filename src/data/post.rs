//! Inputs and printed values of the blog post, as data.
//!
//! Source: Rainylt, "交叉熵损失(Cross Entropy loss) … Focal Loss", CSDN,
//! <https://blog.csdn.net/lt1103725556/article/details/115128523>
//! (CC 4.0 BY-SA), seed copy `/work/shared/seeds/000_0d7f092504a1b048.txt`.
//!
//! Printed values are kept *exactly as printed* (4 decimals, or 2 for
//! −log 0.7), including the one the post got wrong; the app recomputes
//! everything live and compares. Recomputed values (tools/reference_values.py)
//! are listed in the comments.
//!
//! Below the data: the defaults the state table builds from it (the 5 × 4 table's `fcl` / `fct`
//! and the num-pos batch's `npt`), with the URL checks of the table's inputs.

use crate::math::focal::{Alpha, FocalParams};
use crate::math::table::{focal_table, TableResult};

/// Class names of the cat / dog / horse examples (猫 / 狗 / 马).
pub const CLASSES: [&str; 3] = ["cat 猫", "dog 狗", "horse 马"];

/// Form (1)/(2) example: softmax prediction q over [cat, dog, horse].
/// q(dog) = 0.7 is in the text; cat 0.2 / horse 0.1 are from the post's
/// table image (not in the text copy).
pub const SOFTMAX_PRED: [f64; 3] = [0.2, 0.7, 0.1];
/// Ground-truth class of the softmax example: dog.
pub const SOFTMAX_GT: usize = 1;
/// The post's "−1×log(0.7) = 0.36" (recomputed: 0.356675; correctly rounded).
pub const PRINTED_NEG_LN_0_7: f64 = 0.36;

/// Form (3) example: sigmoid GT over [cat, dog, horse].
pub const SIGMOID_GT: [f64; 3] = [0.0, 1.0, 0.0];
/// Form (3) example: sigmoid predictions (probabilities, already σ-ed).
/// Recomputed BCE: [0.223144, 0.223144, 0.510826], Σ 0.957113 (not printed).
pub const SIGMOID_PRED: [f64; 3] = [0.2, 0.8, 0.4];

/// The FCOS example of a single point's prediction and one-hot target
/// (gt = 3rd class).
pub const FIRST_POINT_PRED: [f64; 5] = [0.2, 0.4, 0.9, 0.1, 0.3];
/// One-hot target of [`FIRST_POINT_PRED`].
pub const FIRST_POINT_TARGET: [f64; 5] = [0.0, 0.0, 1.0, 0.0, 0.0];

/// α and γ used for every printed focal-loss value in the post.
pub const TABLE_ALPHA: f64 = 0.25;
/// See [`TABLE_ALPHA`].
pub const TABLE_GAMMA: f64 = 2.0;

/// "2个正样本,2个负样本,5类": the table's preds. They are LOGITS — the
/// printed losses match FL(σ(x)), not FL(x) (e.g. 0.1, t = 0 → 0.1539).
pub const TABLE_LOGITS: [[f64; 5]; 4] = [
    [0.1, 0.2, 0.8, 0.4, 0.4],
    [0.9, 0.6, 0.2, 0.3, 0.5],
    [0.6, 0.2, 0.3, 0.4, 0.6],
    [0.1, 0.3, 0.1, 0.2, 0.4],
];

/// The table's one-hot targets (rows 3 and 4 are negative points).
pub const TABLE_TARGETS: [[f64; 5]; 4] = [
    [0.0, 0.0, 1.0, 0.0, 0.0],
    [1.0, 0.0, 0.0, 0.0, 0.0],
    [0.0, 0.0, 0.0, 0.0, 0.0],
    [0.0, 0.0, 0.0, 0.0, 0.0],
];

/// The loss values exactly as printed (loss1 … loss4).
///
/// `[0][2]` (the post's loss1, third class: logit 0.8, target 1) is printed
/// as 0.4181, which is the t = 0 value; with t = 1 it is 0.008917. All other 19 cells agree with
/// the recomputed values to 4 decimals. Recomputed sum 4.073782, ÷ 2
/// positives = 2.036891 (neither is printed).
pub const TABLE_PRINTED_LOSS: [[f64; 5]; 4] = [
    [0.1539, 0.1810, 0.4181, 0.2454, 0.2454],
    [0.0071, 0.3244, 0.1810, 0.2114, 0.2831],
    [0.3244, 0.1810, 0.2114, 0.2454, 0.3244],
    [0.1539, 0.2114, 0.1539, 0.1810, 0.2454],
];

/// The "补充" all-negative sample: preds (logits) with all targets 0.
pub const ALL_NEGATIVE_LOGITS: [f64; 5] = [0.2, 0.4, 0.1, 0.8, 0.2];
/// Its targets.
pub const ALL_NEGATIVE_TARGETS: [f64; 5] = [0.0; 5];
/// "loss=1.1794" as printed (recomputed: 1.179382).
pub const PRINTED_ALL_NEGATIVE_LOSS: f64 = 1.1794;

// ---- Defaults and URL checks built from the data above ----

/// Points (rows) of the 5-class table.
pub const TABLE_ROWS: usize = 4;
/// Classes (columns) of the 5-class table.
pub const TABLE_COLS: usize = 5;
/// Cells of the 5-class table.
pub const TABLE_CELLS: usize = TABLE_ROWS * TABLE_COLS;
/// Range a typed logit must fall in (FL from the logit is finite for every finite x; ±100
/// already means σ = 1 − 4e−44).
pub const LOGIT_MIN: f64 = -100.0;
/// See [`LOGIT_MIN`].
pub const LOGIT_MAX: f64 = 100.0;

/// The post's logits, row-major (the `fcl` default).
pub fn default_logits() -> Vec<f64> {
    TABLE_LOGITS.concat()
}

/// The post's targets, row-major (the `fct` default).
pub fn default_targets() -> Vec<f64> {
    TABLE_TARGETS.concat()
}

/// URL check of `fcl`: 20 numbers in [LOGIT_MIN, LOGIT_MAX].
pub fn logits_ok(v: &[f64]) -> bool {
    v.len() == TABLE_CELLS && v.iter().all(|x| (LOGIT_MIN..=LOGIT_MAX).contains(x))
}

/// URL check of `fct`: 20 values, each exactly 0 or 1.
pub fn targets_ok(v: &[f64]) -> bool {
    v.len() == TABLE_CELLS && v.iter().all(|t| *t == 0.0 || *t == 1.0)
}

/// The post's α = .25, γ = 2, as validated parameters (falls back to the same defaults if the
/// data were invalid).
pub fn post_params() -> FocalParams {
    FocalParams::new(Alpha::On(TABLE_ALPHA), TABLE_GAMMA).unwrap_or_default()
}

/// The post's 4 points × 5 classes, recomputed by the math core at the post's α, γ.
pub fn post_table() -> TableResult {
    focal_table(&TABLE_LOGITS, &TABLE_TARGETS, post_params())
}

/// Default Σ FL of the num-pos batch images (the `npt` default): image 1 is the post's table
/// (computed, never typed).
pub fn default_totals() -> Vec<f64> {
    vec![post_table().total, 9.0, 1.5]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_checks() {
        assert!(logits_ok(&default_logits()));
        assert!(!logits_ok(&default_logits()[..19]));
        let mut l = default_logits();
        l[3] = 101.0;
        assert!(!logits_ok(&l));
        assert!(targets_ok(&default_targets()));
        let mut t = default_targets();
        t[4] = 0.5;
        assert!(!targets_ok(&t));
        assert!(!targets_ok(&[0.0; 21]));
    }

    #[test]
    fn default_totals_start_with_the_post_table() {
        let t = default_totals();
        assert_eq!(t.len(), 3);
        assert!((t[0] - 4.073782).abs() < 5e-6, "{}", t[0]);
        assert_eq!(post_params(), FocalParams::default());
    }
}
