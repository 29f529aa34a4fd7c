//! A panic anywhere shows a visible banner instead of a silently frozen page.

use std::panic;

/// Installs a hook that logs the panic to the console (with the Rust message) and puts a
/// fixed `role="alert"` banner at the top of the page. Built with plain DOM calls because the
/// reactive runtime may be what panicked.
pub fn install() {
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if doc
            .query_selector("[data-testid=panic-banner]")
            .ok()
            .flatten()
            .is_some()
        {
            return;
        }
        let zh = doc
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .is_some_and(|l| l.starts_with("zh"));
        let lang = if zh {
            crate::state::Lang::Zh
        } else {
            crate::state::Lang::En
        };
        if let (Ok(div), Some(body)) = (doc.create_element("div"), doc.body()) {
            div.set_class_name("panic-banner");
            let _ = div.set_attribute("role", "alert");
            let _ = div.set_attribute("data-testid", "panic-banner");
            div.set_text_content(Some(crate::i18n::tr(lang, "app.panic")));
            let _ = body.prepend_with_node_1(&div);
        }
    }));
}
