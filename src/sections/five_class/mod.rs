//! Lesson 6, the post's 5-class × 4-sample table: logits (editable), targets (toggles), σ,
//! focal loss per cell with a heat shade, row sums, total, num_pos and total ÷ num_pos, the
//! 2 : 18 binary imbalance and the all-negative sample; beside every cell the post's printed
//! value, with a ≠ mark and a computed explanation where they differ. α and γ follow the
//! explorer; the marks are always computed at the post's α = .25, γ = 2.

mod cells;
pub mod model;

use crate::ctx::use_ctx;
use crate::data::post::{
    ALL_NEGATIVE_LOGITS, FIRST_POINT_PRED, PRINTED_ALL_NEGATIVE_LOSS, TABLE_ALPHA, TABLE_GAMMA,
};
use crate::format;
use crate::i18n::fill;
use crate::math::focal::Alpha;
use crate::math::table::focal_row;
use crate::sections::ce_forms::mm::*;
use crate::sections::PostCredit;
use cells::{out, Cell};
use leptos::prelude::*;
use model::{
    all_negative, evaluate, is_post_setting, params_of, positive_classes, Reason, View, COLS, ROWS,
};

/// "0.2, 0.4, 0.1" — a list of inputs as typed.
pub fn list(xs: &[f64]) -> String {
    let parts: Vec<String> = xs.iter().map(|x| format::short(*x)).collect();
    format!("[{}]", parts.join(", "))
}

/// "α = 0.25" or the translated "off".
pub fn alpha_text(alpha: Alpha, off: &str) -> String {
    match alpha {
        Alpha::Off => off.to_string(),
        Alpha::On(a) => format::short(a),
    }
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
            params_of(alpha.get(), gamma.get()),
        )
    });
    let field = move |f: fn(&View) -> f64| Signal::derive(move || view.with(f));
    let at_post = Signal::derive(move || is_post_setting(alpha.get(), gamma.get()));

    let setting = move || {
        fill(
            ctx.t("five_class.setting"),
            &[
                (
                    "alpha",
                    &alpha_text(alpha.get(), ctx.t("five_class.alpha_off")),
                ),
                ("gamma", &format::short(gamma.get())),
            ],
        )
    };
    let setting_note = move || {
        ctx.t(if at_post.get() {
            "five_class.setting_post"
        } else {
            "five_class.setting_other"
        })
    };

    let head = move || {
        (0..COLS)
            .map(|c| {
                view! { <th scope="col">{move || fill(ctx.t("five_class.class"), &[("c", &(c + 1).to_string())])}</th> }
            })
            .collect_view()
    };
    let row_label = move |r: usize| {
        let classes = view.with(|v| positive_classes(&v.targets[r]));
        if classes.is_empty() {
            ctx.t("five_class.row_bg").to_string()
        } else {
            let list: Vec<String> = classes.iter().map(|c| c.to_string()).collect();
            fill(ctx.t("five_class.row_pos"), &[("c", &list.join(", "))])
        }
    };
    let rows = move || {
        (0..ROWS)
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row">
                            {move || fill(ctx.t("five_class.sample"), &[("r", &(r + 1).to_string())])}
                            <br/><span class="note" data-testid=format!("fc-rowkind-{r}")>{move || row_label(r)}</span>
                        </th>
                        {(0..COLS).map(|c| view! { <Cell r c view/> }).collect_view()}
                        <td>{out(format!("fc-row-{r}"), Signal::derive(move || view.with(|v| v.table.row_sums[r])), cells::show4)}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    let notes = move || {
        let v = view.get();
        let m = v.mismatches();
        if m.is_empty() {
            return view! { <p class="note" data-testid="fc-notes-none">{ctx.t("five_class.no_mismatch")}</p> }.into_any();
        }
        let items = m
            .into_iter()
            .enumerate()
            .map(|(i, (r, c, cmp))| {
                let (key, t_other, other) = match cmp.mismatch {
                    Some(Reason::OtherTarget { t_printed, value }) => {
                        ("five_class.why_other_target", t_printed, value)
                    }
                    Some(Reason::Edited) => ("five_class.why_edited", f64::NAN, f64::NAN),
                    _ => ("five_class.why_unexplained", f64::NAN, f64::NAN),
                };
                let text = fill(
                    ctx.t(key),
                    &[
                        ("n", &(i + 1).to_string()),
                        ("r", &(r + 1).to_string()),
                        ("c", &(c + 1).to_string()),
                        ("printed", &format::fixed(cmp.printed, 4)),
                        ("ours", &format::num(cmp.at_post)),
                        ("x", &format::short(v.logits[r][c])),
                        ("t", &format::short(v.targets[r][c])),
                        ("t_other", &format::short(t_other)),
                        ("other", &format::fixed(other, 4)),
                    ],
                );
                view! { <li data-testid=format!("fc-note-{r}-{c}")>{text}</li> }
            })
            .collect_view();
        view! { <ol class="prose" data-testid="fc-notes">{items}</ol> }.into_any()
    };

    let numpos_note = move || {
        (view.with(|v| v.table.num_pos) == 0).then(|| {
            view! { <p class="note" data-testid="fc-numpos-note">{ctx.t("five_class.numpos_clamped")}</p> }
        })
    };
    let binary_text = move || {
        let v = view.get();
        let n = v.table.binary_pos + v.table.binary_neg;
        fill(
            ctx.t("five_class.binary_text"),
            &[
                ("n", &n.to_string()),
                ("pos", &v.table.binary_pos.to_string()),
                ("neg", &v.table.binary_neg.to_string()),
                ("obj", &v.table.num_pos.to_string()),
                ("bg", &(ROWS - v.table.num_pos.min(ROWS)).to_string()),
                ("share", &format::percent(v.neg_share())),
            ],
        )
    };

    // The all-negative sample, at the same α, γ as the table.
    let neg = Memo::new(move |_| all_negative(params_of(alpha.get(), gamma.get())));
    let first_point = Memo::new(move |_| {
        focal_row(
            &FIRST_POINT_PRED,
            &[0.0; 5],
            params_of(alpha.get(), gamma.get()),
        )
        .1
    });
    let neg_cells = move || {
        (0..5)
            .map(|c| {
                let v = Signal::derive(move || neg.with(|n| n.0[c]));
                view! {
                    <td>
                        <span class="note">"x = "{format::short(ALL_NEGATIVE_LOGITS[c])}", t = 0"</span><br/>
                        <span style=move || model::heat_style(v.get(), view.with(|w| w.max_cell))>
                            {out(format!("neg-loss-{c}"), v, cells::show4)}
                        </span>
                    </td>
                }
            })
            .collect_view()
    };
    let neg_text = move || {
        fill(
            ctx.t("five_class.allneg_text"),
            &[("x", &list(&ALL_NEGATIVE_LOGITS))],
        )
    };
    let neg_printed = move || {
        fill(
            ctx.t("five_class.allneg_printed"),
            &[("v", &format::fixed(PRINTED_ALL_NEGATIVE_LOSS, 4))],
        )
    };
    let first_text = move || {
        fill(
            ctx.t("five_class.allneg_first"),
            &[
                ("a", &list(&FIRST_POINT_PRED)),
                ("b", &list(&ALL_NEGATIVE_LOGITS)),
                ("printed", &format::fixed(PRINTED_ALL_NEGATIVE_LOSS, 4)),
                ("v", &format::num(first_point.get())),
            ],
        )
    };

    view! {
        <p class="prose">{ctx.t("five_class.intro")}</p>
        <div class="formula" node_ref={ let r = NodeRef::new(); crate::ui::mathml::live(r, move || block(&cell_formula(alpha.get(), gamma.get()))); r }></div>
        <p class="verdict" data-testid="fc-setting">{setting}</p>
        <p class="note" class:warning=move || !at_post.get() data-testid="fc-setting-note">{setting_note}</p>
        <div class="button-row">
            <button type="button" data-testid="fc-use-post" disabled=move || at_post.get()
                on:click=move |_| ctx.set(|p| { p.alpha = Alpha::On(TABLE_ALPHA); p.gamma = TABLE_GAMMA; })>
                {ctx.t("five_class.use_post")}
            </button>
            <button type="button" data-testid="fc-reset"
                on:click=move |_| ctx.set(|p| { p.fc_logits = model::default_logits(); p.fc_targets = model::default_targets(); })>
                {ctx.t("five_class.reset")}
            </button>
        </div>
        <p class="note">{ctx.t("five_class.legend")}</p>
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="fc-table" style="margin: 0.4rem 0">
                <caption class="note" style="caption-side: bottom; text-align: left">{ctx.t("five_class.caption")}</caption>
                <thead><tr><th scope="col">{ctx.t("five_class.sample_col")}</th>{head}<th scope="col">{ctx.t("five_class.row_sum")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <h3>{ctx.t("five_class.notes_title")}</h3>
        {notes}
        <div class="readouts" aria-live="polite">
            <div class="readout-card fl"><span class="name">{ctx.t("five_class.total")}</span>{out("fc-total".into(), field(|v| v.table.total), cells::show4)}</div>
            <div class="readout-card"><span class="name">{ctx.t("five_class.numpos")}</span>{out("fc-numpos".into(), field(|v| v.num_pos_clamped), cells::count)}
                " "<span class="note">"("{out("fc-numpos-raw".into(), field(|v| v.table.num_pos as f64), cells::count)}" → max(·, 1))"</span></div>
            <div class="readout-card fl"><span class="name">{ctx.t("five_class.per_pos")}</span>{out("fc-per-pos".into(), field(|v| v.table.per_pos), cells::show4)}</div>
            <div class="readout-card"><span class="name">{ctx.t("five_class.binary")}</span>
                {out("fc-binpos".into(), field(|v| v.table.binary_pos as f64), cells::count)}" : "{out("fc-binneg".into(), field(|v| v.table.binary_neg as f64), cells::count)}</div>
            <div class="readout-card"><span class="name">{ctx.t("five_class.pos_loss")}</span>{out("fc-pos-loss".into(), field(|v| v.table.pos_loss), format::num)}</div>
            <div class="readout-card"><span class="name">{ctx.t("five_class.neg_loss")}</span>{out("fc-neg-loss".into(), field(|v| v.table.neg_loss), format::num)}</div>
        </div>
        {numpos_note}
        <div class="formula" data-testid="fc-formula" node_ref={ let r = NodeRef::new(); crate::ui::mathml::live(r, move || view.with(|v| block(&per_pos_formula(v)))); r }></div>
        <p class="prose" data-testid="fc-binary-text">{binary_text}</p>
        <h3>{ctx.t("five_class.allneg_title")}</h3>
        <p class="prose">{neg_text}</p>
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="neg-table">
                <thead><tr>{head}<th scope="col">"Σ"</th><th scope="col">{ctx.t("five_class.post")}</th></tr></thead>
                <tbody><tr>
                    {neg_cells}
                    <td>{out("neg-total".into(), Signal::derive(move || neg.with(|n| n.1)), cells::show4)}</td>
                    <td>{out("neg-post".into(), Signal::derive(|| PRINTED_ALL_NEGATIVE_LOSS), |v| format::fixed(v, 4))}</td>
                </tr></tbody>
            </table>
        </div>
        <p class="note">{setting}" "{neg_printed}</p>
        <p class="note" data-testid="neg-first-point">{first_text}</p>
        <PostCredit/>
    }
}
