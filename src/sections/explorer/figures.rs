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
mod tests {
    use super::*;

    fn inputs() -> Inputs {
        Inputs {
            p: 0.9,
            y: 1,
            alpha: Alpha::On(0.25),
            gamma: 2.0,
        }
    }

    #[test]
    fn log_axis_reaches_the_current_fl() {
        // p = 0.98: FL = 0.25 · 0.02² · −ln 0.98 ≈ 2.0e−6, far below the old 10⁻⁴ floor.
        let i = Inputs {
            p: 0.98,
            ..inputs()
        };
        let fam = family(&i, XAxis::Pt);
        let c = loss_chart(&i, XAxis::Pt, YScale::Log, &fam, Lang::En, Palette::LIGHT);
        let fl = evaluate(&i).fl;
        assert!((fl - 2.02e-6).abs() < 1e-8, "{fl}");
        assert!(c.y_log && c.y_range.0 <= fl && c.y_range.0 >= LOG_FLOOR);
        // A power of ten.
        let e = c.y_range.0.log10();
        assert!((e - e.round()).abs() < 1e-9);
        // Down to the smallest plotted positive value, unless that is below the floor.
        let min = c
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.1))
            .filter(|v| *v > 0.0)
            .fold(f64::INFINITY, f64::min);
        assert!(c.y_range.0 <= min || c.y_range.0 == LOG_FLOOR);
        // The current FL is drawn on the axis, not on an edge.
        assert!(c.y_to_axis(fl) > c.y_to_axis(c.y_range.0));
        // Without the γ = 5 family member's tail, the bottom follows FL itself.
        let only: Vec<_> = fam.iter().filter(|(g, _)| *g <= 1.0).cloned().collect();
        let c = loss_chart(
            &Inputs { gamma: 0.5, ..i },
            XAxis::Pt,
            YScale::Log,
            &only,
            Lang::En,
            Palette::LIGHT,
        );
        assert!(c.y_range.0 > LOG_FLOOR && c.y_range.0 <= evaluate(&Inputs { gamma: 0.5, ..i }).fl);
    }

    #[test]
    fn landmarks_are_the_papers() {
        let [(a, ra), (b, rb)] = landmarks();
        assert_eq!((a, b), (0.9, 0.968));
        assert!((ra - 100.0).abs() < 1e-9);
        assert!((rb - 976.5625).abs() < 1e-6);
    }

    #[test]
    fn ratio_summary_reads_the_landmarks_computed() {
        let i = inputs();
        let pt = evaluate(&i);
        let en = summary("explorer.summary_ratio", &i, &pt, Lang::En);
        assert!(en.contains("100× at p_t = 0.9 and 976.6× at 0.968"), "{en}");
        assert!(en.contains("Now: 400× at p_t = 0.9"), "{en}");
        let zh = summary("explorer.summary_ratio", &i, &pt, Lang::Zh);
        assert!(
            zh.contains("p_t = 0.9 处为 100 倍，0.968 处为 976.6 倍"),
            "{zh}"
        );
        assert!(zh.contains("时为 400 倍。") && !zh.contains('×'), "{zh}");
    }

    #[test]
    fn loss_chart_marks_the_current_point_on_both_curves() {
        let i = inputs();
        let fam = family(&i, XAxis::Pt);
        let c = loss_chart(&i, XAxis::Pt, YScale::Lin, &fam, Lang::En, Palette::LIGHT);
        let pt = evaluate(&i);
        assert_eq!(c.markers[0].at, (pt.pt, pt.ce));
        assert_eq!(c.markers[1].at, (pt.pt, pt.fl));
        assert_eq!(c.series.len(), GAMMA_FAMILY.len() + 2);
        // The γ = 0 family member is CE itself.
        let ce = &c.series[GAMMA_FAMILY.len()].points;
        assert_eq!(&fam[0].1[1..], &ce[1..]);
    }

    #[test]
    fn p_axis_with_a_negative_mirrors_the_pt_axis() {
        let i = Inputs { y: 0, ..inputs() };
        let by_p = loss_chart(
            &i,
            XAxis::P,
            YScale::Lin,
            &family(&i, XAxis::P),
            Lang::En,
            Palette::LIGHT,
        );
        let by_pt = loss_chart(
            &i,
            XAxis::Pt,
            YScale::Lin,
            &family(&i, XAxis::Pt),
            Lang::En,
            Palette::LIGHT,
        );
        let fl_p = &by_p.series.last().unwrap().points;
        let fl_pt = &by_pt.series.last().unwrap().points;
        // FL at p = x for y = 0 equals FL at p_t = 1 − x.
        let (x, v) = fl_p[60];
        let mirrored = crate::chart::value_at(fl_pt, 1.0 - x).unwrap();
        assert!((v - mirrored).abs() < 1e-9 * v.max(1.0));
        assert_eq!(by_p.rects[0].x, (0.0, 0.5));
    }

    #[test]
    fn file_names_say_what_and_which_parameters() {
        assert_eq!(
            file_stem("focal-loss", &inputs()),
            "focal-loss_p0.9_y1_alpha0.25_gamma2"
        );
    }
}
