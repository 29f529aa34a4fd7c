//! Dense-detection simulator: a synthetic population of anchors, its total loss split by kind
//! under CE and FL, the paper's Figure 4 (cumulative normalised loss) and the prior
//! initialisation (Lin et al., arXiv:1708.02002, §3.3, §4.1, §5.1, Figure 4).
//!
//! # The model
//! Each anchor is one binary sample (one class of one anchor, as the post counts them). N
//! anchors: n₊ = round(N π₊) positives and N − n₊ negatives; round(n₋ h₋) of the negatives
//! are *hard*, the rest *easy*; likewise round(n₊ h₊) hard positives. The margin of an anchor,
//! z = logit(p_t) = ln(p_t / (1 − p_t)), follows its kind's normal distribution N(μ, σ²)
//! (a logit-normal p_t; the predicted probability is p = σ(z) for a positive and p = σ(−z)
//! for a negative), stratified: anchor i of kind k takes the margin z_j = μ + σ Φ⁻¹((j + ½)/2¹⁶)
//! of the level j given by the top 16 bits of the i-th word of kind k's SplitMix64 stream
//! (see [`sample`]). So the same seed gives the same anchors on every machine (the levels bit
//! for bit; z up to the last bit of the platform's `ln` in the quantile's tails), and the
//! margins reach μ ± 4.33 σ.
//!
//! # Speed
//! [`Simulator`] keeps reused buffers: per kind, a table of CE = −ln p_t, ln(1 − p_t) and
//! 1 − p_t at each of the 2¹⁶ levels (rebuilt only when μ or σ change) and how many anchors
//! fell on each level (recounted only when N, π₊, h or the seed change: one integer pass over
//! the anchors, no floating point). Every loss is then a sum over levels, count × value: a γ
//! change costs one `exp` per occupied level (≤ 4 × 2¹⁶), whatever N; an α change only
//! rescales four sums. Figure 4 needs no sort: within a kind the levels are already in order
//! of z, and within a class the loss decreases with z for every γ ≥ 0, so merging the two
//! kinds' levels walks the anchors in loss order, and every point of the curve is exact.

mod engine;
pub mod init;
pub mod ohem;
pub mod sample;

pub use init::{init_loss, prior_bias, InitLoss, InitSplit, PRIOR_PI};

use crate::math::activations::sigmoid;
use crate::math::focal::FocalParams;
use crate::math::reduce;
pub use engine::Simulator;

/// The γ values of the paper's Figure 4.
pub const FAMILY: [f64; 4] = [0.0, 0.5, 1.0, 2.0];
/// Largest N accepted (the counting pass is linear in N).
pub const MAX_N: u64 = 100_000_000;
/// Figure 4 keeps a point whenever x or y moved by at least this much since the last kept
/// one (all kept points are exact), so a curve has at most ≈ 2 / CURVE_STEP points.
pub const CURVE_STEP: f64 = 1.0 / 1024.0;

/// The four kinds of anchors, in buffer order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    EasyNeg,
    HardNeg,
    EasyPos,
    HardPos,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::EasyNeg, Kind::HardNeg, Kind::EasyPos, Kind::HardPos];

    pub fn index(self) -> usize {
        self as usize
    }
    pub fn is_positive(self) -> bool {
        matches!(self, Kind::EasyPos | Kind::HardPos)
    }
    /// The label y: 1 for positives, 0 for negatives.
    pub fn y(self) -> f64 {
        if self.is_positive() {
            1.0
        } else {
            0.0
        }
    }
    /// 0 = negatives, 1 = positives.
    pub fn class(self) -> usize {
        usize::from(self.is_positive())
    }
}

/// The distribution of a kind's margin z = logit(p_t): normal with mean `mu`, s.d. `sd`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Margin {
    pub mu: f64,
    pub sd: f64,
}

impl Margin {
    /// The median p_t = σ(μ) (the mean of z maps to the median of p_t).
    pub fn median_pt(&self) -> f64 {
        sigmoid(self.mu)
    }
}

/// Everything the anchors are drawn from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Population {
    /// N, the number of anchors.
    pub n: u64,
    /// π₊, the fraction of anchors that are positive.
    pub pos_frac: f64,
    /// h₋, the fraction of negatives that are hard.
    pub hard_neg: f64,
    /// h₊, the fraction of positives that are hard.
    pub hard_pos: f64,
    pub seed: u64,
    /// Per kind, in [`Kind::ALL`] order.
    pub margins: [Margin; 4],
}

impl Default for Population {
    /// N = 10⁵ anchors, 0.1 % positive; 1 % of negatives hard, 30 % of positives hard.
    /// Easy negatives z ~ N(4.5, 1) (median p = 0.011), hard negatives N(0, 1) (p ≈ 0.5),
    /// easy positives N(2.5, 1) (median p_t = 0.92), hard positives N(−0.5, 1) (0.38).
    fn default() -> Self {
        Population {
            n: 100_000,
            pos_frac: 0.001,
            hard_neg: 0.01,
            hard_pos: 0.3,
            seed: 1,
            margins: [
                Margin { mu: 4.5, sd: 1.0 },
                Margin { mu: 0.0, sd: 1.0 },
                Margin { mu: 2.5, sd: 1.0 },
                Margin { mu: -0.5, sd: 1.0 },
            ],
        }
    }
}

fn fraction(v: f64) -> f64 {
    if v.is_nan() {
        0.0
    } else {
        v.clamp(0.0, 1.0)
    }
}

impl Population {
    /// The same population with every field made usable: N ≤ [`MAX_N`]; fractions clamped
    /// to [0, 1] (NaN → 0); μ non-finite → 0, clamped to ±50; σ NaN or negative → 0, ≤ 20.
    pub fn sanitized(&self) -> Population {
        let mut p = *self;
        p.n = p.n.min(MAX_N);
        p.pos_frac = fraction(p.pos_frac);
        p.hard_neg = fraction(p.hard_neg);
        p.hard_pos = fraction(p.hard_pos);
        for m in &mut p.margins {
            m.mu = if m.mu.is_finite() {
                m.mu.clamp(-50.0, 50.0)
            } else {
                0.0
            };
            m.sd = if m.sd >= 0.0 { m.sd.min(20.0) } else { 0.0 };
        }
        p
    }

    /// Anchors per kind: n₊ = round(N π₊), hard negatives round(n₋ h₋), hard positives
    /// round(n₊ h₊), the easy ones the rest. Sums to N.
    pub fn counts(&self) -> [usize; 4] {
        let p = self.sanitized();
        let n = p.n as usize;
        let split = |total: usize, share: f64| ((total as f64 * share).round() as usize).min(total);
        let pos = split(n, p.pos_frac);
        let neg = n - pos;
        let hard_neg = split(neg, p.hard_neg);
        let hard_pos = split(pos, p.hard_pos);
        [neg - hard_neg, hard_neg, pos - hard_pos, hard_pos]
    }
}

/// Loss sums of one loss (CE or FL) by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    /// Σ loss over the anchors of each kind.
    pub by_kind: [f64; 4],
    pub total: f64,
    /// by_kind / total (all 0 when the total is 0, e.g. α = 1 with no positives).
    pub share: [f64; 4],
    /// total / max(n₊, 1), what a detector trains on.
    pub per_pos: f64,
}

impl Totals {
    pub fn new(by_kind: [f64; 4], num_pos: usize) -> Totals {
        let total: f64 = by_kind.iter().sum();
        let share = if total > 0.0 {
            by_kind.map(|v| v / total)
        } else {
            [0.0; 4]
        };
        Totals {
            by_kind,
            total,
            share,
            per_pos: reduce::per_pos(total, num_pos),
        }
    }
}

/// One curve of Figure 4: (fraction of the class, cumulative normalised loss), anchors in
/// ascending order of loss; empty when the class has no anchors or no loss.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Curve {
    pub gamma: f64,
    pub points: Vec<(f64, f64)>,
}

impl Curve {
    /// The smallest fraction of the class, hardest anchors first, that carries `mass` of its
    /// loss (linear between the exact points). None for an empty curve.
    pub fn hardest_fraction_carrying(&self, mass: f64) -> Option<f64> {
        let target = 1.0 - mass;
        let pts = &self.points;
        let i = pts.iter().position(|p| p.1 >= target)?;
        if i == 0 {
            return Some(1.0 - pts[0].0);
        }
        let (a, b) = (pts[i - 1], pts[i]);
        let x = if b.1 > a.1 {
            a.0 + (b.0 - a.0) * (target - a.1) / (b.1 - a.1)
        } else {
            b.0
        };
        Some((1.0 - x).clamp(0.0, 1.0))
    }
}

/// Figure 4 for one class: the paper's γ family and the current γ.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassCdf {
    /// Anchors in the class.
    pub n: usize,
    /// One curve per γ of [`FAMILY`].
    pub family: Vec<Curve>,
    pub current: Curve,
}

/// Everything the section shows about the population at one α, γ.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub counts: [usize; 4],
    /// n₊ before the clamp (the divisor is max(n₊, 1)).
    pub num_pos: usize,
    /// Plain cross-entropy (no α).
    pub ce: Totals,
    /// Focal loss at the report's α, γ.
    pub fl: Totals,
    /// [negatives, positives].
    pub cdf: [ClassCdf; 2],
}

/// One-shot convenience (allocates its own buffers): the report for `pop` at `params`.
pub fn simulate(pop: &Population, params: FocalParams) -> Report {
    Simulator::new().run(pop, params)
}

/// The benchmark's step (native and in `test_api_sim::bench_simulate`): on a kept simulator,
/// N = n and the seed (other population parameters at their defaults), α = 0.25 and γ.
/// Exactly what the page does after a move: it resamples only if N or the seed changed, then
/// reruns the loss pass if γ changed. n and seed are truncated to whole numbers (negative or
/// NaN → 0); None when γ is not finite and ≥ 0.
pub fn bench_step(sim: &mut Simulator, n: f64, seed: f64, gamma: f64) -> Option<Report> {
    let params = FocalParams::new(crate::math::focal::Alpha::On(0.25), gamma).ok()?;
    let pop = Population {
        n: n as u64,
        seed: seed as u64,
        ..Population::default()
    };
    Some(sim.run(&pop, params))
}
