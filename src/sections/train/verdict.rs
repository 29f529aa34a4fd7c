//! The sentence under the read-outs: what this run shows, computed from its numbers, whichever
//! way they fall (FL may well lose on a toy; the page then says so).

use super::figures::RUNS;
use crate::format;
use crate::i18n::{fill, tr, Lang};
use crate::math::train::Point;

/// AP differences smaller than this count as a tie (one positive of the test set moves AP
/// by more).
pub const TIE: f64 = 0.005;

/// The index of the run with the highest test AP, or None when the top two are within TIE.
pub fn best(p: &Point) -> Option<usize> {
    let ap = p.runs.each_ref().map(|m| m.ap.unwrap_or(f64::NAN));
    // The top two by total order (NaN above every number, as a sort would put it).
    let top = (0..3).fold(0, |b, k| {
        if ap[k].total_cmp(&ap[b]).is_gt() {
            k
        } else {
            b
        }
    });
    let second = (0..3)
        .filter(|&k| k != top)
        .fold(None, |b: Option<usize>, k| match b {
            Some(b) if ap[b].total_cmp(&ap[k]).is_ge() => Some(b),
            _ => Some(k),
        })
        .unwrap_or(top);
    (ap[top] - ap[second] >= TIE).then_some(top)
}

/// The sentence for the latest evaluation.
pub fn sentence(p: &Point, lang: Lang) -> String {
    let t = |k| tr(lang, k);
    let m = &p.runs;
    let (Some(ap_ce), Some(ap_fl)) = (m[0].ap, m[2].ap) else {
        return t("train.no_pos").to_string();
    };
    if p.step == 0 {
        return fill(t("train.s_start"), &[("ap", &format::fixed(ap_ce, 3))]);
    }
    let lead = match best(p) {
        Some(k) => fill(
            t("train.s_best"),
            &[
                ("steps", &p.step.to_string()),
                ("run", RUNS[k].0),
                ("ap", &format::fixed(m[k].ap.unwrap_or(f64::NAN), 3)),
            ],
        ),
        None => fill(t("train.s_tie"), &[("steps", &p.step.to_string())]),
    };
    let d = ap_fl - ap_ce;
    let vs = fill(
        t(if d.abs() < TIE {
            "train.s_equal"
        } else if d > 0.0 {
            "train.s_above"
        } else {
            "train.s_below"
        }),
        &[
            ("d", &format::fixed(d.abs(), 3)),
            ("fl", &format::fixed(ap_fl, 3)),
            ("ce", &format::fixed(ap_ce, 3)),
        ],
    );
    let (e_ce, e_fl) = (m[0].ece.unwrap_or(f64::NAN), m[2].ece.unwrap_or(f64::NAN));
    let cal = fill(
        t(if e_fl > e_ce {
            "train.s_cal_worse"
        } else {
            "train.s_cal_better"
        }),
        &[
            ("fl", &format::fixed(e_fl, 4)),
            ("ce", &format::fixed(e_ce, 4)),
        ],
    );
    let share = fill(
        t("train.s_share"),
        &[
            ("ce", &format::percent(m[0].easy_share)),
            ("fl", &format::percent(m[2].easy_share)),
        ],
    );
    // Chinese sentences end in a full-width stop and take no space after it.
    let sep = if lang == Lang::Zh { "" } else { " " };
    [lead, vs, cal, share].join(sep)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::train::Metrics;

    fn point(step: u64, ap: [f64; 3], ece: [f64; 3]) -> Point {
        Point {
            step,
            runs: std::array::from_fn(|k| Metrics {
                loss: 1.0,
                ap: Some(ap[k]),
                easy_share: 0.1 * k as f64,
                ece: Some(ece[k]),
                ..Default::default()
            }),
        }
    }

    #[test]
    fn the_sentence_follows_the_numbers_either_way() {
        let win = sentence(&point(500, [0.5, 0.6, 0.7], [0.01, 0.02, 0.05]), Lang::En);
        assert!(
            win.contains("FL") && win.contains("0.700") && win.contains("0.200 above"),
            "{win}"
        );
        assert!(win.contains("worse"), "{win}");
        let lose = sentence(&point(500, [0.8, 0.6, 0.7], [0.05, 0.02, 0.01]), Lang::En);
        assert!(
            lose.contains("CE has") && lose.contains("0.100 below") && lose.contains("better"),
            "{lose}"
        );
        let tie = sentence(&point(500, [0.7, 0.6, 0.702], [0.01; 3]), Lang::En);
        assert!(tie.contains("no clear winner"), "{tie}");
        assert_eq!(best(&point(9, [0.7, 0.6, 0.702], [0.0; 3])), None);
        let zh = sentence(&point(500, [0.5, 0.6, 0.7], [0.01, 0.02, 0.05]), Lang::Zh);
        assert!(zh.contains("0.700") && !zh.contains("train."), "{zh}");
        let mut none = point(0, [0.0; 3], [0.0; 3]);
        none.runs.iter_mut().for_each(|m| m.ap = None);
        assert_eq!(sentence(&none, Lang::En), tr(Lang::En, "train.no_pos"));
    }
}
