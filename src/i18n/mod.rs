//! All UI text: one table per language (`en.rs`, `zh.rs`) with the same keys. A test checks
//! that both tables hold the same keys, none empty, and that every key used in `src/` exists.

mod en;
mod zh;

pub use crate::state::Lang;

/// The table for a language: (key, text) pairs.
pub fn table(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => en::TABLE,
        Lang::Zh => zh::TABLE,
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
