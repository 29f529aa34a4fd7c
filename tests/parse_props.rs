//! Property tests of the number parser (src/parse.rs): numbers as people type them.

use focal_loss_lab::parse::{parse_number, parse_url_number, parse_value, NumberError};
use proptest::prelude::*;

/// `n` with its thousands grouped by `sep` ("1,234,567").
fn grouped(n: u64, sep: &str) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// ASCII digits and punctuation to their full-width forms, as a Chinese input method types them.
fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
            ' ' => '\u{3000}',
            c => c,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    /// A whole number grouped by commas, spaces, no-break, thin or narrow no-break spaces, or
    /// typed full-width, is that number in a whole-number box.
    #[test]
    fn grouped_whole_numbers(n in 0u64..4_294_967_296, sep in prop::sample::select(vec![",", " ", "\u{A0}", "\u{2009}", "\u{202F}"]), wide: bool) {
        let mut s = grouped(n, sep);
        if wide {
            s = full_width(&s);
        }
        prop_assert_eq!(parse_value(&s, 0.0, 4_294_967_295.0, true), Ok(n as f64));
        prop_assert_eq!(parse_url_number(&s, true), Some(n as f64));
    }

    /// Space-grouped numbers are unambiguous in a decimal box too; several comma groups as well.
    #[test]
    fn grouped_in_decimal_boxes(n in 1_000_000u64..1_000_000_000_000, frac in 0u32..1000) {
        let v = format!("{}.{frac:03}", n).parse::<f64>().unwrap();
        let spaced = format!("{}.{frac:03}", grouped(n, " "));
        prop_assert_eq!(parse_number(&spaced, 0.0, 1e13), Ok(v));
        prop_assert_eq!(parse_number(&grouped(n, ","), 0.0, 1e13), Ok(n as f64));
    }

    /// One comma followed by exactly three digits in a decimal box: 1,000 or 1.000? A message
    /// naming both readings, never a silent guess.
    #[test]
    fn one_comma_three_digits_is_ambiguous(n in 1_000u64..1_000_000, neg: bool) {
        let sign = if neg { "-" } else { "" };
        let s = format!("{sign}{}", grouped(n, ","));
        let g = if neg { -(n as f64) } else { n as f64 };
        match parse_number(&s, -1e7, 1e7) {
            Err(NumberError::Ambiguous { grouped, decimal }) => {
                prop_assert_eq!(grouped, g);
                prop_assert!((decimal * 1000.0 - g).abs() < 1e-6);
            }
            other => prop_assert!(false, "{s}: {other:?}"),
        }
        // In a link's decimal field a comma is a list separator: refused.
        prop_assert_eq!(parse_url_number(&s, false), None);
    }

    /// A decimal comma where it cannot be a thousands separator: 0,5 / 12,34 / 1,2345.
    #[test]
    fn unambiguous_decimal_comma(int in 0u64..100_000, frac in "[0-9]{1,6}") {
        prop_assume!(frac.len() != 3 || int == 0);
        let v: f64 = format!("{int}.{frac}").parse().unwrap();
        prop_assert_eq!(parse_number(&format!("{int},{frac}"), 0.0, 1e6), Ok(v));
    }

    /// Any finite number, written by Rust and then in full-width forms (with 。 or ．), reads back.
    #[test]
    fn full_width_round_trip(v in -1e9f64..1e9, dot in prop::sample::select(vec!["．", "。"])) {
        let s = full_width(&v.to_string()).replace('．', dot);
        let got = parse_number(&s, -1e9, 1e9).unwrap();
        prop_assert_eq!(got, if v == 0.0 { 0.0 } else { v });
    }

    /// Zero in any spelling is +0: never "−0" downstream.
    #[test]
    fn minus_zero(minus in prop::sample::select(vec!["-", "−", "－", "+", ""]), zeros in "0{1,4}", frac in "(\\.0{1,3})?", exp in "(e[+-]?[0-9])?") {
        let s = format!("{minus}{zeros}{frac}{exp}");
        let v = parse_number(&s, -1.0, 1.0).unwrap();
        prop_assert!(v == 0.0 && v.is_sign_positive(), "{s}");
    }
}
