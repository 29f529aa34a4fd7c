//! A plot's PNG (2×, slide-ready) and SVG exports: the same `chart::draw` as the page.

use crate::chart::{self, Backend, Chart};
use crate::web::download;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;

/// Width of the export in CSS pixels: the canvas' width on the page, at least 320.
fn export_width(canvas: &web_sys::HtmlCanvasElement) -> f64 {
    f64::from(canvas.client_width().max(320))
}

pub fn png(canvas: &web_sys::HtmlCanvasElement, chart: &Chart, aspect: f64, name: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(off) = doc.create_element("canvas") else {
        return;
    };
    let off: web_sys::HtmlCanvasElement = off.unchecked_into();
    let css_w = export_width(canvas);
    off.set_width((css_w * 2.0) as u32);
    off.set_height((css_w * aspect * 2.0) as u32);
    if let Some(backend) = chart::canvas::Canvas::new(off.clone()) {
        let root = Backend::Canvas(backend).into_drawing_area();
        if chart::draw(&root, chart, 2.0).is_ok() {
            download::save_canvas_png(&off, &format!("{name}.png"));
        }
    }
}

pub fn svg(canvas: &web_sys::HtmlCanvasElement, chart: &Chart, aspect: f64, name: &str) {
    let css_w = export_width(canvas);
    let size = (css_w as u32, (css_w * aspect) as u32);
    if let Ok(svg) = chart::to_svg(chart, size) {
        download::save_text(&svg, "image/svg+xml", &format!("{name}.svg"));
    }
}
