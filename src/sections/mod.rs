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
pub use frame::{Pager, Section};
use leptos::prelude::*;

/// All sections in order (the same order as `SECTIONS`).
#[component]
pub fn Lessons() -> impl IntoView {
    view! {
        <Section id="explorer" title_key="sec.explorer"><explorer::Explorer/></Section>
        <Section id="ce-forms" title_key="sec.ce_forms"><ce_forms::CeForms/></Section>
        <Section id="softmax-ce" title_key="sec.softmax_ce"><softmax_ce::SoftmaxCe/></Section>
        <Section id="sigmoid-bce" title_key="sec.sigmoid_bce"><sigmoid_bce::SigmoidBce/></Section>
        <Section id="alpha-to-focal" title_key="sec.alpha_to_focal"><alpha_to_focal::AlphaToFocal/></Section>
        <Section id="gradient" title_key="sec.gradient"><gradient::Gradient/></Section>
        <Section id="fcos-head" title_key="sec.fcos_head"><fcos_head::FcosHead/></Section>
        <Section id="fcos-walkthrough" title_key="sec.fcos_walkthrough"><fcos_walkthrough::FcosWalkthrough/></Section>
        <Section id="five-class" title_key="sec.five_class"><five_class::FiveClass/></Section>
        <Section id="quadrants" title_key="sec.quadrants"><quadrants::Quadrants/></Section>
        <Section id="alpha-gamma" title_key="sec.alpha_gamma"><alpha_gamma::AlphaGamma/></Section>
        <Section id="num-pos" title_key="sec.num_pos"><num_pos::NumPos/></Section>
        <Section id="soft-targets" title_key="sec.soft_targets"><soft_targets::SoftTargets/></Section>
        <Section id="segmentation" title_key="sec.segmentation"><segmentation::Segmentation/></Section>
        <Section id="simulator" title_key="sec.simulator"><simulator::Simulator/></Section>
        <Section id="ohem" title_key="sec.ohem"><ohem::Ohem/></Section>
        <Section id="train" title_key="sec.train"><train::Train/></Section>
        <Section id="exercises" title_key="sec.exercises"><exercises::Exercises/></Section>
        <Section id="summary" title_key="sec.summary"><summary::Summary/></Section>
    }
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
