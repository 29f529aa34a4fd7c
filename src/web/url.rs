//! The URL query mirrors the state: read once on load, written with `history.replaceState`
//! (no history spam), 150 ms after the last change: Chromium's `replaceState` costs ~3 ms
//! (and a fetch of the page's icon), too much to pay on any frame of a drag.

use crate::state::Params;
use crate::web::quiet::Quiet;
use leptos::prelude::*;

/// The current `location.search`, or "" outside a browser.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The full link that reopens `params` (origin + path + query).
pub fn link_for(params: &Params) -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let base = format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    );
    // The #fragment too: "this section in this state".
    let hash = loc.hash().unwrap_or_default();
    let q = params.to_query();
    if q.is_empty() {
        format!("{base}{hash}")
    } else {
        format!("{base}?{q}{hash}")
    }
}

/// The section named by the address's #fragment, if it is one of `ids`.
pub fn fragment_in(ids: &[&'static str]) -> Option<&'static str> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let name = hash.strip_prefix('#')?;
    ids.iter().copied().find(|id| *id == name)
}

/// Keeps the address bar in step with `params`: one write once a burst of changes is over.
pub fn sync(params: RwSignal<Params>) {
    let quiet = Quiet::after(std::time::Duration::from_millis(150));
    Effect::new(move |_| {
        params.track();
        quiet.then(move || write(params));
    });
    // Back and Forward move between the sections visited through the contents (their own
    // history entries); the state stays, so the address is rewritten with it.
    let on_pop = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || write(params));
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback(
            "popstate",
            wasm_bindgen::JsCast::unchecked_ref(on_pop.as_ref()),
        );
    }
    on_pop.forget(); // for the page's lifetime
}

/// Replaces the current history entry's query with `params`, keeping path and #fragment.
fn write(params: RwSignal<Params>) {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let path = loc.pathname().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    let q = params.with_untracked(Params::to_query);
    let url = if q.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{q}{hash}")
    };
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
