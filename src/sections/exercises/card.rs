//! One exercise: the question with its numbers, an answer box, Check, New numbers, and the
//! worked answer on request. The numbers and the verdict come from `data::exercises`.

use crate::ctx::{use_ctx, Ctx};
use crate::data::exercises::{question, Question, Verdict, COUNT, MAX_SEED};
use crate::format;
use crate::i18n::fill;
use crate::math::rng::splitmix;
use crate::ui::number_cell::error_text;
use leptos::prelude::*;

/// i18n keys per exercise (1-based K at index K − 1): topic, question, worked answer.
pub const KEYS: [(&str, &str, &str); COUNT] = [
    ("exercises.topic.1", "exercises.q.1", "exercises.work.1"),
    ("exercises.topic.2", "exercises.q.2", "exercises.work.2"),
    ("exercises.topic.3", "exercises.q.3", "exercises.work.3"),
    ("exercises.topic.4", "exercises.q.4", "exercises.work.4"),
    ("exercises.topic.5", "exercises.q.5", "exercises.work.5"),
    ("exercises.topic.6", "exercises.q.6", "exercises.work.6"),
    ("exercises.topic.7", "exercises.q.7", "exercises.work.7"),
    ("exercises.topic.8", "exercises.q.8", "exercises.work.8"),
    ("exercises.topic.9", "exercises.q.9", "exercises.work.9"),
];

/// The quadrants' names, by quadrant number − 1 (the quadrants section's order).
const QUADRANT_KEYS: [&str; 4] = [
    "quadrants.easy_pos",
    "quadrants.easy_neg",
    "quadrants.hard_pos",
    "quadrants.hard_neg",
];

/// Exercise K's seed in the state (0 when the list is short).
pub fn seed_of(seeds: &[f64], k: usize) -> u64 {
    seeds.get(k - 1).map_or(0, |&s| s as u64)
}

/// The next seed of exercise K: a fresh SplitMix64 draw from the current one, kept in the
/// URL's range and never 0 (0 is the lesson's own example).
pub fn next_seed(seed: u64, k: usize) -> u64 {
    1 + splitmix(seed, k as u64) % MAX_SEED
}

/// The answer as the page shows it: exact for a whole-number answer, else 4 significant digits.
pub fn shown_answer(q: &Question) -> String {
    let a = q.answer();
    if q.exact() {
        format::whole(a)
    } else {
        format::num(a)
    }
}

/// A text template filled with the question's numbers (inputs as given, results rounded).
pub fn filled(ctx: Ctx, key: &'static str, q: &Question) -> String {
    let mut args: Vec<(&str, String)> = q
        .fields()
        .into_iter()
        .map(|(name, v, input)| {
            (
                name,
                if input {
                    format::short(v)
                } else {
                    format::num(v)
                },
            )
        })
        .collect();
    args.push(("answer", shown_answer(q)));
    if let Question::Quadrant { .. } = q {
        let n = q.answer() as usize;
        args.push(("name", ctx.t(QUADRANT_KEYS[n.clamp(1, 4) - 1]).to_string()));
    }
    let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    fill(ctx.t(key), &args)
}

#[component]
pub fn Card(k: usize) -> impl IntoView {
    let ctx = use_ctx();
    let params = ctx.params;
    let seed = Memo::new(move |_| params.with(|p| seed_of(&p.ex_seeds, k)));
    let q = Memo::new(move |_| question(k, seed.get()));
    let text = RwSignal::new(String::new());
    let verdict = RwSignal::new(None::<Verdict>);
    let revealed = RwSignal::new(false);
    // New numbers: the old verdict and worked answer no longer apply.
    Effect::new(move |prev: Option<Question>| {
        let now = q.get();
        if prev.is_some_and(|p| p != now) {
            verdict.try_set(None);
            revealed.try_set(false);
        }
        now
    });
    let check = move || verdict.set(Some(q.with(|q| q.check(&text.get_untracked()))));
    let new_numbers = move |_| {
        ctx.set(|p| {
            p.ex_seeds.resize(COUNT, 0.0);
            p.ex_seeds[k - 1] = next_seed(seed_of(&p.ex_seeds, k), k) as f64;
        })
    };
    let (topic, q_key, work_key) = KEYS[k - 1];
    let verdict_text = move || match verdict.get() {
        None => String::new(),
        Some(Verdict::Correct) => ctx.t("exercises.correct").to_string(),
        Some(Verdict::Wrong(hint)) => format!("{} {}", ctx.t("exercises.wrong"), ctx.t(hint)),
        Some(Verdict::Invalid(e)) => {
            format!("{} {}", ctx.t("exercises.invalid"), error_text(ctx, e))
        }
    };
    let id = format!("exercise-input-{k}");
    view! {
        <div class="exercise" data-testid=format!("exercise-{k}") data-seed=move || seed.get().to_string()>
            <h3>{fill(ctx.t("exercises.title"), &[("k", &k.to_string())])}" "{ctx.t(topic)}</h3>
            <p class="prose" data-testid=format!("exercise-question-{k}")>{move || q.with(|q| crate::ui::rich(&filled(ctx, q_key, q)))}</p>
            <div class="exercise-row">
                <label for=id.clone()>{ctx.t("exercises.your_answer")}</label>
                <input type="text" inputmode="decimal" class="number-box" id=id.clone() data-testid=id autocomplete="off"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                    on:keydown=move |ev| if ev.key() == "Enter" { check() }/>
                <button type="button" data-testid=format!("exercise-check-{k}") on:click=move |_| check()>
                    {ctx.t("exercises.check")}</button>
                <button type="button" data-testid=format!("exercise-reveal-{k}") aria-expanded=move || revealed.get().to_string()
                    on:click=move |_| revealed.update(|r| *r = !*r)>{ctx.t("exercises.reveal")}</button>
                <button type="button" data-testid=format!("exercise-new-{k}") on:click=new_numbers>
                    {ctx.t("exercises.new")}</button>
            </div>
            <p class="verdict" data-testid=format!("exercise-verdict-{k}")
                data-value=move || verdict.get().map_or("", Verdict::name)>{verdict_text}</p>
            <Show when=move || revealed.get()>
                <p class="note" data-testid=format!("exercise-work-{k}")>
                    {move || q.with(|q| crate::ui::rich(&filled(ctx, work_key, q)))}" "
                    <strong>{ctx.t("exercises.answer")}" "
                    <output class="readout" data-testid=format!("exercise-answer-{k}")
                        data-value=move || q.with(|q| q.answer().to_string())>{move || q.with(shown_answer)}</output></strong>
                </p>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_step_within_range_and_never_to_zero() {
        let mut s = 0;
        for _ in 0..1000 {
            s = next_seed(s, 3);
            assert!((1..=MAX_SEED).contains(&s));
        }
        assert_eq!(seed_of(&[0.0, 5.0], 2), 5);
        assert_eq!(seed_of(&[], 9), 0);
    }

    #[test]
    fn shown_answers_are_accepted() {
        for k in 1..=COUNT {
            for seed in 0..100 {
                let q = question(k, seed);
                let shown = shown_answer(&q);
                assert_eq!(q.check(&shown), Verdict::Correct, "{k} {seed} {shown}");
            }
        }
    }
}
