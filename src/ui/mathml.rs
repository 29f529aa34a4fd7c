//! Tiny helpers for typeset formulas. MathML Core renders natively in Chromium and Firefox;
//! formulas are built as static markup strings from trusted templates plus formatted numbers
//! (never user text). The snippets return row content; wrap it with [`block`] or [`inline`],
//! and keep a formula current with [`live`].

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

/// A number derived from typed inputs (1 − 0.8, not 0.19999999999999996): rounded to 10
/// significant decimals, then shown as typed ("0.2"), or to 4 significant digits if long.
pub fn mn_in(v: f64) -> String {
    mn_short(format::tidy(v))
}

/// [`format::precise`] as an `<mn>`.
pub fn mn_precise(v: f64) -> String {
    let s = format::precise(v);
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

/// An identifier.
pub fn mi(s: &str) -> String {
    format!("<mi>{s}</mi>")
}

/// A word in a formula, in the page's language ("loss", "损失"): upright text, not an
/// identifier.
pub fn word(s: &str) -> String {
    format!("<mtext>{s}</mtext>")
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
