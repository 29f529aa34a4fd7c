//! α (with its "off" switch) and γ: one set of controls bound to the shared state, placed in
//! every section that uses them (explorer, simulator, segmentation). Moving any copy moves all.

use crate::ctx::use_ctx;
use crate::format;
use crate::math::focal::Alpha;
use crate::ui::NumberControl;
use leptos::prelude::*;

#[component]
pub fn FocusControls(
    /// `NumberControl` names (test ids `slider-…`, `input-…`, `error-…`).
    alpha_name: &'static str,
    gamma_name: &'static str,
    /// Test id of the "α off" checkbox.
    off_testid: &'static str,
) -> impl IntoView {
    let ctx = use_ctx();
    let alpha = ctx.memo(|s| s.alpha);
    let gamma = ctx.memo(|s| s.gamma);
    // The α slider keeps its last number while α is off, so switching back restores it.
    let last_alpha = RwSignal::new(match alpha.get_untracked() {
        Alpha::On(a) => a,
        Alpha::Off => 0.25,
    });
    let alpha_value = Signal::derive(move || match alpha.get() {
        Alpha::On(a) => a,
        Alpha::Off => last_alpha.get(),
    });
    let alpha_off = Signal::derive(move || alpha.get() == Alpha::Off);
    let a_text = Signal::derive(move || match alpha.get() {
        Alpha::Off => ctx.t("explorer.alpha_off_text").to_string(),
        Alpha::On(a) => format!("α = {}", format::fixed(a, 2)),
    });
    let g_text = Signal::derive(move || format!("γ = {}", format::sig(gamma.get(), 3)));
    let on_alpha = Callback::new(move |v| {
        last_alpha.set(v);
        ctx.set(|s| s.alpha = Alpha::On(v))
    });
    let on_off = move |ev: leptos::ev::Event| {
        let off = event_target_checked(&ev);
        ctx.set(|s| {
            s.alpha = if off {
                Alpha::Off
            } else {
                Alpha::On(last_alpha.get_untracked())
            }
        });
    };
    view! {
        <NumberControl name=alpha_name label=Signal::derive(|| "α".to_string()) value=alpha_value
            on_set=on_alpha min=0.0 max=1.0 step=0.01 valuetext=a_text disabled=alpha_off/>
        <label class="check">
            <input type="checkbox" data-testid=off_testid prop:checked=move || alpha_off.get() on:change=on_off/>
            {ctx.t("explorer.alpha_off")}
        </label>
        <NumberControl name=gamma_name label=Signal::derive(|| "γ".to_string()) value=gamma
            on_set=Callback::new(move |v| ctx.set(|s| s.gamma = v)) min=0.0 max=10.0 step=0.1
            valuetext=g_text/>
    }
}
