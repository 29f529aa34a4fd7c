//! Section 8's numbers without Leptos: the best rows of the paper's Table 1a/1b (found from
//! the data, not typed in), and how the loss of a small illustrative population splits
//! between positives and negatives for a given α, γ.

use crate::data::paper::{best_by_ap, AlphaRow, GammaRow};
use crate::math::focal::{focal_from_prob, Alpha, FocalParams};

/// Best row of Table 1a (α sweep at γ = 0).
pub fn best_1a(rows: &[AlphaRow]) -> Option<usize> {
    best_by_ap(rows, |r| r.ap)
}

/// Best row of Table 1b (γ, α pairs).
pub fn best_1b(rows: &[GammaRow]) -> Option<usize> {
    best_by_ap(rows, |r| r.ap)
}

/// One group of identical binary samples of the illustration.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Group {
    /// i18n key of its name.
    pub key: &'static str,
    pub y: u8,
    /// Predicted probability of class 1.
    pub p: f64,
    pub count: f64,
}

/// A made-up, dense-detector-like population (not from the paper): 15 positives and 10 220
/// negatives, almost all of them easy.
pub const POPULATION: [Group; 6] = [
    Group {
        key: "alpha_gamma.pop.hard_pos",
        y: 1,
        p: 0.2,
        count: 5.0,
    },
    Group {
        key: "alpha_gamma.pop.mid_pos",
        y: 1,
        p: 0.6,
        count: 5.0,
    },
    Group {
        key: "alpha_gamma.pop.easy_pos",
        y: 1,
        p: 0.95,
        count: 5.0,
    },
    Group {
        key: "alpha_gamma.pop.hard_neg",
        y: 0,
        p: 0.6,
        count: 20.0,
    },
    Group {
        key: "alpha_gamma.pop.mid_neg",
        y: 0,
        p: 0.2,
        count: 200.0,
    },
    Group {
        key: "alpha_gamma.pop.easy_neg",
        y: 0,
        p: 0.01,
        count: 10_000.0,
    },
];

/// Summed focal loss of the positives and of the negatives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Split {
    pub pos: f64,
    pub neg: f64,
}

impl Split {
    /// neg / (pos + neg), 0 for a zero total.
    pub fn neg_share(&self) -> f64 {
        let t = self.pos + self.neg;
        if t > 0.0 && t.is_finite() {
            self.neg / t
        } else {
            0.0
        }
    }
}

/// Σ count · FL(p, y) over the groups, split by label.
pub fn split(groups: &[Group], params: FocalParams) -> Split {
    let mut s = Split { pos: 0.0, neg: 0.0 };
    for g in groups {
        let v = g.count * focal_from_prob(g.p, f64::from(g.y), params);
        if g.y == 1 {
            s.pos += v;
        } else {
            s.neg += v;
        }
    }
    s
}

/// The α that gives positives and negatives equal total loss at this γ:
/// α P = (1 − α) N  ⇒  α* = N / (P + N), with P, N the sums without α.
/// (A rough yardstick: the paper picks α by AP, not by equal totals.)
pub fn balancing_alpha(groups: &[Group], gamma: f64) -> f64 {
    match FocalParams::new(Alpha::Off, gamma) {
        Ok(params) => split(groups, params).neg_share(),
        Err(_) => f64::NAN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::paper::{TABLE_1A, TABLE_1B};

    #[test]
    fn best_rows_are_the_papers() {
        let a = best_1a(&TABLE_1A).unwrap();
        assert_eq!((TABLE_1A[a].alpha, TABLE_1A[a].ap), (0.75, 31.1));
        let b = best_1b(&TABLE_1B).unwrap();
        assert_eq!(
            (TABLE_1B[b].gamma, TABLE_1B[b].alpha, TABLE_1B[b].ap),
            (2.0, 0.25, 34.0)
        );
        assert_eq!(best_1a(&[]), None);
    }

    #[test]
    fn first_row_wins_a_tie() {
        let rows = [1.0, 3.0, 3.0, 2.0];
        assert_eq!(best_by_ap(&rows, |x| *x), Some(1));
    }

    #[test]
    fn gamma_moves_the_loss_off_the_negatives() {
        let off0 = split(&POPULATION, FocalParams::plain_ce()).neg_share();
        let off2 = split(&POPULATION, FocalParams::new(Alpha::Off, 2.0).unwrap()).neg_share();
        assert!(off0 > 0.9, "{off0}");
        assert!(off2 < off0 - 0.2, "{off2}");
        // The balancing α falls as γ grows (the trend of Table 1b).
        let mut last = 1.0;
        for row in TABLE_1B {
            let a = balancing_alpha(&POPULATION, row.gamma);
            assert!(a < last, "γ = {}: {a}", row.gamma);
            last = a;
        }
        assert!(balancing_alpha(&POPULATION, f64::NAN).is_nan());
    }

    #[test]
    fn alpha_scales_the_two_sides() {
        let g = 2.0;
        let off = split(&POPULATION, FocalParams::new(Alpha::Off, g).unwrap());
        let on = split(&POPULATION, FocalParams::new(Alpha::On(0.25), g).unwrap());
        assert!((on.pos - 0.25 * off.pos).abs() < 1e-9 * off.pos);
        assert!((on.neg - 0.75 * off.neg).abs() < 1e-9 * off.neg);
        assert_eq!(Split { pos: 0.0, neg: 0.0 }.neg_share(), 0.0);
    }

    #[test]
    fn population_keys_exist() {
        use crate::i18n::table;
        use crate::state::Lang;
        for lang in [Lang::En, Lang::Zh] {
            for g in POPULATION {
                assert!(table(lang).iter().any(|(k, _)| *k == g.key), "{}", g.key);
            }
        }
    }
}
