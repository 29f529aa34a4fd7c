//! The numbers of the sigmoid lesson (3): per-class binary CE terms and their sum, which lesson
//! 1 shows as form (3) too. Every loss value comes from `math`.

use crate::math::cross_entropy::bce_multi;

/// The per-class BCE terms, their sum, and Σ p (which a sigmoid head need not make 1).
#[derive(Clone, Debug, PartialEq)]
pub struct BceView {
    pub per: Vec<f64>,
    pub total: f64,
    pub sum_p: f64,
}

pub fn evaluate(y: &[f64], p: &[f64]) -> BceView {
    let (per, total) = bce_multi(y, p);
    BceView {
        per,
        total,
        sum_p: p.iter().sum(),
    }
}
