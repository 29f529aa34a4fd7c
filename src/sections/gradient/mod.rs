//! The gradient lesson (paper, appendix B): ∂CE/∂x = p − y beside ∂FL/∂x at the explorer's p,
//! y and γ (α off), the ratio R = |∂FL/∂x| ÷ |∂CE/∂x| over p_t, and where FL pushes *harder*
//! than CE: the crossover below which R > 1, and R's peak.

pub mod model;

use crate::ctx::use_ctx;
use crate::format;
use crate::i18n::fill;
use crate::math::focal::grad_ratio::GradRatioShape;
use crate::sections::palette;
use crate::ui::mathml::block;
use crate::ui::{NumberControl, Plot, Readout, YToggle};
use leptos::prelude::*;
use model::{closed_form, evaluate, Grad, EASY_PT};

/// A read-out of the crossover or the peak: the full value in `data-value`, "—" and an empty
/// `data-value` at γ = 0, where there is none.
fn shape_out(
    testid: &'static str,
    value: Signal<Option<f64>>,
    show: fn(f64) -> String,
) -> impl IntoView {
    view! {
        <output class="readout" data-testid=testid
            data-value=move || value.get().map(|v| v.to_string()).unwrap_or_default()>
            {move || value.get().map_or_else(|| "—".to_string(), show)}
        </output>
    }
}

#[component]
pub fn Gradient() -> impl IntoView {
    let ctx = use_ctx();
    let g = Memo::new(move |_| ctx.params.with(evaluate));
    let lang = ctx.memo(|s| s.lang);
    let theme = ctx.memo(|s| s.theme);
    let field = move |f: fn(&Grad) -> f64| Signal::derive(move || f(&g.get()));
    let shape =
        move |f: fn(&GradRatioShape) -> f64| Signal::derive(move || g.get().shape.as_ref().map(f));
    let chart = Signal::derive(move || {
        theme.track();
        model::ratio_chart(&g.get(), lang.get(), palette(ctx))
    });
    let y = Signal::derive(move || g.get().y);
    let p_text = Signal::derive(move || format!("p = {}", format::fixed(g.get().p, 3)));
    let g_text = Signal::derive(move || format!("γ = {}", format::sig(g.get().gamma, 3)));

    let formulas = move || {
        let v = g.get();
        block(&model::ce_line(&v)) + &block(&model::fl_line(&v)) + &block(&model::ratio_line(&v))
    };
    let fact = move || {
        let v = g.get();
        let easy = crate::math::focal::grad_ratio::grad_ratio(EASY_PT, v.gamma);
        match v.shape {
            Some(s) => fill(
                ctx.t("gradient.fact"),
                &[
                    ("gamma", &format::short(v.gamma)),
                    ("cross", &format::num(s.crossover_pt)),
                    ("peak", &format::times(s.peak_ratio)),
                    ("peak_n", &format::ratio(s.peak_ratio)),
                    ("peak_pt", &format::num(s.peak_pt)),
                    ("easy_pt", &format::short(EASY_PT)),
                    ("easy", &format::percent(easy)),
                ],
            ),
            None => ctx.t("gradient.fact_g0").to_string(),
        }
    };
    let summary = Signal::derive(move || {
        lang.track();
        crate::ui::rich::plain(ctx.lang(), &fact())
    });
    let stem = Signal::derive(move || format!("gradient-ratio_gamma{}", g.get().gamma));

    view! {
        <p class="prose">{crate::ui::rich(ctx.t("gradient.intro"))}</p>
        <div class="controls" role="group" aria-label=ctx.t("gradient.inputs")>
            <NumberControl name="grad-p" label=Signal::stored(ctx.t("ce_forms.p_label").to_string())
                value=field(|v| v.p) on_set=Callback::new(move |v| ctx.set(|s| s.p = v))
                min=0.001 max=0.999 step=0.001 valuetext=p_text/>
            <YToggle id="grad-y" y on_flip=Callback::new(move |()| ctx.set(|s| s.y = 1 - s.y.min(1)))/>
            <NumberControl name="grad-gamma" label=Signal::derive(|| "γ".to_string())
                value=field(|v| v.gamma) on_set=Callback::new(move |v| ctx.set(|s| s.gamma = v))
                min=0.0 max=10.0 step=0.1 valuetext=g_text/>
        </div>
        <p class="note">{crate::ui::rich(ctx.t("gradient.shared"))}</p>

        <h3>{ctx.t("gradient.side_by_side")}</h3>
        <p class="prose">{ctx.t("gradient.formulas_text")}</p>
        <div class="formula" data-testid="grad-formulas" inner_html=formulas></div>
        <div class="readouts">
            <div class="readout-card"><span class="name">"∂CE/∂x"</span><Readout testid="grad-ce" value=field(|v| v.d_ce)/></div>
            <div class="readout-card"><span class="name">"∂FL/∂x"</span><Readout testid="grad-fl" value=field(|v| v.d_fl)/></div>
            <div class="readout-card"><span class="name">"R"</span><Readout testid="grad-ratio" value=field(|v| v.ratio)/></div>
        </div>

        <h3>{ctx.t("gradient.ratio_title")}</h3>
        <p class="prose">{ctx.t("gradient.ratio_text")}</p>
        <Plot testid="plot-grad-ratio" chart summary file_stem=stem
            table=Signal::derive(move || model::ratio_table(&g.get()))/>
        <div class="readouts" data-testid="grad-shape">
            <div class="readout-card"><span class="name">{ctx.t("gradient.crossover")}</span>
                {shape_out("grad-crossover", shape(|s| s.crossover_pt), format::num)}</div>
            <div class="readout-card"><span class="name">{ctx.t("gradient.peak_ratio")}</span>
                {shape_out("grad-peak-ratio", shape(|s| s.peak_ratio), format::times)}</div>
            <div class="readout-card"><span class="name">{ctx.t("gradient.peak_pt")}</span>
                {shape_out("grad-peak-pt", shape(|s| s.peak_pt), format::num)}</div>
        </div>
        <p class="prose" data-testid="grad-fact">{move || crate::ui::rich(&fact())}</p>
        <p class="prose" data-testid="grad-takeaway">{crate::ui::rich(ctx.t("gradient.takeaway"))}</p>
        <crate::ui::HowComputed>
            <p class="note">{ctx.t("gradient.how")}</p>
            <div class="formula" inner_html=block(&closed_form())></div>
            <p class="note">{ctx.t("gradient.how_roots")}</p>
        </crate::ui::HowComputed>
        <p class="credit">{ctx.t("gradient.credit")}</p>
    }
}
