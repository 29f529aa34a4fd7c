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

/// Wraps MathML row content in a display `<math>` element.
pub fn block(content: &str) -> String {
    format!(r#"<math display="block"><mrow>{content}</mrow></math>"#)
}

/// Inline `<math>`.
pub fn inline(content: &str) -> String {
    format!("<math><mrow>{content}</mrow></math>")
}
