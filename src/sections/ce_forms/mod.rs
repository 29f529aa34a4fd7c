//! Lesson 1, the post's four forms of cross-entropy: (1) −Σ p_i ln q_i, (2) −ln q_gt,
//! (3) Σ over classes of a binary CE after a sigmoid, (4) the piecewise −ln p / −ln(1 − p).
//! When each applies (softmax or sigmoid head), how (2)–(4) follow from (1), and a live
//! example under each: (1)–(2) use lesson 2's inputs, (3) lesson 3's, (4) its own p and y.

use crate::ctx::use_ctx;
use crate::format;
use crate::math::cross_entropy::bce;
use crate::models::sigmoid_bce;
use crate::models::softmax_ce::{self as model, CLASS_KEYS};
use crate::sections::PostCredit;
use crate::ui::ce_formulas::{
    class_line, form1_general, form1_values, form2_values, total_line, SUM_I,
};
use crate::ui::mathml::*;
use crate::ui::{NumberControl, Readout, YToggle};
use leptos::prelude::*;

/// (2) from (1): p = (0, 1, 0) ⇒ H = −(0 · ln q_cat + 1 · ln q_dog + 0 · ln q_horse) = −ln q_dog
pub fn form2_derivation(names: &[&str; 3]) -> String {
    let terms: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            format!(
                "<mn>{}</mn>{DOT}{}",
                u8::from(i == 1),
                ln(&sub_text("q", n))
            )
        })
        .collect();
    format!(
        "<mi>H</mi>{EQ}{MINUS}{}{EQ}{MINUS}{}",
        paren(&terms.join(PLUS)),
        ln(&sub_text("q", names[1]))
    )
}

/// (3) from (1): each class is a two-class distribution:
/// H([y_i, 1 − y_i], [p_i, 1 − p_i]) = −(y_i ln p_i + (1 − y_i) ln(1 − p_i)); loss = Σ_i of it.
pub fn form3_derivation(loss: &str) -> String {
    let (y, p) = (sub("y", "i"), sub("p", "i"));
    format!(
        "<mi>H</mi>{}{EQ}{MINUS}{}<mo>;</mo><mspace width=\"1em\"></mspace>{}{EQ}{SUM_I}<mi>H</mi><mo>(</mo><mo>…</mo><mo>)</mo>",
        paren(&format!(
            "{}<mo separator=\"true\">,</mo>{}",
            pair(&y, &one_minus(&y)),
            pair(&p, &one_minus(&p))
        )),
        paren(&format!("{y}{}{PLUS}{}{}", ln(&p), one_minus(&y), ln(&one_minus(&p)))),
        crate::ui::mathml::word(loss)
    )
}

/// (4): BCE(p, y) = −y ln p − (1 − y) ln(1 − p) = { −ln p if y = 1; −ln(1 − p) if y = 0 }, with
/// the branch of the current y marked and its value.
pub fn form4(y: u8, value: f64, if_word: &str) -> String {
    let (p, yy) = (mi("p"), mi("y"));
    let rows = [
        Case {
            expr: format!("{MINUS}{}", ln(&p)),
            cond: cond("y", 1),
        },
        Case {
            expr: format!("{MINUS}{}", ln(&one_minus(&p))),
            cond: cond("y", 0),
        },
    ];
    format!(
        "<mi>BCE</mi>{EQ}{MINUS}{yy}{}{MINUS}{}{}{EQ}{}",
        ln(&p),
        one_minus(&yy),
        ln(&one_minus(&p)),
        cases(&rows, usize::from(y == 0), &mn(value), if_word)
    )
}

/// The form (4) example with numbers: −(y ln p + (1 − y) ln(1 − p)) = −(1 · ln 0.8 + 0 · ln 0.2) = 0.2231.
pub fn form4_values(p: f64, y: u8, value: f64) -> String {
    class_line(f64::from(y), p, value)
}

#[component]
pub fn CeForms() -> impl IntoView {
    let ctx = use_ctx();
    let sq = ctx.memo(|s| s.sm_q.clone());
    let eps = ctx.memo(|s| s.sm_eps);
    let soft = Memo::new(move |_| model::evaluate(&sq.get(), eps.get()));
    let by = ctx.memo(|s| s.bce_y.clone());
    let bp = ctx.memo(|s| s.bce_p.clone());
    let sig = Memo::new(move |_| sigmoid_bce::evaluate(&by.get(), &bp.get()));
    let p4 = ctx.memo(|s| s.f4_p);
    let y4 = ctx.memo(|s| s.f4_y);
    let v4 = Memo::new(move |_| bce(p4.get(), f64::from(y4.get())));
    let names = move || {
        [
            ctx.t(CLASS_KEYS[0]),
            ctx.t(CLASS_KEYS[1]),
            ctx.t(CLASS_KEYS[2]),
        ]
    };

    let f1 = move || {
        let v = soft.get();
        block(&form1_general()) + &block(&form1_values(&names(), &v.target, &sq.get(), v.form1))
    };
    let f2 = move || {
        let v = soft.get();
        let q_dog = sq.with(|q| q.get(1).copied().unwrap_or(f64::NAN));
        block(&form2_derivation(&names())) + &block(&form2_values(names()[1], q_dog, v.form2))
    };
    let f2_same = move || {
        ctx.t(if soft.with(|v| v.gap() == Some(0.0)) {
            "ce_forms.f2_same"
        } else {
            "ce_forms.f2_differs"
        })
    };
    let f3 = move || {
        let v = sig.get();
        let loss = ctx.t("math.loss");
        block(&form3_derivation(loss)) + &block(&total_line(&v.per, v.total, loss))
    };
    let f4 = move || {
        let (p, y, v) = (p4.get(), y4.get(), v4.get());
        block(&form4(y, v, ctx.t("ce_forms.if"))) + &block(&form4_values(p, y, v))
    };
    let p_text = Signal::derive(move || format!("p = {}", format::short(p4.get())));

    view! {
        <p class="prose">{ctx.t("ce_forms.intro")}</p>
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="ce-forms-heads">
                <thead><tr>
                    <th scope="col">{ctx.t("ce_forms.head")}</th>
                    <th scope="col">{ctx.t("ce_forms.outputs")}</th>
                    <th scope="col">{ctx.t("ce_forms.forms")}</th>
                </tr></thead>
                <tbody>
                    <tr><th scope="row">"softmax"</th><td style="text-align: left">{ctx.t("ce_forms.softmax_out")}</td><td>"(1), (2)"</td></tr>
                    <tr><th scope="row">"sigmoid"</th><td style="text-align: left">{ctx.t("ce_forms.sigmoid_out")}</td><td>"(3), (4)"</td></tr>
                </tbody>
            </table>
        </div>

        <h3>{ctx.t("ce_forms.f1_title")}</h3>
        <p class="prose">{ctx.t("ce_forms.f1_text")}</p>
        <div class="formula" data-testid="form1-math" inner_html=f1></div>
        <p class="note">{crate::ui::rich(ctx.t("ce_forms.f1_example"))}</p>
        <div class="readouts"><div class="readout-card"><span class="name">"(1)"</span>
            <Readout testid="form1-value" value=Signal::derive(move || soft.with(|v| v.form1))/></div></div>

        <h3>{ctx.t("ce_forms.f2_title")}</h3>
        <p class="prose">{ctx.t("ce_forms.f2_text")}</p>
        <div class="formula" data-testid="form2-math" inner_html=f2></div>
        <div class="readouts"><div class="readout-card"><span class="name">"(2)"</span>
            <Readout testid="form2-value" value=Signal::derive(move || soft.with(|v| v.form2))/></div></div>
        <p class="note" data-testid="form2-same">{f2_same}</p>

        <h3>{ctx.t("ce_forms.f3_title")}</h3>
        <p class="prose">{ctx.t("ce_forms.f3_text")}</p>
        <div class="formula" data-testid="form3-math" inner_html=f3></div>
        <p class="note">{crate::ui::rich(ctx.t("ce_forms.f3_example"))}</p>
        <div class="readouts"><div class="readout-card"><span class="name">"(3)"</span>
            <Readout testid="form3-value" value=Signal::derive(move || sig.with(|v| v.total))/></div></div>

        <h3>{ctx.t("ce_forms.f4_title")}</h3>
        <p class="prose">{ctx.t("ce_forms.f4_text")}</p>
        <div class="controls" role="group" aria-label=ctx.t("ce_forms.f4_inputs")>
            <NumberControl name="fp" label=Signal::stored(ctx.t("ce_forms.p_label").to_string()) value=p4
                on_set=Callback::new(move |v| ctx.set(|s| s.f4_p = v)) min=0.0 max=1.0 step=0.01 valuetext=p_text/>
            <YToggle id="toggle-fy" y=y4 on_flip=Callback::new(move |()| ctx.set(|s| s.f4_y = 1 - s.f4_y.min(1)))/>
        </div>
        <div class="formula" data-testid="form4-math" inner_html=f4></div>
        <div class="readouts"><div class="readout-card"><span class="name">"(4)"</span>
            <Readout testid="form4-value" value=Signal::derive(move || v4.get())/></div></div>
        <p class="note">{ctx.t("ce_forms.f4_soft")}</p>
        <PostCredit/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form4_marks_the_branch_of_y() {
        let one = form4(1, 0.2231, "if");
        let row1 = one.split("<mtr").nth(1).unwrap();
        assert!(row1.contains("◀"), "y = 1 takes the first branch");
        let zero = form4(0, 0.2231, "if");
        assert!(!zero.split("<mtr").nth(1).unwrap().contains("◀"));
        assert!(zero.split("<mtr").nth(2).unwrap().contains("◀"));
    }

    #[test]
    fn form2_keeps_only_the_true_class() {
        let m = form2_derivation(&["cat", "dog", "horse"]);
        assert_eq!(m.matches("<mn>1</mn>").count(), 1);
        assert_eq!(m.matches("<mn>0</mn>").count(), 2);
        assert!(m.contains("<mtext>dog</mtext>"));
    }

    #[test]
    fn form4_example_is_a_form3_term() {
        // (4) with p = 0.8, y = 1 equals (3)'s dog term in the post's example.
        let (per, _) = crate::math::cross_entropy::bce_multi(&[0.0, 1.0, 0.0], &[0.2, 0.8, 0.4]);
        assert_eq!(bce(0.8, 1.0), per[1]);
        assert!(form4_values(0.8, 1, per[1]).contains("<mn>0.2231</mn>"));
    }
}
