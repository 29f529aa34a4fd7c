//! Renders a `Chart` with plotters on any backend (canvas, SVG, bitmap).

use super::{Chart, Dash, LegendAt};
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

fn font(size: f64, scale: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::SansSerif, size * scale, FontStyle::Normal)
}

/// Draws `chart` filling `root`. `scale` multiplies text sizes and line widths (device pixel
/// ratio on screen, 2 for slide-ready PNGs).
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart,
    scale: f64,
) -> Result<PlotArea, String> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    let pal = chart.palette;
    root.fill(&pal.background).map_err(err)?;
    let y_axis = (
        chart.y_to_axis(chart.y_range.0),
        chart.y_to_axis(chart.y_range.1),
    );
    let px = |v: f64| (v * scale).round() as i32;
    let mut ctx = ChartBuilder::on(root)
        .margin(px(12.0))
        .x_label_area_size(px(44.0))
        .y_label_area_size(px(62.0))
        .build_cartesian_2d(chart.x_range.0..chart.x_range.1, y_axis.0..y_axis.1)
        .map_err(err)?;

    let text = font(13.0, scale).color(&pal.text);
    let y_log = chart.y_log;
    let y_fmt = move |v: &f64| {
        if !y_log {
            trim_number(*v)
        } else if (v - v.round()).abs() < 1e-6 {
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
    let y_span = (y_axis.1 - y_axis.0).round().max(1.0) as usize;
    let mut mesh = ctx.configure_mesh();
    mesh.x_desc(chart.x_label.as_str())
        .y_desc(chart.y_label.as_str())
        .label_style(text.clone())
        .axis_desc_style(font(14.0, scale).color(&pal.text))
        .axis_style(ShapeStyle::from(&pal.text).stroke_width(px(1.0).max(1) as u32))
        .bold_line_style(ShapeStyle::from(&pal.grid).stroke_width(px(1.0).max(1) as u32))
        .light_line_style(ShapeStyle::from(&pal.grid.mix(0.0)))
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt);
    if y_log {
        mesh.y_labels(y_span + 1);
    }
    if let Some(t) = &chart.x_ticks {
        mesh.x_labels(t.len()).disable_x_mesh();
    }
    mesh.draw().map_err(err)?;

    for r in &chart.rects {
        let c = pal.of(r.ink);
        let (y0, y1) = (chart.y_to_axis(r.y.0), chart.y_to_axis(r.y.1));
        ctx.draw_series(std::iter::once(Rectangle::new(
            [(r.x.0, y0), (r.x.1, y1)],
            c.mix(r.opacity).filled(),
        )))
        .map_err(err)?;
        if let Some(cap) = &r.caption {
            let at = ((r.x.0 + r.x.1) / 2.0, y1.min(y_axis.1));
            let style = font(12.0, scale)
                .color(&pal.text)
                .pos(Pos::new(HPos::Center, VPos::Top));
            ctx.plotting_area()
                .draw(&Text::new(cap.clone(), at, style))
                .map_err(err)?;
        }
    }

    for s in &chart.series {
        let c = pal.of(s.ink);
        let style = ShapeStyle::from(&c).stroke_width(px(s.width).max(1) as u32);
        let pts: Vec<(f64, f64)> = s
            .points
            .iter()
            .filter(|p| p.1.is_finite() && (!y_log || p.1 > 0.0))
            .map(|&(x, y)| (x, chart.y_to_axis(y).clamp(y_axis.0 - 1e3, y_axis.1 + 1e3)))
            .collect();
        let anno = match s.dash {
            Dash::Solid => ctx.draw_series(LineSeries::new(pts, style)),
            Dash::Dashed => ctx.draw_series(DashedLineSeries::new(
                pts,
                px(8.0) as u32,
                px(5.0) as u32,
                style,
            )),
            Dash::Dotted => ctx.draw_series(DashedLineSeries::new(
                pts,
                px(2.0) as u32,
                px(4.0) as u32,
                style,
            )),
        }
        .map_err(err)?;
        if s.in_legend {
            let dash = s.dash;
            let w = px(22.0);
            anno.label(s.label.as_str()).legend(move |(x, y)| {
                let seg = match dash {
                    Dash::Solid => w,
                    Dash::Dashed => w / 3,
                    Dash::Dotted => w / 8,
                };
                PathElement::new(vec![(x, y), (x + seg, y)], style)
            });
        }
        if let Some((i, tag)) = &s.tag {
            if let Some(&(x, y)) = s.points.get(*i) {
                let y = chart.y_to_axis(y);
                if y.is_finite() && y >= y_axis.0 && y <= y_axis.1 {
                    let style = font(11.0, scale)
                        .color(&c)
                        .pos(Pos::new(HPos::Left, VPos::Bottom));
                    ctx.plotting_area()
                        .draw(&Text::new(tag.clone(), (x, y), style))
                        .map_err(err)?;
                }
            }
        }
    }

    for seg in &chart.segments {
        let c = pal.of(seg.ink);
        let style = ShapeStyle::from(&c).stroke_width(px(1.5).max(1) as u32);
        let a = (seg.from.0, chart.y_to_axis(seg.from.1));
        let b = (seg.to.0, chart.y_to_axis(seg.to.1));
        if !(a.1.is_finite() && b.1.is_finite()) {
            continue;
        }
        match seg.dash {
            Dash::Solid => ctx.draw_series(LineSeries::new([a, b], style)),
            _ => ctx.draw_series(DashedLineSeries::new(
                [a, b],
                px(4.0) as u32,
                px(3.0) as u32,
                style,
            )),
        }
        .map_err(err)?;
        if let Some(label) = &seg.label {
            let right = is_right_side(chart, a.0);
            let h = if right { HPos::Right } else { HPos::Left };
            let style = font(12.0, scale).color(&c).pos(Pos::new(h, VPos::Center));
            let text = if right {
                format!("{label}  ")
            } else {
                format!("  {label}")
            };
            let mid = (a.0, (a.1 + b.1) / 2.0);
            ctx.plotting_area()
                .draw(&Text::new(text, mid, style))
                .map_err(err)?;
        }
    }

    for m in &chart.markers {
        let y = chart.y_to_axis(m.at.1);
        if !y.is_finite() {
            continue;
        }
        let c = pal.of(m.ink);
        ctx.draw_series(std::iter::once(Circle::new(
            (m.at.0, y),
            px(5.0),
            ShapeStyle::from(&c).filled(),
        )))
        .map_err(err)?;
        ctx.draw_series(std::iter::once(Circle::new(
            (m.at.0, y),
            px(5.0),
            ShapeStyle::from(&pal.background).stroke_width(px(1.5) as u32),
        )))
        .map_err(err)?;
        if let Some(label) = &m.label {
            let right = is_right_side(chart, m.at.0);
            let h = if right { HPos::Right } else { HPos::Left };
            let style = font(12.0, scale)
                .color(&pal.text)
                .pos(Pos::new(h, VPos::Bottom));
            let text = if right {
                format!("{label}  ")
            } else {
                format!("  {label}")
            };
            ctx.plotting_area()
                .draw(&Text::new(text, (m.at.0, y), style))
                .map_err(err)?;
        }
    }

    let pos = match chart.legend {
        LegendAt::UpperRight => Some(SeriesLabelPosition::UpperRight),
        LegendAt::UpperLeft => Some(SeriesLabelPosition::UpperLeft),
        LegendAt::UpperMiddle => Some(SeriesLabelPosition::UpperMiddle),
        LegendAt::LowerLeft => Some(SeriesLabelPosition::LowerLeft),
        LegendAt::LowerRight => Some(SeriesLabelPosition::LowerRight),
        LegendAt::None => None,
    };
    if let Some(pos) = pos {
        if chart.series.iter().any(|s| s.in_legend) {
            ctx.configure_series_labels()
                .position(pos)
                .label_font(text)
                .background_style(pal.background.mix(0.85))
                .border_style(pal.grid)
                .legend_area_size(px(28.0))
                .draw()
                .map_err(err)?;
        }
    }
    let (px_range, py_range) = ctx.plotting_area().get_pixel_range();
    root.present().map_err(err)?;
    Ok(PlotArea {
        px: (px_range.start, px_range.end),
        py: (py_range.start, py_range.end),
        x_range: chart.x_range,
        y_axis,
    })
}

/// The chart as a standalone SVG document of `size` CSS pixels.
pub fn to_svg(chart: &Chart, size: (u32, u32)) -> Result<String, String> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw(&root, chart, 1.0)?;
    }
    Ok(out)
}

/// Labels near the right edge are anchored on their right so they stay inside the plot.
fn is_right_side(chart: &Chart, x: f64) -> bool {
    let (lo, hi) = chart.x_range;
    x > lo + 0.65 * (hi - lo)
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
