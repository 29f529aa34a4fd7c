//! Lesson text with links: an i18n string may hold `[[#section-id]]` (a link to that section,
//! its title read from the table of contents, so no section number is ever typed) and
//! `[[term]]` or `[[term|shown words]]` (a glossary term: an `<abbr>` link to its entry, with
//! the definition as its title). `parse` is pure and tested natively; `rich` renders it.

use crate::data::contents::SECTIONS;
use crate::i18n::{tr, Lang};

/// One piece of a parsed text.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece<'a> {
    Text(&'a str),
    /// A section, by its anchor id.
    Section(&'a str),
    /// A glossary term (its id) and the words shown (the term's name when empty).
    Term(&'a str, &'a str),
}

/// Splits `text` at its `[[…]]` markers. An unclosed `[[` stays text.
pub fn parse(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        let Some(len) = rest[start..].find("]]") else {
            break;
        };
        if start > 0 {
            out.push(Piece::Text(&rest[..start]));
        }
        let inner = &rest[start + 2..start + len];
        out.push(match inner.strip_prefix('#') {
            Some(id) => Piece::Section(id),
            None => match inner.split_once('|') {
                Some((id, shown)) => Piece::Term(id, shown),
                None => Piece::Term(inner, ""),
            },
        });
        rest = &rest[start + len + 2..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// The index and title key of section `id` in the table of contents.
pub fn section(id: &str) -> Option<(usize, &'static str, &'static str)> {
    SECTIONS
        .iter()
        .enumerate()
        .find(|(_, (s, _))| *s == id)
        .map(|(i, (s, k))| (i, *s, *k))
}

/// The text as a reader sees it, markers replaced by their words (for summaries, tests and
/// screen-reader strings): a section by its title in quotes, a term by its shown words.
pub fn plain(lang: Lang, text: &str) -> String {
    parse(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => t.to_string(),
            Piece::Section(id) => match section(id) {
                Some((_, _, key)) => quoted(lang, tr(lang, key)),
                None => id.to_string(),
            },
            Piece::Term(id, shown) => shown_words(lang, id, shown).to_string(),
        })
        .collect()
}

/// “Title” in English, “Title” in Chinese as well (the curly quotes suit both).
pub fn quoted(_lang: Lang, title: &str) -> String {
    format!("“{title}”")
}

/// The words a term marker shows: its own words, or the glossary's name of the term.
pub fn shown_words<'a>(lang: Lang, id: &str, shown: &'a str) -> &'a str {
    if shown.is_empty() {
        super::glossary::name(lang, id).unwrap_or("")
    } else {
        shown
    }
}
