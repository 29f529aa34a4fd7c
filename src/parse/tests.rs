//! The number parsers' tests: accepted and refused forms (thousands, commas, full-width,
//! −0), URL values and message keys.

use super::*;

fn ok(s: &str) -> Result<f64, NumberError> {
    parse_number(s, -1e12, 1e12)
}
fn whole(s: &str) -> Result<f64, NumberError> {
    parse_value(s, 0.0, 1e12, true)
}

#[test]
fn accepts_and_refuses() {
    assert_eq!(parse_number(" 0.5 ", 0.0, 1.0), Ok(0.5));
    assert_eq!(parse_number("0,25", 0.0, 1.0), Ok(0.25));
    assert_eq!(parse_number("−1", -2.0, 1.0), Ok(-1.0));
    assert_eq!(parse_number("", 0.0, 1.0), Err(NumberError::Empty));
    assert_eq!(parse_number("abc", 0.0, 1.0), Err(NumberError::NotANumber));
    assert_eq!(parse_number("-", 0.0, 1.0), Err(NumberError::NotANumber));
    assert_eq!(parse_number("1e999", 0.0, 1.0), Err(NumberError::NotFinite));
    assert_eq!(parse_number("NaN", 0.0, 1.0), Err(NumberError::NotFinite));
    assert_eq!(
        parse_number("Infinity", 0.0, 1.0),
        Err(NumberError::NotFinite)
    );
    assert!(matches!(
        parse_number("2", 0.0, 1.0),
        Err(NumberError::OutOfRange { whole: false, .. })
    ));
    assert_eq!(
        parse_number(&"9".repeat(10_000), 0.0, 1.0),
        Err(NumberError::NotANumber)
    );
    assert_eq!(parse_number("猫", 0.0, 1.0), Err(NumberError::NotANumber));
    assert_eq!(
        parse_value("2.5", 0.0, 9.0, true),
        Err(NumberError::NotWhole)
    );
    assert_eq!(parse_value("3", 0.0, 9.0, true), Ok(3.0));
    assert_eq!(ok("1e-3"), Ok(0.001));
    assert_eq!(ok("+.5"), Ok(0.5));
    assert_eq!(ok("2E+2"), Ok(200.0));
    assert_eq!(ok("1e"), Err(NumberError::NotANumber));
    assert_eq!(ok("1 2"), Err(NumberError::NotANumber));
    assert_eq!(ok("1,2,3"), Err(NumberError::NotANumber));
    assert_eq!(ok("0x10"), Err(NumberError::NotANumber));
}

#[test]
fn thousands_in_whole_number_boxes() {
    assert_eq!(whole("100,000"), Ok(100_000.0));
    assert_eq!(whole("100 000"), Ok(100_000.0));
    assert_eq!(whole("100\u{00A0}000"), Ok(100_000.0));
    assert_eq!(whole("100\u{2009}000"), Ok(100_000.0));
    assert_eq!(whole("100\u{202F}000"), Ok(100_000.0));
    assert_eq!(whole("1,000,000"), Ok(1e6));
    assert_eq!(whole("4 294 967 295"), Ok(4_294_967_295.0));
    assert_eq!(whole("1,000"), Ok(1000.0));
    // Not a grouping: a decimal comma, so not whole.
    assert_eq!(whole("1,5"), Err(NumberError::NotWhole));
    assert_eq!(whole("10,00"), Ok(10.0));
    assert_eq!(whole("1,0000"), Ok(1.0));
    assert_eq!(whole("10 00"), Err(NumberError::NotANumber));
    assert_eq!(whole("1,00,000"), Err(NumberError::NotANumber));
    // "1.000" in a whole-number box: 1 or 1000?
    assert_eq!(
        whole("1.000"),
        Err(NumberError::Ambiguous {
            grouped: 1000.0,
            decimal: 1.0
        })
    );
    assert_eq!(whole("1.0"), Ok(1.0));
    assert_eq!(whole("1,000.0"), Ok(1000.0));
    assert!(matches!(
        parse_value("1,000,001", 1.0, 1e6, true),
        Err(NumberError::OutOfRange { whole: true, .. })
    ));
}

#[test]
fn commas_in_decimal_boxes() {
    assert_eq!(ok("0,5"), Ok(0.5));
    assert_eq!(ok("12,34"), Ok(12.34));
    assert_eq!(ok("0,500"), Ok(0.5));
    assert_eq!(ok("1,2345"), Ok(1.2345));
    assert_eq!(ok(",5"), Ok(0.5));
    assert_eq!(ok("1 000,5"), Ok(1000.5));
    assert_eq!(ok("1,000.5"), Ok(1000.5));
    assert_eq!(ok("1,000,000"), Ok(1e6));
    assert_eq!(ok("100 000"), Ok(1e5));
    assert_eq!(
        ok("1,000"),
        Err(NumberError::Ambiguous {
            grouped: 1000.0,
            decimal: 1.0
        })
    );
    assert_eq!(
        ok("-2,500"),
        Err(NumberError::Ambiguous {
            grouped: -2500.0,
            decimal: -2.5
        })
    );
    // Ambiguous even when only one reading is in range: never a silent guess.
    assert!(matches!(
        parse_number("1,500", 0.0, 10.0),
        Err(NumberError::Ambiguous { .. })
    ));
    assert_eq!(ok("5,"), Err(NumberError::NotANumber));
    assert_eq!(ok("1,5.5"), Err(NumberError::NotANumber));
}

#[test]
fn full_width_forms() {
    assert_eq!(ok("０．５"), Ok(0.5));
    assert_eq!(ok("0。5"), Ok(0.5));
    assert_eq!(ok("０。５"), Ok(0.5));
    assert_eq!(ok("－０．２５"), Ok(-0.25));
    assert_eq!(ok("＋３"), Ok(3.0));
    assert_eq!(ok("１ｅ－３"), Ok(0.001));
    assert_eq!(ok("２Ｅ２"), Ok(200.0));
    assert_eq!(ok("０，５"), Ok(0.5));
    assert_eq!(whole("１００，０００"), Ok(1e5));
    assert_eq!(whole("１００\u{3000}０００"), Ok(1e5));
    assert_eq!(ok("\u{3000}0.5\u{3000}"), Ok(0.5));
    assert_eq!(ok("ＮａＮ"), Err(NumberError::NotFinite));
}

#[test]
fn minus_zero_is_zero() {
    for s in ["-0", "−0", "-0.0", "－０", "-0e5", "+0"] {
        let v = ok(s).unwrap();
        assert!(v == 0.0 && v.is_sign_positive(), "{s}");
    }
    let v = parse_url_number("-0", false).unwrap();
    assert!(v.is_sign_positive());
}

#[test]
fn url_values() {
    assert_eq!(parse_url_number("0.5", false), Some(0.5));
    assert_eq!(parse_url_number("０．５", false), Some(0.5));
    // In a link a comma separates list items: never a decimal comma in a decimal field.
    assert_eq!(parse_url_number("0,5", false), None);
    assert_eq!(parse_url_number("1,000", false), None);
    assert_eq!(parse_url_number("100,000", true), Some(1e5));
    assert_eq!(parse_url_number("100 000", true), Some(1e5));
    assert_eq!(parse_url_number("1.000", true), None);
    assert_eq!(parse_url_number("1.5", true), None);
    assert_eq!(parse_url_number("NaN", false), None);
    assert_eq!(parse_url_number("1e999", false), None);
}

#[test]
fn message_keys() {
    let r = |min, whole| NumberError::OutOfRange {
        min,
        max: 9.0,
        whole,
    };
    assert_eq!(r(0.0, false).key(), "input.range");
    assert_eq!(r(1.0, true).key(), "input.range_whole");
    assert_eq!(r(0.0, true).key(), "input.range_whole_upto");
}
