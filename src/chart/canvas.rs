//! The on-page canvas backend: plotters-canvas, except for text measuring and polylines.
//! - plotters measures text on the web by appending a `<span>` to the page and reading its
//!   `offsetHeight`, which forces a layout of the whole document for every tick label. The
//!   canvas' own `measureText` needs no layout, and a width once measured is kept: the same
//!   tick labels and curve tags are measured on every repaint.
//! - A curve of 2,000 points on a plot 600 pixels wide sends most of its points to pixels it
//!   has already reached, and a smooth curve of 241 points is nearly straight between most of
//!   them; Chromium's software canvas strokes every vertex of a wide line. The polyline is
//!   thinned to the vertices that move it by more than half a pixel.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

type Error = DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>;

pub struct Canvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl Canvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Canvas {
            inner: CanvasBackend::with_canvas_object(canvas)?,
            context,
        })
    }
}

impl DrawingBackend for Canvas {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }
    fn ensure_prepared(&mut self) -> Result<(), Error> {
        self.inner.ensure_prepared()
    }
    fn present(&mut self) -> Result<(), Error> {
        self.inner.present()
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Error> {
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.draw_path(simplify(&thin_out(path), 0.5), style)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Error> {
        self.inner.fill_polygon(vert, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Error> {
        self.inner.draw_text(text, style, pos)
    }

    /// Width from `measureText` with the same font string `draw_text` sets; height from the
    /// font size (a line box of 1.2 em, as the browser's layout would give).
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), Error> {
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str(),
        );
        let width = WIDTHS.with_borrow_mut(|known| {
            if known.len() > 4096 {
                known.clear(); // a bound, never reached by the page's own words
            }
            *known
                .entry((font, text.to_string()))
                .or_insert_with_key(|(font, text)| {
                    self.context.set_font(font);
                    self.context.measure_text(text).map_or(0.0, |m| m.width())
                })
        });
        Ok((width.ceil() as u32, (style.size() * 1.2).ceil() as u32))
    }
}

thread_local! {
    /// Text widths by (CSS font, text): the page's fonts do not change while it is open.
    static WIDTHS: RefCell<HashMap<(String, String), f64>> = RefCell::new(HashMap::new());
}

/// The polyline without the points that land within a pixel of the last one kept (in both
/// axes); the first and the last point are always kept, so the drawn line ends where it did.
fn thin_out(path: impl IntoIterator<Item = BackendCoord>) -> Vec<BackendCoord> {
    let mut out: Vec<BackendCoord> = Vec::new();
    let mut pending: Option<BackendCoord> = None;
    for p in path {
        match out.last() {
            Some(&(x, y)) if (p.0 - x).abs() <= 1 && (p.1 - y).abs() <= 1 => pending = Some(p),
            _ => {
                out.push(p);
                pending = None;
            }
        }
    }
    out.extend(pending);
    out
}

/// Douglas–Peucker: the vertices of `pts` that lie farther than `tol` pixels from the chord
/// of their stretch (the ends always kept), so the drawn line moves by at most `tol`.
fn simplify(pts: &[BackendCoord], tol: f64) -> Vec<BackendCoord> {
    if pts.len() < 3 {
        return pts.to_vec();
    }
    let mut keep = vec![false; pts.len()];
    keep[0] = true;
    keep[pts.len() - 1] = true;
    let mut stack = vec![(0, pts.len() - 1)];
    while let Some((a, b)) = stack.pop() {
        let (ax, ay) = (f64::from(pts[a].0), f64::from(pts[a].1));
        let (dx, dy) = (f64::from(pts[b].0) - ax, f64::from(pts[b].1) - ay);
        let len = dx.hypot(dy);
        // A loop over the slice, not `(a + 1..b).map(|i| pts[i] …).max_by(…)`: at opt-level
        // "z" the adapters and the bounds-checked index were calls per vertex. Ties go to the
        // later vertex, as `max_by` gives them.
        let mut far: Option<(usize, f64)> = None;
        for (i, p) in (a + 1..).zip(&pts[a + 1..b]) {
            let (px, py) = (f64::from(p.0) - ax, f64::from(p.1) - ay);
            let d = if len == 0.0 {
                px.hypot(py)
            } else {
                (px * dy - py * dx).abs() / len
            };
            if far.is_none_or(|(_, m)| d.total_cmp(&m).is_ge()) {
                far = Some((i, d));
            }
        }
        if let Some((i, d)) = far {
            if d > tol {
                keep[i] = true;
                stack.push((a, i));
                stack.push((i, b));
            }
        }
    }
    pts.iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{simplify, thin_out};

    #[test]
    fn simplifying_keeps_every_vertex_that_bends_the_line() {
        // A straight run keeps its ends only; a corner is kept.
        let line: Vec<(i32, i32)> = (0..50).map(|i| (i * 3, i * 2)).collect();
        assert_eq!(simplify(&line, 0.5), vec![(0, 0), (147, 98)]);
        let corner = [(0, 0), (10, 0), (20, 0), (20, 10), (20, 20)];
        assert_eq!(simplify(&corner, 0.5), vec![(0, 0), (20, 0), (20, 20)]);
        // Every dropped vertex lies within the tolerance of the kept polyline.
        let curve: Vec<(i32, i32)> = (0..241)
            .map(|i| (i * 3, (400.0 * (-(i as f64) / 40.0).exp()) as i32))
            .collect();
        let kept = simplify(&curve, 0.5);
        assert!(kept.len() < curve.len() / 2, "{}", kept.len());
        for p in &curve {
            let near = kept.windows(2).any(|w| {
                let (a, b) = (w[0], w[1]);
                if p.0 < a.0 || p.0 > b.0 {
                    return false;
                }
                let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
                let (px, py) = (f64::from(p.0 - a.0), f64::from(p.1 - a.1));
                (px * dy - py * dx).abs() / dx.hypot(dy).max(1e-9) <= 0.5
            });
            assert!(near || kept.contains(p), "{p:?}");
        }
    }

    #[test]
    fn thinning_keeps_the_ends_and_every_step_over_a_pixel() {
        assert_eq!(thin_out([]), vec![]);
        assert_eq!(thin_out([(3, 4)]), vec![(3, 4)]);
        let dense: Vec<(i32, i32)> = (0..=100).map(|i| (i / 4, i / 10)).collect();
        let thin = thin_out(dense.clone());
        assert_eq!(thin.first(), dense.first());
        assert_eq!(thin.last(), dense.last());
        assert!(thin.len() < 40, "{}", thin.len());
        // Every dropped point lies within a pixel of a kept one before it.
        for w in thin.windows(2) {
            assert!(
                (w[1].0 - w[0].0).abs() > 1
                    || (w[1].1 - w[0].1).abs() > 1
                    || w[1] == *dense.last().unwrap()
            );
        }
        // A jump is never cut short.
        assert_eq!(thin_out([(0, 0), (1, 0), (50, 80)]), vec![(0, 0), (50, 80)]);
    }
}
