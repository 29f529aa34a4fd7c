//! Online hard example mining (OHEM) on the simulator's population, next to focal loss
//! (Lin et al., arXiv:1708.02002, §5.2 and Table 1d).
//!
//! OHEM scores every anchor by its loss and trains only on the k highest-loss ones: the
//! minibatch. Here the loss is CE = −ln p_t (the OHEM baselines train with CE) and nms is
//! left out (the synthetic anchors have no boxes). Within one class CE decreases with the
//! margin z = logit(p_t) in both classes (CE = softplus(−z)), so walking every kind's levels
//! in ascending z visits the anchors hardest first, with no sort; a level is taken whole or,
//! at the boundary, in part (its anchors all have the same loss).
//!
//! The "1:3" variant (SSD's) fills the minibatch with p = min(n₊, ⌊k/4⌋) positives, the
//! hardest ones, and 3p negatives, the hardest ones (fewer if the class has fewer).
//!
//! Focal loss keeps all N anchors; the anchor's weight is FL = α_t (1 − p_t)^γ CE, so the
//! comparison is the share of the FL total that sits on the anchors OHEM keeps.

use super::engine::Simulator;
use super::Kind;
use crate::math::focal::FocalParams;

/// What one selection keeps, per kind in [`Kind::ALL`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pick {
    /// Anchors kept.
    pub count: [f64; 4],
    /// Σ CE of the kept anchors.
    pub ce: [f64; 4],
    /// Σ FL (at the given α, γ) of the same anchors.
    pub fl: [f64; 4],
    /// CE of the easiest anchor kept (the threshold: every anchor with a larger CE is kept);
    /// None when nothing is kept.
    pub min_ce: Option<f64>,
}

impl Pick {
    pub fn total_count(&self) -> f64 {
        self.count.iter().sum()
    }
    pub fn total_ce(&self) -> f64 {
        self.ce.iter().sum()
    }
    pub fn total_fl(&self) -> f64 {
        self.fl.iter().sum()
    }
}

/// OHEM next to FL on one population at one α, γ.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Ohem {
    /// The minibatch size asked for.
    pub k: u64,
    /// Plain OHEM: the k highest-CE anchors of the population (all of them if N ≤ k).
    pub top: Pick,
    /// OHEM 1:3.
    pub ratio: Pick,
    /// Anchors per kind in the population.
    pub counts: [usize; 4],
    /// Σ CE per kind over all anchors.
    pub ce_total: [f64; 4],
    /// Σ FL per kind over all anchors (what FL trains on).
    pub fl_total: [f64; 4],
}

/// part / whole, 0 when the whole is 0.
pub fn share(part: f64, whole: f64) -> f64 {
    if whole > 0.0 {
        part / whole
    } else {
        0.0
    }
}

impl Ohem {
    /// The share of all CE that plain OHEM's minibatch carries.
    pub fn top_ce_share(&self) -> f64 {
        share(self.top.total_ce(), self.ce_total.iter().sum())
    }
    /// The share of the FL total that sits on plain OHEM's minibatch: what FL puts on the
    /// same anchors (the rest is spread over the anchors OHEM discards).
    pub fn top_fl_share(&self) -> f64 {
        share(self.top.total_fl(), self.fl_total.iter().sum())
    }
    /// The share of all anchors plain OHEM discards.
    pub fn top_discarded(&self) -> f64 {
        let n: usize = self.counts.iter().sum();
        share(n as f64 - self.top.total_count(), n as f64)
    }
}

impl Simulator {
    /// The k anchors of `kinds` with the largest CE (after `sample` and `focus`); FL of the
    /// kept anchors at `params`.
    pub fn hardest(&self, kinds: &[Kind], k: f64, params: FocalParams) -> Pick {
        let mut pick = Pick::default();
        let mut left = k.max(0.0).floor();
        let mut next = [0usize; 4];
        let gamma = params.gamma();
        while left > 0.0 {
            // The kind whose next occupied level has the smallest margin (largest CE).
            let mut best: Option<(usize, f64)> = None;
            for &kind in kinds {
                let i = kind.index();
                let (z, _, _, count) = self.levels(i);
                while next[i] < count.len() && count[next[i]] == 0 {
                    next[i] += 1;
                }
                if next[i] < count.len() && best.is_none_or(|(_, bz)| z[next[i]] < bz) {
                    best = Some((i, z[next[i]]));
                }
            }
            let Some((i, _)) = best else { break };
            let (_, ce, ln_q, count) = self.levels(i);
            let j = next[i];
            let take = f64::from(count[j]).min(left);
            let modulated = if gamma == 0.0 {
                ce[j]
            } else {
                (gamma * ln_q[j]).exp() * ce[j]
            };
            let alpha_t = params.alpha().weight(Kind::ALL[i].y());
            pick.count[i] += take;
            pick.ce[i] += take * ce[j];
            pick.fl[i] += take * alpha_t * modulated;
            pick.min_ce = Some(ce[j]);
            left -= take;
            next[i] += 1;
        }
        pick
    }

    /// Plain OHEM and OHEM 1:3 with minibatch size k, and the population's CE and FL
    /// totals, at `params` (runs `sample` and `focus` as needed).
    pub fn ohem(&mut self, pop: &super::Population, params: FocalParams, k: u64) -> Ohem {
        let report = self.run(pop, params);
        let counts = report.counts;
        let top = self.hardest(&Kind::ALL, k as f64, params);
        let n_pos = (counts[2] + counts[3]) as f64;
        let pos = n_pos.min((k / 4) as f64);
        let pos_pick = self.hardest(&[Kind::EasyPos, Kind::HardPos], pos, params);
        let neg_pick = self.hardest(&[Kind::EasyNeg, Kind::HardNeg], 3.0 * pos, params);
        let mut ratio = pos_pick;
        for i in 0..2 {
            ratio.count[i] = neg_pick.count[i];
            ratio.ce[i] = neg_pick.ce[i];
            ratio.fl[i] = neg_pick.fl[i];
        }
        ratio.min_ce = match (pos_pick.min_ce, neg_pick.min_ce) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Ohem {
            k,
            top,
            ratio,
            counts,
            ce_total: report.ce.by_kind,
            fl_total: report.fl.by_kind,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::sample::{kind_key, level_of, level_z, splitmix, terms};
    use super::super::Population;
    use super::*;
    use crate::math::focal::{focal_from_logit, Alpha};

    /// Every anchor one by one (from the sampler's own definition), sorted by CE.
    fn brute(pop: &Population, params: FocalParams, k: usize) -> (f64, f64, f64, f64, [f64; 4]) {
        let counts = pop.counts();
        let mut all: Vec<(f64, f64, usize)> = Vec::new();
        for kind in Kind::ALL {
            let i = kind.index();
            let m = pop.margins[i];
            let key = kind_key(pop.seed, i);
            for a in 0..counts[i] as u64 {
                let z = level_z(m.mu, m.sd, level_of(splitmix(key, a)));
                // FL from the logit x of class 1: x = z for a positive, −z for a negative.
                let (x, y) = if kind.is_positive() {
                    (z, 1.0)
                } else {
                    (-z, 0.0)
                };
                all.push((terms(z).ce, focal_from_logit(x, y, params), i));
            }
        }
        all.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut kept = [0.0; 4];
        for e in &all[..k.min(all.len())] {
            kept[e.2] += 1.0;
        }
        let sum = |v: &[(f64, f64, usize)], f: fn(&(f64, f64, usize)) -> f64| {
            v.iter().map(f).sum::<f64>()
        };
        let top = &all[..k.min(all.len())];
        (
            sum(top, |e| e.0),
            sum(&all, |e| e.0),
            sum(top, |e| e.1),
            sum(&all, |e| e.1),
            kept,
        )
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn top_k_matches_sorting_every_anchor() {
        let pop = Population {
            n: 20_000,
            pos_frac: 0.01,
            ..Population::default()
        };
        for (alpha, gamma) in [
            (Alpha::On(0.25), 2.0),
            (Alpha::Off, 0.0),
            (Alpha::On(0.5), 0.7),
        ] {
            let params = FocalParams::new(alpha, gamma).unwrap();
            for k in [0, 1, 128, 512, 5_000, 20_000, 50_000] {
                let o = Simulator::new().ohem(&pop, params, k);
                let (ce_k, ce_all, fl_k, fl_all, kept) = brute(&pop, params, k as usize);
                assert!(
                    close(o.top.total_ce(), ce_k),
                    "k {k}: {} vs {ce_k}",
                    o.top.total_ce()
                );
                assert!(close(o.ce_total.iter().sum(), ce_all));
                assert!(
                    close(o.top.total_fl(), fl_k),
                    "k {k}: {} vs {fl_k}",
                    o.top.total_fl()
                );
                assert!(close(o.fl_total.iter().sum(), fl_all));
                // Per kind only where no tie straddles the boundary (levels are shared across
                // kinds only by coincidence): the totals agree exactly in count.
                assert_eq!(o.top.total_count(), kept.iter().sum::<f64>());
            }
        }
    }

    #[test]
    fn shares_and_limits() {
        let pop = Population::default();
        let params = FocalParams::default();
        let mut sim = Simulator::new();
        let all = sim.ohem(&pop, params, 1_000_000);
        assert_eq!(all.top.total_count(), 100_000.0);
        assert!(close(all.top_ce_share(), 1.0) && close(all.top_fl_share(), 1.0));
        assert_eq!(all.top_discarded(), 0.0);
        let none = sim.ohem(&pop, params, 0);
        assert_eq!((none.top.total_count(), none.top.min_ce), (0.0, None));
        // The defaults: 128 anchors hold a small share of CE but a far larger share of FL.
        let o = sim.ohem(&pop, params, 128);
        assert_eq!(o.top.total_count(), 128.0);
        assert!(o.top_fl_share() > 2.0 * o.top_ce_share());
        // A larger minibatch keeps more of the loss.
        let o2 = sim.ohem(&pop, params, 512);
        assert!(o2.top_ce_share() > o.top_ce_share());
        assert!(o2.top.min_ce.unwrap() <= o.top.min_ce.unwrap());
    }

    #[test]
    fn one_to_three_keeps_three_negatives_per_positive() {
        let pop = Population::default(); // 100 positives
        let params = FocalParams::default();
        let mut sim = Simulator::new();
        let o = sim.ohem(&pop, params, 128);
        let pos = o.ratio.count[2] + o.ratio.count[3];
        let neg = o.ratio.count[0] + o.ratio.count[1];
        assert_eq!((pos, neg), (32.0, 96.0));
        // 1 000 anchors: 100 positives cap it at ⌊1000/4⌋ = 250 → 100 and 300.
        let o = sim.ohem(&pop, params, 1000);
        let pos = o.ratio.count[2] + o.ratio.count[3];
        let neg = o.ratio.count[0] + o.ratio.count[1];
        assert_eq!((pos, neg), (100.0, 300.0));
        // No positives: nothing is kept.
        let none = Population {
            pos_frac: 0.0,
            ..pop
        };
        assert_eq!(sim.ohem(&none, params, 128).ratio.total_count(), 0.0);
    }
}
