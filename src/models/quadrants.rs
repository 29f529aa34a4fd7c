//! Lesson 7's four kinds of sample (easy/hard × positive/negative), each with an example, and
//! what CE and FL make of it. The summary shows them too; the examples are the explorer's
//! presets.

use crate::math::cross_entropy::bce;
use crate::math::focal::{self, FocalParams};

/// The four kinds of example as (y, p): the explorer's presets and lesson 7's quadrants.
pub const EASY_POS: (u8, f64) = (1, 0.95);
pub const HARD_POS: (u8, f64) = (1, 0.10);
pub const EASY_NEG: (u8, f64) = (0, 0.05);
pub const HARD_NEG: (u8, f64) = (0, 0.90);

/// One kind of sample and its example.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quadrant {
    /// Test-id stem, e.g. `quad-easy-pos`.
    pub id: &'static str,
    /// i18n key of its name.
    pub key: &'static str,
    /// i18n key of its description.
    pub desc_key: &'static str,
    /// Label.
    pub y: u8,
    /// Predicted probability of class 1.
    pub p: f64,
}

/// Order: [easy pos, easy neg, hard pos, hard neg] (rows easy/hard, columns pos/neg).
/// The examples are the explorer's presets.
pub const QUADRANTS: [Quadrant; 4] = [
    Quadrant {
        id: "quad-easy-pos",
        key: "quadrants.easy_pos",
        desc_key: "quadrants.easy_pos_desc",
        y: EASY_POS.0,
        p: EASY_POS.1,
    },
    Quadrant {
        id: "quad-easy-neg",
        key: "quadrants.easy_neg",
        desc_key: "quadrants.easy_neg_desc",
        y: EASY_NEG.0,
        p: EASY_NEG.1,
    },
    Quadrant {
        id: "quad-hard-pos",
        key: "quadrants.hard_pos",
        desc_key: "quadrants.hard_pos_desc",
        y: HARD_POS.0,
        p: HARD_POS.1,
    },
    Quadrant {
        id: "quad-hard-neg",
        key: "quadrants.hard_neg",
        desc_key: "quadrants.hard_neg_desc",
        y: HARD_NEG.0,
        p: HARD_NEG.1,
    },
];

/// The numbers shown for one quadrant (all from the math core).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuadView {
    pub pt: f64,
    pub ce: f64,
    pub alpha_t: f64,
    pub modulator: f64,
    pub fl: f64,
    /// CE / FL: how many times focal loss shrinks this sample's loss.
    pub ratio: f64,
}

pub fn evaluate(q: &Quadrant, params: FocalParams) -> QuadView {
    let y = f64::from(q.y);
    let pt = focal::p_t(q.p, y);
    QuadView {
        pt,
        ce: bce(q.p, y),
        alpha_t: focal::alpha_t(params.alpha(), y),
        modulator: focal::modulating_factor(pt, params.gamma()),
        fl: focal::focal_from_prob(q.p, y, params),
        ratio: focal::ce_over_fl_y(pt, y, params),
    }
}

/// Which quadrant a point (p, y) falls in: easy when p_t > 0.5 (as the explorer says).
pub fn quadrant_of(p: f64, y: u8) -> usize {
    let pt = if y == 1 { p } else { 1.0 - p };
    match (pt > 0.5, y == 1) {
        (true, true) => 0,
        (true, false) => 1,
        (false, true) => 2,
        (false, false) => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_sit_in_their_own_quadrant() {
        for (i, q) in QUADRANTS.iter().enumerate() {
            assert_eq!(quadrant_of(q.p, q.y), i, "{}", q.id);
        }
        assert_eq!(quadrant_of(0.5, 1), 2); // p_t = 0.5 is not "easy"
        assert_eq!(quadrant_of(0.5, 0), 3);
    }

    #[test]
    fn numbers_at_the_paper_setting() {
        let params = FocalParams::default();
        let v = QUADRANTS.map(|q| evaluate(&q, params));
        // Easy positive: CE / FL = 1 / (0.25 · 0.05²) = 1600.
        assert!((v[0].ratio - 1600.0).abs() < 1e-6);
        // Easy negative: 1 / (0.75 · 0.05²) = 533.3.
        assert!((v[1].ratio - 1.0 / (0.75 * 0.0025)).abs() < 1e-6);
        // Hard positive: 1 / (0.25 · 0.9²); hard negative: 1 / (0.75 · 0.9²).
        assert!((v[2].ratio - 1.0 / (0.25 * 0.81)).abs() < 1e-9);
        assert!((v[3].ratio - 1.0 / (0.75 * 0.81)).abs() < 1e-9);
        for x in v {
            assert!((x.fl * x.ratio - x.ce).abs() < 1e-12);
            assert!((x.ce + x.pt.ln()).abs() < 1e-12);
        }
    }
}
