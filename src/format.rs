//! How numbers are shown. Read-outs print rounded text; their `data-value` keeps the full f64.

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
    if v.is_finite() && s.len() <= 7 {
        s.replace('-', "−")
    } else {
        num(v)
    }
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
    format!("{}×", sig(v, 4))
}

/// A share in [0, 1] as a percentage with one decimal.
pub fn percent(v: f64) -> String {
    if !v.is_finite() {
        return num(v);
    }
    format!("{:.1} %", v * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
