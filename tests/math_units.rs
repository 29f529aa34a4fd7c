//! Unit tests: edge cases and conventions documented in src/math.

use focal_loss_lab::math::{
    across_batch, alpha_balanced_ce, bce, bce_with_logits, ce_from_logits, ce_one_hot, ce_soft,
    centernet_focal, centernet_focal_logits, fill_curve, fill_curve_range, fl_star,
    focal_from_logit, focal_from_prob, gaussian_1d, grad_fl_star_logit, label_smooth, log_sigmoid,
    log_softmax, logit, mean, modulating_factor, num_pos_clamped, per_image_then_mean, per_pos,
    sigmoid, softmax, softplus, sum, Alpha, FocalParams, MathError,
};

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(1e-300)
}

#[test]
fn activations_edges() {
    assert_eq!(sigmoid(0.0), 0.5);
    assert_eq!(sigmoid(800.0), 1.0);
    assert_eq!(sigmoid(-800.0), 0.0);
    assert!(sigmoid(f64::NAN).is_nan());
    // ln σ(−800) ≈ −800, where σ(−800).ln() would be −∞.
    assert_eq!(log_sigmoid(-800.0), -800.0);
    assert_eq!(sigmoid(-800.0).ln(), f64::NEG_INFINITY);
    assert!(close(log_sigmoid(0.0), -std::f64::consts::LN_2, 1e-15));
    assert_eq!(softplus(1000.0), 1000.0);
    assert!(softplus(-1000.0) >= 0.0 && softplus(-1000.0) < 1e-300);
    assert_eq!(softplus(f64::INFINITY), f64::INFINITY);
    assert_eq!(softplus(f64::NEG_INFINITY), 0.0);
    assert!(close(logit(sigmoid(2.5)), 2.5, 1e-14));
    assert_eq!(logit(0.0), f64::NEG_INFINITY);
    assert_eq!(logit(1.0), f64::INFINITY);
    assert!(softmax(&[]).is_empty() && log_softmax(&[]).is_empty());
    let s = softmax(&[1e4, -1e4, 0.0]);
    assert_eq!(s, vec![1.0, 0.0, 0.0]);
    let l = log_softmax(&[1e4, -1e4, 0.0]);
    assert_eq!(l, vec![0.0, -2e4, -1e4]);
}

#[test]
fn cross_entropy_conventions() {
    // 0 · ln 0 := 0, and q = 0 under target mass → +∞, never NaN.
    assert_eq!(ce_soft(&[0.0, 1.0], &[0.0, 1.0]), 0.0);
    assert_eq!(ce_soft(&[0.5, 0.5], &[0.0, 1.0]), f64::INFINITY);
    assert_eq!(ce_one_hot(&[0.0, 1.0], 0), f64::INFINITY);
    assert!(ce_one_hot(&[0.5, 0.5], 2).is_nan());
    assert_eq!(bce(0.0, 1.0), f64::INFINITY);
    assert_eq!(bce(1.0, 0.0), f64::INFINITY);
    assert_eq!(bce(1.0, 1.0), 0.0);
    assert_eq!(bce(0.0, 0.0), 0.0);
    assert!(bce(1.0, 1.0).is_sign_positive());
    assert!(close(
        bce(0.3, 0.4),
        -(0.4 * 0.3f64.ln() + 0.6 * 0.7f64.ln()),
        1e-15
    ));
    // BCE from logits = BCE(σ(x)) where the latter is accurate, finite where not.
    for &x in &[-5.0, -0.5, 0.0, 0.7, 4.0] {
        for &y in &[0.0, 0.3, 1.0] {
            assert!(close(bce_with_logits(x, y), bce(sigmoid(x), y), 1e-13));
        }
    }
    assert_eq!(bce_with_logits(100.0, 0.0), 100.0);
    assert_eq!(bce(sigmoid(100.0), 0.0), f64::INFINITY);
    // Softmax CE from logits = form (1) on softmax, finite at ±1e4.
    let z = [0.3, -1.2, 2.0];
    let t = [0.1, 0.2, 0.7];
    assert!(close(
        ce_from_logits(&z, &t),
        ce_soft(&t, &softmax(&z)),
        1e-14
    ));
    assert_eq!(ce_from_logits(&[1e4, -1e4], &[0.0, 1.0]), 2e4);
    // Label smoothing.
    let s = label_smooth(&[0.0, 1.0, 0.0], 0.3);
    assert!(close(s[0], 0.1, 1e-15) && close(s[1], 0.8, 1e-15));
    assert!(close(s.iter().sum::<f64>(), 1.0, 1e-15));
    assert_eq!(label_smooth(&[0.0, 1.0], 0.0), vec![0.0, 1.0]);
}

#[test]
fn params_validation() {
    assert_eq!(Alpha::new(0.25), Ok(Alpha::On(0.25)));
    assert_eq!(Alpha::new(0.0), Ok(Alpha::On(0.0)));
    assert_eq!(Alpha::new(1.0), Ok(Alpha::On(1.0)));
    assert_eq!(Alpha::new(-1.0), Err(MathError::AlphaOutOfRange(-1.0)));
    assert_eq!(Alpha::new(f64::NAN), Err(MathError::NotFinite));
    assert_eq!(
        Alpha::new(f64::INFINITY),
        Err(MathError::AlphaOutOfRange(f64::INFINITY))
    );
    assert_eq!(Alpha::from_torchvision(-1.0), Ok(Alpha::Off));
    assert_eq!(Alpha::from_torchvision(0.25), Ok(Alpha::On(0.25)));
    assert_eq!(Alpha::from_torchvision(f64::NAN), Err(MathError::NotFinite));
    assert_eq!(Alpha::Off.to_torchvision(), -1.0);
    assert_eq!(
        FocalParams::new(Alpha::Off, -0.5),
        Err(MathError::NegativeGamma(-0.5))
    );
    assert_eq!(
        FocalParams::new(Alpha::Off, f64::NAN),
        Err(MathError::NotFinite)
    );
    assert_eq!(
        FocalParams::new(Alpha::Off, f64::INFINITY),
        Err(MathError::NotFinite)
    );
    assert_eq!(
        FocalParams::new(Alpha::On(1.5), 2.0),
        Err(MathError::AlphaOutOfRange(1.5))
    );
    let p = FocalParams::new(Alpha::On(0.25), 1e6).unwrap();
    assert_eq!(p.gamma(), 1e6);
    assert_eq!(FocalParams::default().alpha(), Alpha::On(0.25));
    assert_eq!(FocalParams::default().gamma(), 2.0);
    // Display + std::error::Error.
    let e: Box<dyn std::error::Error> = Box::new(MathError::NegativeGamma(-1.0));
    assert_eq!(e.to_string(), "gamma must be >= 0, got -1");
    assert!(MathError::AlphaOutOfRange(2.0)
        .to_string()
        .contains("[0, 1]"));
}

#[test]
fn focal_pieces() {
    assert_eq!(modulating_factor(1.0, 0.0), 1.0); // 0^0 = 1 like torch.pow
    assert_eq!(modulating_factor(1.0, 2.0), 0.0);
    assert_eq!(modulating_factor(1.0 + f64::EPSILON, 0.5), 0.0); // clamped, not NaN
    assert!(modulating_factor(f64::NAN, 2.0).is_nan());
    // α-balanced CE.
    let a = Alpha::On(0.25);
    assert!(close(
        alpha_balanced_ce(0.8, 1.0, a),
        -0.25 * 0.8f64.ln(),
        1e-15
    ));
    assert!(close(
        alpha_balanced_ce(0.8, 0.0, a),
        -0.75 * 0.2f64.ln(),
        1e-15
    ));
    assert_eq!(alpha_balanced_ce(1.0, 0.0, Alpha::On(1.0)), 0.0);
    assert_eq!(alpha_balanced_ce(0.3, 1.0, Alpha::Off), bce(0.3, 1.0));
    // focal_from_prob = focal_from_logit where σ(x) loses nothing.
    let p = FocalParams::default();
    for &x in &[-3.0, -0.4, 0.0, 1.1, 3.0] {
        for &y in &[0.0, 0.4, 1.0] {
            let a = focal_from_prob(sigmoid(x), y, p);
            let b = focal_from_logit(x, y, p);
            assert!(close(a, b, 1e-12), "{x} {y}: {a} {b}");
        }
    }
    // 0 · ∞ := 0 when α_t = 0.
    let a0 = FocalParams::new(Alpha::On(0.0), 2.0).unwrap();
    assert_eq!(focal_from_prob(0.0, 1.0, a0), 0.0);
    assert_eq!(focal_from_prob(0.0, 1.0, p), f64::INFINITY);
}

#[test]
fn fl_star_appendix_a() {
    // γ = 2, β = 1 (one of the paper's settings): FL* = softplus(−(2x_t + 1)) / 2.
    let v = fl_star(0.5, 1.0, 2.0, 1.0);
    assert!(close(v, (1.0 + (-2.0f64).exp()).ln() / 2.0, 1e-15));
    // y = 0: x_t = −0.5, γ x_t + β = 0 → ln 2 / 2.
    assert!(close(
        fl_star(0.5, 0.0, 2.0, 1.0),
        std::f64::consts::LN_2 / 2.0,
        1e-15
    ));
    assert!(fl_star(1e4, 0.0, 4.0, 0.0).is_finite());
    // Gradient vs central difference.
    for &x in &[-4.0, -0.3, 0.0, 2.2] {
        for &y in &[0.0, 1.0] {
            let h = 1e-6;
            let fd = (fl_star(x + h, y, 2.0, 1.0) - fl_star(x - h, y, 2.0, 1.0)) / (2.0 * h);
            assert!((grad_fl_star_logit(x, y, 2.0, 1.0) - fd).abs() < 1e-8);
        }
    }
}

#[test]
fn reductions() {
    assert_eq!(sum(&[]), 0.0);
    assert_eq!(mean(&[]), 0.0);
    assert_eq!(mean(&[1.0, 2.0, 6.0]), 3.0);
    assert_eq!(num_pos_clamped(0), 1.0);
    assert_eq!(num_pos_clamped(7), 7.0);
    assert_eq!(per_pos(4.0, 0), 4.0);
    assert_eq!(per_pos(4.0, 2), 2.0);
    // Two images: (loss 6, 3 pos) and (loss 2, 0 pos → clamped to 1).
    let batch = [(6.0, 3), (2.0, 0)];
    assert_eq!(per_image_then_mean(&batch), (2.0 + 2.0) / 2.0);
    assert_eq!(across_batch(&batch), 8.0 / 3.0);
    assert_eq!(per_image_then_mean(&[]), 0.0);
    assert_eq!(across_batch(&[]), 0.0);
    // Equal positives per image → both conventions agree.
    let even = [(6.0, 2), (2.0, 2)];
    assert_eq!(per_image_then_mean(&even), across_batch(&even));
}

#[test]
fn soft_targets() {
    let g = gaussian_1d(7, 3, 1.0);
    assert_eq!(g[3], 1.0);
    assert!(close(g[2], (-0.5f64).exp(), 1e-15) && g[2] == g[4]);
    assert_eq!(gaussian_1d(3, 1, 0.0), vec![0.0, 1.0, 0.0]);
    assert!(gaussian_1d(3, 5, 1.0).iter().all(|&v| v < 1.0));
    // Penalty reduction: a high p next to the centre costs much less than far away.
    let gt = [0.0, 0.9, 1.0];
    let r = centernet_focal(&[0.5, 0.5, 0.5], &gt, 2.0, 4.0);
    assert_eq!(r.num_pos, 1);
    assert!(r.per_position[1] < r.per_position[0] / 1000.0);
    assert!(close(r.per_position[2], 0.25 * 2f64.ln(), 1e-15));
    assert!(close(r.per_position[0], 0.25 * 2f64.ln(), 1e-15));
    // Logit variant agrees with the probability variant, and stays finite.
    let xs = [-2.0, 0.3, 1.5];
    let probs: Vec<f64> = xs.iter().map(|&x| sigmoid(x)).collect();
    let a = centernet_focal(&probs, &gt, 2.0, 4.0);
    let b = centernet_focal_logits(&xs, &gt, 2.0, 4.0);
    assert!(close(a.total, b.total, 1e-12));
    let far = centernet_focal_logits(&[1e4, -1e4, -1e4], &gt, 2.0, 4.0);
    assert!(far.total.is_finite());
    assert_eq!(
        centernet_focal(&[0.0], &[1.0], 2.0, 4.0).total,
        f64::INFINITY
    );
    // gt > 1 is ignored.
    let r = centernet_focal(&[0.5], &[2.0], 2.0, 4.0);
    assert_eq!((r.total, r.num_pos), (0.0, 0));
}

#[test]
fn curve_helpers_reuse_the_buffer() {
    let mut out = Vec::new();
    fill_curve(&mut out, 9, |pt| -pt.ln());
    assert_eq!(out.len(), 9);
    assert!(close(out[0].0, 0.1, 1e-15) && close(out[8].0, 0.9, 1e-15));
    assert!(out
        .iter()
        .all(|&(x, y)| x > 0.0 && x < 1.0 && y.is_finite()));
    let cap = out.capacity();
    let ptr = out.as_ptr();
    fill_curve(&mut out, 5, |pt| pt);
    assert_eq!(out.len(), 5);
    assert_eq!((out.capacity(), out.as_ptr()), (cap, ptr));
    fill_curve_range(&mut out, 5, -2.0, 2.0, |x| x * x);
    assert_eq!(out.first().copied(), Some((-2.0, 4.0)));
    assert_eq!(out.last().copied(), Some((2.0, 4.0)));
    fill_curve_range(&mut out, 1, -2.0, 2.0, |x| x);
    assert_eq!(out, vec![(-2.0, -2.0)]);
    fill_curve(&mut out, 0, |x| x);
    assert!(out.is_empty());
}
