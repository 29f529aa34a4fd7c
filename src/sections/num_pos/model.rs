//! The num-pos lesson's numbers, without Leptos: the post's table reduced three ways, and an
//! editable batch reduced per image (FCOS.Pytorch) and across the batch (mmdetection). Every
//! value is a call into `math::table` / `math::reduce`.

use crate::data::post;
pub use crate::data::post::{default_totals, post_table};
use crate::math::reduce;
use crate::ui::mathml::mn;

/// Rows of the editable batch table.
pub const IMAGES: usize = 3;

/// The post's table reduced by three different counts.
#[derive(Clone, Debug, PartialEq)]
pub struct PostExample {
    /// Σ over the 20 cells.
    pub total: f64,
    /// Positive points (rows with a 1).
    pub num_pos: usize,
    /// total / max(num_pos, 1): what FCOS trains on.
    pub per_pos: f64,
    pub points: usize,
    /// total / points: the mean over points.
    pub per_point: f64,
    pub elements: usize,
    /// total / elements: the mean over every binary element.
    pub per_element: f64,
    /// Σ of the loss cells exactly as printed in the post.
    pub printed_sum: f64,
    /// The misprinted cell (loss1, third class) as printed …
    pub printed_cell: f64,
    /// … and recomputed with its target 1.
    pub computed_cell: f64,
}

pub fn post_example() -> PostExample {
    let t = post_table();
    let cells: Vec<f64> = t.cells.concat();
    let printed: Vec<f64> = post::TABLE_PRINTED_LOSS.concat();
    PostExample {
        total: t.total,
        num_pos: t.num_pos,
        per_pos: reduce::per_pos(t.total, t.num_pos),
        points: t.row_sums.len(),
        per_point: reduce::mean(&t.row_sums),
        elements: cells.len(),
        per_element: reduce::mean(&cells),
        printed_sum: reduce::sum(&printed),
        printed_cell: post::TABLE_PRINTED_LOSS[0][2],
        computed_cell: t.cells[0][2],
    }
}

/// One image of the batch.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ImageRow {
    pub total: f64,
    pub num_pos: usize,
    /// max(num_pos, 1)
    pub clamped: f64,
    /// total / max(num_pos, 1)
    pub per_pos: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Batch {
    pub rows: Vec<ImageRow>,
    /// FCOS.Pytorch: mean over images of total_b / max(num_pos_b, 1).
    pub per_image: f64,
    /// mmdetection: Σ total_b / max(Σ num_pos_b, 1).
    pub across: f64,
    pub sum_total: f64,
    pub sum_pos: usize,
    /// max(Σ num_pos_b, 1)
    pub sum_pos_clamped: f64,
}

/// The first `n` images (n ≤ the shorter list) of a batch given as Σ FL and num_pos lists.
/// Counts are whole and ≥ 0 (the state table checks this); a stray fraction is truncated.
pub fn evaluate(totals: &[f64], counts: &[f64], n: usize) -> Batch {
    let images: Vec<(f64, usize)> = totals
        .iter()
        .zip(counts)
        .take(n)
        .map(|(&t, &c)| (t, c.max(0.0) as usize))
        .collect();
    let rows = images
        .iter()
        .map(|&(total, num_pos)| ImageRow {
            total,
            num_pos,
            clamped: reduce::num_pos_clamped(num_pos),
            per_pos: reduce::per_pos(total, num_pos),
        })
        .collect();
    let t: Vec<f64> = images.iter().map(|i| i.0).collect();
    let sum_pos: usize = images.iter().map(|i| i.1).sum();
    Batch {
        rows,
        per_image: reduce::per_image_then_mean(&images),
        across: reduce::across_batch(&images),
        sum_total: reduce::sum(&t),
        sum_pos,
        sum_pos_clamped: reduce::num_pos_clamped(sum_pos),
    }
}

fn max1(n: &str) -> String {
    format!("<mi>max</mi><mo>(</mo>{n}<mo>,</mo><mn>1</mn><mo>)</mo>")
}

fn frac(a: &str, b: &str) -> String {
    format!("<mfrac><mrow>{a}</mrow><mrow>{b}</mrow></mfrac>")
}

fn count(n: usize) -> String {
    format!("<mn>{n}</mn>")
}

/// Σ FL / max(num_pos, 1) = 4.074 / max(2, 1) = 2.037 for the post's table, as MathML.
pub fn post_formula(e: &PostExample) -> String {
    format!(
        "{}<mo>=</mo>{}<mo>=</mo>{}",
        frac(
            "<mo>∑</mo><mi>FL</mi>",
            &max1("<msub><mi>N</mi><mi>pos</mi></msub>")
        ),
        frac(&mn(e.total), &max1(&count(e.num_pos))),
        mn(e.per_pos)
    )
}

/// (1/B) Σ_b L_b / max(N_b, 1) with the batch's numbers, as MathML.
pub fn per_image_formula(b: &Batch) -> String {
    let terms: Vec<String> = b
        .rows
        .iter()
        .map(|r| frac(&mn(r.total), &max1(&count(r.num_pos))))
        .collect();
    format!(
        "{}<munderover><mo>∑</mo><mrow><mi>b</mi><mo>=</mo><mn>1</mn></mrow><mi>B</mi></munderover>{}<mo>=</mo>{}<mrow><mo>(</mo>{}<mo>)</mo></mrow><mo>=</mo>{}",
        frac("<mn>1</mn>", "<mi>B</mi>"),
        frac("<msub><mi>L</mi><mi>b</mi></msub>", &max1("<msub><mi>N</mi><mi>b</mi></msub>")),
        frac("<mn>1</mn>", &count(b.rows.len())),
        terms.join("<mo>+</mo>"),
        mn(b.per_image)
    )
}

/// Σ_b L_b / max(Σ_b N_b, 1) with the batch's numbers, as MathML.
pub fn across_formula(b: &Batch) -> String {
    let tops: Vec<String> = b.rows.iter().map(|r| mn(r.total)).collect();
    let bottoms: Vec<String> = b.rows.iter().map(|r| count(r.num_pos)).collect();
    format!(
        "{}<mo>=</mo>{}<mo>=</mo>{}",
        frac(
            "<mo>∑</mo><msub><mi>L</mi><mi>b</mi></msub>",
            &max1("<mo>∑</mo><msub><mi>N</mi><mi>b</mi></msub>")
        ),
        frac(&tops.join("<mo>+</mo>"), &max1(&bottoms.join("<mo>+</mo>"))),
        mn(b.across)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // tools/lessons_c_reference.py, section "num_pos".
    const POST_TOTAL: f64 = 4.07378178465249;
    const POST_PER_POS: f64 = 2.036890892326245;
    const PER_IMAGE: f64 = 1.4289636307754148;
    const ACROSS: f64 = 1.0409844131894634;
    const PER_IMAGE_2: f64 = 1.3934454461631225;
    const ACROSS_2: f64 = 0.9338415560466063;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-12 * b.abs().max(1.0)
    }

    #[test]
    fn post_example_matches_python() {
        let e = post_example();
        assert!(close(e.total, POST_TOTAL), "{}", e.total);
        assert_eq!((e.num_pos, e.points, e.elements), (2, 4, 20));
        assert!(close(e.per_pos, POST_PER_POS));
        assert!(close(e.per_point, POST_TOTAL / 4.0));
        assert!(close(e.per_element, POST_TOTAL / 20.0));
        assert!((e.printed_sum - 4.483).abs() < 1e-12);
        assert!((e.computed_cell - 0.008917).abs() < 5e-7);
    }

    #[test]
    fn default_batch_both_conventions() {
        let b = evaluate(&default_totals(), &[2.0, 12.0, 0.0], 3);
        assert!(close(b.per_image, PER_IMAGE), "{}", b.per_image);
        assert!(close(b.across, ACROSS), "{}", b.across);
        assert_eq!(b.rows[2].clamped, 1.0);
        assert_eq!(b.rows[2].per_pos, 1.5);
        assert_eq!((b.sum_pos, b.sum_pos_clamped), (14, 14.0));
        let b2 = evaluate(&default_totals(), &[2.0, 12.0, 0.0], 2);
        assert!(close(b2.per_image, PER_IMAGE_2) && close(b2.across, ACROSS_2));
    }

    #[test]
    fn equal_counts_make_the_conventions_agree_and_zero_positives_clamp() {
        let b = evaluate(&[3.0, 5.0, 7.0], &[4.0, 4.0, 4.0], 3);
        assert!(close(b.per_image, b.across));
        let z = evaluate(&[3.0, 5.0, 7.0], &[0.0, 0.0, 0.0], 3);
        assert_eq!(z.across, 15.0);
        assert_eq!(z.per_image, 5.0);
        assert!(z.per_image.is_finite() && z.across.is_finite());
    }

    #[test]
    fn formulas_show_the_numbers() {
        let b = evaluate(&default_totals(), &[2.0, 12.0, 0.0], 3);
        let f = per_image_formula(&b);
        assert!(
            f.contains("<mn>4.074</mn>") && f.contains("<mn>1.429</mn>"),
            "{f}"
        );
        let a = across_formula(&b);
        assert!(a.contains("<mn>1.041</mn>"), "{a}");
        assert!(post_formula(&post_example()).contains("<mn>2.037</mn>"));
    }
}
