//! Helpers the course-text tests share.

/// A Chinese character (CJK Unified Ideographs and extension A).
pub fn han(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c)
}

/// The words of `s`: runs of letters, digits, `-` and `_`.
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}
