//! A chart's words on a backend: where they go (`place`, measured with the backend's own text
//! metrics) and drawing them — band captions, curve tags, the legend, labels with leaders.

use super::draw::{err, font, px, series_runs, Area, Coords};
use super::place::{self, Boxf, Placed};
use super::{Chart, Dash};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The plotting area in backend pixels.
fn plot_box(ctx: &Coords) -> Boxf {
    let (xr, yr) = ctx.plotting_area().get_pixel_range();
    Boxf {
        x0: f64::from(xr.start),
        y0: f64::from(yr.start),
        x1: f64::from(xr.end),
        y1: f64::from(yr.end),
    }
}

/// (data x, axis y) → backend pixels; NaN for a point off the finite range.
fn px_in(ctx: &Coords, x: f64, y: f64) -> (f64, f64) {
    if !(x.is_finite() && y.is_finite()) {
        return (f64::NAN, f64::NAN);
    }
    let (bx, by) = ctx.backend_coord(&(x, y));
    (f64::from(bx), f64::from(by))
}

/// Text size with this backend's metrics (a rough guess if it cannot measure).
fn measure_in(root: &Area, text: &str, size: f64) -> (f64, f64) {
    root.estimate_text_size(text, &font(size, 1.0).into())
        .map_or(
            (size * 0.6 * text.chars().count() as f64, size * 1.2),
            |(w, h)| (f64::from(w), f64::from(h)),
        )
}

/// Runs `f` with the chart's layout as drawn in `ctx`, measured with this backend's metrics.
fn in_layout<T>(
    root: &Area,
    ctx: &Coords,
    chart: &Chart,
    scale: f64,
    f: impl FnOnce(place::Layout) -> T,
) -> T {
    let to_px = |x, y| px_in(ctx, x, y);
    let measure = |text: &str, size| measure_in(root, text, size);
    f(place::Layout {
        chart,
        to_px: &to_px,
        plot: plot_box(ctx),
        measure: &measure,
        scale,
    })
}

/// Where the base layer's words go (see `place`), clear of the curves as drawn.
pub(super) fn base_placement(
    root: &Area,
    ctx: &Coords,
    chart: &Chart,
    scale: f64,
) -> place::BaseWords {
    in_layout(root, ctx, chart, scale, |layout| {
        // Each run mapped to pixels in place by a loop: at opt-level "z" the nested
        // map/flat_map adapters stayed calls per point (~2,000 points a move in the
        // explorer's loss plot).
        let mut curves = Vec::new();
        for s in &chart.series {
            for mut run in series_runs(chart, s).0 {
                for p in &mut run {
                    *p = px_in(ctx, p.0, p.1);
                }
                curves.push(run);
            }
        }
        place::place_base(layout, curves)
    })
}

/// Where all the words go: the base layer's, then the overlay's labels.
pub(super) fn placement(root: &Area, ctx: &Coords, chart: &Chart, scale: f64) -> Placed {
    let base = base_placement(root, ctx, chart, scale);
    overlay_placement(root, ctx, chart, scale, &base)
}

pub(super) fn overlay_placement(
    root: &Area,
    ctx: &Coords,
    chart: &Chart,
    scale: f64,
    base: &place::BaseWords,
) -> Placed {
    in_layout(root, ctx, chart, scale, |layout| {
        place::place_overlay(layout, base)
    })
}

/// Text with its top-left corner at `b`.
pub(super) fn text_at(
    root: &Area,
    text: &str,
    b: &Boxf,
    size: f64,
    colour: RGBColor,
) -> Result<(), String> {
    let style = font(size, 1.0)
        .color(&colour)
        .pos(Pos::new(HPos::Left, VPos::Top));
    root.draw(&Text::new(
        text.to_string(),
        (b.x0 as i32, b.y0 as i32),
        style,
    ))
    .map_err(err)
}

/// A thin line from a label placed far from its point back to the point.
pub(super) fn leader(
    root: &Area,
    b: &Boxf,
    at: (f64, f64),
    c: RGBColor,
    scale: f64,
) -> Result<(), String> {
    if b.distance(at) <= 12.0 * scale {
        return Ok(());
    }
    let from = b.nearest(at);
    let style = ShapeStyle::from(&c.mix(0.6)).stroke_width(px(1.0, scale).max(1) as u32);
    root.draw(&PathElement::new(
        vec![(from.0 as i32, from.1 as i32), (at.0 as i32, at.1 as i32)],
        style,
    ))
    .map_err(err)
}

/// Band captions, curve tags and the legend, at their placed boxes.
pub(super) fn draw_words(
    root: &Area,
    chart: &Chart,
    scale: f64,
    placed: &Placed,
) -> Result<(), String> {
    let pal = chart.palette;
    for (r, b) in chart.rects.iter().zip(&placed.captions) {
        if let (Some(cap), Some(b)) = (&r.caption, b) {
            text_at(root, cap, b, place::CAPTION * scale, pal.text)?;
        }
    }
    for (s, b) in chart.series.iter().zip(&placed.tags) {
        if let (Some((_, tag)), Some(b)) = (&s.tag, b) {
            text_at(root, tag, b, place::TAG * scale, pal.of(s.ink))?;
        }
    }
    if let Some(b) = &placed.legend {
        draw_legend(root, chart, scale, b)?;
    }
    Ok(())
}

/// The legend box: a line sample in each curve's ink and dash, then its name.
fn draw_legend(root: &Area, chart: &Chart, scale: f64, b: &Boxf) -> Result<(), String> {
    let pal = chart.palette;
    let corners = [(b.x0 as i32, b.y0 as i32), (b.x1 as i32, b.y1 as i32)];
    root.draw(&Rectangle::new(corners, pal.background.mix(0.85).filled()))
        .map_err(err)?;
    root.draw(&Rectangle::new(corners, ShapeStyle::from(&pal.grid)))
        .map_err(err)?;
    let size = place::LEGEND * scale;
    let pad = place::LEGEND_PAD * scale;
    let entries = chart.series.iter().filter(|s| s.in_legend);
    for (k, s) in entries.enumerate() {
        let y = b.y0 + pad + (k as f64 + 0.5) * size * place::LEGEND_LINE;
        let x = b.x0 + pad;
        let c = pal.of(s.ink);
        let style = ShapeStyle::from(&c).stroke_width(px(s.width, scale).max(1) as u32);
        let len = place::LEGEND_SAMPLE * scale;
        let (on, off) = match s.dash {
            Dash::Solid => (len, 0.0),
            Dash::Dashed => (len / 3.0 - 2.0 * scale, 3.0 * scale),
            Dash::Dotted => (2.0 * scale, 3.0 * scale),
        };
        let mut at = 0.0;
        while at < len {
            let end = (at + on).min(len);
            root.draw(&PathElement::new(
                vec![((x + at) as i32, y as i32), ((x + end) as i32, y as i32)],
                style,
            ))
            .map_err(err)?;
            at = end + off.max(1.0);
        }
        let tx = x + len + place::LEGEND_GAP * scale;
        let style = font(size, 1.0)
            .color(&pal.text)
            .pos(Pos::new(HPos::Left, VPos::Center));
        root.draw(&Text::new(s.label.clone(), (tx as i32, y as i32), style))
            .map_err(err)?;
    }
    Ok(())
}
