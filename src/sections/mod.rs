//! One file per lesson section, in the order of the source post. `SECTIONS` is the table of
//! contents; `Section` is the frame (anchor, heading, slide) every lesson sits in.

use crate::ctx::use_ctx;
use leptos::prelude::*;

/// (anchor id, i18n key of the title), in page order.
pub const SECTIONS: &[(&str, &str)] = &[
    ("explorer", "sec.explorer"),
    ("ce-forms", "sec.ce_forms"),
    ("softmax-ce", "sec.softmax_ce"),
    ("sigmoid-bce", "sec.sigmoid_bce"),
    ("alpha-to-focal", "sec.alpha_to_focal"),
    ("fcos-walkthrough", "sec.fcos_walkthrough"),
    ("five-class", "sec.five_class"),
    ("quadrants", "sec.quadrants"),
    ("alpha-gamma", "sec.alpha_gamma"),
    ("num-pos", "sec.num_pos"),
    ("soft-targets", "sec.soft_targets"),
    ("segmentation", "sec.segmentation"),
    ("simulator", "sec.simulator"),
];

/// The frame of one lesson: `<section id=… data-testid="section-…">` with its heading.
#[component]
pub fn Section(id: &'static str, title_key: &'static str, children: Children) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <section class="lesson" id=id data-testid=format!("section-{id}") aria-labelledby=format!("h-{id}")>
            <h2 id=format!("h-{id}")>{move || ctx.t(title_key)}</h2>
            {children()}
        </section>
    }
}

/// Placeholder body for a lesson not built yet.
#[component]
pub fn Coming() -> impl IntoView {
    let ctx = use_ctx();
    view! { <p class="coming">{move || ctx.t("sec.coming")}</p> }
}

/// All sections in order.
#[component]
pub fn Lessons() -> impl IntoView {
    SECTIONS
        .iter()
        .map(|&(id, key)| view! { <Section id=id title_key=key><Coming/></Section> })
        .collect_view()
}
