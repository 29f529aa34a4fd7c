//! "Has the first screen painted yet?" Work that a reader does not need for the first frame
//! (a lesson's chunk, the explorer's plots) waits for it, so the read-outs and sliders show
//! and work one frame sooner.

use leptos::prelude::*;

thread_local! {
    static PAINTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a frame has been painted since the page started (as far as an awaiter of
/// `painted` has seen).
pub fn done() -> bool {
    PAINTED.get()
}

/// Resolves once the first screen has painted: after the next animation frame and the task
/// that follows it (at once after that).
pub async fn painted() {
    if PAINTED.get() {
        return;
    }
    let painted = js_sys::Promise::new(&mut |resolve, _| {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                },
                std::time::Duration::ZERO,
            )
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(painted).await;
    PAINTED.set(true);
}
