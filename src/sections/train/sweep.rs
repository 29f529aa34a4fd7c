//! The miniature Table 1: a γ × α grid of FL runs over three seeds, time-sliced like the live
//! training, with progress, cancel, the mean ± s.d. AP table beside the paper's Table 1b, and a
//! computed verdict on whether the toy follows the paper's pattern.

use super::runner::BUDGET_MS;
use super::Model;
use crate::data::paper::TABLE_1B;
use crate::format;
use crate::i18n::{fill, tr, Lang};
use crate::math::train::sweep::{Sweep, Table, ALPHAS, GAMMAS, SEEDS, STEPS};
use crate::web::near::now_ms;
use leptos::prelude::*;
use std::cell::RefCell;

thread_local! {
    static SWEEP: RefCell<Option<Sweep>> = const { RefCell::new(None) };
}

/// The paper's best α for each of the grid's γ (Table 1b).
pub fn paper_alpha() -> [f64; 5] {
    std::array::from_fn(|g| {
        TABLE_1B
            .iter()
            .find(|r| r.gamma == GAMMAS[g])
            .map_or(f64::NAN, |r| r.alpha)
    })
}

/// The verdict sentence for a finished table.
pub fn verdict_text(t: &Table, lang: Lang) -> String {
    let Some(v) = t.verdict(&paper_alpha()) else {
        return String::new();
    };
    let tx = |k| tr(lang, k);
    let (g, a) = v.best;
    let ap = t.cells[g][a].map_or(f64::NAN, |c| c.0);
    let best = fill(
        tx(if v.best_at_focus {
            "train.sw_best_focus"
        } else {
            "train.sw_best_ce"
        }),
        &[
            ("g", &format::short(GAMMAS[g])),
            ("alpha", &format::short(ALPHAS[a])),
            ("ap", &format::fixed(ap, 3)),
        ],
    );
    let trend = if v.rises.is_empty() {
        tx("train.sw_falls").to_string()
    } else {
        let at: Vec<String> = v
            .rises
            .iter()
            .map(|&g| format!("γ = {}", format::short(GAMMAS[g])))
            .collect();
        fill(tx("train.sw_rises"), &[("at", &at.join(", "))])
    };
    let same = fill(tx("train.sw_same"), &[("k", &v.same_as_paper.to_string())]);
    let sep = if lang == Lang::Zh { "" } else { " " };
    [best, trend, same].join(sep)
}

#[component]
pub fn MiniTable(m: Model) -> impl IntoView {
    let ctx = m.ctx;
    let running = RwSignal::new(false);
    // (runs done, progress, table) after each frame of work.
    let state = RwSignal::new((0usize, 0.0f64, Table::default()));
    let publish = move || {
        if let Some(s) =
            SWEEP.with_borrow(|s| s.as_ref().map(|s| (s.aps.len(), s.progress(), s.table())))
        {
            state.try_set(s);
        }
    };
    fn frame(running: RwSignal<bool>, publish: impl Fn() + Copy + 'static) {
        request_animation_frame(move || {
            if running.try_get_untracked() != Some(true) {
                return;
            }
            let t0 = now_ms();
            let more = SWEEP.with_borrow_mut(|s| {
                let Some(s) = s.as_mut() else { return false };
                let mut unit = 0.0;
                loop {
                    let now = now_ms();
                    if now - t0 + unit > BUDGET_MS {
                        return true;
                    }
                    if !s.advance() {
                        return false;
                    }
                    unit = now_ms() - now;
                }
            });
            publish();
            if more {
                frame(running, publish);
            } else {
                running.try_set(false);
            }
        });
    }
    let start = move |_| {
        m.pause();
        let settings = super::settings(&ctx.params.get_untracked());
        SWEEP.with_borrow_mut(|s| *s = Some(Sweep::new(settings)));
        publish();
        running.set(true);
        frame(running, publish);
    };
    let cancel = move |_| {
        running.set(false);
        SWEEP.with_borrow_mut(|s| *s = None);
        state.set((0, 0.0, Table::default()));
    };
    let lang = m.lang;
    let rows = move || {
        let t = state.with(|s| s.2.clone());
        let pa = paper_alpha();
        (0..GAMMAS.len())
            .map(|g| {
                let best = t.best_alpha(g);
                let paper = TABLE_1B.iter().find(|r| r.gamma == GAMMAS[g]);
                view! {
                    <tr>
                        <th scope="row">{format::short(GAMMAS[g])}</th>
                        {(0..ALPHAS.len()).map(|a| {
                            let c = t.cells[g][a];
                            let is_best = best == Some(a);
                            let text = c.map_or("…".to_string(), |(mu, sd)| format!("{} ± {}", format::fixed(mu, 3), format::fixed(sd, 3)));
                            view! {
                                <td class:best=is_best data-testid=format!("train-sweep-cell-{g}-{a}")
                                    data-value=c.map_or(String::new(), |c| c.0.to_string()) data-best=is_best.to_string()>
                                    {text}{is_best.then_some(" ★")}
                                </td>
                            }
                        }).collect_view()}
                        <td>{format::short(pa[g])}</td>
                        <td>{paper.map_or("—".to_string(), |r| format::fixed(r.ap, 1))}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let verdict = move || state.with(|s| verdict_text(&s.2, lang.get()));
    let caption = fill(
        ctx.t("train.sw_caption"),
        &[("seeds", &SEEDS.to_string()), ("steps", &STEPS.to_string())],
    );
    view! {
        <h3>{ctx.t("train.sw_title")}</h3>
        <p class="prose">{ctx.t("train.sw_text")}</p>
        <div class="button-row">
            <button type="button" data-testid="train-sweep" disabled=move || running.get() on:click=start>{ctx.t("train.sw_run")}</button>
            <button type="button" data-testid="train-sweep-cancel" disabled=move || !running.get() on:click=cancel>{ctx.t("train.sw_cancel")}</button>
            <progress data-testid="train-sweep-progress" max="1" prop:value=move || state.with(|s| s.1)
                data-value=move || state.with(|s| s.1.to_string()) aria-label=ctx.t("train.sw_progress")></progress>
            <span class="note">{move || format!("{} / {}", state.with(|s| s.0), crate::math::train::sweep::RUNS)}</span>
        </div>
        <table class="data" data-testid="train-sweep-table">
            <caption>{caption}</caption>
            <thead><tr>
                <th scope="col">"γ"</th>
                {ALPHAS.iter().map(|a| view! { <th scope="col">{format!("α = {}", format::short(*a))}</th> }).collect_view()}
                <th scope="col">{ctx.t("train.sw_paper_alpha")}</th>
                <th scope="col">{ctx.t("train.sw_paper_ap")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="prose" data-testid="train-sweep-verdict">{verdict}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_alphas_come_from_table_1b() {
        assert_eq!(paper_alpha(), [0.75, 0.5, 0.25, 0.25, 0.25]);
    }

    #[test]
    fn verdict_text_either_way() {
        let mut t = Table::default();
        for g in 0..5 {
            for a in 0..3 {
                t.cells[g][a] = Some((
                    0.6 - 0.03 * g as f64 + 0.01 * a as f64 * (g as f64 - 0.5),
                    0.0,
                ));
            }
        }
        let s = verdict_text(&t, Lang::En);
        assert!(
            s.contains("γ = 0") && s.contains("unlike the paper") && s.contains("rises at γ = 0.5"),
            "{s}"
        );
        assert_eq!(verdict_text(&Table::default(), Lang::En), "");
    }
}
