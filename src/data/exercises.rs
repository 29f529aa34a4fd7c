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
use crate::math::rng::{splitmix, SplitMix64};
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

/// Picks one of `items`.
fn pick<T: Copy>(rng: &mut SplitMix64, items: &[T]) -> T {
    items[(rng.next_u64() % items.len() as u64) as usize]
}

/// A whole number in lo..=hi.
fn int(rng: &mut SplitMix64, lo: u32, hi: u32) -> u32 {
    lo + (rng.next_u64() % u64::from(hi - lo + 1)) as u32
}

/// k / 20 for k in 1..=19: 0.05, 0.1, …, 0.95 (exact decimal inputs).
fn twentieth(rng: &mut SplitMix64, skip_half: bool) -> f64 {
    loop {
        let k = int(rng, 1, 19);
        if !(skip_half && k == 10) {
            return f64::from(k) / 20.0;
        }
    }
}

/// Exercise K's numbers (K = 1 … COUNT) for `seed`; seed 0 is the lesson's own example.
pub fn question(k: usize, seed: u64) -> Question {
    if seed == 0 {
        return lesson_example(k);
    }
    let r = &mut SplitMix64::new(splitmix(seed, k as u64));
    match k {
        1 => Question::FlOff {
            pt: twentieth(r, false),
            gamma: pick(r, &[0.5, 1.0, 2.0, 3.0, 5.0]),
        },
        2 => Question::FlAlpha {
            p: twentieth(r, false),
            y: pick(r, &[0, 1]),
            alpha: pick(r, &[0.25, 0.5, 0.75]),
            gamma: pick(r, &[1.0, 2.0, 3.0]),
        },
        3 => Question::Quadrant {
            p: twentieth(r, true),
            y: pick(r, &[0, 1]),
        },
        4 => {
            let points = int(r, 2, 8);
            Question::Negatives {
                points,
                classes: int(r, 2, 10),
                positives: int(r, 0, points),
            }
        }
        5 => Question::Cell {
            x: f64::from(int(r, 0, 40) as i32 - 20) / 10.0,
            t: pick(r, &[0, 1]),
        },
        6 => Question::Crossover {
            gamma: pick(r, &[0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0]),
        },
        7 => Question::Prior {
            pi: pick(r, &[0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3]),
        },
        8 => Question::NumPos {
            totals: [0; 3].map(|_| f64::from(int(r, 5, 200)) / 10.0),
            pos: [int(r, 0, 15), int(r, 0, 15), int(r, 0, 3)],
        },
        _ => Question::Ohem {
            easy: pick(r, &[90, 490, 990, 9_990]),
            easy_pt: pick(r, &[0.8, 0.9, 0.95, 0.99]),
            hard: 10,
            hard_pt: pick(r, &[0.1, 0.2, 0.3, 0.4]),
            gamma: pick(r, &[1.0, 2.0, 3.0]),
        },
    }
}

/// The numbers the lessons use, so that seed 0 repeats what the page showed.
fn lesson_example(k: usize) -> Question {
    match k {
        1 => Question::FlOff {
            pt: 0.9,
            gamma: 2.0,
        },
        2 => Question::FlAlpha {
            p: 0.2,
            y: 0,
            alpha: post::TABLE_ALPHA,
            gamma: post::TABLE_GAMMA,
        },
        3 => Question::Quadrant { p: 0.3, y: 1 },
        4 => {
            let rows = post::TABLE_TARGETS;
            let positives = rows.iter().filter(|r| r.contains(&1.0)).count() as u32;
            Question::Negatives {
                points: rows.len() as u32,
                classes: rows[0].len() as u32,
                positives,
            }
        }
        // The post's loss2, second class (printed 0.3244).
        5 => Question::Cell {
            x: post::TABLE_LOGITS[1][1],
            t: post::TABLE_TARGETS[1][1] as u8,
        },
        6 => Question::Crossover {
            gamma: post::TABLE_GAMMA,
        },
        7 => Question::Prior {
            pi: crate::math::simulate::PRIOR_PI,
        },
        8 => {
            let t = post::default_totals();
            Question::NumPos {
                totals: [t[0], t[1], t[2]],
                pos: [2, 12, 0],
            }
        }
        _ => Question::Ohem {
            easy: 990,
            easy_pt: 0.9,
            hard: 10,
            hard_pt: 0.3,
            gamma: 2.0,
        },
    }
}

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
mod tests {
    use super::*;

    #[test]
    fn lesson_examples() {
        // The post's 5 × 4 table: 2 positive points of 4, 5 classes → 18 negatives.
        assert_eq!(question(4, 0).answer(), 18.0);
        // The post's printed loss2 cell 2: 0.3244.
        assert!((question(5, 0).answer() - 0.3244).abs() < 5e-5);
        assert!((question(7, 0).answer() + 4.59512).abs() < 1e-5);
        assert_eq!(question(3, 0).answer(), 3.0);
        // 0.01 · −ln 0.9
        assert!((question(1, 0).answer() - 0.01 * -(0.9f64).ln()).abs() < 1e-15);
        // γ = 1: the crossover is 1/e (closed form); at γ = 2 the ratio is 1 there.
        let at = |g: f64| Question::Crossover { gamma: g }.answer();
        assert!((at(1.0) - (-1.0f64).exp()).abs() < 1e-12);
        let c2 = question(6, 0).answer();
        assert!((focal::grad_ratio::grad_ratio(c2, 2.0) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn every_exercise_accepts_its_own_answer_and_rejects_a_wrong_one() {
        for k in 1..=COUNT {
            for seed in 0..200 {
                let q = question(k, seed);
                let a = q.answer();
                assert!(a.is_finite(), "{k} {seed} {q:?}");
                assert_eq!(q.check(&a.to_string()), Verdict::Correct, "{k} {seed}");
                // Rounded to 4 significant digits (what the reveal shows) it still passes.
                let shown = format!("{:.3e}", a);
                if !q.exact() {
                    assert_eq!(q.check(&shown), Verdict::Correct, "{k} {seed} {shown}");
                }
                let wrong = if a == 0.0 { 1.0 } else { a * 1.2 + 1.0 };
                assert!(
                    matches!(q.check(&wrong.to_string()), Verdict::Wrong(_)),
                    "{k} {seed}"
                );
                assert!(matches!(q.check("abc"), Verdict::Invalid(_)));
                assert!(matches!(q.check(""), Verdict::Invalid(_)));
            }
        }
    }

    #[test]
    fn seeds_are_reproducible_and_vary() {
        for k in 1..=COUNT {
            assert_eq!(question(k, 7), question(k, 7));
            let distinct: std::collections::BTreeSet<String> =
                (1..40).map(|s| format!("{:?}", question(k, s))).collect();
            assert!(distinct.len() > 2, "exercise {k} draws too few variants");
        }
    }

    #[test]
    fn tolerance_is_three_significant_digits() {
        assert!(accepts(0.3244, 0.3245, false));
        assert!(accepts(-4.595, -4.6, false));
        assert!(!accepts(0.3244, 0.33, false));
        assert!(!accepts(18.0, 18.5, true));
        // Full-width digits and a percent sign are read.
        let q = question(9, 0);
        let a = q.answer();
        assert_eq!(q.check(&format!("{a:.2}%")), Verdict::Correct);
        assert_eq!(question(4, 0).check("１８"), Verdict::Correct);
    }

    #[test]
    fn hints_name_the_likely_slip() {
        let q = question(2, 0);
        let no_alpha = focal::focal_from_prob(0.2, 0.0, params(Alpha::Off, 2.0));
        assert_eq!(
            q.check(&no_alpha.to_string()),
            Verdict::Wrong("exercises.hint.forgot_alpha")
        );
        assert_eq!(
            question(4, 0).check("2"),
            Verdict::Wrong("exercises.hint.counted_positives")
        );
        assert_eq!(
            question(7, 0).check("4.595"),
            Verdict::Wrong("exercises.hint.sign")
        );
        // The post's cell from σ(x) skipped: FL(p = x).
        let q = question(5, 0);
        let Question::Cell { x, t } = q else { panic!() };
        let slip = focal::focal_from_prob(x, f64::from(t), post::post_params());
        assert_eq!(
            q.check(&slip.to_string()),
            Verdict::Wrong("exercises.hint.logit")
        );
    }

    #[test]
    fn quadrant_rule_matches_the_worked_examples() {
        assert_eq!(quadrant(0.9, 1), 1);
        assert_eq!(quadrant(0.1, 0), 2);
        assert_eq!(quadrant(0.3, 1), 3);
        assert_eq!(quadrant(0.7, 0), 4);
    }
}
