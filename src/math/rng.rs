//! SplitMix64 (Steele, Lea, Flood 2014; Vigna's constants): the one random-number generator of
//! the app. Two ways to read the same stream:
//!
//! * [`splitmix`]`(state, i)`, its i-th output as a pure function (the simulator's anchors:
//!   growing N keeps the first anchors unchanged, and no state is carried around);
//! * [`SplitMix64`], the usual stateful generator, with uniforms in (0, 1] and Box–Muller
//!   normals (the segmentation scene's noise).
//!
//! `SplitMix64::new(s)`'s k-th `next_u64()` (k = 0, 1, …) equals `splitmix(s, k)`.

/// SplitMix64's increment G = ⌊2⁶⁴ / φ⌋ (φ the golden ratio), odd.
pub const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// SplitMix64's output function (Steele, Lea, Flood 2014; Vigna's constants):
///
/// z ← (z ⊕ (z ≫ 30)) · 0xBF58476D1CE4E5B9; z ← (z ⊕ (z ≫ 27)) · 0x94D049BB133111EB; z ⊕ (z ≫ 31)
///
/// (all mod 2⁶⁴). A bijection of u64 that turns the counter key + i·G into well-mixed bits.
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The i-th output (i = 0, 1, …) of SplitMix64 started from `state`: mix(state + (i + 1) · G).
pub fn splitmix(state: u64, i: u64) -> u64 {
    mix(state.wrapping_add(i.wrapping_add(1).wrapping_mul(GOLDEN)))
}

/// SplitMix64 as a stateful generator: each call adds G to the state and mixes it.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// The generator started from `seed` (its first output is `splitmix(seed, 0)`).
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN);
        mix(self.0)
    }

    /// (k + ½) / 2⁵³ from the top 53 bits k: in (0, 1], never 0, so ln u is finite (the top
    /// word rounds to exactly 1).
    pub fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    /// A standard normal by Box–Muller from two uniforms: z = √(−2 ln u₁) cos 2πu₂.
    pub fn normal(&mut self) -> f64 {
        let (u1, u2) = (self.uniform(), self.uniform());
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_reference_outputs() {
        // SplitMix64 seeded with 0: the published first outputs (Vigna's splitmix64.c).
        assert_eq!(splitmix(0, 0), 0xE220_A839_7B1D_CDAF);
        assert_eq!(splitmix(0, 1), 0x6E78_9E6A_A1B9_65F4);
        assert_eq!(splitmix(0, 2), 0x06C4_5D18_8009_454F);
    }

    #[test]
    fn the_stateful_generator_walks_the_same_stream() {
        for seed in [0, 1, 42, u64::MAX] {
            let mut g = SplitMix64::new(seed);
            for i in 0..100 {
                assert_eq!(g.next_u64(), splitmix(seed, i), "seed {seed}, i {i}");
            }
        }
    }

    #[test]
    fn uniforms_are_never_zero() {
        let lo = ((0u64 >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
        let hi = ((u64::MAX >> 11) as f64 + 0.5) / (1u64 << 53) as f64;
        assert!(lo > 0.0 && lo.ln().is_finite());
        assert_eq!(hi, 1.0);
        let mut g = SplitMix64::new(7);
        assert!((0..1000).all(|_| {
            let z = g.normal();
            z.is_finite()
        }));
    }
}
