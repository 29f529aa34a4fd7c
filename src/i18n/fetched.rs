//! The text the browser build does not compile in, fetched from beside the wasm (files that
//! scripts/build_wasm.sh writes with scripts/lang_text.rs, in `wire` form):
//! - `zh.txt`, the whole Chinese table, the first time a reader chooses 中文. A link that opens
//!   in Chinese has it fetched by the page's loader before the app starts (`window.FLL_ZH_TEXT`),
//!   so such a page is Chinese from its first paint;
//! - `en.txt`, the English lessons' text (`en::LESSONS`), once, after the first paint, while
//!   the first lesson's code comes.

use super::{wire, Table};
use std::cell::RefCell;
use std::sync::OnceLock;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

static ZH: OnceLock<Table> = OnceLock::new();
static EN_LESSONS: OnceLock<Table> = OnceLock::new();

thread_local! {
    /// The English lessons' fetch, shared by every lesson that waits for it.
    static EN_FETCH: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

fn keep(cell: &'static OnceLock<Table>, text: String) -> Table {
    // Read for the page's lifetime: leaked once, then borrowed by every `tr`.
    let text: &'static str = Box::leak(text.into_boxed_str());
    cell.get_or_init(|| wire::decode(text).leak())
}

fn global(name: &str) -> Option<JsValue> {
    let w = web_sys::window()?;
    js_sys::Reflect::get(&w, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}

/// The Chinese table, if it has arrived (or the loader fetched it before the app started).
pub fn zh() -> Option<Table> {
    if let Some(t) = ZH.get() {
        return Some(*t);
    }
    let text = global("FLL_ZH_TEXT")?.as_string()?;
    Some(keep(&ZH, text))
}

/// The English lessons' text, if it has arrived.
pub fn en_lessons() -> Option<Table> {
    EN_LESSONS.get().copied()
}

/// Fetches the Chinese table, then calls `done(ok)`.
pub fn load_zh(done: impl FnOnce(bool) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let ok = fetch("zh.txt").await.map(|t| keep(&ZH, t)).is_some();
        if !ok {
            leptos::logging::warn!("Focal Loss Lab: the Chinese text could not be loaded");
        }
        done(ok);
    });
}

/// Resolves once the English lessons' text is here, with whether it is. The fetch starts at
/// the first call (not when the future is first polled) and is made once.
pub fn en_lessons_loaded() -> impl std::future::Future<Output = bool> {
    let promise = EN_FETCH.with_borrow_mut(|p| {
        p.get_or_insert_with(|| {
            wasm_bindgen_futures::future_to_promise(async {
                // A classroom's network can drop one request; try three times before the
                // lessons are built without their text.
                let mut text = None;
                for wait_ms in [0, 1000, 3000] {
                    sleep(wait_ms).await;
                    text = fetch("en.txt").await;
                    if text.is_some() {
                        break;
                    }
                }
                let ok = text.map(|t| keep(&EN_LESSONS, t)).is_some();
                if !ok {
                    leptos::logging::warn!("Focal Loss Lab: the lessons' text could not be loaded");
                }
                Ok(JsValue::from_bool(ok))
            })
        })
        .clone()
    });
    async move {
        en_lessons().is_some()
            || JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false)
    }
}

async fn sleep(ms: i32) {
    if ms > 0 {
        let done = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
            }
        });
        let _ = JsFuture::from(done).await;
    }
}

async fn fetch(file: &str) -> Option<String> {
    let base = global("FLL_WASM_BASE").and_then(|v| v.as_string())?;
    let resp = JsFuture::from(web_sys::window()?.fetch_with_str(&format!("{base}{file}")))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !resp.ok() {
        return None;
    }
    JsFuture::from(resp.text().ok()?).await.ok()?.as_string()
}
