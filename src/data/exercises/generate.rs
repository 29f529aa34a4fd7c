//! Exercise K's numbers: the lessons' own examples (seed 0) or fresh ones from SplitMix64.

use super::Question;
use crate::data::post;
use crate::math::rng::{splitmix, SplitMix64};

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
