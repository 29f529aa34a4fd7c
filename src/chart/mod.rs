//! The one chart module every plot goes through. A `Chart` is plain data (series of points,
//! shaded bands, markers, labels); `draw` renders it on any plotters backend, so the canvas on
//! the page, the PNG export and the SVG export are the same function. It knows nothing of α or γ.

mod backend;
pub mod canvas;
mod draw;
mod geometry;
mod overlay;
pub mod place;
mod theme;
mod words;

pub use backend::Backend;
pub use draw::{
    crowded_labels, draw, draw_base, draw_moving, draw_still, label_layout, to_svg, PlotArea,
};
pub use overlay::{draw_overlay, draw_overlay_over};
pub use theme::{Ink, Palette};

/// Stroke pattern: curves must differ by dash, not colour alone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub points: Vec<(f64, f64)>,
    pub ink: Ink,
    /// Line width in CSS pixels.
    pub width: f64,
    pub dash: Dash,
    pub in_legend: bool,
    /// Text drawn beside the curve at this point index (e.g. "γ = 2" on a faint family curve).
    pub tag: Option<(usize, String)>,
}

impl Series {
    pub fn new(label: impl Into<String>, points: Vec<(f64, f64)>, ink: Ink) -> Self {
        Series {
            label: label.into(),
            points,
            ink,
            width: 2.0,
            dash: Dash::Solid,
            in_legend: true,
            tag: None,
        }
    }
    pub fn width(mut self, w: f64) -> Self {
        self.width = w;
        self
    }
    pub fn dash(mut self, d: Dash) -> Self {
        self.dash = d;
        self
    }
    pub fn tagged(mut self, at: usize, text: impl Into<String>) -> Self {
        self.tag = Some((at, text.into()));
        self
    }
    pub fn no_legend(mut self) -> Self {
        self.in_legend = false;
        self
    }
}

/// A shaded rectangle in data coordinates with an optional caption at its top.
#[derive(Clone, Debug, PartialEq)]
pub struct Rect {
    pub x: (f64, f64),
    pub y: (f64, f64),
    pub ink: Ink,
    pub opacity: f64,
    pub caption: Option<String>,
}

/// A dot at a data point, with an optional label.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub at: (f64, f64),
    pub ink: Ink,
    pub label: Option<String>,
}

/// A straight segment between two data points (e.g. the CE–FL gap, or a landmark line).
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub from: (f64, f64),
    pub to: (f64, f64),
    pub ink: Ink,
    pub dash: Dash,
    pub label: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LegendAt {
    UpperRight,
    UpperLeft,
    UpperMiddle,
    LowerLeft,
    LowerRight,
    None,
}

/// A grid of cells filling the plotting area, each an opacity of one ink (a heatmap). On the
/// page it is drawn as pixels (one per cell, scaled by the canvas), in exports as rectangles.
#[derive(Clone, Debug, PartialEq)]
pub struct Raster {
    pub cols: usize,
    pub rows: usize,
    /// Row-major, row 0 at the top; 0 = transparent.
    pub opacity: Vec<f32>,
    pub ink: Ink,
}

/// Everything one figure shows. Built by a section from math-core output; drawn by `draw`.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub x_label: String,
    pub y_label: String,
    pub x_range: (f64, f64),
    /// In data units; with `y_log` both ends must be > 0.
    pub y_range: (f64, f64),
    pub y_log: bool,
    pub series: Vec<Series>,
    pub rects: Vec<Rect>,
    pub markers: Vec<Marker>,
    pub segments: Vec<Segment>,
    pub legend: LegendAt,
    pub palette: Palette,
    /// Custom x tick labels (value, text); when set, replaces the numeric x labels.
    pub x_ticks: Option<Vec<(f64, String)>>,
    /// A heatmap over the plotting area, above the grid and below the overlay.
    pub raster: Option<Raster>,
}

impl Chart {
    pub fn new(x_label: impl Into<String>, y_label: impl Into<String>, palette: Palette) -> Self {
        Chart {
            x_label: x_label.into(),
            y_label: y_label.into(),
            x_range: (0.0, 1.0),
            y_range: (0.0, 1.0),
            y_log: false,
            series: Vec::new(),
            rects: Vec::new(),
            markers: Vec::new(),
            segments: Vec::new(),
            legend: LegendAt::UpperRight,
            palette,
            x_ticks: None,
            raster: None,
        }
    }

    /// The y value as placed on the (possibly logarithmic) axis. On a log axis nothing is
    /// clamped: a value below the range lands below the bottom edge (0 at −∞), and the drawing
    /// marks it off-scale (▼) instead of laying it flat along the floor.
    pub fn y_to_axis(&self, y: f64) -> f64 {
        if !self.y_log {
            y
        } else if y > 0.0 {
            y.log10()
        } else {
            f64::NEG_INFINITY
        }
    }

    /// Inverse of `y_to_axis`.
    /// The base layer alone (what stays put while a slider moves a marker).
    pub fn base_equals(&self, other: &Chart) -> bool {
        self.frame_equals(other) && self.series == other.series
    }

    /// Axes, bands and colours: everything of the base but the curves.
    pub fn frame_equals(&self, other: &Chart) -> bool {
        self.x_label == other.x_label
            && self.y_label == other.y_label
            && self.x_range == other.x_range
            && self.y_range == other.y_range
            && self.y_log == other.y_log
            && self.rects == other.rects
            && self.legend == other.legend
            && self.palette == other.palette
            && self.x_ticks == other.x_ticks
    }

    pub fn y_from_axis(&self, v: f64) -> f64 {
        if self.y_log {
            10f64.powf(v)
        } else {
            v
        }
    }
}

/// The bottom of a log axis that shows every value given: the smallest positive finite one
/// rounded down to a power of ten, but never below `floor` (what lies below is off-scale).
/// With no positive value, `floor`.
pub fn log_bottom(values: impl IntoIterator<Item = f64>, floor: f64) -> f64 {
    let min = values
        .into_iter()
        .filter(|v| v.is_finite() && *v > 0.0)
        .fold(f64::INFINITY, f64::min);
    if !min.is_finite() {
        return floor;
    }
    // 10^floor(log10 v), corrected for rounding in log10 (1e-3 must stay 1e-3).
    let mut e = min.log10().floor();
    if 10f64.powf(e) > min {
        e -= 1.0;
    }
    10f64.powf(e).max(floor)
}

/// A polyline in axis units cut at the bottom edge `y0`: the runs on or above it (each ending
/// or starting exactly on the edge where the curve crosses it), and one x per stretch below
/// the edge, where that stretch begins (the ▼ off-scale marks). −∞ (a zero on a log axis) is
/// below everything.
pub fn split_at_bottom(points: &[(f64, f64)], y0: f64) -> (Vec<Vec<(f64, f64)>>, Vec<f64>) {
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut marks = Vec::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    let mut prev: Option<(f64, f64)> = None;
    // Where the segment a→b meets y = y0 (a and b on opposite sides).
    let cross = |a: (f64, f64), b: (f64, f64)| -> f64 {
        if !a.1.is_finite() {
            return a.0;
        }
        if !b.1.is_finite() {
            return b.0;
        }
        a.0 + (b.0 - a.0) * (y0 - a.1) / (b.1 - a.1)
    };
    for &p in points {
        let below = p.1 < y0;
        match (prev, below) {
            (None, true) => marks.push(p.0),
            (Some(a), true) if a.1 >= y0 => {
                let x = cross(a, p);
                run.push((x, y0));
                runs.push(std::mem::take(&mut run));
                marks.push(x);
            }
            (Some(a), false) if a.1 < y0 => {
                run.push((cross(a, p), y0));
                run.push(p);
            }
            (_, false) => run.push(p),
            _ => {}
        }
        prev = Some(p);
    }
    if !run.is_empty() {
        runs.push(run);
    }
    (runs, marks)
}

/// Evenly spaced samples of `f` on [lo, hi] (n ≥ 2 points), for curves.
pub fn sample(lo: f64, hi: f64, n: usize, f: impl Fn(f64) -> f64) -> Vec<(f64, f64)> {
    let n = n.max(2);
    (0..n)
        .map(|i| {
            let x = lo + (hi - lo) * i as f64 / (n - 1) as f64;
            (x, f(x))
        })
        .collect()
}

/// The y of a series at x by linear interpolation between its samples (for hover read-outs).
pub fn value_at(points: &[(f64, f64)], x: f64) -> Option<f64> {
    let i = points.partition_point(|p| p.0 < x);
    match (points.get(i.wrapping_sub(1)), points.get(i)) {
        (Some(a), Some(b)) if b.0 > a.0 => Some(a.1 + (b.1 - a.1) * (x - a.0) / (b.0 - a.0)),
        (_, Some(b)) => Some(b.1),
        (Some(a), None) => Some(a.1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_bottom_rounds_down_to_a_power_of_ten() {
        assert_eq!(log_bottom([2.0e-6, 0.5, 3.0], 1e-12), 1e-6);
        assert_eq!(log_bottom([1e-3, 0.0, f64::NAN], 1e-12), 1e-3);
        assert_eq!(log_bottom([9.99e-4], 1e-12), 1e-4);
        assert_eq!(log_bottom([5e-15], 1e-12), 1e-12);
        assert_eq!(log_bottom([0.0, -1.0], 1e-12), 1e-12);
    }

    #[test]
    fn curves_below_the_axis_are_cut_and_marked_never_flattened() {
        // Down through the edge at x = 1.5, back up at x = 3.5, and down to −∞ (a zero) at 5.
        let pts = [
            (0.0, 0.0),
            (1.0, -1.0),
            (2.0, -3.0),
            (3.0, -3.0),
            (4.0, -1.0),
            (5.0, f64::NEG_INFINITY),
        ];
        let (runs, marks) = split_at_bottom(&pts, -2.0);
        assert_eq!(
            runs,
            vec![
                vec![(0.0, 0.0), (1.0, -1.0), (1.5, -2.0)],
                vec![(3.5, -2.0), (4.0, -1.0), (5.0, -2.0)]
            ]
        );
        assert_eq!(marks, vec![1.5, 5.0]);
        assert!(runs.iter().flatten().all(|p| p.1 >= -2.0));
        // Starting below: a mark at the start, the run from where it comes up.
        let (runs, marks) = split_at_bottom(&[(0.0, -5.0), (1.0, 1.0)], 0.0);
        assert_eq!(marks, vec![0.0]);
        assert_eq!(runs[0][0].1, 0.0);
    }
}
