//! One cell of the 5 × 4 table: logit box, target toggle, σ, our FL on a heat shade, the
//! post's printed value, and the ≠ mark where they differ. Plus the small read-out helper.

use super::model::{heat_style, View, COLS};
use crate::ctx::use_ctx;
use crate::format;
use crate::i18n::fill;
use crate::ui::NumberCell;
use leptos::prelude::*;

/// A read-out with an owned test id: rounded text, the full f64 in `data-value`.
pub fn out(testid: String, value: Signal<f64>, show: fn(f64) -> String) -> impl IntoView {
    view! {
        <output class="readout" data-testid=testid data-value=move || value.get().to_string()>
            {move || show(value.get())}
        </output>
    }
}

/// 4 decimals like the post prints (so the two columns line up), or 4 significant digits
/// for values too small for that.
pub fn show4(v: f64) -> String {
    if v != 0.0 && v.abs() < 1e-3 {
        format::num(v)
    } else {
        format::fixed(v, 4)
    }
}

/// A count ("2", not "2.000").
pub fn count(v: f64) -> String {
    format!("{v}")
}

/// The 1-based note number of cell (r, c) among the mismatches, if it has one.
pub fn note_number(v: &View, r: usize, c: usize) -> Option<usize> {
    v.mismatches()
        .iter()
        .position(|(rr, cc, _)| (*rr, *cc) == (r, c))
        .map(|i| i + 1)
}

#[component]
pub fn Cell(r: usize, c: usize, view: Memo<View>) -> impl IntoView {
    let ctx = use_ctx();
    let i = r * COLS + c;
    let rc = move |key: &'static str| {
        fill(
            ctx.t(key),
            &[("r", &(r + 1).to_string()), ("c", &(c + 1).to_string())],
        )
    };
    let logit = Signal::derive(move || view.with(|v| v.logits[r][c]));
    let target = Signal::derive(move || view.with(|v| v.targets[r][c]));
    let sigma = Signal::derive(move || view.with(|v| v.sigma[r][c]));
    let loss = Signal::derive(move || view.with(|v| v.table.cells[r][c]));
    let printed = view.with_untracked(|v| v.compare[r][c].printed);
    let note = Memo::new(move |_| view.with(|v| note_number(v, r, c)));
    let on_set = Callback::new(move |x: f64| {
        ctx.set(|p| {
            if let Some(e) = p.fc_logits.get_mut(i) {
                *e = x
            }
        })
    });
    let toggle = move |_| {
        ctx.set(|p| {
            if let Some(e) = p.fc_targets.get_mut(i) {
                *e = if *e == 1.0 { 0.0 } else { 1.0 }
            }
        })
    };
    let mark = move || {
        note.get().map(|n| {
            let at_post = view.with(|v| v.compare[r][c].at_post);
            let aria = fill(
                ctx.t("five_class.mismatch_aria"),
                &[("n", &n.to_string()), ("ours", &format::num(at_post))],
            );
            view! {
                <span data-testid=format!("fc-mismatch-{r}-{c}") role="note" aria-label=aria.clone() title=aria
                    style="color: var(--error); font-weight: 700; margin-left: 0.3rem">
                    {format!("≠ {n}")}
                </span>
            }
        })
    };
    let cell_style = move || {
        if note.get().is_some() {
            "outline: 2px dashed var(--error); outline-offset: -3px; vertical-align: top; min-width: 8.5rem"
        } else {
            "vertical-align: top; min-width: 8.5rem"
        }
    };

    view! {
        <td style=cell_style data-testid=format!("fc-cell-{r}-{c}")>
            <NumberCell testid=format!("fc-logit-{r}-{c}") label=Signal::derive(move || rc("five_class.logit_label"))
                value=logit on_set min=super::model::LOGIT_MIN max=super::model::LOGIT_MAX/>
            <div style="display: flex; gap: 0.4rem; align-items: baseline; margin-top: 0.15rem">
                <button type="button" data-testid=format!("fc-target-{r}-{c}")
                    aria-label=move || rc("five_class.target_label")
                    aria-pressed=move || (target.get() == 1.0).to_string()
                    data-value=move || target.get().to_string()
                    style="padding: 0 0.4rem; font-family: var(--mono)"
                    on:click=toggle>
                    {move || format!("t = {}", target.get())}
                </button>
                <span class="note">"σ "{out(format!("fc-sig-{r}-{c}"), sigma, format::num)}</span>
            </div>
            <div>
                <span class="note">"FL "</span>
                <span style=move || heat_style(loss.get(), view.with(|v| v.max_cell))>
                    {out(format!("fc-loss-{r}-{c}"), loss, show4)}
                </span>
            </div>
            <div class="note">
                {ctx.t("five_class.post")}" "
                <span data-testid=format!("fc-post-{r}-{c}") data-value=printed.to_string()>{format::fixed(printed, 4)}</span>
                {mark}
            </div>
        </td>
    }
}
