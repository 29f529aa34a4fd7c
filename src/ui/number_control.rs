//! A labelled range slider with a number box beside it. The box accepts typed values; a bad
//! one shows an inline message and keeps the last good value (nothing else changes).

use crate::ctx::use_ctx;
use crate::format;
use crate::parse::{parse_number, NumberError};
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
    /// The box may accept a wider range than the slider (e.g. γ up to 10).
    #[prop(optional)]
    box_max: Option<f64>,
    /// Spoken value, e.g. "p = 0.90, easy positive".
    #[prop(into)]
    valuetext: Signal<String>,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    let ctx = use_ctx();
    let box_max = box_max.unwrap_or(max);
    let error = RwSignal::new(None::<NumberError>);
    let text_box = NodeRef::<leptos::html::Input>::new();
    let id = format!("ctl-{name}");

    // Keep the box text in step with the value, except while the user is typing in it.
    Effect::new(move |_| {
        let v = value.get();
        let Some(el) = text_box.get() else { return };
        let focused = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|a| a == **el);
        if !focused {
            el.set_value(&v.to_string());
            error.set(None);
        }
    });

    let on_slider = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            error.set(None);
            on_set.run(v.clamp(min, max));
        }
    };
    let on_box =
        move |ev: leptos::ev::Event| match parse_number(&event_target_value(&ev), min, box_max) {
            Ok(v) => {
                error.set(None);
                on_set.run(v);
            }
            Err(e) => error.set(Some(e)),
        };
    let on_blur = move |_| {
        if let Some(el) = text_box.get() {
            el.set_value(&value.get_untracked().to_string());
        }
        error.set(None);
    };
    let message = move || {
        error.get().map(|e| {
            let text = ctx.t(e.key());
            match e {
                NumberError::OutOfRange { min, max } => crate::i18n::fill(
                    text,
                    &[("min", &format::num(min)), ("max", &format::num(max))],
                ),
                _ => text.to_string(),
            }
        })
    };

    view! {
        <div class="control" class:disabled=move || disabled.get()>
            <label for=id.clone()>{move || label.get()}</label>
            <input
                type="range"
                id=id
                data-testid=format!("slider-{name}")
                min=min
                max=max
                step=step
                prop:value=move || value.get().clamp(min, max).to_string()
                aria-valuetext=move || valuetext.get()
                disabled=move || disabled.get()
                on:input=on_slider
            />
            <input
                type="text"
                inputmode="decimal"
                class="number-box"
                class:invalid=move || error.get().is_some()
                data-testid=format!("input-{name}")
                aria-label=move || label.get()
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                node_ref=text_box
                disabled=move || disabled.get()
                on:input=on_box
                on:blur=on_blur
            />
            <span class="input-error" role="status" data-testid=format!("error-{name}")>
                {message}
            </span>
        </div>
    }
}
