//! The explorer's inputs: p, y, α (or off), γ, the presets and the axis toggles.

use crate::ctx::use_ctx;
use crate::format;
use crate::i18n::fill;
use crate::math::focal::Alpha;
use crate::models::quadrants::{EASY_NEG, EASY_POS, HARD_NEG, HARD_POS};
use crate::sections::focus_controls::FocusControls;
use crate::state::{Params, XAxis, YScale};
use crate::ui::{NumberControl, YToggle};
use leptos::prelude::*;

/// A preset: its test id, i18n key and what it sets.
pub struct Preset {
    pub testid: &'static str,
    pub key: &'static str,
    pub apply: fn(&mut Params),
}

pub const PRESETS: &[Preset] = &[
    Preset {
        testid: "preset-easy-pos",
        key: "explorer.preset.easy_pos",
        apply: |p| (p.y, p.p) = EASY_POS,
    },
    Preset {
        testid: "preset-hard-pos",
        key: "explorer.preset.hard_pos",
        apply: |p| (p.y, p.p) = HARD_POS,
    },
    Preset {
        testid: "preset-easy-neg",
        key: "explorer.preset.easy_neg",
        apply: |p| (p.y, p.p) = EASY_NEG,
    },
    Preset {
        testid: "preset-hard-neg",
        key: "explorer.preset.hard_neg",
        apply: |p| (p.y, p.p) = HARD_NEG,
    },
    Preset {
        testid: "preset-paper",
        key: "explorer.preset.paper",
        apply: |p| {
            p.alpha = Alpha::On(0.25);
            p.gamma = 2.0
        },
    },
    Preset {
        testid: "preset-ce",
        key: "explorer.preset.ce",
        apply: |p| {
            p.alpha = Alpha::Off;
            p.gamma = 0.0
        },
    },
];

/// Resets only the explorer's own fields.
pub fn reset(p: &mut Params) {
    let d = Params::default();
    p.p = d.p;
    p.y = d.y;
    p.alpha = d.alpha;
    p.gamma = d.gamma;
    p.xaxis = d.xaxis;
    p.yscale = d.yscale;
}

/// The i18n key naming the kind of example: easy/hard × positive/negative.
pub fn kind_key(p: f64, y: u8) -> &'static str {
    let pt = if y == 1 { p } else { 1.0 - p };
    match (y == 1, pt > 0.5) {
        (true, true) => "explorer.kind.easy_pos",
        (true, false) => "explorer.kind.hard_pos",
        (false, true) => "explorer.kind.easy_neg",
        (false, false) => "explorer.kind.hard_neg",
    }
}

#[component]
pub fn Controls() -> impl IntoView {
    let ctx = use_ctx();
    let p = ctx.memo(|s| s.p);
    let y = ctx.memo(|s| s.y);

    let p_text = Signal::derive(move || {
        fill(
            ctx.t("explorer.p_valuetext"),
            &[
                ("v", &format::fixed(p.get(), 3)),
                ("kind", ctx.t(kind_key(p.get(), y.get()))),
            ],
        )
    });

    let xaxis = ctx.memo(|s| s.xaxis);
    let yscale = ctx.memo(|s| s.yscale);

    view! {
        <div class="controls" role="group" aria-label=ctx.t("explorer.controls")>
            <NumberControl name="p" label=Signal::stored(ctx.t("explorer.p_label").to_string()) value=p
                on_set=Callback::new(move |v| ctx.set(|s| s.p = v)) min=0.001 max=0.999 step=0.001 valuetext=p_text/>
            <YToggle id="toggle-y" y on_flip=Callback::new(move |()| ctx.set(|s| s.y = 1 - s.y.min(1)))/>
            <FocusControls alpha_name="alpha" gamma_name="gamma" off_testid="toggle-alpha-off"/>
        </div>
        <div class="button-row" role="group" aria-label=ctx.t("explorer.presets")>
            {PRESETS.iter().map(|pr| {
                let apply = pr.apply;
                view! {
                    <button type="button" data-testid=pr.testid on:click=move |_| ctx.set(apply)>{ctx.t(pr.key)}</button>
                }
            }).collect_view()}
            <button type="button" data-testid="reset" on:click=move |_| ctx.set(reset)>{ctx.t("explorer.reset")}</button>
        </div>
        <div class="button-row" role="group" aria-label=ctx.t("explorer.axes")>
            <button type="button" data-testid="toggle-xaxis" aria-pressed=move || (xaxis.get() == XAxis::P).to_string()
                on:click=move |_| ctx.set(|s| s.xaxis = if s.xaxis == XAxis::Pt { XAxis::P } else { XAxis::Pt })>
                {move || ctx.t(if xaxis.get() == XAxis::Pt { "explorer.xaxis_pt" } else { "explorer.xaxis_p" })}
            </button>
            <button type="button" data-testid="toggle-yscale" aria-pressed=move || (yscale.get() == YScale::Log).to_string()
                on:click=move |_| ctx.set(|s| s.yscale = if s.yscale == YScale::Lin { YScale::Log } else { YScale::Lin })>
                {move || ctx.t(if yscale.get() == YScale::Lin { "explorer.yscale_lin" } else { "explorer.yscale_log" })}
            </button>
        </div>
    }
}
