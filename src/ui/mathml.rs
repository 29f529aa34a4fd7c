//! Tiny helpers for typeset formulas. MathML Core renders natively in Chromium and Firefox;
//! formulas are built as static markup strings from trusted templates plus formatted numbers.

use crate::format;

/// A number as an `<mn>`; negative numbers get a separate minus operator.
pub fn mn(v: f64) -> String {
    let s = format::num(v);
    match s.strip_prefix('−') {
        Some(rest) => format!("<mo>−</mo><mn>{rest}</mn>"),
        None => format!("<mn>{s}</mn>"),
    }
}

/// An input value as typed ("0.9", not "0.9000").
pub fn mn_short(v: f64) -> String {
    let s = format::short(v);
    match s.strip_prefix('−') {
        Some(rest) => format!("<mo>−</mo><mn>{rest}</mn>"),
        None => format!("<mn>{s}</mn>"),
    }
}

/// The natural log operator followed by a thin space.
pub const LN: &str = "<mi>ln</mi><mo>\u{2061}</mo><mspace width=\"0.17em\"></mspace>";

/// Wraps MathML row content in a display `<math>` element.
pub fn block(content: &str) -> String {
    format!(r#"<math display="block"><mrow>{content}</mrow></math>"#)
}

/// Inline `<math>`.
pub fn inline(content: &str) -> String {
    format!("<math><mrow>{content}</mrow></math>")
}
