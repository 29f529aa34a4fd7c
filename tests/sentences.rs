//! The sentences built from numbers (`ui::sentences`) over a grid of states, in both
//! languages: α ∈ {0, 0.25, 0.5, 0.9, 1, off}, γ ∈ {0, 0.1, 0.5, 2, 5}, and the edge cases
//! of each sentence (equal shares, no easy pixels, no easy negatives, ratio 1, α_t = 0).
//! Each test states what the sentence must not claim in a state where it would be false.

use focal_loss_lab::math::focal::{self, Alpha};
use focal_loss_lab::models::explorer::{evaluate, Inputs};
use focal_loss_lab::models::quadrants::{EASY_NEG, EASY_POS, HARD_NEG, HARD_POS};
use focal_loss_lab::state::Lang;
use focal_loss_lab::ui::rich::plain;
use focal_loss_lab::ui::sentences::*;

const ALPHAS: [Alpha; 6] = [
    Alpha::On(0.0),
    Alpha::On(0.25),
    Alpha::On(0.5),
    Alpha::On(0.9),
    Alpha::On(1.0),
    Alpha::Off,
];
const GAMMAS: [f64; 5] = [0.0, 0.1, 0.5, 2.0, 5.0];
const LANGS: [Lang; 2] = [Lang::En, Lang::Zh];

/// No placeholder left unfilled, no NaN, no "∞×", no "1.000×".
fn clean(s: &str) {
    assert!(
        !s.contains('{') && !s.contains('}'),
        "unfilled placeholder: {s}"
    );
    assert!(!s.contains("NaN") && !s.contains('—'), "not a number: {s}");
    assert!(
        !s.contains("∞×"),
        "an infinite ratio printed as a number: {s}"
    );
    assert!(
        !s.contains(" 1×") && !ratio_of_one_zh(s),
        "a ratio of 1 called smaller: {s}"
    );
    // Ratios print without trailing zeros: "400×", "1/400", never "400.0×" or "1/400.0".
    assert!(
        !s.contains(".0×") && !s.contains(".0 ×") && !trailing_zero_fraction(s),
        "a ratio with a trailing .0: {s}"
    );
    assert!(!s.trim().is_empty());
}

/// "1/1" as a whole fraction (not the start of "1/100").
fn ratio_of_one_zh(s: &str) -> bool {
    s.match_indices("1/1").any(|(i, _)| {
        !s[i + 3..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '.')
    })
}

/// "1/400.0": a fraction whose denominator ends in ".0".
fn trailing_zero_fraction(s: &str) -> bool {
    s.match_indices("1/").any(|(i, _)| {
        let d: String = s[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        d.contains('.') && d.ends_with('0')
    })
}

fn quadrant_ratios(alpha: Alpha, gamma: f64) -> [f64; 4] {
    [EASY_POS, EASY_NEG, HARD_POS, HARD_NEG]
        .map(|(y, p)| evaluate(&Inputs { p, y, alpha, gamma }).ratio)
}

#[test]
fn explorer_verdict_holds_in_every_state() {
    for lang in LANGS {
        for alpha in ALPHAS {
            for gamma in GAMMAS {
                for (y, p) in [EASY_POS, EASY_NEG, HARD_POS, HARD_NEG, (1, 0.5), (0, 0.999)] {
                    let i = Inputs { p, y, alpha, gamma };
                    let pt = evaluate(&i);
                    let kind = if (y == 1) == (p > 0.5) {
                        "easy"
                    } else {
                        "hard"
                    };
                    let key = match (y, kind) {
                        (1, "easy") => "explorer.kind.easy_pos",
                        (1, _) => "explorer.kind.hard_pos",
                        (_, "easy") => "explorer.kind.easy_neg",
                        _ => "explorer.kind.hard_neg",
                    };
                    let s = explorer_verdict(lang, key, pt.alpha_t, pt.ratio);
                    clean(&s);
                    if lang == Lang::En {
                        assert!(!s.contains("an hard") && !s.contains("a easy"), "{s}");
                        if pt.alpha_t == 0.0 {
                            assert!(s.contains("switches this class off"), "{s}");
                        } else if alpha == Alpha::Off && gamma == 0.0 {
                            assert!(s.contains("equals cross-entropy"), "{s}");
                        } else {
                            assert!(s.contains("smaller") || s.contains("equals"), "{s}");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn explorer_verdict_articles() {
    let s = explorer_verdict(Lang::En, "explorer.kind.hard_pos", 0.25, 4.0);
    assert!(s.starts_with("This is a hard positive:"), "{s}");
    let s = explorer_verdict(Lang::En, "explorer.kind.easy_neg", 0.75, 4.0);
    assert!(s.starts_with("This is an easy negative:"), "{s}");
    assert_eq!(with_article(Lang::En, "anchor"), "an anchor");
    assert_eq!(with_article(Lang::Zh, "难分正样本"), "难分正样本");
}

#[test]
fn explorer_note_numbers_are_computed() {
    let s = explorer_note(Lang::En);
    clean(&s);
    // α off, γ = 2, p_t = 0.9: 1 / 0.1² = 100; α = 0.25 positive: 400; negative: 133.3.
    assert!(s.contains("100×"), "{s}");
    assert!(s.contains("400×") && s.contains("133.3×"), "{s}");
    assert!(s.contains("976.6×") && s.contains("0.968377"), "{s}");
    let z = explorer_note(Lang::Zh);
    clean(&z);
    assert!(z.contains("1/400") && z.contains("1/133.3"), "{z}");
}

#[test]
fn keeps_reports_the_modulating_factor_at_each_gamma() {
    for lang in LANGS {
        for gamma in GAMMAS {
            let s = keeps(lang, gamma);
            clean(&s);
            if gamma == 0.0 {
                assert!(!s.contains('%'), "γ = 0 keeps everything: {s}");
            } else {
                let k = format!("{:.1} %", 100.0 * focal::modulating_factor(0.1, gamma));
                assert!(s.contains(&k), "{s} should hold {k}");
            }
        }
    }
    let s = keeps(Lang::En, 2.0);
    assert!(
        s.contains("81.0 %") && s.contains("49.0 %") && s.contains("25.0 %") && s.contains("1.0 %"),
        "{s}"
    );
}

#[test]
fn quadrants_takeaway_claims_the_move_to_hard_samples_only_when_it_holds() {
    for lang in LANGS {
        for alpha in ALPHAS {
            for gamma in GAMMAS {
                let r = quadrant_ratios(alpha, gamma);
                let s = quadrants_takeaway(lang, alpha, gamma, r);
                clean(&s);
                let moves = r[2].max(r[3]) < r[0].min(r[1]);
                let claims =
                    s.contains("moves to the hard samples") || s.contains("训练的重点转向难分样本");
                let off = matches!(alpha, Alpha::On(a) if a == 0.0 || a == 1.0);
                assert_eq!(
                    claims,
                    moves && !off && gamma > 0.0,
                    "α {alpha:?} γ {gamma}: {s}"
                );
                if off && lang == Lang::En {
                    assert!(s.contains("switches the label off"), "{s}");
                }
            }
        }
    }
    // The case the issue reproduced: γ = 0.1, α = 0.9.
    let r = quadrant_ratios(Alpha::On(0.9), 0.1);
    let s = quadrants_takeaway(Lang::En, Alpha::On(0.9), 0.1, r);
    assert!(s.contains("does not simply move"), "{s}");
}

#[test]
fn share_sentences_follow_the_comparison() {
    for lang in LANGS {
        for (ce, fl) in [
            (0.817, 0.885),
            (0.9, 0.2),
            (0.5, 0.5),
            (0.0, 0.0),
            (1.0, 1.0),
        ] {
            let s = segmentation_takeaway(lang, 100, 2304, ce, fl, ce, fl);
            clean(&s);
            let h = simulator_headline(lang, 10, ce, fl, "α = 0.25, γ = 2");
            clean(&h);
            for t in [&s, &h] {
                let only = t.contains("but only") || t.contains("却只占");
                assert_eq!(
                    only,
                    fl < ce && format!("{:.1}", fl * 100.0) != format!("{:.1}", ce * 100.0),
                    "{t}"
                );
            }
        }
        let none = segmentation_takeaway(lang, 0, 2304, 0.0, 0.0, 0.3, 0.6);
        clean(&none);
        assert!(!none.contains("but only"), "{none}");
        let h = simulator_headline(lang, 0, 0.0, 0.0, "α = 0.25, γ = 2");
        clean(&h);
        assert!(!h.contains('%'), "no easy negatives, no shares: {h}");
    }
}

#[test]
fn five_class_negatives_say_why() {
    // Said only when the negatives carry most of the loss.
    assert_eq!(five_class_negatives(Lang::En, &[0.29, 0.48], 0.0), "");
    assert_eq!(five_class_negatives(Lang::En, &[0.29, 0.48], 0.4), "");
    let en = |pts: &[f64], share| plain(Lang::En, &five_class_negatives(Lang::En, pts, share));
    let s = en(&[0.29, 0.48, 0.3], 0.996);
    assert!(
        s.contains("hard negative") && s.contains("0.29") && s.contains("0.48"),
        "{s}"
    );
    let s = en(&[0.9, 0.95], 0.9);
    assert!(s.contains("every negative is easy"), "{s}");
    let s = en(&[0.9, 0.3], 0.9);
    assert!(s.contains("1 of the 2"), "{s}");
    for lang in LANGS {
        clean(&five_class_negatives(lang, &[0.1, 0.2], 0.9));
    }
}

/// The summary's facts as a reader sees them, in every state of the grid: no ∞ or NaN
/// printed, ratios as "1/400" in 中文 (never "缩小 400×"), and the easy/hard comparison only
/// when it holds.
#[test]
fn summary_facts_hold_in_every_state() {
    use focal_loss_lab::i18n::{fill, tr};
    use focal_loss_lab::sections::summary::model::{facts, quadrants_key};
    use focal_loss_lab::state::Params;
    for lang in LANGS {
        for alpha in ALPHAS {
            for gamma in GAMMAS {
                let s = Params {
                    alpha,
                    gamma,
                    ..Params::default()
                };
                for f in facts(&s) {
                    let args: Vec<(&str, &str)> =
                        f.nums.iter().map(|n| (n.name, n.text.as_str())).collect();
                    let text = plain(lang, &fill(tr(lang, f.key), &args));
                    clean(&text);
                    assert!(!text.contains('∞'), "α {alpha:?} γ {gamma}: {text}");
                    if lang == Lang::Zh {
                        assert!(
                            !text.contains('×')
                                && !text.match_indices("缩小").any(|(i, _)| text[i + 6..]
                                    .trim_start()
                                    .starts_with(|c: char| c.is_ascii_digit())),
                            "中文 ratios read 1/n: {text}"
                        );
                    }
                    if f.key == "summary.fact_quadrants" {
                        let v = |id| f.nums.iter().find(|n| n.testid == id).unwrap().value;
                        assert!(v("summary-easy-neg") > v("summary-hard-pos"), "{text}");
                    }
                }
            }
        }
    }
    assert_eq!(
        quadrants_key(f64::INFINITY, 4.0),
        "summary.fact_quadrants_neg_off"
    );
    assert_eq!(
        quadrants_key(1.5, f64::INFINITY),
        "summary.fact_quadrants_pos_off"
    );
    assert_eq!(quadrants_key(2.0, 2.0), "summary.fact_quadrants_same");
    assert_eq!(quadrants_key(1.0, 1.0), "summary.fact_quadrants_plain");
    assert_eq!(
        quadrants_key(1.0, f64::INFINITY),
        "summary.fact_quadrants_pos_off_full"
    );
    assert_eq!(
        quadrants_key(f64::INFINITY, 1.0),
        "summary.fact_quadrants_neg_off_full"
    );
    assert_eq!(quadrants_key(1.8, 4.0), "summary.fact_quadrants_alpha");
    assert_eq!(quadrants_key(533.3, 4.1), "summary.fact_quadrants");
    // Fact 1 at the defaults prints 400, not 400.0.
    let f = &facts(&Params::default())[0];
    assert_eq!(f.nums[1].text, "400");
}
