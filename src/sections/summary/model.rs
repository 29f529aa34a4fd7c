//! The summary's facts as plain data: each a translated sentence template, the section that
//! shows it, and its numbers, all computed from the current state by the same calls the
//! lessons make.

use crate::format;
use crate::math::focal::grad_ratio::grad_ratio_shape;
use crate::math::focal::{ce_over_fl, Alpha, FocalParams};
use crate::math::table::focal_table;
use crate::models::five_class::{evaluate as table_view, grid};
use crate::models::quadrants::{evaluate as quad, QUADRANTS};
use crate::state::Params;

/// The p_t of the first fact: the paper's "well-classified" example.
pub const EASY_PT: f64 = 0.9;

/// One number in a fact: placeholder name, test id, value, and its text as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Num {
    pub name: &'static str,
    pub testid: &'static str,
    pub value: f64,
    pub text: String,
}

/// One fact: its sentence template (i18n key), the section (anchor) that shows it, numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub key: &'static str,
    pub section: &'static str,
    pub nums: Vec<Num>,
}

fn num(name: &'static str, testid: &'static str, value: f64, show: fn(f64) -> String) -> Num {
    Num {
        name,
        testid,
        value,
        text: show(value),
    }
}

fn whole(v: f64) -> String {
    format::whole(v)
}

/// Which sentence compares the easy negative's CE / FL (`easy`) with the hard positive's
/// (`hard`): α = 1 or 0 switches one of them off (an infinite ratio); at some α and small γ
/// the label weight outweighs γ and the hard positive is divided by more.
pub fn quadrants_key(easy: f64, hard: f64) -> &'static str {
    let one = format::ratio(1.0);
    if !easy.is_finite() && format::ratio(hard) == one {
        "summary.fact_quadrants_neg_off_full"
    } else if !easy.is_finite() {
        "summary.fact_quadrants_neg_off"
    } else if !hard.is_finite() && format::ratio(easy) == one {
        "summary.fact_quadrants_pos_off_full"
    } else if !hard.is_finite() {
        "summary.fact_quadrants_pos_off"
    } else if format::ratio(easy) == one && format::ratio(hard) == one {
        "summary.fact_quadrants_plain"
    } else if format::ratio(easy) == format::ratio(hard) {
        "summary.fact_quadrants_same"
    } else if easy > hard {
        "summary.fact_quadrants"
    } else {
        "summary.fact_quadrants_alpha"
    }
}

/// The facts for a state, in the order of the page.
pub fn facts(s: &Params) -> Vec<Fact> {
    let params = FocalParams::or_default(s.alpha, s.gamma);
    let easy_neg = quad(&QUADRANTS[1], params);
    let hard_pos = quad(&QUADRANTS[2], params);
    let table = table_view(&s.fc_logits, &s.fc_targets, params);
    let ce_total = focal_table(
        &grid(&s.fc_logits),
        &grid(&s.fc_targets),
        FocalParams::plain_ce(),
    )
    .total;
    let easy_ratio = ce_over_fl(EASY_PT, params);
    let mut out = vec![
        Fact {
            // α = 0 switches positives off (FL = 0); α = 1 with γ = 0 is plain CE.
            key: if !easy_ratio.is_finite() {
                "summary.fact_loss_off"
            } else if format::ratio(easy_ratio) == format::ratio(1.0) {
                "summary.fact_loss_same"
            } else {
                "summary.fact_loss"
            },
            section: "explorer",
            nums: vec![
                num("pt", "summary-easy-pt", EASY_PT, format::short),
                num("ratio", "summary-easy-ratio", easy_ratio, format::ratio),
            ],
        },
        Fact {
            key: quadrants_key(easy_neg.ratio, hard_pos.ratio),
            section: "quadrants",
            nums: vec![
                num("pe", "summary-easy-neg-p", QUADRANTS[1].p, format::short),
                num("ph", "summary-hard-pos-p", QUADRANTS[2].p, format::short),
                num("easy", "summary-easy-neg", easy_neg.ratio, format::ratio),
                num("hard", "summary-hard-pos", hard_pos.ratio, format::ratio),
            ],
        },
    ];
    out.push(match grad_ratio_shape(s.gamma) {
        Some(g) => Fact {
            key: "summary.fact_gradient",
            section: "gradient",
            nums: vec![
                num("cross", "summary-crossover", g.crossover_pt, format::num),
                num("peak", "summary-peak", g.peak_ratio, format::ratio),
            ],
        },
        None => Fact {
            key: "summary.fact_gradient_g0",
            section: "gradient",
            nums: vec![],
        },
    });
    let t = &table.table;
    out.push(Fact {
        key: "summary.fact_head",
        section: "fcos-head",
        nums: vec![
            num("ones", "summary-binary-pos", t.binary_pos as f64, whole),
            num("zeros", "summary-binary-neg", t.binary_neg as f64, whole),
            num("locs", "summary-num-pos", t.num_pos as f64, whole),
        ],
    });
    out.push(Fact {
        key: "summary.fact_table",
        section: "five-class",
        nums: vec![
            num("fl", "summary-table-fl", t.total, format::num),
            num("ce", "summary-table-ce", ce_total, format::num),
            num(
                "share",
                "summary-neg-share",
                table.neg_share(),
                format::percent,
            ),
        ],
    });
    out.push(Fact {
        key: "summary.fact_num_pos",
        section: "num-pos",
        nums: vec![
            num("n", "summary-num-pos-clamped", table.num_pos_clamped, whole),
            num("per", "summary-per-pos", t.per_pos, format::num),
        ],
    });
    out.push(match s.alpha {
        Alpha::On(a) => Fact {
            key: "summary.fact_alpha",
            section: "alpha-gamma",
            nums: vec![
                num("a", "summary-alpha-pos", a, format::short),
                num("b", "summary-alpha-neg", 1.0 - a, format::short_tidy),
            ],
        },
        Alpha::Off => Fact {
            key: "summary.fact_alpha_off",
            section: "alpha-gamma",
            nums: vec![],
        },
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(f: &[Fact], id: &str) -> f64 {
        f.iter()
            .flat_map(|x| x.nums.iter())
            .find(|n| n.testid == id)
            .unwrap()
            .value
    }

    #[test]
    fn facts_at_the_paper_setting() {
        let f = facts(&Params::default());
        // α = .25, γ = 2: CE / FL = 1 / (0.25 · 0.1²) = 400 at p_t = 0.9.
        assert!((value(&f, "summary-easy-ratio") - 400.0).abs() < 1e-9);
        assert!((value(&f, "summary-crossover") - 0.2976365549817049).abs() < 1e-12);
        assert_eq!(value(&f, "summary-binary-pos"), 2.0);
        assert_eq!(value(&f, "summary-binary-neg"), 18.0);
        assert_eq!(value(&f, "summary-num-pos-clamped"), 2.0);
        let per = value(&f, "summary-per-pos");
        assert!((per * 2.0 - value(&f, "summary-table-fl")).abs() < 1e-12);
        assert!(value(&f, "summary-table-fl") < value(&f, "summary-table-ce"));
        assert_eq!(value(&f, "summary-alpha-neg"), 0.75);
        // Every fact links to a section of the page.
        let ids: Vec<&str> = crate::data::contents::SECTIONS
            .iter()
            .map(|s| s.0)
            .collect();
        assert!(f.iter().all(|x| ids.contains(&x.section)), "{f:?}");
    }

    #[test]
    fn facts_follow_alpha_and_gamma() {
        let s = Params {
            alpha: Alpha::Off,
            gamma: 0.0,
            ..Params::default()
        };
        let f = facts(&s);
        // γ = 0, α off: FL is CE.
        assert!((value(&f, "summary-easy-ratio") - 1.0).abs() < 1e-12);
        assert!((value(&f, "summary-table-fl") - value(&f, "summary-table-ce")).abs() < 1e-12);
        assert!(f.iter().any(|x| x.key == "summary.fact_gradient_g0"));
        assert!(f.iter().any(|x| x.key == "summary.fact_alpha_off"));
        let g5 = facts(&Params {
            gamma: 5.0,
            ..Params::default()
        });
        assert!((value(&g5, "summary-crossover") - 0.196802738936998).abs() < 1e-12);
        assert!((value(&g5, "summary-easy-ratio") - 1.0 / (0.25 * 1e-5)).abs() < 1e-3);
    }
}
