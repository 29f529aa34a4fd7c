//! An editable number cell for the lesson tables (sections 1–5): a text box that carries its
//! own `data-testid` and `data-value` (the last good value, full f64), and an inline message.
//! A bad entry ("abc", "", "1e999", "NaN", 10 KB of text) shows the message and keeps the last
//! good value; nothing else changes. Parsing is `parse::parse_number` (never panics).

use crate::ctx::{use_ctx, Ctx};
use crate::format;
use crate::i18n::fill;
use crate::parse::{parse_number, NumberError};
use leptos::prelude::*;

/// The translated message for a refused entry.
pub fn error_text(ctx: Ctx, e: NumberError) -> String {
    let text = ctx.t(e.key());
    match e {
        NumberError::OutOfRange { min, max } => fill(
            text,
            &[("min", &format::num(min)), ("max", &format::num(max))],
        ),
        _ => text.to_string(),
    }
}

/// True while `el` has the keyboard focus (the user is typing in it).
fn focused(el: &web_sys::HtmlInputElement) -> bool {
    let el: &web_sys::Element = el.as_ref();
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|a| a == *el)
}

#[component]
pub fn NumCell(
    /// Test id of the box; the message gets `{testid}-error`.
    testid: String,
    /// Accessible name of the box.
    #[prop(into)]
    label: Signal<String>,
    #[prop(into)] value: Signal<f64>,
    on_set: Callback<f64>,
    min: f64,
    max: f64,
) -> impl IntoView {
    let ctx = use_ctx();
    let error = RwSignal::new(None::<NumberError>);
    let node = NodeRef::<leptos::html::Input>::new();
    let err_id = format!("{testid}-error");

    // Follow the value (a slider, a preset, "normalise"), except while the user types here.
    Effect::new(move |_| {
        let v = value.get();
        let Some(el) = node.get() else { return };
        if !focused(&el) {
            el.set_value(&v.to_string());
            error.set(None);
        }
    });
    let on_input =
        move |ev: leptos::ev::Event| match parse_number(&event_target_value(&ev), min, max) {
            Ok(v) => {
                error.set(None);
                on_set.run(v);
            }
            Err(e) => error.set(Some(e)),
        };
    let on_blur = move |_| {
        if let Some(el) = node.get() {
            el.set_value(&value.get_untracked().to_string());
        }
        error.set(None);
    };
    view! {
        <span class="cell">
            <input
                type="text"
                inputmode="decimal"
                class="number-box"
                class:invalid=move || error.get().is_some()
                data-testid=testid
                data-value=move || value.get().to_string()
                aria-label=move || label.get()
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=err_id.clone()
                node_ref=node
                on:input=on_input
                on:blur=on_blur
            />
            <span class="input-error" role="status" id=err_id.clone() data-testid=err_id>
                {move || error.get().map(|e| error_text(ctx, e))}
            </span>
        </span>
    }
}
