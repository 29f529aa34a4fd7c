//! From the FCOS head to the post's table, as plain data (no Leptos): the H × W × C output
//! reshaped to [H·W, C], the class index turned into a one-hot row with `arange(1, C + 1)`,
//! and which losses a location enters. The post's 5 × 4 table is exactly an H = 2, W = 2,
//! C = 5 head: its four samples are the four locations.

use crate::data::post::{TABLE_COLS, TABLE_ROWS};

/// Feature-map height and width of the example head: 2 × 2 = the table's 4 samples.
pub const H: usize = 2;
pub const W: usize = 2;
/// Classes (the post's class_num = 5); class index 0 is the background.
pub const C: usize = TABLE_COLS;
const _: () = assert!(H * W == TABLE_ROWS);

/// The row of location (h, w) after `reshape(H·W, C)` (row-major, as PyTorch's reshape):
/// r = h·W + w.
pub fn row_of(h: usize, w: usize) -> usize {
    h * W + w
}

/// The location (h, w) of row r: h = r ÷ W, w = r mod W.
pub fn loc_of(r: usize) -> (usize, usize) {
    (r / W, r % W)
}

/// `(torch.arange(1, C + 1) == cls).float()`: 1 where k = cls for k = 1 … C, else 0.
/// The background cls = 0 matches no k, so its row is all zeros; so does any cls > C.
pub fn one_hot(cls: usize, c: usize) -> Vec<f64> {
    (1..=c).map(|k| if k == cls { 1.0 } else { 0.0 }).collect()
}

/// What a target row says about its location.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowClass {
    /// All zeros: no ground-truth box, a negative location.
    Background,
    /// Exactly one 1, at class k (1-based): a positive location.
    Class(usize),
    /// More than one 1 (possible when the table's targets are toggled by hand): not a one-hot
    /// row, but still a positive location for the losses.
    Several,
}

impl RowClass {
    pub fn positive(self) -> bool {
        self != RowClass::Background
    }
    /// The class index that gives this row back through [`one_hot`], if there is one.
    pub fn index(self) -> Option<usize> {
        match self {
            RowClass::Background => Some(0),
            RowClass::Class(k) => Some(k),
            RowClass::Several => None,
        }
    }
}

pub fn class_of(row: &[f64]) -> RowClass {
    let ones: Vec<usize> = (0..row.len()).filter(|&k| row[k] == 1.0).collect();
    match ones.as_slice() {
        [] => RowClass::Background,
        [k] => RowClass::Class(k + 1),
        _ => RowClass::Several,
    }
}

/// Row r of a row-major [rows, C] matrix stored flat.
pub fn row(flat: &[f64], r: usize) -> &[f64] {
    let start = (r * C).min(flat.len());
    &flat[start..(start + C).min(flat.len())]
}

/// A row as `data-value` wants it: "0,0,1,0,0" (shortest exact forms).
pub fn comma_list(xs: &[f64]) -> String {
    xs.iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// The three FCOS losses, in the order the page lists them: (i18n key, entered by a
/// negative location). Positives enter all three; negatives only the classification loss,
/// with their all-zero target row (the post: 正样本参与所有loss计算，负样本只参与分类loss计算).
pub const LOSSES: [(&str, bool); 3] = [
    ("fcos_head.loss_cls", true),
    ("fcos_head.loss_reg", false),
    ("fcos_head.loss_ctr", false),
];

/// How many of the three losses a location enters.
pub fn losses_entered(positive: bool) -> usize {
    LOSSES.iter().filter(|(_, neg)| positive || *neg).count()
}

/// Positive locations (num_pos before the clamp) and the binary split of the table:
/// (positive locations, target-1 cells, target-0 cells).
pub fn counts(targets: &[f64]) -> (usize, usize, usize) {
    let locs = (0..H * W)
        .filter(|&r| class_of(row(targets, r)).positive())
        .count();
    let ones = targets.iter().filter(|t| **t == 1.0).count();
    (locs, ones, targets.len() - ones)
}

/// The target rows with row r replaced by the one-hot row of `cls` (what "write into the
/// table" does to the shared `fct`).
pub fn with_row(targets: &[f64], r: usize, cls: usize) -> Vec<f64> {
    let mut out = targets.to_vec();
    for (k, v) in one_hot(cls, C).into_iter().enumerate() {
        if let Some(t) = out.get_mut(r * C + k) {
            *t = v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::post::{default_targets, targets_ok, FIRST_POINT_TARGET};

    #[test]
    fn one_hot_follows_the_post() {
        // The post: the first point's gt is class 3 → [0, 0, 1, 0, 0].
        assert_eq!(one_hot(3, C), FIRST_POINT_TARGET.to_vec());
        // Background (class 0) → all zeros.
        assert_eq!(one_hot(0, C), vec![0.0; 5]);
        assert_eq!(one_hot(1, C), vec![1.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(one_hot(5, C), vec![0.0, 0.0, 0.0, 0.0, 1.0]);
        assert_eq!(comma_list(&one_hot(3, C)), "0,0,1,0,0");
        for k in 0..=C {
            assert_eq!(class_of(&one_hot(k, C)).index(), Some(k));
        }
    }

    #[test]
    fn reshape_is_row_major() {
        let mut seen = vec![];
        for h in 0..H {
            for w in 0..W {
                let r = row_of(h, w);
                assert_eq!(loc_of(r), (h, w));
                seen.push(r);
            }
        }
        assert_eq!(seen, (0..H * W).collect::<Vec<_>>());
    }

    #[test]
    fn post_table_rows_and_counts() {
        let t = default_targets();
        let kinds: Vec<RowClass> = (0..H * W).map(|r| class_of(row(&t, r))).collect();
        assert_eq!(
            kinds,
            [
                RowClass::Class(3),
                RowClass::Class(1),
                RowClass::Background,
                RowClass::Background
            ]
        );
        // 2 positive locations; 2 : 18 binary samples.
        assert_eq!(counts(&t), (2, 2, 18));
        assert_eq!(class_of(&[1.0, 0.0, 1.0, 0.0, 0.0]), RowClass::Several);
        assert!(RowClass::Several.positive() && RowClass::Several.index().is_none());
    }

    #[test]
    fn losses_of_positives_and_negatives() {
        assert_eq!(losses_entered(true), 3);
        assert_eq!(losses_entered(false), 1);
        assert!(
            LOSSES[0].1,
            "the classification loss is the one negatives enter"
        );
    }

    #[test]
    fn writing_a_row_keeps_the_table_valid() {
        let t = default_targets();
        let u = with_row(&t, 2, 4);
        assert!(targets_ok(&u));
        assert_eq!(row(&u, 2), &[0.0, 0.0, 0.0, 1.0, 0.0]);
        assert_eq!(row(&u, 0), row(&t, 0));
        assert_eq!(counts(&u), (3, 3, 17));
        assert_eq!(with_row(&t, 0, 0)[..5], [0.0; 5]);
    }
}
