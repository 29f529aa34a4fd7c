//! Native tests of the exercises: answers, checks, hints, seeds.
use super::*;

#[test]
fn lesson_examples() {
    // The post's 5 × 4 table: 2 positive points of 4, 5 classes → 18 negatives.
    assert_eq!(question(4, 0).answer(), 18.0);
    // The post's printed loss2 cell 2: 0.3244.
    assert!((question(5, 0).answer() - 0.3244).abs() < 5e-5);
    assert!((question(7, 0).answer() + 4.59512).abs() < 1e-5);
    assert_eq!(question(3, 0).answer(), 3.0);
    // 0.01 · −ln 0.9
    assert!((question(1, 0).answer() - 0.01 * -(0.9f64).ln()).abs() < 1e-15);
    // γ = 1: the crossover is 1/e (closed form); at γ = 2 the ratio is 1 there.
    let at = |g: f64| Question::Crossover { gamma: g }.answer();
    assert!((at(1.0) - (-1.0f64).exp()).abs() < 1e-12);
    let c2 = question(6, 0).answer();
    assert!((focal::grad_ratio::grad_ratio(c2, 2.0) - 1.0).abs() < 1e-9);
}

#[test]
fn every_exercise_accepts_its_own_answer_and_rejects_a_wrong_one() {
    for k in 1..=COUNT {
        for seed in 0..200 {
            let q = question(k, seed);
            let a = q.answer();
            assert!(a.is_finite(), "{k} {seed} {q:?}");
            assert_eq!(q.check(&a.to_string()), Verdict::Correct, "{k} {seed}");
            // Rounded to 4 significant digits (what the reveal shows) it still passes.
            let shown = format!("{:.3e}", a);
            if !q.exact() {
                assert_eq!(q.check(&shown), Verdict::Correct, "{k} {seed} {shown}");
            }
            let wrong = if a == 0.0 { 1.0 } else { a * 1.2 + 1.0 };
            assert!(
                matches!(q.check(&wrong.to_string()), Verdict::Wrong(_)),
                "{k} {seed}"
            );
            assert!(matches!(q.check("abc"), Verdict::Invalid(_)));
            assert!(matches!(q.check(""), Verdict::Invalid(_)));
        }
    }
}

#[test]
fn seeds_are_reproducible_and_vary() {
    for k in 1..=COUNT {
        assert_eq!(question(k, 7), question(k, 7));
        let distinct: std::collections::BTreeSet<String> =
            (1..40).map(|s| format!("{:?}", question(k, s))).collect();
        assert!(distinct.len() > 2, "exercise {k} draws too few variants");
    }
}

#[test]
fn tolerance_is_three_significant_digits() {
    assert!(accepts(0.3244, 0.3245, false));
    assert!(accepts(-4.595, -4.6, false));
    assert!(!accepts(0.3244, 0.33, false));
    assert!(!accepts(18.0, 18.5, true));
    // Full-width digits and a percent sign are read.
    let q = question(9, 0);
    let a = q.answer();
    assert_eq!(q.check(&format!("{a:.2}%")), Verdict::Correct);
    assert_eq!(question(4, 0).check("１８"), Verdict::Correct);
}

#[test]
fn hints_name_the_likely_slip() {
    let q = question(2, 0);
    let no_alpha = focal::focal_from_prob(0.2, 0.0, params(Alpha::Off, 2.0));
    assert_eq!(
        q.check(&no_alpha.to_string()),
        Verdict::Wrong("exercises.hint.forgot_alpha")
    );
    assert_eq!(
        question(4, 0).check("2"),
        Verdict::Wrong("exercises.hint.counted_positives")
    );
    assert_eq!(
        question(7, 0).check("4.595"),
        Verdict::Wrong("exercises.hint.sign")
    );
    // The post's cell from σ(x) skipped: FL(p = x).
    let q = question(5, 0);
    let Question::Cell { x, t } = q else { panic!() };
    let slip = focal::focal_from_prob(x, f64::from(t), post::post_params());
    assert_eq!(
        q.check(&slip.to_string()),
        Verdict::Wrong("exercises.hint.logit")
    );
}

#[test]
fn quadrant_rule_matches_the_worked_examples() {
    assert_eq!(quadrant(0.9, 1), 1);
    assert_eq!(quadrant(0.1, 0), 2);
    assert_eq!(quadrant(0.3, 1), 3);
    assert_eq!(quadrant(0.7, 0), 4);
}
