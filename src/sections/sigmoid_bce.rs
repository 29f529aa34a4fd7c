//! Lesson 3, sigmoid BCE on the post's cat / dog / horse example: GT [0, 1, 0], prediction
//! [0.2, 0.8, 0.4] (both editable). Each class is its own binary sample, target [y, 1 − y]
//! against prediction [p, 1 − p]; the sample's loss is the sum over classes (form (3)).

use crate::ctx::use_ctx;
use crate::format;
use crate::format::short_tidy;
use crate::i18n::fill;
use crate::models::sigmoid_bce::evaluate;
use crate::models::softmax_ce::CLASS_KEYS;
use crate::sections::PostCredit;
use crate::ui::ce_formulas::{class_general, class_line, total_line};
use crate::ui::mathml::*;
use crate::ui::NumberCell;
use crate::ui::Readout;
use leptos::prelude::*;

const LOSS_IDS: [&str; 3] = ["bce-loss-0", "bce-loss-1", "bce-loss-2"];

#[component]
pub fn SigmoidBce() -> impl IntoView {
    let ctx = use_ctx();
    let ys = ctx.memo(|s| s.bce_y.clone());
    let ps = ctx.memo(|s| s.bce_p.clone());
    let v = Memo::new(move |_| evaluate(&ys.get(), &ps.get()));
    let name = move |i: usize| ctx.t(CLASS_KEYS[i]);
    let y_at = move |i: usize| ys.with(|y| y.get(i).copied().unwrap_or(0.0));
    let p_at = move |i: usize| ps.with(|p| p.get(i).copied().unwrap_or(0.0));

    let rows = move || {
        (0..3)
            .map(|i| {
                let label = Signal::derive(move || fill(ctx.t("sigmoid_bce.p_label"), &[("class", name(i))]));
                let on_set = Callback::new(move |x: f64| {
                    ctx.set(|s| {
                        if let Some(e) = s.bce_p.get_mut(i) {
                            *e = x
                        }
                    })
                });
                let flip = move |_| {
                    ctx.set(|s| {
                        if let Some(e) = s.bce_y.get_mut(i) {
                            *e = 1.0 - *e
                        }
                    })
                };
                let y_label = move || fill(ctx.t("sigmoid_bce.y_toggle"), &[("class", name(i)), ("y", &format::short(y_at(i)))]);
                let dist = move |a: f64| inline(&pair(&mn_short(a), &mn_in(1.0 - a)));
                let line = move || inline(&class_line(y_at(i), p_at(i), v.with(|v| v.per.get(i).copied().unwrap_or(f64::NAN))));
                view! {
                    <tr>
                        <th scope="row">{move || name(i)}</th>
                        <td><button type="button" class="toggle" data-testid=format!("by-{i}")
                            data-value=move || format::short(y_at(i)) aria-pressed=move || (y_at(i) == 1.0).to_string()
                            aria-label=y_label on:click=flip>{move || format::short(y_at(i))}</button></td>
                        <td><NumberCell testid=format!("bp-{i}") label value=Signal::derive(move || p_at(i)) on_set min=0.0 max=1.0/></td>
                        <td inner_html=move || dist(y_at(i))></td>
                        <td inner_html=move || dist(p_at(i))></td>
                        <td class="math-cell" inner_html=line></td>
                        <td><Readout testid=LOSS_IDS[i] value=Signal::derive(move || v.with(|v| v.per.get(i).copied().unwrap_or(f64::NAN)))/></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let intro = move || {
        fill(
            ctx.t("sigmoid_bce.intro"),
            &[("sum", &short_tidy(v.with(|v| v.sum_p)))],
        )
    };
    let total_math = move || {
        v.with(|v| {
            block(&class_general()) + &block(&total_line(&v.per, v.total, ctx.t("math.loss")))
        })
    };

    view! {
        <p class="prose" data-testid="bce-intro">{intro}</p>
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="bce-table">
                <thead><tr>
                    <th scope="col">{ctx.t("sigmoid_bce.class")}</th>
                    <th scope="col">{ctx.t("sigmoid_bce.y")}</th>
                    <th scope="col">{ctx.t("sigmoid_bce.p")}</th>
                    <th scope="col">"[y, 1 − y]"</th>
                    <th scope="col">"[p, 1 − p]"</th>
                    <th scope="col">{ctx.t("sigmoid_bce.line")}</th>
                    <th scope="col">"BCE"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr>
                    <th scope="row" colspan="6">{ctx.t("sigmoid_bce.total")}</th>
                    <td><Readout testid="bce-total" value=Signal::derive(move || v.with(|v| v.total))/></td>
                </tr></tfoot>
            </table>
        </div>
        <div class="formula" data-testid="bce-formula" inner_html=total_math></div>
        <p class="note">{ctx.t("sigmoid_bce.note")}</p>
        <PostCredit/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::post::{SIGMOID_GT, SIGMOID_PRED};

    #[test]
    fn post_example() {
        let v = evaluate(&SIGMOID_GT, &SIGMOID_PRED);
        let want = [-(0.8f64.ln()), -(0.8f64.ln()), -(0.6f64.ln())];
        for (a, b) in v.per.iter().zip(want) {
            assert!((a - b).abs() < 1e-15);
        }
        assert!((v.total - 0.957_113).abs() < 1e-6);
        assert!(
            (v.sum_p - 1.4).abs() < 1e-12,
            "sigmoid outputs need not sum to 1"
        );
    }

    #[test]
    fn lines_show_the_binary_pairs() {
        let m = class_line(0.0, 0.2, 0.2231);
        assert!(
            m.contains("<mn>0</mn>") && m.contains("<mn>0.2</mn>") && m.contains("<mn>0.8</mn>")
        );
        let t = total_line(&[0.1, 0.2, 0.3], 0.6, "损失");
        assert!(t.starts_with("<mtext>损失</mtext>"), "{t}");
        assert_eq!(t.matches("<mo>+</mo>").count(), 2);
    }
}
