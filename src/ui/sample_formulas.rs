//! One sample's CE and FL as MathML, with its numbers: the explorer's read-out formulas, which
//! lesson 5 (α-balanced CE → FL) arrives at too.

use crate::models::explorer::{Inputs, Point};
use crate::ui::mathml::{block, mn, mn_short, LN};

/// CE = −ln p_t = −ln 0.9 = 0.1054 (MathML row content).
pub fn ce_formula(pt: &Point) -> String {
    format!(
        "<mi>CE</mi><mo>=</mo><mo>−</mo>{LN}{PT}<mo>=</mo><mo>−</mo>{LN}{}<mo>=</mo>{}",
        mn_short(pt.pt),
        mn(pt.ce)
    )
}

/// FL = −α_t (1 − p_t)^γ ln p_t (MathML row content, symbols only).
pub fn fl_symbols() -> String {
    format!(
        "<mi>FL</mi><mo>=</mo><mo>−</mo>{AT}<msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo>{PT}<mo>)</mo></mrow><mi>γ</mi></msup>{LN}{PT}"
    )
}

/// = −0.25 · (1 − 0.9)^2 · ln 0.9 = 0.0002634 (MathML row content, the current values).
pub fn fl_values(i: &Inputs, pt: &Point) -> String {
    format!(
        "<mo>=</mo><mo>−</mo>{}<mo>·</mo><msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo>{}<mo>)</mo></mrow><mrow>{}</mrow></msup><mo>·</mo>{LN}{}<mo>=</mo>{}",
        mn_short(pt.alpha_t),
        mn_short(pt.pt),
        mn_short(i.gamma),
        mn_short(pt.pt),
        mn(pt.fl)
    )
}

/// The whole FL line: symbols, then values.
pub fn fl_formula(i: &Inputs, pt: &Point) -> String {
    fl_symbols() + &fl_values(i, pt)
}

const PT: &str = "<msub><mi>p</mi><mi>t</mi></msub>";
const AT: &str = "<msub><mi>α</mi><mi>t</mi></msub>";

/// The read-out formulas as MathML blocks: CE, then FL in symbols and with the values.
pub fn formulas(i: &Inputs, pt: &Point) -> String {
    block(&ce_formula(pt)) + &block(&fl_symbols()) + &block(&fl_values(i, pt))
}
