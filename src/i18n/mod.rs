//! All UI text: one table per language (`en.rs`, `zh.rs`) with the same keys. A test checks
//! that both tables hold the same keys, none empty, and that every key used in `src/` exists.
//!
//! In the browser only English is compiled in. The Chinese table (~29 KB gzip) is fetched the
//! first time a reader chooses 中文 (`load`), so a reader of one language does not download
//! both; natively (tests, tools) both are compiled in.

mod en;
pub mod wire;
#[cfg(not(target_arch = "wasm32"))]
mod zh;
#[cfg(target_arch = "wasm32")]
mod zh_fetch;

pub use crate::state::Lang;

/// The table for a language: (key, text) pairs. In the browser, English until the Chinese
/// table has arrived (see `ready`).
pub fn table(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => en::TABLE,
        Lang::Zh => zh_table().unwrap_or(en::TABLE),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn zh_table() -> Option<&'static [(&'static str, &'static str)]> {
    Some(zh::TABLE)
}

#[cfg(target_arch = "wasm32")]
fn zh_table() -> Option<&'static [(&'static str, &'static str)]> {
    zh_fetch::table()
}

/// Whether `lang`'s text is here (always, except Chinese in the browser before `load`).
pub fn ready(lang: Lang) -> bool {
    lang == Lang::En || zh_table().is_some()
}

/// Fetches `lang`'s table if it is not here, then calls `done` with whether it now is.
pub fn load(lang: Lang, done: impl FnOnce(bool) + 'static) {
    if ready(lang) {
        done(true);
    } else {
        #[cfg(target_arch = "wasm32")]
        zh_fetch::load(done);
    }
}

/// The text for `key`; an unknown key shows itself (and fails the native key test).
pub fn tr(lang: Lang, key: &'static str) -> &'static str {
    table(lang)
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .unwrap_or(key)
}

/// What goes between two sentences or parts of a line: a space in English, nothing in
/// Chinese (full-width punctuation carries its own space).
pub fn gap(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " ",
        Lang::Zh => "",
    }
}

/// `inner` in parentheses: ASCII with a space before it in English, full-width in Chinese.
pub fn aside(lang: Lang, inner: &str) -> String {
    match lang {
        Lang::En => format!(" ({inner})"),
        Lang::Zh => format!("（{inner}）"),
    }
}

/// Fills `{name}` placeholders: `fill(tr(l, "k"), &[("n", "3")])`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fetched_form_gives_back_the_chinese_table() {
        let text = wire::encode(zh::TABLE);
        assert_eq!(wire::decode(&text), zh::TABLE);
        assert!(wire::decode("").is_empty());
    }
}
