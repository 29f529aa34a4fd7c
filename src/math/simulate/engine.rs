//! The simulator's reused buffers and its three passes: level tables (per μ, σ), level
//! counts (per N, π₊, h, seed) and the loss pass (per γ).

use super::sample::{kind_key, level_of, level_z, splitmix, terms, LEVELS};
use super::{ClassCdf, Curve, Kind, Margin, Population, Report, Totals, CURVE_STEP, FAMILY};
use crate::math::focal::{Alpha, FocalParams};

/// One kind: its level table and how many of its anchors fell on each level.
#[derive(Clone, Debug, Default)]
struct Levels {
    /// The margin distribution the table holds.
    margin: Option<Margin>,
    /// z_j, CE_j = −ln p_t, ln q_j = ln(1 − p_t), q_j = 1 − p_t (ascending in j).
    z: Vec<f64>,
    ce: Vec<f64>,
    ln_q: Vec<f64>,
    q: Vec<f64>,
    /// (seed, anchors) the counts hold.
    drawn: Option<(u64, usize)>,
    count: Vec<u32>,
}

impl Levels {
    /// Rebuilds the table if the margin distribution changed (2¹⁶ quantiles and loss terms).
    fn table(&mut self, m: Margin) -> bool {
        if self.margin == Some(m) {
            return false;
        }
        for v in [&mut self.z, &mut self.ce, &mut self.ln_q, &mut self.q] {
            v.resize(LEVELS, 0.0);
        }
        for j in 0..LEVELS {
            let z = level_z(m.mu, m.sd, j);
            let t = terms(z);
            (self.z[j], self.ce[j], self.ln_q[j], self.q[j]) = (z, t.ce, t.ln_q, t.q);
        }
        self.margin = Some(m);
        true
    }

    /// Counts the levels of anchors 0..n of kind `kind`. With the same seed only the
    /// difference is counted (anchors added or taken away at the end), so moving N costs
    /// O(|ΔN|); a new seed recounts all n. Integer work only.
    fn draw(&mut self, seed: u64, kind: usize, n: usize) -> bool {
        let key = kind_key(seed, kind);
        let (from, to, add) = match self.drawn {
            Some((s, old)) if s == seed && self.count.len() == LEVELS => {
                if old == n {
                    return false;
                }
                (old.min(n), old.max(n), n > old)
            }
            _ => {
                self.count.clear();
                self.count.resize(LEVELS, 0);
                (0, n, true)
            }
        };
        for i in from as u64..to as u64 {
            let c = &mut self.count[level_of(splitmix(key, i))];
            *c = if add { *c + 1 } else { *c - 1 };
        }
        self.drawn = Some((seed, n));
        true
    }
}

/// Builds one cumulative curve from levels visited in ascending loss order, keeping a point
/// whenever x or y moved by CURVE_STEP (tested without dividing); the last point is (1, 1).
struct CurveBuilder {
    gamma: f64,
    n: f64,
    total: f64,
    seen: f64,
    acc: f64,
    next_seen: f64,
    next_acc: f64,
    points: Vec<(f64, f64)>,
}

impl CurveBuilder {
    fn new(gamma: f64, n: usize, total: f64) -> Self {
        let live = n > 0 && total > 0.0;
        let n = n as f64;
        CurveBuilder {
            gamma,
            n,
            total,
            seen: 0.0,
            acc: 0.0,
            next_seen: CURVE_STEP * n,
            next_acc: CURVE_STEP * total,
            points: if live { vec![(0.0, 0.0)] } else { Vec::new() },
        }
    }

    // Always inlined: at opt-level "z" `#[inline]` left it a call per occupied level (~10⁵ a
    // γ move), across modules in the split build.
    #[inline(always)]
    fn add(&mut self, count: f64, loss: f64) {
        self.seen += count;
        self.acc += loss;
        if (self.seen >= self.next_seen || self.acc >= self.next_acc) && !self.points.is_empty() {
            self.points
                .push((self.seen / self.n, (self.acc / self.total).min(1.0)));
            self.next_seen = self.seen + CURVE_STEP * self.n;
            self.next_acc = self.acc + CURVE_STEP * self.total;
        }
    }

    fn finish(mut self) -> Curve {
        if let Some(&(x, _)) = self.points.last() {
            // x = 1 exactly once all anchors are seen; y = 1 up to the summation order.
            if x == 1.0 {
                self.points.pop();
            }
            self.points.push((1.0, 1.0));
        }
        Curve {
            gamma: self.gamma,
            points: self.points,
        }
    }
}

/// A class's occupied levels (both kinds) in ascending order of loss, i.e. descending z,
/// with what the loss passes read, gathered into contiguous arrays once per sample so that
/// a γ change streams through them.
#[derive(Clone, Debug, Default)]
struct Occupied {
    /// 0 = the class's easy kind, 1 = its hard kind.
    slot: Vec<u8>,
    count: Vec<f64>,
    ce: Vec<f64>,
    ln_q: Vec<f64>,
    q: Vec<f64>,
    /// count · e^{γ ln q} · CE at the focused γ.
    w: Vec<f64>,
}

impl Occupied {
    /// Merges the two kinds' levels (each ascending in z) from the top, keeping occupied ones.
    fn gather(&mut self, kinds: [&Levels; 2]) {
        for v in [&mut self.count, &mut self.ce, &mut self.ln_q, &mut self.q] {
            v.clear();
        }
        self.slot.clear();
        let (za, zb) = (&kinds[0].z, &kinds[1].z);
        let (mut a, mut b) = (LEVELS, LEVELS);
        while a > 0 || b > 0 {
            let take_a = b == 0 || (a > 0 && za[a - 1] >= zb[b - 1]);
            let (slot, j) = if take_a {
                a -= 1;
                (0, a)
            } else {
                b -= 1;
                (1, b)
            };
            let l = kinds[slot];
            let c = l.count[j];
            if c > 0 {
                self.slot.push(slot as u8);
                self.count.push(f64::from(c));
                self.ce.push(l.ce[j]);
                self.ln_q.push(l.ln_q[j]);
                self.q.push(l.q[j]);
            }
        }
    }
}

/// The simulation with its reused buffers. [`Simulator::run`] is the entry point (the page
/// and the benchmark call it): each pass reruns only when its inputs changed.
#[derive(Clone, Debug, Default)]
pub struct Simulator {
    kinds: [Levels; 4],
    /// Per class (negatives, positives).
    occupied: [Occupied; 2],
    held: Option<Population>,
    counts: [usize; 4],
    ce_sum: [f64; 4],
    family_curves: [Vec<Curve>; 2],
    focused: Option<f64>,
    /// Σ e^{γ ln q} CE per kind at the focused γ (FL before α).
    mod_sum: [f64; 4],
    cur_curves: [Curve; 2],
}

impl Simulator {
    pub fn new() -> Self {
        Self::default()
    }

    /// Kind `k`'s level table and counts, each ascending in z (empty before the first
    /// `sample`): read by the OHEM pass (`super::ohem`), which walks them in loss order.
    pub(super) fn levels(&self, k: usize) -> (&[f64], &[f64], &[f64], &[u32]) {
        let l = &self.kinds[k];
        (&l.z, &l.ce, &l.ln_q, &l.count)
    }

    /// The population the buffers hold (sanitized), if any.
    pub fn population(&self) -> Option<&Population> {
        self.held.as_ref()
    }

    /// Brings the tables and counts up to `pop` (each only if its inputs changed), gathers
    /// each class's occupied levels in loss order, then the CE sums and the γ-family curves of
    /// Figure 4. Returns whether anything changed.
    pub fn sample(&mut self, pop: &Population) -> bool {
        let pop = pop.sanitized();
        if self.held == Some(pop) {
            return false;
        }
        let counts = pop.counts();
        for kind in Kind::ALL {
            let k = kind.index();
            self.kinds[k].table(pop.margins[k]);
            self.kinds[k].draw(pop.seed, k, counts[k]);
        }
        for class in 0..2 {
            let occ = &mut self.occupied[class];
            occ.gather([&self.kinds[2 * class], &self.kinds[2 * class + 1]]);
            // Per anchor at a level: CE · q^γ for γ = 0, ½, 1, 2.
            let family = |e: usize| {
                let (ce, q) = (occ.ce[e], occ.q[e]);
                [ce, ce * q.sqrt(), ce * q, ce * q * q]
            };
            let mut ce_sum = [0.0; 2];
            let mut totals = [0.0; 4];
            for e in 0..occ.count.len() {
                let (c, w) = (occ.count[e], family(e));
                ce_sum[usize::from(occ.slot[e])] += c * w[0];
                for g in 0..4 {
                    totals[g] += c * w[g];
                }
            }
            self.ce_sum[2 * class..2 * class + 2].copy_from_slice(&ce_sum);
            let n = counts[2 * class] + counts[2 * class + 1];
            let mut builders = [0, 1, 2, 3].map(|g| CurveBuilder::new(FAMILY[g], n, totals[g]));
            for e in 0..occ.count.len() {
                let (c, w) = (occ.count[e], family(e));
                for (b, w) in builders.iter_mut().zip(w) {
                    b.add(c, c * w);
                }
            }
            self.family_curves[class] = builders.into_iter().map(CurveBuilder::finish).collect();
        }
        self.held = Some(pop);
        self.counts = counts;
        self.focused = None;
        true
    }

    /// The loss pass for γ (finite, ≥ 0), streaming over the occupied levels: count ·
    /// e^{γ ln q} · CE (one `exp` per occupied level, however many anchors sit on it), its
    /// sum per kind, and the current-γ curves. Skipped when γ is the one already computed.
    /// γ = 0 takes CE itself, so FL with α off and γ = 0 equals CE exactly.
    pub fn focus(&mut self, gamma: f64) {
        if self.focused == Some(gamma) {
            return;
        }
        for class in 0..2 {
            let occ = &mut self.occupied[class];
            occ.w.resize(occ.count.len(), 0.0);
            let mut sum = [0.0; 2];
            // Zipped slices, not `v[e]`: at opt-level "z" each index is a call, and in the
            // split build a call across modules (~1 ms of a γ move at 10⁵ anchors).
            let levels = occ.w.iter_mut().zip(&occ.count).zip(&occ.ce);
            for (((w, &count), &ce), (&ln_q, &slot)) in levels.zip(occ.ln_q.iter().zip(&occ.slot)) {
                let per_anchor = if gamma == 0.0 {
                    ce
                } else {
                    (gamma * ln_q).exp() * ce
                };
                *w = count * per_anchor;
                sum[usize::from(slot & 1)] += *w;
            }
            self.mod_sum[2 * class..2 * class + 2].copy_from_slice(&sum);
            let n = self.counts[2 * class] + self.counts[2 * class + 1];
            let mut b = CurveBuilder::new(gamma, n, sum[0] + sum[1]);
            for (&c, &w) in occ.count.iter().zip(&occ.w) {
                b.add(c, w);
            }
            self.cur_curves[class] = b.finish();
        }
        self.focused = Some(gamma);
    }
    /// The report at α (after `sample` and `focus`): FL by kind = α_t Σ e^{γ ln q} CE.
    pub fn report(&self, alpha: Alpha) -> Report {
        let num_pos = self.counts[2] + self.counts[3];
        let fl = Kind::ALL.map(|k| {
            let w = alpha.weight(k.y());
            if w == 0.0 {
                0.0
            } else {
                w * self.mod_sum[k.index()]
            }
        });
        let class_n = [self.counts[0] + self.counts[1], num_pos];
        let cdf = [0, 1].map(|c| ClassCdf {
            n: class_n[c],
            family: self.family_curves[c].clone(),
            current: self.cur_curves[c].clone(),
        });
        Report {
            counts: self.counts,
            num_pos,
            ce: Totals::new(self.ce_sum, num_pos),
            fl: Totals::new(fl, num_pos),
            cdf,
        }
    }

    /// Sample (what changed), focus (if γ changed), report.
    pub fn run(&mut self, pop: &Population, params: FocalParams) -> Report {
        self.sample(pop);
        self.focus(params.gamma());
        self.report(params.alpha())
    }
}
