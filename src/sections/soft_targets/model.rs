//! The soft-targets lesson's numbers and figures, without Leptos: a 1-D Gaussian target (one
//! object at the centre), a movable Gaussian prediction, and the CornerNet / CenterNet
//! penalty-reduced focal loss per position with β = 4, beside the same loss without the
//! reduction (β = 0). Losses come from `math::soft_targets`.

use crate::chart::{Chart, Dash, Ink, LegendAt, Marker, Palette, Segment, Series};
use crate::format;
use crate::i18n::{fill, tr};
use crate::math::soft_targets::{centernet_focal, gaussian_1d, CenterNetLoss};
use crate::state::Lang;
use crate::ui::DataTable;

/// Positions on the 1-D heatmap.
pub const N: usize = 41;
/// The object's (integer) centre: the only position with target exactly 1.
pub const CENTER: usize = 20;
/// Exponent of (1 − p) and p: `a` in CornerNet's notation (α there, not the class weight).
pub const A: f64 = 2.0;
/// Penalty-reduction exponent of (1 − y).
pub const BETA: f64 = 4.0;

/// The controls: target σ and the prediction's shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Inputs {
    /// σ of the target Gaussian (0 → one-hot target).
    pub sigma: f64,
    /// Position of the predicted peak (may be fractional).
    pub peak: f64,
    /// p at the predicted peak.
    pub height: f64,
    /// σ of the predicted peak.
    pub width: f64,
    /// p far from the peak.
    pub floor: f64,
}

/// p_i = b + (h − b) · exp(−(i − μ)² / (2 s²)), i = 0..N: a Gaussian bump of height h at μ on
/// a floor b. With b, h ∈ (0, 1) every p_i lies between them, so every loss is finite.
pub fn prediction(i: &Inputs) -> Vec<f64> {
    let s2 = 2.0 * i.width * i.width;
    (0..N)
        .map(|k| {
            let d = k as f64 - i.peak;
            i.floor + (i.height - i.floor) * (-(d * d) / s2).exp()
        })
        .collect()
}

/// The target heatmap: `gaussian_1d(N, CENTER, σ)`.
pub fn target(i: &Inputs) -> Vec<f64> {
    gaussian_1d(N, CENTER, i.sigma)
}

/// Everything the section shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub target: Vec<f64>,
    pub pred: Vec<f64>,
    /// The penalty-reduced loss (β = 4).
    pub reduced: CenterNetLoss,
    /// The same loss with β = 0: every y < 1 position is a full negative (hard targets).
    pub hard: CenterNetLoss,
}

pub fn evaluate(i: &Inputs) -> Outcome {
    let target = target(i);
    let pred = prediction(i);
    let reduced = centernet_focal(&pred, &target, A, BETA);
    let hard = centernet_focal(&pred, &target, A, 0.0);
    Outcome {
        target,
        pred,
        reduced,
        hard,
    }
}

impl Outcome {
    /// L_i(β = 4) / L_i(β = 0) at position k: for a negative this is exactly the reduction
    /// factor (1 − y_k)^β; `None` at a positive or where the unreduced loss is 0.
    pub fn reduction(&self, k: usize) -> Option<f64> {
        let (r, h, y) = (
            *self.reduced.per_position.get(k)?,
            *self.hard.per_position.get(k)?,
            *self.target.get(k)?,
        );
        (y < 1.0 && h > 0.0).then(|| r / h)
    }
}

fn positions(v: &[f64]) -> Vec<(f64, f64)> {
    v.iter().enumerate().map(|(k, &y)| (k as f64, y)).collect()
}

fn x_ticks() -> Vec<(f64, String)> {
    (0..=N - 1)
        .step_by(5)
        .map(|k| (k as f64, k.to_string()))
        .collect()
}

/// Target y_i and prediction p_i against position, with the centre marked.
pub fn heatmap_chart(i: &Inputs, r: &Outcome, lang: Lang, pal: Palette) -> Chart {
    let mut c = Chart::new(
        tr(lang, "soft_targets.x"),
        tr(lang, "soft_targets.y_value"),
        pal,
    );
    c.x_range = (0.0, (N - 1) as f64);
    c.y_range = (0.0, 1.08);
    c.x_ticks = Some(x_ticks());
    c.series.push(
        Series::new(
            fill(
                tr(lang, "soft_targets.s_target"),
                &[("s", &format::sig(i.sigma, 3))],
            ),
            positions(&r.target),
            Ink::Positive,
        )
        .width(2.5),
    );
    c.series.push(
        Series::new(
            tr(lang, "soft_targets.s_pred"),
            positions(&r.pred),
            Ink::Accent,
        )
        .width(2.5)
        .dash(Dash::Dashed),
    );
    c.segments.push(Segment {
        from: (CENTER as f64, 0.0),
        to: (CENTER as f64, 1.0),
        ink: Ink::Muted,
        dash: Dash::Dotted,
        label: None,
    });
    c.markers.push(Marker {
        at: (CENTER as f64, 1.0),
        ink: Ink::Positive,
        label: Some("y = 1".into()),
    });
    c.legend = LegendAt::UpperLeft;
    c
}

/// Per-position loss with and without the penalty reduction.
pub fn loss_chart(r: &Outcome, lang: Lang, pal: Palette) -> Chart {
    let mut c = Chart::new(
        tr(lang, "soft_targets.x"),
        tr(lang, "soft_targets.y_loss"),
        pal,
    );
    c.x_range = (0.0, (N - 1) as f64);
    c.x_ticks = Some(x_ticks());
    let top = r
        .reduced
        .per_position
        .iter()
        .chain(&r.hard.per_position)
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    c.y_range = (0.0, (top * 1.15).max(0.05));
    c.series.push(
        Series::new(
            tr(lang, "soft_targets.s_hard"),
            positions(&r.hard.per_position),
            Ink::Ce,
        )
        .width(2.0)
        .dash(Dash::Dashed),
    );
    c.series.push(
        Series::new(
            tr(lang, "soft_targets.s_reduced"),
            positions(&r.reduced.per_position),
            Ink::Fl,
        )
        .width(3.0),
    );
    c.markers.push(Marker {
        at: (CENTER as f64, r.reduced.per_position[CENTER]),
        ink: Ink::Positive,
        label: Some(tr(lang, "soft_targets.m_pos").into()),
    });
    c.legend = LegendAt::UpperLeft;
    c
}

/// One row per position: i, y_i, p_i, L_i (β = 4), L_i (β = 0), their ratio.
pub fn table(r: &Outcome, lang: Lang) -> DataTable {
    let rows = (0..N)
        .map(|k| {
            vec![
                k.to_string(),
                format::num(r.target[k]),
                format::num(r.pred[k]),
                format::num(r.reduced.per_position[k]),
                format::num(r.hard.per_position[k]),
                r.reduction(k).map_or_else(|| "—".into(), format::num),
            ]
        })
        .collect();
    DataTable {
        head: vec![
            "i".into(),
            "y_i".into(),
            "p_i".into(),
            tr(lang, "soft_targets.s_reduced").into(),
            tr(lang, "soft_targets.s_hard").into(),
            tr(lang, "soft_targets.col_factor").into(),
        ],
        rows,
    }
}

/// The canvases' aria-labels.
pub fn summary(key: &'static str, i: &Inputs, r: &Outcome, lang: Lang) -> String {
    fill(
        tr(lang, key),
        &[
            ("s", &format::sig(i.sigma, 3)),
            ("mu", &format::sig(i.peak, 3)),
            ("h", &format::sig(i.height, 3)),
            ("pc", &format::num(r.pred[CENTER])),
            ("total", &format::num(r.reduced.total)),
            ("hard", &format::num(r.hard.total)),
        ],
    )
}

/// Export file stem, e.g. `centernet-loss_sigma2_peak22_h0.6`.
pub fn file_stem(what: &str, i: &Inputs) -> String {
    format!(
        "{what}_sigma{}_peak{}_h{}_w{}_b{}",
        i.sigma, i.peak, i.height, i.width, i.floor
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> Inputs {
        Inputs {
            sigma: 2.0,
            peak: 22.0,
            height: 0.6,
            width: 2.0,
            floor: 0.02,
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-12 * b.abs().max(1.0)
    }

    #[test]
    fn defaults_match_python() {
        // tools/lessons_c_reference.py, section "soft targets".
        let r = evaluate(&defaults());
        assert!(close(r.pred[20], 0.3717877826333274));
        assert!(close(r.pred[22], 0.6));
        assert!(close(r.reduced.pos_loss, 0.3904799479831975));
        assert!(close(r.reduced.neg_loss, 0.09835239770941222));
        assert_eq!(r.reduced.num_pos, 1);
        assert!(close(r.reduced.total, 0.48883234569260975));
        assert!(close(r.hard.total, 1.23670742103984));
        let f = r.reduction(21).unwrap();
        assert!(close(f, 0.00019063263879222708), "{f}");
        assert_eq!(r.reduction(CENTER), None);
    }

    #[test]
    fn perfect_prediction_costs_little_and_sigma_zero_is_a_hard_target() {
        let i = Inputs {
            peak: 20.0,
            height: 0.99,
            width: 2.0,
            floor: 0.001,
            ..defaults()
        };
        let r = evaluate(&i);
        // The neighbours' loss is almost removed by (1 − y)^4.
        assert!(r.reduced.neg_loss < 0.01 * r.hard.neg_loss);
        let hard = evaluate(&Inputs {
            sigma: 0.0,
            ..defaults()
        });
        assert_eq!(hard.reduced, hard.hard);
        assert_eq!(hard.target.iter().filter(|&&y| y > 0.0).count(), 1);
    }

    #[test]
    fn extremes_stay_finite() {
        for (s, mu, h, w, b) in [(10.0, 0.0, 0.99, 0.1, 0.5), (0.0, 40.0, 0.01, 10.0, 0.001)] {
            let r = evaluate(&Inputs {
                sigma: s,
                peak: mu,
                height: h,
                width: w,
                floor: b,
            });
            assert!(r.pred.iter().all(|p| *p > 0.0 && *p < 1.0));
            assert!(r.reduced.total.is_finite() && r.hard.total.is_finite());
        }
    }

    #[test]
    fn charts_and_table_cover_every_position() {
        let i = defaults();
        let r = evaluate(&i);
        let c = loss_chart(&r, Lang::En, Palette::LIGHT);
        assert_eq!(c.series[1].points.len(), N);
        assert!(c.y_range.1 >= r.hard.per_position.iter().fold(0.0, |a: f64, &b| a.max(b)));
        assert_eq!(table(&r, Lang::En).rows.len(), N);
        assert_eq!(
            heatmap_chart(&i, &r, Lang::En, Palette::LIGHT).series.len(),
            2
        );
        assert_eq!(file_stem("x", &i), "x_sigma2_peak22_h0.6_w2_b0.02");
    }
}
