//! Rendering lesson text with links (`ui::rich` parses it): section references become links
//! that bring the section up to date and scroll (or turn the slide) to it, glossary terms
//! become `Term`s. And `HowComputed`, the folded part where implementation notes live.

use super::glossary::Term;
use super::rich::{parse, quoted, section, shown_words, Piece};
use crate::ctx::use_ctx;
use leptos::prelude::*;

/// What following a section link does, given the section's index in the table of contents:
/// the shell provides it (bring the section up to date, scroll or turn the slide to it), so
/// `ui` needs nothing from the sections or the slides.
#[derive(Clone, Copy)]
pub struct GoToSection(pub Callback<usize>);

/// `text` with its `[[…]]` markers as links.
pub fn rich(text: &str) -> impl IntoView + use<> {
    let lang = use_ctx().lang();
    parse(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.to_string().into_any(),
            Piece::Section(id) => match section(id) {
                Some((_, id, _)) => view! { <SectionLink id/> }.into_any(),
                None => id.to_string().into_any(),
            },
            Piece::Term(id, shown) => match super::glossary::TERMS.iter().find(|t| t.0 == id) {
                Some(&(id, _, _)) => {
                    view! { <Term id shown=shown_words(lang, id, shown).to_string()/> }.into_any()
                }
                None => shown.to_string().into_any(),
            },
        })
        .collect_view()
}

/// Lesson text that may enumerate, one block per line: a run of lines starting "- " is a
/// list, any other line a paragraph; all with links. Both languages write the same blocks.
pub fn rich_list(text: &str, class: &'static str) -> impl IntoView + use<> {
    let mut blocks: Vec<(bool, Vec<String>)> = Vec::new();
    for line in text.split('\n') {
        let item = line.strip_prefix("- ");
        match (item, blocks.last_mut()) {
            (Some(i), Some((true, items))) => items.push(i.to_string()),
            (Some(i), _) => blocks.push((true, vec![i.to_string()])),
            (None, _) => blocks.push((false, vec![line.to_string()])),
        }
    }
    blocks
        .into_iter()
        .map(|(list, lines)| {
            if list {
                let items = lines
                    .iter()
                    .map(|i| view! { <li>{rich(i)}</li> })
                    .collect_view();
                view! { <ul class=class>{items}</ul> }.into_any()
            } else {
                view! { <p class=class>{rich(&lines[0])}</p> }.into_any()
            }
        })
        .collect_view()
}

/// A paragraph of lesson text with links.
#[component]
pub fn Prose(key: &'static str, #[prop(optional)] class: Option<&'static str>) -> impl IntoView {
    let ctx = use_ctx();
    view! { <p class=class.unwrap_or("prose")>{rich(ctx.t(key))}</p> }
}

/// A link to section `id` by its title, computed from the table of contents.
#[component]
pub fn SectionLink(id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let Some((index, id, key)) = section(id) else {
        return id.into_any();
    };
    let go_to = use_context::<GoToSection>();
    let go = move |_| {
        if let Some(GoToSection(f)) = go_to {
            f.run(index);
        }
    };
    view! {
        <a class="section-ref" href=format!("#{id}") data-section=id on:click=go>
            {quoted(ctx.lang(), ctx.t(key))}
        </a>
    }
    .into_any()
}

/// The folded "How this page computes" part of a section: implementation notes, closed by
/// default, so the lesson prose says only what a student needs.
#[component]
pub fn HowComputed(children: Children) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <details class="how" data-testid="how-computed">
            <summary>{ctx.t("how.title")}</summary>
            <div class="how-body">{children()}</div>
        </details>
    }
}
