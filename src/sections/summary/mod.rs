//! The summary: the handful of facts a student should leave with, each one sentence whose
//! numbers are computed live from the current α, γ (and the shared table), with a link to the
//! section that shows it. It is the last section, so in slides mode it is the last slide.

pub mod model;

use crate::ctx::use_ctx;
use crate::data::contents::SECTIONS;
use crate::sections::Pager;
use crate::state::Mode;
use leptos::prelude::*;
use model::{facts, Fact, Num};

/// Cuts `template` at its `{name}` placeholders: text pieces and the names between them.
/// "a {x} b" → [Text("a "), Name("x"), Text(" b")]. An unknown `{` is kept as text.
pub fn pieces(template: &str) -> Vec<Result<&str, &str>> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        match rest[i..].find('}') {
            Some(j) => {
                if i > 0 {
                    out.push(Ok(&rest[..i]));
                }
                out.push(Err(&rest[i + 1..i + j]));
                rest = &rest[i + j + 1..];
            }
            None => break,
        }
    }
    if !rest.is_empty() {
        out.push(Ok(rest));
    }
    out
}

/// A link to section `id` that acts like the contents: the section comes up to date first,
/// and in slides mode the deck jumps to its first slide.
#[component]
fn SectionLink(id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let pager = expect_context::<Pager>();
    let deck = expect_context::<crate::slides::Deck>();
    let (index, key) = SECTIONS
        .iter()
        .enumerate()
        .find(|(_, s)| s.0 == id)
        .map_or((0, "sec.explorer"), |(i, s)| (i, s.1));
    view! {
        <a href=format!("#{id}") data-testid=format!("summary-link-{id}") on:click=move |_| {
            pager.go_to(id);
            if ctx.store().with_untracked(|p| p.mode == Mode::Slides) {
                let k = deck.first_slide_of(index);
                ctx.set(|p| p.slide = k.min(255) as u8);
            }
        }>{ctx.t(key)}</a>
    }
}

/// One fact: the sentence with its numbers as read-outs (full value in `data-value`), then
/// "→ section".
fn fact_view(k: usize, f: Fact) -> impl IntoView {
    let ctx = use_ctx();
    let find = |name: &str| -> Option<Num> { f.nums.iter().find(|n| n.name == name).cloned() };
    let parts = pieces(ctx.t(f.key))
        .into_iter()
        .map(|p| match p {
            Ok(text) => crate::ui::rich(text).into_any(),
            Err(name) => match find(name) {
                Some(n) => view! {
                    <output class="readout" data-testid=n.testid data-value=n.value.to_string()>{n.text}</output>
                }
                .into_any(),
                None => format!("{{{name}}}").into_any(),
            },
        })
        .collect_view();
    view! {
        <li data-testid=format!("summary-fact-{}", k + 1) data-section=f.section>
            {parts}" "<span class="note">"→ "<SectionLink id=f.section/></span>
        </li>
    }
}

#[component]
pub fn Summary() -> impl IntoView {
    let ctx = use_ctx();
    let all = Memo::new(move |_| ctx.params.with(facts));
    view! {
        <p class="prose">{crate::ui::rich(ctx.t("summary.intro"))}</p>
        <ol class="prose" data-testid="summary-facts">
            {move || all.get().into_iter().enumerate().map(|(k, f)| fact_view(k, f)).collect_view()}
        </ol>
        <p class="prose" data-testid="summary-takeaway">{ctx.t("summary.takeaway")}</p>
        <crate::ui::HowComputed>
            <p class="note">{ctx.t("summary.how")}</p>
        </crate::ui::HowComputed>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_cut_at_placeholders() {
        assert_eq!(pieces("a {x} b"), vec![Ok("a "), Err("x"), Ok(" b")]);
        assert_eq!(pieces("{x}{y}"), vec![Err("x"), Err("y")]);
        assert_eq!(pieces("no braces"), vec![Ok("no braces")]);
        assert_eq!(pieces("open { only"), vec![Ok("open { only")]);
    }

    #[test]
    fn every_placeholder_has_its_number() {
        use crate::i18n::tr;
        for s in [
            crate::state::Params::default(),
            crate::state::Params {
                alpha: crate::math::focal::Alpha::Off,
                gamma: 0.0,
                ..Default::default()
            },
        ] {
            for f in facts(&s) {
                for lang in [crate::state::Lang::En, crate::state::Lang::Zh] {
                    for p in pieces(tr(lang, f.key)) {
                        if let Err(name) = p {
                            assert!(f.nums.iter().any(|n| n.name == name), "{} {name}", f.key);
                        }
                    }
                }
            }
        }
    }
}
