//! An editable number: a text box with an inline message. A bad entry ("abc", "", "1e999",
//! "NaN", 10 KB of text, out of range, or a fraction where a whole number is needed) shows the
//! message and keeps the last good value; nothing else changes. Used alone in tables and as
//! the number box of `NumberControl`.

use crate::ctx::{use_ctx, Ctx};
use crate::format;
use crate::i18n::fill;
use crate::parse::{parse_value, NumberError};
use leptos::prelude::*;

/// The translated message for a refused entry.
pub fn error_text(ctx: Ctx, e: NumberError) -> String {
    let text = ctx.t(e.key());
    match e {
        // Exact limits, thousands grouped: "between 0.001 and 0.999", "from 1 to 1 000 000".
        NumberError::OutOfRange { min, max, .. } => fill(
            text,
            &[("min", &format::exact(min)), ("max", &format::exact(max))],
        ),
        NumberError::Ambiguous { grouped, decimal } => fill(
            text,
            &[
                ("grouped", &format::exact(grouped)),
                ("decimal", &format::exact(decimal)),
                ("grouped_plain", &plain(grouped)),
                ("decimal_plain", &plain(decimal)),
            ],
        ),
        _ => text.to_string(),
    }
}

/// A number as it can be typed back unchanged: "1000", "1.5", "−2".
fn plain(v: f64) -> String {
    format::short_exact(v)
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
pub fn NumberCell(
    /// Test id of the box; it also carries `data-value` (the last good value, full f64).
    testid: String,
    /// Test id of the message; `{testid}-error` when not given.
    #[prop(optional)]
    error_testid: Option<String>,
    /// Accessible name of the box.
    #[prop(into)]
    label: Signal<String>,
    #[prop(into)] value: Signal<f64>,
    on_set: Callback<f64>,
    min: f64,
    max: f64,
    /// Accept whole numbers only.
    #[prop(optional)]
    whole: bool,
    #[prop(optional, into)] disabled: Signal<bool>,
) -> impl IntoView {
    let ctx = use_ctx();
    let error = RwSignal::new(None::<NumberError>);
    let node = NodeRef::<leptos::html::Input>::new();
    let err_id = error_testid.unwrap_or_else(|| format!("{testid}-error"));

    // Follow the value (a slider, a preset, "normalise"), except while the user types here.
    Effect::new(move |_| {
        let v = value.get();
        let Some(el) = node.get() else { return };
        if !focused(&el) {
            el.set_value(&format::typed(v));
            error.set(None);
        }
    });
    let on_input =
        move |ev: leptos::ev::Event| match parse_value(&event_target_value(&ev), min, max, whole) {
            Ok(v) => {
                error.set(None);
                on_set.run(v);
            }
            Err(e) => error.set(Some(e)),
        };
    // A focused box removed by a remount (language change) blurs after its signals are gone.
    let on_blur = move |_| {
        if let (Some(Some(el)), Some(v)) = (node.try_get_untracked(), value.try_get_untracked()) {
            el.set_value(&format::typed(v));
        }
        error.try_set(None);
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
                data-min=min.to_string()
                data-max=max.to_string()
                data-whole=whole.to_string()
                aria-label=move || label.get()
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=err_id.clone()
                disabled=move || disabled.get()
                node_ref=node
                on:input=on_input
                on:blur=on_blur
            />
            <span class="input-error" id=err_id.clone() data-testid=err_id>
                {move || error.get().map(|e| error_text(ctx, e))}
            </span>
        </span>
    }
}
