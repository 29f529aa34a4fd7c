//! The glossary: one short definition per term the lessons use, in both languages, at the
//! end of the page (`data-testid="glossary"`). A lesson links a term with `[[id]]` in its
//! text (see `ui::rich`); the link is an `<abbr>` whose title is the definition, so a reader
//! sees it on hover without leaving the lesson.

use crate::ctx::use_ctx;
use crate::i18n::{tr, Lang};
use leptos::prelude::*;

/// (term id, key of its name, key of its definition), in the order the page teaches them.
pub const TERMS: &[(&str, &str, &str)] = &[
    ("logit", "gl.logit", "gl.logit.def"),
    ("pt", "gl.pt", "gl.pt.def"),
    ("alpha_t", "gl.alpha_t", "gl.alpha_t.def"),
    ("gamma", "gl.gamma", "gl.gamma.def"),
    ("anchor", "gl.anchor", "gl.anchor.def"),
    ("posneg", "gl.posneg", "gl.posneg.def"),
    ("easyhard", "gl.easyhard", "gl.easyhard.def"),
    ("num_pos", "gl.num_pos", "gl.num_pos.def"),
    ("ap", "gl.ap", "gl.ap.def"),
    ("minival", "gl.minival", "gl.minival.def"),
    ("fpn", "gl.fpn", "gl.fpn.def"),
    ("iou", "gl.iou", "gl.iou.def"),
    ("cdf", "gl.cdf", "gl.cdf.def"),
];

fn entry(id: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    TERMS.iter().find(|(t, _, _)| *t == id)
}

/// The term's name ("p_t", "anchor"), or None for an unknown id.
pub fn name(lang: Lang, id: &str) -> Option<&'static str> {
    entry(id).map(|(_, n, _)| tr(lang, n))
}

/// The term's definition, or None for an unknown id.
pub fn definition(lang: Lang, id: &str) -> Option<&'static str> {
    entry(id).map(|(_, _, d)| tr(lang, d))
}

/// The anchor of a term's entry.
pub fn anchor(id: &str) -> String {
    format!("gl-{id}")
}

/// A term in running text: a link to its entry, with the definition on hover.
#[component]
pub fn Term(id: &'static str, #[prop(into)] shown: String) -> impl IntoView {
    let ctx = use_ctx();
    let def = definition(ctx.lang(), id).unwrap_or("");
    view! {
        <a class="term" href=format!("#{}", anchor(id)) data-term=id>
            <abbr title=def>{shown}</abbr>
        </a>
    }
}

/// The glossary itself, after the last lesson.
#[component]
pub fn Glossary() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <section class="glossary" id="glossary" data-testid="glossary" aria-labelledby="h-glossary">
            <h2 id="h-glossary">{move || ctx.t_live("gl.title")}</h2>
            <p class="prose">{move || ctx.t_live("gl.intro")}</p>
            <dl class="prose">
                {TERMS.iter().map(|&(id, n, d)| view! {
                    <dt id=anchor(id) data-testid=format!("gl-{id}")>{move || ctx.t_live(n)}</dt>
                    <dd>{move || ctx.t_live(d)}</dd>
                }).collect_view()}
            </dl>
        </section>
    }
}
