//! The dense-detection simulator's core (src/math/simulate): shares, the α-off γ = 0 identity,
//! focusing, determinism, edge populations, Figure 4 against a brute-force sort, the prior
//! initialisation, and (printed, not asserted) the time per recompute.
//!
//! Timing: `cargo test --release --test simulate -- --nocapture timing`.

use focal_loss_lab::math::cross_entropy::bce_with_logits;
use focal_loss_lab::math::focal::{focal_from_logit, Alpha, FocalParams};
use focal_loss_lab::math::simulate::sample::{kind_key, level_of, level_z, splitmix, terms};
use focal_loss_lab::math::simulate::{
    init_loss, prior_bias, simulate, Kind, Margin, Population, Report, Simulator, CURVE_STEP,
    FAMILY, PRIOR_PI,
};
use proptest::prelude::*;
use std::time::Instant;

fn fp(alpha: Alpha, gamma: f64) -> FocalParams {
    FocalParams::new(alpha, gamma).expect("valid α, γ")
}

fn pop(n: u64) -> Population {
    Population {
        n,
        ..Population::default()
    }
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1e-300)
}

/// The z of every anchor, regenerated independently of the simulator's buffers.
fn margins(p: &Population) -> Vec<(Kind, f64)> {
    let counts = p.counts();
    let mut out = Vec::new();
    for kind in Kind::ALL {
        let m = p.margins[kind.index()];
        let key = kind_key(p.seed, kind.index());
        for i in 0..counts[kind.index()] {
            out.push((kind, level_z(m.mu, m.sd, level_of(splitmix(key, i as u64)))));
        }
    }
    out
}

#[test]
fn shares_sum_to_one() {
    for (n, seed) in [(1000, 1), (100_000, 7), (54_321, 99)] {
        let p = Population { seed, ..pop(n) };
        for params in [
            fp(Alpha::On(0.25), 2.0),
            fp(Alpha::Off, 0.0),
            fp(Alpha::On(0.9), 5.0),
        ] {
            let r = simulate(&p, params);
            for t in [r.ce, r.fl] {
                let s: f64 = t.share.iter().sum();
                assert!((s - 1.0).abs() < 1e-12, "{n} {seed}: {s}");
                assert!(t.share.iter().all(|v| (0.0..=1.0).contains(v)));
            }
        }
    }
}

#[test]
fn alpha_off_gamma_zero_is_ce() {
    for n in [1, 999, 100_000] {
        let r = simulate(&pop(n), fp(Alpha::Off, 0.0));
        assert_eq!(r.fl.by_kind, r.ce.by_kind);
        assert_eq!(r.fl.total, r.ce.total);
        assert_eq!(r.fl.per_pos, r.ce.per_pos);
        // And γ → 0 through the general pass agrees to rounding.
        let tiny = simulate(&pop(n), fp(Alpha::Off, 1e-12));
        assert!(close(tiny.fl.total, r.ce.total, 1e-9));
    }
}

#[test]
fn focusing_cuts_the_easy_negative_share() {
    for seed in [1, 2, 3, 4, 5] {
        for n in [1000, 100_000] {
            let p = Population { seed, ..pop(n) };
            for alpha in [Alpha::Off, Alpha::On(0.25), Alpha::On(0.75)] {
                let r = simulate(&p, fp(alpha, 2.0));
                let e = Kind::EasyNeg.index();
                assert!(r.fl.share[e] < r.ce.share[e], "{seed} {n} {alpha:?}");
            }
        }
    }
    // The defaults tell the paper's story: easy negatives are most of CE, little of FL.
    let r = simulate(&Population::default(), FocalParams::default());
    let e = Kind::EasyNeg.index();
    assert!(r.ce.share[e] > 0.5, "{}", r.ce.share[e]);
    assert!(r.fl.share[e] < 0.1, "{}", r.fl.share[e]);
    // Raising γ lowers it monotonically.
    let shares: Vec<f64> = [0.0, 0.5, 1.0, 2.0, 5.0]
        .iter()
        .map(|&g| simulate(&Population::default(), fp(Alpha::Off, g)).fl.share[e])
        .collect();
    assert!(shares.windows(2).all(|w| w[1] < w[0]), "{shares:?}");
}

#[test]
fn same_seed_same_result() {
    let p = Population {
        seed: 42,
        ..pop(20_000)
    };
    let a = simulate(&p, FocalParams::default());
    let b = simulate(&p, FocalParams::default());
    assert_eq!(a, b);
    // A reused simulator that went elsewhere and came back gives the same report.
    let mut sim = Simulator::new();
    sim.run(&pop(1_000), fp(Alpha::On(0.5), 1.0));
    sim.run(&p, fp(Alpha::Off, 3.0));
    assert_eq!(sim.run(&p, FocalParams::default()), a);
    // Another seed gives other anchors.
    let c = simulate(&Population { seed: 43, ..p }, FocalParams::default());
    assert_ne!(a.ce.total, c.ce.total);
    // Growing N keeps the first anchors: the first 1000 easy negatives are a prefix.
    let small = margins(&Population { n: 1000, ..p });
    let big = margins(&p);
    assert_eq!(small[0], big[0]);
}

#[test]
fn reference_anchor_stream() {
    // Pin the generator so a change of sampling shows up here (same numbers everywhere).
    let p = Population::default();
    let z = margins(&Population { n: 10, ..p });
    assert_eq!(z.len(), 10);
    assert_eq!(kind_key(1, 0), splitmix(1, 0));
    assert_eq!(splitmix(1, 0), 0x910A_2DEC_8902_5CC1);
    let j0 = level_of(splitmix(kind_key(1, 0), 0));
    assert_eq!(z[0].1, level_z(4.5, 1.0, j0));
}

#[test]
fn one_anchor_and_no_positives() {
    let r = simulate(&pop(1), FocalParams::default());
    assert_eq!(r.counts, [1, 0, 0, 0]);
    assert_eq!(r.num_pos, 0);
    assert_eq!(r.ce.per_pos, r.ce.total, "num_pos clamps to 1");
    assert_eq!(r.ce.share, [1.0, 0.0, 0.0, 0.0]);
    assert!(r.cdf[1].current.points.is_empty());
    assert_eq!(r.cdf[0].current.points.last(), Some(&(1.0, 1.0)));

    let none = Population {
        pos_frac: 0.0,
        ..pop(50_000)
    };
    let r = simulate(&none, FocalParams::default());
    assert_eq!(r.num_pos, 0);
    assert_eq!(r.counts[2] + r.counts[3], 0);
    assert!((r.fl.share.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    assert_eq!(r.fl.per_pos, r.fl.total);
    assert!(r.cdf[1].family.iter().all(|c| c.points.is_empty()));

    // All positives, α = 0: FL is 0 everywhere, shares are 0 (not NaN).
    let all_pos = Population {
        pos_frac: 1.0,
        ..pop(100)
    };
    let r = simulate(&all_pos, fp(Alpha::On(0.0), 2.0));
    assert_eq!(r.fl.total, 0.0);
    assert_eq!(r.fl.share, [0.0; 4]);
    assert!(r.cdf[1].current.points.len() > 1, "the curve is α-free");

    // N = 0 and hostile parameters: no panic, nothing NaN.
    let weird = Population {
        n: 0,
        pos_frac: f64::NAN,
        ..pop(0)
    };
    let r = simulate(&weird, FocalParams::default());
    assert_eq!(r.counts, [0; 4]);
    assert_eq!(r.ce.total, 0.0);
    let mut hostile = Population {
        pos_frac: 2.0,
        hard_neg: -1.0,
        hard_pos: f64::INFINITY,
        ..pop(3000)
    };
    hostile.margins[0] = Margin {
        mu: f64::NAN,
        sd: -3.0,
    };
    hostile.margins[3] = Margin {
        mu: 1e300,
        sd: f64::INFINITY,
    };
    let r = simulate(&hostile, fp(Alpha::On(0.25), 10.0));
    for t in [r.ce, r.fl] {
        assert!(t.total.is_finite() && t.share.iter().all(|s| s.is_finite()));
    }
    assert_eq!(r.counts.iter().sum::<usize>(), 3000);
}

#[test]
fn terms_match_the_math_core() {
    for i in -400..=400 {
        let z = i as f64 * 0.1;
        let t = terms(z);
        assert!(close(t.ce, bce_with_logits(z, 1.0), 1e-14), "{z}");
        for gamma in [0.5, 1.0, 2.0, 5.0] {
            let params = fp(Alpha::Off, gamma);
            let ours = (gamma * t.ln_q).exp() * t.ce;
            // The core forms 1 − p_t by subtraction, which costs it ≈ γ ε / q relative error
            // for easy anchors; ours works from ln q directly.
            let tol = 1e-13 + gamma * 4.0 * f64::EPSILON / t.q;
            assert!(
                close(ours, focal_from_logit(z, 1.0, params), tol),
                "{z} {gamma}"
            );
            // A negative with margin z has logit −z.
            assert!(
                close(ours, focal_from_logit(-z, 0.0, params), tol),
                "{z} {gamma}"
            );
        }
        assert!(close(t.q, 1.0 / (1.0 + z.exp()), 1e-14));
    }
}

/// Brute force with the math core's focal_from_logit for every anchor.
fn brute(p: &Population, params: FocalParams) -> ([f64; 4], [f64; 4]) {
    let (mut ce, mut fl) = ([0.0; 4], [0.0; 4]);
    for (kind, z) in margins(p) {
        let (x, y) = if kind.is_positive() {
            (z, 1.0)
        } else {
            (-z, 0.0)
        };
        ce[kind.index()] += bce_with_logits(x, y);
        fl[kind.index()] += focal_from_logit(x, y, params);
    }
    (ce, fl)
}

#[test]
fn totals_equal_brute_force() {
    for (n, pos) in [(5000, 0.02), (20_000, 0.001), (300, 0.5)] {
        let p = Population {
            n,
            pos_frac: pos,
            seed: n,
            ..Population::default()
        };
        for params in [
            FocalParams::default(),
            fp(Alpha::On(0.6), 0.7),
            fp(Alpha::Off, 4.0),
        ] {
            let r = simulate(&p, params);
            let (ce, fl) = brute(&p, params);
            for k in 0..4 {
                assert!(close(r.ce.by_kind[k], ce[k], 1e-10), "CE {k}");
                assert!(
                    close(r.fl.by_kind[k], fl[k], 1e-10),
                    "FL {k}: {} {}",
                    r.fl.by_kind[k],
                    fl[k]
                );
            }
        }
    }
}

/// Each curve point is exact: sorting the class's losses ascending, the first x·n of them
/// carry y of the total.
fn check_curve_against_sort(r: &Report, p: &Population, gamma: f64, class: usize) {
    let params = fp(Alpha::Off, gamma);
    let mut losses: Vec<(f64, f64)> = margins(p)
        .into_iter()
        .filter(|(k, _)| k.class() == class)
        .map(|(k, z)| {
            let (x, y) = if k.is_positive() { (z, 1.0) } else { (-z, 0.0) };
            (z, focal_from_logit(x, y, params))
        })
        .collect();
    // Ascending loss = descending margin.
    losses.sort_by(|a, b| b.0.total_cmp(&a.0));
    let total: f64 = losses.iter().map(|l| l.1).sum();
    let n = losses.len();
    let curve = if gamma == r.cdf[class].current.gamma {
        &r.cdf[class].current
    } else {
        &r.cdf[class].family[FAMILY.iter().position(|&g| g == gamma).unwrap()]
    };
    let mut prefix = vec![0.0];
    for l in &losses {
        prefix.push(prefix.last().unwrap() + l.1);
    }
    for &(x, y) in &curve.points {
        let m = (x * n as f64).round() as usize;
        assert!(
            (prefix[m] / total - y).abs() < 1e-9,
            "γ {gamma} class {class} at {x}: {} vs {y}",
            prefix[m] / total
        );
    }
    assert!(curve.points.len() > 20);
    assert!(curve
        .points
        .windows(2)
        .all(|w| w[1].0 > w[0].0 && w[1].1 >= w[0].1));
    assert_eq!(curve.points.last(), Some(&(1.0, 1.0)));
}

#[test]
fn figure4_is_exact_at_every_point() {
    let p = Population {
        pos_frac: 0.05,
        ..pop(20_000)
    };
    let r = simulate(&p, fp(Alpha::On(0.25), 3.0));
    for class in 0..2 {
        for g in FAMILY {
            check_curve_against_sort(&r, &p, g, class);
        }
        check_curve_against_sort(&r, &p, 3.0, class);
        assert!(r.cdf[class].current.points.len() as f64 <= 2.0 / CURVE_STEP + 2.0);
    }
}

#[test]
fn figure4_tells_the_papers_story() {
    let r = simulate(&pop(1_000_000), FocalParams::default());
    let neg = &r.cdf[0];
    let pos = &r.cdf[1];
    // Negatives: at γ = 2 nearly all the loss sits in a tiny fraction of the hardest anchors.
    let f_ce = neg.family[0].hardest_fraction_carrying(0.9).unwrap();
    let f_fl = neg.family[3].hardest_fraction_carrying(0.9).unwrap();
    assert!(f_fl < 0.02 && f_fl < f_ce / 5.0, "{f_ce} {f_fl}");
    // Positives change much less.
    let p_ce = pos.family[0].hardest_fraction_carrying(0.9).unwrap();
    let p_fl = pos.family[3].hardest_fraction_carrying(0.9).unwrap();
    assert!(p_fl > p_ce / 3.0, "{p_ce} {p_fl}");
    // The current γ = 2 curve is the family's γ = 2 curve (e^{2 ln q} vs q·q: rounding only).
    assert_eq!(neg.current.points.len(), neg.family[3].points.len());
    for (a, b) in neg.current.points.iter().zip(&neg.family[3].points) {
        assert_eq!(a.0, b.0);
        assert!((a.1 - b.1).abs() < 1e-12);
    }
}

#[test]
fn prior_initialisation() {
    let b = prior_bias(PRIOR_PI);
    assert!(close(b, -(99f64).ln(), 1e-15));
    let counts = Population::default().counts();
    let (n_neg, n_pos) = (
        (counts[0] + counts[1]) as f64,
        (counts[2] + counts[3]) as f64,
    );
    assert_eq!(n_pos, 100.0);
    let zero = init_loss(counts, 0.0, FocalParams::default());
    let prior = init_loss(counts, b, FocalParams::default());
    assert_eq!(zero.p, 0.5);
    assert!(close(prior.p, 0.01, 1e-12));
    // b = 0: every anchor costs ln 2 under CE.
    assert!(close(zero.ce.total, 1e5 * 2f64.ln(), 1e-12));
    assert!(close(zero.ce.per_pos, 1e3 * 2f64.ln(), 1e-12));
    // π = 0.01: negatives −ln 0.99 each, positives −ln 0.01 each.
    let expect = n_neg * -(0.99f64.ln()) + n_pos * -(0.01f64.ln());
    assert!(close(prior.ce.total, expect, 1e-12));
    assert!(zero.ce.per_pos > 40.0 * prior.ce.per_pos);
    assert!(zero.ce.neg_share > 0.99 && prior.ce.neg_share < 0.7);
    // FL at b = 0: 0.75 · 0.5² · ln 2 per negative.
    assert!(close(zero.fl.neg, n_neg * 0.75 * 0.25 * 2f64.ln(), 1e-12));
    assert!(zero.fl.per_pos > 100.0 * prior.fl.per_pos);
    // The push on the bias: (n₋ · ½ − n₊ · ½) / n₊ under CE at b = 0.
    assert!(close(
        zero.ce.grad_per_pos,
        (n_neg - n_pos) * 0.5 / n_pos,
        1e-12
    ));
    // No positives: per-positive = total (clamp), shares well defined.
    let none = init_loss([10, 0, 0, 0], 0.0, FocalParams::default());
    assert_eq!(none.ce.per_pos, none.ce.total);
    assert_eq!(none.ce.neg_share, 1.0);
    let empty = init_loss([0; 4], 0.0, FocalParams::default());
    assert_eq!(empty.ce.neg_share, 0.0);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn random_populations_are_well_formed(
        n in 0u64..4000, pos in 0.0f64..=1.0, hn in 0.0f64..=1.0, hp in 0.0f64..=1.0,
        seed in any::<u64>(), mus in proptest::array::uniform4(-10.0f64..10.0),
        sds in proptest::array::uniform4(0.0f64..5.0), alpha in -1.0f64..=1.0, gamma in 0.0f64..10.0,
    ) {
        let mut p = Population { n, pos_frac: pos, hard_neg: hn, hard_pos: hp, seed, ..Population::default() };
        for k in 0..4 {
            p.margins[k] = Margin { mu: mus[k], sd: sds[k] };
        }
        let params = fp(Alpha::from_torchvision(alpha).unwrap(), gamma);
        let r = simulate(&p, params);
        prop_assert_eq!(r.counts.iter().sum::<usize>() as u64, n);
        for t in [r.ce, r.fl] {
            prop_assert!(t.total.is_finite() && t.total >= 0.0);
            let s: f64 = t.share.iter().sum();
            prop_assert!(t.total == 0.0 || (s - 1.0).abs() < 1e-12);
        }
        for c in &r.cdf {
            for curve in c.family.iter().chain([&c.current]) {
                prop_assert!(curve.points.windows(2).all(|w| w[1].0 >= w[0].0 && w[1].1 >= w[0].1));
            }
        }
    }
}

/// Prints the time per recompute (not asserted: shared machine).
#[test]
fn timing() {
    let mut sim = Simulator::new();
    for n in [100_000u64, 1_000_000] {
        let p = pop(n);
        sim.run(&pop(n / 2), FocalParams::default()); // buffers sized, then a real resample
        let mut full = Vec::new();
        let mut gamma_only = Vec::new();
        for i in 0..5u64 {
            let q = Population { seed: 100 + i, ..p };
            let t = Instant::now();
            std::hint::black_box(sim.run(&q, FocalParams::default()));
            full.push(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            std::hint::black_box(sim.run(&q, fp(Alpha::On(0.25), 1.5 + i as f64 * 0.1)));
            gamma_only.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let med = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        println!(
            "simulate N = {n}: resample + loss pass {:.2} ms, γ move (loss pass only) {:.2} ms (median of 5)",
            med(&mut full),
            med(&mut gamma_only)
        );
    }
}
