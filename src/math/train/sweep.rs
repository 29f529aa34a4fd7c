//! A miniature of the paper's Table 1: FL trained over a grid of γ × α, several seeds each,
//! a fixed number of steps, scored by test AP; then the paper's pattern checked by
//! computation. Advanced in small units (one training step, or one slice of the final
//! evaluation), like the live session.

use super::batches::Batches;
use super::data::{test_set, training_set, Dataset};
use super::metrics::average_precision;
use super::mlp::{init, logit, loss_and_grad, prior_bias, Scratch, ARCH, PRIOR};
use super::optim::Optimizer;
use super::session::Settings;
use crate::math::focal::{Alpha, FocalParams};
use crate::math::sigmoid;

/// The grid's γ values (rows, as in Table 1b).
pub const GAMMAS: [f64; 5] = [0.0, 0.5, 1.0, 2.0, 5.0];
/// The grid's α values (columns).
pub const ALPHAS: [f64; 3] = [0.25, 0.5, 0.75];
/// Seeds per cell: the settings' seed and the next ones.
pub const SEEDS: usize = 3;
/// Training steps per run.
pub const STEPS: u64 = 500;
/// Test points forwarded per evaluation unit.
const SLICE: usize = 2000;

/// One training run of the grid in progress.
#[derive(Clone, Debug)]
struct Job {
    w: Vec<f64>,
    grad: Vec<f64>,
    opt: Optimizer,
    loss: FocalParams,
    batches: Batches,
    step: u64,
    probs: Vec<f64>,
}

/// The sweep: grid cells in order γ-major, then α, then seed.
#[derive(Clone, Debug)]
pub struct Sweep {
    pub settings: Settings,
    /// Training steps per run ([`STEPS`] on the page).
    pub steps: u64,
    /// (train, test) per seed, drawn once.
    data: Vec<(Dataset, Dataset)>,
    /// Runs finished so far, in order; run r is (γ, α, seed) = unflatten(r).
    pub aps: Vec<f64>,
    job: Option<Job>,
    scratch: Scratch,
}

/// Total runs in the grid.
pub const RUNS: usize = GAMMAS.len() * ALPHAS.len() * SEEDS;

/// (γ index, α index, seed index) of run r.
pub fn unflatten(r: usize) -> (usize, usize, usize) {
    (
        r / (ALPHAS.len() * SEEDS),
        (r / SEEDS) % ALPHAS.len(),
        r % SEEDS,
    )
}

impl Sweep {
    pub fn new(settings: Settings) -> Self {
        let data = (0..SEEDS as u64)
            .map(|s| {
                let seed = settings.seed.wrapping_add(s);
                (
                    training_set(settings.n, settings.pos_frac, seed),
                    test_set(settings.pos_frac, seed),
                )
            })
            .collect();
        Sweep {
            settings,
            steps: STEPS,
            data,
            aps: Vec::new(),
            job: None,
            scratch: Scratch::default(),
        }
    }

    /// Share of the work done, 0–1.
    pub fn progress(&self) -> f64 {
        let part = self.job.as_ref().map_or(0.0, |j| {
            let eval = j.probs.len() as f64 / self.data[0].1.len() as f64;
            (j.step as f64 + eval * 10.0) / (self.steps as f64 + 10.0)
        });
        (self.aps.len() as f64 + part) / RUNS as f64
    }

    pub fn done(&self) -> bool {
        self.aps.len() == RUNS
    }

    fn start(&self, r: usize) -> Job {
        let (g, a, s) = unflatten(r);
        let seed = self.settings.seed.wrapping_add(s as u64);
        let b3 = if self.settings.prior {
            prior_bias(PRIOR)
        } else {
            0.0
        };
        let w = init(ARCH, seed, b3);
        let n = self.data[s].0.len();
        Job {
            grad: vec![0.0; w.len()],
            opt: Optimizer::new(self.settings.opt, self.settings.lr, w.len()),
            w,
            loss: FocalParams::or_plain_ce(Alpha::On(ALPHAS[a]), GAMMAS[g]),
            batches: Batches::new(n, seed),
            step: 0,
            probs: Vec::new(),
        }
    }

    /// One unit: a training step of the current run, or a slice of its evaluation (its AP is
    /// recorded when done). False when the grid is complete or has no positives.
    pub fn advance(&mut self) -> bool {
        if self.done() || self.data[0].0.num_pos == 0 {
            return false;
        }
        let r = self.aps.len();
        let mut job = self.job.take().unwrap_or_else(|| self.start(r));
        let (train, test) = &self.data[unflatten(r).2];
        if job.step < self.steps {
            let batch = job.batches.take();
            let idx = job.batches.indices(batch);
            loss_and_grad(
                ARCH,
                &job.w,
                (&train.x, &train.y),
                idx,
                job.loss,
                &mut job.grad,
                &mut self.scratch,
            );
            job.opt.step(&mut job.w, &job.grad);
            job.step += 1;
        } else {
            let start = job.probs.len();
            let end = (start + SLICE).min(test.len());
            for x in &test.x[start..end] {
                job.probs
                    .push(sigmoid(logit(ARCH, &job.w, *x, &mut self.scratch)));
            }
            if end == test.len() {
                self.aps
                    .push(average_precision(&job.probs, &test.y).unwrap_or(f64::NAN));
                return true;
            }
        }
        self.job = Some(job);
        true
    }

    /// The table so far: mean and sample s.d. of AP per (γ, α) cell with all seeds done.
    pub fn table(&self) -> Table {
        let mut cells = [[None; 3]; 5];
        for (g, row) in cells.iter_mut().enumerate() {
            for (a, cell) in row.iter_mut().enumerate() {
                let first = (g * ALPHAS.len() + a) * SEEDS;
                if let Some(v) = self.aps.get(first..first + SEEDS) {
                    *cell = Some(mean_sd(v));
                }
            }
        }
        Table { cells }
    }
}

/// (mean, sample standard deviation) of a few numbers.
pub fn mean_sd(v: &[f64]) -> (f64, f64) {
    let n = v.len() as f64;
    let m = v.iter().sum::<f64>() / n;
    let var = if v.len() > 1 {
        v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (n - 1.0)
    } else {
        0.0
    };
    (m, var.sqrt())
}

/// Mean ± s.d. of test AP per (γ, α); None where the seeds are not all done.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub cells: [[Option<(f64, f64)>; 3]; 5],
}

/// What the miniature says about the paper's pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// (γ index, α index) of the best cell overall.
    pub best: (usize, usize),
    /// The best cell has γ > 0 (the paper: γ = 2).
    pub best_at_focus: bool,
    /// The best α per γ row.
    pub best_alpha: [usize; 5],
    /// γ indices where the best α is *higher* than at the γ before (the paper's best α only
    /// falls as γ grows: .75, .5, .25, .25, .25).
    pub rises: Vec<usize>,
    /// γ rows whose best α equals the paper's for that γ (Table 1b).
    pub same_as_paper: usize,
}

impl Table {
    /// The best α index of γ row g (highest mean AP), if the row is complete.
    pub fn best_alpha(&self, g: usize) -> Option<usize> {
        let row = &self.cells[g];
        let means: Option<Vec<f64>> = row.iter().map(|c| c.map(|c| c.0)).collect();
        let means = means?;
        (0..3).max_by(|&a, &b| means[a].total_cmp(&means[b]))
    }

    /// The verdict, once every cell is filled.
    pub fn verdict(&self, paper_alpha: &[f64; 5]) -> Option<Verdict> {
        let best_alpha: [usize; 5] =
            std::array::from_fn(|g| self.best_alpha(g).unwrap_or(usize::MAX));
        if best_alpha.contains(&usize::MAX) {
            return None;
        }
        let mean = |g: usize, a: usize| self.cells[g][a].map_or(f64::NAN, |c| c.0);
        let best = (0..5)
            .flat_map(|g| (0..3).map(move |a| (g, a)))
            .max_by(|x, y| mean(x.0, x.1).total_cmp(&mean(y.0, y.1)))?;
        let rises = (1..5)
            .filter(|&g| ALPHAS[best_alpha[g]] > ALPHAS[best_alpha[g - 1]])
            .collect();
        let same_as_paper = (0..5)
            .filter(|&g| ALPHAS[best_alpha[g]] == paper_alpha[g])
            .count();
        Some(Verdict {
            best,
            best_at_focus: GAMMAS[best.0] > 0.0,
            best_alpha,
            rises,
            same_as_paper,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_order_and_stats() {
        assert_eq!(RUNS, 45);
        assert_eq!(unflatten(0), (0, 0, 0));
        assert_eq!(unflatten(4), (0, 1, 1));
        assert_eq!(unflatten(44), (4, 2, 2));
        let (m, sd) = mean_sd(&[1.0, 2.0, 3.0]);
        assert_eq!((m, sd), (2.0, 1.0));
    }

    #[test]
    fn the_verdict_reads_the_table() {
        let paper = [0.75, 0.5, 0.25, 0.25, 0.25];
        // A table shaped like the paper's: best α falls with γ, best cell at γ = 2.
        let mut t = Table::default();
        for g in 0..5 {
            for a in 0..3 {
                let want = [2, 1, 0, 0, 0][g];
                let v = 0.5 + 0.01 * g as f64 * (g < 4) as u8 as f64
                    - 0.05 * (a as f64 - want as f64).abs();
                t.cells[g][a] = Some((v, 0.01));
            }
        }
        let v = t.verdict(&paper).unwrap();
        assert_eq!(v.best, (3, 0));
        assert!(v.best_at_focus && v.rises.is_empty());
        assert_eq!(v.same_as_paper, 5);
        // A disagreeing toy: best at γ = 0, α rising with γ.
        let mut t2 = Table::default();
        for g in 0..5 {
            for a in 0..3 {
                t2.cells[g][a] = Some((
                    0.6 - 0.03 * g as f64 + 0.01 * a as f64 * (g as f64 - 0.5),
                    0.0,
                ));
            }
        }
        let v2 = t2.verdict(&paper).unwrap();
        assert!(!v2.best_at_focus, "{v2:?}");
        assert_eq!(v2.rises, vec![1]);
        assert_eq!(Table::default().verdict(&paper), None);
    }

    #[test]
    fn a_tiny_sweep_runs_to_the_end_deterministically() {
        let s = Settings {
            n: 1000,
            pos_frac: 0.05,
            ..Settings::default()
        };
        let mut sw = Sweep::new(s);
        sw.steps = 20;
        let mut units = 0;
        while sw.advance() {
            units += 1;
            if units == 10 {
                assert!(
                    sw.progress() > 0.0 && sw.progress() < 0.02,
                    "{}",
                    sw.progress()
                );
            }
        }
        assert!(sw.done());
        assert_eq!(sw.progress(), 1.0);
        assert!(sw.aps.iter().all(|ap| (0.0..=1.0).contains(ap)));
        assert!(sw.table().verdict(&[0.75, 0.5, 0.25, 0.25, 0.25]).is_some());
        let mut again = Sweep::new(s);
        again.steps = 20;
        while again.advance() {}
        assert_eq!(again.aps, sw.aps);
    }
}
