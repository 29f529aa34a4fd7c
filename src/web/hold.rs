//! Keeps a section at the top of the window while the page above it settles. A contents link
//! jumps at once, but the lessons above the target may still be arriving and filling in; each
//! one that grows would push the target down the screen, and the reader would land somewhere
//! else. The hold lasts a few seconds, or until the reader scrolls on their own.

use leptos::prelude::{set_timeout, window_event_listener_untyped, WindowListenerHandle};
use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast};

struct Hold {
    observer: web_sys::ResizeObserver,
    // Owned here so the observer's callback lives exactly as long as the hold.
    _callback: Closure<dyn FnMut()>,
    listeners: Vec<WindowListenerHandle>,
    generation: u32,
}

thread_local! {
    static HOLD: RefCell<Option<Hold>> = const { RefCell::new(None) };
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// For up to `for_ms`, scrolls section `id` back to the top whenever the page changes size,
/// until the reader scrolls, touches, presses a key or goes Back. A newer hold replaces this
/// one.
pub fn keep_at_top(id: &'static str, for_ms: u64) {
    release();
    let Some((doc, body)) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| Some((d.clone(), d.body()?)))
    else {
        return;
    };
    let callback = Closure::<dyn FnMut()>::new(move || {
        if let Some(el) = doc.get_element_by_id(id) {
            if el.get_bounding_client_rect().top().abs() > 2.0 {
                el.scroll_into_view();
            }
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&body);
    // The reader's own moves, and Back/Forward to another place (the browser then scrolls
    // there); the contents link's own jump to #id is not one of them.
    let listeners = [
        "wheel",
        "touchstart",
        "keydown",
        "pointerdown",
        "popstate",
        "hashchange",
    ]
    .into_iter()
    .map(|ev| {
        let navigation = matches!(ev, "popstate" | "hashchange");
        window_event_listener_untyped(ev, move |_| {
            let own_jump = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .is_some_and(|h| h.strip_prefix('#') == Some(id));
            if !(navigation && own_jump) {
                release();
            }
        })
    })
    .collect();
    let generation = GENERATION.with(|g| {
        g.set(g.get().wrapping_add(1));
        g.get()
    });
    HOLD.with(|h| {
        *h.borrow_mut() = Some(Hold {
            observer,
            _callback: callback,
            listeners,
            generation,
        })
    });
    set_timeout(
        move || {
            let ours = HOLD.with(|h| h.borrow().as_ref().map(|h| h.generation)) == Some(generation);
            if ours {
                release();
            }
        },
        Duration::from_millis(for_ms),
    );
}

/// Ends the hold, if one is on.
pub fn release() {
    // Taken out first: removing the listeners must not run while the cell is borrowed.
    let hold = HOLD.with(|h| h.borrow_mut().take());
    if let Some(hold) = hold {
        hold.observer.disconnect();
        for listener in hold.listeners {
            listener.remove();
        }
    }
}
