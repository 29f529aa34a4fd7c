//! Saving a file from the page: an object URL (SVG) or a data URL (PNG) and a temporary link.

use wasm_bindgen::JsCast;

fn click_link(href: &str, file_name: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(a) = doc.create_element("a") else {
        return;
    };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(href);
    a.set_download(file_name);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        a.remove();
    }
}

/// Downloads `text` as a file of the given MIME type.
pub fn save_text(text: &str, mime: &str, file_name: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
        click_link(&url, file_name);
        let _ = web_sys::Url::revoke_object_url(&url);
    }
}

/// Downloads a canvas as PNG.
pub fn save_canvas_png(canvas: &web_sys::HtmlCanvasElement, file_name: &str) {
    if let Ok(url) = canvas.to_data_url_with_type("image/png") {
        click_link(&url, file_name);
    }
}

/// Copies text to the clipboard and calls `done(true)` when it is there, `done(false)` when
/// the browser has no clipboard API (plain http on a LAN address) or refuses; never throws.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        return done(false);
    };
    let nav = w.navigator();
    let has_api = js_sys::Reflect::get(&nav, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_api {
        return done(false);
    }
    let promise = nav.clipboard().write_text(text);
    leptos::task::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
