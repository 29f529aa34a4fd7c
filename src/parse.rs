//! Typed values from text boxes. Pure: every outcome is a value or a reason, never a panic.

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
    },
    /// A whole number was needed (a count, a seed).
    NotWhole,
}

impl NumberError {
    /// The i18n key of the message.
    pub fn key(self) -> &'static str {
        match self {
            NumberError::Empty => "input.empty",
            NumberError::NotANumber => "input.nan",
            NumberError::NotFinite => "input.not_finite",
            NumberError::OutOfRange { .. } => "input.range",
            NumberError::NotWhole => "input.whole",
        }
    }
}

/// Longest text we try to read as a number; longer input is refused without parsing.
const MAX_LEN: usize = 64;

/// Parses a finite number in [min, max]. Accepts a leading '+', surrounding spaces, a comma
/// decimal separator ("0,5") and the Unicode minus "−".
pub fn parse_number(text: &str, min: f64, max: f64) -> Result<f64, NumberError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    if t.len() > MAX_LEN {
        return Err(NumberError::NotANumber);
    }
    let t = t.replace('−', "-").replace(',', ".");
    let lower = t.to_ascii_lowercase();
    if [
        "nan",
        "inf",
        "+inf",
        "-inf",
        "infinity",
        "+infinity",
        "-infinity",
    ]
    .contains(&lower.as_str())
    {
        return Err(NumberError::NotFinite);
    }
    let v: f64 = t.parse().map_err(|_| NumberError::NotANumber)?;
    if !v.is_finite() {
        return Err(NumberError::NotFinite);
    }
    if v < min || v > max {
        return Err(NumberError::OutOfRange { min, max });
    }
    Ok(v)
}

/// `parse_number`, then, if `whole`, a whole-number check.
pub fn parse_value(text: &str, min: f64, max: f64, whole: bool) -> Result<f64, NumberError> {
    let v = parse_number(text, min, max)?;
    if whole && v.fract() != 0.0 {
        return Err(NumberError::NotWhole);
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            Err(NumberError::OutOfRange { .. })
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
    }
}
