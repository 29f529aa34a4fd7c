//! A live number: rounded text for people, the full f64 in `data-value` for tests and tools.

use crate::format;
use leptos::prelude::*;

#[component]
pub fn Readout(
    testid: &'static str,
    #[prop(into)] value: Signal<f64>,
    /// Optional formatter for the visible text (default: 4 significant digits).
    #[prop(optional)]
    show: Option<fn(f64) -> String>,
) -> impl IntoView {
    let show = show.unwrap_or(format::num);
    view! {
        <output class="readout" data-testid=testid data-value=move || value.get().to_string()>
            {move || show(value.get())}
        </output>
    }
}
