//! A deterministic toy segmentation scene (no Leptos, no loss math): a disc-shaped object on a
//! SIZE × SIZE background, and a prediction map of logits that is confident away from the
//! object's boundary, uncertain across it, plus seeded Gaussian noise.
//!
//! Pixel (row i, column j) has its centre at (j + ½, i + ½); the object is the disc of radius r
//! around the image centre (SIZE/2, SIZE/2), so the mask is y_ij = 1 if d_ij² ≤ r², else 0.
//! The logit is
//!
//!   x_ij = m · clamp((r − d_ij) / EDGE, −1, 1) + σ_n · z_ij,
//!
//! with margin m, a ramp 2·EDGE pixels wide across the boundary, and z_ij standard normal from
//! SplitMix64(seed) by Box–Muller (z = √(−2 ln u₁) cos 2πu₂), drawn in row-major order. The
//! same inputs always give the same scene (tools/lessons_c_reference.py re-implements it).

use crate::math::rng::SplitMix64;

/// Width and height of the map in pixels.
pub const SIZE: usize = 48;
/// Half-width of the uncertain ramp across the object's boundary, in pixels.
pub const EDGE: f64 = 1.5;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SceneInputs {
    /// Object radius in pixels.
    pub radius: f64,
    /// Logit margin m: how confident the prediction is away from the boundary.
    pub margin: f64,
    /// σ of the logit noise.
    pub noise: f64,
    pub seed: u64,
}

/// Row-major maps, SIZE² entries each.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Ground truth: 1 on the object, 0 on the background.
    pub mask: Vec<f64>,
    /// Predicted logits.
    pub logits: Vec<f64>,
}

/// The scene for these inputs (see the module docs for the formulas).
pub fn generate(i: &SceneInputs) -> Scene {
    let mut rng = SplitMix64::new(i.seed);
    let c = SIZE as f64 / 2.0;
    let n = SIZE * SIZE;
    let (mut mask, mut logits) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for row in 0..SIZE {
        for col in 0..SIZE {
            let (dx, dy) = (col as f64 + 0.5 - c, row as f64 + 0.5 - c);
            let d2 = dx * dx + dy * dy;
            let s = ((i.radius - d2.sqrt()) / EDGE).clamp(-1.0, 1.0);
            let z = rng.normal();
            mask.push(if d2 <= i.radius * i.radius { 1.0 } else { 0.0 });
            logits.push(i.margin * s + i.noise * z);
        }
    }
    Scene { mask, logits }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> SceneInputs {
        SceneInputs {
            radius: 5.0,
            margin: 4.0,
            noise: 1.0,
            seed: 1,
        }
    }

    #[test]
    fn default_scene_matches_python() {
        // tools/lessons_c_reference.py, section "segmentation: default scene".
        let s = generate(&defaults());
        assert_eq!(s.mask.len(), SIZE * SIZE);
        assert_eq!(s.mask.iter().sum::<f64>(), 80.0);
        let first = [-4.028249746095855, -4.227919522867635, -3.89690904831426];
        for (a, b) in s.logits.iter().zip(first) {
            assert!((a - b).abs() < 1e-12, "{a} vs {b}");
        }
        let hard = s
            .logits
            .iter()
            .zip(&s.mask)
            .filter(|(x, m)| **m == 0.0 && **x >= 0.0)
            .count();
        assert_eq!(hard, 5);
    }

    #[test]
    fn noise_is_bit_identical_to_the_former_private_generator() {
        // Bits of the scene when segmentation had its own copy of SplitMix64 (before it moved
        // to `math::rng`): (seed, fold of all logits' bits, first logit, last logit).
        let expected = [
            (
                0,
                0x41fe_0c12_c6c4_3066,
                0xc011_cf9f_b99c_fab9,
                0xc013_9531_dc6b_3c10,
            ),
            (
                1,
                0x9b15_4158_a9c1_694c,
                0xc010_1ced_805e_6873,
                0xc00c_6777_a04f_70e9,
            ),
            (
                2,
                0x3893_7c1e_654f_9743,
                0xc010_059b_fadb_af52,
                0xc007_5451_1dd9_8948,
            ),
            (
                999_999,
                0x6ee0_cac5_96e0_6fc7,
                0xc012_632f_4b5f_70a0,
                0xc00f_c6a4_8a59_1e1b,
            ),
        ];
        for (seed, hash, first, last) in expected {
            let s = generate(&SceneInputs { seed, ..defaults() });
            let h = s
                .logits
                .iter()
                .fold(0u64, |h, x| h.rotate_left(5) ^ x.to_bits());
            assert_eq!(h, hash, "seed {seed}");
            assert_eq!(s.logits[0].to_bits(), first);
            assert_eq!(s.logits[SIZE * SIZE - 1].to_bits(), last);
        }
    }

    #[test]
    fn same_seed_same_scene_other_seed_other_noise() {
        let a = generate(&defaults());
        assert_eq!(a, generate(&defaults()));
        let b = generate(&SceneInputs {
            seed: 2,
            ..defaults()
        });
        assert_eq!(a.mask, b.mask);
        assert_ne!(a.logits, b.logits);
    }

    #[test]
    fn no_noise_is_symmetric_and_bounded_by_the_margin() {
        let s = generate(&SceneInputs {
            noise: 0.0,
            ..defaults()
        });
        assert!(s.logits.iter().all(|x| x.abs() <= 4.0));
        // Mirror symmetry left ↔ right.
        for row in 0..SIZE {
            for col in 0..SIZE {
                let a = s.logits[row * SIZE + col];
                let b = s.logits[row * SIZE + (SIZE - 1 - col)];
                assert!((a - b).abs() < 1e-12);
            }
        }
        // The largest radius still fits: the disc never touches the border.
        let big = generate(&SceneInputs {
            radius: 20.0,
            ..defaults()
        });
        assert_eq!(big.mask[0], 0.0);
        assert!(big.logits.iter().all(|x| x.is_finite()));
    }
}
