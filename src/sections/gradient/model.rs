//! The gradient lesson's numbers, formulas and figure as plain data (no Leptos). Every value
//! is a math-core call: the two gradients from `math::focal::grad`, the ratio, crossover and
//! peak from `math::focal::grad_ratio`.

use crate::chart::{sample, Chart, Dash, Ink, LegendAt, Marker, Palette, Rect, Series};
use crate::format;
use crate::i18n::tr;
use crate::math::activations::logit;
use crate::math::focal::grad_ratio::{grad_ratio, grad_ratio_shape, GradRatioShape};
use crate::math::focal::{grad_ce_logit, grad_fl_logit, p_t, Alpha, FocalParams};
use crate::state::{Lang, Params};
use crate::ui::mathml::*;
use crate::ui::DataTable;

/// The explorer's point and γ with α off, as in the paper's appendix B: α_t would only multiply
/// FL's gradient by a constant per label, and the lesson is about what γ does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grad {
    pub p: f64,
    pub y: u8,
    pub gamma: f64,
    pub pt: f64,
    pub x: f64,
    pub d_ce: f64,
    pub d_fl: f64,
    /// |∂FL/∂x| ÷ |∂CE/∂x| at this point.
    pub ratio: f64,
    /// Crossover and peak; `None` at γ = 0 (FL is CE, the ratio is 1 everywhere).
    pub shape: Option<GradRatioShape>,
}

pub fn evaluate(s: &Params) -> Grad {
    let (p, y, gamma) = (s.p, s.y, s.gamma);
    let yf = f64::from(y);
    let x = logit(p);
    let params = FocalParams::new(Alpha::Off, gamma).unwrap_or_else(|_| FocalParams::plain_ce());
    let pt = p_t(p, yf);
    Grad {
        p,
        y,
        gamma,
        pt,
        x,
        d_ce: grad_ce_logit(x, yf),
        d_fl: grad_fl_logit(x, yf, params),
        ratio: grad_ratio(pt, gamma),
        shape: grad_ratio_shape(gamma),
    }
}

/// The paper's label sign y_s = 2y − 1 as MathML: +1 or −1.
fn sign(y: u8) -> String {
    if y == 1 {
        "<mo>+</mo><mn>1</mn>".into()
    } else {
        "<mo>−</mo><mn>1</mn>".into()
    }
}

/// ∂CE/∂x = p − y = 0.9 − 1 = −0.1000
pub fn ce_line(g: &Grad) -> String {
    format!(
        "<mfrac><mrow><mi>∂</mi><mi>CE</mi></mrow><mrow><mi>∂</mi><mi>x</mi></mrow></mfrac>{EQ}<mi>p</mi>{MINUS}<mi>y</mi>{EQ}{}{MINUS}<mn>{}</mn>{EQ}{}",
        mn_short(g.p),
        g.y,
        mn(g.d_ce)
    )
}

/// ∂FL/∂x = y_s (1 − p_t)^γ (γ p_t ln p_t + p_t − 1) = (+1)(1 − 0.9)^2 (2 · 0.9 · ln 0.9 + 0.9 − 1) = …
pub fn fl_line(g: &Grad) -> String {
    let pt = sub("p", "t");
    let ptv = mn_in(g.pt);
    format!(
        "<mfrac><mrow><mi>∂</mi><mi>FL</mi></mrow><mrow><mi>∂</mi><mi>x</mi></mrow></mfrac>{EQ}{}{}{}\
         {EQ}{}{}{}{EQ}{}",
        sub("y", "s"),
        pow(&one_minus(&pt), "<mi>γ</mi>"),
        paren(&format!("<mi>γ</mi>{pt}{}{PLUS}{pt}{MINUS}<mn>1</mn>", ln(&pt))),
        paren(&sign(g.y)),
        pow(&one_minus(&ptv), &mn_short(g.gamma)),
        paren(&format!(
            "{}{DOT}{ptv}{DOT}{}{PLUS}{ptv}{MINUS}<mn>1</mn>",
            mn_short(g.gamma),
            ln(&ptv)
        )),
        mn(g.d_fl)
    )
}

/// R = |∂FL/∂x| ÷ |∂CE/∂x| = 0.002896 ÷ 0.1000 = 0.02896
pub fn ratio_line(g: &Grad) -> String {
    format!(
        "<mi>R</mi>{EQ}<mo>|</mo><mi>∂</mi><mi>FL</mi><mo>/</mo><mi>∂</mi><mi>x</mi><mo>|</mo><mo>÷</mo>\
         <mo>|</mo><mi>∂</mi><mi>CE</mi><mo>/</mo><mi>∂</mi><mi>x</mi><mo>|</mo>{EQ}{}<mo>÷</mo>{}{EQ}{}",
        mn(g.d_fl.abs()),
        mn(g.d_ce.abs()),
        mn(g.ratio)
    )
}

/// R(p_t) = (1 − p_t)^γ + γ p_t (1 − p_t)^(γ−1) (−ln p_t), symbols only.
pub fn closed_form() -> String {
    let pt = sub("p", "t");
    format!(
        "<mi>R</mi><mo>(</mo>{pt}<mo>)</mo>{EQ}{}{PLUS}<mi>γ</mi>{pt}{}<mo>(</mo>{MINUS}{}<mo>)</mo>",
        pow(&one_minus(&pt), "<mi>γ</mi>"),
        pow(&one_minus(&pt), "<mi>γ</mi><mo>−</mo><mn>1</mn>"),
        ln(&pt)
    )
}

/// Rows of the data table: p_t values, and the p_t that the takeaway quotes for an easy example.
const TABLE_PT: [f64; 12] = [
    0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99,
];
/// The paper's "well-classified" example, p_t = 0.9 (its Figure 1 discussion).
pub const EASY_PT: f64 = 0.9;
const N: usize = 241;

/// The figure's y range: up to the peak with some room, at least 0 … 1.2.
fn y_top(g: &Grad) -> f64 {
    g.shape.map_or(1.2, |s| (s.peak_ratio * 1.1).max(1.2))
}

/// R over p_t for the current γ, the line R = 1, the band where R > 1, and markers at the
/// crossover, the peak and the explorer's point.
pub fn ratio_chart(g: &Grad, lang: Lang, pal: Palette) -> Chart {
    let mut c = Chart::new(tr(lang, "explorer.x_pt"), tr(lang, "gradient.y_axis"), pal);
    c.y_range = (0.0, y_top(g));
    let curve = sample(0.0, 1.0, N, |t| grad_ratio(t, g.gamma));
    if let Some(s) = g.shape {
        c.rects.push(Rect {
            x: (0.0, s.crossover_pt),
            y: c.y_range,
            ink: Ink::Shade,
            opacity: 0.12,
            caption: Some(tr(lang, "gradient.band").to_string()),
        });
    }
    // CE's own ratio is 1 at every p_t: a flat dashed curve, named in the legend.
    c.series.push(
        Series::new(
            tr(lang, "gradient.ce_line"),
            vec![(0.0, 1.0), (1.0, 1.0)],
            Ink::Ce,
        )
        .width(2.0)
        .dash(Dash::Dashed),
    );
    c.series
        .push(Series::new(format!("R, γ = {}", format::short(g.gamma)), curve, Ink::Fl).width(3.0));
    if let Some(s) = g.shape {
        c.markers.push(Marker {
            at: (s.crossover_pt, 1.0),
            ink: Ink::Accent,
            label: Some(format!("p_t = {}", format::num(s.crossover_pt))),
        });
        c.markers.push(Marker {
            at: (s.peak_pt, s.peak_ratio),
            ink: Ink::Accent,
            label: Some(format::times(s.peak_ratio)),
        });
    }
    c.markers.push(Marker {
        at: (g.pt, g.ratio),
        ink: Ink::Fl,
        label: None,
    });
    c.legend = LegendAt::UpperRight;
    c
}

/// The figure's data: p_t, ∂CE/∂x, ∂FL/∂x (for y = 1, α off) and their ratio.
pub fn ratio_table(g: &Grad) -> DataTable {
    let params = FocalParams::new(Alpha::Off, g.gamma).unwrap_or_else(|_| FocalParams::plain_ce());
    let rows = TABLE_PT
        .iter()
        .map(|&t| {
            let x = logit(t);
            vec![
                format::sig(t, 2),
                format::num(grad_ce_logit(x, 1.0)),
                format::num(grad_fl_logit(x, 1.0, params)),
                format::num(grad_ratio(t, g.gamma)),
            ]
        })
        .collect();
    DataTable {
        head: vec![
            "p_t".into(),
            "∂CE/∂x (y = 1)".into(),
            "∂FL/∂x (y = 1)".into(),
            "R".into(),
        ],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(p: f64, y: u8, gamma: f64) -> Grad {
        evaluate(&Params {
            p,
            y,
            gamma,
            ..Params::default()
        })
    }

    #[test]
    fn ratio_is_the_two_gradients_divided() {
        for (p, y, g) in [
            (0.9, 1, 2.0),
            (0.1, 1, 2.0),
            (0.9, 0, 2.0),
            (0.2, 0, 0.5),
            (0.5, 1, 5.0),
        ] {
            let v = at(p, y, g);
            assert!((v.ratio - v.d_fl / v.d_ce).abs() < 1e-12, "{v:?}");
            assert!((v.d_ce - (p - f64::from(y))).abs() < 1e-15);
        }
    }

    #[test]
    fn gamma_zero_has_no_crossover() {
        let v = at(0.3, 1, 0.0);
        assert!(v.shape.is_none());
        assert_eq!(v.ratio, 1.0);
        assert_eq!(v.d_ce, v.d_fl);
    }

    #[test]
    fn lines_carry_the_values() {
        let v = at(0.9, 1, 2.0);
        let ce = ce_line(&v);
        assert!(ce.contains("<mn>0.9</mn>") && ce.contains("<mn>1</mn>") && ce.contains("0.1000"));
        let fl = fl_line(&v);
        assert!(
            fl.contains("<mn>2</mn>") && fl.contains(&mn(v.d_fl)),
            "{fl}"
        );
        assert!(ratio_line(&v).contains(&mn(v.ratio)));
        // A negative: p_t = 1 − p and the sign −1.
        let n = at(0.9, 0, 2.0);
        assert!(
            fl_line(&n).contains("<mn>0.1</mn>") && fl_line(&n).contains("<mo>−</mo><mn>1</mn>")
        );
    }

    #[test]
    fn chart_marks_crossover_and_peak() {
        let v = at(0.9, 1, 2.0);
        let c = ratio_chart(&v, Lang::En, Palette::LIGHT);
        let s = v.shape.unwrap();
        assert!(c.markers.iter().any(|m| m.at == (s.crossover_pt, 1.0)));
        assert!(c.y_range.1 > s.peak_ratio);
        assert_eq!(c.rects[0].x, (0.0, s.crossover_pt));
        assert_eq!(ratio_table(&v).rows.len(), 12);
        // γ = 0: no band, a flat curve at 1.
        let f = ratio_chart(&at(0.9, 1, 0.0), Lang::En, Palette::LIGHT);
        assert!(f.rects.is_empty() && f.series[1].points.iter().all(|p| p.1 == 1.0));
    }
}
