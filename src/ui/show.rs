//! "Show in the explorer": scroll the explorer into view and move the keyboard focus to what
//! is shown, so a keyboard or screen-reader user lands where a sighted reader looks.

use wasm_bindgen::JsCast;

/// After the explorer has updated (next frame), scrolls to it and focuses `[data-testid=…]`.
pub fn show_in_explorer(focus_testid: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(section) = doc.get_element_by_id("explorer") {
            section.scroll_into_view();
        }
        let target = doc
            .query_selector(&format!("[data-testid=\"{focus_testid}\"]"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = target {
            if !el.has_attribute("tabindex") {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
        }
    });
}
