//! The gradient lesson's math (issue 12, item 1): R = |∂FL/∂x| ÷ |∂CE/∂x|,
//! its crossover and its peak, α off.
//!
//! Reference values: `python3 tools/grad_ratio_reference.py` (the paper's two
//! gradients divided, Brent's method for the crossover, Brent on a
//! complex-step derivative for the peak), pasted below.

use focal_loss_lab::math::focal::grad_ratio::{grad_ratio, grad_ratio_logit, grad_ratio_shape};
use focal_loss_lab::math::{grad_ce_logit, grad_fl_logit, logit, Alpha, FocalParams};
use proptest::prelude::*;

// grad_ratio_reference.py: gamma, crossover p_t, peak p_t, peak ratio
const SHAPES: [(f64, f64, f64, f64); 10] = [
    (
        0.1,
        0.4813662348800258,
        0.19278925173472908,
        1.0172934080826948,
    ),
    (
        0.25,
        0.4564939705709635,
        0.17936773478948637,
        1.0411480587298851,
    ),
    (
        0.5,
        0.4214574615258175,
        0.16128790845593008,
        1.0764784591944265,
    ),
    (
        1.0,
        0.36787944117144233,
        0.1353352832366127,
        1.1353352832366128,
    ),
    (
        1.5,
        0.3283327194773422,
        0.11736750953115013,
        1.183575391000133,
    ),
    (
        2.0,
        0.2976365549817049,
        0.10405765804398838,
        1.2246347264448463,
    ),
    (
        3.0,
        0.25258398871600485,
        0.08546051183561862,
        1.2923458927528868,
    ),
    (
        5.0,
        0.196802738936998,
        0.06387641831603413,
        1.393583965998908,
    ),
    (
        7.5,
        0.15635403650664495,
        0.04916663150538463,
        1.4856126343199731,
    ),
    (
        10.0,
        0.13074790223606397,
        0.04025123529228243,
        1.556515258447681,
    ),
];

// grad_ratio_reference.py: ratio at (p_t, gamma)
const RATIOS: [(f64, f64, f64); 7] = [
    (0.01, 2.0, 1.0712823696825642),
    (0.1, 2.0, 1.2244653167389281),
    (0.5, 2.0, 0.5965735902799727),
    (0.9, 2.0, 0.02896489281840872),
    (0.99, 2.0, 0.00029899664989932933),
    (0.3, 0.5, 1.0525134376227134),
    (0.05, 5.0, 1.3837916025341086),
];

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs()
}

#[test]
fn ratio_matches_the_reference() {
    for (pt, g, want) in RATIOS {
        assert!(rel(grad_ratio(pt, g), want) < 1e-12, "R({pt}, {g})");
        assert!(
            rel(grad_ratio_logit(logit(pt), g), want) < 1e-12,
            "R_logit({pt}, {g})"
        );
    }
}

#[test]
fn shape_matches_the_reference() {
    for (g, cross, peak_pt, peak) in SHAPES {
        let s = grad_ratio_shape(g).unwrap();
        assert!(rel(s.crossover_pt, cross) < 1e-12, "crossover γ={g}: {s:?}");
        // The peak p_t sits at a maximum, where R is flat: both methods agree
        // to ~1e−10 on p_t and to rounding on R itself.
        assert!(rel(s.peak_pt, peak_pt) < 1e-9, "peak p_t γ={g}: {s:?}");
        assert!(rel(s.peak_ratio, peak) < 1e-14, "peak R γ={g}: {s:?}");
    }
}

#[test]
fn gamma_one_closed_forms() {
    let s = grad_ratio_shape(1.0).unwrap();
    let e = std::f64::consts::E;
    assert!(rel(s.crossover_pt, 1.0 / e) < 1e-15);
    assert!(rel(s.peak_pt, e.powi(-2)) < 1e-12);
    assert!(rel(s.peak_ratio, 1.0 + e.powi(-2)) < 1e-15);
}

#[test]
fn edges_and_bad_input() {
    assert_eq!(grad_ratio_shape(0.0), None, "γ = 0: FL is CE, R ≡ 1");
    assert_eq!(grad_ratio_shape(-1.0), None);
    assert_eq!(grad_ratio_shape(f64::NAN), None);
    assert_eq!(grad_ratio_shape(f64::INFINITY), None);
    assert_eq!(grad_ratio(0.0, 2.0), 1.0);
    assert_eq!(grad_ratio(1.0, 2.0), 0.0);
    assert_eq!(grad_ratio(1.0, 0.5), 0.0, "no 0 · ∞ at p_t = 1, γ < 1");
    assert_eq!(grad_ratio(0.3, 0.0), 1.0);
    assert!(grad_ratio(1.5, 2.0).is_nan());
    assert!(grad_ratio(0.5, -1.0).is_nan());
    assert!(grad_ratio_logit(f64::NAN, 2.0).is_nan());
    // Very confident: 1 − p_t = σ(−40) ≈ 4e−18 rounds p_t to 1, yet R ≈ (1 − p_t)^γ · (1 + γ).
    let q = (-40.0f64).exp();
    assert!(rel(grad_ratio_logit(40.0, 2.0), q * q * 3.0) < 1e-6);
    assert_eq!(grad_ratio_logit(-800.0, 2.0), 1.0);
}

/// No regression files are written (they would land outside tests/).
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(cases)
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// R is the quotient of the crate's own two gradients (paper form, α off),
    /// for either label.
    #[test]
    fn ratio_is_the_quotient_of_the_gradients(x in -30.0..=30.0f64, g in 0.0..=10.0f64, y in prop_oneof![Just(0.0), Just(1.0)]) {
        let params = FocalParams::new(Alpha::Off, g).unwrap();
        let want = grad_fl_logit(x, y, params) / grad_ce_logit(x, y);
        let x_t = if y == 1.0 { x } else { -x };
        let got = grad_ratio_logit(x_t, g);
        prop_assert!((got - want).abs() <= 1e-12 * want.abs().max(1e-300), "x={x} y={y} γ={g}: {got} vs {want}");
    }

    /// Over γ ∈ [0.1, 10]: R = 1 at the crossover, R > 1 below it and < 1
    /// above it, the peak lies below the crossover, exceeds 1, and no sampled
    /// p_t beats it.
    #[test]
    fn crossover_and_peak_hold_over_gamma(g in 0.1..=10.0f64, u in 0.001..=0.999f64) {
        let s = grad_ratio_shape(g).unwrap();
        let c = s.crossover_pt;
        prop_assert!(0.0 < s.peak_pt && s.peak_pt < c && c < 0.5);
        prop_assert!((grad_ratio(c, g) - 1.0).abs() < 1e-14);
        prop_assert!(s.peak_ratio > 1.0);
        let below = u * c * 0.999;
        let above = c + u * (1.0 - c) + 1e-9 * (1.0 - u);
        prop_assert!(grad_ratio(below, g) > 1.0, "R({below}) at γ={g}");
        prop_assert!(grad_ratio(above.min(1.0), g) < 1.0, "R({above}) at γ={g}");
        prop_assert!(grad_ratio(u, g) <= s.peak_ratio * (1.0 + 1e-15));
        // A larger γ moves the crossover to harder examples and raises the peak.
        let s2 = grad_ratio_shape(g * 1.01).unwrap();
        prop_assert!(s2.crossover_pt < c && s2.peak_ratio > s.peak_ratio);
    }
}
