//! The state table and its URL form: defaults, round trips, and hostile queries.

use focal_loss_lab::math::focal::Alpha;
use focal_loss_lab::parse::{parse_number, parse_value};
use focal_loss_lab::state::{IgnoreReason, Lang, Params, XAxis, PARAMS};
use proptest::prelude::*;

#[test]
fn a_bare_url_opens_the_defaults_with_nothing_ignored() {
    let (p, ignored) = Params::from_query("");
    assert_eq!(p, Params::default());
    assert!(ignored.is_empty());
    assert_eq!(Params::default().to_query(), "");
}

#[test]
fn explorer_parameters_are_read() {
    let (p, ignored) = Params::from_query("?p=0.3&y=0&alpha=off&gamma=4.5&xaxis=p&lang=zh");
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!((p.p, p.y, p.alpha, p.gamma), (0.3, 0, Alpha::Off, 4.5));
    assert_eq!((p.xaxis, p.lang), (XAxis::P, Lang::Zh));
}

#[test]
fn every_parameter_round_trips_through_the_url() {
    let (mut p, _) =
        Params::from_query("p=0.123&y=0&alpha=0.7&gamma=0.3&yscale=log&theme=dark&mode=slides");
    p.gamma = 1.0 / 3.0; // a value with a long decimal expansion
    let (back, ignored) = Params::from_query(&p.to_query());
    assert!(ignored.is_empty());
    assert_eq!(back, p);
}

#[test]
fn names_are_unique() {
    let mut names: Vec<&str> = PARAMS.iter().map(|s| s.name).collect();
    names.sort();
    let n = names.len();
    names.dedup();
    assert_eq!(names.len(), n, "two parameters share a URL name");
}

#[test]
fn bad_parameters_fall_back_one_by_one_and_are_named() {
    let q = "p=abc&gamma=-1&alpha=1.5&y=7&xaxis=<script>alert(1)</script>&p=0.5&zzz=1&gamma=3";
    let (p, ignored) = Params::from_query(q);
    let d = Params::default();
    // The first *valid* occurrence of a name wins: p = 0.5 and γ = 3 after bad ones.
    assert_eq!(
        (p.p, p.gamma, p.alpha, p.y, p.xaxis),
        (0.5, 3.0, d.alpha, d.y, d.xaxis)
    );
    let reasons: Vec<(&str, IgnoreReason)> = ignored
        .iter()
        .map(|i| (i.name.as_str(), i.reason))
        .collect();
    assert_eq!(
        reasons,
        vec![
            ("p", IgnoreReason::Invalid),
            ("gamma", IgnoreReason::Invalid),
            ("alpha", IgnoreReason::Invalid),
            ("y", IgnoreReason::Invalid),
            ("xaxis", IgnoreReason::Invalid),
            ("zzz", IgnoreReason::Unknown),
        ]
    );
    // Each names what was used instead.
    assert_eq!(ignored[0].used.as_deref(), Some("0.5"));
    assert!(!ignored[0].used_default);
    assert_eq!(ignored[2].used.as_deref(), Some("0.25"));
    assert!(ignored[2].used_default);
    assert_eq!(ignored[5].used, None);
    // The script tag is kept as text (the page renders it as text, never HTML).
    assert!(ignored[4].value.starts_with("<script>"));
}

#[test]
fn duplicates_name_the_value_that_was_used() {
    // ?p=0.3&p=0.7: 0.3 is used, 0.7 ignored, and the notice says 0.3 was used.
    let (p, ignored) = Params::from_query("p=0.3&p=0.7");
    assert_eq!(p.p, 0.3);
    assert_eq!(ignored.len(), 1);
    assert_eq!(
        (ignored[0].value.as_str(), ignored[0].reason),
        ("0.7", IgnoreReason::Duplicate)
    );
    assert_eq!(ignored[0].used.as_deref(), Some("0.3"));
    assert!(!ignored[0].used_default);
    // ?p=0,5&p=0.3: a comma in a link value is a list separator, so 0,5 is invalid and the
    // valid 0.3 is used.
    let (p, ignored) = Params::from_query("p=0,5&p=0.3");
    assert_eq!(p.p, 0.3);
    assert_eq!(
        (ignored[0].value.as_str(), ignored[0].reason),
        ("0,5", IgnoreReason::Invalid)
    );
    assert_eq!(ignored[0].used.as_deref(), Some("0.3"));
    // Nothing valid: the default is used, and the notice says so.
    let (p, ignored) = Params::from_query("p=abc&p=2");
    assert_eq!(p.p, 0.9);
    assert!(ignored
        .iter()
        .all(|i| i.used_default && i.used.as_deref() == Some("0.9")));
}

#[test]
fn link_values_are_read_as_typed() {
    let (p, ignored) =
        Params::from_query("n=100,000&seed=4%20294%20967%20295&gamma=%EF%BC%93&x=-0&y=%EF%BC%90");
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(p.sim_n, 100_000);
    assert_eq!(p.sim_seed, 4_294_967_295);
    assert_eq!(p.gamma, 3.0);
    assert!(p.walk_x == 0.0 && p.walk_x.is_sign_positive());
    assert_eq!(p.y, 0);
    for bad in ["n=1.000", "n=1.5", "n=-1", "seed=4294967296", "y=2"] {
        let (_, ignored) = Params::from_query(bad);
        assert_eq!(ignored.len(), 1, "{bad}");
    }
}

#[test]
fn non_finite_and_percent_encoded_values() {
    for bad in ["NaN", "inf", "1e999", "-Infinity", ""] {
        let (p, ignored) = Params::from_query(&format!("gamma={bad}"));
        assert_eq!(p.gamma, 2.0, "{bad}");
        assert_eq!(ignored.len(), 1, "{bad}");
    }
    let (p, ignored) = Params::from_query("gamma=%33&lang=%7A%68&p=%zz");
    assert_eq!(p.gamma, 3.0);
    assert_eq!(p.lang, Lang::Zh);
    assert_eq!(ignored.len(), 1);
}

#[test]
fn a_100_kb_query_is_handled_and_previews_are_short() {
    let long = format!(
        "p={}&junk={}&gamma=1",
        "9".repeat(50_000),
        "x".repeat(50_000)
    );
    let (p, ignored) = Params::from_query(&long);
    assert_eq!(p.gamma, 1.0);
    assert_eq!(p.p, 0.9);
    assert_eq!(ignored.len(), 2);
    assert!(ignored
        .iter()
        .all(|i| i.value.chars().count() <= 41 && i.name.chars().count() <= 41));
}

fn valid(p: &Params) -> bool {
    // Re-reading a state's own query must give it back with nothing ignored.
    let (back, ignored) = Params::from_query(&p.to_query());
    ignored.is_empty()
        && back == *p
        && (0.001..=0.999).contains(&p.p)
        && (0.0..=10.0).contains(&p.gamma)
        && p.y <= 1
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any string at all: never panics, always a valid state.
    #[test]
    fn any_query_gives_a_valid_state(q in ".{0,300}") {
        let (p, _) = Params::from_query(&q);
        prop_assert!(valid(&p));
    }

    /// Queries made of real names with arbitrary values.
    #[test]
    fn known_names_with_any_values(pairs in proptest::collection::vec((0usize..PARAMS.len(), "[^&]{0,30}"), 0..12)) {
        let q: Vec<String> = pairs.iter().map(|(i, v)| format!("{}={}", PARAMS[*i].name, v)).collect();
        let (p, _) = Params::from_query(&q.join("&"));
        prop_assert!(valid(&p));
    }

    /// The number boxes' parser: a value in range or a reason, never a panic.
    #[test]
    fn number_parser_never_panics(s in ".{0,80}", lo in -10.0f64..0.0, hi in 0.0f64..10.0) {
        match parse_number(&s, lo, hi) {
            Ok(v) => prop_assert!(v.is_finite() && v >= lo && v <= hi),
            Err(e) => prop_assert!(!e.key().is_empty()),
        }
    }

    /// The table cells' parser (counts and seeds need whole numbers), on number-like text.
    #[test]
    fn cell_parser_never_panics(s in "[-+0-9.,eE −NaInfity ]{0,40}", whole: bool) {
        match parse_value(&s, -1e6, 1e6, whole) {
            Ok(v) => prop_assert!(v.is_finite() && v.abs() <= 1e6 && (!whole || v.fract() == 0.0)),
            Err(e) => prop_assert!(!e.key().is_empty()),
        }
    }
}

/// The README's URL table is generated from `PARAMS` (run with UPDATE_README=1 to rewrite it).
#[test]
fn readme_lists_every_url_parameter() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let (start, end) = ("<!-- params:start -->\n", "<!-- params:end -->");
    let a = readme.find(start).expect("start marker") + start.len();
    let b = readme.find(end).expect("end marker");
    let d = Params::default();
    let mut table = String::from("| name | meaning | default |\n|---|---|---|\n");
    for spec in PARAMS {
        table.push_str(&format!(
            "| `{}` | {} | `{}` |\n",
            spec.name,
            spec.help,
            (spec.get)(&d)
        ));
    }
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, format!("{}{}{}", &readme[..a], table, &readme[b..])).unwrap();
    } else {
        assert_eq!(
            &readme[a..b],
            table,
            "README URL table is stale: run UPDATE_README=1 cargo test --test state"
        );
    }
}
