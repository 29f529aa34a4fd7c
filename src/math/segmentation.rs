//! Per-pixel sigmoid focal loss for binary segmentation (the post's "待补: segmentation 中的
//! Focal loss 计算").
//!
//! A binary mask is a dense prediction like a detector's class heatmap: every pixel j has a
//! logit x_j and a target y_j ∈ {0, 1}, and the loss of the map is built from the per-pixel
//!
//! CE_j = ℓ(x_j, y_j) = −y_j ln σ(x_j) − (1 − y_j) ln σ(−x_j)   (BCE with logits),
//! FL_j = α_t (1 − p_t)^γ CE_j                                    (torchvision order),
//!
//! with p = σ(x_j), p_t = p y + (1 − p)(1 − y), α_t = α y + (1 − α)(1 − y). With a small object
//! on a large background most pixels are easy background (p_t close to 1): each has a tiny CE,
//! but there are so many that they can carry most of the summed CE, while FL shrinks them by
//! (1 − p_t)^γ. [`PixelLosses::bg_share_ce`] and [`PixelLosses::bg_share_fl`] measure exactly
//! that. The share does not depend on how the sum is normalised afterwards (mean over pixels,
//! or ÷ the number of object pixels), since both parts are divided by the same number.

use super::cross_entropy::bce_with_logits;
use super::focal::{focal_from_logit, FocalParams};
use super::reduce::mean;

/// Sums over one group of pixels.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Group {
    /// Number of pixels in the group.
    pub pixels: usize,
    /// Σ CE_j over the group.
    pub ce: f64,
    /// Σ FL_j over the group.
    pub fl: f64,
}

impl Group {
    fn add(&mut self, ce: f64, fl: f64) {
        self.pixels += 1;
        self.ce += ce;
        self.fl += fl;
    }

    /// The union of two disjoint groups (counts and sums added).
    pub fn merge(self, other: Group) -> Group {
        Group {
            pixels: self.pixels + other.pixels,
            ce: self.ce + other.ce,
            fl: self.fl + other.fl,
        }
    }
}

/// Per-pixel CE and FL of a map, and their sums by group.
#[derive(Debug, Clone, PartialEq)]
pub struct PixelLosses {
    /// CE_j for every pixel, in input order.
    pub ce: Vec<f64>,
    /// FL_j for every pixel, in input order.
    pub fl: Vec<f64>,
    /// Object pixels (y_j ≥ 0.5).
    pub fg: Group,
    /// Background pixels (y_j < 0.5) that are well classified: x_j < 0, i.e. p_t > 0.5.
    pub bg_easy: Group,
    /// Background pixels with x_j ≥ 0 (p ≥ 0.5: a false positive at threshold 0.5).
    pub bg_hard: Group,
    /// max(0, CE_j …), folded in pixel order as the losses are computed: the heatmaps, the
    /// legend and every summary read it, ~8 times a γ move.
    ce_max: f64,
}

/// part / total, with 0 / 0 := 0 (an all-zero map has no share to report).
///
/// Σ_{j ∈ part} L_j / Σ_j L_j for non-negative losses, so the result lies in [0, 1].
pub fn share(part: f64, total: f64) -> f64 {
    if total > 0.0 {
        part / total
    } else {
        0.0
    }
}

/// CE_j and FL_j for every pixel (logits and targets paired like `zip`), grouped into object,
/// easy background and hard background. See the module docs for the formulas.
///
/// Targets are 0 or 1 in a segmentation mask; a pixel counts as object when y_j ≥ 0.5 (its
/// loss is still computed with its own y_j). Every finite logit gives finite losses.
pub fn pixel_losses(logits: &[f64], targets: &[f64], params: FocalParams) -> PixelLosses {
    let n = logits.len().min(targets.len());
    let mut out = PixelLosses {
        ce: Vec::with_capacity(n),
        fl: Vec::with_capacity(n),
        fg: Group::default(),
        bg_easy: Group::default(),
        bg_hard: Group::default(),
        ce_max: 0.0,
    };
    for (&x, &y) in logits.iter().zip(targets) {
        let ce = bce_with_logits(x, y);
        let fl = focal_from_logit(x, y, params);
        out.ce_max = out.ce_max.max(ce);
        out.ce.push(ce);
        out.fl.push(fl);
        if y >= 0.5 {
            out.fg.add(ce, fl);
        } else if x < 0.0 {
            out.bg_easy.add(ce, fl);
        } else {
            out.bg_hard.add(ce, fl);
        }
    }
    out
}

impl PixelLosses {
    /// All background pixels: easy ∪ hard.
    pub fn bg(&self) -> Group {
        self.bg_easy.merge(self.bg_hard)
    }

    /// Σ_j CE_j = object + background.
    pub fn total_ce(&self) -> f64 {
        self.fg.ce + self.bg().ce
    }

    /// Σ_j FL_j = object + background.
    pub fn total_fl(&self) -> f64 {
        self.fg.fl + self.bg().fl
    }

    /// Σ_{y_j = 0} CE_j / Σ_j CE_j: the share of the summed CE carried by background pixels.
    pub fn bg_share_ce(&self) -> f64 {
        share(self.bg().ce, self.total_ce())
    }

    /// Σ_{y_j = 0} FL_j / Σ_j FL_j: the share of the summed FL carried by background pixels.
    pub fn bg_share_fl(&self) -> f64 {
        share(self.bg().fl, self.total_fl())
    }

    /// (1/N) Σ_j CE_j — `reduction="mean"` (0 for an empty map).
    pub fn mean_ce(&self) -> f64 {
        mean(&self.ce)
    }

    /// (1/N) Σ_j FL_j — `reduction="mean"` (0 for an empty map).
    pub fn mean_fl(&self) -> f64 {
        mean(&self.fl)
    }

    /// The largest per-pixel CE (0 for an empty map). FL_j ≤ CE_j for every pixel, since
    /// α_t ≤ 1 and (1 − p_t)^γ ≤ 1, so this also bounds the FL map.
    pub fn max_ce(&self) -> f64 {
        // Kept from `pixel_losses`, not `self.ce.iter().copied().fold(0.0, f64::max)` per call:
        // at opt-level "z" that fold stayed a call per pixel, across modules in the split build.
        self.ce_max
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::focal::Alpha;

    // Reference values: tools/lessons_c_reference.py (plain Python `math`, piecewise formulas,
    // written independently of this file). Section "segmentation: 2 × 2 example".
    const LOGITS: [f64; 4] = [2.0, -0.5, -3.0, 1.0];
    const TARGETS: [f64; 4] = [1.0, 1.0, 0.0, 0.0];
    const CE: [f64; 4] = [
        0.1269280110429725,
        0.9740769841801067,
        0.04858735157374206,
        1.3132616875182228,
    ];
    const FL: [f64; 4] = [
        0.00045089070881009483,
        0.09435290021485242,
        8.196249337274817e-05,
        0.5264012275585387,
    ];
    const BG_SHARE_CE: f64 = 0.5529556441905479;
    const BG_SHARE_FL: f64 = 0.8474074078056536;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-12 * b.abs().max(1.0)
    }

    #[test]
    fn two_by_two_matches_python() {
        let params = FocalParams::new(Alpha::On(0.25), 2.0).unwrap();
        let r = pixel_losses(&LOGITS, &TARGETS, params);
        for j in 0..4 {
            assert!(close(r.ce[j], CE[j]), "ce[{j}] {} vs {}", r.ce[j], CE[j]);
            assert!(close(r.fl[j], FL[j]), "fl[{j}] {} vs {}", r.fl[j], FL[j]);
        }
        assert_eq!(r.fg.pixels, 2);
        assert_eq!(r.bg_easy.pixels, 1);
        assert_eq!(r.bg_hard.pixels, 1);
        assert!(close(r.bg_share_ce(), BG_SHARE_CE));
        assert!(close(r.bg_share_fl(), BG_SHARE_FL));
        assert!(close(r.mean_ce(), CE.iter().sum::<f64>() / 4.0));
        assert!(close(r.max_ce(), CE[3]));
    }

    #[test]
    fn plain_ce_params_make_fl_equal_ce() {
        let r = pixel_losses(&LOGITS, &TARGETS, FocalParams::plain_ce());
        assert_eq!(r.ce, r.fl);
        assert!(close(r.bg_share_ce(), r.bg_share_fl()));
    }

    #[test]
    fn fl_never_exceeds_ce_and_shares_stay_in_unit_interval() {
        let logits: Vec<f64> = (-40..=40).map(|k| k as f64 * 0.5).collect();
        let targets: Vec<f64> = (0..logits.len())
            .map(|k| (k % 3 == 0) as u8 as f64)
            .collect();
        for (a, g) in [(0.25, 2.0), (0.75, 0.0), (1.0, 5.0), (0.0, 0.5)] {
            let p = FocalParams::new(Alpha::On(a), g).unwrap();
            let r = pixel_losses(&logits, &targets, p);
            for (c, f) in r.ce.iter().zip(&r.fl) {
                assert!(f.is_finite() && *f >= 0.0 && *f <= *c + 1e-15);
            }
            assert_eq!(r.max_ce(), r.ce.iter().copied().fold(0.0, f64::max));
            for s in [r.bg_share_ce(), r.bg_share_fl()] {
                assert!((0.0..=1.0).contains(&s));
            }
        }
    }

    #[test]
    fn empty_and_zero_maps_do_not_divide_by_zero() {
        let r = pixel_losses(&[], &[], FocalParams::default());
        assert_eq!((r.bg_share_ce(), r.mean_fl(), r.max_ce()), (0.0, 0.0, 0.0));
        assert_eq!(share(0.0, 0.0), 0.0);
        // α = 1 switches every background term off: FL share of the background is 0.
        let p = FocalParams::new(Alpha::On(1.0), 2.0).unwrap();
        let r = pixel_losses(&LOGITS, &TARGETS, p);
        assert_eq!(r.bg().fl, 0.0);
        assert_eq!(r.bg_share_fl(), 0.0);
    }

    #[test]
    fn extreme_logits_stay_finite() {
        let r = pixel_losses(&[500.0, -500.0], &[0.0, 1.0], FocalParams::default());
        assert!(r.ce.iter().chain(&r.fl).all(|v| v.is_finite()));
        assert!(close(r.ce[0], 500.0) && close(r.ce[1], 500.0));
    }
}
