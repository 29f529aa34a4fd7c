//! Multi-class, multi-row focal loss table (the post's 4 samples × 5 classes).
//!
//! Each row is one point/anchor, each column one class; a sigmoid head makes
//! every cell its own binary problem ("20 binary samples, 2 of them with
//! target 1"), so the cell losses are simply summed and the sum divided by
//! the number of *positive rows* (points assigned to an object).

use super::focal::{focal_from_logit, FocalParams};
use super::reduce::per_pos;

/// Everything the table panel shows.
#[derive(Debug, Clone, PartialEq)]
pub struct TableResult {
    /// cells[r][c] = FL(x_rc, t_rc) (torchvision form, from the logit).
    pub cells: Vec<Vec<f64>>,
    /// Σ_c cells[r][c] for each row r.
    pub row_sums: Vec<f64>,
    /// Σ over all cells.
    pub total: f64,
    /// Number of rows with at least one target == 1 (positive points).
    pub num_pos: usize,
    /// total / max(num_pos, 1)
    pub per_pos: f64,
    /// Number of cells with target == 1 (binary positives).
    pub binary_pos: usize,
    /// Number of cells with target != 1 (binary negatives).
    pub binary_neg: usize,
    /// Σ of the cells with target == 1.
    pub pos_loss: f64,
    /// Σ of the cells with target != 1.
    pub neg_loss: f64,
}

/// Focal loss of a K-class table given as logits and targets:
///
/// cell_rc = α_t (1 − p_t)^γ ℓ(x_rc, t_rc), row_r = Σ_c cell_rc,
/// total = Σ_r row_r, per_pos = total / max(#positive rows, 1).
///
/// The post's example (α = .25, γ = 2): total 4.07378, 2 positive rows,
/// per_pos 2.03689. Rows are paired like `zip` (extra rows of the longer
/// slice are ignored).
pub fn focal_table<const K: usize>(
    logits: &[[f64; K]],
    targets: &[[f64; K]],
    params: FocalParams,
) -> TableResult {
    let mut res = TableResult {
        cells: Vec::with_capacity(logits.len().min(targets.len())),
        row_sums: Vec::new(),
        total: 0.0,
        num_pos: 0,
        per_pos: 0.0,
        binary_pos: 0,
        binary_neg: 0,
        pos_loss: 0.0,
        neg_loss: 0.0,
    };
    for (xs, ts) in logits.iter().zip(targets) {
        let (row, sum) = focal_row(xs, ts, params);
        let mut any_pos = false;
        for (&v, &t) in row.iter().zip(ts) {
            if t == 1.0 {
                any_pos = true;
                res.binary_pos += 1;
                res.pos_loss += v;
            } else {
                res.binary_neg += 1;
                res.neg_loss += v;
            }
        }
        res.num_pos += usize::from(any_pos);
        res.total += sum;
        res.row_sums.push(sum);
        res.cells.push(row);
    }
    res.per_pos = per_pos(res.total, res.num_pos);
    res
}

/// One row: cells FL(x_c, t_c) and their sum Σ_c FL(x_c, t_c).
///
/// The post's all-negative sample x = [0.2, 0.4, 0.1, 0.8, 0.2], t = 0:
/// Σ = 1.17938 (printed 1.1794). Slices are paired like `zip`.
pub fn focal_row(logits: &[f64], targets: &[f64], params: FocalParams) -> (Vec<f64>, f64) {
    let cells: Vec<f64> = logits
        .iter()
        .zip(targets)
        .map(|(&x, &t)| focal_from_logit(x, t, params))
        .collect();
    let sum = cells.iter().sum::<f64>() + 0.0;
    (cells, sum)
}
