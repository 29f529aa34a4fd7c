//! Lesson 6, the post's 5-class × 4-sample table: logits (editable), targets (toggles), σ,
//! focal loss per cell with a heat shade, row sums, total, num_pos and total ÷ num_pos, the
//! 2 : 18 binary imbalance and the all-negative sample; beside every cell the post's printed
//! value, with a ≠ mark and a computed explanation where they differ. α and γ follow the
//! explorer; the marks are always computed at the post's α = .25, γ = 2.

mod cells;
use crate::models::five_class as model;
mod parts;

use crate::ctx::use_ctx;
use crate::format;
use crate::math::focal::{Alpha, FocalParams};
use crate::sections::PostCredit;
use crate::ui::mathml::*;
use leptos::prelude::*;
use model::{evaluate, View};
use parts::{AllNegative, Notes, Setting, Table, Totals};

/// "0.2, 0.4, 0.1" — a list of inputs as typed.
pub fn list(xs: &[f64]) -> String {
    let parts: Vec<String> = xs.iter().map(|x| format::short(*x)).collect();
    format!("[{}]", parts.join(", "))
}

/// L = Σ / max(num_pos, 1) = 4.074 / 2 = 2.037 (MathML row content).
pub fn per_pos_formula(v: &View) -> String {
    let num = format!(
        "<munder><mo>∑</mo><mrow><mi>r</mi><mo>,</mo><mi>c</mi></mrow></munder>{}",
        sub("FL", "rc")
    );
    let den =
        "<mi>max</mi><mo>(</mo><msub><mi>num</mi><mi>pos</mi></msub><mo>,</mo><mn>1</mn><mo>)</mo>";
    format!(
        "<mi>L</mi>{EQ}<mfrac><mrow>{num}</mrow><mrow>{den}</mrow></mfrac>{EQ}<mfrac>{}{}</mfrac>{EQ}{}",
        mn(v.table.total),
        mn_short(v.num_pos_clamped),
        mn(v.table.per_pos)
    )
}

/// p = σ(x), FL = −α_t (1 − p_t)^γ ln p_t with the current α, γ substituted.
pub fn cell_formula(alpha: Alpha, gamma: f64) -> String {
    let pt = sub("p", "t");
    let at = match alpha {
        Alpha::Off => "<mn>1</mn>".to_string(),
        Alpha::On(_) => sub("α", "t"),
    };
    format!(
        "<mi>p</mi>{EQ}<mi>σ</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo separator=\"true\">,</mo><mspace width=\"1em\"></mspace>\
         <mi>FL</mi>{EQ}{MINUS}{at}{}{}",
        pow(&one_minus(&pt), &mn_short(gamma)),
        ln(&pt)
    )
}

#[component]
pub fn FiveClass() -> impl IntoView {
    let ctx = use_ctx();
    let logits = ctx.memo(|p| p.fc_logits.clone());
    let targets = ctx.memo(|p| p.fc_targets.clone());
    let alpha = ctx.memo(|p| p.alpha);
    let gamma = ctx.memo(|p| p.gamma);
    let view = Memo::new(move |_| {
        evaluate(
            &logits.get(),
            &targets.get(),
            FocalParams::or_default(alpha.get(), gamma.get()),
        )
    });
    view! {
        <p class="prose">{crate::ui::rich(ctx.t("five_class.intro"))}</p>
        <Setting alpha gamma/>
        <Table view/>
        <Notes view/>
        <Totals view/>
        <AllNegative view alpha gamma/>
        <PostCredit/>
    }
}
