//! Painting a chart in layers. The base (axes, curves, legend) is drawn into an offscreen
//! canvas and kept; a move that changes only markers copies it back and draws the overlay,
//! which costs a blit instead of a full plotters draw. A heatmap is blitted as pixels.

use crate::chart::{self, Backend, Chart, PlotArea, Raster};
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

#[derive(Default)]
pub struct Layers {
    /// Axes, bands and the curves a move left alone (`still` of them), under the rest.
    still: Option<HtmlCanvasElement>,
    still_drawn: Option<(Chart, (u32, u32), u32, usize)>,
    base: Option<HtmlCanvasElement>,
    /// The chart whose base is in `base`, at `size` backend pixels (also the last chart
    /// painted, to see which curves a move changed).
    drawn: Option<(Chart, (u32, u32), u32)>,
    area: PlotArea,
    /// One pixel per heatmap cell, scaled up when blitted.
    cells: Option<HtmlCanvasElement>,
    /// Where the base's words were placed, for the overlay's labels to keep clear of.
    words: crate::chart::place::BaseWords,
    /// Words of the last paint that found no spot clear of curves and other words.
    crowded: usize,
}

fn new_canvas() -> Option<HtmlCanvasElement> {
    let doc = web_sys::window()?.document()?;
    doc.create_element("canvas").ok()?.dyn_into().ok()
}

fn context(c: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    c.get_context("2d").ok()??.dyn_into().ok()
}

impl Layers {
    /// Paints `chart` on `canvas` at `css_w` CSS pixels wide and `aspect` (height ÷ width);
    /// `text` enlarges text and lines (1.5 in slides mode: legible from the back of a room).
    pub fn paint(
        &mut self,
        canvas: &HtmlCanvasElement,
        chart: &Chart,
        aspect: f64,
        css_w: f64,
        text: f64,
    ) -> Option<PlotArea> {
        let css_w = css_w.max(1.0);
        let px_ratio = web_sys::window()?.device_pixel_ratio().max(1.0);
        let dpr = px_ratio * text;
        let key = (text * 100.0).round() as u32;
        let size = (
            (css_w * px_ratio).round() as u32,
            ((css_w * aspect).round() * px_ratio).round() as u32,
        );
        if (canvas.width(), canvas.height()) != size {
            canvas.set_width(size.0);
            canvas.set_height(size.1);
        }
        let fresh = self
            .drawn
            .as_ref()
            .is_some_and(|(c, s, k)| *s == size && *k == key && c.base_equals(chart));
        if !fresh {
            self.crowded = self.draw_base(chart, size, dpr, key)?;
        }
        let ctx = context(canvas)?;
        ctx.draw_image_with_html_canvas_element(self.base.as_ref()?, 0.0, 0.0)
            .ok()?;
        if let Some(r) = &chart.raster {
            self.blit_raster(&ctx, r, chart);
        }
        if !(chart.markers.is_empty() && chart.segments.is_empty()) {
            let root =
                Backend::Canvas(chart::canvas::Canvas::new(canvas.clone())?).into_drawing_area();
            self.crowded = chart::draw_overlay_over(&root, chart, dpr, &self.words).ok()?;
        }
        Some(self.area)
    }

    /// Words of the last paint placed where they cross something (the tests expect 0).
    pub fn crowded(&self) -> usize {
        self.crowded
    }

    /// The base: the still layer (redrawn only when the curves a move leaves alone change),
    /// then the moving curves and the legend on top; their words' places are kept in `words`.
    /// A γ move in the explorer redraws one curve, not the γ family, CE and the axes.
    fn draw_base(&mut self, chart: &Chart, size: (u32, u32), dpr: f64, key: u32) -> Option<usize> {
        let still_ok = self.still_drawn.as_ref().is_some_and(|(c, s, k, n)| {
            *s == size
                && *k == key
                && c.frame_equals(chart)
                && chart.series.len() >= *n
                && c.series[..*n] == chart.series[..*n]
        });
        if !still_ok {
            // Curves equal to the last chart's, in order from the first, are the still ones.
            let upto = match &self.drawn {
                Some((l, ..)) if l.frame_equals(chart) => l
                    .series
                    .iter()
                    .zip(&chart.series)
                    .take_while(|(a, b)| a == b)
                    .count(),
                _ => 0,
            };
            if self.still.is_none() {
                self.still = new_canvas();
            }
            let still = self.still.as_ref()?;
            still.set_width(size.0);
            still.set_height(size.1);
            let root =
                Backend::Canvas(chart::canvas::Canvas::new(still.clone())?).into_drawing_area();
            self.area = chart::draw_still(&root, chart, dpr, upto).ok()?;
            let kept = Chart {
                series: chart.series[..upto].to_vec(),
                ..chart.clone()
            };
            self.still_drawn = Some((kept, size, key, upto));
        }
        let from = self.still_drawn.as_ref().map_or(0, |d| d.3);
        if self.base.is_none() {
            self.base = new_canvas();
        }
        let base = self.base.as_ref()?;
        if (base.width(), base.height()) != size {
            base.set_width(size.0);
            base.set_height(size.1);
        }
        let ctx = context(base)?;
        ctx.draw_image_with_html_canvas_element(self.still.as_ref()?, 0.0, 0.0)
            .ok()?;
        let root = Backend::Canvas(chart::canvas::Canvas::new(base.clone())?).into_drawing_area();
        self.words = chart::draw_moving(&root, chart, dpr, from).ok()?;
        self.drawn = Some((chart.clone(), size, key));
        Some(self.words.placed().crowded)
    }

    /// The heatmap as an `ImageData` of one pixel per cell, drawn scaled over the plot area.
    fn blit_raster(&mut self, ctx: &CanvasRenderingContext2d, r: &Raster, chart: &Chart) {
        if self.cells.is_none() {
            self.cells = new_canvas();
        }
        let Some(cells) = self.cells.as_ref() else {
            return;
        };
        let (cols, rows) = (r.cols as u32, r.rows as u32);
        if (cells.width(), cells.height()) != (cols, rows) {
            cells.set_width(cols);
            cells.set_height(rows);
        }
        let ink = chart.palette.of(r.ink);
        let mut rgba = Vec::with_capacity(r.opacity.len() * 4);
        for &o in &r.opacity {
            let a = (o.clamp(0.0, 1.0) * 255.0).round() as u8;
            rgba.extend_from_slice(&[ink.0, ink.1, ink.2, a]);
        }
        let Ok(img) =
            web_sys::ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), cols, rows)
        else {
            return;
        };
        let Some(cctx) = context(cells) else { return };
        let _ = cctx.put_image_data(&img, 0.0, 0.0);
        let a = self.area;
        ctx.set_image_smoothing_enabled(false);
        let _ = ctx.draw_image_with_html_canvas_element_and_dw_and_dh(
            cells,
            f64::from(a.px.0),
            f64::from(a.py.0),
            f64::from(a.px.1 - a.px.0),
            f64::from(a.py.1 - a.py.0),
        );
    }
}
