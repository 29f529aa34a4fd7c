//! The toy detection problem: points in the square [−3, 3]², a rare positive class.
//!
//! * Positives: three small round clusters (Gaussian, s.d. [`CLUSTER_SD`]) at [`CENTRES`].
//! * Hard negatives ([`HARD_SHARE`] of the negatives): a ring of radius
//!   [`RING`].0 – [`RING`].1 around a cluster, crowding its edge.
//! * Easy negatives: uniform over the square outside the clusters' cores (radius
//!   [`RING`].0), the broad background.
//!
//! Exactly round(n · π) points are positive (π the positive fraction), so the count the page
//! prints is the count it trains on. Every point is a pure function of (seed, index, class):
//! the i-th point draws from its own SplitMix64 stream.

use crate::math::rng::{splitmix, SplitMix64};

/// Half the side of the square the points live in.
pub const EXTENT: f64 = 3.0;
/// Centres of the positive clusters.
pub const CENTRES: [[f64; 2]; 3] = [[-1.6, 1.2], [1.4, 1.6], [0.4, -1.5]];
/// Standard deviation of a positive cluster.
pub const CLUSTER_SD: f64 = 0.25;
/// Inner and outer radius of the hard-negative ring.
pub const RING: (f64, f64) = (0.45, 0.9);
/// Fraction of the negatives that are hard (in a ring).
pub const HARD_SHARE: f64 = 0.2;
/// Size of the held-out test set.
pub const TEST_N: usize = 10_000;
/// Added to the seed for the test set's stream (held-out: no point shared with training).
const TEST_SALT: u64 = 0x7E57_7E57_7E57_7E57;

/// A labelled point set; `x[i]` has label `y[i]` (1 positive, 0 negative).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    pub x: Vec<[f64; 2]>,
    pub y: Vec<f64>,
    pub num_pos: usize,
}

impl Dataset {
    pub fn len(&self) -> usize {
        self.x.len()
    }
    pub fn is_empty(&self) -> bool {
        self.x.is_empty()
    }
}

/// The number of positives among n points at positive fraction π: round(n π), clamped to n.
pub fn num_pos(n: usize, pos_frac: f64) -> usize {
    ((n as f64 * pos_frac).round().max(0.0) as usize).min(n)
}

/// The training set: n points, round(n π) of them positive (the first ones; training
/// shuffles the order), drawn from `seed`.
pub fn training_set(n: usize, pos_frac: f64, seed: u64) -> Dataset {
    generate(n, pos_frac, seed)
}

/// The held-out test set: [`TEST_N`] points of the same generator from another stream.
pub fn test_set(pos_frac: f64, seed: u64) -> Dataset {
    generate(TEST_N, pos_frac, seed.wrapping_add(TEST_SALT))
}

fn generate(n: usize, pos_frac: f64, seed: u64) -> Dataset {
    let np = num_pos(n, pos_frac);
    let mut x = Vec::with_capacity(n);
    let mut y = Vec::with_capacity(n);
    for i in 0..n {
        let mut g = SplitMix64::new(splitmix(seed, i as u64));
        let positive = i < np;
        x.push(point(&mut g, positive));
        y.push(if positive { 1.0 } else { 0.0 });
    }
    Dataset { x, y, num_pos: np }
}

/// One point of the given class from its own generator.
fn point(g: &mut SplitMix64, positive: bool) -> [f64; 2] {
    let k = (g.next_u64() % CENTRES.len() as u64) as usize;
    let c = CENTRES[k];
    if positive {
        return [
            c[0] + CLUSTER_SD * g.normal(),
            c[1] + CLUSTER_SD * g.normal(),
        ];
    }
    if g.uniform() <= HARD_SHARE {
        let r = RING.0 + (RING.1 - RING.0) * g.uniform();
        let a = std::f64::consts::TAU * g.uniform();
        let p = [c[0] + r * a.cos(), c[1] + r * a.sin()];
        [p[0].clamp(-EXTENT, EXTENT), p[1].clamp(-EXTENT, EXTENT)]
    } else {
        // The background keeps clear of the clusters' cores (rejection sampling).
        loop {
            let p = [
                EXTENT * (2.0 * g.uniform() - 1.0),
                EXTENT * (2.0 * g.uniform() - 1.0),
            ];
            if CENTRES
                .iter()
                .all(|c| (p[0] - c[0]).hypot(p[1] - c[1]) >= RING.0)
            {
                return p;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_determinism() {
        let d = training_set(20_000, 0.01, 7);
        assert_eq!(d.len(), 20_000);
        assert_eq!(d.num_pos, 200);
        assert_eq!(d.y.iter().filter(|&&v| v == 1.0).count(), 200);
        assert_eq!(d, training_set(20_000, 0.01, 7));
        assert_ne!(d.x, training_set(20_000, 0.01, 8).x);
        // Same positive count, bigger N: the first points are unchanged.
        assert_eq!(
            training_set(1000, 0.2, 7).x[..],
            training_set(1001, 0.2, 7).x[..1000]
        );
        assert_eq!(num_pos(1000, 0.001), 1);
        assert_eq!(num_pos(1000, 0.0), 0);
        assert!(d.x.iter().all(|p| p[0].abs() <= 4.5 && p[1].abs() <= 4.5));
    }

    /// The page accepts N ∈ [1000, 100000] and π ∈ [0.001, 0.1] (`tn`, `tpos`): at the
    /// smallest, n π = 1, so neither split can come out without a positive, and the
    /// "no positives" message is only a guard for settings the page refuses.
    #[test]
    fn every_accepted_setting_has_positives_in_both_splits() {
        for n in [1000, 1001, 1499, 20_000, 100_000] {
            for pi in [0.001, 0.0011, 0.0015, 0.01, 0.1] {
                let d = training_set(n, pi, 3);
                assert!(d.num_pos >= 1, "n = {n}, π = {pi}");
                assert_eq!(d.y.iter().filter(|&&v| v == 1.0).count(), d.num_pos);
            }
        }
        assert_eq!(test_set(0.001, 3).num_pos, 10);
        assert_eq!(num_pos(1000, 0.000_4), 0);
    }

    #[test]
    fn test_set_is_held_out() {
        let train = training_set(5000, 0.02, 3);
        let test = test_set(0.02, 3);
        assert_eq!(test.len(), TEST_N);
        assert_eq!(test.num_pos, 200);
        assert!(!train.x.iter().any(|p| test.x.contains(p)));
    }

    #[test]
    fn hard_negatives_crowd_the_clusters() {
        let d = training_set(20_000, 0.01, 1);
        let near = |p: &[f64; 2]| {
            CENTRES
                .iter()
                .any(|c| (p[0] - c[0]).hypot(p[1] - c[1]) <= RING.1)
        };
        let neg_near = d.x[d.num_pos..].iter().filter(|p| near(p)).count();
        let share = neg_near as f64 / (d.len() - d.num_pos) as f64;
        // The ring share (0.2) plus the background between the core and the ring's outer edge
        // (0.8 · 3π(0.9² − 0.45²) / (36 − 3π0.45²) ≈ 0.14).
        assert!((0.30..0.38).contains(&share), "{share}");
        let core = d.x[d.num_pos..].iter().filter(|p| {
            CENTRES
                .iter()
                .any(|c| (p[0] - c[0]).hypot(p[1] - c[1]) < RING.0)
        });
        assert_eq!(core.count(), 0);
    }
}
