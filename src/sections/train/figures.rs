//! The section's charts and their data tables, built from a session's history. Pure
//! functions of plain data, so they are tested natively.

use crate::chart::{Chart, Dash, Ink, LegendAt, Marker, Palette, Raster, Series};
use crate::format;
use crate::i18n::{tr, Lang};
use crate::math::train::data::{Dataset, EXTENT};
use crate::math::train::metrics::BINS;
use crate::math::train::session::MAP;
use crate::math::train::{Point, MAX_STEPS};
use crate::ui::DataTable;

/// The runs' names (CE, α-CE, FL), inks and dashes, in run order.
pub const RUNS: [(&str, Ink, Dash); 3] = [
    ("CE", Ink::Ce, Dash::Solid),
    ("α-CE (α = .75)", Ink::Accent, Dash::Dashed),
    ("FL", Ink::Fl, Dash::Dotted),
];

/// Test ids' run suffixes, in run order.
pub const KEYS: [&str; 3] = ["ce", "ace", "fl"];

fn curves(
    history: &[Point],
    f: impl Fn(&crate::math::train::Metrics) -> Option<f64>,
) -> Vec<Series> {
    RUNS.iter()
        .enumerate()
        .map(|(k, (name, ink, dash))| {
            let pts = history
                .iter()
                .filter_map(|p| {
                    f(&p.runs[k])
                        .filter(|v| v.is_finite())
                        .map(|v| (p.step as f64, v))
                })
                .collect();
            Series::new(*name, pts, *ink).dash(*dash)
        })
        .collect()
}

/// Training loss over steps, log y axis (the bottom a power of ten below the smallest loss).
pub fn loss_chart(history: &[Point], lang: Lang, pal: Palette) -> Chart {
    let mut c = Chart::new(tr(lang, "train.x_steps"), tr(lang, "train.y_loss"), pal);
    c.series = curves(history, |m| Some(m.loss).filter(|v| *v > 0.0));
    let values = c.series.iter().flat_map(|s| s.points.iter().map(|p| p.1));
    let (lo, hi) = values.fold((f64::INFINITY, 0.0f64), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    c.x_range = (0.0, MAX_STEPS as f64);
    c.y_log = true;
    c.y_range = if hi > 0.0 {
        (
            10f64.powf(lo.log10().floor()),
            10f64.powf(hi.log10().ceil()),
        )
    } else {
        (0.01, 10.0)
    };
    c
}

/// Test average precision over steps.
pub fn ap_chart(history: &[Point], lang: Lang, pal: Palette) -> Chart {
    let mut c = Chart::new(tr(lang, "train.x_steps"), tr(lang, "train.y_ap"), pal);
    c.series = curves(history, |m| m.ap);
    c.x_range = (0.0, MAX_STEPS as f64);
    c.y_range = (0.0, 1.0);
    c.legend = LegendAt::LowerRight;
    c
}

/// Reliability diagram: observed fraction of positives against mean predicted p per bin
/// (bins with test points only), and the diagonal of perfect calibration.
pub fn calibration_chart(latest: &Point, lang: Lang, pal: Palette) -> Chart {
    let mut c = Chart::new(tr(lang, "train.x_conf"), tr(lang, "train.y_freq"), pal);
    c.series = RUNS
        .iter()
        .zip(&latest.runs)
        .map(|((name, ink, dash), m)| {
            let pts = m
                .bins
                .iter()
                .filter(|b| b.count > 0)
                .map(|b| (b.mean_p, b.frac_pos))
                .collect();
            Series::new(*name, pts, *ink).dash(*dash)
        })
        .collect();
    c.series.push(
        Series::new(
            tr(lang, "train.diagonal"),
            vec![(0.0, 0.0), (1.0, 1.0)],
            Ink::Faint,
        )
        .width(1.0)
        .no_legend(),
    );
    c.legend = LegendAt::UpperLeft;
    c
}

/// How many points of each class the map shows (a fixed sample: the first ones drawn).
pub const SHOWN: (usize, usize) = (60, 140);

/// The probability map of run `k`: p on a MAP × MAP grid as a heatmap (opacity √p, so the
/// small probabilities of a rare class still show), the first training points on top.
pub fn map_chart(latest: &Point, k: usize, train: &Dataset, pal: Palette) -> Chart {
    let mut c = Chart::new("x₁", "x₂", pal);
    c.x_range = (-EXTENT, EXTENT);
    c.y_range = (-EXTENT, EXTENT);
    c.legend = LegendAt::None;
    let map = &latest.runs[k].map;
    c.raster = Some(Raster {
        cols: MAP,
        rows: MAP,
        opacity: map.iter().map(|&p| p.sqrt() as f32).collect(),
        ink: RUNS[k].1,
    });
    let pos = train.x.iter().take(train.num_pos).take(SHOWN.0);
    let neg = train.x.iter().skip(train.num_pos).take(SHOWN.1);
    c.markers = neg
        .map(|p| (p, Ink::Negative))
        .chain(pos.map(|p| (p, Ink::Positive)))
        .map(|(p, ink)| Marker {
            at: (p[0], p[1]),
            ink,
            label: None,
        })
        .collect();
    c
}

/// The curves' data table: one row per evaluation, loss and AP of each run.
pub fn history_table(history: &[Point], lang: Lang) -> DataTable {
    let mut head = vec![tr(lang, "train.x_steps").to_string()];
    for (name, ..) in RUNS {
        head.push(format!("{} {name}", tr(lang, "train.col_loss")));
        head.push(format!("AP {name}"));
    }
    let rows = history
        .iter()
        .map(|p| {
            let mut r = vec![p.step.to_string()];
            for m in &p.runs {
                r.push(if m.loss.is_finite() {
                    format::num(m.loss)
                } else {
                    "—".into()
                });
                r.push(m.ap.map_or("—".into(), format::num));
            }
            r
        })
        .collect();
    DataTable { head, rows }
}

/// The reliability bins as a table: bin, then count / mean p / fraction positive per run.
pub fn calibration_table(latest: &Point, lang: Lang) -> DataTable {
    let mut head = vec![tr(lang, "train.col_bin").to_string()];
    for (name, ..) in RUNS {
        head.push(format!("n {name}"));
        head.push(format!("p̄ {name}"));
        head.push(format!("ȳ {name}"));
    }
    let rows = (0..BINS)
        .map(|b| {
            let lo = b as f64 / BINS as f64;
            let mut r = vec![format!(
                "({}, {}]",
                format::fixed(lo, 3),
                format::fixed(lo + 1.0 / BINS as f64, 3)
            )];
            for m in &latest.runs {
                let bin = m.bins[b];
                r.push(bin.count.to_string());
                r.push(if bin.count > 0 {
                    format::num(bin.mean_p)
                } else {
                    "—".into()
                });
                r.push(if bin.count > 0 {
                    format::num(bin.frac_pos)
                } else {
                    "—".into()
                });
            }
            r
        })
        .collect();
    DataTable { head, rows }
}

/// The map as a table: every 6th cell of every 6th row, p of run `k`.
pub fn map_table(latest: &Point, k: usize, lang: Lang) -> DataTable {
    let head = vec![
        "x₁".into(),
        "x₂".into(),
        tr(lang, "train.col_p").to_string(),
    ];
    let rows = (0..MAP)
        .step_by(6)
        .flat_map(|r| (0..MAP).step_by(6).map(move |c| (r, c)))
        .map(|(r, c)| {
            let [x1, x2] = crate::math::train::session::cell_centre(c, r);
            vec![
                format::fixed(x1, 2),
                format::fixed(x2, 2),
                format::num(latest.runs[k].map[r * MAP + c]),
            ]
        })
        .collect();
    DataTable { head, rows }
}
