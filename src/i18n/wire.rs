//! The form a language table travels in when it is not compiled into the wasm: records
//! `key US text` separated by RS (ASCII unit and record separators, which no UI text holds).
//! `scripts/lang_text.rs` includes this file to write the fetched tables; the page reads
//! them back.

const UNIT: char = '\u{1f}';
const RECORD: char = '\u{1e}';

/// The table as one string.
pub fn encode(table: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (key, text) in table {
        out.push_str(key);
        out.push(UNIT);
        out.push_str(text);
        out.push(RECORD);
    }
    out
}

/// The table back from `encode`'s string; records without a separator are skipped.
#[allow(dead_code)] // the dumper only encodes
pub fn decode(text: &str) -> Vec<(&str, &str)> {
    text.split(RECORD)
        .filter_map(|record| record.split_once(UNIT))
        .collect()
}
