//! Lesson 5, the FCOS.Pytorch `focal_loss_from_logits` line by line: for a chosen logit x and
//! target t at the explorer's α and γ, the value of each line beside it with the post's
//! piecewise form; then the code as written (float32, PyTorch's default, and float64) against
//! torchvision's stable form computed from the logit, and where the written code breaks.

pub mod formulas;
pub mod model;

use crate::ctx::use_ctx;
use crate::format;
use crate::format::precise;
use crate::i18n::fill;
use crate::math::focal::{Alpha, NAIVE_F32_INF_FROM, NAIVE_F64_INF_FROM};
use crate::sections::PostCredit;
use crate::ui::mathml::block;
use crate::ui::NumberCell;
use crate::ui::Readout;
use formulas::{stable_formula, stable_loss_formula, step_formula, Kind, LISTING, STEPS};
use leptos::prelude::*;
use model::{break_rows, walk, Walk};

/// The value of a step in a walk.
pub fn step_value(w: &Walk, kind: Kind) -> f64 {
    let s = &w.steps;
    match kind {
        Kind::P => s.p,
        Kind::Pt => s.pt,
        Kind::W => s.w,
        Kind::Mod => s.modulator,
        Kind::WMod => s.w_mod,
        Kind::LnPt => s.ln_pt,
        Kind::Loss => s.loss,
    }
}

/// 9 significant digits: shows that float32 σ(16) is 0.999999881, not "1.000"; an exact
/// 0 or 1 reads "0" / "1".
fn nine(v: f64) -> String {
    if v == 0.0 || v == 1.0 {
        format::short(v)
    } else {
        format::sig(v, 9)
    }
}

const SLIDER: (f64, f64) = (-20.0, 20.0);
const BOX: (f64, f64) = (-1000.0, 1000.0);
/// Keys that step a range input by its step or a page; Home/End are deliberate jumps.
const KEYS_THAT_STEP: [&str; 6] = [
    "ArrowLeft",
    "ArrowRight",
    "ArrowUp",
    "ArrowDown",
    "PageUp",
    "PageDown",
];

/// "low" / "high" when x is beyond the slider (the box accepts ±1000, a ±1000 slider would be
/// useless for the interesting ±20), else "". The thumb then sits at that end and the value
/// stays put until the reader moves the slider on purpose.
fn off_scale(x: f64) -> &'static str {
    if x < SLIDER.0 {
        "low"
    } else if x > SLIDER.1 {
        "high"
    } else {
        ""
    }
}

#[component]
pub fn FcosWalkthrough() -> impl IntoView {
    let ctx = use_ctx();
    let x = ctx.memo(|s| s.walk_x);
    let t = ctx.memo(|s| s.walk_t);
    let alpha = ctx.memo(|s| s.alpha);
    let gamma = ctx.memo(|s| s.gamma);
    let w = Memo::new(move |_| walk(x.get(), t.get(), alpha.get(), gamma.get()));
    let field = move |f: fn(&Walk) -> f64| Signal::derive(move || w.with(f));
    let set_x = Callback::new(move |v: f64| ctx.set(|s| s.walk_x = v));

    let listing = LISTING
        .iter()
        .map(|(n, l)| format!("{n} {l}"))
        .collect::<Vec<_>>()
        .join("\n");
    let rows = STEPS
        .iter()
        .map(|s| {
            let kind = s.kind;
            let math = move || {
                let wv = w.get();
                block(&step_formula(kind, x.get(), t.get(), alpha.get(), step_value(&wv, kind), (ctx.t("ce_forms.if"), ctx.t("math.loss"))))
            };
            view! {
                <tr>
                    <td>{s.line}</td>
                    <td class="code-cell" style="text-align: left"><code>{s.code}</code></td>
                    <td><Readout testid=s.testid value=Signal::derive(move || w.with(|wv| step_value(wv, kind))) show=precise/></td>
                    <td class="math-cell" inner_html=math></td>
                </tr>
            }
        })
        .collect_view();
    let params_line = move || {
        let a = match alpha.get() {
            Alpha::Off => ctx.t("fcos_walkthrough.alpha_off").to_string(),
            Alpha::On(a) => format!("α = {}", format::short(a)),
        };
        fill(
            ctx.t("fcos_walkthrough.params"),
            &[("alpha", &a), ("gamma", &format::short(gamma.get()))],
        )
    };
    let why = move || {
        fill(
            ctx.t("fcos_walkthrough.why"),
            &[
                ("x32", &format::num(NAIVE_F32_INF_FROM)),
                ("x64", &format::num(NAIVE_F64_INF_FROM)),
            ],
        )
    };
    let breaks = move || {
        break_rows(alpha.get(), gamma.get())
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <td>{format::short(r.x)}</td>
                        <td>{format::num(r.stable)}</td>
                        <td>{format::num(r.naive64)}</td>
                        <td>{format::num(r.naive32)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let preset = move |xv: f64, tv: u8| {
        move |_| {
            ctx.set(|s| {
                s.walk_x = xv;
                s.walk_t = tv;
            })
        }
    };
    let x_text = move || format!("x = {}", format::short(x.get()));

    view! {
        <p class="prose">{crate::ui::rich(ctx.t("fcos_walkthrough.intro"))}</p>
        <pre class="listing" data-testid="walk-listing" tabindex="0"><code>{listing}</code></pre>
        <div class="controls" role="group" aria-label=ctx.t("fcos_walkthrough.inputs")>
            <div class="control">
                <label for="walk-logit-slider">{ctx.t("fcos_walkthrough.logit")}</label>
                <span class="slider-wrap">
                    <input type="range" id="walk-logit-slider" data-testid="walk-logit-slider"
                        data-box="walk-logit" data-offscale=move || off_scale(x.get())
                        aria-describedby=move || if off_scale(x.get()).is_empty() { None } else { Some("walk-logit-offscale") }
                        min=SLIDER.0 max=SLIDER.1 step=0.1 aria-valuetext=x_text
                        prop:value=move || x.get().clamp(SLIDER.0, SLIDER.1).to_string()
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                            // Off scale, a key must not drag the value to the slider's end.
                            if !off_scale(x.get_untracked()).is_empty() && KEYS_THAT_STEP.contains(&ev.key().as_str()) {
                                ev.prevent_default();
                            }
                        }
                        on:input=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                                set_x.run(v.clamp(SLIDER.0, SLIDER.1));
                            }
                        }/>
                    <Show when=move || !off_scale(x.get()).is_empty()>
                        <span class="off-scale" id="walk-logit-offscale" data-testid="walk-logit-slider-offscale"
                            class:low=move || x.get() < SLIDER.0 title=ctx.t("slider.off_scale_note")>
                            {move || if x.get() < SLIDER.0 { "◀ " } else { "" }}
                            {ctx.t("slider.off_scale")}
                            {move || if x.get() > SLIDER.1 { " ▶" } else { "" }}
                        </span>
                    </Show>
                </span>
                <NumberCell testid="walk-logit".to_string() label=Signal::stored(ctx.t("fcos_walkthrough.logit").to_string())
                    value=Signal::derive(move || x.get()) on_set=set_x min=BOX.0 max=BOX.1/>
            </div>
            <div class="control">
                <span class="label" id="walk-target-label">{ctx.t("fcos_walkthrough.target")}</span>
                <button type="button" class="toggle" id="walk-target" data-testid="walk-target"
                    aria-labelledby="walk-target-label walk-target" aria-pressed=move || (t.get() == 1).to_string()
                    data-value=move || t.get().to_string() on:click=move |_| ctx.set(|s| s.walk_t = 1 - s.walk_t.min(1))>
                    {move || ctx.t(if t.get() == 1 { "fcos_walkthrough.t1" } else { "fcos_walkthrough.t0" })}
                </button>
            </div>
        </div>
        <div class="button-row" role="group" aria-label=ctx.t("fcos_walkthrough.presets")>
            <button type="button" data-testid="walk-preset-default" on:click=preset(0.8, 1)>"x = 0.8, t = 1"</button>
            <button type="button" data-testid="walk-preset-17" on:click=preset(17.0, 0)>{ctx.t("fcos_walkthrough.preset17")}</button>
            <button type="button" data-testid="walk-preset-40" on:click=preset(40.0, 0)>{ctx.t("fcos_walkthrough.preset40")}</button>
        </div>
        <p class="note" data-testid="walk-params">{move || crate::ui::rich(&params_line())}{crate::i18n::gap(ctx.lang())}<a href="#explorer">{ctx.t("fcos_walkthrough.to_explorer")}</a></p>
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="walk-table">
                <thead><tr>
                    <th scope="col">{ctx.t("fcos_walkthrough.col_line")}</th>
                    <th scope="col">{ctx.t("fcos_walkthrough.col_code")}</th>
                    <th scope="col">{ctx.t("fcos_walkthrough.col_value")}</th>
                    <th scope="col">{ctx.t("fcos_walkthrough.col_cases")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="note">{crate::ui::rich(ctx.t("fcos_walkthrough.sum_note"))}</p>

        <h3>{ctx.t("fcos_walkthrough.compare_title")}</h3>
        <div class="readouts compare" data-testid="walk-compare">
            <div class="readout-card">
                <span class="name">{ctx.t("fcos_walkthrough.f32_title")}</span>
                <span class="name">"p = σ(x)"</span><Readout testid="walk-naive-p" value=field(|w| w.p32) show=nine/>
                <span class="name">"p_t"</span><Readout testid="walk-naive-pt" value=field(|w| w.pt32) show=nine/>
                <span class="name">"ln p_t"</span><Readout testid="walk-naive-logpt" value=field(|w| w.ln_pt32)/>
                <span class="name">{ctx.t("math.loss")}</span><Readout testid="walk-naive-loss" value=field(|w| w.naive32) show=format::num_or_zero_times_inf/>
            </div>
            <div class="readout-card">
                <span class="name">{ctx.t("fcos_walkthrough.f64_title")}</span>
                <span class="name">{ctx.t("math.loss")}</span><Readout testid="walk-naive64-loss" value=field(|w| w.naive64) show=format::num_or_zero_times_inf/>
            </div>
            <div class="readout-card fl">
                <span class="name">{ctx.t("fcos_walkthrough.stable_title")}</span>
                <span class="name">"ℓ(x, t)"</span><Readout testid="walk-stable-ce" value=field(|w| w.bce_logits)/>
                <span class="name">{ctx.t("math.loss")}</span><Readout testid="walk-stable-loss" value=field(|w| w.stable)/>
            </div>
        </div>
        <div class="formula" data-testid="walk-stable-formula"
            node_ref={ let r = NodeRef::new(); crate::ui::mathml::live(r, move || block(&stable_formula(x.get(), t.get(), w.with(|w| w.bce_logits))) + &block(&stable_loss_formula(ctx.t("math.loss")))); r }></div>
        <div data-testid="walk-why">{move || crate::ui::rich_list(&why(), "prose")}</div>

        <h3>{ctx.t("fcos_walkthrough.breaks_title")}</h3>
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="walk-breaks">
                <thead><tr>
                    <th scope="col">"x"</th>
                    <th scope="col">{ctx.t("fcos_walkthrough.col_stable")}</th>
                    <th scope="col">{ctx.t("fcos_walkthrough.col_f64")}</th>
                    <th scope="col">{ctx.t("fcos_walkthrough.col_f32")}</th>
                </tr></thead>
                <tbody>{breaks}</tbody>
            </table>
        </div>
        <p class="note">{ctx.t("fcos_walkthrough.breaks_note")}</p>
        <PostCredit/>
    }
}
