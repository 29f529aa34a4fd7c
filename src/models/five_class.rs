//! The 5-class × 4-sample table, without Leptos: the state vectors ↔ the table, every cell
//! through `math::table::focal_table`, and the comparison with the post's printed losses.

pub use crate::data::post::{
    default_logits, default_targets, logits_ok, post_params, targets_ok, LOGIT_MAX, LOGIT_MIN,
};
use crate::data::post::{
    ALL_NEGATIVE_LOGITS, ALL_NEGATIVE_TARGETS, TABLE_ALPHA, TABLE_CELLS, TABLE_COLS, TABLE_GAMMA,
    TABLE_LOGITS, TABLE_PRINTED_LOSS, TABLE_ROWS, TABLE_TARGETS,
};
use crate::math::focal::{focal_from_logit, Alpha, FocalParams};
use crate::math::table::{focal_row, focal_table, TableResult};
use crate::math::{num_pos_clamped, sigmoid};

/// Samples (points) in the table.
pub const ROWS: usize = TABLE_ROWS;
/// Classes.
pub const COLS: usize = TABLE_COLS;
/// Cells.
pub const N: usize = TABLE_CELLS;
/// "Differs by more than rounding": the post prints 4 decimals, so a correctly rounded
/// number is within 0.00005 of ours; the small extra absorbs the float error of the bound.
pub const PRINT_TOL: f64 = 0.00005 + 1e-9;

/// Row-major vector → 4 × 5 array; missing or extra entries (which the state check never
/// lets through) become 0 / are dropped.
pub fn grid(v: &[f64]) -> [[f64; COLS]; ROWS] {
    let mut g = [[0.0; COLS]; ROWS];
    for (i, x) in v.iter().take(N).enumerate() {
        g[i / COLS][i % COLS] = *x;
    }
    g
}

/// True when (α, γ) are the post's (the only setting where its printed numbers apply).
pub fn is_post_setting(alpha: Alpha, gamma: f64) -> bool {
    alpha == Alpha::On(TABLE_ALPHA) && gamma == TABLE_GAMMA
}

/// Why a cell's printed value differs from ours at the post's α, γ.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// The cell's logit or target is not the post's any more.
    Edited,
    /// Same inputs as the post, and the printed number is what the cell gives with the other
    /// target (`t_printed`): the post used the wrong target for this cell.
    OtherTarget { t_printed: f64, value: f64 },
    /// Same inputs, and no simple explanation was found.
    Unexplained,
}

/// One cell compared with the post.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Compare {
    /// The post's printed value.
    pub printed: f64,
    /// Ours for the current inputs at the post's α = .25, γ = 2 (whatever the explorer says).
    pub at_post: f64,
    /// `Some` when |at_post − printed| > [`PRINT_TOL`].
    pub mismatch: Option<Reason>,
}

/// Compares cell (r, c) of the current inputs with the post's printed value.
pub fn compare(
    logits: &[[f64; COLS]; ROWS],
    targets: &[[f64; COLS]; ROWS],
    r: usize,
    c: usize,
) -> Compare {
    let params = post_params();
    let (x, t) = (logits[r][c], targets[r][c]);
    let printed = TABLE_PRINTED_LOSS[r][c];
    let at_post = focal_from_logit(x, t, params);
    let mismatch = ((at_post - printed).abs() > PRINT_TOL).then(|| {
        if x != TABLE_LOGITS[r][c] || t != TABLE_TARGETS[r][c] {
            return Reason::Edited;
        }
        let other = 1.0 - t;
        let value = focal_from_logit(x, other, params);
        if (value - printed).abs() <= PRINT_TOL {
            Reason::OtherTarget {
                t_printed: other,
                value,
            }
        } else {
            Reason::Unexplained
        }
    });
    Compare {
        printed,
        at_post,
        mismatch,
    }
}

/// Everything section 6 shows for one state.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub logits: [[f64; COLS]; ROWS],
    pub targets: [[f64; COLS]; ROWS],
    /// σ(x) of each cell.
    pub sigma: [[f64; COLS]; ROWS],
    /// Cells, row sums, total, num_pos, per_pos, binary counts, pos/neg loss (math core).
    pub table: TableResult,
    /// max(num_pos, 1): what the total is divided by.
    pub num_pos_clamped: f64,
    pub compare: [[Compare; COLS]; ROWS],
    /// Largest cell loss (the top of the heat scale).
    pub max_cell: f64,
}

impl View {
    /// Cells whose printed value differs from ours, row-major.
    pub fn mismatches(&self) -> Vec<(usize, usize, Compare)> {
        let mut out = Vec::new();
        for (r, row) in self.compare.iter().enumerate() {
            for (c, cmp) in row.iter().enumerate() {
                if cmp.mismatch.is_some() {
                    out.push((r, c, *cmp));
                }
            }
        }
        out
    }

    /// The share of the total loss on target-0 cells (0 when the total is 0).
    pub fn neg_share(&self) -> f64 {
        share(self.table.neg_loss, self.table.total)
    }
}

/// part / whole in [0, 1] (the two sums are added in different orders, so the raw ratio
/// can be 1 + 4e−16), 0 when whole is 0 (or not finite).
pub fn share(part: f64, whole: f64) -> f64 {
    if whole > 0.0 && whole.is_finite() {
        (part / whole).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Builds the view of the state vectors `fcl`, `fct` under `params`.
pub fn evaluate(logits: &[f64], targets: &[f64], params: FocalParams) -> View {
    let lg = grid(logits);
    let tg = grid(targets);
    let table = focal_table(&lg, &tg, params);
    let sigma = lg.map(|row| row.map(sigmoid));
    let compare: [[Compare; COLS]; ROWS] =
        std::array::from_fn(|r| std::array::from_fn(|c| compare(&lg, &tg, r, c)));
    let max_cell = table
        .cells
        .iter()
        .flatten()
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    View {
        num_pos_clamped: num_pos_clamped(table.num_pos),
        logits: lg,
        targets: tg,
        sigma,
        table,
        compare,
        max_cell,
    }
}

/// The post's all-negative sample under `params`: (cells, Σ).
pub fn all_negative(params: FocalParams) -> (Vec<f64>, f64) {
    focal_row(&ALL_NEGATIVE_LOGITS, &ALL_NEGATIVE_TARGETS, params)
}

/// Background colour of a loss cell: the FL colour at an opacity that grows with v / max
/// (0.06 … 0.5), so the text on it stays readable on light and dark cards alike.
pub fn heat_style(v: f64, max: f64) -> String {
    let f = if max > 0.0 && v.is_finite() && v > 0.0 {
        (v / max).clamp(0.0, 1.0)
    } else if v == f64::INFINITY {
        1.0
    } else {
        0.0
    };
    let a = 0.06 + 0.44 * f;
    format!("background-color: rgba(213, 94, 0, {a:.3}); border-radius: 4px; padding: 0 0.25rem")
}

/// The classes (1-based) of a row whose target is 1; empty = background.
pub fn positive_classes(row: &[f64; COLS]) -> Vec<usize> {
    row.iter()
        .enumerate()
        .filter(|(_, t)| **t == 1.0)
        .map(|(c, _)| c + 1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post_view() -> View {
        evaluate(&default_logits(), &default_targets(), post_params())
    }

    #[test]
    fn defaults_reproduce_the_post() {
        let v = post_view();
        assert!((v.table.total - 4.07378).abs() < 5e-6, "{}", v.table.total);
        assert!((v.table.per_pos - 2.03689).abs() < 5e-6);
        assert_eq!(v.table.num_pos, 2);
        assert_eq!((v.table.binary_pos, v.table.binary_neg), (2, 18));
        let (_, s) = all_negative(post_params());
        assert!((s - 1.17938).abs() < 5e-6);
        assert!((s - crate::data::post::PRINTED_ALL_NEGATIVE_LOSS).abs() <= PRINT_TOL);
    }

    #[test]
    fn only_the_misprinted_cell_is_flagged_and_it_is_explained() {
        let v = post_view();
        let m = v.mismatches();
        assert_eq!(m.len(), 1, "{m:?}");
        let (r, c, cmp) = m[0];
        assert_eq!((r, c), (0, 2));
        match cmp.mismatch {
            Some(Reason::OtherTarget { t_printed, value }) => {
                assert_eq!(t_printed, 0.0);
                assert!((value - 0.4181).abs() <= PRINT_TOL);
            }
            other => panic!("{other:?}"),
        }
        assert!((cmp.at_post - 0.008917).abs() < 5e-7);
    }

    #[test]
    fn flags_follow_the_post_setting_not_the_explorer() {
        let other = FocalParams::new(Alpha::Off, 0.0).unwrap();
        let v = evaluate(&default_logits(), &default_targets(), other);
        assert_eq!(v.mismatches().len(), 1);
        assert!(v.table.total > 10.0); // plain BCE is much larger
    }

    #[test]
    fn an_edited_cell_is_flagged_as_edited() {
        let mut l = default_logits();
        l[7] = 3.0; // row 1, class 3
        let v = evaluate(&l, &default_targets(), post_params());
        assert_eq!(v.compare[1][2].mismatch, Some(Reason::Edited));
        let mut t = default_targets();
        t[0] = 1.0;
        let v = evaluate(&default_logits(), &t, post_params());
        assert_eq!(v.compare[0][0].mismatch, Some(Reason::Edited));
        assert_eq!(v.table.num_pos, 2);
    }

    #[test]
    fn all_background_clamps_num_pos() {
        let v = evaluate(&default_logits(), &[0.0; N], post_params());
        assert_eq!(v.table.num_pos, 0);
        assert_eq!(v.num_pos_clamped, 1.0);
        assert_eq!(v.table.per_pos, v.table.total);
        assert_eq!(v.neg_share(), 1.0);
    }

    #[test]
    fn grid_is_row_major_and_tolerates_bad_lengths() {
        let g = grid(&default_logits());
        assert_eq!(g, TABLE_LOGITS);
        assert_eq!(grid(&[1.0])[0][0], 1.0);
        assert_eq!(grid(&[])[3][4], 0.0);
    }

    #[test]
    fn heat_is_bounded_and_monotone() {
        let a = |s: String| -> f64 {
            let i = s.find("0, ").unwrap() + 3;
            s[i..].split(')').next().unwrap().parse().unwrap()
        };
        assert!((a(heat_style(0.0, 1.0)) - 0.06).abs() < 1e-9);
        assert!((a(heat_style(1.0, 1.0)) - 0.5).abs() < 1e-9);
        assert!(a(heat_style(0.2, 1.0)) < a(heat_style(0.4, 1.0)));
        assert!((a(heat_style(f64::NAN, 1.0)) - 0.06).abs() < 1e-9);
        assert!((a(heat_style(f64::INFINITY, 1.0)) - 0.5).abs() < 1e-9);
        assert!((a(heat_style(1.0, 0.0)) - 0.06).abs() < 1e-9);
    }

    #[test]
    fn positive_classes_are_one_based() {
        assert_eq!(positive_classes(&TABLE_TARGETS[0]), vec![3]);
        assert!(positive_classes(&TABLE_TARGETS[2]).is_empty());
    }

    #[test]
    fn post_setting_detection() {
        assert!(is_post_setting(Alpha::On(0.25), 2.0));
        assert!(!is_post_setting(Alpha::Off, 2.0));
        assert!(!is_post_setting(Alpha::On(0.25), 1.9));
    }
}
