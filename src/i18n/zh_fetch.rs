//! The Chinese table in the browser: not compiled in but fetched from `zh.txt`, which
//! scripts/build_wasm.sh writes beside the wasm (from `zh.rs`, in `wire` form). A link that
//! opens in Chinese has it fetched by the page's loader before the app starts
//! (`window.FLL_ZH_TEXT`), so such a page is Chinese from its first paint.

use super::wire;
use std::sync::OnceLock;
use wasm_bindgen::{JsCast, JsValue};

type Table = &'static [(&'static str, &'static str)];
static ZH: OnceLock<Table> = OnceLock::new();

fn keep(text: String) -> Table {
    // Read for the page's lifetime: leaked once, then borrowed by every `tr`.
    let text: &'static str = Box::leak(text.into_boxed_str());
    ZH.get_or_init(|| wire::decode(text).leak())
}

fn global(name: &str) -> Option<JsValue> {
    let w = web_sys::window()?;
    js_sys::Reflect::get(&w, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}

/// The table, if it has arrived (or the loader fetched it before the app started).
pub fn table() -> Option<Table> {
    if let Some(t) = ZH.get() {
        return Some(*t);
    }
    let text = global("FLL_ZH_TEXT")?.as_string()?;
    Some(keep(text))
}

/// Fetches the table, then calls `done(ok)`.
pub fn load(done: impl FnOnce(bool) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let ok = fetch().await.map(keep).is_some();
        if !ok {
            leptos::logging::warn!("Focal Loss Lab: the Chinese text could not be loaded");
        }
        done(ok);
    });
}

async fn fetch() -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let base = global("FLL_WASM_BASE").and_then(|v| v.as_string())?;
    let resp = JsFuture::from(web_sys::window()?.fetch_with_str(&format!("{base}zh.txt")))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !resp.ok() {
        return None;
    }
    JsFuture::from(resp.text().ok()?).await.ok()?.as_string()
}
