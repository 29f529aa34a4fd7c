//! All UI text: one table per language (`en.rs`, `zh.rs`) with the same keys in the same
//! order. Tests check that both hold the same keys, none empty, that every key used in `src/`
//! exists, and that `FIRST` holds every key code outside the lessons uses.
//!
//! Each table has two parts: `FIRST`, what the first screen needs, and `LESSONS`, the lessons'
//! own text. In the browser only English `FIRST` is compiled in. The English lessons' text
//! (~22 KB gzip) is fetched after the first paint, with the first lesson's code
//! (`lessons_text`); the Chinese table (~29 KB gzip) is fetched the first time a reader
//! chooses 中文 (`load`). Natively (tests, tools) everything is compiled in.

mod en;
#[cfg(target_arch = "wasm32")]
mod fetched;
pub mod wire;
#[cfg(not(target_arch = "wasm32"))]
mod zh;

pub use crate::state::Lang;

type Table = &'static [(&'static str, &'static str)];

/// The whole table for a language, `FIRST` then `LESSONS` (native only: the browser never
/// holds the English lessons' text in one piece with the rest).
#[cfg(not(target_arch = "wasm32"))]
pub fn table(lang: Lang) -> Table {
    use std::sync::OnceLock;
    static EN: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    static ZH: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    let (cell, first, lessons) = match lang {
        Lang::En => (&EN, en::FIRST, en::LESSONS),
        Lang::Zh => (&ZH, zh::FIRST, zh::LESSONS),
    };
    cell.get_or_init(|| [first, lessons].concat())
}

/// The first-screen part of a language's table (native only, for the test that keeps the
/// split right).
#[cfg(not(target_arch = "wasm32"))]
pub fn first_part(lang: Lang) -> Table {
    match lang {
        Lang::En => en::FIRST,
        Lang::Zh => zh::FIRST,
    }
}

/// Where to look for `lang`'s text, in order.
#[cfg(not(target_arch = "wasm32"))]
fn parts(lang: Lang) -> [Table; 2] {
    [table(lang), &[]]
}

/// Where to look for `lang`'s text, in order: Chinese once it has arrived, else English
/// (its lessons' part once that has arrived).
#[cfg(target_arch = "wasm32")]
fn parts(lang: Lang) -> [Table; 2] {
    // The language first: `fetched::zh` may ask the page for the loader's text, which an
    // English lookup (hundreds on a simulator move) must not pay for.
    if lang == Lang::Zh {
        if let Some(zh) = fetched::zh() {
            return [zh, &[]];
        }
    }
    [en::FIRST, fetched::en_lessons().unwrap_or(&[])]
}

/// Whether `lang`'s text is here (always, except Chinese in the browser before `load`).
pub fn ready(lang: Lang) -> bool {
    #[cfg(target_arch = "wasm32")]
    return lang == Lang::En || fetched::zh().is_some();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        true
    }
}

/// Fetches `lang`'s table if it is not here, then calls `done` with whether it now is.
pub fn load(lang: Lang, done: impl FnOnce(bool) + 'static) {
    if ready(lang) {
        done(true);
    } else {
        #[cfg(target_arch = "wasm32")]
        fetched::load_zh(done);
    }
}

/// Resolves once the English lessons' text is here (fetching it, once, from the first call
/// on), with whether it is. A lesson is built only after this: its text is not compiled in.
pub fn lessons_text() -> impl std::future::Future<Output = bool> {
    #[cfg(target_arch = "wasm32")]
    return fetched::en_lessons_loaded();
    #[cfg(not(target_arch = "wasm32"))]
    std::future::ready(true)
}

/// The text for `key`; an unknown key shows itself (and fails the native key test).
pub fn tr(lang: Lang, key: &'static str) -> &'static str {
    parts(lang)
        .into_iter()
        .find_map(|t| find(t, key))
        .unwrap_or(key)
}

/// `key`'s text in `table`, through a hash index made once per table: a γ move in the
/// simulator looks up some 300 texts, and scanning the lessons' ~600 entries for each cost
/// ~0.6 ms of the move. (An index, not a sorted copy: sorting compiled to 2 KB more wasm.)
fn find(table: Table, key: &str) -> Option<&'static str> {
    thread_local! {
        /// (table address, slots): a slot holds 1 + an entry's position, 0 when empty.
        static INDEX: std::cell::RefCell<Vec<(usize, Vec<u16>)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    if table.is_empty() {
        return None;
    }
    let id = table.as_ptr() as usize;
    INDEX.with_borrow_mut(|known| {
        let at = match known.iter().position(|(i, _)| *i == id) {
            Some(at) => at,
            None => {
                let mut slots = vec![0u16; 2 * table.len()];
                for (n, (k, _)) in table.iter().enumerate() {
                    let mut h = hash(k) % slots.len();
                    while slots[h] != 0 {
                        h = (h + 1) % slots.len();
                    }
                    slots[h] = n as u16 + 1;
                }
                known.push((id, slots));
                known.len() - 1
            }
        };
        let slots = &known[at].1;
        let mut h = hash(key) % slots.len();
        loop {
            let (k, v) = table.get(usize::from(slots[h]).checked_sub(1)?)?;
            if *k == key {
                return Some(*v);
            }
            h = (h + 1) % slots.len();
        }
    })
}

/// FNV-1a: a few instructions a byte, and spreads keys like `train.col_ap` well enough.
fn hash(key: &str) -> usize {
    key.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    }) as usize
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
    fn the_fetched_form_gives_back_the_tables() {
        for t in [table(Lang::Zh), en::LESSONS] {
            assert_eq!(wire::decode(&wire::encode(t)), t);
        }
        assert!(wire::decode("").is_empty());
    }

    #[test]
    fn every_key_finds_its_own_text() {
        for lang in [Lang::En, Lang::Zh] {
            for (k, v) in table(lang) {
                assert_eq!(tr(lang, k), *v, "{k}");
            }
        }
        assert_eq!(tr(Lang::En, "no.such.key"), "no.such.key");
    }
}
