//! The explorer: drag p, α or γ and see CE and FL change together (the paper's Figure 1,
//! live), with every read-out computed by the math core and the formula shown with values.

mod controls;
pub mod figures;
use crate::models::explorer as model;
pub mod tables;

use crate::ctx::{use_ctx, Highlight};
use crate::format;
use crate::sections::palette;
use crate::ui::sample_formulas::formulas;
use crate::ui::{rich, sentences};
use crate::ui::{Plot, Readout};
use controls::{kind_key, Controls};
use leptos::prelude::*;
use model::{evaluate, Inputs, Point};

#[component]
pub fn Explorer() -> impl IntoView {
    let ctx = use_ctx();
    let inputs = Memo::new(move |_| ctx.params.with(Inputs::of));
    let point = Memo::new(move |_| evaluate(&inputs.get()));
    let lang = ctx.memo(|s| s.lang);
    let theme = ctx.memo(|s| s.theme);
    let xaxis = ctx.memo(|s| s.xaxis);
    let yscale = ctx.memo(|s| s.yscale);
    // The γ family only depends on the axis and the label: not recomputed on p, α, γ moves.
    let y = ctx.memo(|s| s.y);
    let family = Memo::new(move |_| {
        let i = Inputs {
            y: y.get(),
            ..inputs.get_untracked()
        };
        figures::family(&i, xaxis.get())
    });

    let loss_chart = Signal::derive(move || {
        theme.track();
        family.with(|fam| {
            figures::loss_chart(
                &inputs.get(),
                xaxis.get(),
                yscale.get(),
                fam,
                lang.get(),
                palette(ctx),
            )
        })
    });
    let grad_chart = Signal::derive(move || {
        theme.track();
        figures::grad_chart(&inputs.get(), lang.get(), palette(ctx))
    });
    let ratio_chart = Signal::derive(move || {
        theme.track();
        figures::ratio_chart(&inputs.get(), lang.get(), palette(ctx))
    });
    let summary = move |key: &'static str| {
        Signal::derive(move || figures::summary(key, &inputs.get(), &point.get(), lang.get()))
    };
    let stem =
        move |what: &'static str| Signal::derive(move || figures::file_stem(what, &inputs.get()));

    let field = move |f: fn(&Point) -> f64| Signal::derive(move || f(&point.get()));
    // A term clicked in lesson 4 highlights its read-out here for a few seconds.
    let highlight = use_context::<Highlight>().map(|h| h.0);
    if let Some(h) = highlight {
        Effect::new(move |_| {
            if h.get().is_some() {
                set_timeout(move || h.set(None), std::time::Duration::from_millis(3000));
            }
        });
    }
    let lit = move |term: &'static str| move || highlight.is_some_and(|h| h.get() == Some(term));
    let verdict = move || {
        let i = inputs.get();
        let pt = point.get();
        sentences::explorer_verdict(ctx.lang(), kind_key(i.p, i.y), pt.alpha_t, pt.ratio)
    };

    let formula = NodeRef::new();
    crate::ui::mathml::live(formula, move || formulas(&inputs.get(), &point.get()));

    view! {
        <p class="prose orient" data-testid="explorer-orient">{rich(ctx.t("explorer.orient"))}</p>
        <div class="explorer">
            <div class="explorer-side">
                <Controls/>
                <div class="readouts" data-testid="explorer-readouts">
                    <div class="readout-card" class:highlight=lit("pt")><span class="name">"p_t"</span><Readout testid="readout-pt" value=field(|p| p.pt)/></div>
                    <div class="readout-card" class:highlight=lit("alpha_t")><span class="name">"α_t"</span><Readout testid="readout-alpha-t" value=field(|p| p.alpha_t)/></div>
                    <div class="readout-card" class:highlight=lit("modulator")><span class="name">"(1 − p_t)^γ"</span><Readout testid="readout-modulator" value=field(|p| p.modulator)/></div>
                    <div class="readout-card ce" class:highlight=lit("ce")><span class="name">"CE"</span><Readout testid="readout-ce" value=field(|p| p.ce)/></div>
                    <div class="readout-card fl" class:highlight=lit("fl")><span class="name">"FL"</span><Readout testid="readout-fl" value=field(|p| p.fl)/></div>
                    <div class="readout-card"><span class="name">"CE / FL"</span><Readout testid="readout-ratio" value=field(|p| p.ratio) show=format::times/></div>
                </div>
                <p class="verdict" data-testid="readout-verdict" data-live>{verdict}</p>
                <div class="formula" data-testid="explorer-formula" tabindex="0" role="group"
                    aria-label=ctx.t("explorer.formula")
                    node_ref=formula></div>
            </div>
            <div class="explorer-main">
                <Plot testid="plot-loss" chart=loss_chart summary=summary("explorer.summary_loss")
                    file_stem=stem("focal-loss") aspect=0.72
                    table=Signal::derive(move || tables::loss_table(&inputs.get(), xaxis.get(), lang.get()))/>
            </div>
        </div>
        <div class="plot-pair">
            <div>
                <h3>{ctx.t("explorer.grad_title")}</h3>
                <Plot testid="plot-grad" chart=grad_chart summary=summary("explorer.summary_grad")
                    file_stem=stem("focal-gradient") table=Signal::derive(move || tables::grad_table(&inputs.get()))/>
            </div>
            <div>
                <h3>{ctx.t("explorer.ratio_title")}</h3>
                <Plot testid="plot-ratio" chart=ratio_chart summary=summary("explorer.summary_ratio")
                    file_stem=stem("focal-ratio") table=Signal::derive(move || tables::ratio_table(&inputs.get(), lang.get()))/>
            </div>
        </div>
        <p class="prose note" data-testid="explorer-note">{sentences::explorer_note(ctx.lang())}</p>
    }
}
