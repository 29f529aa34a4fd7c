//! The on-page canvas backend: plotters-canvas, except for text measuring and polylines.
//! - plotters measures text on the web by appending a `<span>` to the page and reading its
//!   `offsetHeight`, which forces a layout of the whole document for every tick label. The
//!   canvas' own `measureText` needs no layout, and a width once measured is kept: the same
//!   tick labels and curve tags are measured on every repaint.
//! - A curve of 2,000 points on a plot 600 pixels wide sends most of its points to pixels it
//!   has already reached; Chromium's software canvas strokes every one of them (a wide stroke
//!   costs ~2 µs a vertex). Points within a pixel of the last one kept are skipped.

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
        self.inner.draw_path(thin_out(path), style)
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

#[cfg(test)]
mod tests {
    use super::thin_out;

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
