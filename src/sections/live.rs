//! One polite live region per section. It speaks a short summary (the text of the section's
//! `[data-live]` elements and any inline input message) a moment after the section's state
//! settles, and only while the section is on screen: a γ drag in one place no longer sets off
//! announcements from every read-out on the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How long the state must be still before the summary is spoken.
const SETTLE_MS: u64 = 800;

/// True when some part of `el` is inside the viewport.
fn on_screen(el: &web_sys::Element) -> bool {
    let r = el.get_bounding_client_rect();
    let h = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    r.bottom() > 0.0 && r.top() < h
}

/// The summary: `[data-live]` texts, then visible input messages, joined.
fn summary(section: &web_sys::Element) -> String {
    let mut parts = Vec::new();
    for sel in ["[data-live]", ".input-error"] {
        if let Ok(list) = section.query_selector_all(sel) {
            for i in 0..list.length() {
                let text = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                    .map(|e| e.inner_text())
                    .unwrap_or_default();
                let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                if !text.is_empty() {
                    parts.push(text);
                }
            }
        }
    }
    parts.join(" · ")
}

/// Schedules the summary of `section` into `text` once things have settled.
#[derive(Clone, Copy)]
pub struct LiveRegion {
    pub text: RwSignal<String>,
    pending: StoredValue<bool>,
}

impl LiveRegion {
    pub fn new() -> Self {
        LiveRegion {
            text: RwSignal::new(String::new()),
            pending: StoredValue::new(false),
        }
    }

    pub fn schedule(self, section: NodeRef<leptos::html::Section>) {
        if self.pending.try_get_value() != Some(false) {
            return;
        }
        self.pending.set_value(true);
        set_timeout(
            move || {
                if self.pending.try_set_value(false).is_some() {
                    return; // disposed
                }
                let Some(Some(el)) = section.try_get_untracked() else {
                    return;
                };
                if on_screen(&el) {
                    let now = summary(&el);
                    if self.text.with_untracked(|t| *t != now) {
                        self.text.set(now);
                    }
                }
            },
            std::time::Duration::from_millis(SETTLE_MS),
        );
    }
}

impl Default for LiveRegion {
    fn default() -> Self {
        Self::new()
    }
}
