//! The random numbers behind the synthetic anchors: SplitMix64 (from [`crate::math::rng`]),
//! the normal quantile function, and the per-anchor loss terms of a margin z.
//!
//! Everything is a pure function of its arguments: the i-th anchor of a kind draws the word
//! `mix(key + (i + 1) · G)` (the SplitMix64 stream of that kind's key), so growing N keeps
//! the first anchors unchanged and no generator state has to be carried around. The word's
//! top 16 bits pick one of 2¹⁶ equally likely quantile levels of the kind's margin
//! distribution: sampling an anchor costs a few integer operations, and every loss is then a
//! sum over levels weighted by how many anchors fell on each.

// AS241's coefficients are kept digit for digit as published.
#![allow(clippy::excessive_precision)]

pub use crate::math::rng::{mix, splitmix, GOLDEN};

/// The key of kind number `kind` (0–3) for a seed: the kind-th output of SplitMix64(seed).
/// Each kind has its own stream, so changing one kind's count leaves the others' anchors alone.
pub fn kind_key(seed: u64, kind: usize) -> u64 {
    splitmix(seed, kind as u64)
}

/// log₂ of the number of quantile levels per kind.
pub const LEVEL_BITS: u32 = 16;
/// Quantile levels per kind: 2¹⁶ = 65 536.
pub const LEVELS: usize = 1 << LEVEL_BITS;

/// The level j ∈ [0, 2¹⁶) an anchor falls on: the top 16 bits of its random word (each level
/// equally likely).
pub fn level_of(bits: u64) -> usize {
    (bits >> (64 - LEVEL_BITS)) as usize
}

/// The margin at level j: z_j = μ + σ Φ⁻¹((j + ½) / 2¹⁶), the midpoint quantile of the j-th of
/// 2¹⁶ equally likely strata of N(μ, σ²) (so |z_j − μ| ≤ 4.33 σ).
pub fn level_z(mu: f64, sd: f64, j: usize) -> f64 {
    mu + sd * norm_ppf((j as f64 + 0.5) / LEVELS as f64)
}

/// Φ⁻¹(u), the standard normal quantile, by Wichura's algorithm AS241 (PPND16, Applied
/// Statistics 37, 1988), relative error ≈ 1e-16; the same coefficients as Python's
/// `statistics.NormalDist.inv_cdf` and R's `qnorm`.
///
/// For |u − ½| ≤ 0.425 (85 % of draws) it is one rational function of (u − ½)², with no
/// logarithm, which is what makes sampling 10⁶ anchors cheap. u ∉ (0, 1) gives ±∞ or NaN.
pub fn norm_ppf(u: f64) -> f64 {
    let q = u - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        return q * horner(&CENTRAL_NUM, r) / horner(&CENTRAL_DEN, r);
    }
    let tail = if q < 0.0 { u } else { 1.0 - u };
    let r = (-tail.ln()).sqrt();
    let x = if r <= 5.0 {
        horner(&NEAR_NUM, r - 1.6) / horner(&NEAR_DEN, r - 1.6)
    } else {
        horner(&FAR_NUM, r - 5.0) / horner(&FAR_DEN, r - 5.0)
    };
    if q < 0.0 {
        -x
    } else {
        x
    }
}

// AS241's published coefficients, highest power first (evaluated by Horner's rule).
/// Central region numerator, in r = 0.180625 − (u − ½)².
const CENTRAL_NUM: [f64; 8] = [
    2.5090809287301226727e3,
    3.3430575583588128105e4,
    6.7265770927008700853e4,
    4.5921953931549871457e4,
    1.3731693765509461125e4,
    1.9715909503065514427e3,
    1.3314166789178437745e2,
    3.3871328727963666080e0,
];
/// Central region denominator.
const CENTRAL_DEN: [f64; 8] = [
    5.2264952788528545610e3,
    2.8729085735721942674e4,
    3.9307895800092710610e4,
    2.1213794301586595867e4,
    5.3941960214247511077e3,
    6.8718700749205790830e2,
    4.2313330701600911252e1,
    1.0,
];
/// Tail, r = √(−ln tail) ≤ 5: numerator in r − 1.6.
const NEAR_NUM: [f64; 8] = [
    7.74545014278341407640e-4,
    2.27238449892691845833e-2,
    2.41780725177450611770e-1,
    1.27045825245236838258e0,
    3.64784832476320460504e0,
    5.76949722146069140550e0,
    4.63033784615654529590e0,
    1.42343711074968357734e0,
];
/// Tail, r ≤ 5: denominator.
const NEAR_DEN: [f64; 8] = [
    1.05075007164441684324e-9,
    5.47593808499534494600e-4,
    1.51986665636164571966e-2,
    1.48103976427480074590e-1,
    6.89767334985100004550e-1,
    1.67638483018380384940e0,
    2.05319162663775882187e0,
    1.0,
];
/// Far tail, r > 5: numerator in r − 5.
const FAR_NUM: [f64; 8] = [
    2.01033439929228813265e-7,
    2.71155556874348757815e-5,
    1.24266094738807843860e-3,
    2.65321895265761230930e-2,
    2.96560571828504891230e-1,
    1.78482653991729133580e0,
    5.46378491116411436990e0,
    6.65790464350110377720e0,
];
/// Far tail: denominator.
const FAR_DEN: [f64; 8] = [
    2.04426310338993978564e-15,
    1.42151175831644588870e-7,
    1.84631831751005468180e-5,
    7.86869131145613259100e-4,
    1.48753612908506148525e-2,
    1.36929880922735805310e-1,
    5.99832206555887937690e-1,
    1.0,
];

/// Σ c_k r^k by Horner's rule, coefficients highest power first.
fn horner(c: &[f64], r: f64) -> f64 {
    c.iter().fold(0.0, |acc, &k| acc * r + k)
}

/// The loss terms of one anchor with margin z = logit(p_t) (so p_t = σ(z)), computed with
/// one `exp` and one `ln_1p`, shared between them:
///
/// e = e^{−|z|}, l = ln(1 + e);
/// CE = −ln p_t = softplus(−z) = max(−z, 0) + l;
/// ln q = ln(1 − p_t) = −softplus(z) = −(max(z, 0) + l);
/// q = 1 − p_t = σ(−z) = e / (1 + e) for z ≥ 0, 1 / (1 + e) for z < 0.
///
/// Then FL = α_t q^γ CE = α_t e^{γ ln q} CE — the same value as
/// `math::focal::focal_from_logit` (a native test checks it). Finite for every finite z.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Terms {
    pub ce: f64,
    pub ln_q: f64,
    pub q: f64,
}

pub fn terms(z: f64) -> Terms {
    let e = (-z.abs()).exp();
    let l = e.ln_1p();
    let q = if z >= 0.0 {
        e / (1.0 + e)
    } else {
        1.0 / (1.0 + e)
    };
    Terms {
        ce: (-z).max(0.0) + l,
        ln_q: -(z.max(0.0) + l),
        q,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_match_python() {
        // Python: statistics.NormalDist().inv_cdf(u)
        let cases = [
            (0.975, 1.959_963_984_540_053_6),
            (0.01, -2.326_347_874_040_840_8),
            (0.3, -0.524_400_512_708_040_7),
            (1e-10, -6.361_340_902_404_056),
            (0.999_999_9, 5.199_337_582_290_662),
        ];
        for (u, x) in cases {
            assert!((norm_ppf(u) - x).abs() <= 1e-14 * x.abs().max(1.0), "{u}");
        }
        assert_eq!(norm_ppf(0.5), 0.0);
    }

    #[test]
    fn levels_are_symmetric_and_finite() {
        assert_eq!(level_of(u64::MAX), LEVELS - 1);
        assert_eq!(level_of(0), 0);
        for j in 0..LEVELS {
            let z = level_z(0.0, 1.0, j);
            assert!(z.is_finite());
            assert!((z + level_z(0.0, 1.0, LEVELS - 1 - j)).abs() < 1e-12);
        }
        assert!(level_z(0.0, 1.0, 0) < -4.3 && level_z(0.0, 1.0, 0) > -4.4);
    }
}
