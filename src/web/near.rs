//! "Is this element near the screen?": an IntersectionObserver with a root margin of one
//! viewport above and below, so a section catches up before it scrolls into view.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Sets `near` whenever `el` comes within about one viewport of the screen, or leaves it.
pub fn observe(el: &web_sys::Element, near: RwSignal<bool>) {
    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // Several entries can queue for one element; the last one is its current state.
        if let Some(e) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            let now = e.is_intersecting();
            if near.get_untracked() != now {
                near.set(now);
            }
        }
    });
    let opts = web_sys::IntersectionObserverInit::new();
    opts.set_root_margin("100% 0px 100% 0px");
    if let Ok(io) =
        web_sys::IntersectionObserver::new_with_options(cb.as_ref().unchecked_ref(), &opts)
    {
        io.observe(el);
    }
    cb.forget(); // sections live as long as the page
}

/// Calls `f` when the browser is idle (or after `timeout_ms` at the latest).
pub fn when_idle(timeout_ms: u32, f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::once_into_js(f);
    let opts = web_sys::IdleRequestOptions::new();
    opts.set_timeout(timeout_ms);
    if w.request_idle_callback_with_options(cb.unchecked_ref(), &opts)
        .is_err()
    {
        let _ = w.set_timeout_with_callback(cb.unchecked_ref());
    }
}

/// Milliseconds since the page started (`performance.now()`), 0 outside a browser.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
