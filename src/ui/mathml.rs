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

/// The markup with the contents of every `<mn>` left out: two formulas with the same skeleton
/// differ only in their numbers.
fn skeleton(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(i) = rest.find("<mn>") {
        out.push_str(&rest[..i + 4]);
        rest = &rest[i + 4..];
        match rest.find("</mn>") {
            Some(j) => rest = &rest[j..],
            None => break,
        }
    }
    out.push_str(rest);
    out
}

/// The contents of every `<mn>`, in order.
fn numbers(markup: &str) -> Vec<&str> {
    markup
        .split("<mn>")
        .skip(1)
        .filter_map(|s| s.split("</mn>").next())
        .collect()
}

/// Keeps `node`'s content equal to the MathML markup `content` returns. When only numbers
/// changed (a slider move), the `<mn>` text nodes are updated in place; the formula is
/// parsed and laid out anew only when its shape changes.
pub fn live(
    node: leptos::prelude::NodeRef<leptos::html::Div>,
    content: impl Fn() -> String + 'static,
) {
    use leptos::prelude::*;
    let shape = StoredValue::new(String::new());
    Effect::new(move |_| {
        let markup = content();
        let Some(el) = node.get() else { return };
        let sk = skeleton(&markup);
        let mns = el.get_elements_by_tag_name("mn");
        let nums = numbers(&markup);
        if shape.with_value(|s| *s == sk) && mns.length() as usize == nums.len() {
            for (i, n) in nums.iter().enumerate() {
                if let Some(mn) = mns.item(i as u32) {
                    if mn.text_content().as_deref() != Some(*n) {
                        mn.set_text_content(Some(n));
                    }
                }
            }
        } else {
            el.set_inner_html(&markup);
            shape.set_value(sk);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeleton_keeps_the_shape_and_drops_the_numbers() {
        let a = "<mi>x</mi><mo>=</mo><mn>0.9</mn><mo>·</mo><mn>2</mn>";
        let b = "<mi>x</mi><mo>=</mo><mn>0.75</mn><mo>·</mo><mn>3</mn>";
        assert_eq!(skeleton(a), skeleton(b));
        assert_eq!(
            skeleton(a),
            "<mi>x</mi><mo>=</mo><mn></mn><mo>·</mo><mn></mn>"
        );
        assert_eq!(numbers(b), vec!["0.75", "3"]);
        assert_ne!(skeleton(a), skeleton("<mo>−</mo><mn>0.9</mn>"));
    }
}
