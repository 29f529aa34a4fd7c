//! Where the naive FCOS.Pytorch form breaks, and that the stable forms don't.
//!
//! torchvision values at ±100 and the thresholds 53 ln 2 / 24 ln 2 /
//! 16.63553237915039 are from `python3 tools/reference_values.py`
//! (sections "torchvision at logits +-100" and "Naive FCOS form breaks").

use focal_loss_lab::math::focal::{
    NAIVE_F32_INF_BELOW_T1, NAIVE_F32_INF_FROM, NAIVE_F64_INF_BELOW_T1, NAIVE_F64_INF_FROM,
};
use focal_loss_lab::math::{
    bce_with_logits, focal_from_logit, focal_steps, naive_fcos, naive_fcos_f32, sigmoid, Alpha,
    FocalParams,
};

fn tv() -> FocalParams {
    FocalParams::new(Alpha::On(0.25), 2.0).unwrap()
}

fn next_up(x: f64) -> f64 {
    if x >= 0.0 {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    }
}

fn next_down(x: f64) -> f64 {
    if x > 0.0 {
        f64::from_bits(x.to_bits() - 1)
    } else {
        f64::from_bits(x.to_bits() + 1)
    }
}

#[test]
fn torchvision_values_at_plus_minus_100() {
    // reference_values.py: tv_x_plus100_t0 = 75.0, tv_x_minus100_t1 = 25.0
    assert_eq!(focal_from_logit(100.0, 0.0, tv()), 75.0);
    assert_eq!(focal_from_logit(-100.0, 1.0, tv()), 25.0);
    assert_eq!(focal_steps(100.0, 0.0, tv()).loss, 75.0);
    assert_eq!(focal_steps(-100.0, 1.0, tv()).loss, 25.0);
    // Naive f64: +∞ at x = 100, t = 0; finite (and right) at x = −100, t = 1.
    assert_eq!(naive_fcos(100.0, 0.0, tv()), f64::INFINITY);
    assert!((naive_fcos(-100.0, 1.0, tv()) - 25.0).abs() < 1e-12);
    // Naive f32: +∞ at both (float32 e^{100} overflows, so σ(−100) = 0).
    assert_eq!(naive_fcos_f32(100.0, 0.0, tv()), f64::INFINITY);
    assert_eq!(naive_fcos_f32(-100.0, 1.0, tv()), f64::INFINITY);
}

#[test]
fn f64_threshold_t0_is_53_ln2() {
    let x = NAIVE_F64_INF_FROM;
    // reference_values.py: f64_threshold_53ln2 = 36.7368005696771; the first
    // double with σ(x) == 1 is the next one up.
    assert_eq!(next_down(x), 36.736_800_569_677_1);
    assert_eq!(sigmoid(x), 1.0);
    assert!(sigmoid(next_down(x)) < 1.0);
    assert_eq!(naive_fcos(x, 0.0, tv()), f64::INFINITY);
    let below = naive_fcos(next_down(x), 0.0, tv());
    assert!(below.is_finite(), "{below}");
    // …finite but quantised: just below the threshold σ(x) = 1 − 2^−52, so the
    // naive loss is 0.75 · 52 ln 2 ≈ 27.03 while the true one is 0.75 · x ≈ 27.55.
    let quantised = 0.75 * 52.0 * std::f64::consts::LN_2;
    assert!((below - quantised).abs() < 1e-12 * quantised, "{below}");
    let stable = focal_from_logit(next_down(x), 0.0, tv());
    assert!((stable - 0.75 * x).abs() < 1e-12 * stable, "{stable}");
    // Every x from 0 up to just below the threshold is finite.
    let mut xi = 0.0;
    while xi < x {
        assert!(naive_fcos(xi, 0.0, tv()).is_finite(), "x = {xi}");
        xi += 0.01;
    }
}

#[test]
fn f32_threshold_t0_is_about_17() {
    // reference_values.py: f32_first_x_sigmoid_is_1 = 16.63553237915039
    // (24 ln 2 = 16.635532333438686 rounded up to the next float32).
    assert_eq!(NAIVE_F32_INF_FROM, 16.635_532_379_150_39);
    let x = NAIVE_F32_INF_FROM as f32;
    let prev = f32::from_bits(x.to_bits() - 1);
    assert_eq!(naive_fcos_f32(x as f64, 0.0, tv()), f64::INFINITY);
    assert!(naive_fcos_f32(prev as f64, 0.0, tv()).is_finite());
    assert_eq!(naive_fcos_f32(17.0, 0.0, tv()), f64::INFINITY);
    // The f64 naive form is still finite there, and close to the stable value.
    let n64 = naive_fcos(17.0, 0.0, tv());
    let stable = focal_from_logit(17.0, 0.0, tv());
    assert!((n64 - stable).abs() < 1e-6 * stable, "{n64} vs {stable}");
}

#[test]
fn t1_thresholds_on_the_negative_side() {
    assert_eq!(naive_fcos(NAIVE_F64_INF_BELOW_T1, 1.0, tv()), f64::INFINITY);
    assert!(naive_fcos(next_up(NAIVE_F64_INF_BELOW_T1), 1.0, tv()).is_finite());
    let x32 = NAIVE_F32_INF_BELOW_T1 as f32;
    assert_eq!(x32 as f64, NAIVE_F32_INF_BELOW_T1);
    let next32 = f32::from_bits(x32.to_bits() - 1); // toward zero
    assert_eq!(naive_fcos_f32(x32 as f64, 1.0, tv()), f64::INFINITY);
    assert!(naive_fcos_f32(next32 as f64, 1.0, tv()).is_finite());
    // The stable form is finite far beyond: ≈ α |x|.
    let v = focal_from_logit(-1e4, 1.0, tv());
    assert!((v - 0.25e4).abs() < 1e-9 * 0.25e4);
}

#[test]
fn zero_weight_gives_nan_in_the_naive_form_only() {
    // α = 1 zeroes negatives: w = 0, but ln p_t = −∞ → 0 · ∞ = NaN.
    let a1 = FocalParams::new(Alpha::On(1.0), 2.0).unwrap();
    assert!(naive_fcos(100.0, 0.0, a1).is_nan());
    assert!(naive_fcos_f32(17.0, 0.0, a1).is_nan());
    assert_eq!(focal_from_logit(100.0, 0.0, a1), 0.0);
    assert_eq!(focal_steps(100.0, 0.0, a1).loss, 0.0);
}

#[test]
fn naive_agrees_with_stable_where_it_is_fine() {
    for i in -80..=80 {
        let x = i as f64 * 0.1;
        for t in [0.0, 1.0] {
            let s = focal_from_logit(x, t, tv());
            let n = naive_fcos(x, t, tv());
            let n32 = naive_fcos_f32(x, t, tv());
            assert!((s - n).abs() <= 1e-12 * s.max(1e-300) + 1e-300, "{x} {t}");
            // float32 rounds 1 − p (or 1 − p_t) to ~ε₃₂ absolute, which the log /
            // power amplify by 1 / min(p, 1 − p): that is the honest bound.
            let p = sigmoid(x);
            let tol = 4.0 * f32::EPSILON as f64 / p.min(1.0 - p) * (1.0 + s);
            assert!((s - n32).abs() <= tol, "{x} {t}: {s} {n32}");
        }
    }
}

#[test]
fn focal_steps_are_the_fcos_steps() {
    let s = focal_steps(0.8, 1.0, tv());
    let p = sigmoid(0.8);
    assert_eq!(s.p, p);
    assert_eq!(s.pt, p);
    assert_eq!(s.w, 0.25);
    assert!((s.modulator - (1.0 - p).powi(2)).abs() < 1e-15);
    assert!((s.w_mod - 0.25 * (1.0 - p).powi(2)).abs() < 1e-15);
    assert!((s.ln_pt - p.ln()).abs() < 1e-15);
    assert_eq!(s.ln_pt, -bce_with_logits(0.8, 1.0));
    // reference_values.py row1_cells[2] = 0.008917161420745012
    assert!((s.loss - 0.008_917_161_420_745_012).abs() < 1e-15);
    // Hard targets: equals the torchvision form up to rounding.
    for i in -200..=200 {
        let x = i as f64 * 0.37;
        for t in [0.0, 1.0] {
            let a = focal_steps(x, t, tv()).loss;
            let b = focal_from_logit(x, t, tv());
            assert!((a - b).abs() <= 1e-12 * b.max(1e-300), "{x} {t}: {a} {b}");
        }
    }
    // Soft targets: ln p_t is finite and ≤ 0, and −ln p_t ≤ BCE (Jensen).
    for t in [0.1, 0.5, 0.9] {
        let s = focal_steps(50.0, t, tv());
        assert!(s.ln_pt.is_finite() && s.ln_pt <= 0.0);
        assert!(-s.ln_pt <= bce_with_logits(50.0, t));
        assert!((s.ln_pt - (s.pt).ln()).abs() < 1e-12);
    }
}
