//! Validated focal-loss hyper-parameters α and γ.

use crate::math::error::MathError;

/// The class-balancing weight α of the α-balanced losses.
///
/// α_t = α y + (1 − α)(1 − y): positives (y = 1) are scaled by α, negatives
/// (y = 0) by 1 − α. `Off` means no weighting at all (α_t = 1), which is what
/// torchvision's `alpha = −1` means. Construct with [`Alpha::new`] or
/// [`Alpha::from_torchvision`]; [`FocalParams::new`] re-validates an
/// `Alpha::On` built by hand.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Alpha {
    /// No α weighting: α_t = 1 for every target (torchvision α = −1).
    Off,
    /// α ∈ [0, 1].
    On(f64),
}

impl Alpha {
    /// α ∈ [0, 1] → `On(α)`.
    ///
    /// NaN → `MathError::NotFinite`; anything outside [0, 1] (including
    /// negatives and ±∞) → `MathError::AlphaOutOfRange`. A negative value is
    /// *not* silently turned into `Off` here; use [`Alpha::from_torchvision`]
    /// for that convention.
    pub fn new(alpha: f64) -> Result<Alpha, MathError> {
        if alpha.is_nan() {
            Err(MathError::NotFinite)
        } else if (0.0..=1.0).contains(&alpha) {
            Ok(Alpha::On(alpha))
        } else {
            Err(MathError::AlphaOutOfRange(alpha))
        }
    }

    /// torchvision's convention: a < 0 → `Off` (α_t = 1), a ∈ [0, 1] → `On(a)`.
    ///
    /// a > 1 → `AlphaOutOfRange`, NaN → `NotFinite`.
    pub fn from_torchvision(a: f64) -> Result<Alpha, MathError> {
        if a < 0.0 {
            Ok(Alpha::Off)
        } else {
            Alpha::new(a)
        }
    }

    /// Back to torchvision's number: `Off` → −1, `On(a)` → a.
    pub fn to_torchvision(self) -> f64 {
        match self {
            Alpha::Off => -1.0,
            Alpha::On(a) => a,
        }
    }

    /// α_t = α y + (1 − α)(1 − y)  (`Off` → 1)
    ///
    /// For y = 1 this is α, for y = 0 it is 1 − α; a soft y interpolates.
    pub fn weight(self, y: f64) -> f64 {
        match self {
            Alpha::Off => 1.0,
            Alpha::On(a) => a * y + (1.0 - a) * (1.0 - y),
        }
    }
}

/// Validated hyper-parameters of the focal loss FL = −α_t (1 − p_t)^γ ln p_t.
///
/// Fields are private so that every value in circulation passed
/// [`FocalParams::new`]: α ∈ [0, 1] or off, γ finite and ≥ 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FocalParams {
    alpha: Alpha,
    gamma: f64,
}

impl FocalParams {
    /// Validate α and γ.
    ///
    /// γ < 0 → `NegativeGamma`; γ NaN or +∞ → `NotFinite`; an `Alpha::On(a)`
    /// with a outside [0, 1] → `AlphaOutOfRange` (NaN a → `NotFinite`).
    pub fn new(alpha: Alpha, gamma: f64) -> Result<FocalParams, MathError> {
        if let Alpha::On(a) = alpha {
            Alpha::new(a)?;
        }
        if gamma.is_nan() || gamma == f64::INFINITY {
            return Err(MathError::NotFinite);
        }
        if gamma < 0.0 {
            return Err(MathError::NegativeGamma(gamma));
        }
        Ok(FocalParams { alpha, gamma })
    }

    /// Plain (binary) cross-entropy: α off, γ = 0, so FL ≡ BCE.
    pub fn plain_ce() -> FocalParams {
        FocalParams {
            alpha: Alpha::Off,
            gamma: 0.0,
        }
    }

    /// [`FocalParams::new`], or the defaults (α = 0.25, γ = 2) for an invalid pair. For
    /// inputs the state table has already checked, where the fallback never happens.
    pub fn or_default(alpha: Alpha, gamma: f64) -> FocalParams {
        FocalParams::new(alpha, gamma).unwrap_or_default()
    }

    /// [`FocalParams::new`], or [`FocalParams::plain_ce`] for an invalid pair.
    pub fn or_plain_ce(alpha: Alpha, gamma: f64) -> FocalParams {
        FocalParams::new(alpha, gamma).unwrap_or_else(|_| FocalParams::plain_ce())
    }

    /// The α weighting.
    pub fn alpha(&self) -> Alpha {
        self.alpha
    }

    /// The focusing parameter γ (finite, ≥ 0).
    pub fn gamma(&self) -> f64 {
        self.gamma
    }
}

impl Default for FocalParams {
    /// α = 0.25, γ = 2: the paper's best setting (Table 1b) and
    /// torchvision's defaults.
    fn default() -> Self {
        FocalParams {
            alpha: Alpha::On(0.25),
            gamma: 2.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallbacks() {
        let ok = FocalParams::new(Alpha::Off, 1.5).unwrap();
        assert_eq!(FocalParams::or_default(Alpha::Off, 1.5), ok);
        assert_eq!(FocalParams::or_plain_ce(Alpha::Off, 1.5), ok);
        assert_eq!(
            FocalParams::or_default(Alpha::On(2.0), 1.0),
            FocalParams::default()
        );
        assert_eq!(
            FocalParams::or_plain_ce(Alpha::On(0.5), -1.0),
            FocalParams::plain_ce()
        );
    }
}
