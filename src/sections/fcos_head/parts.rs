//! The parts of the FCOS-head lesson, each a component reading the shared state.

use super::model::{
    class_of, comma_list, counts, loc_of, losses_entered, one_hot, row, row_of, with_row, RowClass,
    C, H, LOSSES, W,
};
use crate::ctx::{use_ctx, Ctx};
use crate::format;
use crate::i18n::fill;
use crate::ui::NumberCell;
use leptos::prelude::*;

/// "class 3" / "background" / "several classes" for a target row.
fn class_label(ctx: Ctx, k: RowClass) -> String {
    match k {
        RowClass::Background => ctx.t("fcos_head.background").to_string(),
        RowClass::Class(c) => fill(ctx.t("fcos_head.class"), &[("c", &c.to_string())]),
        RowClass::Several => ctx.t("fcos_head.several").to_string(),
    }
}

/// "[0.1, 0.2, 0.8, 0.4, 0.4]" as typed.
fn bracket(xs: &[f64]) -> String {
    let parts: Vec<String> = xs.iter().map(|x| format::short(*x)).collect();
    format!("[{}]", parts.join(", "))
}

/// A row as a read-out: the list as text, the comma list in `data-value`.
fn row_out(testid: &'static str, xs: Signal<Vec<f64>>) -> impl IntoView {
    view! {
        <output class="readout" data-testid=testid data-value=move || xs.with(|v| comma_list(v))
            style="font-family: var(--mono)">{move || xs.with(|v| bracket(v))}</output>
    }
}

/// The 2 × 2 map (click a location) and the two [H·W, C] matrices with its row marked.
#[component]
pub fn HeadGrid() -> impl IntoView {
    let ctx = use_ctx();
    let logits = ctx.memo(|p| p.fc_logits.clone());
    let targets = ctx.memo(|p| p.fc_targets.clone());
    let sel = ctx.memo(|p| usize::from(p.fh_loc).min(H * W - 1));
    let pick = move |r: usize| {
        ctx.set(|p| {
            p.fh_loc = r as u8;
            // The one-hot box shows the picked location's class, when its row is one-hot.
            if let Some(k) = class_of(row(&p.fc_targets, r)).index() {
                p.fh_cls = k as u8;
            }
        })
    };
    let cell = move |r: usize| {
        let (h, w) = loc_of(r);
        let here = move || sel.get() == r;
        view! {
            <td style="padding: 0.2rem">
                <button type="button" data-testid=format!("fcos-cell-{r}") aria-pressed=move || here().to_string()
                    on:click=move |_| pick(r)
                    style=move || format!("width: 100%; min-width: 9rem; {}", if here() { "outline: 3px solid var(--accent); outline-offset: 1px; font-weight: 600" } else { "" })>
                    {format!("(h = {h}, w = {w})")}{move || here().then_some(" ◀")}<br/>
                    <span class="note" style="color: inherit" data-testid=format!("fcos-cell-kind-{r}")>
                        {move || targets.with(|t| class_label(ctx, class_of(row(t, r))))}</span>
                </button>
            </td>
        }
    };
    let matrix = move |testid: &'static str, data: Memo<Vec<f64>>| {
        let rows = (0..H * W).map(move |r| {
            let here = move || sel.get() == r;
            view! {
                <tr style=move || if here() { "outline: 3px solid var(--accent)" } else { "" }>
                    <th scope="row">{format!("{r} ← {:?}", loc_of(r))}{move || here().then_some(" ◀")}</th>
                    {(0..C).map(|k| view! { <td>{move || data.with(|d| format::short(row(d, r).get(k).copied().unwrap_or(f64::NAN)))}</td> }).collect_view()}
                </tr>
            }
        }).collect_view();
        view! { <table data-testid=testid style="margin: 0.3rem 0"><tbody>{rows}</tbody></table> }
    };
    let where_text = move || {
        let r = sel.get();
        let (h, w) = loc_of(r);
        fill(
            ctx.t("fcos_head.where"),
            &[
                ("h", &h.to_string()),
                ("w", &w.to_string()),
                ("W", &W.to_string()),
                ("r", &r.to_string()),
            ],
        )
    };
    let pred_row = Signal::derive(move || logits.with(|l| row(l, sel.get()).to_vec()));
    let target_row = Signal::derive(move || targets.with(|t| row(t, sel.get()).to_vec()));
    view! {
        <p class="prose">{crate::ui::rich(&fill(ctx.t("fcos_head.reshape_text"), &[("H", &H.to_string()), ("W", &W.to_string()), ("C", &C.to_string()), ("HW", &(H * W).to_string())]))}</p>
        <table role="group" aria-label=ctx.t("fcos_head.grid_label") data-testid="fcos-grid" style="margin: 0.4rem 0">
            <tbody>{(0..H).map(|h| view! { <tr>{(0..W).map(|w| cell(row_of(h, w))).collect_view()}</tr> }).collect_view()}</tbody>
        </table>
        <p class="verdict" data-testid="fcos-row-index" data-value=move || sel.get().to_string()>{where_text}</p>
        <div class="readouts">
            <div class="readout-card"><span class="name">{ctx.t("fcos_head.pred_row")}</span>{row_out("fcos-pred-row", pred_row)}</div>
            <div class="readout-card"><span class="name">{ctx.t("fcos_head.target_row")}</span>{row_out("fcos-target-row", target_row)}</div>
        </div>
        <div class="table-wrap" style="overflow-x: auto; display: flex; gap: 1.5rem; flex-wrap: wrap">
            <div><span class="note">{ctx.t("fcos_head.preds_caption")}</span>{matrix("fcos-preds", logits)}</div>
            <div><span class="note">{ctx.t("fcos_head.targets_caption")}</span>{matrix("fcos-targets", targets)}</div>
        </div>
        <p class="note">{crate::ui::rich(ctx.t("fcos_head.table_link"))}</p>
    }
}

/// The class index box, `arange(1, C + 1) == cls` step by step, and "write into the table".
#[component]
pub fn OneHot() -> impl IntoView {
    let ctx = use_ctx();
    let cls = ctx.memo(|p| usize::from(p.fh_cls));
    let sel = ctx.memo(|p| usize::from(p.fh_loc).min(H * W - 1));
    let hot = Signal::derive(move || one_hot(cls.get(), C));
    let arange: Vec<f64> = (1..=C).map(|k| k as f64).collect();
    let steps = move || {
        let k = cls.get();
        let eq: Vec<&str> = (1..=C)
            .map(|j| if j == k { "True" } else { "False" })
            .collect();
        format!(
            "torch.arange(1, {}) = {}\n{} == {k} → [{}]\n.float() → {}",
            C + 1,
            bracket(&arange),
            bracket(&arange),
            eq.join(", "),
            bracket(&one_hot(k, C))
        )
    };
    let note = move || {
        if cls.get() == 0 {
            ctx.t("fcos_head.onehot_bg").to_string()
        } else {
            fill(
                ctx.t("fcos_head.onehot_pos"),
                &[("c", &cls.get().to_string())],
            )
        }
    };
    let label = Signal::stored(fill(
        ctx.t("fcos_head.onehot_label"),
        &[("C", &C.to_string())],
    ));
    let write = move |_| {
        ctx.set(|p| {
            p.fc_targets = with_row(
                &p.fc_targets,
                usize::from(p.fh_loc).min(H * W - 1),
                usize::from(p.fh_cls),
            )
        })
    };
    view! {
        <p class="prose">{ctx.t("fcos_head.onehot_text")}</p>
        <div class="controls">
            <div class="control">
                <label>{move || label.get()}</label>
                <NumberCell testid="onehot-input".into() label value=Signal::derive(move || cls.get() as f64)
                    on_set=Callback::new(move |v: f64| ctx.set(|p| p.fh_cls = v as u8))
                    min=0.0 max=C as f64 whole=true/>
            </div>
        </div>
        <pre class="listing" data-testid="onehot-steps" tabindex="0"><code>{steps}</code></pre>
        <div class="readouts">
            <div class="readout-card"><span class="name">{ctx.t("fcos_head.onehot_row")}</span>{row_out("onehot-row", hot)}</div>
        </div>
        <p class="note" data-testid="onehot-note">{note}</p>
        <div class="button-row">
            <button type="button" data-testid="onehot-apply" on:click=write>
                {move || fill(ctx.t("fcos_head.apply"), &[("r", &sel.get().to_string())])}
            </button>
        </div>
    }
}

/// Which losses positives and negatives enter, for the picked location and the whole map.
#[component]
pub fn Losses() -> impl IntoView {
    let ctx = use_ctx();
    let targets = ctx.memo(|p| p.fc_targets.clone());
    let sel = ctx.memo(|p| usize::from(p.fh_loc).min(H * W - 1));
    let kind = Memo::new(move |_| targets.with(|t| class_of(row(t, sel.get()))));
    let tally = Memo::new(move |_| targets.with(|t| counts(t)));
    let mark = |yes: bool| if yes { "✓" } else { "—" };
    let picked = move || {
        let k = kind.get();
        fill(
            ctx.t(if k.positive() {
                "fcos_head.picked_pos"
            } else {
                "fcos_head.picked_neg"
            }),
            &[
                ("r", &sel.get().to_string()),
                ("n", &losses_entered(k.positive()).to_string()),
                ("what", &class_label(ctx, k)),
            ],
        )
    };
    let split = move || {
        let (locs, ones, zeros) = tally.get();
        fill(
            ctx.t("fcos_head.split"),
            &[
                ("locs", &locs.to_string()),
                ("hw", &(H * W).to_string()),
                ("ones", &ones.to_string()),
                ("zeros", &zeros.to_string()),
            ],
        )
    };
    view! {
        <p class="prose">{crate::ui::rich(ctx.t("fcos_head.losses_text"))}</p>
        <table data-testid="fcos-losses" style="margin: 0.3rem 0">
            <thead><tr><th scope="col">{ctx.t("fcos_head.loss_col")}</th>
                <th scope="col">{ctx.t("fcos_head.pos_col")}</th><th scope="col">{ctx.t("fcos_head.neg_col")}</th></tr></thead>
            <tbody>
                {LOSSES.iter().map(|(key, neg)| view! {
                    <tr><th scope="row" style="text-align: left">{ctx.t(key)}</th><td>{mark(true)}</td><td>{mark(*neg)}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <p class="verdict" data-testid="fcos-loc-kind" data-value=move || if kind.get().positive() { "positive" } else { "negative" }
            data-losses=move || losses_entered(kind.get().positive()).to_string()>{picked}</p>
        <p class="prose" data-testid="fcos-split" data-value=move || { let (l, o, z) = tally.get(); format!("{l},{o},{z}") }>{split}</p>
    }
}

/// The post's target-assignment steps, in its order.
#[component]
pub fn Steps() -> impl IntoView {
    let ctx = use_ctx();
    const KEYS: [&str; 5] = [
        "fcos_head.step1",
        "fcos_head.step2",
        "fcos_head.step3",
        "fcos_head.step4",
        "fcos_head.step5",
    ];
    view! {
        <p class="prose">{ctx.t("fcos_head.steps_text")}</p>
        <ol data-testid="fcos-steps">
            {KEYS.iter().map(|k| view! { <li>{ctx.t(k)}</li> }).collect_view()}
        </ol>
        <p class="note">{ctx.t("fcos_head.steps_note")}</p>
    }
}
