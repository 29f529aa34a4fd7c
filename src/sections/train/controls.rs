//! The section's inputs (problem, optimiser, the shared α and γ) and the play buttons.

use super::Model;
use crate::format;
use crate::i18n::fill;
use crate::math::train::data::num_pos;
use crate::sections::focus_controls::FocusControls;
use crate::ui::{NumberCell, NumberControl};
use leptos::prelude::*;

/// The largest seed (the URL accepts 0 – 2³² − 1).
const SEED_MAX: u64 = 4_294_967_295;

/// A control's value as text: one function for every control, so its reactive wrapper is
/// compiled once (a closure each would be compiled once each).
fn text(v: Memo<f64>, f: fn(f64) -> String) -> Signal<String> {
    Signal::derive(move || f(v.get()))
}

#[component]
pub fn Controls(m: Model) -> impl IntoView {
    let ctx = m.ctx;
    let n = ctx.memo(|p| p.tr_n as f64);
    let pos = ctx.memo(|p| p.tr_pos);
    let seed = ctx.memo(|p| p.tr_seed as f64);
    let lr = ctx.memo(|p| p.tr_lr);
    let prior = ctx.memo(|p| p.tr_prior == 1);
    let opt = ctx.memo(|p| p.tr_opt);
    let label = move |key: &'static str| Signal::stored(ctx.t(key).to_string());
    let pos_note = move || {
        let np = num_pos(n.get() as usize, pos.get());
        fill(
            ctx.t(if np == 1 {
                "train.pos_note_one"
            } else {
                "train.pos_note"
            }),
            &[
                ("pct", &format::percent(pos.get())),
                ("pos", &format::exact(np as f64)),
                ("n", &format::exact(n.get())),
            ],
        )
    };
    let running = m.running;
    view! {
        <div class="controls" role="group" aria-label=ctx.t("train.controls")>
            <NumberControl name="train-n" label=label("train.n_label") value=n
                on_set=Callback::new(move |v: f64| ctx.set(|p| p.tr_n = v.round() as u64))
                min=1000.0 max=100_000.0 step=1000.0
                valuetext=text(n, |v| format!("N = {v}"))/>
            <NumberControl name="train-pos" label=label("train.pos_label") value=pos
                on_set=Callback::new(move |v: f64| ctx.set(|p| p.tr_pos = v))
                min=0.001 max=0.1 step=0.001 valuetext=text(pos, format::percent)/>
            <p class="note" data-testid="train-pos-note">{pos_note}</p>
            <div class="control">
                <span class="label">{ctx.t("train.seed_label")}</span>
                <NumberCell testid="input-train-seed".into() error_testid="error-train-seed".into()
                    label=label("train.seed_label") value=seed
                    on_set=Callback::new(move |v: f64| ctx.set(|p| p.tr_seed = v as u64))
                    min=0.0 max=SEED_MAX as f64 whole=true/>
            </div>
            <FocusControls alpha_name="train-alpha" gamma_name="train-gamma" off_testid="train-alpha-off"/>
            <label class="check">
                <input type="checkbox" data-testid="train-prior" prop:checked=move || prior.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ctx.set(|p| p.tr_prior = u8::from(on));
                    }/>
                {ctx.t("train.prior_label")}
            </label>
            <div class="control">
                <label for="train-opt">{ctx.t("train.opt_label")}</label>
                <select id="train-opt" data-testid="train-opt" prop:value=move || opt.get().to_string()
                    on:change=move |ev| {
                        let v = event_target_value(&ev) == "1";
                        ctx.set(|p| p.tr_opt = u8::from(v));
                    }>
                    <option value="0">{ctx.t("train.opt_adam")}</option>
                    <option value="1">{ctx.t("train.opt_sgd")}</option>
                </select>
            </div>
            <NumberControl name="train-lr" label=label("train.lr_label") value=lr
                on_set=Callback::new(move |v: f64| ctx.set(|p| p.tr_lr = v))
                min=0.0001 max=1.0 step=0.0001 valuetext=text(lr, |v| format!("η = {}", format::sig(v, 3)))/>
        </div>
        <p class="note">{ctx.t("train.shared")}</p>
        <div class="button-row">
            <button type="button" data-testid="train-run" aria-pressed=move || running.get().to_string()
                on:click=move |_| if running.get_untracked() { m.pause() } else { m.play() }>
                {move || if running.get() { ctx.t("train.pause") } else { ctx.t("train.run") }}
            </button>
            <button type="button" data-testid="train-step" on:click=move |_| m.step()>{ctx.t("train.step")}</button>
            <button type="button" data-testid="train-reset" on:click=move |_| m.reset()>{ctx.t("train.reset")}</button>
        </div>
    }
}
