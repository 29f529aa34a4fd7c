//! The session's tests: determinism, the loss identities, the schedule and learning.

use super::super::data::TEST_N;
use super::*;

fn small(alpha: Alpha, gamma: f64, opt: Kind) -> Settings {
    Settings {
        n: 2000,
        pos_frac: 0.02,
        seed: 5,
        alpha,
        gamma,
        opt,
        ..Settings::default()
    }
}

fn run(s: Settings, steps: u64) -> Session {
    let mut ses = Session::new(s);
    while ses.step < steps || ses.eval.is_some() {
        ses.advance();
    }
    ses
}

fn bits(m: &Metrics) -> Vec<u64> {
    let mut v = vec![m.loss.to_bits(), m.easy_share.to_bits()];
    v.extend(m.ap.map(f64::to_bits));
    v.extend(m.ece.map(f64::to_bits));
    v.extend(m.map.iter().map(|p| p.to_bits()));
    v
}

#[test]
fn the_same_seed_gives_the_same_bits() {
    let s = small(Alpha::On(0.25), 2.0, Kind::Adam);
    let (a, b) = (run(s, 120), run(s, 120));
    // Bit for bit (a plain == would fail on step 0's NaN loss, which has no steps yet).
    assert_eq!(a.history.len(), b.history.len());
    for (pa, pb) in a.history.iter().zip(&b.history) {
        for k in 0..3 {
            assert_eq!(bits(&pa.runs[k]), bits(&pb.runs[k]));
        }
    }
    for k in 0..3 {
        assert_eq!(
            a.weights(k).iter().map(|w| w.to_bits()).collect::<Vec<_>>(),
            b.weights(k).iter().map(|w| w.to_bits()).collect::<Vec<_>>()
        );
    }
    let c = run(Settings { seed: 6, ..s }, 120);
    assert_ne!(a.latest().runs[2].loss, c.latest().runs[2].loss);
}

#[test]
fn fl_at_gamma_zero_is_ce_and_alpha_ce_exactly() {
    for opt in [Kind::Adam, Kind::Sgd] {
        let ses = run(small(Alpha::Off, 0.0, opt), 100);
        let p = ses.latest();
        assert_eq!(bits(&p.runs[2]), bits(&p.runs[0]));
        assert_eq!(ses.weights(2), ses.weights(0));
        assert_ne!(bits(&p.runs[1]), bits(&p.runs[0]));
        let ses = run(small(Alpha::On(0.75), 0.0, opt), 100);
        let p = ses.latest();
        assert_eq!(bits(&p.runs[2]), bits(&p.runs[1]));
        assert_eq!(ses.weights(2), ses.weights(1));
    }
}

#[test]
fn three_runs_start_together_and_evaluate_on_schedule() {
    let ses = Session::new(Settings::default());
    assert_eq!(ses.history.len(), 1);
    let p0 = &ses.history[0];
    assert_eq!(p0.runs[0].map, p0.runs[1].map);
    assert_eq!(p0.runs[0].ap, p0.runs[2].ap);
    // The prior bias: every point starts near p = 0.01.
    assert!(p0.runs[0].map.iter().all(|&p| (0.001..0.1).contains(&p)));
    let ses = run(small(Alpha::On(0.25), 2.0, Kind::Sgd), 2 * EVAL_EVERY);
    assert_eq!(
        ses.history.iter().map(|p| p.step).collect::<Vec<_>>(),
        [0, EVAL_EVERY, 2 * EVAL_EVERY]
    );
    assert!(ses
        .latest()
        .runs
        .iter()
        .all(|m| m.loss.is_finite() && (0.0..=1.0).contains(&m.easy_share)));
}

/// The units stay small (a frame's budget is kept to within one unit): a step is three
/// units, one per run, and an evaluation its forward slices plus one unit per run.
#[test]
fn work_comes_in_small_units() {
    let mut ses = Session::new(Settings::default());
    let mut units = 0;
    while ses.step < EVAL_EVERY - 1 {
        assert_eq!(ses.next_unit(), 0);
        assert!(ses.advance());
        units += 1;
    }
    assert_eq!(units, 3 * (EVAL_EVERY - 1));
    for _ in 0..3 {
        assert!(ses.eval.is_none());
        ses.advance();
    }
    assert_eq!(ses.step, EVAL_EVERY);
    // The kinds the runner budgets for: forward slices, then one run's measures at a time.
    let slices = (TEST_N + MAP * MAP).div_ceil(SLICE);
    for k in 0..slices + 2 {
        assert_eq!(ses.next_unit(), if k < slices { 1 } else { 2 });
        assert!(ses.advance());
        assert_eq!(ses.history.len(), 1);
    }
    assert_eq!(ses.next_unit(), 2);
    ses.advance();
    assert_eq!(ses.next_unit(), 0);
    assert_eq!(ses.history.len(), 2);
    assert!(ses.eval.is_none());
}

#[test]
fn zero_positives_is_reported_not_trained() {
    let mut ses = Session::new(Settings {
        pos_frac: 0.0,
        n: 1000,
        ..Settings::default()
    });
    assert!(ses.no_positives());
    assert!(!ses.advance());
    assert_eq!(ses.latest().runs[0].ap, None);
}

#[test]
fn training_learns_the_rare_class() {
    // Default problem, 1200 steps: every run beats the 1 % chance level of AP by far.
    let ses = run(Settings::default(), 1200);
    for m in &ses.latest().runs {
        assert!(m.ap.unwrap() > 0.3, "{:?}", m.ap);
    }
}
