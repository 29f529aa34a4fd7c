//! The explorer's numbers for one (p, y, α, γ): every value is a call into the math core.

use crate::math::focal::{self, Alpha, FocalParams};
use crate::math::{activations, cross_entropy};

/// What the explorer's controls say.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Inputs {
    /// Predicted probability of class 1.
    pub p: f64,
    /// Label: 1 positive, 0 negative.
    pub y: u8,
    pub alpha: Alpha,
    pub gamma: f64,
}

impl Inputs {
    /// The explorer's slice of the app state.
    pub fn of(s: &crate::state::Params) -> Inputs {
        Inputs {
            p: s.p,
            y: s.y,
            alpha: s.alpha,
            gamma: s.gamma,
        }
    }
    pub fn label(&self) -> f64 {
        f64::from(self.y)
    }
    /// The validated parameters; an invalid pair (which the state table never lets through)
    /// falls back to plain CE rather than panicking.
    pub fn params(&self) -> FocalParams {
        FocalParams::new(self.alpha, self.gamma).unwrap_or_else(|_| FocalParams::plain_ce())
    }
}

/// The read-outs of the explorer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub pt: f64,
    pub alpha_t: f64,
    pub modulator: f64,
    pub ce: f64,
    pub fl: f64,
    /// CE / FL: how many times smaller focal loss is (+∞ when FL is 0).
    pub ratio: f64,
    /// The logit x = ln(p / (1 − p)) the probability corresponds to.
    pub logit: f64,
    pub grad_ce: f64,
    pub grad_fl: f64,
}

impl Point {
    /// Well classified (the paper's "easy"): p_t > 0.5.
    pub fn easy(&self) -> bool {
        self.pt > 0.5
    }
}

pub fn evaluate(i: &Inputs) -> Point {
    let y = i.label();
    let params = i.params();
    let pt = focal::p_t(i.p, y);
    let logit = activations::logit(i.p);
    Point {
        pt,
        alpha_t: focal::alpha_t(i.alpha, y),
        modulator: focal::modulating_factor(pt, i.gamma),
        ce: cross_entropy::bce(i.p, y),
        fl: focal::focal_from_prob(i.p, y, params),
        ratio: focal::ce_over_fl_y(pt, y, params),
        logit,
        grad_ce: focal::grad_ce_logit(logit, y),
        grad_fl: focal::grad_fl_logit(logit, y, params),
    }
}

/// The probability p of class 1 that gives `pt` for label y.
pub fn p_from_pt(pt: f64, y: u8) -> f64 {
    if y == 1 {
        pt
    } else {
        1.0 - pt
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_issue_example() {
        // FL = −0.25 · (1 − 0.90)^2 · ln 0.90 = 0.000263 (issue 3's worked read-out).
        let i = Inputs {
            p: 0.9,
            y: 1,
            alpha: Alpha::On(0.25),
            gamma: 2.0,
        };
        let pt = evaluate(&i);
        assert!((pt.fl - 0.25 * 0.01 * -(0.9f64.ln())).abs() < 1e-15);
        assert!((pt.fl - 0.000263).abs() < 5e-7);
        assert!((pt.ratio - 400.0).abs() < 1e-9);
        assert!(pt.easy());
    }

    #[test]
    fn negative_branch_uses_one_minus_p() {
        let i = Inputs {
            p: 0.9,
            y: 0,
            alpha: Alpha::On(0.25),
            gamma: 2.0,
        };
        let pt = evaluate(&i);
        assert!((pt.pt - 0.1).abs() < 1e-12);
        assert!((pt.alpha_t - 0.75).abs() < 1e-12);
        assert!(!pt.easy());
        assert!(pt.grad_ce > 0.0 && pt.grad_fl > 0.0);
    }
}
