//! Lesson 9, "num-pos": why the summed focal loss is divided by the number of positives, the
//! clamp at 1, and per-image (FCOS.Pytorch) versus across-the-batch (mmdetection) reduction,
//! on the post's table and on an editable batch.

pub mod model;

use crate::ctx::use_ctx;
use crate::format;
use crate::i18n::fill;
use crate::sections::PostCredit;
use crate::state::Params;
use crate::ui::mathml::block;
use crate::ui::NumberCell;
use crate::ui::Readout;
use leptos::prelude::*;
use model::{evaluate, post_example, IMAGES};

const TOTAL_IDS: [&str; IMAGES] = ["np-total-1", "np-total-2", "np-total-3"];
const COUNT_IDS: [&str; IMAGES] = ["np-count-1", "np-count-2", "np-count-3"];
const CLAMP_IDS: [&str; IMAGES] = ["numpos-clamped-1", "numpos-clamped-2", "numpos-clamped-3"];
const RATIO_IDS: [&str; IMAGES] = ["numpos-ratio-1", "numpos-ratio-2", "numpos-ratio-3"];
/// Largest Σ FL or num_pos a cell accepts.
const CELL_MAX: f64 = 1e6;

/// Resets only this section's fields.
fn reset(p: &mut Params) {
    let d = Params::default();
    p.npt = d.npt;
    p.npn = d.npn;
    p.npb = d.npb;
}

#[component]
pub fn NumPos() -> impl IntoView {
    let ctx = use_ctx();
    let post = post_example();
    let totals = ctx.memo(|s| s.npt.clone());
    let counts = ctx.memo(|s| s.npn.clone());
    let size = ctx.memo(|s| s.npb);
    let batch = Memo::new(move |_| evaluate(&totals.get(), &counts.get(), usize::from(size.get())));

    let post_note = {
        let post = post.clone();
        move || {
            fill(
                ctx.t("num_pos.post_note"),
                &[
                    ("printed", &format::num(post.printed_sum)),
                    ("total", &format::num(post.total)),
                    ("cell", &format::fixed(post.printed_cell, 4)),
                    ("right", &format::num(post.computed_cell)),
                ],
            )
        }
    };
    let post_formula = block(&model::post_formula(&post));
    let per_image = Signal::derive(move || batch.with(|b| b.per_image));
    let across = Signal::derive(move || batch.with(|b| b.across));
    let row_value = move |i: usize, f: fn(&model::ImageRow) -> f64| {
        Signal::derive(move || batch.with(|b| b.rows.get(i).map_or(0.0, f)))
    };

    let row = move |i: usize| {
        let n = (i + 1).to_string();
        let n2 = n.clone();
        let n3 = n.clone();
        view! {
            <tr>
                <th scope="row">{move || fill(ctx.t("num_pos.image"), &[("n", &n)])}</th>
                <td>
                    <NumberCell testid=format!("input-{}", TOTAL_IDS[i]) error_testid=format!("error-{}", TOTAL_IDS[i])
                        label=Signal::derive(move || fill(ctx.t("num_pos.label_total"), &[("n", &n2)]))
                        value=Signal::derive(move || totals.with(|t| t.get(i).copied().unwrap_or(0.0)))
                        on_set=Callback::new(move |v| ctx.set(|s| if let Some(x) = s.npt.get_mut(i) { *x = v }))
                        min=0.0 max=CELL_MAX/>
                </td>
                <td>
                    <NumberCell testid=format!("input-{}", COUNT_IDS[i]) error_testid=format!("error-{}", COUNT_IDS[i])
                        label=Signal::derive(move || fill(ctx.t("num_pos.label_count"), &[("n", &n3)]))
                        value=Signal::derive(move || counts.with(|t| t.get(i).copied().unwrap_or(0.0)))
                        on_set=Callback::new(move |v| ctx.set(|s| if let Some(x) = s.npn.get_mut(i) { *x = v }))
                        min=0.0 max=CELL_MAX whole=true/>
                </td>
                <td><Readout testid=CLAMP_IDS[i] value=row_value(i, |r| r.clamped) show=format::whole/></td>
                <td><Readout testid=RATIO_IDS[i] value=row_value(i, |r| r.per_pos)/></td>
            </tr>
        }
    };
    let size_button = move |n: u8, key: &'static str, testid: &'static str| {
        view! {
            <button type="button" data-testid=testid aria-pressed=move || (size.get() == n).to_string()
                on:click=move |_| ctx.set(|s| s.npb = n)>
                {ctx.t(key)}
            </button>
        }
    };

    view! {
        <p class="prose">{crate::ui::rich(ctx.t("num_pos.intro"))}</p>
        <ul class="prose">
            <li><strong>{ctx.t("num_pos.why_balance_h")}</strong>{crate::i18n::gap(ctx.lang())}{ctx.t("num_pos.why_balance")}</li>
            <li><strong>{crate::ui::rich(ctx.t("num_pos.why_count_h"))}</strong>{crate::i18n::gap(ctx.lang())}{crate::ui::rich(ctx.t("num_pos.why_count"))}</li>
        </ul>

        <h3>{ctx.t("num_pos.post_h")}</h3>
        <p class="prose">{crate::ui::rich(ctx.t("num_pos.post_text"))}</p>
        <div class="readouts" data-testid="numpos-post">
            <div class="readout-card"><span class="name">{ctx.t("num_pos.total")}</span><Readout testid="numpos-post-total" value=post.total/></div>
            <div class="readout-card"><span class="name">{ctx.t("num_pos.count")}</span><Readout testid="numpos-post-count" value=post.num_pos as f64 show=format::whole/></div>
            <div class="readout-card fl"><span class="name">{ctx.t("num_pos.per_pos")}</span><Readout testid="numpos-post-per-pos" value=post.per_pos/></div>
            <div class="readout-card"><span class="name">{ctx.t("num_pos.per_point")}</span><Readout testid="numpos-post-per-point" value=post.per_point/></div>
            <div class="readout-card"><span class="name">{ctx.t("num_pos.per_elem")}</span><Readout testid="numpos-post-per-elem" value=post.per_element/></div>
        </div>
        <div class="formula" data-testid="numpos-post-formula" inner_html=post_formula></div>
        <p class="note" data-testid="numpos-post-note">{move || crate::ui::rich(&post_note())}</p>
        <PostCredit/>

        <h3>{ctx.t("num_pos.batch_h")}</h3>
        <p class="prose">{ctx.t("num_pos.batch_text")}</p>
        <div class="button-row" role="group" aria-label=ctx.t("num_pos.batch_size")>
            {size_button(2, "num_pos.two", "numpos-size-2")}
            {size_button(3, "num_pos.three", "numpos-size-3")}
            <button type="button" data-testid="numpos-reset" on:click=move |_| ctx.set(reset)>
                {ctx.t("num_pos.reset")}
            </button>
        </div>
        <div style="overflow-x: auto">
            <table data-testid="numpos-batch">
                <caption class="note" style="text-align: left">{ctx.t("num_pos.table_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{ctx.t("num_pos.col_image")}</th>
                        <th scope="col">{ctx.t("num_pos.col_total")}</th>
                        <th scope="col">{ctx.t("num_pos.col_count")}</th>
                        <th scope="col">{ctx.t("num_pos.col_clamped")}</th>
                        <th scope="col">{ctx.t("num_pos.col_ratio")}</th>
                    </tr>
                </thead>
                <tbody>{move || (0..usize::from(size.get()).min(IMAGES)).map(row).collect_view()}</tbody>
            </table>
        </div>
        <div class="readouts" data-live style="margin-top: 0.8rem">
            <div class="readout-card fl"><span class="name">{ctx.t("num_pos.per_image")}</span><Readout testid="numpos-per-image" value=per_image/></div>
            <div class="readout-card ce"><span class="name">{ctx.t("num_pos.across")}</span><Readout testid="numpos-across-batch" value=across/></div>
        </div>
        <h4>{ctx.t("num_pos.per_image")}</h4>
        <div class="formula" data-testid="numpos-per-image-formula"
            node_ref={ let r = NodeRef::new(); crate::ui::mathml::live(r, move || batch.with(|b| block(&model::per_image_formula(b)))); r }></div>
        <p class="prose">{ctx.t("num_pos.per_image_text")}</p>
        <h4>{ctx.t("num_pos.across")}</h4>
        <div class="formula" data-testid="numpos-across-formula"
            node_ref={ let r = NodeRef::new(); crate::ui::mathml::live(r, move || batch.with(|b| block(&model::across_formula(b)))); r }></div>
        <p class="prose">{ctx.t("num_pos.across_text")}</p>
    }
}
