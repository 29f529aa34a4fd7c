//! The blog post's numbers, recomputed from its inputs.
//!
//! Every expected value below was computed independently by
//! `python3 tools/reference_values.py` (plain `math`, piecewise paper formula,
//! not this crate) and pasted here; the section of that script's output is
//! named next to each constant.

use focal_loss_lab::data::post;
use focal_loss_lab::math::{
    bce, bce_multi, ce_one_hot, ce_soft, focal_row, focal_table, Alpha, FocalParams,
};

/// |a − b| ≤ 1e−12 · max(1, |b|): far tighter than the 6 significant digits
/// required, since both sides are f64 evaluations of the same formula.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * b.abs().max(1.0)
}

fn post_params() -> FocalParams {
    FocalParams::new(Alpha::new(post::TABLE_ALPHA).unwrap(), post::TABLE_GAMMA).unwrap()
}

// reference_values.py, "Post form (2)": neg_ln_0_7
const NEG_LN_0_7: f64 = 0.356_674_943_938_732_45;

// reference_values.py, "Post form (3)": bce_cat_dog_horse, bce_sum
const BCE_CAT_DOG_HORSE: [f64; 3] = [
    0.223_143_551_314_209_7,
    0.223_143_551_314_209_7,
    0.510_825_623_765_990_7,
];
const BCE_SUM: f64 = 0.957_112_726_394_410_1;

// reference_values.py, "Post 5-class x 4-sample table": row1_cells … row4_cells
const TABLE_CELLS: [[f64; 5]; 4] = [
    [
        0.153_868_546_759_123_98,
        0.180_968_465_598_818_93,
        0.008_917_161_420_745_012,
        0.245_436_929_768_478_22,
        0.245_436_929_768_478_22,
    ],
    [
        0.007_125_867_766_067_25,
        0.324_374_808_847_230_3,
        0.180_968_465_598_818_93,
        0.211_442_802_177_622_76,
        0.283_058_700_644_557_35,
    ],
    [
        0.324_374_808_847_230_3,
        0.180_968_465_598_818_93,
        0.211_442_802_177_622_76,
        0.245_436_929_768_478_22,
        0.324_374_808_847_230_3,
    ],
    [
        0.153_868_546_759_123_98,
        0.211_442_802_177_622_76,
        0.153_868_546_759_123_98,
        0.180_968_465_598_818_93,
        0.245_436_929_768_478_22,
    ],
];
// row1_sum … row4_sum, table_total, table_per_pos, row1_col2_if_t0
const TABLE_ROW_SUMS: [f64; 4] = [
    0.834_628_033_315_644_4,
    1.006_970_645_034_296_6,
    1.286_597_815_239_380_4,
    0.945_585_291_063_167_9,
];
const TABLE_TOTAL: f64 = 4.073_781_784_652_489;
const TABLE_PER_POS: f64 = 2.036_890_892_326_244_5;
const ROW1_COL2_IF_T0: f64 = 0.418_139_839_715_936_77;

// reference_values.py, "Post all-negative sample": all_negative_sum
const ALL_NEGATIVE_SUM: f64 = 1.179_382_247_441_176_8;

#[test]
fn form2_minus_ln_0_7() {
    let v = ce_one_hot(&post::SOFTMAX_PRED, post::SOFTMAX_GT);
    assert!(close(v, NEG_LN_0_7), "{v}");
    // Form (1) with the one-hot target gives the same number.
    assert!(close(
        ce_soft(&[0.0, 1.0, 0.0], &post::SOFTMAX_PRED),
        NEG_LN_0_7
    ));
    // The post prints 0.36: the correctly rounded 2-decimal value.
    assert_eq!(
        format!("{v:.2}"),
        format!("{:.2}", post::PRINTED_NEG_LN_0_7)
    );
}

#[test]
fn form3_bce_per_class() {
    let (per, total) = bce_multi(&post::SIGMOID_GT, &post::SIGMOID_PRED);
    assert_eq!(per.len(), 3);
    for (got, want) in per.iter().zip(BCE_CAT_DOG_HORSE) {
        assert!(close(*got, want), "{got} vs {want}");
    }
    assert!(close(total, BCE_SUM), "{total}");
    // Form (4) is the same per class.
    assert!(close(bce(0.8, 1.0), BCE_CAT_DOG_HORSE[1]));
}

#[test]
fn table_element_by_element() {
    let r = focal_table(&post::TABLE_LOGITS, &post::TABLE_TARGETS, post_params());
    for (i, row) in TABLE_CELLS.iter().enumerate() {
        for (j, &want) in row.iter().enumerate() {
            let got = r.cells[i][j];
            assert!(close(got, want), "cell ({i},{j}): {got} vs {want}");
        }
        assert!(close(r.row_sums[i], TABLE_ROW_SUMS[i]), "row {i}");
    }
    assert!(close(r.total, TABLE_TOTAL), "{}", r.total);
    assert_eq!(r.num_pos, 2);
    assert!(close(r.per_pos, TABLE_PER_POS), "{}", r.per_pos);
    assert_eq!((r.binary_pos, r.binary_neg), (2, 18));
    assert!(close(r.pos_loss + r.neg_loss, TABLE_TOTAL));
}

#[test]
fn table_printed_values_and_the_one_discrepancy() {
    // The post prints 4 decimals. 19 of 20 cells agree after rounding; the
    // exception is row 0 / column 2 (logit 0.8, target 1): the post printed
    // 0.4181, which is the *target 0* value FL(0.8, t = 0) = 0.418140, while
    // the target-1 value is 0.008917.
    let r = focal_table(&post::TABLE_LOGITS, &post::TABLE_TARGETS, post_params());
    let mut mismatches = Vec::new();
    for i in 0..4 {
        for j in 0..5 {
            let printed = post::TABLE_PRINTED_LOSS[i][j];
            if format!("{:.4}", r.cells[i][j]) != format!("{printed:.4}") {
                mismatches.push((i, j));
            }
        }
    }
    assert_eq!(mismatches, vec![(0, 2)]);
    let (t0_row, _) = focal_row(&[0.8], &[0.0], post_params());
    assert!(close(t0_row[0], ROW1_COL2_IF_T0));
    assert_eq!(format!("{:.4}", t0_row[0]), "0.4181");
    assert_eq!(post::TABLE_TARGETS[0][2], 1.0);
}

#[test]
fn all_negative_sample() {
    let (cells, sum) = focal_row(
        &post::ALL_NEGATIVE_LOGITS,
        &post::ALL_NEGATIVE_TARGETS,
        post_params(),
    );
    assert_eq!(cells.len(), 5);
    assert!(close(sum, ALL_NEGATIVE_SUM), "{sum}");
    assert_eq!(
        format!("{sum:.4}"),
        format!("{:.4}", post::PRINTED_ALL_NEGATIVE_LOSS)
    );
}

#[test]
fn table_preds_are_logits_not_probabilities() {
    // If the preds were probabilities, cell (0,0) would be
    // 0.75 · 0.1² · (−ln 0.9) = 0.00079, not the printed 0.1539.
    let as_prob = focal_loss_lab::math::focal_from_prob(0.1, 0.0, post_params());
    assert!((as_prob - 0.1539).abs() > 0.1);
    assert_eq!(format!("{:.4}", TABLE_CELLS[0][0]), "0.1539");
}
