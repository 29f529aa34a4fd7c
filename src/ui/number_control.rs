//! A labelled range slider with a number box beside it. The box (a `NumberCell`) accepts typed
//! values; a bad one shows an inline message and keeps the last good value. Slider and box have
//! the same range (the slider's `data-box` names its box), so a value the box accepts is always
//! on the slider and an arrow key never jumps it.

use crate::ui::NumberCell;
use leptos::prelude::*;

#[component]
pub fn NumberControl(
    /// Test ids become `slider-{name}`, `input-{name}`, `error-{name}`.
    name: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<f64>,
    on_set: Callback<f64>,
    min: f64,
    max: f64,
    step: f64,
    /// Spoken value, e.g. "p = 0.90, easy positive".
    #[prop(into)]
    valuetext: Signal<String>,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// The box accepts whole numbers only (a count).
    #[prop(optional)]
    whole: bool,
) -> impl IntoView {
    let id = format!("ctl-{name}");
    let on_slider = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            on_set.run(v.clamp(min, max));
        }
    };
    view! {
        <div class="control" class:disabled=move || disabled.get()>
            <label for=id.clone()>{move || label.get()}</label>
            <input
                type="range"
                id=id
                data-testid=format!("slider-{name}")
                data-box=format!("input-{name}")
                min=min
                max=max
                step=step
                prop:value=move || value.get().clamp(min, max).to_string()
                aria-valuetext=move || valuetext.get()
                disabled=move || disabled.get()
                on:input=on_slider
            />
            <NumberCell testid=format!("input-{name}") error_testid=format!("error-{name}")
                label value on_set min max disabled whole/>
        </div>
    }
}
