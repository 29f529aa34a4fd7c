//! The on-page canvas backend: plotters-canvas, except for text measuring and polylines.
//! - plotters measures text on the web by appending a `<span>` to the page and reading its
//!   `offsetHeight`, which forces a layout of the whole document for every tick label. The
//!   canvas' own `measureText` needs no layout, and a width once measured is kept: the same
//!   tick labels and curve tags are measured on every repaint.
//! - A curve of 2,000 points on a plot 600 pixels wide sends most of its points to pixels it
//!   has already reached, and a smooth curve of 241 points is nearly straight between most of
//!   them; Chromium's software canvas strokes every vertex of a wide line. The polyline is
//!   thinned to the vertices that move it by more than half a pixel.
//! - plotters-canvas sets the stroke colour (a formatted CSS string the browser parses) and
//!   width before every path, and a dashed curve is a path per dash; the fill colour, font,
//!   alignment and baseline before every text. Here each is set when it changes.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
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
    /// The stroke colour and width this wrapper last set on the context (None after a call
    /// that may have set another), so a run of paths in one style (a dashed curve is a path
    /// per dash) formats, passes and has the browser parse the colour once, not per path.
    stroke: Option<((u8, u8, u8), u64, u32)>,
    /// The same for text: what `draw_text` and `estimate_text_size` (`&self`) set last.
    text: RefCell<TextState>,
}

/// Text settings of the context as this wrapper last set them (None: not known).
#[derive(Default)]
struct TextState {
    baseline: Option<&'static str>,
    align: Option<&'static str>,
    fill: Option<((u8, u8, u8), u64)>,
    font: Option<String>,
}

impl Canvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Canvas {
            inner: CanvasBackend::with_canvas_object(canvas)?,
            context,
            stroke: None,
            text: RefCell::default(),
        })
    }

    /// After a call into plotters-canvas that may have set any fill or stroke style.
    fn forget_styles(&mut self) {
        self.stroke = None;
        self.text.get_mut().fill = None;
    }

    /// plotters-canvas' stroke style (`rgba(r,g,b,a)` and the width), set only if it differs
    /// from the one this wrapper set last.
    fn stroke_style<S: BackendStyle>(&mut self, style: &S) {
        let c = style.color();
        let key = (c.rgb, c.alpha.to_bits(), style.stroke_width());
        if self.stroke != Some(key) {
            let (r, g, b) = c.rgb;
            let css = format!("rgba({},{},{},{})", r, g, b, c.alpha);
            self.context.set_stroke_style_str(&css);
            self.context.set_line_width(f64::from(style.stroke_width()));
            self.stroke = Some(key);
        }
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
        self.forget_styles();
        self.inner.draw_pixel(point, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Error> {
        self.forget_styles();
        self.inner.draw_line(from, to, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.forget_styles();
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        // plotters-canvas' `draw_path`, the same context calls, except that the stroke style
        // is set only when it changed (`stroke_style`).
        let path = simplify(&thin_out(path), 0.5);
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.context.begin_path();
        if let Some((first, rest)) = path.split_first() {
            self.stroke_style(style);
            self.context.move_to(f64::from(first.0), f64::from(first.1));
            for p in rest {
                self.context.line_to(f64::from(p.0), f64::from(p.1));
            }
        }
        self.context.stroke();
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Error> {
        self.forget_styles();
        self.inner.fill_polygon(vert, style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        self.forget_styles();
        self.inner.draw_circle(center, radius, style, fill)
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Error> {
        // plotters-canvas' `draw_text`, the same context calls, except that the baseline,
        // alignment, colour and font are set only when they changed (a plot's texts share a
        // few). Rotated text (save, rotate, restore) and an error go through plotters-canvas.
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        if !matches!(style.transform(), FontTransform::None) {
            *self.text.get_mut() = TextState::default();
            return self.inner.draw_text(text, style, pos);
        }
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        let fill = (color.rgb, color.alpha.to_bits());
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str(),
        );
        let t = self.text.get_mut();
        if t.baseline != Some(baseline) {
            self.context.set_text_baseline(baseline);
            t.baseline = Some(baseline);
        }
        if t.align != Some(align) {
            self.context.set_text_align(align);
            t.align = Some(align);
        }
        if t.fill != Some(fill) {
            let (r, g, b) = color.rgb;
            let css = format!("rgba({},{},{},{})", r, g, b, color.alpha);
            self.context.set_fill_style_str(&css);
            t.fill = Some(fill);
        }
        if t.font.as_deref() != Some(font.as_str()) {
            self.context.set_font(&font);
            t.font = Some(font);
        }
        if self
            .context
            .fill_text(text, f64::from(pos.0), f64::from(pos.1))
            .is_err()
        {
            *self.text.get_mut() = TextState::default();
            return self.inner.draw_text(text, style, pos);
        }
        Ok(())
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
                    self.text.borrow_mut().font = Some(font.clone());
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
