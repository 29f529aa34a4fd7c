//! Renders a `Chart` with plotters. A chart is drawn in two layers: the *base* (background,
//! axes, shaded bands, curves, legend) and the *overlay* (segments and markers, what moves with
//! a slider), so the page can cache the base and redraw only the overlay on a move.

use super::backend::Backend;
use super::overlay::{draw_overlay, off_scale_mark};
use super::place::{self, Placed};
use super::words::{base_placement, draw_words, placement};
use super::{Chart, Dash, Raster, Series};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Where the plotting area landed, in backend pixels, so a pointer position can be mapped back
/// to data coordinates (hover read-outs) without redrawing.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PlotArea {
    pub px: (i32, i32),
    pub py: (i32, i32),
    pub x_range: (f64, f64),
    /// Axis units (log10 of the data on a log axis).
    pub y_axis: (f64, f64),
}

impl PlotArea {
    /// Data x for a backend pixel column, if inside the plotting area.
    pub fn x_at(&self, px: f64) -> Option<f64> {
        let (a, b) = (self.px.0 as f64, self.px.1 as f64);
        (b > a && px >= a && px <= b)
            .then(|| self.x_range.0 + (self.x_range.1 - self.x_range.0) * (px - a) / (b - a))
    }
    /// Backend pixel column of data x.
    pub fn px_of(&self, x: f64) -> f64 {
        let (a, b) = (self.px.0 as f64, self.px.1 as f64);
        a + (b - a) * (x - self.x_range.0) / (self.x_range.1 - self.x_range.0)
    }
}

pub(super) type Area<'a> = DrawingArea<Backend<'a>, Shift>;
pub(super) type Coords<'a, 'b> =
    ChartContext<'b, Backend<'a>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

pub(super) fn font(size: f64, scale: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::SansSerif, size * scale, FontStyle::Normal)
}

pub(super) fn err<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

pub(super) fn px(v: f64, scale: f64) -> i32 {
    (v * scale).round() as i32
}

pub(super) fn y_axis(chart: &Chart) -> (f64, f64) {
    (
        chart.y_to_axis(chart.y_range.0),
        chart.y_to_axis(chart.y_range.1),
    )
}

/// The coordinate system: the same margins every time, so base and overlay line up.
pub(super) fn coords<'a, 'b>(
    root: &'b Area<'a>,
    chart: &Chart,
    scale: f64,
) -> Result<Coords<'a, 'b>, String> {
    let y = y_axis(chart);
    ChartBuilder::on(root)
        .margin(px(12.0, scale))
        .x_label_area_size(px(44.0, scale))
        .y_label_area_size(px(62.0, scale))
        .build_cartesian_2d(chart.x_range.0..chart.x_range.1, y.0..y.1)
        .map_err(err)
}

/// Everything: base, raster (as rectangles) and overlay. For exports (PNG, SVG).
pub fn draw(root: &Area, chart: &Chart, scale: f64) -> Result<PlotArea, String> {
    let area = draw_base(root, chart, scale)?;
    if let Some(r) = &chart.raster {
        draw_raster_as_rects(root, chart, r, scale)?;
    }
    draw_overlay(root, chart, scale)?;
    Ok(area)
}

/// The base layer: background, axes and grid, shaded bands, curves with their tags, legend.
pub fn draw_base(root: &Area, chart: &Chart, scale: f64) -> Result<PlotArea, String> {
    root.fill(&chart.palette.background).map_err(err)?;
    let mut ctx = coords(root, chart, scale)?;
    draw_mesh(&mut ctx, chart, scale)?;
    draw_x_ticks(root, &ctx, chart, scale)?;
    draw_rects(&mut ctx, chart)?;
    draw_series(&mut ctx, chart, scale, 0)?;
    let placed = placement(root, &ctx, chart, scale);
    draw_words(root, chart, scale, &placed)?;
    Ok(area_of(root, &ctx, chart))
}

fn area_of(root: &Area, ctx: &Coords, chart: &Chart) -> PlotArea {
    let (px_range, py_range) = ctx.plotting_area().get_pixel_range();
    let _ = root.present();
    PlotArea {
        px: (px_range.start, px_range.end),
        py: (py_range.start, py_range.end),
        x_range: chart.x_range,
        y_axis: y_axis(chart),
    }
}

/// The still layer of the base: background, axes, bands and the first `upto` curves (those a
/// slider move did not change: the γ family, CE). No words: where they fit depends on every
/// curve, so they go on top with the moving ones.
pub fn draw_still(root: &Area, chart: &Chart, scale: f64, upto: usize) -> Result<PlotArea, String> {
    root.fill(&chart.palette.background).map_err(err)?;
    let mut ctx = coords(root, chart, scale)?;
    draw_mesh(&mut ctx, chart, scale)?;
    draw_x_ticks(root, &ctx, chart, scale)?;
    draw_rects(&mut ctx, chart)?;
    let still = Chart {
        series: chart.series[..upto.min(chart.series.len())].to_vec(),
        ..chart.clone()
    };
    draw_series(&mut ctx, &still, scale, 0)?;
    Ok(area_of(root, &ctx, chart))
}

/// The moving layer of the base, over a still layer: curves from `from` on, then the band
/// captions, curve tags and legend, placed clear of every curve. Returns those words' places,
/// which the overlay's labels keep clear of ([`draw_overlay_over`]).
pub fn draw_moving(
    root: &Area,
    chart: &Chart,
    scale: f64,
    from: usize,
) -> Result<place::BaseWords, String> {
    let mut ctx = coords(root, chart, scale)?;
    draw_series(&mut ctx, chart, scale, from)?;
    let base = base_placement(root, &ctx, chart, scale);
    draw_words(root, chart, scale, base.placed())?;
    root.present().map_err(err)?;
    Ok(base)
}

fn draw_mesh(ctx: &mut Coords, chart: &Chart, scale: f64) -> Result<(), String> {
    let pal = chart.palette;
    let text = font(13.0, scale).color(&pal.text);
    let y_log = chart.y_log;
    // A log axis over many decades labels every other one (the grid keeps every decade).
    let y_sparse_step = if y_log && y_axis(chart).1 - y_axis(chart).0 > 8.0 {
        2
    } else {
        1
    };
    let y_fmt = move |v: &f64| {
        if !y_log {
            trim_number(*v)
        } else if (v - v.round()).abs() < 1e-6
            && (y_sparse_step == 1 || (v.round() as i32) % 2 == 0)
        {
            format_pow10(v.round() as i32)
        } else {
            String::new()
        }
    };
    let ticks = chart.x_ticks.clone();
    let x_fmt = move |v: &f64| match &ticks {
        Some(t) => t
            .iter()
            .find(|(x, _)| (x - v).abs() < 1e-9)
            .map(|(_, s)| s.clone())
            .unwrap_or_default(),
        None => trim_number(*v),
    };
    let (y0, y1) = y_axis(chart);
    let y_span = (y1 - y0).round().max(1.0) as usize;
    let line = px(1.0, scale).max(1) as u32;
    let mut mesh = ctx.configure_mesh();
    mesh.x_desc(chart.x_label.as_str())
        .y_desc(chart.y_label.as_str())
        .label_style(text)
        .axis_desc_style(font(14.0, scale).color(&pal.text))
        .axis_style(ShapeStyle::from(&pal.text).stroke_width(line))
        .bold_line_style(ShapeStyle::from(&pal.grid).stroke_width(line))
        .light_line_style(ShapeStyle::from(&pal.grid.mix(0.0)))
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt);
    if y_log {
        mesh.y_labels(y_span + 1);
    }
    if chart.x_ticks.is_some() {
        // Custom ticks are drawn exactly where given (`draw_x_ticks`), not where plotters'
        // key points fall (which left empty tick slots).
        mesh.x_labels(0).disable_x_mesh();
    }
    mesh.draw().map_err(err)
}

/// The custom x ticks: a tick mark and its text below the axis at each given x, and nowhere
/// else.
fn draw_x_ticks(root: &Area, ctx: &Coords, chart: &Chart, scale: f64) -> Result<(), String> {
    let Some(ticks) = &chart.x_ticks else {
        return Ok(());
    };
    let pal = chart.palette;
    let (y0, _) = y_axis(chart);
    let style = font(13.0, scale)
        .color(&pal.text)
        .pos(Pos::new(HPos::Center, VPos::Top));
    let line = ShapeStyle::from(&pal.text).stroke_width(px(1.0, scale).max(1) as u32);
    for (x, text) in ticks {
        if !(chart.x_range.0..=chart.x_range.1).contains(x) || text.is_empty() {
            continue;
        }
        let (bx, by) = ctx.backend_coord(&(*x, y0));
        root.draw(&PathElement::new(
            vec![(bx, by), (bx, by + px(5.0, scale))],
            line,
        ))
        .map_err(err)?;
        root.draw(&Text::new(
            text.clone(),
            (bx, by + px(8.0, scale)),
            style.clone(),
        ))
        .map_err(err)?;
    }
    Ok(())
}

fn draw_rects(ctx: &mut Coords, chart: &Chart) -> Result<(), String> {
    let pal = chart.palette;
    for r in &chart.rects {
        let c = pal.of(r.ink);
        let (y0, y1) = (chart.y_to_axis(r.y.0), chart.y_to_axis(r.y.1));
        ctx.draw_series(std::iter::once(Rectangle::new(
            [(r.x.0, y0), (r.x.1, y1)],
            c.mix(r.opacity).filled(),
        )))
        .map_err(err)?;
    }
    Ok(())
}

/// A raster as one rectangle per visible cell (vector exports; the page blits pixels).
fn draw_raster_as_rects(root: &Area, chart: &Chart, r: &Raster, scale: f64) -> Result<(), String> {
    let mut ctx = coords(root, chart, scale)?;
    let c = chart.palette.of(r.ink);
    let (w, h) = (
        chart.x_range.1 - chart.x_range.0,
        chart.y_range.1 - chart.y_range.0,
    );
    let (cw, ch) = (w / r.cols as f64, h / r.rows as f64);
    let cells = r.opacity.iter().enumerate().filter(|(_, &o)| o > 0.0);
    ctx.draw_series(cells.map(|(k, &o)| {
        let (row, col) = ((k / r.cols) as f64, (k % r.cols) as f64);
        let x0 = chart.x_range.0 + col * cw;
        let y1 = chart.y_range.1 - row * ch;
        Rectangle::new([(x0, y1 - ch), (x0 + cw, y1)], c.mix(f64::from(o)).filled())
    }))
    .map_err(err)?;
    Ok(())
}

/// A curve as drawn: its points in axis units, cut where a log axis ends (each run one
/// polyline), and the x of each cut (marked ▼).
pub(super) fn series_runs(chart: &Chart, s: &Series) -> (Vec<Vec<(f64, f64)>>, Vec<f64>) {
    let (y0, y1) = y_axis(chart);
    let pts: Vec<(f64, f64)> = s
        .points
        .iter()
        // On a log axis a zero or a value below the range stays (at −∞ or below the edge):
        // the curve is cut at the edge and marked ▼, never laid flat along it.
        .filter(|p| !p.1.is_nan() && p.1 != f64::INFINITY && (chart.y_log || p.1.is_finite()))
        .map(|&(x, y)| {
            let v = chart.y_to_axis(y);
            (
                x,
                if chart.y_log {
                    v.min(y1 + 1e3)
                } else {
                    v.clamp(y0 - 1e3, y1 + 1e3)
                },
            )
        })
        .collect();
    if chart.y_log {
        super::split_at_bottom(&pts, y0)
    } else {
        (vec![pts], Vec::new())
    }
}

/// Draws the curves from index `from` on (the ones before it are already on the canvas, in a
/// still layer).
fn draw_series(ctx: &mut Coords, chart: &Chart, scale: f64, from: usize) -> Result<(), String> {
    let pal = chart.palette;
    let (y0, _) = y_axis(chart);
    for s in chart.series.iter().skip(from) {
        let c = pal.of(s.ink);
        let style = ShapeStyle::from(&c).stroke_width(px(s.width, scale).max(1) as u32);
        let (runs, marks) = series_runs(chart, s);
        let (dash, gap) = match s.dash {
            Dash::Solid => (0, 0),
            Dash::Dashed => (8, 5),
            Dash::Dotted => (2, 4),
        };
        for run in runs {
            if dash == 0 {
                ctx.draw_series(LineSeries::new(run, style))
            } else {
                ctx.draw_series(DashedLineSeries::new(
                    run,
                    px(f64::from(dash), scale) as u32,
                    px(f64::from(gap), scale) as u32,
                    style,
                ))
            }
            .map_err(err)?;
        }
        for x in marks {
            off_scale_mark(ctx, x, y0, c, scale)?;
        }
    }
    Ok(())
}

/// The chart as a standalone SVG document of `size` CSS pixels.
pub fn to_svg(chart: &Chart, size: (u32, u32)) -> Result<String, String> {
    let mut out = String::new();
    {
        let root = Backend::Svg(SVGBackend::with_string(&mut out, size)).into_drawing_area();
        draw(&root, chart, 1.0)?;
    }
    Ok(out)
}

/// How many of `chart`'s words found no spot clear of curves, markers and other words when
/// drawn at `size` CSS pixels × `scale` (0 = none; the tests hold every figure to that).
pub fn crowded_labels(chart: &Chart, size: (u32, u32), scale: f64) -> usize {
    label_layout(chart, size, scale).map_or(usize::MAX, |p| p.crowded)
}

/// Where `chart`'s words go at `size` × `scale` (SVG text metrics).
pub fn label_layout(chart: &Chart, size: (u32, u32), scale: f64) -> Option<Placed> {
    let mut out = String::new();
    let root = Backend::Svg(SVGBackend::with_string(&mut out, size)).into_drawing_area();
    let ctx = coords(&root, chart, scale).ok()?;
    Some(placement(&root, &ctx, chart, scale))
}

/// Tick text without trailing zeros: 0.5, 2, 0.25.
fn trim_number(v: f64) -> String {
    let s = format!("{:.3}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

fn format_pow10(k: i32) -> String {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let digits: String = k
        .unsigned_abs()
        .to_string()
        .chars()
        .map(|c| SUP[c.to_digit(10).unwrap_or(0) as usize])
        .collect();
    format!("10{}{}", if k < 0 { "⁻" } else { "" }, digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_text() {
        assert_eq!(trim_number(0.5), "0.5");
        assert_eq!(trim_number(2.0), "2");
        assert_eq!(format_pow10(-3), "10⁻³");
        assert_eq!(format_pow10(12), "10¹²");
    }
}
