//! An editable number cell for tables (and seeds): a text box with an inline message. A bad
//! entry ("abc", "", "1e999", "NaN", 10 KB of text, out of range, or a fraction where a whole
//! number is needed) shows the message and keeps the last good value; nothing else changes.
//! Used by the num-pos batch table and the segmentation seed.

use crate::ctx::use_ctx;
use crate::format;
use crate::i18n::fill;
use crate::parse::{parse_number, NumberError};
use leptos::prelude::*;

/// Why a cell refused its text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CellError {
    Number(NumberError),
    /// A whole number was needed (a count, a seed).
    NotWhole,
}

/// Reads a cell: `parse_number`, then (if `whole`) a whole-number check. Pure, never panics.
pub fn parse_cell(text: &str, min: f64, max: f64, whole: bool) -> Result<f64, CellError> {
    let v = parse_number(text, min, max).map_err(CellError::Number)?;
    if whole && v.fract() != 0.0 {
        return Err(CellError::NotWhole);
    }
    Ok(v)
}

/// The message for an error in the current language.
fn message(e: CellError, t: impl Fn(&'static str) -> &'static str) -> String {
    match e {
        CellError::NotWhole => t("num_pos.whole").to_string(),
        CellError::Number(n @ NumberError::OutOfRange { min, max }) => fill(
            t(n.key()),
            &[("min", &format::num(min)), ("max", &format::num(max))],
        ),
        CellError::Number(n) => t(n.key()).to_string(),
    }
}

#[component]
pub fn Cell(
    /// Test ids become `input-{name}` and `error-{name}`.
    name: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<f64>,
    on_set: Callback<f64>,
    min: f64,
    max: f64,
    /// Accept whole numbers only.
    #[prop(optional)]
    whole: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let error = RwSignal::new(None::<CellError>);
    let text_box = NodeRef::<leptos::html::Input>::new();

    // Keep the text in step with the value, except while the user is typing in it.
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

    let on_input =
        move |ev: leptos::ev::Event| match parse_cell(&event_target_value(&ev), min, max, whole) {
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
    let shown = move || error.get().map(|e| message(e, |k| ctx.t(k)));
    let error_id = format!("error-{name}");

    view! {
        <span class="cell">
            <input
                type="text"
                inputmode="decimal"
                class="number-box"
                class:invalid=move || error.get().is_some()
                data-testid=format!("input-{name}")
                aria-label=move || label.get()
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=error_id.clone()
                node_ref=text_box
                on:input=on_input
                on:blur=on_blur
            />
            <span class="input-error" role="status" id=error_id data-testid=format!("error-{name}")>
                {shown}
            </span>
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_text_is_refused_with_a_reason() {
        assert_eq!(parse_cell("3", 0.0, 10.0, true), Ok(3.0));
        assert_eq!(parse_cell(" 2.5 ", 0.0, 10.0, false), Ok(2.5));
        assert_eq!(parse_cell("2.5", 0.0, 10.0, true), Err(CellError::NotWhole));
        assert_eq!(
            parse_cell("abc", 0.0, 10.0, true),
            Err(CellError::Number(NumberError::NotANumber))
        );
        assert_eq!(
            parse_cell("", 0.0, 10.0, true),
            Err(CellError::Number(NumberError::Empty))
        );
        assert_eq!(
            parse_cell("1e999", 0.0, 10.0, false),
            Err(CellError::Number(NumberError::NotFinite))
        );
        assert_eq!(
            parse_cell("NaN", 0.0, 10.0, false),
            Err(CellError::Number(NumberError::NotFinite))
        );
        assert!(parse_cell(&"7".repeat(10_000), 0.0, 10.0, false).is_err());
        assert!(matches!(
            parse_cell("-1", 0.0, 10.0, true),
            Err(CellError::Number(NumberError::OutOfRange { .. }))
        ));
    }

    #[test]
    fn messages_fill_the_range() {
        let m = message(
            CellError::Number(NumberError::OutOfRange {
                min: 0.0,
                max: 10.0,
            }),
            |k| crate::i18n::tr(crate::state::Lang::En, k),
        );
        assert!(m.contains('0') && m.contains("10"), "{m}");
        let w = message(CellError::NotWhole, |k| {
            crate::i18n::tr(crate::state::Lang::En, k)
        });
        assert_ne!(w, "num_pos.whole");
    }
}
