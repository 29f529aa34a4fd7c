//! The cross-entropy forms as MathML with their numbers: form (1) and (2) of the softmax lesson
//! and form (3)'s per-class lines of the sigmoid lesson, which lesson 1 puts side by side.

use crate::ui::mathml::*;

/// Σ over i, with i under the sign.
pub const SUM_I: &str = "<munder><mo>∑</mo><mi>i</mi></munder>";

/// H(p, q) = −Σ_i p_i ln q_i
pub fn form1_general() -> String {
    format!(
        "<mi>H</mi>{}{EQ}{MINUS}{SUM_I}{}{}",
        paren(&format!(
            "{}<mo separator=\"true\">,</mo>{}",
            mi("p"),
            mi("q")
        )),
        sub("p", "i"),
        ln(&sub("q", "i"))
    )
}

/// −( t_cat ln q_cat + t_dog ln q_dog + t_horse ln q_horse ) = value, with the numbers in.
pub fn form1_values(names: &[&str], target: &[f64], q: &[f64], value: f64) -> String {
    let terms: Vec<String> = names
        .iter()
        .zip(target.iter().zip(q))
        .map(|(_, (&t, &qi))| format!("{}{DOT}{}", mn_in(t), ln(&mn_short(qi))))
        .collect();
    format!("{MINUS}{}{EQ}{}", paren(&terms.join(PLUS)), mn(value))
}

/// CE = −ln q_dog = −ln 0.7 = 0.3567
pub fn form2_values(dog: &str, q_dog: f64, value: f64) -> String {
    format!(
        "<mi>CE</mi>{EQ}{MINUS}{}{EQ}{MINUS}{}{EQ}{}",
        ln(&sub_text("q", dog)),
        ln(&mn_short(q_dog)),
        mn(value)
    )
}

/// −(y ln p + (1 − y) ln(1 − p)) = −(0 · ln 0.2 + 1 · ln 0.8) = 0.2231, the post's line for a class.
pub fn class_line(y: f64, p: f64, loss: f64) -> String {
    format!(
        "{MINUS}{}{EQ}{}",
        paren(&format!(
            "{}{DOT}{}{PLUS}{}{DOT}{}",
            mn_short(y),
            ln(&mn_short(p)),
            mn_in(1.0 - y),
            ln(&mn_in(1.0 - p))
        )),
        mn(loss)
    )
}

/// BCE_i = −(y_i ln p_i + (1 − y_i) ln(1 − p_i))
pub fn class_general() -> String {
    let (y, p) = (sub("y", "i"), sub("p", "i"));
    format!(
        "{}{EQ}{MINUS}{}",
        sub("BCE", "i"),
        paren(&format!(
            "{y}{}{PLUS}{}{}",
            ln(&p),
            one_minus(&y),
            ln(&one_minus(&p))
        ))
    )
}

/// loss = Σ_i BCE_i = a + b + c = total
pub fn total_line(per: &[f64], total: f64, loss: &str) -> String {
    let parts: Vec<String> = per.iter().map(|&v| mn(v)).collect();
    format!(
        "{}{EQ}<munder><mo>∑</mo><mi>i</mi></munder>{}{EQ}{}{EQ}{}",
        crate::ui::mathml::word(loss),
        sub("BCE", "i"),
        parts.join(PLUS),
        mn(total)
    )
}
