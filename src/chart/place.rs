//! Where a chart's words go: captions, curve tags, the legend and the overlay's labels are
//! placed so that none crosses a curve, a marker or another label. Pure geometry in backend
//! pixels; the caller supplies the data → pixel map and a text measure, so the page (canvas
//! `measureText`), the exports and the native tests all place labels the same way.

pub use super::geometry::Boxf;
use super::geometry::{around, pick, Curve, Obstacles};
use super::{Chart, LegendAt};

/// The placed boxes, index for index with the chart's rects, series, segments and markers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Placed {
    pub captions: Vec<Option<Boxf>>,
    pub tags: Vec<Option<Boxf>>,
    pub legend: Option<Boxf>,
    /// Overlay labels with the point they name (a leader line joins a label placed far off).
    pub segments: Vec<Option<(Boxf, (f64, f64))>>,
    pub markers: Vec<Option<(Boxf, (f64, f64))>>,
    /// Labels that found no free spot and were put where they cross the least.
    pub crowded: usize,
    /// Curve tags left out for want of a free spot (the legend names their curves).
    pub dropped: usize,
}

/// Font sizes (before `scale`) of each kind of text, shared with the drawing code.
pub const CAPTION: f64 = 12.0;
pub const TAG: f64 = 11.0;
pub const LEGEND: f64 = 13.0;
pub const LABEL: f64 = 12.0;
/// Legend geometry: inner margin, line sample length, gap to the text, line height factor.
pub const LEGEND_PAD: f64 = 6.0;
pub const LEGEND_SAMPLE: f64 = 22.0;
pub const LEGEND_GAP: f64 = 6.0;
pub const LEGEND_LINE: f64 = 1.35;
/// Marker radius, as drawn.
pub const MARKER_R: f64 = 5.0;

/// The base layer's words (band captions, legend, curve tags), placed, with what they leave
/// for the overlay's labels to keep clear of: the curves and the words' own boxes. A plot keeps
/// it with its drawn base, so a move that changes only markers places only their labels.
#[derive(Clone, Debug, Default)]
pub struct BaseWords {
    placed: Placed,
    curves: Vec<Curve>,
    boxes: Vec<Boxf>,
}

impl BaseWords {
    /// The base words' boxes (the overlay's fields are empty).
    pub fn placed(&self) -> &Placed {
        &self.placed
    }
}

/// Pixel spots of the markers (None off the plot's finite range).
fn dots(chart: &Chart, to_px: &dyn Fn(f64, f64) -> (f64, f64)) -> Vec<Option<(f64, f64)>> {
    chart
        .markers
        .iter()
        .map(|m| {
            let (x, y) = to_px(m.at.0, chart.y_to_axis(m.at.1));
            (x.is_finite() && y.is_finite()).then_some((x, y))
        })
        .collect()
}

/// The box a marker's dot covers, with a pixel to spare.
fn dot_box((x, y): (f64, f64), scale: f64) -> Boxf {
    let r = MARKER_R * scale + 1.0;
    Boxf::at(x - r, y - r, (2.0 * r, 2.0 * r))
}

/// The overlay's segments as obstacles, in pixels.
fn segment_lines(chart: &Chart, to_px: &dyn Fn(f64, f64) -> (f64, f64)) -> Vec<Curve> {
    chart
        .segments
        .iter()
        .map(|s| {
            let a = to_px(s.from.0, chart.y_to_axis(s.from.1));
            let b = to_px(s.to.0, chart.y_to_axis(s.to.1));
            (a, b)
        })
        .filter(|(a, b)| [a.0, a.1, b.0, b.1].iter().all(|v| v.is_finite()))
        .map(|(a, b)| Curve::new(vec![a, b]))
        .collect()
}

/// What placing words needs of a chart being drawn: the chart, `to_px` mapping (data x, axis
/// y) to backend pixels, the plotting area, `measure(text, px size)` giving (width, height),
/// and the text scale.
#[derive(Clone, Copy)]
pub struct Layout<'a> {
    pub chart: &'a Chart,
    pub to_px: &'a dyn Fn(f64, f64) -> (f64, f64),
    pub plot: Boxf,
    pub measure: &'a dyn Fn(&str, f64) -> (f64, f64),
    pub scale: f64,
}

/// The base layer's words: captions, legend, curve tags, clear of the curves, the segments and
/// the markers' dots as they are now. `curves` are the drawn polylines in pixels (one per
/// series, cut runs as separate lines).
pub fn place_base(layout: Layout, curves: Vec<Vec<(f64, f64)>>) -> BaseWords {
    let Layout {
        chart,
        to_px,
        plot,
        measure,
        scale,
    } = layout;
    let series = curves.len();
    let mut obs = Obstacles {
        curves: curves.into_iter().map(Curve::new).collect(),
        boxes: Vec::new(),
    };
    let mut out = Placed::default();
    let gap = 4.0 * scale;
    // Markers are fixed: reserve them first so no text covers a dot.
    for &p in dots(chart, to_px).iter().flatten() {
        obs.boxes.push(dot_box(p, scale));
    }
    let reserved = obs.boxes.len();
    obs.curves.extend(segment_lines(chart, to_px));
    // Band captions: inside their band from its top (a band across the plot: the plot's
    // top; a stacked bar's segment: its own top, not the bar's), sliding down if something is
    // there; where the band has no room, from the plot's top as for a band across it.
    for rect in &chart.rects {
        out.captions.push(rect.caption.as_ref().and_then(|cap| {
            let wh = measure(cap, CAPTION * scale);
            let (xa, ya) = to_px(rect.x.0, chart.y_to_axis(rect.y.0));
            let (xb, yb) = to_px(rect.x.1, chart.y_to_axis(rect.y.1));
            let (lo, hi) = (xa.min(xb).max(plot.x0), xa.max(xb).min(plot.x1));
            let (top, bottom) = if ya.is_finite() && yb.is_finite() {
                (ya.min(yb).max(plot.y0), ya.max(yb).min(plot.y1))
            } else {
                (plot.y0, plot.y1)
            };
            let mid = (lo + hi - wh.0) / 2.0;
            let row = |from: f64, k: usize| {
                let y = from + gap + k as f64 * wh.1 * 0.8;
                [mid, hi - wh.0 - gap, lo + gap].map(|x| Boxf::at(x, y, wh))
            };
            let from_plot_top = (0..12).flat_map(|k| row(plot.y0, k));
            // A band from the plot's top: its places inside are the first of those already.
            let cands: Vec<Boxf> = if top > plot.y0 {
                let inside = (0..12).flat_map(|k| row(top, k)).filter(|b| b.y1 <= bottom);
                inside.chain(from_plot_top).collect()
            } else {
                from_plot_top.collect()
            };
            pick(&cands, &plot, &mut obs, Some(&mut out.crowded))
        }));
    }
    out.legend = place_legend(chart, plot, measure, scale, &mut obs, &mut out.crowded);
    // Curve tags: near their point, sliding along the curve if crowded; left out if the
    // curve has no free spot (the legend still names it).
    for s in &chart.series {
        out.tags.push(s.tag.as_ref().and_then(|(i, text)| {
            let wh = measure(text, TAG * scale);
            let n = s.points.len() as isize;
            let step = (n / 60).max(1);
            let cands: Vec<Boxf> = (0..60)
                .flat_map(|k| {
                    let off = if k % 2 == 0 { k / 2 } else { -(k / 2 + 1) };
                    let j = *i as isize + off * step;
                    (0..n).contains(&j).then(|| s.points[j as usize])
                })
                .map(|(x, y)| to_px(x, chart.y_to_axis(y)))
                .filter(|p| p.0.is_finite() && p.1.is_finite())
                .flat_map(|p| around(p, wh, gap, false).into_iter().take(8))
                .collect();
            let spot = pick(&cands, &plot, &mut obs, None);
            out.dropped += usize::from(spot.is_none());
            spot
        }));
    }
    obs.curves.truncate(series);
    BaseWords {
        placed: out,
        curves: obs.curves,
        boxes: obs.boxes.split_off(reserved),
    }
}

/// The overlay's labels (segments, markers) over placed base words: clear of the curves, the
/// base words, the segments and every dot.
pub fn place_overlay(layout: Layout, base: &BaseWords) -> Placed {
    let Layout {
        chart,
        to_px,
        plot,
        measure,
        scale,
    } = layout;
    let mut out = base.placed.clone();
    let gap = 4.0 * scale;
    let r = MARKER_R * scale + 1.0;
    let dots = dots(chart, to_px);
    let mut obs = Obstacles {
        curves: base.curves.clone(),
        boxes: base.boxes.clone(),
    };
    obs.boxes
        .extend(dots.iter().flatten().map(|&p| dot_box(p, scale)));
    obs.curves.extend(segment_lines(chart, to_px));
    for s in &chart.segments {
        out.segments.push(s.label.as_ref().and_then(|text| {
            let wh = measure(text, LABEL * scale);
            let a = to_px(s.from.0, chart.y_to_axis(s.from.1));
            let b = to_px(s.to.0, chart.y_to_axis(s.to.1));
            let mid = (a.0, (a.1.min(plot.y1) + b.1.min(plot.y1)) / 2.0);
            mid.1.is_finite().then_some(())?;
            pick(
                &around(mid, wh, gap, true),
                &plot,
                &mut obs,
                Some(&mut out.crowded),
            )
            .map(|b| (b, mid))
        }));
    }
    for (m, dot) in chart.markers.iter().zip(&dots) {
        out.markers
            .push(m.label.as_ref().zip(*dot).and_then(|(text, p)| {
                let wh = measure(text, LABEL * scale);
                pick(
                    &around(p, wh, gap + r, true),
                    &plot,
                    &mut obs,
                    Some(&mut out.crowded),
                )
                .map(|b| (b, p))
            }));
    }
    out
}

/// The legend's size: one line per entry, a line sample before each.
pub fn legend_size(
    chart: &Chart,
    measure: &dyn Fn(&str, f64) -> (f64, f64),
    scale: f64,
) -> Option<(f64, f64)> {
    let entries: Vec<&str> = chart
        .series
        .iter()
        .filter(|s| s.in_legend)
        .map(|s| s.label.as_str())
        .collect();
    if entries.is_empty() || chart.legend == LegendAt::None {
        return None;
    }
    let font = LEGEND * scale;
    let text_w = entries
        .iter()
        .map(|t| measure(t, font).0)
        .fold(0.0, f64::max);
    let pad = LEGEND_PAD * scale;
    Some((
        2.0 * pad + (LEGEND_SAMPLE + LEGEND_GAP) * scale + text_w,
        2.0 * pad + entries.len() as f64 * font * LEGEND_LINE,
    ))
}

fn place_legend(
    chart: &Chart,
    plot: Boxf,
    measure: &dyn Fn(&str, f64) -> (f64, f64),
    scale: f64,
    obs: &mut Obstacles,
    crowded: &mut usize,
) -> Option<Boxf> {
    let wh = legend_size(chart, measure, scale)?;
    let m = 5.0 * scale;
    let (l, r) = (plot.x0 + m, plot.x1 - wh.0 - m);
    let (t, b) = (plot.y0 + m, plot.y1 - wh.1 - m);
    let c = (plot.x0 + plot.x1 - wh.0) / 2.0;
    let corner = |at: LegendAt| match at {
        LegendAt::UpperLeft => (l, t),
        LegendAt::UpperMiddle => (c, t),
        LegendAt::LowerLeft => (l, b),
        LegendAt::LowerRight => (r, b),
        LegendAt::UpperRight | LegendAt::None => (r, t),
    };
    // The chart's preferred corner first, then the other corners, then any spot of a grid
    // over the plot, nearest the preferred corner first.
    let first = corner(chart.legend);
    let mut spots = vec![first];
    for at in [
        LegendAt::UpperRight,
        LegendAt::UpperLeft,
        LegendAt::UpperMiddle,
        LegendAt::LowerRight,
        LegendAt::LowerLeft,
    ] {
        spots.push(corner(at));
    }
    let mut grid: Vec<(f64, f64)> = (0..=10)
        .flat_map(|i| (0..=10).map(move |j| (f64::from(i) / 10.0, f64::from(j) / 10.0)))
        .map(|(u, v)| (l + (r - l) * u, t + (b - t) * v))
        .collect();
    let d = |p: &(f64, f64)| (p.0 - first.0).hypot(p.1 - first.1);
    grid.sort_by(|p, q| d(p).total_cmp(&d(q)));
    spots.extend(grid);
    let cands: Vec<Boxf> = spots.into_iter().map(|(x, y)| Boxf::at(x, y, wh)).collect();
    pick(&cands, &plot, obs, Some(crowded))
}
