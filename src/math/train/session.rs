//! Three runs (CE, α-balanced CE, FL) trained side by side from one start: the same initial
//! weights, the same mini-batches in the same order. The work comes in small units
//! ([`Session::advance`]: one run's share of a step, one slice of an evaluation's forward
//! passes, or one run's test measures), each about a millisecond, so a caller can stop after
//! any unit and keep a frame's budget to within a unit.

use super::batches::Batches;
use super::data::{test_set, training_set, Dataset};
use super::metrics::{average_precision, ece, reliability, Bin, BINS};
use super::mlp::{init, logit, loss_and_grad, prior_bias, Scratch, ARCH, PRIOR};
use super::optim::{Kind, Optimizer};
use crate::math::focal::{Alpha, FocalParams};
use crate::math::sigmoid;

pub use super::batches::BATCH;
/// Steps between two evaluations on the test set.
pub const EVAL_EVERY: u64 = 50;
/// Training stops by itself after this many steps (the curves' x range).
pub const MAX_STEPS: u64 = 3000;
/// Cells per side of the probability map.
pub const MAP: usize = 48;
/// Points forwarded per evaluation unit.
const SLICE: usize = 1024;
/// The α of the α-balanced CE run (the paper's best for CE, Table 1a).
pub const ACE_ALPHA: f64 = 0.75;

/// Everything a training session depends on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    pub n: usize,
    pub pos_frac: f64,
    pub seed: u64,
    /// The FL run's α and γ.
    pub alpha: Alpha,
    pub gamma: f64,
    /// Output bias at the prior −ln((1 − π)/π), π = 0.01 (else 0).
    pub prior: bool,
    pub opt: Kind,
    pub lr: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            n: 20_000,
            pos_frac: 0.01,
            seed: 1,
            alpha: Alpha::On(0.25),
            gamma: 2.0,
            prior: true,
            opt: Kind::Adam,
            lr: 0.01,
        }
    }
}

impl Settings {
    /// The three losses: CE, α-CE (α = .75, γ = 0), FL (α, γ).
    pub fn losses(&self) -> [FocalParams; 3] {
        [
            FocalParams::plain_ce(),
            FocalParams::or_plain_ce(Alpha::On(ACE_ALPHA), 0.0),
            FocalParams::or_default(self.alpha, self.gamma),
        ]
    }
}

/// One run's latest measures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metrics {
    /// Mean mini-batch loss over the steps since the previous evaluation.
    pub loss: f64,
    /// Test AP (None: the test set has no positive).
    pub ap: Option<f64>,
    /// Σ|∂ℓ/∂z| of easy negatives ÷ Σ|∂ℓ/∂z|, over the same steps.
    pub easy_share: f64,
    pub ece: Option<f64>,
    pub bins: [Bin; BINS],
    /// p of the MAP × MAP cell centres, row 0 at the top (y = +3).
    pub map: Vec<f64>,
}

/// One evaluation: the step and the three runs' measures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Point {
    pub step: u64,
    pub runs: [Metrics; 3],
}

#[derive(Clone, Debug)]
struct Run {
    loss: FocalParams,
    w: Vec<f64>,
    grad: Vec<f64>,
    opt: Optimizer,
    /// Sums over the current window: loss, easy-negative |g|, all |g|, steps.
    window: (f64, f64, f64, u64),
}

#[derive(Clone, Debug, Default)]
struct Eval {
    next: usize,
    probs: [Vec<f64>; 3],
    done: Vec<Metrics>,
}

/// A session: data, the three runs, the evaluation in progress and the history.
#[derive(Clone, Debug)]
pub struct Session {
    pub settings: Settings,
    pub train: Dataset,
    pub test: Dataset,
    runs: Vec<Run>,
    batches: Batches,
    pub step: u64,
    /// The step in progress: its mini-batch and the next run to train on it.
    pending: Option<(std::ops::Range<usize>, usize)>,
    /// Evaluation in progress: (next point index over test + map, per-run probabilities,
    /// the measures of the runs done so far).
    eval: Option<Eval>,
    pub history: Vec<Point>,
    scratch: Scratch,
}

/// Centre of map cell (col, row).
pub fn cell_centre(col: usize, row: usize) -> [f64; 2] {
    let e = super::data::EXTENT;
    let w = 2.0 * e / MAP as f64;
    [-e + (col as f64 + 0.5) * w, e - (row as f64 + 0.5) * w]
}

impl Session {
    /// A fresh session: data drawn, all runs at the same initial weights, step 0 evaluated.
    pub fn new(settings: Settings) -> Self {
        let train = training_set(settings.n, settings.pos_frac, settings.seed);
        let test = test_set(settings.pos_frac, settings.seed);
        let b3 = if settings.prior {
            prior_bias(PRIOR)
        } else {
            0.0
        };
        let w = init(ARCH, settings.seed, b3);
        let runs = settings
            .losses()
            .into_iter()
            .map(|loss| Run {
                loss,
                w: w.clone(),
                grad: vec![0.0; w.len()],
                opt: Optimizer::new(settings.opt, settings.lr, w.len()),
                window: (0.0, 0.0, 0.0, 0),
            })
            .collect();
        let mut s = Session {
            settings,
            batches: Batches::new(train.len(), settings.seed),
            train,
            test,
            runs,
            step: 0,
            pending: None,
            eval: None,
            history: Vec::new(),
            scratch: Scratch::default(),
        };
        s.evaluate_now();
        s
    }

    /// No positive in the training set: nothing to learn (the page says so instead of training).
    pub fn no_positives(&self) -> bool {
        self.train.num_pos == 0
    }

    /// Done: reached [`MAX_STEPS`] with its last evaluation finished.
    pub fn finished(&self) -> bool {
        self.step >= MAX_STEPS && self.eval.is_none()
    }

    /// The latest finished evaluation.
    pub fn latest(&self) -> &Point {
        self.history.last().expect("evaluated at step 0")
    }

    /// One run's share of a training step: the step's mini-batch (drawn for its first run,
    /// shared by all three) through run `k`. The step counts once the third run is done.
    fn train_run(&mut self) {
        let (r, k) = match self.pending.take() {
            Some(p) => p,
            None => (self.batches.take(), 0),
        };
        let (x, y) = (&self.train.x[..], &self.train.y[..]);
        let run = &mut self.runs[k];
        let st = loss_and_grad(
            ARCH,
            &run.w,
            (x, y),
            self.batches.indices(r.clone()),
            run.loss,
            &mut run.grad,
            &mut self.scratch,
        );
        run.opt.step(&mut run.w, &run.grad);
        run.window.0 += st.loss;
        run.window.1 += st.easy_neg_grad;
        run.window.2 += st.total_grad;
        run.window.3 += 1;
        if k + 1 < self.runs.len() {
            self.pending = Some((r, k + 1));
        } else {
            self.step += 1;
        }
    }

    /// What the next `advance` does, for a caller that budgets its time: 0 one run's share of
    /// a training step, 1 a slice of an evaluation's forward passes, 2 one run's measures.
    pub fn next_unit(&self) -> usize {
        match &self.eval {
            None => 0,
            Some(ev) if ev.next < self.eval_points() => 1,
            Some(_) => 2,
        }
    }

    /// One unit of work: a unit of the evaluation in progress, else one run's share of a
    /// training step (an evaluation starts every EVAL_EVERY steps). Returns false when there
    /// was nothing to do.
    pub fn advance(&mut self) -> bool {
        if self.eval.is_some() {
            self.eval_slice();
            return true;
        }
        if self.pending.is_none() && (self.step >= MAX_STEPS || self.no_positives()) {
            return false;
        }
        self.train_run();
        if self.pending.is_none()
            && (self.step.is_multiple_of(EVAL_EVERY) || self.step == MAX_STEPS)
        {
            self.eval = Some(Eval::default());
        }
        true
    }

    /// Runs the evaluation that is due (or a fresh one) to the end.
    pub fn evaluate_now(&mut self) {
        if self.eval.is_none() {
            self.eval = Some(Eval::default());
        }
        self.finish_eval();
    }

    /// Finishes the evaluation in progress, if any.
    pub fn finish_eval(&mut self) {
        while self.eval.is_some() {
            self.eval_slice();
        }
    }

    /// Share of the evaluation in progress done, 0–1 (1 when none).
    pub fn eval_progress(&self) -> f64 {
        self.eval
            .as_ref()
            .map_or(1.0, |e| e.next as f64 / self.eval_points() as f64)
    }

    fn eval_points(&self) -> usize {
        self.test.len() + MAP * MAP
    }

    /// A unit of the evaluation: forward passes of the next SLICE points (test set, then the
    /// map's cell centres) through all three runs; once all are through, one run's measures
    /// per unit; the point joins the history after the third.
    fn eval_slice(&mut self) {
        let total = self.eval_points();
        let Some(mut ev) = self.eval.take() else {
            return;
        };
        if ev.next < total {
            let end = (ev.next + SLICE).min(total);
            for (run, p) in self.runs.iter().zip(ev.probs.iter_mut()) {
                for i in ev.next..end {
                    let x = if i < self.test.len() {
                        self.test.x[i]
                    } else {
                        let c = i - self.test.len();
                        cell_centre(c % MAP, c / MAP)
                    };
                    p.push(sigmoid(logit(ARCH, &run.w, x, &mut self.scratch)));
                }
            }
            ev.next = end;
            self.eval = Some(ev);
            return;
        }
        let k = ev.done.len();
        let m = self.measures(k, &ev.probs[k]);
        ev.done.push(m);
        if ev.done.len() < self.runs.len() {
            self.eval = Some(ev);
            return;
        }
        let mut done = ev.done.into_iter();
        let runs = std::array::from_fn(|_| done.next().unwrap_or_default());
        self.history.push(Point {
            step: self.step,
            runs,
        });
    }

    /// Run `k`'s measures from its test and map probabilities `p`; takes its training window.
    fn measures(&mut self, k: usize, p: &[f64]) -> Metrics {
        let nt = self.test.len();
        let run = &mut self.runs[k];
        let (mut l, mut e, mut g, mut steps) = std::mem::take(&mut run.window);
        // Before any step a run's window is empty: measure its loss and gradient shares on a
        // mini-batch at the current weights, so step 0 shows where training starts.
        if steps == 0 {
            let mut grad = vec![0.0; run.w.len()];
            let data = (&self.train.x[..], &self.train.y[..]);
            let idx = self.batches.indices(self.batches.peek());
            let st = loss_and_grad(
                ARCH,
                &run.w,
                data,
                idx,
                run.loss,
                &mut grad,
                &mut self.scratch,
            );
            (l, e, g, steps) = (st.loss, st.easy_neg_grad, st.total_grad, 1);
        }
        let bins = reliability(&p[..nt], &self.test.y);
        Metrics {
            loss: l / steps as f64,
            ap: average_precision(&p[..nt], &self.test.y),
            easy_share: if g > 0.0 { e / g } else { f64::NAN },
            ece: ece(&bins),
            bins,
            map: p[nt..].to_vec(),
        }
    }

    /// The initial-step measures for the loss/share read-outs, which need a step.
    pub fn weights(&self, run: usize) -> &[f64] {
        &self.runs[run].w
    }
}

#[cfg(test)]
mod tests;
