//! The segmentation lesson's figures as plain `Chart` data (no Leptos): heatmaps as a
//! `Raster` (one cell per pixel, darkness = value; the page blits it as pixels), the object's outline as `Segment`s, and
//! a stacked bar of where the summed loss comes from. Values come from `math::segmentation`.

use super::scene::{Scene, SIZE};
use crate::chart::{Chart, Dash, Ink, LegendAt, Palette, Raster, Rect, Segment};
use crate::format;
use crate::i18n::{fill, tr};
use crate::math::activations::sigmoid;
use crate::math::segmentation::{share, PixelLosses};
use crate::state::{Lang, YScale};
use crate::ui::DataTable;

/// Decades shown by the logarithmic colour scale below the maximum.
const LOG_DECADES: f64 = 4.0;
/// Cells lighter than this are left blank (in vector exports: no invisible rectangles).
const MIN_OPACITY: f64 = 0.004;

/// Darkness of a cell in [0, 1]: v / max (linear) or its position within the top
/// `LOG_DECADES` decades below max (log). 0 when max ≤ 0.
pub fn opacity(v: f64, max: f64, scale: YScale) -> f64 {
    if max <= 0.0 || v.is_nan() || v <= 0.0 {
        return 0.0;
    }
    let t = match scale {
        YScale::Lin => v / max,
        YScale::Log => 1.0 + (v / max).log10() / LOG_DECADES,
    };
    t.clamp(0.0, 1.0)
}

/// Segments along every pixel edge between object and background (the object's outline).
pub fn outline(mask: &[f64], ink: Ink) -> Vec<Segment> {
    let at = |r: isize, c: isize| {
        if r < 0 || c < 0 || r >= SIZE as isize || c >= SIZE as isize {
            0.0
        } else {
            mask[r as usize * SIZE + c as usize]
        }
    };
    let mut out = Vec::new();
    for r in 0..SIZE as isize {
        for c in 0..SIZE as isize {
            if at(r, c) < 0.5 {
                continue;
            }
            let (x0, x1) = (c as f64, c as f64 + 1.0);
            let (y0, y1) = ((SIZE as isize - r - 1) as f64, (SIZE as isize - r) as f64);
            let edges = [
                (at(r - 1, c), (x0, y1), (x1, y1)),
                (at(r + 1, c), (x0, y0), (x1, y0)),
                (at(r, c - 1), (x0, y0), (x0, y1)),
                (at(r, c + 1), (x1, y0), (x1, y1)),
            ];
            for (nb, from, to) in edges {
                if nb < 0.5 {
                    out.push(Segment {
                        from,
                        to,
                        ink,
                        dash: Dash::Solid,
                        label: None,
                    });
                }
            }
        }
    }
    out
}

/// A SIZE × SIZE heatmap of `values` (row-major, row 0 at the top) in `ink`, with the outline.
pub fn heatmap(
    values: &[f64],
    max: f64,
    scale: YScale,
    ink: Ink,
    mask: &[f64],
    lang: Lang,
    pal: Palette,
) -> Chart {
    let mut c = Chart::new(tr(lang, "segmentation.x"), tr(lang, "segmentation.y"), pal);
    let side = SIZE as f64;
    c.x_range = (0.0, side);
    c.y_range = (0.0, side);
    c.legend = LegendAt::None;
    let cell = |v: f64| match opacity(v, max, scale) {
        o if o < MIN_OPACITY => 0.0,
        o => o as f32,
    };
    c.raster = Some(Raster {
        cols: SIZE,
        rows: SIZE,
        opacity: values.iter().take(SIZE * SIZE).map(|&v| cell(v)).collect(),
        ink,
    });
    c.segments = outline(mask, Ink::Positive);
    c
}

/// p = σ(x) for every pixel.
pub fn probabilities(s: &Scene) -> Vec<f64> {
    s.logits.iter().map(|&x| sigmoid(x)).collect()
}

/// The stacked bars: for CE and for FL, the shares of easy background, hard background and
/// object in the summed loss.
pub fn share_chart(l: &PixelLosses, lang: Lang, pal: Palette) -> Chart {
    let mut c = Chart::new("", tr(lang, "segmentation.y_share"), pal);
    // Bars centred on x = 1 and 2, where the axis puts its two tick labels.
    c.x_range = (0.4, 2.6);
    c.y_range = (0.0, 1.0);
    c.legend = LegendAt::None;
    c.x_ticks = Some(vec![(1.0, "CE".into()), (2.0, "FL".into())]);
    let parts = |pick: fn(&crate::math::segmentation::Group) -> f64| {
        let total = pick(&l.fg) + pick(&l.bg_easy) + pick(&l.bg_hard);
        [
            (
                share(pick(&l.bg_easy), total),
                Ink::Faint,
                "segmentation.g_easy",
            ),
            (
                share(pick(&l.bg_hard), total),
                Ink::Negative,
                "segmentation.g_hard",
            ),
            (
                share(pick(&l.fg), total),
                Ink::Positive,
                "segmentation.g_fg",
            ),
        ]
    };
    let columns = [(1.0, parts(|g| g.ce)), (2.0, parts(|g| g.fl))];
    for (x, stack) in columns {
        let mut y = 0.0;
        for (s, ink, key) in stack {
            let caption = (s >= 0.07).then(|| format!("{} {}", tr(lang, key), format::percent(s)));
            c.rects.push(Rect {
                x: (x - 0.35, x + 0.35),
                y: (y, (y + s).min(1.0)),
                ink,
                opacity: 0.75,
                caption,
            });
            y += s;
        }
    }
    c
}

/// The share chart's text alternative: the bars' values, one row per stacked group (bottom to
/// top), with its share of Σ CE (left bar) and of Σ FL (right bar).
pub fn share_table(l: &PixelLosses, lang: Lang) -> DataTable {
    let (tc, tf) = (
        l.fg.ce + l.bg_easy.ce + l.bg_hard.ce,
        l.fg.fl + l.bg_easy.fl + l.bg_hard.fl,
    );
    let rows = [
        ("segmentation.g_easy", l.bg_easy),
        ("segmentation.g_hard", l.bg_hard),
        ("segmentation.g_fg", l.fg),
    ]
    .into_iter()
    .map(|(key, g)| {
        vec![
            tr(lang, key).to_string(),
            format::percent(share(g.ce, tc)),
            format::percent(share(g.fl, tf)),
        ]
    })
    .collect();
    DataTable {
        head: vec![
            tr(lang, "segmentation.col_group").into(),
            tr(lang, "segmentation.col_share_ce").into(),
            tr(lang, "segmentation.col_share_fl").into(),
        ],
        rows,
    }
}

/// One row of the breakdown table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: &'static str,
    pub pixels: usize,
    pub ce: f64,
    pub ce_share: f64,
    pub fl: f64,
    pub fl_share: f64,
}

/// Object, easy background, hard background, all background, all pixels.
pub fn breakdown(l: &PixelLosses) -> Vec<Row> {
    let (tc, tf) = (l.total_ce(), l.total_fl());
    let all = l.fg.merge(l.bg());
    [
        ("segmentation.g_fg", l.fg),
        ("segmentation.g_easy", l.bg_easy),
        ("segmentation.g_hard", l.bg_hard),
        ("segmentation.g_bg", l.bg()),
        ("segmentation.g_all", all),
    ]
    .into_iter()
    .map(|(key, g)| Row {
        key,
        pixels: g.pixels,
        ce: g.ce,
        ce_share: share(g.ce, tc),
        fl: g.fl,
        fl_share: share(g.fl, tf),
    })
    .collect()
}

/// The text alternative of the maps: the row through the object's centre, pixel by pixel.
pub fn profile(s: &Scene, l: &PixelLosses, lang: Lang) -> DataTable {
    let row = SIZE / 2;
    let rows = (0..SIZE)
        .map(|col| {
            let k = row * SIZE + col;
            vec![
                col.to_string(),
                format::num(s.mask[k]),
                format::num(s.logits[k]),
                format::num(sigmoid(s.logits[k])),
                format::num(l.ce[k]),
                format::num(l.fl[k]),
            ]
        })
        .collect();
    DataTable {
        head: vec![
            fill(tr(lang, "segmentation.col_x"), &[("row", &row.to_string())]),
            "y".into(),
            "x (logit)".into(),
            "p".into(),
            "CE".into(),
            "FL".into(),
        ],
        rows,
    }
}

/// A heatmap's aria-label.
pub fn summary(key: &'static str, l: &PixelLosses, lang: Lang) -> String {
    fill(
        tr(lang, key),
        &[
            ("fg", &l.fg.pixels.to_string()),
            ("n", &(SIZE * SIZE).to_string()),
            ("ce", &format::num(l.total_ce())),
            ("fl", &format::num(l.total_fl())),
            ("bce", &format::percent(l.bg_share_ce())),
            ("bfl", &format::percent(l.bg_share_fl())),
            ("max", &format::num(l.max_ce())),
            ("hard", &l.bg_hard.pixels.to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::super::scene::{generate, SceneInputs};
    use super::*;
    use crate::math::focal::{Alpha, FocalParams};
    use crate::math::segmentation::pixel_losses;

    fn scene() -> Scene {
        generate(&SceneInputs {
            radius: 5.0,
            margin: 4.0,
            noise: 1.0,
            seed: 1,
        })
    }

    #[test]
    fn default_shares_match_python() {
        // tools/lessons_c_reference.py, "segmentation: default scene" (α = .25, γ = 2).
        let s = scene();
        let l = pixel_losses(&s.logits, &s.mask, FocalParams::default());
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9 * b.abs().max(1.0);
        assert!(close(l.total_ce(), 87.6887945180905), "{}", l.total_ce());
        assert!(close(l.total_fl(), 3.5245203877558735), "{}", l.total_fl());
        assert!(close(l.bg_share_ce(), 0.884756493598451));
        assert!(close(l.bg_share_fl(), 0.8877605130436312));
        let rows = breakdown(&l);
        assert_eq!(rows[4].pixels, SIZE * SIZE);
        assert!((rows[1].ce_share + rows[2].ce_share - l.bg_share_ce()).abs() < 1e-12);
        assert!((rows[4].fl_share - 1.0).abs() < 1e-12);
        // FL moves the loss off the easy background.
        assert!(rows[1].fl_share < 0.5 * rows[1].ce_share);
    }

    #[test]
    fn share_table_holds_the_bars_values() {
        let s = scene();
        let l = pixel_losses(&s.logits, &s.mask, FocalParams::default());
        let t = share_table(&l, Lang::En);
        let c = share_chart(&l, Lang::En, Palette::LIGHT);
        assert_eq!(t.head, ["Pixels", "share of Σ CE", "share of Σ FL"]);
        assert_eq!(t.rows.len(), 3);
        // Row k is bar segment k of the CE column (rects 0–2) and of the FL column (rects 3–5).
        for (k, row) in t.rows.iter().enumerate() {
            let (ce, fl) = (&c.rects[k], &c.rects[k + 3]);
            assert_eq!(row[1], format::percent(ce.y.1 - ce.y.0), "{row:?}");
            assert_eq!(row[2], format::percent(fl.y.1 - fl.y.0), "{row:?}");
        }
    }

    #[test]
    fn outline_of_one_pixel_is_four_edges_and_heatmap_leaves_blank_cells_blank() {
        let mut mask = vec![0.0; SIZE * SIZE];
        mask[5 * SIZE + 7] = 1.0;
        let o = outline(&mask, Ink::Positive);
        assert_eq!(o.len(), 4);
        let mut values = vec![0.0; SIZE * SIZE];
        values[0] = 2.0;
        values[1] = 1.0;
        let c = heatmap(
            &values,
            2.0,
            YScale::Lin,
            Ink::Ce,
            &mask,
            Lang::En,
            Palette::LIGHT,
        );
        let r = c.raster.expect("a heatmap is a raster");
        assert_eq!((r.cols, r.rows, r.opacity.len()), (SIZE, SIZE, SIZE * SIZE));
        // Row 0 (the top row) holds the two values; every other cell is blank.
        assert_eq!((r.opacity[0], r.opacity[1]), (1.0, 0.5));
        assert_eq!(r.opacity.iter().filter(|&&o| o > 0.0).count(), 2);
    }

    #[test]
    fn colour_scales() {
        assert_eq!(opacity(1.0, 2.0, YScale::Lin), 0.5);
        assert_eq!(opacity(2.0, 2.0, YScale::Log), 1.0);
        assert!((opacity(0.02, 2.0, YScale::Log) - 0.5).abs() < 1e-12);
        assert_eq!(opacity(1e-9, 2.0, YScale::Log), 0.0);
        assert_eq!(opacity(1.0, 0.0, YScale::Lin), 0.0);
    }

    #[test]
    fn share_bars_stack_to_one() {
        let s = scene();
        let p = FocalParams::new(Alpha::Off, 2.0).unwrap();
        let l = pixel_losses(&s.logits, &s.mask, p);
        let c = share_chart(&l, Lang::En, Palette::LIGHT);
        assert_eq!(c.rects.len(), 6);
        assert!((c.rects[2].y.1 - 1.0).abs() < 1e-12);
        assert!((c.rects[5].y.1 - 1.0).abs() < 1e-12);
        assert_eq!(profile(&s, &l, Lang::En).rows.len(), SIZE);
    }
}
