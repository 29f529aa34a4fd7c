//! Typed values from text boxes and links. Pure: every outcome is a value or a reason, never a
//! panic.
//!
//! Numbers are read as people type them:
//! - full-width digits and punctuation (what Chinese input methods produce: `０．５`, `0。5`,
//!   `－１`, `１，０００`, `ｅ`) read as their ASCII forms, and the Unicode minus `−` as `-`;
//! - thousands may be grouped by spaces (also no-break, thin and narrow no-break spaces):
//!   `100 000`, or by commas: `100,000`, `1,000,000`;
//! - a comma is a decimal separator only where it cannot be a thousands separator (`0,5`,
//!   `12,34`, `1 000,5`); an entry that could be either (`1,000` where a decimal is allowed,
//!   or `1.000` where a whole number is asked) is refused with a message naming both readings;
//! - `-0` is 0.

/// Why a typed number was refused (shown inline; the last good value stays).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberError {
    Empty,
    NotANumber,
    /// Parsed, but ±∞ or NaN (e.g. "1e999", "NaN", "Infinity").
    NotFinite,
    OutOfRange {
        min: f64,
        max: f64,
        /// The box asks for a whole number (the message says so).
        whole: bool,
    },
    /// A whole number was needed (a count, a seed).
    NotWhole,
    /// The separator could be a thousands separator (`grouped`) or a decimal one (`decimal`):
    /// "1,000" in a box that accepts decimals, "1.000" in a whole-number box.
    Ambiguous {
        grouped: f64,
        decimal: f64,
    },
}

impl NumberError {
    /// The i18n key of the message.
    pub fn key(self) -> &'static str {
        match self {
            NumberError::Empty => "input.empty",
            NumberError::NotANumber => "input.nan",
            NumberError::NotFinite => "input.not_finite",
            NumberError::OutOfRange { whole: false, .. } => "input.range",
            NumberError::OutOfRange { min: 0.0, .. } => "input.range_whole_upto",
            NumberError::OutOfRange { .. } => "input.range_whole",
            NumberError::NotWhole => "input.whole",
            NumberError::Ambiguous { .. } => "input.ambiguous",
        }
    }
}

/// Longest text we try to read as a number; longer input is refused without parsing.
const MAX_LEN: usize = 64;

/// Full-width forms (U+FF01–U+FF5E) to ASCII, the ideographic full stop to `.`, the Unicode
/// minus to `-`, and every space-like character to a plain space.
pub fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '。' | '｡' => '.',
            '−' | '﹣' | '‒' | '–' => '-',
            '﹢' => '+',
            '\u{00A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}' | '\u{3000}' | '\t' => ' ',
            c => c,
        })
        .collect()
}

/// Where the text comes from: a box (a comma may be a decimal comma) or a link (commas
/// separate list items, so in a decimal field a comma is never read as a decimal comma).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Box,
    Url,
}

/// True if `s` is digits grouped by `sep` the way thousands are written: a first group of
/// 1–3 digits not starting with 0, then groups of exactly 3 (at least one separator).
fn grouped_by(s: &str, sep: char) -> bool {
    let mut groups = s.split(sep);
    let Some(first) = groups.next() else {
        return false;
    };
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let mut n = 0;
    for g in groups {
        if g.len() != 3 || !digits(g) {
            return false;
        }
        n += 1;
    }
    n > 0 && (1..=3).contains(&first.len()) && digits(first) && !first.starts_with('0')
}

/// Digits, optionally grouped by spaces. Returns the bare digits.
fn integer_part(s: &str) -> Option<String> {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return Some(s.to_string());
    }
    grouped_by(s, ' ').then(|| s.replace(' ', ""))
}

/// Digits, optionally grouped by commas (thousands). Returns the bare digits.
fn comma_grouped(s: &str) -> Option<String> {
    grouped_by(s, ',').then(|| s.replace(',', ""))
}

fn digits_only(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

/// The two readings of a mantissa: as written with its separators interpreted.
enum Mantissa {
    One(String),
    /// (thousands reading, decimal reading), both canonical ASCII.
    Two(String, String),
}

/// A mantissa (no sign, no exponent) to canonical ASCII ("1234.5"), or None if malformed.
fn mantissa(m: &str, whole: bool, src: Source) -> Option<Mantissa> {
    let dots = m.matches('.').count();
    let commas = m.matches(',').count();
    let join = |int: &str, frac: &str| {
        if frac.is_empty() {
            int.to_string()
        } else {
            format!("{int}.{frac}")
        }
    };
    if dots > 1 {
        return None;
    }
    if dots == 1 {
        let (int, frac) = m.split_once('.')?;
        if !digits_only(frac) || (int.is_empty() && frac.is_empty()) {
            return None;
        }
        let int = if commas > 0 {
            comma_grouped(int)?
        } else {
            integer_part(int)?
        };
        // "1.000" where a whole number is asked: 1 or 1000?
        if whole
            && frac.len() == 3
            && commas == 0
            && !int.is_empty()
            && int.len() <= 3
            && !int.starts_with('0')
            && !m.contains(' ')
        {
            return Some(Mantissa::Two(format!("{int}{frac}"), join(&int, frac)));
        }
        return Some(Mantissa::One(join(&int, frac)));
    }
    match commas {
        0 => integer_part(m).filter(|s| !s.is_empty()).map(Mantissa::One),
        1 => {
            let (int, frac) = m.split_once(',')?;
            let thousands = (!m.contains(' ')).then(|| comma_grouped(m)).flatten();
            let decimal = (src == Source::Box && !frac.is_empty() && digits_only(frac))
                .then(|| integer_part(int))
                .flatten()
                .map(|int| join(&int, frac));
            match (thousands, decimal) {
                (Some(t), Some(_)) if whole => Some(Mantissa::One(t)),
                (Some(t), Some(d)) => Some(Mantissa::Two(t, d)),
                (Some(t), None) if whole || src == Source::Box => Some(Mantissa::One(t)),
                (_, Some(d)) => Some(Mantissa::One(d)),
                _ => None,
            }
        }
        // Several commas can only be thousands separators.
        _ if whole || src == Source::Box => comma_grouped(m).map(Mantissa::One),
        _ => None,
    }
}

fn finite(s: &str) -> Result<f64, NumberError> {
    let v: f64 = s.parse().map_err(|_| NumberError::NotANumber)?;
    if !v.is_finite() {
        return Err(NumberError::NotFinite);
    }
    // -0 is 0: never "−0" or "ln −0" downstream.
    Ok(if v == 0.0 { 0.0 } else { v })
}

/// Reads a finite number, no range check. `whole` changes how separators are read (a comma
/// there is a thousands separator when it can be), not whether a fraction is refused.
fn read(text: &str, whole: bool, src: Source) -> Result<f64, NumberError> {
    let t = normalise(text);
    let t = t.trim();
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    if t.chars().count() > MAX_LEN {
        return Err(NumberError::NotANumber);
    }
    let lower = t.to_ascii_lowercase();
    let word = lower.trim_start_matches(['+', '-']);
    if ["nan", "inf", "infinity"].contains(&word) {
        return Err(NumberError::NotFinite);
    }
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", t.strip_prefix('+').unwrap_or(t)),
    };
    let (m, exp) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let exp_ok = {
        let d = exp.strip_prefix(['+', '-']).unwrap_or(exp);
        !d.is_empty() && digits_only(d)
    };
    if body.len() != m.len() && !exp_ok {
        return Err(NumberError::NotANumber);
    }
    let exp = if exp.is_empty() {
        String::new()
    } else {
        format!("e{exp}")
    };
    match mantissa(m, whole, src).ok_or(NumberError::NotANumber)? {
        Mantissa::One(s) => finite(&format!("{sign}{s}{exp}")),
        Mantissa::Two(g, d) => Err(NumberError::Ambiguous {
            grouped: finite(&format!("{sign}{g}{exp}"))?,
            decimal: finite(&format!("{sign}{d}{exp}"))?,
        }),
    }
}

/// Parses a finite number in [min, max] typed in a box that accepts decimals.
pub fn parse_number(text: &str, min: f64, max: f64) -> Result<f64, NumberError> {
    parse_value(text, min, max, false)
}

/// Parses a typed number in [min, max]; if `whole`, a whole number (commas group thousands).
pub fn parse_value(text: &str, min: f64, max: f64, whole: bool) -> Result<f64, NumberError> {
    let v = read(text, whole, Source::Box)?;
    if v < min || v > max {
        return Err(NumberError::OutOfRange { min, max, whole });
    }
    if whole && v.fract() != 0.0 {
        return Err(NumberError::NotWhole);
    }
    Ok(v)
}

/// A number from a link. Full-width forms and space grouping as in a box; a comma is a
/// thousands separator in a whole-number field and refused in a decimal one (links separate
/// list items with commas, so `p=0,5` could be a list). Ambiguous and non-finite text → None.
pub fn parse_url_number(text: &str, whole: bool) -> Option<f64> {
    let v = read(text, whole, Source::Url).ok()?;
    (!whole || v.fract() == 0.0).then_some(v)
}

#[cfg(test)]
mod tests;
