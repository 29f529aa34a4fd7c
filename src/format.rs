//! How numbers are shown. Read-outs print rounded text; their `data-value` keeps the full f64.

use crate::math::focal::Alpha;

/// Rounded for reading: 4 significant digits, scientific below 1e-4 or from 1e6, `∞` for
/// +∞ (a documented value, e.g. −ln 0), and `—` for NaN (which the math core never returns).
pub fn num(v: f64) -> String {
    sig(v, 4)
}

/// `v` with `digits` significant digits.
pub fn sig(v: f64, digits: usize) -> String {
    if v.is_nan() {
        return "—".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "∞".into()
        } else {
            "−∞".into()
        };
    }
    if v == 0.0 {
        return "0".into();
    }
    let digits = digits.max(1);
    let mag = v.abs().log10().floor() as i32;
    if !(-4..6).contains(&mag) {
        let s = format!("{:.*e}", digits - 1, v);
        // 2.630e-4 → 2.630 × 10⁻⁴ is nicer, but plain e-notation copies into code cleanly.
        return s.replace('-', "−");
    }
    let decimals = (digits as i32 - 1 - mag).max(0) as usize;
    format!("{:.*}", decimals, v).replace('-', "−")
}

/// An input value as typed: the shortest form that reads back the same ("0.9", "2", "0.25"),
/// or 4 significant digits when that would be long.
pub fn short(v: f64) -> String {
    let s = format!("{v}");
    if v == 0.0 {
        return "0".into();
    }
    if v.is_finite() && s.len() <= 7 {
        s.replace('-', "−")
    } else {
        num(v)
    }
}

/// A limit or other exact number in a message: its shortest exact form (never rounded), the
/// integer part grouped by thousands with a narrow no-break space, and "−" for minus:
/// 0.001, 1 000 000, 4 294 967 295, −1 000. −0 is 0.
pub fn exact(v: f64) -> String {
    if !v.is_finite() {
        return num(v);
    }
    if v == 0.0 {
        return "0".into();
    }
    // `{}` never uses exponents for f64 and is the shortest text that reads back the same.
    let s = format!("{}", v.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let mut out = String::new();
    if v < 0.0 {
        out.push('−');
    }
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// A number as a box shows it, so that it reads back the same: Rust's shortest form ("0.9",
/// "100000", "-2"), but 0 for −0.
pub fn typed(v: f64) -> String {
    if v == 0.0 {
        "0".into()
    } else {
        v.to_string()
    }
}

/// `typed`, with the Unicode minus (for messages).
pub fn short_exact(v: f64) -> String {
    typed(v).replace('-', "−")
}

/// A count for display: "2", not "2.000".
pub fn whole(v: f64) -> String {
    format!("{}", v.round())
}

/// Fixed decimals, e.g. for the post's 4-decimal tables.
pub fn fixed(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return num(v);
    }
    format!("{:.*}", decimals, v).replace('-', "−")
}

/// A ratio such as CE/FL: "100×", "976.6×", "∞×".
pub fn times(v: f64) -> String {
    format!("{}×", ratio(v))
}

/// A ratio's number, 4 significant digits without trailing zeros: "400" (not "400.0"),
/// "533.3", "1.5"; for 中文's "仅为交叉熵的 1/400".
pub fn ratio(v: f64) -> String {
    let s = sig(v, 4);
    let (mantissa, exp) = s.split_at(s.find('e').unwrap_or(s.len()));
    if mantissa.contains('.') {
        format!(
            "{}{exp}",
            mantissa.trim_end_matches('0').trim_end_matches('.')
        )
    } else {
        s
    }
}

/// A share in [0, 1] as a percentage with one decimal.
pub fn percent(v: f64) -> String {
    if !v.is_finite() {
        return num(v);
    }
    format!("{:.1} %", v * 100.0)
}

/// `v` rounded to 10 decimals when finite (for display of input-derived numbers only).
pub fn tidy(v: f64) -> f64 {
    if v.is_finite() {
        format!("{v:.10}").parse().unwrap_or(v)
    } else {
        v
    }
}

/// Text for an input-derived number: `tidy`, then as typed (0.1, not 0.1000).
pub fn short_tidy(v: f64) -> String {
    short(tidy(v))
}

/// A result for read-outs and formulas: 4 significant digits, but 10 when the value is within
/// 5e-5 of 1 without being 1 (σ(17) = 0.9999999586 must not read "1.000"); exactly 1 reads "1".
pub fn precise(v: f64) -> String {
    if v == 1.0 {
        "1".into()
    } else if v.is_finite() && (v - 1.0).abs() < 5e-5 {
        sig(v, 10)
    } else {
        num(v)
    }
}

/// α as a bare value for a sentence that names it already: "0.25" (as typed), or `off_word`
/// (the translated "off") when α is off. Lessons 6–8 fill their "α = {alpha}" texts with it.
pub fn alpha_value(alpha: Alpha, off_word: &str) -> String {
    match alpha {
        Alpha::Off => off_word.to_string(),
        Alpha::On(a) => short(a),
    }
}

/// α as a self-contained label, in the notation of the charts' legends: "α = 0.25", or
/// "α off" / "α 关闭" in the page's language.
pub fn alpha_label(alpha: Alpha, lang: crate::i18n::Lang) -> String {
    match alpha {
        Alpha::Off => crate::i18n::tr(lang, "explorer.alpha_off_text").into(),
        Alpha::On(v) => format!("α = {}", short(v)),
    }
}

/// A read-out of the naive FCOS code, which (like PyTorch) gives NaN where w = 0 meets an
/// infinite log: the text says why.
pub fn num_or_zero_times_inf(v: f64) -> String {
    if v.is_nan() {
        "NaN (0 · ∞)".into()
    } else {
        num(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn naive_nan_says_why() {
        assert_eq!(num_or_zero_times_inf(f64::NAN), "NaN (0 · ∞)");
        assert_eq!(num_or_zero_times_inf(0.5), num(0.5));
    }

    #[test]
    fn rounding() {
        assert_eq!(num(0.356675), "0.3567");
        assert_eq!(num(0.000263), "0.0002630");
        assert_eq!(num(0.0000263), "2.630e−5");
        assert_eq!(num(100.0), "100.0");
        assert_eq!(num(f64::INFINITY), "∞");
        assert_eq!(num(-1.5), "−1.500");
        assert_eq!(times(976.5625), "976.6×");
        assert_eq!(percent(0.25), "25.0 %");
        assert_eq!(fixed(0.41811, 4), "0.4181");
        assert_eq!(short(0.9), "0.9");
        assert_eq!(short(2.0), "2");
        assert_eq!(short(1.0 / 3.0), "0.3333");
        assert_eq!(whole(2.0), "2");
        assert_eq!(whole(12.4), "12");
    }

    #[test]
    fn exact_limits() {
        assert_eq!(exact(0.001), "0.001");
        assert_eq!(exact(0.999), "0.999");
        assert_eq!(exact(1e6), "1\u{202F}000\u{202F}000");
        assert_eq!(exact(4_294_967_295.0), "4\u{202F}294\u{202F}967\u{202F}295");
        assert_eq!(exact(-1000.0), "−1\u{202F}000");
        assert_eq!(exact(-10_000.0), "−10\u{202F}000");
        assert_eq!(exact(12345.678), "12\u{202F}345.678");
        assert_eq!(exact(-0.0), "0");
        assert_eq!(exact(10.0), "10");
        assert_eq!(short(-0.0), "0");
    }

    #[test]
    fn input_derived_and_precise() {
        assert_eq!(tidy(f64::INFINITY), f64::INFINITY);
        assert_eq!(short_tidy(0.3 / 3.0), "0.1");
        assert_eq!(short_tidy(1.0 - 0.8), "0.2");
        assert_eq!(precise(1.0 / (1.0 + (-17.0f64).exp())), "0.9999999586");
        assert_eq!(precise(1.0), "1");
        assert_eq!(precise(0.25), "0.2500");
    }

    #[test]
    fn alpha_texts() {
        assert_eq!(alpha_value(Alpha::On(0.25), "off"), "0.25");
        assert_eq!(alpha_value(Alpha::Off, "关闭"), "关闭");
        assert_eq!(alpha_label(Alpha::On(0.25), Lang::En), "α = 0.25");
        assert_eq!(alpha_label(Alpha::On(1.0), Lang::En), "α = 1");
        assert_eq!(alpha_label(Alpha::Off, Lang::En), "α off");
        assert_eq!(alpha_label(Alpha::Off, Lang::Zh), "α 关闭");
    }

    #[test]
    fn ratios_drop_trailing_zeros() {
        assert_eq!(ratio(400.0), "400");
        assert_eq!(ratio(100.0), "100");
        assert_eq!(ratio(1000.0 / 1.875), "533.3");
        assert_eq!(ratio(1.5), "1.5");
        assert_eq!(ratio(1.0), "1");
        assert_eq!(ratio(f64::INFINITY), "∞");
        assert_eq!(ratio(4.0e6), "4e6");
        assert_eq!(ratio(3.2e6), "3.2e6");
        assert_eq!(times(400.0), "400×");
    }
}
