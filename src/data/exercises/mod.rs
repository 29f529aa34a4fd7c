//! Self-check exercises: the questions' numbers, drawn from a seeded generator, their exact
//! answers from the math core, and the check of a typed answer. Pure: no view, no state.
//!
//! Seed 0 gives each exercise the lesson's own example (the post's table cell, the paper's
//! π = 0.01, …); any other seed draws fresh numbers from SplitMix64(splitmix(seed, K)), so the
//! same seeds give the same set on every machine (a lecturer hands out a link).
//!
//! A numeric answer is accepted within [`REL_TOL`] of the exact value (3 significant digits);
//! a count or a quadrant number must be exact.

use crate::data::post;
use crate::math::focal::grad_ratio::grad_ratio_shape;
use crate::math::focal::{self, Alpha, FocalParams};
use crate::math::reduce;
use crate::math::simulate::prior_bias;
use crate::parse::{parse_number, NumberError};

/// Number of exercises.
pub const COUNT: usize = 9;

/// Relative tolerance of a numeric answer: |answer − exact| ≤ 0.5 % of |exact|, i.e. right
/// to 3 significant digits.
pub const REL_TOL: f64 = 0.005;

/// The largest seed (the URL keeps seeds as whole numbers 0 – 2³² − 1).
pub const MAX_SEED: u64 = 4_294_967_295;

/// One exercise's numbers. The variant is fixed by the exercise number K (1-based).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Question {
    /// 1. FL at p_t with α off.
    FlOff { pt: f64, gamma: f64 },
    /// 2. FL of a sample (p, y) with α on.
    FlAlpha {
        p: f64,
        y: u8,
        alpha: f64,
        gamma: f64,
    },
    /// 3. Which quadrant (1 easy positive, 2 easy negative, 3 hard positive, 4 hard negative).
    Quadrant { p: f64, y: u8 },
    /// 4. How many of the points × classes binary samples are negative (the post's 2 : 18).
    Negatives {
        points: u32,
        classes: u32,
        positives: u32,
    },
    /// 5. One cell of the 5 × 4 table: FL of logit x, target t at the post's α = .25, γ = 2.
    Cell { x: f64, t: u8 },
    /// 6. The p_t below which |∂FL/∂x| > |∂CE/∂x| (α off).
    Crossover { gamma: f64 },
    /// 7. The prior-initialisation bias b = −ln((1 − π)/π).
    Prior { pi: f64 },
    /// 8. A batch's loss normalised across the batch: Σ FL ÷ max(Σ n₊, 1).
    NumPos { totals: [f64; 3], pos: [u32; 3] },
    /// 9. OHEM with k = `hard` keeps the hard ones: the % of the FL total it throws away.
    Ohem {
        easy: u32,
        easy_pt: f64,
        hard: u32,
        hard_pt: f64,
        gamma: f64,
    },
}

/// The outcome of checking a typed answer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    Correct,
    /// Wrong, with the i18n key of a one-line hint.
    Wrong(&'static str),
    /// Not a number (the reason, for the message).
    Invalid(NumberError),
}

impl Verdict {
    /// `correct`, `wrong` or `invalid` (the verdict's `data-value`).
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Correct => "correct",
            Verdict::Wrong(_) => "wrong",
            Verdict::Invalid(_) => "invalid",
        }
    }
}

mod generate;
pub use generate::question;

fn params(alpha: Alpha, gamma: f64) -> FocalParams {
    FocalParams::or_default(alpha, gamma)
}

/// FL of one sample with p_t = `pt`, α off: (1 − p_t)^γ (−ln p_t).
fn fl_pt(pt: f64, gamma: f64) -> f64 {
    focal::focal_from_prob(pt, 1.0, params(Alpha::Off, gamma))
}

/// Quadrant number of (p, y): 1 easy positive, 2 easy negative, 3 hard positive,
/// 4 hard negative; easy when p_t > 0.5 (the quadrants section's rule).
pub fn quadrant(p: f64, y: u8) -> u8 {
    let easy = focal::p_t(p, f64::from(y)) > 0.5;
    match (easy, y == 1) {
        (true, true) => 1,
        (true, false) => 2,
        (false, true) => 3,
        (false, false) => 4,
    }
}

impl Question {
    /// The exact answer, from the math core.
    pub fn answer(&self) -> f64 {
        match *self {
            Question::FlOff { pt, gamma } => fl_pt(pt, gamma),
            Question::FlAlpha { p, y, alpha, gamma } => {
                focal::focal_from_prob(p, f64::from(y), params(Alpha::On(alpha), gamma))
            }
            Question::Quadrant { p, y } => f64::from(quadrant(p, y)),
            Question::Negatives {
                points,
                classes,
                positives,
            } => f64::from(points * classes - positives),
            Question::Cell { x, t } => {
                focal::focal_from_logit(x, f64::from(t), post::post_params())
            }
            Question::Crossover { gamma } => crossover(gamma),
            Question::Prior { pi } => prior_bias(pi),
            Question::NumPos { totals, pos } => {
                let images: Vec<(f64, usize)> = totals
                    .iter()
                    .zip(pos)
                    .map(|(&t, n)| (t, n as usize))
                    .collect();
                reduce::across_batch(&images)
            }
            Question::Ohem { .. } => 100.0 * self.ohem_parts().2,
        }
    }

    /// Exercise 9's parts: (CE share of the easy ones, FL of one easy, FL share of the easy).
    fn ohem_parts(&self) -> (f64, f64, f64) {
        let Question::Ohem {
            easy,
            easy_pt,
            hard,
            hard_pt,
            gamma,
        } = *self
        else {
            return (0.0, 0.0, 0.0);
        };
        let (ne, nh) = (f64::from(easy), f64::from(hard));
        let (ce_e, ce_h) = (-easy_pt.ln(), -hard_pt.ln());
        let (fl_e, fl_h) = (fl_pt(easy_pt, gamma), fl_pt(hard_pt, gamma));
        (
            ne * ce_e / (ne * ce_e + nh * ce_h),
            fl_e,
            ne * fl_e / (ne * fl_e + nh * fl_h),
        )
    }

    /// Whether the answer is a whole number that must be typed exactly.
    pub fn exact(&self) -> bool {
        matches!(self, Question::Quadrant { .. } | Question::Negatives { .. })
    }

    /// Checks a typed answer (full-width digits, "1 000", "−4.6" read as elsewhere on the
    /// page; a trailing % is allowed). Wrong answers get a hint matched to the likely slip.
    pub fn check(&self, text: &str) -> Verdict {
        let text = text.trim();
        let text = text
            .strip_suffix('%')
            .or_else(|| text.strip_suffix('％'))
            .unwrap_or(text);
        let v = match parse_number(text, -1e12, 1e12) {
            Ok(v) => v,
            Err(e) => return Verdict::Invalid(e),
        };
        let exact = self.answer();
        if accepts(exact, v, self.exact()) {
            return Verdict::Correct;
        }
        Verdict::Wrong(self.hint(v))
    }

    /// The one-line hint for a wrong answer `v`.
    fn hint(&self, v: f64) -> &'static str {
        let near = |x: f64| accepts(x, v, false);
        match *self {
            Question::FlOff { pt, .. } if near(-pt.ln()) => "exercises.hint.forgot_modulator",
            Question::FlOff { .. } => "exercises.hint.fl",
            Question::FlAlpha { p, y, gamma, .. }
                if near(focal::focal_from_prob(
                    p,
                    f64::from(y),
                    params(Alpha::Off, gamma),
                )) =>
            {
                "exercises.hint.forgot_alpha"
            }
            Question::FlAlpha { y: 0, .. } => "exercises.hint.alpha_neg",
            Question::FlAlpha { .. } => "exercises.hint.fl",
            Question::Quadrant { .. } => "exercises.hint.quadrant",
            Question::Negatives { positives, .. } if v == f64::from(positives) => {
                "exercises.hint.counted_positives"
            }
            Question::Negatives { .. } => "exercises.hint.negatives",
            Question::Cell { x, t }
                if near(focal::focal_from_prob(x, f64::from(t), post::post_params())) =>
            {
                "exercises.hint.logit"
            }
            Question::Cell { .. } => "exercises.hint.cell",
            Question::Crossover { .. } => "exercises.hint.crossover",
            Question::Prior { pi } if near(-prior_bias(pi)) => "exercises.hint.sign",
            Question::Prior { .. } => "exercises.hint.prior",
            Question::NumPos { totals, pos } if near(per_image(totals, pos)) => {
                "exercises.hint.per_image"
            }
            Question::NumPos { .. } => "exercises.hint.num_pos",
            Question::Ohem { .. } if near(100.0 * self.ohem_parts().0) => "exercises.hint.ohem_ce",
            Question::Ohem { .. } => "exercises.hint.ohem",
        }
    }

    /// The named numbers of the question and its worked answer, for the texts' {placeholders}:
    /// (name, value, is an input typed as given rather than a computed value).
    pub fn fields(&self) -> Vec<(&'static str, f64, bool)> {
        let mut f = Vec::new();
        match *self {
            Question::FlOff { pt, gamma } => {
                f.extend([("pt", pt, true), ("gamma", gamma, true)]);
                f.extend([
                    ("ce", -pt.ln(), false),
                    ("m", focal::modulating_factor(pt, gamma), false),
                ]);
            }
            Question::FlAlpha { p, y, alpha, gamma } => {
                let yf = f64::from(y);
                let pt = focal::p_t(p, yf);
                f.extend([
                    ("p", p, true),
                    ("y", yf, true),
                    ("alpha", alpha, true),
                    ("gamma", gamma, true),
                ]);
                f.extend([
                    ("pt", pt, true),
                    ("at", Alpha::On(alpha).weight(yf), true),
                    ("m", focal::modulating_factor(pt, gamma), false),
                    ("ce", -pt.ln(), false),
                ]);
            }
            Question::Quadrant { p, y } => {
                f.extend([
                    ("p", p, true),
                    ("y", f64::from(y), true),
                    ("pt", focal::p_t(p, f64::from(y)), true),
                ]);
            }
            Question::Negatives {
                points,
                classes,
                positives,
            } => {
                f.extend([
                    ("points", f64::from(points), true),
                    ("classes", f64::from(classes), true),
                    ("positives", f64::from(positives), true),
                    ("cells", f64::from(points * classes), true),
                ]);
            }
            Question::Cell { x, t } => {
                let p = crate::math::sigmoid(x);
                let pt = focal::p_t(p, f64::from(t));
                f.extend([("x", x, true), ("t", f64::from(t), true)]);
                f.extend([
                    ("p", p, false),
                    ("pt", pt, false),
                    (
                        "at",
                        Alpha::On(post::TABLE_ALPHA).weight(f64::from(t)),
                        true,
                    ),
                ]);
            }
            Question::Crossover { gamma } => f.push(("gamma", gamma, true)),
            Question::Prior { pi } => f.push(("pi", pi, true)),
            Question::NumPos { totals, pos } => {
                for (i, name) in ["t1", "t2", "t3"].into_iter().enumerate() {
                    f.push((name, totals[i], true));
                }
                for (i, name) in ["n1", "n2", "n3"].into_iter().enumerate() {
                    f.push((name, f64::from(pos[i]), true));
                }
                f.push(("sum_t", totals.iter().sum(), false));
                f.push((
                    "num_pos",
                    reduce::num_pos_clamped(pos.iter().sum::<u32>() as usize),
                    true,
                ));
            }
            Question::Ohem {
                easy,
                easy_pt,
                hard,
                hard_pt,
                gamma,
            } => {
                f.extend([
                    ("easy", f64::from(easy), true),
                    ("easy_pt", easy_pt, true),
                    ("hard", f64::from(hard), true),
                    ("hard_pt", hard_pt, true),
                    ("gamma", gamma, true),
                ]);
                let (ce_share, fl_e, _) = self.ohem_parts();
                f.extend([
                    ("ce_share", 100.0 * ce_share, false),
                    ("fl_easy", fl_e, false),
                    ("fl_hard", fl_pt(hard_pt, gamma), false),
                ]);
            }
        }
        f.push(("answer", self.answer(), self.exact()));
        f
    }
}

/// FCOS.Pytorch's per-image normalisation (the slip exercise 8's hint names).
fn per_image(totals: [f64; 3], pos: [u32; 3]) -> f64 {
    let images: Vec<(f64, usize)> = totals
        .iter()
        .zip(pos)
        .map(|(&t, n)| (t, n as usize))
        .collect();
    reduce::per_image_then_mean(&images)
}

/// Whether `typed` is accepted for `exact`: equal for whole-number answers, else within
/// REL_TOL relative (or 1e-9 absolute, for an exact value of 0).
pub fn accepts(exact: f64, typed: f64, whole: bool) -> bool {
    if whole {
        return typed == exact;
    }
    (typed - exact).abs() <= (REL_TOL * exact.abs()).max(1e-9)
}

/// The crossover p_t of the gradient lesson (α off); γ is drawn > 0, so it exists.
fn crossover(gamma: f64) -> f64 {
    grad_ratio_shape(gamma).map_or(f64::NAN, |s| s.crossover_pt)
}

#[cfg(test)]
mod tests;
