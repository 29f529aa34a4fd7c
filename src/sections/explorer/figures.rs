//! The explorer's three figures as plain `Chart` data (no Leptos): loss vs p_t (the paper's
//! Figure 1, live), the gradient with respect to the logit (appendix B) and the CE/FL ratio.
//! Every y value is a math-core call; this file only samples and arranges them.

use super::model::{evaluate, p_from_pt, Inputs, Point};
use crate::chart::{sample, Chart, Dash, Ink, LegendAt, Marker, Palette, Rect, Segment, Series};
use crate::format;
use crate::i18n::{fill, tr};
use crate::math::focal::{self, Alpha, FocalParams};
use crate::math::{activations, cross_entropy};
use crate::state::{Lang, XAxis, YScale};

/// The paper's Figure 1 family.
pub const GAMMA_FAMILY: [f64; 5] = [0.0, 0.5, 1.0, 2.0, 5.0];
/// Samples per curve: smooth at 1920 px, cheap to redraw.
const N: usize = 241;
/// Rows of the data tables (≥ 11).
pub(super) const TABLE_X: [f64; 12] = [
    0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99,
];
const LOSS_MAX: f64 = 5.0;
/// The lowest a log loss axis goes (values below are marked off-scale, ▼).
const LOG_FLOOR: f64 = 1e-12;
/// The top of the log loss axis.
const LOG_TOP: f64 = 10.0;

/// The x of the loss plot → (p, p_t) under the chosen axis; y decides the branch for `p`.
fn axis_to_p(x: f64, y: u8, axis: XAxis) -> f64 {
    match axis {
        XAxis::Pt => p_from_pt(x, y),
        XAxis::P => x,
    }
}

pub(super) fn loss_at(x: f64, i: &Inputs, axis: XAxis, params: FocalParams) -> f64 {
    focal::focal_from_prob(axis_to_p(x, i.y, axis), i.label(), params)
}

pub(super) fn ce_at(x: f64, i: &Inputs, axis: XAxis) -> f64 {
    cross_entropy::bce(axis_to_p(x, i.y, axis), i.label())
}

/// "FL (α = 0.25, γ = 2)".
pub fn fl_label(i: &Inputs, lang: Lang) -> String {
    format!(
        "FL ({})",
        crate::i18n::fill(
            crate::i18n::tr(lang, "sent.params"),
            &[
                ("alpha", &format::alpha_label(i.alpha, lang)),
                ("gamma", &format::short(i.gamma))
            ]
        )
    )
}

/// The γ family (α off, as in the paper's figure): depends only on the axis and y.
pub fn family(i: &Inputs, axis: XAxis) -> Vec<(f64, Vec<(f64, f64)>)> {
    GAMMA_FAMILY
        .iter()
        .map(|&g| {
            let params =
                FocalParams::new(Alpha::Off, g).unwrap_or_else(|_| FocalParams::plain_ce());
            (g, sample(0.0, 1.0, N, |x| loss_at(x, i, axis, params)))
        })
        .collect()
}

/// Figure 1, live: CE, FL (bold) and the faint γ family, the well-classified band, and the
/// current point on both curves with the gap between them.
pub fn loss_chart(
    i: &Inputs,
    axis: XAxis,
    scale: YScale,
    fam: &[(f64, Vec<(f64, f64)>)],
    lang: Lang,
    pal: Palette,
) -> Chart {
    let pt = evaluate(i);
    let x_label = match axis {
        XAxis::Pt => tr(lang, "explorer.x_pt"),
        XAxis::P => tr(lang, "explorer.x_p"),
    };
    let mut c = Chart::new(x_label, tr(lang, "explorer.y_loss"), pal);
    c.y_log = scale == YScale::Log;
    // On a log axis the bottom is set below, once the curves are known.
    c.y_range = if c.y_log {
        (LOG_FLOOR, LOG_TOP)
    } else {
        (0.0, LOSS_MAX)
    };
    let easy = match (axis, i.y) {
        (XAxis::P, 0) => (0.0, 0.5),
        _ => (0.5, 1.0),
    };
    c.rects.push(Rect {
        x: easy,
        y: c.y_range,
        ink: Ink::Shade,
        opacity: 0.08,
        caption: Some(tr(lang, "explorer.well_classified").into()),
    });
    let tag_at = if easy.0 > 0.0 { N / 3 } else { 2 * N / 3 };
    // The legend names the family once; each curve is also tagged where a tag fits.
    let names: Vec<String> = fam.iter().map(|(g, _)| format::short(*g)).collect();
    let family_name = format!(
        "γ = {}, {}",
        names.join(", "),
        format::alpha_label(Alpha::Off, lang)
    );
    for (k, (g, pts)) in fam.iter().enumerate() {
        let s = Series::new(family_name.clone(), pts.clone(), Ink::Faint)
            .width(1.0)
            .dash(Dash::Solid)
            .tagged(tag_at + (g * 6.0) as usize, format!("γ={g}"));
        c.series.push(if k == 0 { s } else { s.no_legend() });
    }
    let params = i.params();
    c.series.push(
        Series::new("CE", sample(0.0, 1.0, N, |x| ce_at(x, i, axis)), Ink::Ce)
            .width(2.5)
            .dash(Dash::Dashed),
    );
    c.series.push(
        Series::new(
            fl_label(i, lang),
            sample(0.0, 1.0, N, |x| loss_at(x, i, axis, params)),
            Ink::Fl,
        )
        .width(3.0),
    );
    let x = match axis {
        XAxis::Pt => pt.pt,
        XAxis::P => i.p,
    };
    c.segments.push(Segment {
        from: (x, pt.ce),
        to: (x, pt.fl),
        ink: Ink::Muted,
        dash: Dash::Dashed,
        label: Some(format!("CE/FL = {}", format::times(pt.ratio))),
    });
    c.markers.push(Marker {
        at: (x, pt.ce),
        ink: Ink::Ce,
        label: None,
    });
    c.markers.push(Marker {
        at: (x, pt.fl),
        ink: Ink::Fl,
        label: None,
    });
    c.legend = LegendAt::UpperMiddle;
    if c.y_log {
        // The log axis spans the curves' actual range: down to the smallest plotted value and
        // the current point, so an easy example's FL (2.0e−6 at p = 0.98) is drawn where it is.
        let plotted = c.series.iter().flat_map(|s| s.points.iter().map(|p| p.1));
        let bottom = crate::chart::log_bottom(plotted.chain([pt.fl, pt.ce]), LOG_FLOOR);
        c.y_range = (bottom, LOG_TOP);
        for r in &mut c.rects {
            r.y = c.y_range;
        }
    }
    c
}

/// dCE/dx and dFL/dx against p_t (paper, appendix B), with the current point.
pub fn grad_chart(i: &Inputs, lang: Lang, pal: Palette) -> Chart {
    let pt = evaluate(i);
    let y = i.label();
    let params = i.params();
    let logit_of = |t: f64| activations::logit(p_from_pt(t, i.y));
    let ce = sample(0.001, 0.999, N, |t| focal::grad_ce_logit(logit_of(t), y));
    let fl = sample(0.001, 0.999, N, |t| {
        focal::grad_fl_logit(logit_of(t), y, params)
    });
    let mut c = Chart::new(tr(lang, "explorer.x_pt"), tr(lang, "explorer.y_grad"), pal);
    c.y_range = if i.y == 1 {
        (-1.05, 0.05)
    } else {
        (-0.05, 1.05)
    };
    c.series.push(
        Series::new("dCE/dx", ce, Ink::Ce)
            .width(2.5)
            .dash(Dash::Dashed),
    );
    c.series.push(Series::new("dFL/dx", fl, Ink::Fl).width(3.0));
    c.markers.push(Marker {
        at: (pt.pt, pt.grad_ce),
        ink: Ink::Ce,
        label: None,
    });
    c.markers.push(Marker {
        at: (pt.pt, pt.grad_fl),
        ink: Ink::Fl,
        label: None,
    });
    c.legend = if i.y == 1 {
        LegendAt::LowerRight
    } else {
        LegendAt::UpperRight
    };
    c
}

/// The paper's landmarks for γ = 2 without α: (p_t, CE/FL) at 0.9 and 0.968.
pub fn landmarks() -> [(f64, f64); 2] {
    let paper = FocalParams::new(Alpha::Off, 2.0).unwrap_or_else(|_| FocalParams::plain_ce());
    [0.9, 0.968].map(|t| (t, focal::ce_over_fl(t, paper)))
}

/// CE/FL against p_t on a log axis: the current α, γ (bold) and the paper's γ = 2 curve with
/// its two landmarks.
pub fn ratio_chart(i: &Inputs, lang: Lang, pal: Palette) -> Chart {
    let pt = evaluate(i);
    let y = i.label();
    let params = i.params();
    let paper = FocalParams::new(Alpha::Off, 2.0).unwrap_or_else(|_| FocalParams::plain_ce());
    let mut c = Chart::new(tr(lang, "explorer.x_pt"), "CE / FL", pal);
    c.y_log = true;
    c.y_range = (0.5, 1e6);
    let cur = sample(0.0, 0.999, N, |t| focal::ce_over_fl_y(t, y, params));
    let pap = sample(0.0, 0.999, N, |t| focal::ce_over_fl(t, paper));
    c.series.push(
        Series::new(tr(lang, "explorer.paper_curve"), pap, Ink::Faint)
            .width(1.5)
            .dash(Dash::Dashed),
    );
    c.series
        .push(Series::new(fl_label(i, lang), cur, Ink::Fl).width(3.0));
    for (t, r) in landmarks() {
        c.markers.push(Marker {
            at: (t, r),
            ink: Ink::Muted,
            label: Some(format!("{} @ {}", format::times(r), t)),
        });
    }
    c.markers.push(Marker {
        at: (pt.pt, pt.ratio),
        ink: Ink::Fl,
        label: None,
    });
    c.legend = LegendAt::UpperLeft;
    c
}

/// The canvas' aria-label: what the figure shows now, in words.
pub fn summary(key: &'static str, i: &Inputs, pt: &Point, lang: Lang) -> String {
    let [(t1, r1), (t2, r2)] = landmarks();
    fill(
        tr(lang, key),
        &[
            ("t1", &format::short(t1)),
            ("r1", &format::ratio(r1)),
            ("t2", &format::short(t2)),
            ("r2", &format::ratio(r2)),
            ("n", &format::ratio(pt.ratio)),
            ("fl", &fl_label(i, lang)),
            ("pt", &format::num(pt.pt)),
            ("ce", &format::num(pt.ce)),
            ("flv", &format::num(pt.fl)),
            ("ratio", &format::times(pt.ratio)),
            ("gce", &format::num(pt.grad_ce)),
            ("gfl", &format::num(pt.grad_fl)),
        ],
    )
}

/// Export file stem, e.g. `focal-loss_p0.9_y1_alpha0.25_gamma2`.
pub fn file_stem(what: &str, i: &Inputs) -> String {
    let a = match i.alpha {
        Alpha::Off => "off".to_string(),
        Alpha::On(v) => format!("{v}"),
    };
    format!("{what}_p{}_y{}_alpha{a}_gamma{}", i.p, i.y, i.gamma)
}

#[cfg(test)]
mod tests;
