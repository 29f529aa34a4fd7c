//! Test-set measures: average precision of the rare class (scikit-learn's definition) and
//! calibration (expected calibration error, reliability bins).

/// Average precision, exactly scikit-learn's `average_precision_score`:
///
/// AP = Σₙ (Rₙ − Rₙ₋₁) Pₙ over the distinct scores taken as thresholds from the highest down
/// (R₀ = 0), Pₙ = TPₙ / (TPₙ + FPₙ), Rₙ = TPₙ / n₊. Tied scores form one threshold: they enter
/// together (no interpolation). `None` when there is no positive (recall is undefined).
pub fn average_precision(scores: &[f64], y: &[f64]) -> Option<f64> {
    let n_pos = y.iter().filter(|&&v| v == 1.0).count();
    if n_pos == 0 {
        return None;
    }
    let mut order: Vec<u32> = (0..scores.len() as u32).collect();
    // Unstable is enough (tied scores enter together below) and smaller than a stable sort.
    order.sort_unstable_by(|&a, &b| scores[b as usize].total_cmp(&scores[a as usize]));
    let (mut tp, mut fp) = (0usize, 0usize);
    let (mut ap, mut r_prev) = (0.0, 0.0);
    for (k, &i) in order.iter().enumerate() {
        if y[i as usize] == 1.0 {
            tp += 1;
        } else {
            fp += 1;
        }
        let last_of_tie = order
            .get(k + 1)
            .is_none_or(|&j| scores[j as usize] != scores[i as usize]);
        if last_of_tie {
            let r = tp as f64 / n_pos as f64;
            ap += (r - r_prev) * (tp as f64 / (tp + fp) as f64);
            r_prev = r;
        }
    }
    Some(ap)
}

/// Number of equal-width calibration bins.
pub const BINS: usize = 15;

/// One reliability bin: how many test points, their mean predicted p, the observed fraction
/// of positives among them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Bin {
    pub count: usize,
    pub mean_p: f64,
    pub frac_pos: f64,
}

/// The bin of p: bin b holds p ∈ (b/15, (b+1)/15], bin 0 also p = 0.
pub fn bin_of(p: f64) -> usize {
    ((p * BINS as f64).ceil() as usize).clamp(1, BINS) - 1
}

/// Reliability bins of the predicted probability of the positive class.
pub fn reliability(p: &[f64], y: &[f64]) -> [Bin; BINS] {
    let mut sum_p = [0.0; BINS];
    let mut sum_y = [0.0; BINS];
    let mut n = [0usize; BINS];
    for (&pi, &yi) in p.iter().zip(y) {
        let b = bin_of(pi);
        sum_p[b] += pi;
        sum_y[b] += yi;
        n[b] += 1;
    }
    std::array::from_fn(|b| Bin {
        count: n[b],
        mean_p: if n[b] > 0 {
            sum_p[b] / n[b] as f64
        } else {
            0.0
        },
        frac_pos: if n[b] > 0 {
            sum_y[b] / n[b] as f64
        } else {
            0.0
        },
    })
}

/// Expected calibration error: ECE = Σ_b (n_b / n) |ȳ_b − p̄_b| over the 15 bins (p̄_b the mean
/// predicted probability, ȳ_b the fraction of positives in bin b). `None` for no points.
pub fn ece(bins: &[Bin; BINS]) -> Option<f64> {
    let n: usize = bins.iter().map(|b| b.count).sum();
    if n == 0 {
        return None;
    }
    Some(
        bins.iter()
            .map(|b| b.count as f64 / n as f64 * (b.frac_pos - b.mean_p).abs())
            .sum(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ap_hand_examples() {
        // Perfect ranking: AP = 1. Worst: positives last.
        assert_eq!(
            average_precision(&[0.9, 0.8, 0.1], &[1.0, 1.0, 0.0]),
            Some(1.0)
        );
        // y = [0, 1], scores [0.9, 0.1]: one threshold step at recall 1 with precision 1/2.
        assert_eq!(average_precision(&[0.9, 0.1], &[0.0, 1.0]), Some(0.5));
        // All tied: one threshold, precision = prevalence.
        assert_eq!(
            average_precision(&[0.5; 4], &[1.0, 0.0, 0.0, 0.0]),
            Some(0.25)
        );
        assert_eq!(average_precision(&[0.5, 0.2], &[0.0, 0.0]), None);
    }

    #[test]
    fn bins_and_ece() {
        assert_eq!(bin_of(0.0), 0);
        assert_eq!(bin_of(1.0 / 15.0), 0);
        assert_eq!(bin_of(0.0667), 1);
        assert_eq!(bin_of(1.0), 14);
        // Perfectly calibrated: all p = 0.25 with 1 in 4 positive.
        let b = reliability(&[0.25; 4], &[1.0, 0.0, 0.0, 0.0]);
        assert_eq!(ece(&b), Some(0.0));
        let b = reliability(&[0.9, 0.1], &[0.0, 1.0]);
        assert!((ece(&b).unwrap() - 0.9).abs() < 1e-15);
        assert_eq!(ece(&reliability(&[], &[])), None);
    }
}
