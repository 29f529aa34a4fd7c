//! Renders a `Chart` with plotters. A chart is drawn in two layers: the *base* (background,
//! axes, shaded bands, curves, legend) and the *overlay* (segments and markers, what moves with
//! a slider), so the page can cache the base and redraw only the overlay on a move.

use super::backend::Backend;
use super::place::{self, Boxf, Placed};
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

type Area<'a> = DrawingArea<Backend<'a>, Shift>;
type Coords<'a, 'b> = ChartContext<'b, Backend<'a>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

fn font(size: f64, scale: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::SansSerif, size * scale, FontStyle::Normal)
}

fn err<E: std::fmt::Display>(e: E) -> String {
    e.to_string()
}

fn px(v: f64, scale: f64) -> i32 {
    (v * scale).round() as i32
}

fn y_axis(chart: &Chart) -> (f64, f64) {
    (
        chart.y_to_axis(chart.y_range.0),
        chart.y_to_axis(chart.y_range.1),
    )
}

/// The coordinate system: the same margins every time, so base and overlay line up.
fn coords<'a, 'b>(root: &'b Area<'a>, chart: &Chart, scale: f64) -> Result<Coords<'a, 'b>, String> {
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

/// Where the base layer's words go (see `place`), measured with this backend's text metrics.
fn base_placement(root: &Area, ctx: &Coords, chart: &Chart, scale: f64) -> place::BaseWords {
    let to_px = |x, y| px_in(ctx, x, y);
    let measure = |text: &str, size| measure_in(root, text, size);
    let curves = chart
        .series
        .iter()
        .flat_map(|s| series_runs(chart, s).0)
        .map(|run| run.iter().map(|&(x, y)| to_px(x, y)).collect())
        .collect();
    place::place_base(chart, &to_px, plot_box(ctx), curves, &measure, scale)
}

/// Where all the words go: the base layer's, then the overlay's labels.
fn placement(root: &Area, ctx: &Coords, chart: &Chart, scale: f64) -> Placed {
    let base = base_placement(root, ctx, chart, scale);
    overlay_placement(root, ctx, chart, scale, &base)
}

fn overlay_placement(
    root: &Area,
    ctx: &Coords,
    chart: &Chart,
    scale: f64,
    base: &place::BaseWords,
) -> Placed {
    let to_px = |x, y| px_in(ctx, x, y);
    let measure = |text: &str, size| measure_in(root, text, size);
    place::place_overlay(chart, &to_px, plot_box(ctx), base, &measure, scale)
}

/// Text with its top-left corner at `b`.
fn text_at(root: &Area, text: &str, b: &Boxf, size: f64, colour: RGBColor) -> Result<(), String> {
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
fn leader(root: &Area, b: &Boxf, at: (f64, f64), c: RGBColor, scale: f64) -> Result<(), String> {
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
fn draw_words(root: &Area, chart: &Chart, scale: f64, placed: &Placed) -> Result<(), String> {
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
fn series_runs(chart: &Chart, s: &Series) -> (Vec<Vec<(f64, f64)>>, Vec<f64>) {
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

/// ▼ on the bottom edge at x: something at this x lies below the axis.
fn off_scale_mark(
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
