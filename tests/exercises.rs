//! The exercises' answers at seed 0 (the lessons' examples) against plain-Python values
//! (`python3 tools/exercises_reference.py`), and every exercise's check over many seeds.

use focal_loss_lab::data::exercises::{question, Verdict, COUNT};

/// Printed by tools/exercises_reference.py.
const REFERENCE: [(usize, f64); 9] = [
    (1, 0.0010536051565782623),
    (2, 0.006694306539426288),
    (3, 3.0),
    (4, 18.0),
    (5, 0.32437480884723024),
    (6, 0.2976365549817047),
    (7, -4.59511985013459),
    (8, 1.0409844131894634),
    (9, 15.024324369631692),
];

#[test]
fn seed_zero_answers_match_python() {
    assert_eq!(REFERENCE.len(), COUNT);
    for (k, want) in REFERENCE {
        let got = question(k, 0).answer();
        assert!(
            (got - want).abs() <= 1e-10 * want.abs().max(1.0),
            "exercise {k}: {got} vs {want}"
        );
    }
}

#[test]
fn answers_off_by_one_percent_are_rejected() {
    for k in 1..=COUNT {
        for seed in [0, 1, 2, 99, 4_294_967_295] {
            let q = question(k, seed);
            let a = q.answer();
            let off = if q.exact() { a + 1.0 } else { a * 1.01 };
            assert!(
                matches!(q.check(&off.to_string()), Verdict::Wrong(_)),
                "{k} {seed}"
            );
            let near = if q.exact() { a } else { a * 1.004 };
            assert_eq!(q.check(&near.to_string()), Verdict::Correct, "{k} {seed}");
        }
    }
}
