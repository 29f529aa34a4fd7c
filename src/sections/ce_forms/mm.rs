//! MathML snippets shared by lessons 1–5 (trusted templates + formatted numbers only; never
//! user text). Each returns row content; wrap it with `ui::mathml::block` or `inline`.

pub use crate::ui::mathml::{block, inline, mn, mn_short, LN};

/// A number derived from typed inputs (1 − 0.8, not 0.19999999999999996): rounded to 10
/// significant decimals, then shown as typed ("0.2"), or to 4 significant digits if long.
pub fn mn_in(v: f64) -> String {
    mn_short(tidy(v))
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
    crate::format::short(tidy(v))
}

/// A result for read-outs and formulas: 4 significant digits, but 10 when the value is within
/// 5e-5 of 1 without being 1 (σ(17) = 0.9999999586 must not read "1.000"); exactly 1 reads "1".
pub fn precise(v: f64) -> String {
    if v == 1.0 {
        "1".into()
    } else if v.is_finite() && (v - 1.0).abs() < 5e-5 {
        crate::format::sig(v, 10)
    } else {
        crate::format::num(v)
    }
}

/// [`precise`] as an `<mn>`.
pub fn mn_precise(v: f64) -> String {
    let s = precise(v);
    match s.strip_prefix('−') {
        Some(rest) => format!("<mo>−</mo><mn>{rest}</mn>"),
        None => format!("<mn>{s}</mn>"),
    }
}

/// An identifier.
pub fn mi(s: &str) -> String {
    format!("<mi>{s}</mi>")
}

/// `base` with an identifier subscript, e.g. q_dog, p_t.
pub fn sub(base: &str, s: &str) -> String {
    format!("<msub><mi>{base}</mi><mi>{s}</mi></msub>")
}

/// `base` with a text subscript (a class name).
pub fn sub_text(base: &str, s: &str) -> String {
    format!("<msub><mi>{base}</mi><mtext>{s}</mtext></msub>")
}

/// ( inner )
pub fn paren(inner: &str) -> String {
    format!("<mrow><mo>(</mo>{inner}<mo>)</mo></mrow>")
}

/// [ a, b ]: a two-class distribution.
pub fn pair(a: &str, b: &str) -> String {
    format!("<mrow><mo>[</mo>{a}<mo separator=\"true\">,</mo>{b}<mo>]</mo></mrow>")
}

/// (1 − x)
pub fn one_minus(x: &str) -> String {
    paren(&format!("<mn>1</mn><mo>−</mo>{x}"))
}

/// base^exp; `base` should be one element (use `paren` for a sum).
pub fn pow(base: &str, exp: &str) -> String {
    format!("<msup>{base}<mrow>{exp}</mrow></msup>")
}

/// ln x
pub fn ln(x: &str) -> String {
    format!("<mrow>{LN}{x}</mrow>")
}

/// −
pub const MINUS: &str = "<mo>−</mo>";
/// =
pub const EQ: &str = "<mo>=</mo>";
/// +
pub const PLUS: &str = "<mo>+</mo>";
/// ·
pub const DOT: &str = "<mo>·</mo>";

/// One row of a piecewise definition: the expression and its condition (e.g. `t = 1`).
pub struct Case {
    pub expr: String,
    pub cond: String,
}

/// A left-braced piecewise definition. The row `active` (the branch the current input takes)
/// also shows `= value` and a ◀ mark, so the cue is not colour alone; `if_word` is the
/// translated "if".
pub fn cases(rows: &[Case], active: usize, value: &str, if_word: &str) -> String {
    let body: String = rows
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (class, tail) = if i == active {
                (
                    " class=\"active\"",
                    format!("{EQ}{value}<mspace width=\"0.6em\"></mspace><mo>◀</mo>"),
                )
            } else {
                ("", String::new())
            };
            format!(
                "<mtr{class}><mtd><mrow>{}{tail}</mrow></mtd>\
                 <mtd><mspace width=\"1em\"></mspace><mtext>{if_word}</mtext><mspace width=\"0.4em\"></mspace>{}</mtd></mtr>",
                c.expr, c.cond
            )
        })
        .collect();
    format!("<mrow><mo>{{</mo><mtable>{body}</mtable></mrow>")
}

/// `name = value` conditions such as `t = 1`.
pub fn cond(name: &str, v: u8) -> String {
    format!("<mi>{name}</mi><mo>=</mo><mn>{v}</mn>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_mark_only_the_active_row() {
        let rows = [
            Case {
                expr: mi("p"),
                cond: cond("t", 1),
            },
            Case {
                expr: one_minus(&mi("p")),
                cond: cond("t", 0),
            },
        ];
        let m = cases(&rows, 1, &mn(0.25), "if");
        assert_eq!(m.matches("◀").count(), 1);
        assert_eq!(m.matches("<mtr").count(), 2);
        let second = m.split("<mtr").nth(2).unwrap();
        assert!(second.contains("◀") && second.contains("0.2500"));
        assert!(m.starts_with("<mrow><mo>{</mo><mtable>"));
    }

    #[test]
    fn input_derived_numbers_read_as_typed() {
        assert_eq!(mn_in(1.0 - 0.8), "<mn>0.2</mn>");
        assert_eq!(mn_in(1.0 / 3.0), "<mn>0.3333</mn>");
        assert_eq!(tidy(f64::INFINITY), f64::INFINITY);
        assert_eq!(short_tidy(0.3 / 3.0), "0.1");
        assert_eq!(precise(1.0 / (1.0 + (-17.0f64).exp())), "0.9999999586");
        assert_eq!(precise(1.0), "1");
        assert_eq!(precise(0.25), "0.2500");
        assert_eq!(mn_precise(-0.5), "<mo>−</mo><mn>0.5000</mn>");
    }

    #[test]
    fn snippets() {
        assert_eq!(
            paren("<mi>x</mi>"),
            "<mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow>"
        );
        assert_eq!(sub("p", "t"), "<msub><mi>p</mi><mi>t</mi></msub>");
        assert!(ln(&mi("p")).contains("<mi>ln</mi>"));
    }
}
