//! Lesson 10, "soft-targets": the CornerNet / CenterNet penalty-reduced focal loss on a 1-D
//! Gaussian heatmap (the post's "对 gt 做了高斯模糊的情况"). Move the target σ and the predicted
//! peak; see target, prediction and the per-position loss with β = 4 beside β = 0.

pub mod model;

use crate::ctx::use_ctx;
use crate::format;
use crate::i18n::fill;
use crate::sections::{palette, PostCredit};
use crate::state::Params;
use crate::ui::mathml::{block, mn};
use crate::ui::{NumberControl, Plot, Readout};
use leptos::prelude::*;
use model::{evaluate, Inputs, Outcome, A, BETA, CENTER};

fn reset(p: &mut Params) {
    let d = Params::default();
    p.sig = d.sig;
    p.spk = d.spk;
    p.sph = d.sph;
    p.sps = d.sps;
    p.spb = d.spb;
}

/// The loss as MathML, one case per line (no stretchy brace: it needs a maths font), then the
/// normalisation; `when` / `otherwise` are the words.
fn formula(when: &str, otherwise: &str) -> String {
    let p = "<msub><mi>p</mi><mi>i</mi></msub>";
    let y = "<msub><mi>y</mi><mi>i</mi></msub>";
    let li = "<msub><mi>L</mi><mi>i</mi></msub>";
    format!(
        "<mtable>\
         <mtr><mtd style=\"text-align: right\">{li}<mo>=</mo></mtd><mtd style=\"text-align: left\"><mo>−</mo><msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo>{p}<mo>)</mo></mrow><mi>a</mi></msup><mi>ln</mi><mo>\u{2061}</mo>{p}</mtd>\
         <mtd style=\"text-align: left\"><mspace width=\"1em\"/><mtext>{when}\u{a0}</mtext>{y}<mo>=</mo><mn>1</mn></mtd></mtr>\
         <mtr><mtd style=\"text-align: right\">{li}<mo>=</mo></mtd><mtd style=\"text-align: left\"><mo>−</mo><msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo>{y}<mo>)</mo></mrow><mi>β</mi></msup><msup><mrow>{p}</mrow><mi>a</mi></msup><mi>ln</mi><mo>\u{2061}</mo><mo>(</mo><mn>1</mn><mo>−</mo>{p}<mo>)</mo></mtd>\
         <mtd style=\"text-align: left\"><mspace width=\"1em\"/><mtext>{otherwise}</mtext></mtd></mtr>\
         <mtr><mtd style=\"text-align: right\"><mi>L</mi><mo>=</mo></mtd><mtd style=\"text-align: left\"><mrow displaystyle=\"true\"><mfrac><mn>1</mn><mrow><mi>max</mi><mo>(</mo><msub><mi>N</mi><mi>pos</mi></msub><mo>,</mo><mn>1</mn><mo>)</mo></mrow></mfrac>\
         <munder><mo>∑</mo><mi>i</mi></munder>{li}</mrow></mtd>\
         <mtd style=\"text-align: left\"><mspace width=\"1em\"/><mi>a</mi><mo>=</mo><mn>{A}</mn><mo>,</mo><mi>β</mi><mo>=</mo><mn>{BETA}</mn></mtd></mtr></mtable>"
    )
}

/// (pos + neg) / max(N_pos, 1) = … with the current numbers.
fn total_formula(r: &Outcome) -> String {
    let l = &r.reduced;
    format!(
        "<mi>L</mi><mo>=</mo><mfrac><mrow>{}<mo>+</mo>{}</mrow><mrow><mi>max</mi><mo>(</mo><mn>{}</mn><mo>,</mo><mn>1</mn><mo>)</mo></mrow></mfrac><mo>=</mo>{}",
        mn(l.pos_loss),
        mn(l.neg_loss),
        l.num_pos,
        mn(l.total)
    )
}

#[component]
pub fn SoftTargets() -> impl IntoView {
    let ctx = use_ctx();
    let inputs = Memo::new(move |_| {
        ctx.params.with(|s| Inputs {
            sigma: s.sig,
            peak: s.spk,
            height: s.sph,
            width: s.sps,
            floor: s.spb,
        })
    });
    let out = Memo::new(move |_| evaluate(&inputs.get()));
    let lang = ctx.memo(|s| s.lang);
    let theme = ctx.memo(|s| s.theme);
    let field = move |f: fn(&Outcome) -> f64| Signal::derive(move || out.with(f));
    let input = move |f: fn(&Params) -> f64| ctx.memo(f);
    let label = move |key: &'static str| Signal::stored(ctx.t(key).to_string());
    let text = move |sym: &'static str, v: Memo<f64>| {
        Signal::derive(move || format!("{sym} = {}", format::sig(v.get(), 3)))
    };
    let (sig, spk, sph, sps, spb) = (
        input(|s| s.sig),
        input(|s| s.spk),
        input(|s| s.sph),
        input(|s| s.sps),
        input(|s| s.spb),
    );

    let heat_chart = Signal::derive(move || {
        theme.track();
        out.with(|r| model::heatmap_chart(&inputs.get(), r, lang.get(), palette(ctx)))
    });
    let loss_chart = Signal::derive(move || {
        theme.track();
        out.with(|r| model::loss_chart(r, lang.get(), palette(ctx)))
    });
    let summary = move |key: &'static str| {
        Signal::derive(move || out.with(|r| model::summary(key, &inputs.get(), r, lang.get())))
    };
    let stem =
        move |what: &'static str| Signal::derive(move || model::file_stem(what, &inputs.get()));
    let near = move || {
        out.with(|r| {
            let k = CENTER + 1;
            fill(
                ctx.t("soft_targets.near"),
                &[
                    ("i", &k.to_string()),
                    ("y", &format::num(r.target[k])),
                    ("p", &format::num(r.pred[k])),
                    ("w", &r.reduction(k).map_or_else(|| "—".into(), format::num)),
                    ("lr", &format::num(r.reduced.per_position[k])),
                    ("lh", &format::num(r.hard.per_position[k])),
                ],
            )
        })
    };

    view! {
        <p class="prose">{crate::ui::rich(ctx.t("soft_targets.intro"))}</p>
        <div class="formula" data-testid="soft-formula" node_ref={ let r = NodeRef::new(); crate::ui::mathml::live(r, move || block(&formula(ctx.t("soft_targets.if"), ctx.t("soft_targets.otherwise")))); r }></div>
        <div class="plot-pair">
            <div>
                <div class="controls" role="group" aria-label=ctx.t("soft_targets.controls")>
                    <NumberControl name="soft-sigma" label=label("soft_targets.sigma") value=sig
                        on_set=Callback::new(move |v| ctx.set(|s| s.sig = v)) min=0.0 max=10.0 step=0.1 valuetext=text("σ", sig)/>
                    <NumberControl name="soft-peak" label=label("soft_targets.peak") value=spk
                        on_set=Callback::new(move |v| ctx.set(|s| s.spk = v)) min=0.0 max=40.0 step=0.5 valuetext=text("μ", spk)/>
                    <NumberControl name="soft-height" label=label("soft_targets.height") value=sph
                        on_set=Callback::new(move |v| ctx.set(|s| s.sph = v)) min=0.01 max=0.99 step=0.01 valuetext=text("h", sph)/>
                    <NumberControl name="soft-width" label=label("soft_targets.width") value=sps
                        on_set=Callback::new(move |v| ctx.set(|s| s.sps = v)) min=0.1 max=10.0 step=0.1 valuetext=text("s", sps)/>
                    <NumberControl name="soft-floor" label=label("soft_targets.floor") value=spb
                        on_set=Callback::new(move |v| ctx.set(|s| s.spb = v)) min=0.001 max=0.5 step=0.001 valuetext=text("b", spb)/>
                </div>
                <div class="button-row">
                    <button type="button" data-testid="soft-reset" on:click=move |_| ctx.set(reset)>{ctx.t("soft_targets.reset")}</button>
                </div>
                <p class="note">{ctx.t("soft_targets.pred_note")}</p>
            </div>
            <div>
                <div class="readouts" data-live>
                    <div class="readout-card fl"><span class="name">{ctx.t("soft_targets.total")}</span><Readout testid="soft-total" value=field(|r| r.reduced.total)/></div>
                    <div class="readout-card"><span class="name">"num_pos"</span><Readout testid="soft-numpos" value=field(|r| r.reduced.num_pos as f64) show=format::whole/></div>
                    <div class="readout-card"><span class="name">{ctx.t("soft_targets.pos")}</span><Readout testid="soft-pos" value=field(|r| r.reduced.pos_loss)/></div>
                    <div class="readout-card"><span class="name">{ctx.t("soft_targets.neg")}</span><Readout testid="soft-neg" value=field(|r| r.reduced.neg_loss)/></div>
                    <div class="readout-card ce"><span class="name">{ctx.t("soft_targets.hard")}</span><Readout testid="soft-total-hard" value=field(|r| r.hard.total)/></div>
                </div>
                <div class="formula" data-testid="soft-total-formula" node_ref={ let r = NodeRef::new(); crate::ui::mathml::live(r, move || out.with(|r| block(&total_formula(r)))); r }></div>
                <p class="prose" data-testid="soft-near">{near}</p>
            </div>
        </div>
        <div class="plot-pair">
            <div>
                <h3>{ctx.t("soft_targets.heat_title")}</h3>
                <Plot testid="plot-soft-heatmap" chart=heat_chart summary=summary("soft_targets.summary_heat")
                    file_stem=stem("centernet-target") aspect=0.62
                    table=Signal::derive(move || out.with(|r| model::table(r, lang.get())))/>
            </div>
            <div>
                <h3>{ctx.t("soft_targets.loss_title")}</h3>
                <Plot testid="plot-soft-loss" chart=loss_chart summary=summary("soft_targets.summary_loss")
                    file_stem=stem("centernet-loss") aspect=0.62
                    table=Signal::derive(move || out.with(|r| model::table(r, lang.get())))/>
            </div>
        </div>
        <p class="prose">{crate::ui::rich(ctx.t("soft_targets.why"))}</p>
        <p class="credit" data-testid="soft-credit">{ctx.t("soft_targets.credit")}</p>
        <PostCredit/>
    }
}
