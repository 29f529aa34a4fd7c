//! Typed errors for invalid loss hyper-parameters (never panics).

use std::fmt;

/// Why a hyper-parameter was rejected.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MathError {
    /// α must lie in [0, 1] (use `Alpha::Off` / `Alpha::from_torchvision(−1)`
    /// for "no α weighting"). Carries the rejected value.
    AlphaOutOfRange(f64),
    /// γ must be ≥ 0: a negative γ would make (1 − p_t)^γ blow up as p_t → 1,
    /// i.e. it would *up*-weight easy examples. Carries the rejected value.
    NegativeGamma(f64),
    /// A parameter was NaN (α or γ) or +∞ (γ).
    NotFinite,
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MathError::AlphaOutOfRange(a) => {
                write!(f, "alpha must be in [0, 1] (or off), got {a}")
            }
            MathError::NegativeGamma(g) => write!(f, "gamma must be >= 0, got {g}"),
            MathError::NotFinite => write!(f, "parameter must be a finite number"),
        }
    }
}

impl std::error::Error for MathError {}
