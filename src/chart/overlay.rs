//! The overlay: segments and markers with their labels, over a base already drawn.

use super::draw::{coords, err, font, px, y_axis, Area, Coords};
use super::place::{self, Placed};
use super::words::{leader, overlay_placement, placement, text_at};
use super::{Chart, Dash};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// ▼ on the bottom edge at x: something at this x lies below the axis.
pub(super) fn off_scale_mark(
    ctx: &mut Coords,
    x: f64,
    y0: f64,
    c: RGBColor,
    scale: f64,
) -> Result<(), String> {
    let style = font(11.0, scale)
        .color(&c)
        .pos(Pos::new(HPos::Center, VPos::Bottom));
    ctx.plotting_area()
        .draw(&Text::new("▼", (x, y0), style))
        .map_err(err)?;
    Ok(())
}

/// The overlay: segments and markers with their labels, drawn over a base already on `root`.
/// Returns how many of all the chart's words found no free spot.
pub fn draw_overlay(root: &Area, chart: &Chart, scale: f64) -> Result<usize, String> {
    let ctx = coords(root, chart, scale)?;
    let placed = placement(root, &ctx, chart, scale);
    draw_marks(root, ctx, chart, scale, &placed)
}

/// The overlay over a base drawn by [`draw_moving`], whose words' places are `base`: only the
/// overlay's own labels are placed, so a marker move costs no work on the curves' words.
pub fn draw_overlay_over(
    root: &Area,
    chart: &Chart,
    scale: f64,
    base: &place::BaseWords,
) -> Result<usize, String> {
    let ctx = coords(root, chart, scale)?;
    let placed = overlay_placement(root, &ctx, chart, scale, base);
    draw_marks(root, ctx, chart, scale, &placed)
}

/// Segments and markers with their labels at `placed`.
fn draw_marks(
    root: &Area,
    mut ctx: Coords,
    chart: &Chart,
    scale: f64,
    placed: &Placed,
) -> Result<usize, String> {
    let pal = chart.palette;
    for (seg, spot) in chart.segments.iter().zip(&placed.segments) {
        let c = pal.of(seg.ink);
        let style = ShapeStyle::from(&c).stroke_width(px(1.5, scale).max(1) as u32);
        let (y0, _) = y_axis(chart);
        let mut a = (seg.from.0, chart.y_to_axis(seg.from.1));
        let mut b = (seg.to.0, chart.y_to_axis(seg.to.1));
        if chart.y_log {
            // An end below a log axis stops at the edge (its marker shows ▼ there).
            if a.1 < y0 && b.1 < y0 {
                continue;
            }
            a.1 = a.1.max(y0);
            b.1 = b.1.max(y0);
        }
        if !(a.1.is_finite() && b.1.is_finite()) {
            continue;
        }
        match seg.dash {
            Dash::Solid => ctx.draw_series(LineSeries::new([a, b], style)),
            _ => ctx.draw_series(DashedLineSeries::new(
                [a, b],
                px(4.0, scale) as u32,
                px(3.0, scale) as u32,
                style,
            )),
        }
        .map_err(err)?;
        if let (Some(label), Some((b, at))) = (&seg.label, spot) {
            leader(root, b, *at, c, scale)?;
            text_at(root, label, b, place::LABEL * scale, c)?;
        }
    }
    for (m, spot) in chart.markers.iter().zip(&placed.markers) {
        let y = chart.y_to_axis(m.at.1);
        let c = pal.of(m.ink);
        let (y0, _) = y_axis(chart);
        if chart.y_log && !m.at.1.is_nan() && y < y0 {
            off_scale_mark(&mut ctx, m.at.0, y0, c, scale)?;
            continue;
        }
        if !y.is_finite() {
            continue;
        }
        let r = px(place::MARKER_R, scale);
        ctx.draw_series([
            Circle::new((m.at.0, y), r, ShapeStyle::from(&c).filled()),
            Circle::new(
                (m.at.0, y),
                r,
                ShapeStyle::from(&pal.background).stroke_width(px(1.5, scale) as u32),
            ),
        ])
        .map_err(err)?;
        if let (Some(label), Some((b, at))) = (&m.label, spot) {
            leader(root, b, *at, pal.text, scale)?;
            text_at(root, label, b, place::LABEL * scale, pal.text)?;
        }
    }
    root.present().map_err(err)?;
    Ok(placed.crowded)
}
