//! The paper's numeric claims (Lin et al., arXiv:1708.02002) and Table 1.
//!
//! Expected ratios come from `python3 tools/reference_values.py`, section
//! "Paper: CE/FL".

use focal_loss_lab::data::paper::{TABLE_1A, TABLE_1B};
use focal_loss_lab::math::{ce_over_fl, ce_over_fl_y, Alpha, FocalParams};

fn rel_close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs()
}

fn gamma2_off() -> FocalParams {
    FocalParams::new(Alpha::Off, 2.0).unwrap()
}

#[test]
fn ce_over_fl_paper_ratios() {
    let p = gamma2_off();
    // "with γ = 2, an example classified with p_t = 0.9 would have 100× lower
    //  loss compared with CE and with p_t ≈ 0.968 it would have 1000× lower loss"
    assert!(rel_close(ce_over_fl(0.9, p), 100.000_000_000_000_06, 1e-12));
    assert!(rel_close(
        ce_over_fl(0.968, p),
        976.562_499_999_998_2,
        1e-12
    ));
    assert!(rel_close(ce_over_fl(0.5, p), 4.0, 1e-15));
    // reference_values.py: ce_over_fl(0.968377) = 999.9858711996285 — ≈ 1000.
    assert!(rel_close(
        ce_over_fl(0.968_377, p),
        999.985_871_199_628_5,
        1e-10
    ));
    assert!(rel_close(ce_over_fl(0.968_377, p), 1000.0, 1e-4));
    // p_t = 1 − 1/√1000 = 0.9683772233983162 gives exactly 1000 (up to rounding).
    assert!(rel_close(
        ce_over_fl(0.968_377_223_398_316_2, p),
        1000.0,
        1e-12
    ));
}

#[test]
fn ce_over_fl_with_alpha_and_edges() {
    let p = FocalParams::new(Alpha::On(0.25), 2.0).unwrap();
    // Positives are scaled by α = .25, negatives by .75.
    assert!(rel_close(ce_over_fl(0.9, p), 400.0, 1e-12));
    assert!(rel_close(ce_over_fl_y(0.9, 0.0, p), 100.0 / 0.75, 1e-12));
    // The factor is 0 at p_t = 1 (γ > 0) or α_t = 0: ratio +∞, documented.
    assert_eq!(ce_over_fl(1.0, gamma2_off()), f64::INFINITY);
    let a0 = FocalParams::new(Alpha::On(0.0), 2.0).unwrap();
    assert_eq!(ce_over_fl(0.5, a0), f64::INFINITY);
    // γ = 0, α off: FL ≡ CE.
    assert_eq!(ce_over_fl(0.3, FocalParams::plain_ce()), 1.0);
}

#[test]
fn table_1a_shape() {
    assert_eq!(TABLE_1A.len(), 7);
    // α strictly increasing; best AP at α = .75 (31.1).
    assert!(TABLE_1A.windows(2).all(|w| w[0].alpha < w[1].alpha));
    let best = TABLE_1A
        .iter()
        .max_by(|a, b| a.ap.total_cmp(&b.ap))
        .unwrap();
    assert_eq!((best.alpha, best.ap), (0.75, 31.1));
    for r in TABLE_1A {
        assert!(r.ap <= r.ap50 && r.ap75 <= r.ap50);
    }
}

#[test]
fn table_1b_shape() {
    assert_eq!(TABLE_1B.len(), 7);
    assert!(TABLE_1B.windows(2).all(|w| w[0].gamma < w[1].gamma));
    let best = TABLE_1B
        .iter()
        .max_by(|a, b| a.ap.total_cmp(&b.ap))
        .unwrap();
    assert_eq!((best.gamma, best.alpha, best.ap), (2.0, 0.25, 34.0));
    // γ = 0 row of 1b is the α = .75 row of 1a.
    let g0 = TABLE_1B[0];
    let a75 = TABLE_1A.iter().find(|r| r.alpha == 0.75).unwrap();
    assert_eq!(
        (g0.alpha, g0.ap, g0.ap50, g0.ap75),
        (a75.alpha, a75.ap, a75.ap50, a75.ap75)
    );
    // Every α in 1b is a valid Alpha.
    for r in TABLE_1B {
        assert!(FocalParams::new(Alpha::new(r.alpha).unwrap(), r.gamma).is_ok());
    }
}

#[test]
fn table_1d_shape() {
    use focal_loss_lab::data::paper::{OhemMethod, TABLE_1D};
    assert_eq!(TABLE_1D.len(), 10);
    let count = |m| TABLE_1D.iter().filter(|r| r.method == m).count();
    assert_eq!(
        (
            count(OhemMethod::Ohem),
            count(OhemMethod::Ohem13),
            count(OhemMethod::Fl)
        ),
        (6, 3, 1)
    );
    for r in TABLE_1D {
        assert!(r.ap <= r.ap50 && r.ap75 <= r.ap50 && r.ap <= r.ap75 + 5.0);
        // Batch and nms are given exactly for the sampling rows, "n/a" for FL.
        assert_eq!(r.batch.is_none(), r.method == OhemMethod::Fl);
        assert_eq!(r.nms.is_none(), r.method == OhemMethod::Fl);
    }
    // The text of §5.2: best OHEM is no 1:3, batch 128, nms .5 at 32.8 AP; FL 36.0; gap 3.2.
    let best_ohem = TABLE_1D
        .iter()
        .filter(|r| r.method != OhemMethod::Fl)
        .max_by(|a, b| a.ap.total_cmp(&b.ap))
        .unwrap();
    assert_eq!(
        (
            best_ohem.method,
            best_ohem.batch,
            best_ohem.nms,
            best_ohem.ap
        ),
        (OhemMethod::Ohem, Some(128), Some(0.5), 32.8)
    );
    assert_eq!(TABLE_1D[9].ap, 36.0);
    assert!((TABLE_1D[9].ap - best_ohem.ap - 3.2).abs() < 1e-9);
}
