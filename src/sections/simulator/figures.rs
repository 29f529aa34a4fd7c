//! The simulator's figures and tables as plain data (no Leptos): the stacked loss-share bars,
//! the paper's Figure 4 for one class, their data tables, summaries and export names. Every
//! number comes from the `math::simulate` report; this file only arranges it.

use crate::chart::{value_at, Chart, Dash, Ink, LegendAt, Palette, Rect, Series};
use crate::format;
use crate::i18n::{fill, tr};
use crate::math::focal::Alpha;
use crate::math::simulate::{ClassCdf, Kind, Population, Report, Totals};
use crate::state::Lang;
use crate::ui::DataTable;

/// i18n keys of the kinds (full name, short chart caption), in `Kind::ALL` order.
pub const KIND_KEYS: [(&str, &str); 4] = [
    ("simulator.kind.easy_neg", "simulator.short.easy_neg"),
    ("simulator.kind.hard_neg", "simulator.short.hard_neg"),
    ("simulator.kind.easy_pos", "simulator.short.easy_pos"),
    ("simulator.kind.hard_pos", "simulator.short.hard_pos"),
];

/// Test-id stems of the kinds: `share-ce-easy-neg`, …
pub const KIND_IDS: [&str; 4] = ["easy-neg", "hard-neg", "easy-pos", "hard-pos"];

/// Bar colours: grey for the easy background mass, then negative, accent, positive.
pub fn kind_ink(k: Kind) -> Ink {
    match k {
        Kind::EasyNeg => Ink::Muted,
        Kind::HardNeg => Ink::Negative,
        Kind::EasyPos => Ink::Accent,
        Kind::HardPos => Ink::Positive,
    }
}

/// "α = 0.25, γ = 2" or "α off, γ = 2" (中文: "α = 0.25，γ = 2", "α 关闭，γ = 2").
pub fn params_text(alpha: Alpha, gamma: f64, lang: Lang) -> String {
    crate::i18n::fill(
        crate::i18n::tr(lang, "sent.params"),
        &[
            ("alpha", &format::alpha_label(alpha, lang)),
            ("gamma", &format::short(gamma)),
        ],
    )
}

/// Segments shorter than this (in % of the bar) get no caption (the table lists them all).
const CAPTION_MIN: f64 = 7.0;
const BAR_HALF: f64 = 0.3;

fn bar(c: &mut Chart, x: f64, t: &Totals, lang: Lang) {
    let mut y = 0.0;
    for k in Kind::ALL {
        let h = t.share[k.index()] * 100.0;
        if h <= 0.0 {
            continue;
        }
        let caption = (h >= CAPTION_MIN).then(|| {
            format!(
                "{} {}",
                tr(lang, KIND_KEYS[k.index()].1),
                format::percent(t.share[k.index()])
            )
        });
        c.rects.push(Rect {
            x: (x - BAR_HALF, x + BAR_HALF),
            y: (y, (y + h).min(100.0)),
            ink: kind_ink(k),
            opacity: 0.55,
            caption,
        });
        y += h;
    }
}

/// Two stacked bars, CE and FL at (α, γ), each 100 % of its total, split by kind.
pub fn share_chart(r: &Report, alpha: Alpha, gamma: f64, lang: Lang, pal: Palette) -> Chart {
    let mut c = Chart::new(
        tr(lang, "simulator.share_x"),
        tr(lang, "simulator.share_y"),
        pal,
    );
    // Bars at 0 and 1; the legend sits right of them. Exactly two ticks (the chart draws
    // custom ticks where given, so no empty third slot is needed to keep both labels).
    c.x_range = (-0.6, 2.9);
    c.y_range = (0.0, 100.0);
    c.x_ticks = Some(vec![
        (0.0, "CE".to_string()),
        (1.0, format!("FL ({})", params_text(alpha, gamma, lang))),
    ]);
    bar(&mut c, 0.0, &r.ce, lang);
    bar(&mut c, 1.0, &r.fl, lang);
    // Legend swatches: thick empty series, one per kind, in stacking order.
    for k in Kind::ALL {
        c.series.push(
            Series::new(tr(lang, KIND_KEYS[k.index()].0), Vec::new(), kind_ink(k)).width(8.0),
        );
    }
    c.legend = LegendAt::UpperRight;
    c
}

/// Rows: kind, CE share, FL share (percent).
pub fn share_table(r: &Report, lang: Lang) -> DataTable {
    DataTable {
        head: vec![
            tr(lang, "simulator.th.kind").into(),
            tr(lang, "simulator.th.ce").into(),
            tr(lang, "simulator.th.fl").into(),
        ],
        rows: Kind::ALL
            .iter()
            .map(|k| {
                vec![
                    tr(lang, KIND_KEYS[k.index()].0).into(),
                    format::percent(r.ce.share[k.index()]),
                    format::percent(r.fl.share[k.index()]),
                ]
            })
            .collect(),
    }
}

/// "easy negatives 68.2 %, hard negatives 30.3 %, …" for one loss.
fn shares_text(t: &Totals, lang: Lang) -> String {
    Kind::ALL
        .iter()
        .map(|k| {
            format!(
                "{} {}",
                tr(lang, KIND_KEYS[k.index()].0),
                format::percent(t.share[k.index()])
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn share_summary(r: &Report, lang: Lang) -> String {
    fill(
        tr(lang, "simulator.share_summary"),
        &[
            ("ce", &shares_text(&r.ce, lang)),
            ("fl", &shares_text(&r.fl, lang)),
        ],
    )
}

/// Family styles: γ = 0 is CE (dashed blue), then dotted/dashed greys, γ = 2 solid grey.
fn family_style(i: usize) -> (Ink, Dash, f64) {
    match i {
        0 => (Ink::Ce, Dash::Dashed, 2.0),
        1 => (Ink::Faint, Dash::Dotted, 2.0),
        2 => (Ink::Faint, Dash::Dashed, 1.5),
        _ => (Ink::Muted, Dash::Solid, 1.5),
    }
}

fn class_keys(class: usize) -> (&'static str, &'static str) {
    if class == 1 {
        ("simulator.cdf_x_pos", "simulator.class_pos")
    } else {
        ("simulator.cdf_x_neg", "simulator.class_neg")
    }
}

/// Figure 4 for one class (0 = negatives, 1 = positives): the paper's γ ∈ {0, ½, 1, 2} and
/// the current γ (bold).
pub fn cdf_chart(c: &ClassCdf, class: usize, lang: Lang, pal: Palette) -> Chart {
    let mut chart = Chart::new(
        tr(lang, class_keys(class).0),
        tr(lang, "simulator.cdf_y"),
        pal,
    );
    for (i, curve) in c.family.iter().enumerate() {
        let (ink, dash, width) = family_style(i);
        let s = Series::new(format!("γ = {}", curve.gamma), curve.points.clone(), ink)
            .dash(dash)
            .width(width);
        // The bold current curve names this γ already (at the default γ = 2): one entry.
        let same = (curve.gamma - c.current.gamma).abs() < 1e-12;
        chart.series.push(if same { s.no_legend() } else { s });
    }
    chart.series.push(
        Series::new(
            fill(
                tr(lang, "simulator.cdf_current"),
                &[("g", &format::short(c.current.gamma))],
            ),
            c.current.points.clone(),
            Ink::Fl,
        )
        .width(3.0),
    );
    chart.legend = LegendAt::UpperLeft;
    chart
}

/// The fractions the data table reads the curves at (≥ 11 rows).
const TABLE_X: [f64; 14] = [
    0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 1.0,
];

pub fn cdf_table(c: &ClassCdf, lang: Lang) -> DataTable {
    let curves: Vec<_> = c.family.iter().chain([&c.current]).collect();
    let mut head = vec![tr(lang, "simulator.th.fraction").to_string()];
    head.extend(
        curves
            .iter()
            .map(|k| format!("γ = {}", format::short(k.gamma))),
    );
    let rows = TABLE_X
        .iter()
        .map(|&x| {
            let mut row = vec![format::short(x)];
            row.extend(
                curves
                    .iter()
                    .map(|k| value_at(&k.points, x).map_or_else(|| "—".into(), format::num)),
            );
            row
        })
        .collect();
    DataTable { head, rows }
}

/// The hardest fraction of the class carrying 90 % of its loss, at γ = 0 and the current γ.
pub fn top90(c: &ClassCdf) -> (Option<f64>, Option<f64>) {
    (
        c.family
            .first()
            .and_then(|k| k.hardest_fraction_carrying(0.9)),
        c.current.hardest_fraction_carrying(0.9),
    )
}

pub fn cdf_summary(c: &ClassCdf, class: usize, lang: Lang) -> String {
    let (ce, fl) = top90(c);
    if ce.is_none() {
        return tr(lang, "simulator.empty_curve").into();
    }
    let pct = |v: Option<f64>| v.map_or_else(|| "—".into(), format::percent);
    fill(
        tr(lang, "simulator.cdf_summary"),
        &[
            ("class", tr(lang, class_keys(class).1)),
            ("ce", &pct(ce)),
            ("fl", &pct(fl)),
            ("g", &format::short(c.current.gamma)),
        ],
    )
}

/// Export file stem, e.g. `simulator-shares_n100000_pos0.001_seed1_alpha0.25_gamma2`.
pub fn file_stem(what: &str, p: &Population, alpha: Alpha, gamma: f64) -> String {
    let a = match alpha {
        Alpha::Off => "off".to_string(),
        Alpha::On(v) => format!("{v}"),
    };
    format!(
        "{what}_n{}_pos{}_seed{}_alpha{a}_gamma{gamma}",
        p.n, p.pos_frac, p.seed
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::focal::FocalParams;
    use crate::math::simulate::simulate;

    fn report() -> Report {
        simulate(&Population::default(), FocalParams::default())
    }

    /// A γ move redraws the current curve only: the axes and the γ family are the plot's kept
    /// still layer (`ui::plot::layers`), which holds only while they compare equal.
    #[test]
    fn a_gamma_move_leaves_the_family_and_the_frame_alone() {
        let pop = Population::default();
        let at = |gamma: f64| {
            let params = FocalParams::new(FocalParams::default().alpha(), gamma).unwrap();
            let r = simulate(&pop, params);
            cdf_chart(&r.cdf[0], 0, Lang::En, Palette::LIGHT)
        };
        let (a, b) = (at(2.5), at(3.5));
        assert!(a.frame_equals(&b));
        let family = a.series.len() - 1;
        assert_eq!(a.series[..family], b.series[..family]);
        assert_ne!(a.series[family], b.series[family]);
    }

    #[test]
    fn share_chart_has_one_tick_per_bar_and_no_empty_slot() {
        let r = report();
        let c = share_chart(&r, Alpha::On(0.25), 2.0, Lang::En, Palette::LIGHT);
        let ticks = c.x_ticks.clone().unwrap();
        assert_eq!(ticks.len(), 2, "{ticks:?}");
        assert!(ticks.iter().all(|(_, t)| !t.is_empty()));
        // Every tick sits on a bar.
        for (x, _) in &ticks {
            assert!(c.rects.iter().any(|r| (r.x.0 + BAR_HALF - x).abs() < 1e-9));
        }
        // Both labels are drawn (the chart draws custom ticks exactly where given).
        let svg = crate::chart::to_svg(&c, (600, 300)).unwrap();
        assert!(
            svg.contains("\nCE\n") && svg.contains("\nFL (α = 0.25, γ = 2)\n"),
            "{svg}"
        );
    }

    /// A segment's caption sits in its own segment: the easy negatives (the bottom 67 % of the
    /// CE bar) are captioned below the hard negatives above them, not both at the bar's top.
    #[test]
    fn captions_sit_in_their_own_segments() {
        let r = report();
        let c = share_chart(&r, Alpha::On(0.25), 2.0, Lang::En, Palette::LIGHT);
        let placed = crate::chart::label_layout(&c, (640, 400), 1.0).unwrap();
        assert_eq!(placed.crowded, 0);
        let (easy, hard) = (placed.captions[0].unwrap(), placed.captions[1].unwrap());
        assert!(
            c.rects[0].y.0 == 0.0 && c.rects[1].y.0 > 60.0,
            "{:?}",
            c.rects
        );
        assert!(
            easy.y0 > hard.y1,
            "easy {easy:?} should be below hard {hard:?}"
        );
    }

    #[test]
    fn bars_stack_to_one_hundred_percent() {
        let r = report();
        let c = share_chart(&r, Alpha::On(0.25), 2.0, Lang::En, Palette::LIGHT);
        for x in [0.0, 1.0] {
            let top = c
                .rects
                .iter()
                .filter(|r| (r.x.0 + BAR_HALF - x).abs() < 1e-9)
                .map(|r| r.y.1)
                .fold(0.0, f64::max);
            assert!((top - 100.0).abs() < 1e-9, "{top}");
        }
        // The big easy-negative CE segment is captioned with its share.
        let cap = c.rects[0].caption.clone().unwrap();
        assert!(cap.contains(&format::percent(r.ce.share[0])), "{cap}");
        assert_eq!(c.series.len(), 4);
    }

    #[test]
    fn cdf_chart_has_family_and_current() {
        let r = report();
        let c = cdf_chart(&r.cdf[0], 0, Lang::En, Palette::LIGHT);
        assert_eq!(c.series.len(), 5);
        assert!(c.series[4].label.contains("γ = 2"));
        // At the default γ = 2 the legend names γ = 2 once (the bold current curve).
        let legend: Vec<&str> = c
            .series
            .iter()
            .filter(|s| s.in_legend)
            .map(|s| s.label.as_str())
            .collect();
        assert_eq!(
            legend.iter().filter(|l| l.contains("γ = 2")).count(),
            1,
            "{legend:?}"
        );
        assert_eq!(legend.len(), 4);
        let t = cdf_table(&r.cdf[0], Lang::En);
        assert!(t.rows.len() >= 11 && t.head.len() == 6);
        assert_eq!(t.rows.last().unwrap()[5], "1.000");
    }

    #[test]
    fn summaries_and_names() {
        let r = report();
        let s = cdf_summary(&r.cdf[0], 0, Lang::En);
        assert!(s.contains('%') && !s.contains('{'), "{s}");
        let none = simulate(
            &Population {
                pos_frac: 0.0,
                ..Population::default()
            },
            FocalParams::default(),
        );
        assert_eq!(
            cdf_summary(&none.cdf[1], 1, Lang::En),
            tr(Lang::En, "simulator.empty_curve")
        );
        assert_eq!(
            file_stem("simulator-shares", &Population::default(), Alpha::Off, 2.0),
            "simulator-shares_n100000_pos0.001_seed1_alphaoff_gamma2"
        );
        assert!(!share_summary(&r, Lang::Zh).contains('{'));
    }
}
