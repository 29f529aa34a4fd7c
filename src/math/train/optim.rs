//! The two optimisers, written as PyTorch's `torch.optim.SGD(momentum=μ)` and
//! `torch.optim.Adam` update their weights (no weight decay).

/// Which optimiser and its learning rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    /// v ← μ v + g; w ← w − η v (μ = [`MOMENTUM`]).
    Sgd,
    /// m ← β₁ m + (1 − β₁) g; v ← β₂ v + (1 − β₂) g²; w ← w − η m̂ / (√v̂ + ε),
    /// m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ).
    Adam,
}

pub const MOMENTUM: f64 = 0.9;
pub const BETA1: f64 = 0.9;
pub const BETA2: f64 = 0.999;
pub const EPS: f64 = 1e-8;

/// An optimiser's state for one weight vector.
#[derive(Clone, Debug, PartialEq)]
pub struct Optimizer {
    pub kind: Kind,
    pub lr: f64,
    m: Vec<f64>,
    v: Vec<f64>,
    t: i32,
}

impl Optimizer {
    pub fn new(kind: Kind, lr: f64, len: usize) -> Self {
        Optimizer {
            kind,
            lr,
            m: vec![0.0; len],
            v: vec![0.0; len],
            t: 0,
        }
    }

    /// One update of `w` with the gradient `g` (formulas on [`Kind`]).
    pub fn step(&mut self, w: &mut [f64], g: &[f64]) {
        self.t += 1;
        match self.kind {
            Kind::Sgd => {
                // PyTorch: the first step sets the buffer to g itself (equal to μ·0 + g).
                for ((wi, gi), vi) in w.iter_mut().zip(g).zip(&mut self.m) {
                    *vi = MOMENTUM * *vi + gi;
                    *wi -= self.lr * *vi;
                }
            }
            Kind::Adam => {
                let c1 = 1.0 - BETA1.powi(self.t);
                let c2 = 1.0 - BETA2.powi(self.t);
                for (((wi, gi), mi), vi) in w.iter_mut().zip(g).zip(&mut self.m).zip(&mut self.v) {
                    *mi = BETA1 * *mi + (1.0 - BETA1) * gi;
                    *vi = BETA2 * *vi + (1.0 - BETA2) * gi * gi;
                    *wi -= self.lr * (*mi / c1) / ((*vi / c2).sqrt() + EPS);
                }
            }
        }
    }
}
