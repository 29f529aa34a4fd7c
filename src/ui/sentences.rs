//! Sentences built from numbers. Each is a pure function of its numbers with one branch per
//! case it can meet (α_t = 0, γ = 0, equal shares, an empty group…), so what it says holds in
//! every state, not only at the defaults. `tests/sentences.rs` runs them over a grid of states.

use crate::format;
use crate::i18n::{fill, tr, Lang};
use crate::math::focal::{self, Alpha, FocalParams};

/// `noun` with its indefinite article in English ("an easy positive", "a hard positive");
/// unchanged in Chinese, whose template carries 一个.
pub fn with_article(lang: Lang, noun: &str) -> String {
    match lang {
        Lang::Zh => noun.to_string(),
        Lang::En => {
            let vowel = noun
                .chars()
                .next()
                .is_some_and(|c| "aeiouAEIOU".contains(c));
            format!("{} {noun}", if vowel { "an" } else { "a" })
        }
    }
}

/// Two ratios or shares that print the same are the same to the reader.
fn same(a: &str, b: &str) -> bool {
    a == b
}

/// How focal loss compares with cross-entropy at one ratio CE / FL = 1 / (α_t (1 − p_t)^γ):
/// "focal loss is 400× smaller", "focal loss equals cross-entropy", "α_t = 0 switches…".
pub fn compare_fl_ce(lang: Lang, alpha_t: f64, ratio: f64) -> String {
    let t = |k| tr(lang, k);
    if alpha_t == 0.0 {
        return t("sent.cmp_off").to_string();
    }
    if !ratio.is_finite() {
        return t("sent.cmp_zero").to_string();
    }
    let shown = format::times(ratio);
    if same(&shown, &format::times(1.0)) {
        return t("sent.cmp_equal").to_string();
    }
    let key = if ratio > 1.0 {
        "sent.cmp_smaller"
    } else {
        "sent.cmp_larger"
    };
    let r = if ratio > 1.0 { ratio } else { 1.0 / ratio };
    fill(
        t(key),
        &[("ratio", &format::times(r)), ("n", &format::ratio(r))],
    )
}

/// The explorer's verdict: which kind of example this is, and how FL compares with CE.
/// `kind_key` is one of `explorer.kind.*`.
pub fn explorer_verdict(lang: Lang, kind_key: &'static str, alpha_t: f64, ratio: f64) -> String {
    fill(
        tr(lang, "explorer.verdict"),
        &[
            ("kind", &with_article(lang, tr(lang, kind_key))),
            ("cmp", &compare_fl_ce(lang, alpha_t, ratio)),
        ],
    )
}

/// The explorer's closing note: the paper's 100× is with α off; what α = 0.25 adds.
/// Every ratio is computed (γ = 2, p_t = 0.9 and the 1000× point).
pub fn explorer_note(lang: Lang) -> String {
    let at = |alpha, y: f64, pt| {
        let params = FocalParams::new(alpha, 2.0).expect("γ = 2 and α in [0, 1] are valid");
        focal::ce_over_fl_y(pt, y, params)
    };
    // (1 − p_t)² = 1/1000 at p_t = 1 − 1/√1000.
    let p1000 = 1.0 - 1000f64.sqrt().recip();
    let r = [
        ("90", at(Alpha::Off, 1.0, 0.9)),
        ("968", at(Alpha::Off, 1.0, 0.968)),
        ("pos", at(Alpha::On(0.25), 1.0, 0.9)),
        ("neg", at(Alpha::On(0.25), 0.0, 0.9)),
    ];
    // "{r90}" reads "100×" (English); "{n90}" reads "100" (中文: 1/100).
    let mut args: Vec<(String, String)> = r
        .iter()
        .flat_map(|(k, v)| {
            [
                (format!("r{k}"), format::times(*v)),
                (format!("n{k}"), format::ratio(*v)),
            ]
        })
        .collect();
    args.push(("p1000".into(), format::sig(p1000, 6)));
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    fill(tr(lang, "explorer.note"), &args)
}

/// What (1 − p_t)^γ leaves of the loss at the current γ, at a few p_t a lecturer would pick.
pub const KEEP_PT: [f64; 4] = [0.1, 0.3, 0.5, 0.9];

/// Lesson 4's step 4: how much of its loss a hard and an easy example keep at this γ.
pub fn keeps(lang: Lang, gamma: f64) -> String {
    if gamma == 0.0 {
        return tr(lang, "sent.keep_g0").to_string();
    }
    let kept = KEEP_PT.map(|pt| format::percent(focal::modulating_factor(pt, gamma)));
    fill(
        tr(lang, "sent.keep"),
        &[
            ("g", &format::short(gamma)),
            ("k1", &kept[0]),
            ("k3", &kept[1]),
            ("k5", &kept[2]),
            ("k9", &kept[3]),
        ],
    )
}

/// The quadrants' take-away. `ratios` are CE / FL for [easy positive, easy negative, hard
/// positive, hard negative].
pub fn quadrants_takeaway(lang: Lang, alpha: Alpha, gamma: f64, ratios: [f64; 4]) -> String {
    let t = |k| tr(lang, k);
    let x = ratios.map(format::times);
    // "_n": the bare number, for 中文's "仅为交叉熵的 1/400".
    let n = ratios.map(format::ratio);
    let args = [
        ("easy_pos", x[0].as_str()),
        ("easy_neg", x[1].as_str()),
        ("hard_pos", x[2].as_str()),
        ("hard_neg", x[3].as_str()),
        ("easy_pos_n", n[0].as_str()),
        ("easy_neg_n", n[1].as_str()),
        ("hard_pos_n", n[2].as_str()),
        ("hard_neg_n", n[3].as_str()),
    ];
    // α = 0 or 1 gives one label α_t = 0: that label is switched off, not down-weighted.
    if let Alpha::On(a) = alpha {
        if a == 0.0 || a == 1.0 {
            let (off, on, easy, hard) = if a == 0.0 {
                ("sent.positives", "sent.negatives", 1, 3)
            } else {
                ("sent.negatives", "sent.positives", 0, 2)
            };
            let key = if gamma == 0.0 {
                "sent.quad_off_g0"
            } else {
                "sent.quad_off"
            };
            return fill(
                t(key),
                &[
                    ("a", &format::short(a)),
                    ("off", t(off)),
                    ("on", t(on)),
                    ("easy", &x[easy]),
                    ("hard", &x[hard]),
                    ("easy_n", &n[easy]),
                    ("hard_n", &n[hard]),
                ],
            );
        }
    }
    if gamma == 0.0 {
        return match alpha {
            Alpha::Off => t("sent.quad_plain").to_string(),
            Alpha::On(_) => fill(t("quadrants.takeaway_g0"), &args),
        };
    }
    let easy_min = ratios[0].min(ratios[1]);
    let hard_max = ratios[2].max(ratios[3]);
    if hard_max < easy_min {
        return fill(t("quadrants.takeaway"), &args);
    }
    // α outweighs γ: a hard sample of one label is down-weighted more than an easy one of
    // the other label.
    let (hard, easy) = if ratios[3] >= ratios[2] {
        ("sent.hard_neg", "sent.easy_pos")
    } else {
        ("sent.hard_pos", "sent.easy_neg")
    };
    let mut all: Vec<(&str, &str)> = args.to_vec();
    all.push(("hard", t(hard)));
    all.push(("easy", t(easy)));
    fill(t("sent.quad_alpha_wins"), &all)
}

/// A share under CE against the same group's share under FL: "but only", "and even more",
/// or "the same".
fn share_pair(lang: Lang, ce: f64, fl: f64) -> String {
    let (c, f) = (format::percent(ce), format::percent(fl));
    let key = if same(&c, &f) {
        "sent.share_same"
    } else if fl < ce {
        "sent.share_less"
    } else {
        "sent.share_more"
    };
    fill(tr(lang, key), &[("ce", &c), ("fl", &f)])
}

/// The segmentation take-away: the easy background's share of the summed CE and FL, then
/// the whole background's.
pub fn segmentation_takeaway(
    lang: Lang,
    easy: usize,
    n: usize,
    easy_ce: f64,
    easy_fl: f64,
    bg_ce: f64,
    bg_fl: f64,
) -> String {
    let all_bg = fill(
        tr(lang, "segmentation.takeaway_bg"),
        &[("pair", &share_pair(lang, bg_ce, bg_fl))],
    );
    if easy == 0 {
        return format!("{} {all_bg}", tr(lang, "segmentation.takeaway_none"));
    }
    let first = fill(
        tr(lang, "segmentation.takeaway"),
        &[
            ("easy", &easy.to_string()),
            ("n", &n.to_string()),
            ("pair", &share_pair(lang, easy_ce, easy_fl)),
        ],
    );
    format!("{first} {all_bg}").replace("。 ", "。")
}

/// The simulator's headline: the easy negatives' share of the CE and FL totals.
pub fn simulator_headline(
    lang: Lang,
    easy_negatives: usize,
    ce: f64,
    fl: f64,
    params: &str,
) -> String {
    if easy_negatives == 0 {
        return fill(tr(lang, "simulator.headline_none"), &[("params", params)]);
    }
    fill(
        tr(lang, "simulator.headline"),
        &[("pair", &share_pair(lang, ce, fl)), ("params", params)],
    )
}

/// The five-class table's negatives: why they carry most of the loss, said only when they
/// do (`share`, their share of the total, above one half). `pts` are the p_t of the cells
/// with target 0.
pub fn five_class_negatives(lang: Lang, pts: &[f64], share: f64) -> String {
    let n = pts.len();
    let hard = pts.iter().filter(|&&p| p <= 0.5).count();
    if n == 0 || share.is_nan() || share <= 0.5 {
        return String::new();
    }
    if hard == n {
        let lo = pts.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = pts.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        return fill(
            tr(lang, "five_class.neg_all_hard"),
            &[
                ("neg", &n.to_string()),
                ("lo", &format::fixed(lo, 2)),
                ("hi", &format::fixed(hi, 2)),
            ],
        );
    }
    if hard == 0 {
        return tr(lang, "five_class.neg_none_hard").to_string();
    }
    fill(
        tr(lang, "five_class.neg_some_hard"),
        &[("neg", &n.to_string()), ("hard", &hard.to_string())],
    )
}
