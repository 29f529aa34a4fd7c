//! Where a chart's words go: captions, curve tags, the legend and the overlay's labels are
//! placed so that none crosses a curve, a marker or another label. Pure geometry in backend
//! pixels; the caller supplies the data → pixel map and a text measure, so the page (canvas
//! `measureText`), the exports and the native tests all place labels the same way.

use super::{Chart, LegendAt};

/// An axis-aligned box in backend pixels (y grows downwards).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Boxf {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Boxf {
    pub fn at(x0: f64, y0: f64, (w, h): (f64, f64)) -> Self {
        Self {
            x0,
            y0,
            x1: x0 + w,
            y1: y0 + h,
        }
    }
    fn overlaps(&self, o: &Boxf) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
    fn inside(&self, o: &Boxf) -> bool {
        self.x0 >= o.x0 && self.x1 <= o.x1 && self.y0 >= o.y0 && self.y1 <= o.y1
    }
    /// Distance from a point to the box (0 inside).
    pub fn distance(&self, (x, y): (f64, f64)) -> f64 {
        let dx = (self.x0 - x).max(x - self.x1).max(0.0);
        let dy = (self.y0 - y).max(y - self.y1).max(0.0);
        dx.hypot(dy)
    }
    /// The point of the box nearest to `p`.
    pub fn nearest(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (x.clamp(self.x0, self.x1), y.clamp(self.y0, self.y1))
    }
    fn contains(&self, (x, y): (f64, f64)) -> bool {
        x > self.x0 && x < self.x1 && y > self.y0 && y < self.y1
    }
    /// Whether the segment a–b passes through the box (Liang–Barsky clipping).
    fn cut_by(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        if self.contains(a) || self.contains(b) {
            return true;
        }
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [
            (-dx, a.0 - self.x0),
            (dx, self.x1 - a.0),
            (-dy, a.1 - self.y0),
            (dy, self.y1 - a.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
            }
        }
        t0 < t1
    }
}

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

/// A drawn line in pixels; `sorted` when its x never decreases (sampled curves), so only
/// the part under a box need be looked at.
#[derive(Clone, Debug, Default)]
struct Curve {
    pts: Vec<(f64, f64)>,
    sorted: bool,
}

impl Curve {
    fn new(pts: Vec<(f64, f64)>) -> Self {
        let sorted = pts.windows(2).all(|w| w[0].0 <= w[1].0);
        Self { pts, sorted }
    }
    /// The segments whose x span can meet `b`.
    fn under(&self, b: &Boxf) -> impl Iterator<Item = ((f64, f64), (f64, f64))> + '_ {
        let (from, to) = if self.sorted {
            let a = self.pts.partition_point(|p| p.0 < b.x0).saturating_sub(1);
            let z = self.pts.partition_point(|p| p.0 <= b.x1) + 1;
            (a, z.min(self.pts.len()))
        } else {
            (0, self.pts.len())
        };
        self.pts[from..to].windows(2).map(|w| (w[0], w[1]))
    }
}

/// What labels must keep clear of.
struct Obstacles {
    curves: Vec<Curve>,
    boxes: Vec<Boxf>,
}

impl Obstacles {
    /// How badly `b` crosses what is placed (0 = free).
    fn cost(&self, b: &Boxf) -> usize {
        let boxes = self.boxes.iter().filter(|o| o.overlaps(b)).count();
        let cuts: usize = self
            .curves
            .iter()
            .map(|c| c.under(b).filter(|&(p, q)| b.cut_by(p, q)).count())
            .sum();
        boxes * 100 + cuts
    }
    fn free(&self, b: &Boxf) -> bool {
        !self.boxes.iter().any(|o| o.overlaps(b))
            && !self
                .curves
                .iter()
                .any(|c| c.under(b).any(|(p, q)| b.cut_by(p, q)))
    }
}

/// Picks the first candidate inside `plot` that crosses nothing. Failing that, a label that
/// must be shown goes where it crosses least (counted in `crowded`); an optional one is left
/// out (`None`).
fn pick(
    cands: &[Boxf],
    plot: &Boxf,
    obs: &mut Obstacles,
    crowded: Option<&mut usize>,
) -> Option<Boxf> {
    let inside = || cands.iter().filter(|b| b.inside(plot));
    if let Some(b) = inside().find(|b| obs.free(b)) {
        obs.boxes.push(*b);
        return Some(*b);
    }
    let crowded = crowded?;
    let b = *inside().min_by_key(|b| obs.cost(b))?;
    *crowded += 1;
    obs.boxes.push(b);
    Some(b)
}

/// Boxes of size `wh` around a point: right/left × above/below, then straight above/below,
/// at a growing distance (`far`: out to where a leader line must show what it names).
fn around((x, y): (f64, f64), (w, h): (f64, f64), gap: f64, far: bool) -> Vec<Boxf> {
    let mut v = Vec::new();
    let near = [1.0, 2.5, 4.5, 7.0];
    let farther = [10.0, 14.0, 19.0, 25.0, 32.0, 40.0, 50.0, 62.0];
    let steps = near.iter().chain(if far { &farther[..] } else { &[] });
    for &k in steps {
        let d = gap * k;
        v.extend([
            Boxf::at(x + d, y - h - d, (w, h)),
            Boxf::at(x - w - d, y - h - d, (w, h)),
            Boxf::at(x + d, y + d, (w, h)),
            Boxf::at(x - w - d, y + d, (w, h)),
            Boxf::at(x + d, y - h / 2.0, (w, h)),
            Boxf::at(x - w - d, y - h / 2.0, (w, h)),
            Boxf::at(x - w / 2.0, y - h - d, (w, h)),
            Boxf::at(x - w / 2.0, y + d, (w, h)),
        ]);
    }
    v
}

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

/// Places every label of `chart`. `to_px` maps (data x, axis y) to backend pixels, `plot` is
/// the plotting area, `curves` the drawn polylines in pixels (one per series, cut runs joined
/// by `None` gaps removed by the caller), `measure(text, px size)` gives (width, height).
pub fn place(
    chart: &Chart,
    to_px: &dyn Fn(f64, f64) -> (f64, f64),
    plot: Boxf,
    curves: Vec<Vec<(f64, f64)>>,
    measure: &dyn Fn(&str, f64) -> (f64, f64),
    scale: f64,
) -> Placed {
    let base = place_base(chart, to_px, plot, curves, measure, scale);
    place_overlay(chart, to_px, plot, &base, measure, scale)
}

/// The base layer's words: captions, legend, curve tags, clear of the curves, the segments and
/// the markers' dots as they are now.
pub fn place_base(
    chart: &Chart,
    to_px: &dyn Fn(f64, f64) -> (f64, f64),
    plot: Boxf,
    curves: Vec<Vec<(f64, f64)>>,
    measure: &dyn Fn(&str, f64) -> (f64, f64),
    scale: f64,
) -> BaseWords {
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
    // Band captions: along the top of their band, sliding down if something is there.
    for rect in &chart.rects {
        out.captions.push(rect.caption.as_ref().and_then(|cap| {
            let wh = measure(cap, CAPTION * scale);
            let (xa, _) = to_px(rect.x.0, 0.0);
            let (xb, _) = to_px(rect.x.1, 0.0);
            let (lo, hi) = (xa.min(xb).max(plot.x0), xa.max(xb).min(plot.x1));
            let mid = (lo + hi - wh.0) / 2.0;
            let cands: Vec<Boxf> = (0..12)
                .flat_map(|k| {
                    let y = plot.y0 + gap + k as f64 * wh.1 * 0.8;
                    [mid, hi - wh.0 - gap, lo + gap].map(|x| Boxf::at(x, y, wh))
                })
                .collect();
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
pub fn place_overlay(
    chart: &Chart,
    to_px: &dyn Fn(f64, f64) -> (f64, f64),
    plot: Boxf,
    base: &BaseWords,
    measure: &dyn Fn(&str, f64) -> (f64, f64),
    scale: f64,
) -> Placed {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_box_intersection() {
        let b = Boxf::at(0.0, 0.0, (10.0, 10.0));
        assert!(b.cut_by((-5.0, 5.0), (15.0, 5.0)));
        assert!(b.cut_by((5.0, 5.0), (50.0, 50.0)));
        assert!(!b.cut_by((-5.0, -5.0), (-1.0, 20.0)));
        assert!(!b.cut_by((11.0, 0.0), (20.0, 10.0)));
        // A diagonal that passes the corner outside.
        assert!(!b.cut_by((8.0, -10.0), (20.0, 2.0)));
    }
}
