//! The post's piecewise forms of each step of `focal_loss_from_logits`, as MathML, with the
//! branch of the current target marked and its value; and the code itself as text rows.

use crate::math::focal::Alpha;
use crate::ui::mathml::*;

/// The function as the post shows it (our own rendering), with the post's line numbers.
pub const LISTING: &[(u16, &str)] = &[
    (
        302,
        "def focal_loss_from_logits(preds, targets, gamma=2.0, alpha=0.25):",
    ),
    (303, "    '''"),
    (304, "    Args:"),
    (305, "        preds: [n, class_num]"),
    (306, "        targets: [n, class_num]"),
    (307, "    '''"),
    (309, "    preds = preds.sigmoid()"),
    (310, "    pt = preds*targets + (1.0-preds)*(1.0-targets)"),
    (311, "    w = alpha*targets + (1.0-alpha)*(1.0-targets)"),
    (312, "    loss = -w*torch.pow((1.0-pt), gamma)*pt.log()"),
    (313, "    return loss.sum()"),
];

/// One step of the walk-through: the code's line number, the expression it evaluates, the
/// read-out's test id, and the step kind (for its formula).
pub struct Step {
    pub line: u16,
    pub code: &'static str,
    pub testid: &'static str,
    pub kind: Kind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    P,
    Pt,
    W,
    Mod,
    WMod,
    LnPt,
    Loss,
}

pub const STEPS: [Step; 7] = [
    Step {
        line: 309,
        code: "preds.sigmoid()",
        testid: "walk-p",
        kind: Kind::P,
    },
    Step {
        line: 310,
        code: "preds*targets + (1.0-preds)*(1.0-targets)",
        testid: "walk-pt",
        kind: Kind::Pt,
    },
    Step {
        line: 311,
        code: "alpha*targets + (1.0-alpha)*(1.0-targets)",
        testid: "walk-w",
        kind: Kind::W,
    },
    Step {
        line: 312,
        code: "torch.pow((1.0-pt), gamma)",
        testid: "walk-mod",
        kind: Kind::Mod,
    },
    Step {
        line: 312,
        code: "w*torch.pow((1.0-pt), gamma)",
        testid: "walk-wmod",
        kind: Kind::WMod,
    },
    Step {
        line: 312,
        code: "pt.log()",
        testid: "walk-logpt",
        kind: Kind::LnPt,
    },
    Step {
        line: 312,
        code: "-w*torch.pow((1.0-pt), gamma)*pt.log()",
        testid: "walk-loss",
        kind: Kind::Loss,
    },
];

fn pw(base: &str) -> String {
    pow(base, "<mi>γ</mi>")
}

/// (left-hand side, t = 1 branch, t = 0 branch) of a step, in the post's notation; the last
/// step's left-hand side is the word `loss` of the page's language.
fn parts(kind: Kind, loss: &str) -> (String, String, String) {
    let (p, a, g) = (mi("p"), mi("α"), "<mi>γ</mi>");
    let pt = sub("p", "t");
    let q = one_minus(&p);
    let na = one_minus(&a);
    match kind {
        Kind::P => (p.clone(), p.clone(), p),
        Kind::Pt => (pt, p, format!("<mn>1</mn>{MINUS}<mi>p</mi>")),
        Kind::W => (mi("w"), a, format!("<mn>1</mn>{MINUS}<mi>α</mi>")),
        Kind::Mod => (pow(&one_minus(&pt), g), pw(&q), pw(&p)),
        Kind::WMod => (
            format!("<mi>w</mi>{}", pow(&one_minus(&pt), g)),
            format!("{a}{}", pw(&q)),
            format!("{na}{}", pw(&p)),
        ),
        Kind::LnPt => (ln(&pt), ln(&p), ln(&q)),
        Kind::Loss => (
            crate::ui::mathml::word(loss),
            format!("{MINUS}{a}{}{}", pw(&q), ln(&p)),
            format!("{MINUS}{na}{}{}", pw(&p), ln(&q)),
        ),
    }
}

/// The step's formula: `p = σ(x) = 1/(1 + e^{−x}) = …` for the first line, else the post's
/// piecewise form with the branch of `t` marked. α off: w = 1 (the code has no "off").
/// `words` are the formula's words in the page's language: ("if", "loss").
pub fn step_formula(
    kind: Kind,
    x: f64,
    t: u8,
    alpha: Alpha,
    value: f64,
    words: (&str, &str),
) -> String {
    let (if_word, loss) = words;
    let (lhs, one, zero) = parts(kind, loss);
    if kind == Kind::P {
        let neg_x = if x < 0.0 {
            paren(&mn_short(x))
        } else {
            mn_short(x)
        };
        return format!(
            "{lhs}{EQ}<mi>σ</mi>{}{EQ}<mfrac><mn>1</mn><mrow><mn>1</mn>{PLUS}<msup><mi>e</mi><mrow>{MINUS}{neg_x}</mrow></msup></mrow></mfrac>{EQ}{}",
            paren(&mi("x")),
            mn_precise(value)
        );
    }
    if kind == Kind::W && alpha == Alpha::Off {
        return format!("{lhs}{EQ}<mn>1</mn>");
    }
    let rows = [
        Case {
            expr: one,
            cond: cond("t", 1),
        },
        Case {
            expr: zero,
            cond: cond("t", 0),
        },
    ];
    format!(
        "{lhs}{EQ}{}",
        cases(&rows, usize::from(t == 0), &mn_precise(value), if_word)
    )
}

/// ℓ(x, t) = max(x, 0) − x t + ln(1 + e^{−|x|}) = …, torchvision's `binary_cross_entropy_with_logits`.
pub fn stable_formula(x: f64, t: u8, ce: f64) -> String {
    let xs = mn_short(x);
    let xp = if x < 0.0 { paren(&xs) } else { xs.clone() };
    format!(
        "<mi>ℓ</mi>{}{EQ}<mo>max</mo>{}{MINUS}<mi>x</mi><mi>t</mi>{PLUS}{}{EQ}<mo>max</mo>{}{MINUS}{xp}{DOT}<mn>{t}</mn>{PLUS}{}{EQ}{}",
        paren("<mi>x</mi><mo separator=\"true\">,</mo><mi>t</mi>"),
        paren("<mi>x</mi><mo separator=\"true\">,</mo><mn>0</mn>"),
        ln(&paren("<mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mo>|</mo><mi>x</mi><mo>|</mo></mrow></msup>")),
        paren(&format!("{xs}<mo separator=\"true\">,</mo><mn>0</mn>")),
        ln(&paren(&format!(
            "<mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo>{}</mrow></msup>",
            mn_short(x.abs())
        ))),
        mn(ce)
    )
}

/// loss = α_t (1 − p_t)^γ ℓ(x, t), torchvision's order.
pub fn stable_loss_formula(loss: &str) -> String {
    format!(
        "{}{EQ}{}{}<mi>ℓ</mi>{}",
        crate::ui::mathml::word(loss),
        sub("α", "t"),
        pow(&one_minus(&sub("p", "t")), "<mi>γ</mi>"),
        paren("<mi>x</mi><mo separator=\"true\">,</mo><mi>t</mi>")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_marks_one_branch() {
        for s in &STEPS {
            let m = step_formula(s.kind, 0.8, 0, Alpha::On(0.25), 0.5, ("if", "loss"));
            let marks = m.matches("◀").count();
            assert_eq!(marks, usize::from(s.kind != Kind::P), "{:?}", s.kind);
            if s.kind != Kind::P {
                assert!(
                    m.split("<mtr").nth(2).unwrap().contains("◀"),
                    "t = 0 is the second row"
                );
            }
        }
    }

    #[test]
    fn the_loss_line_names_loss_in_the_page_language() {
        let zh = step_formula(Kind::Loss, 0.8, 0, Alpha::On(0.25), 0.5, ("若", "损失"));
        assert!(zh.starts_with("<mtext>损失</mtext>"), "{zh}");
        assert!(!zh.contains("loss"), "{zh}");
    }

    #[test]
    fn first_line_substitutes_x() {
        let m = step_formula(Kind::P, -3.0, 1, Alpha::On(0.25), 0.04743, ("if", "loss"));
        assert!(m.contains("<mo>(</mo><mo>−</mo><mn>3</mn><mo>)</mo>"));
        assert!(
            step_formula(Kind::W, 1.0, 1, Alpha::Off, 1.0, ("if", "loss")).ends_with("<mn>1</mn>")
        );
    }

    #[test]
    fn listing_has_the_five_code_lines() {
        let code: Vec<u16> = LISTING.iter().map(|l| l.0).filter(|&n| n >= 309).collect();
        assert_eq!(code, [309, 310, 311, 312, 313]);
        assert!(STEPS.iter().all(|s| LISTING
            .iter()
            .any(|(n, l)| *n == s.line && l.contains(s.code.split('(').next().unwrap()))));
    }
}
