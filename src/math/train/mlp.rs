//! The model: a 2 → h₁ → h₂ → 1 perceptron with tanh hidden units, and its gradient by
//! hand-written backpropagation.
//!
//! a₁ = tanh(W₁ x + b₁), a₂ = tanh(W₂ a₁ + b₂), z = w₃ · a₂ + b₃ (the logit), p = σ(z).
//!
//! All weights live in one flat vector (layout: W₁ row-major h₁×2, b₁, W₂ row-major h₂×h₁,
//! b₂, w₃, b₃) so the optimisers and the finite-difference tests see one array.

use crate::math::focal::{focal_from_logit, grad_fl_logit, FocalParams};
use crate::math::rng::SplitMix64;

/// Hidden-layer widths.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Arch {
    pub h1: usize,
    pub h2: usize,
}

/// The page's network: 2 → 16 → 16 → 1.
pub const ARCH: Arch = Arch { h1: 16, h2: 16 };

impl Arch {
    /// Number of weights: 2h₁ + h₁ + h₁h₂ + h₂ + h₂ + 1.
    pub fn n_weights(self) -> usize {
        3 * self.h1 + self.h1 * self.h2 + 2 * self.h2 + 1
    }
    /// Offsets of (W₁, b₁, W₂, b₂, w₃, b₃) in the flat vector.
    fn offsets(self) -> [usize; 6] {
        let w1 = 0;
        let b1 = w1 + 2 * self.h1;
        let w2 = b1 + self.h1;
        let b2 = w2 + self.h1 * self.h2;
        let w3 = b2 + self.h2;
        let b3 = w3 + self.h2;
        [w1, b1, w2, b2, w3, b3]
    }
}

/// b = −ln((1 − π)/π): the paper's prior bias, so every point starts at p = π.
pub fn prior_bias(pi: f64) -> f64 {
    -((1.0 - pi) / pi).ln()
}

/// The paper's prior π = 0.01.
pub const PRIOR: f64 = 0.01;

/// Initial weights from `seed`: each weight ~ 𝒩(0, 1/fan-in) (so tanh units start in their
/// linear range), hidden biases 0, the output bias `b3`.
pub fn init(arch: Arch, seed: u64, b3: f64) -> Vec<f64> {
    let mut g = SplitMix64::new(seed);
    let [w1, b1, w2, b2, w3, b3_at] = arch.offsets();
    let mut w = vec![0.0; arch.n_weights()];
    let fill = |w: &mut [f64], g: &mut SplitMix64, fan_in: usize| {
        let s = 1.0 / (fan_in as f64).sqrt();
        w.iter_mut().for_each(|v| *v = s * g.normal());
    };
    fill(&mut w[w1..b1], &mut g, 2);
    fill(&mut w[w2..b2], &mut g, arch.h1);
    fill(&mut w[w3..b3_at], &mut g, arch.h2);
    w[b3_at] = b3;
    w
}

/// Reusable per-example buffers (no allocation inside a step).
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    a1: Vec<f64>,
    a2: Vec<f64>,
    d2: Vec<f64>,
    d1: Vec<f64>,
}

/// The logit z of one point (forward pass; `s` keeps the activations for the backward pass).
pub fn logit(arch: Arch, w: &[f64], x: [f64; 2], s: &mut Scratch) -> f64 {
    let [ow1, ob1, ow2, ob2, ow3, ob3] = arch.offsets();
    s.a1.resize(arch.h1, 0.0);
    s.a2.resize(arch.h2, 0.0);
    for j in 0..arch.h1 {
        let r = ow1 + 2 * j;
        s.a1[j] = (w[r] * x[0] + w[r + 1] * x[1] + w[ob1 + j]).tanh();
    }
    let mut z = w[ob3];
    let rows = w[ow2..ob2].chunks_exact(arch.h1);
    for (((row, &b), &w3), a2) in rows.zip(&w[ob2..ow3]).zip(&w[ow3..ob3]).zip(&mut s.a2) {
        let u = row.iter().zip(&s.a1).fold(b, |u, (wj, aj)| u + wj * aj);
        *a2 = u.tanh();
        z += w3 * *a2;
    }
    z
}

/// What one mini-batch gives besides the gradient.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct BatchStats {
    /// L = Σᵢ ℓ(zᵢ, yᵢ) / max(n₊, 1), the RetinaNet normalisation.
    pub loss: f64,
    pub num_pos: usize,
    /// Σ |∂ℓ/∂zᵢ| over the easy negatives (y = 0, p_t = 1 − p > 0.5, i.e. z < 0).
    pub easy_neg_grad: f64,
    /// Σ |∂ℓ/∂zᵢ| over all points.
    pub total_grad: f64,
}

/// Loss and gradient of one mini-batch (the points `idx` of `x`, `y`):
///
/// L = Σᵢ FL(zᵢ, yᵢ) / max(n₊, 1), FL from the logit (`focal_from_logit`, α off and γ = 0 is
/// CE); ∂L/∂zᵢ = ∂FL/∂zᵢ / max(n₊, 1) (`grad_fl_logit`), then back through the layers:
/// ∂L/∂w₃ = Σ gᵢ a₂, δ₂ = g w₃ ⊙ (1 − a₂²), ∂L/∂W₂ = Σ δ₂ a₁ᵀ, δ₁ = W₂ᵀ δ₂ ⊙ (1 − a₁²),
/// ∂L/∂W₁ = Σ δ₁ xᵀ (biases: the δ's themselves). `grad` is overwritten.
pub fn loss_and_grad(
    arch: Arch,
    w: &[f64],
    (x, y): (&[[f64; 2]], &[f64]),
    idx: &[u32],
    loss: FocalParams,
    grad: &mut [f64],
    s: &mut Scratch,
) -> BatchStats {
    let [ow1, ob1, ow2, ob2, ow3, ob3] = arch.offsets();
    grad.iter_mut().for_each(|g| *g = 0.0);
    let num_pos = idx.iter().filter(|&&i| y[i as usize] == 1.0).count();
    let norm = 1.0 / num_pos.max(1) as f64;
    let mut st = BatchStats {
        num_pos,
        ..Default::default()
    };
    s.d2.resize(arch.h2, 0.0);
    let (w2, w3) = (&w[ow2..ob2], &w[ow3..ob3]);
    for &i in idx {
        let (xi, yi) = (x[i as usize], y[i as usize]);
        let z = logit(arch, w, xi, s);
        st.loss += focal_from_logit(z, yi, loss);
        let dz = grad_fl_logit(z, yi, loss);
        st.total_grad += dz.abs();
        if yi == 0.0 && z < 0.0 {
            st.easy_neg_grad += dz.abs();
        }
        let g = dz * norm;
        grad[ob3] += g;
        let (gw3, gb2) = (&mut grad[ow3..ob3], &mut s.d1);
        gb2.clear();
        for ((gk, (&a2, &w3k)), d2) in gw3.iter_mut().zip(s.a2.iter().zip(w3)).zip(&mut s.d2) {
            *gk += g * a2;
            *d2 = g * w3k * (1.0 - a2 * a2);
        }
        for (gk, d2) in grad[ob2..ow3].iter_mut().zip(&s.d2) {
            *gk += d2;
        }
        // δ₁ = W₂ᵀ δ₂ and ∂L/∂W₂ += δ₂ a₁ᵀ, row by row of W₂.
        gb2.resize(arch.h1, 0.0);
        for ((grow, wrow), &d2) in grad[ow2..ob2]
            .chunks_exact_mut(arch.h1)
            .zip(w2.chunks_exact(arch.h1))
            .zip(&s.d2)
        {
            for (((gj, &wj), &aj), d1) in grow.iter_mut().zip(wrow).zip(&s.a1).zip(gb2.iter_mut()) {
                *gj += d2 * aj;
                *d1 += wj * d2;
            }
        }
        for (j, (&d1, &a1)) in gb2.iter().zip(&s.a1).enumerate() {
            let d1 = d1 * (1.0 - a1 * a1);
            grad[ow1 + 2 * j] += d1 * xi[0];
            grad[ow1 + 2 * j + 1] += d1 * xi[1];
            grad[ob1 + j] += d1;
        }
    }
    st.loss *= norm;
    st
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::focal::Alpha;
    use proptest::prelude::*;

    fn loss_only(arch: Arch, w: &[f64], x: &[[f64; 2]], y: &[f64], p: FocalParams) -> f64 {
        let idx: Vec<u32> = (0..x.len() as u32).collect();
        let mut g = vec![0.0; arch.n_weights()];
        loss_and_grad(arch, w, (x, y), &idx, p, &mut g, &mut Scratch::default()).loss
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Every partial derivative against the central difference (L(w + h) − L(w − h)) / 2h.
        #[test]
        fn backprop_matches_finite_differences(
            h1 in 1usize..5, h2 in 1usize..5, seed in 0u64..1000, n in 1usize..7,
            pts in prop::collection::vec((-3.0f64..3.0, -3.0f64..3.0, 0u8..2), 7),
            gamma in 0.0f64..4.0, alpha in prop::option::of(0.0f64..1.0), b3 in -5.0f64..2.0,
        ) {
            let arch = Arch { h1, h2 };
            let w = init(arch, seed, b3);
            let x: Vec<[f64; 2]> = pts[..n].iter().map(|p| [p.0, p.1]).collect();
            let y: Vec<f64> = pts[..n].iter().map(|p| f64::from(p.2)).collect();
            let params = FocalParams::new(alpha.map_or(Alpha::Off, Alpha::On), gamma).unwrap();
            let idx: Vec<u32> = (0..n as u32).collect();
            let mut g = vec![0.0; arch.n_weights()];
            loss_and_grad(arch, &w, (&x, &y), &idx, params, &mut g, &mut Scratch::default());
            let h = 1e-6;
            for k in 0..arch.n_weights() {
                let (mut wp, mut wm) = (w.clone(), w.clone());
                wp[k] += h;
                wm[k] -= h;
                let fd = (loss_only(arch, &wp, &x, &y, params) - loss_only(arch, &wm, &x, &y, params)) / (2.0 * h);
                prop_assert!((fd - g[k]).abs() <= 1e-6 * (1.0 + g[k].abs()), "w[{}]: backprop {} vs fd {}", k, g[k], fd);
            }
        }
    }

    #[test]
    fn prior_bias_gives_p_equal_pi() {
        let b = prior_bias(PRIOR);
        assert!((b - (-(99f64).ln())).abs() < 1e-15);
        assert!((crate::math::sigmoid(b) - 0.01).abs() < 1e-15);
        let w = init(ARCH, 1, b);
        assert_eq!(w.len(), 337);
        assert_eq!(w[336], b);
    }
}
