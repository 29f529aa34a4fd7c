//! Self-check exercises across the lessons: nine questions with numbers from a seeded
//! generator (the seeds are in the URL, so a lecturer can hand out the same set), checked
//! within a stated tolerance, with worked answers; and a printable sheet, questions first and
//! then the answer key. The questions and answers live in `data::exercises`.

mod card;

use crate::ctx::use_ctx;
use crate::data::exercises::{question, COUNT, REL_TOL};
use crate::format;
use crate::i18n::fill;
use card::{filled, seed_of, shown_answer, Card, KEYS};
use leptos::prelude::*;

#[component]
pub fn Exercises() -> impl IntoView {
    let ctx = use_ctx();
    let tolerance = fill(
        ctx.t("exercises.tolerance"),
        &[("pct", &format::short(REL_TOL * 100.0))],
    );
    let any_new = ctx.memo(|p| p.ex_seeds.iter().any(|&s| s != 0.0));
    let reset = move |_| ctx.set(|p| p.ex_seeds = vec![0.0; COUNT]);
    view! {
        <p class="prose">{ctx.t("exercises.intro")}</p>
        <p class="note" data-testid="exercises-tolerance" data-value=REL_TOL.to_string()>{tolerance}</p>
        <div class="button-row">
            <button type="button" data-testid="exercises-reset" disabled=move || !any_new.get() on:click=reset>
                {ctx.t("exercises.reset")}</button>
        </div>
        {(1..=COUNT).map(|k| view! { <Card k/> }).collect_view()}
        <Sheet/>
        <p class="prose takeaway"><strong>{ctx.t("exercises.takeaway")}</strong></p>
        <crate::ui::HowComputed>
            <p class="note">{fill(ctx.t("exercises.how"), &[("pct", &format::short(REL_TOL * 100.0))])}</p>
        </crate::ui::HowComputed>
    }
}

/// The printable sheet: every question with its current numbers, then the answer key.
#[component]
fn Sheet() -> impl IntoView {
    let ctx = use_ctx();
    let params = ctx.params;
    let seeds = Memo::new(move |_| params.with(|p| p.ex_seeds.clone()));
    let open = RwSignal::new(false);
    let questions = move || {
        seeds.with(|s| {
            (1..=COUNT)
                .map(|k| {
                    let q = question(k, seed_of(s, k));
                    view! { <li data-testid=format!("exercise-sheet-q-{k}")>{crate::ui::rich(&filled(ctx, KEYS[k - 1].1, &q))}</li> }
                })
                .collect_view()
        })
    };
    let answers = move || {
        seeds.with(|s| {
            (1..=COUNT)
                .map(|k| {
                    let q = question(k, seed_of(s, k));
                    view! {
                        <li data-testid=format!("exercise-sheet-a-{k}") data-value=q.answer().to_string()>
                            {crate::ui::rich(&filled(ctx, KEYS[k - 1].2, &q))}" "<strong>{shown_answer(&q)}</strong>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let print = move |_| {
        open.set(true);
        // Let the fold open before the print dialog takes its snapshot.
        request_animation_frame(|| crate::web::print::print_only("exercises"));
    };
    view! {
        <div class="button-row">
            <button type="button" data-testid="exercises-print" on:click=print>{ctx.t("exercises.print")}</button>
        </div>
        <details class="exercise-sheet" data-testid="exercise-sheet" prop:open=move || open.get()
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
            <summary>{ctx.t("exercises.sheet")}</summary>
            <h3>{ctx.t("exercises.sheet_questions")}</h3>
            <ol>{questions}</ol>
            <div class="answer-key">
                <h3>{ctx.t("exercises.sheet_key")}</h3>
                <ol>{answers}</ol>
            </div>
        </details>
    }
}
