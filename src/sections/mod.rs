//! One file per lesson section, in the order of the source post. `SECTIONS` (re-exported from
//! `data::contents`) is the table of contents; `Section` is the frame (anchor, heading, slide)
//! every lesson sits in.

pub mod alpha_gamma;
pub mod alpha_to_focal;
pub mod ce_forms;
pub mod exercises;
pub mod explorer;
pub mod fcos_head;
pub mod fcos_walkthrough;
pub mod five_class;
pub mod focus_controls;
pub mod frame;
pub mod gradient;
pub mod live;
pub mod num_pos;
pub mod ohem;
pub mod quadrants;
pub mod segmentation;
pub mod sigmoid_bce;
pub mod simulator;
pub mod soft_targets;
pub mod softmax_ce;
pub mod summary;
pub mod train;

use crate::ctx::use_ctx;
/// The table of contents lives in `data` (the state table checks `slide` against it).
pub use crate::data::contents::SECTIONS;
pub use frame::{lazy_lesson, Pager, Section};
use leptos::lazy;
use leptos::prelude::*;

/// All sections in order (the same order as `SECTIONS`). The explorer, the first screen, is in
/// the main wasm; every later lesson is its own chunk (`#[lazy]`, split out by `wasm-split`),
/// fetched when its section is first built, so the first screen does not wait for them. Each
/// `#[lazy]` function only hands back the lesson's builder (code in the chunk), so the lesson
/// is built where and when `lazy_lesson` builds it, never inside the fetch.
#[component]
pub fn Lessons() -> impl IntoView {
    view! {
        <Section id="explorer" title_key="sec.explorer"><explorer::Explorer/></Section>
        <Section id="ce-forms" title_key="sec.ce_forms">{lazy_lesson("ce-forms", ce_forms_lesson)}</Section>
        <Section id="softmax-ce" title_key="sec.softmax_ce">{lazy_lesson("softmax-ce", softmax_ce_lesson)}</Section>
        <Section id="sigmoid-bce" title_key="sec.sigmoid_bce">{lazy_lesson("sigmoid-bce", sigmoid_bce_lesson)}</Section>
        <Section id="alpha-to-focal" title_key="sec.alpha_to_focal">{lazy_lesson("alpha-to-focal", alpha_to_focal_lesson)}</Section>
        <Section id="gradient" title_key="sec.gradient">{lazy_lesson("gradient", gradient_lesson)}</Section>
        <Section id="fcos-head" title_key="sec.fcos_head">{lazy_lesson("fcos-head", fcos_head_lesson)}</Section>
        <Section id="fcos-walkthrough" title_key="sec.fcos_walkthrough">{lazy_lesson("fcos-walkthrough", fcos_walkthrough_lesson)}</Section>
        <Section id="five-class" title_key="sec.five_class">{lazy_lesson("five-class", five_class_lesson)}</Section>
        <Section id="quadrants" title_key="sec.quadrants">{lazy_lesson("quadrants", quadrants_lesson)}</Section>
        <Section id="alpha-gamma" title_key="sec.alpha_gamma">{lazy_lesson("alpha-gamma", alpha_gamma_lesson)}</Section>
        <Section id="num-pos" title_key="sec.num_pos">{lazy_lesson("num-pos", num_pos_lesson)}</Section>
        <Section id="soft-targets" title_key="sec.soft_targets">{lazy_lesson("soft-targets", soft_targets_lesson)}</Section>
        <Section id="segmentation" title_key="sec.segmentation">{lazy_lesson("segmentation", segmentation_lesson)}</Section>
        <Section id="simulator" title_key="sec.simulator">{lazy_lesson("simulator", simulator_lesson)}</Section>
        <Section id="ohem" title_key="sec.ohem">{lazy_lesson("ohem", ohem_lesson)}</Section>
        <Section id="train" title_key="sec.train">{lazy_lesson("train", train_lesson)}</Section>
        <Section id="exercises" title_key="sec.exercises">{lazy_lesson("exercises", exercises_lesson)}</Section>
        <Section id="summary" title_key="sec.summary">{lazy_lesson("summary", summary_lesson)}</Section>
    }
}

#[lazy]
fn ce_forms_lesson() -> fn() -> AnyView {
    || view! { <ce_forms::CeForms/> }.into_any()
}

#[lazy]
fn softmax_ce_lesson() -> fn() -> AnyView {
    || view! { <softmax_ce::SoftmaxCe/> }.into_any()
}

#[lazy]
fn sigmoid_bce_lesson() -> fn() -> AnyView {
    || view! { <sigmoid_bce::SigmoidBce/> }.into_any()
}

#[lazy]
fn alpha_to_focal_lesson() -> fn() -> AnyView {
    || view! { <alpha_to_focal::AlphaToFocal/> }.into_any()
}

#[lazy]
fn gradient_lesson() -> fn() -> AnyView {
    || view! { <gradient::Gradient/> }.into_any()
}

#[lazy]
fn fcos_head_lesson() -> fn() -> AnyView {
    || view! { <fcos_head::FcosHead/> }.into_any()
}

#[lazy]
fn fcos_walkthrough_lesson() -> fn() -> AnyView {
    || view! { <fcos_walkthrough::FcosWalkthrough/> }.into_any()
}

#[lazy]
fn five_class_lesson() -> fn() -> AnyView {
    || view! { <five_class::FiveClass/> }.into_any()
}

#[lazy]
fn quadrants_lesson() -> fn() -> AnyView {
    || view! { <quadrants::Quadrants/> }.into_any()
}

#[lazy]
fn alpha_gamma_lesson() -> fn() -> AnyView {
    || view! { <alpha_gamma::AlphaGamma/> }.into_any()
}

#[lazy]
fn num_pos_lesson() -> fn() -> AnyView {
    || view! { <num_pos::NumPos/> }.into_any()
}

#[lazy]
fn soft_targets_lesson() -> fn() -> AnyView {
    || view! { <soft_targets::SoftTargets/> }.into_any()
}

#[lazy]
fn segmentation_lesson() -> fn() -> AnyView {
    || view! { <segmentation::Segmentation/> }.into_any()
}

#[lazy]
fn simulator_lesson() -> fn() -> AnyView {
    || view! { <simulator::Simulator/> }.into_any()
}

#[lazy]
fn ohem_lesson() -> fn() -> AnyView {
    || view! { <ohem::Ohem/> }.into_any()
}

#[lazy]
fn train_lesson() -> fn() -> AnyView {
    || view! { <train::Train/> }.into_any()
}

#[lazy]
fn exercises_lesson() -> fn() -> AnyView {
    || view! { <exercises::Exercises/> }.into_any()
}

#[lazy]
fn summary_lesson() -> fn() -> AnyView {
    || view! { <summary::Summary/> }.into_any()
}

/// The chart palette for the current theme (`auto` follows `prefers-color-scheme`).
pub fn palette(ctx: crate::ctx::Ctx) -> crate::chart::Palette {
    use crate::state::Theme;
    let dark = match ctx.theme.get() {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => ctx.system_dark.get(),
    };
    if dark {
        crate::chart::Palette::DARK
    } else {
        crate::chart::Palette::LIGHT
    }
}

/// The credit line for a section that uses the post's examples: author, link, licence.
#[component]
pub fn PostCredit() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <p class="credit" data-testid="post-credit">
            {ctx.t("credit.example_from")}" "
            <a href="https://blog.csdn.net/lt1103725556/article/details/115128523" rel="noopener">
                {ctx.t("footer.post_link")}
            </a>
            {ctx.t("footer.licensed")}" "
            <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license noopener">"CC BY-SA 4.0"</a>{ctx.t("credit.end")}
        </p>
    }
}
