//! The parts of lesson 6 below its intro, each a component over the section's [`View`] memo
//! (and the explorer's α, γ where they show): the setting with its buttons, the table, the
//! notes on the printed values, the totals, and the all-negative sample.

use super::cells::{self, out, Cell};
use super::model::{self, all_negative, is_post_setting, positive_classes, Reason, View};
use super::model::{COLS, ROWS};
use super::{cell_formula, list, per_pos_formula};
use crate::ctx::{use_ctx, Ctx};
use crate::data::post::{
    ALL_NEGATIVE_LOGITS, FIRST_POINT_PRED, PRINTED_ALL_NEGATIVE_LOSS, TABLE_ALPHA, TABLE_GAMMA,
};
use crate::format;
use crate::i18n::fill;
use crate::math::focal::{Alpha, FocalParams};
use crate::math::table::focal_row;
use crate::ui::mathml::block;
use leptos::prelude::*;

/// "With α = 0.25, γ = 2 (the explorer's)": the setting sentence, following α and γ.
fn setting_text(ctx: Ctx, alpha: Memo<Alpha>, gamma: Memo<f64>) -> impl Fn() -> String + Copy {
    move || {
        fill(
            ctx.t("five_class.setting"),
            &[
                (
                    "alpha",
                    &format::alpha_value(alpha.get(), ctx.t("five_class.alpha_off")),
                ),
                ("gamma", &format::short(gamma.get())),
            ],
        )
    }
}

/// The header cells "class 1" … "class 5".
fn class_heads(ctx: Ctx) -> impl Fn() -> AnyView + Copy {
    move || {
        (0..COLS)
            .map(|c| {
                view! { <th scope="col">{move || fill(ctx.t("five_class.class"), &[("c", &(c + 1).to_string())])}</th> }
            })
            .collect_view()
            .into_any()
    }
}

/// The cell formula at the current α, γ, the setting and whether the post's numbers apply,
/// and the buttons "use the post's α, γ" and "reset the table".
#[component]
pub(super) fn Setting(alpha: Memo<Alpha>, gamma: Memo<f64>) -> impl IntoView {
    let ctx = use_ctx();
    let at_post = Signal::derive(move || is_post_setting(alpha.get(), gamma.get()));
    let setting = setting_text(ctx, alpha, gamma);
    let setting_note = move || {
        ctx.t(if at_post.get() {
            "five_class.setting_post"
        } else {
            "five_class.setting_other"
        })
    };
    view! {
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
    }
}

/// The legend and the 4 × 5 table: one [`Cell`] per class and the row sums.
#[component]
pub(super) fn Table(view: Memo<View>) -> impl IntoView {
    let ctx = use_ctx();
    let head = class_heads(ctx);
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
    view! {
        {crate::ui::rich_list(ctx.t("five_class.legend"), "note")}
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="fc-table" style="margin: 0.4rem 0">
                <caption class="note" style="caption-side: bottom; text-align: left">{ctx.t("five_class.caption")}</caption>
                <thead><tr><th scope="col">{ctx.t("five_class.sample_col")}</th>{head}<th scope="col">{ctx.t("five_class.row_sum")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Where the post's printed values differ from ours, with the computed explanation.
#[component]
pub(super) fn Notes(view: Memo<View>) -> impl IntoView {
    let ctx = use_ctx();
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
    view! {
        <h3>{ctx.t("five_class.notes_title")}</h3>
        {notes}
    }
}

/// Σ, num_pos (clamped), Σ ÷ num_pos, the binary counts and the pos/neg loss, the formula with
/// its numbers, and the 2 : 18 imbalance in words.
#[component]
pub(super) fn Totals(view: Memo<View>) -> impl IntoView {
    let ctx = use_ctx();
    let field = move |f: fn(&View) -> f64| Signal::derive(move || view.with(f));
    let numpos_note = move || {
        (view.with(|v| v.table.num_pos) == 0).then(|| {
            view! { <p class="note" data-testid="fc-numpos-note">{ctx.t("five_class.numpos_clamped")}</p> }
        })
    };
    let binary_text = move || {
        let v = view.get();
        let n = v.table.binary_pos + v.table.binary_neg;
        // p_t of every target-0 cell: 1 − σ(x).
        let neg_pts: Vec<f64> = (0..ROWS)
            .flat_map(|r| (0..v.logits[r].len()).map(move |c| (r, c)))
            .filter(|&(r, c)| v.targets[r][c] == 0.0)
            .map(|(r, c)| 1.0 - v.sigma[r][c])
            .collect();
        let text = fill(
            ctx.t("five_class.binary_text"),
            &[
                ("n", &n.to_string()),
                ("pos", &v.table.binary_pos.to_string()),
                ("neg", &v.table.binary_neg.to_string()),
                ("obj", &v.table.num_pos.to_string()),
                ("bg", &(ROWS - v.table.num_pos.min(ROWS)).to_string()),
                ("share", &format::percent(v.neg_share())),
            ],
        );
        let why = crate::ui::sentences::five_class_negatives(ctx.lang(), &neg_pts, v.neg_share());
        crate::ui::rich(
            format!("{text} {why}")
                .trim_end()
                .replace("。 ", "。")
                .as_str(),
        )
    };
    view! {
        <div class="readouts" data-live>
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
    }
}

/// The post's "补充" all-negative sample at the same α, γ as the table, beside its printed
/// total, and the first point's predictions with all targets 0 for comparison.
#[component]
pub(super) fn AllNegative(view: Memo<View>, alpha: Memo<Alpha>, gamma: Memo<f64>) -> impl IntoView {
    let ctx = use_ctx();
    let head = class_heads(ctx);
    let setting = setting_text(ctx, alpha, gamma);
    let neg = Memo::new(move |_| all_negative(FocalParams::or_default(alpha.get(), gamma.get())));
    let first_point = Memo::new(move |_| {
        focal_row(
            &FIRST_POINT_PRED,
            &[0.0; 5],
            FocalParams::or_default(alpha.get(), gamma.get()),
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
        <h3>{ctx.t("five_class.allneg_title")}</h3>
        <p class="prose">{move || crate::ui::rich(&neg_text())}</p>
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
        <p class="note">{setting}{crate::i18n::gap(ctx.lang())}{neg_printed}</p>
        <p class="note" data-testid="neg-first-point">{first_text}</p>
    }
}
