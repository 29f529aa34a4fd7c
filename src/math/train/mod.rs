//! Training live: a small perceptron learns a rare class three times over, with CE,
//! α-balanced CE and focal loss, from the same start on the same mini-batches.
//!
//! * [`data`] — the seeded toy problem (rare positive clusters, hard-negative rings, easy
//!   background) and its held-out test set.
//! * [`mlp`] — the 2 → 16 → 16 → 1 tanh network, forward pass and hand-written backprop of
//!   L = Σ FL(zᵢ, yᵢ) / max(n₊, 1).
//! * [`optim`] — SGD with momentum and Adam (PyTorch's update rules).
//! * [`metrics`] — average precision (scikit-learn's definition), ECE, reliability bins.
//! * [`batches`] — seeded mini-batch order, shared by the live runs and the sweep.
//! * [`session`] — three runs from one start, advanced in small units of work.

pub mod batches;
pub mod data;
pub mod metrics;
pub mod mlp;
pub mod optim;
pub mod session;
pub mod sweep;

pub use optim::Kind;
pub use session::{Metrics, Point, Session, Settings, MAX_STEPS};
