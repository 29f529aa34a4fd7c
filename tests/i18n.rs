//! Both language tables hold the same keys, in the same order, none empty or repeated, and
//! every key the source asks for (`t("…")`, `tr(…, "…")`, `*_key: "…"`) exists.

use focal_loss_lab::i18n::table;
use focal_loss_lab::state::Lang;
use std::collections::BTreeSet;

/// Every Rust file under `src/` except the tables themselves: (path, text).
fn source_files() -> Vec<(std::path::PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.parent().unwrap().ends_with("i18n")
            {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    out
}

#[test]
fn tables_have_the_same_keys_and_no_empty_entries() {
    let en = table(Lang::En);
    let zh = table(Lang::Zh);
    let en_keys: Vec<&str> = en.iter().map(|(k, _)| *k).collect();
    let zh_keys: Vec<&str> = zh.iter().map(|(k, _)| *k).collect();
    assert_eq!(
        en_keys, zh_keys,
        "en and zh must list the same keys in the same order"
    );
    let unique: BTreeSet<&str> = en_keys.iter().copied().collect();
    assert_eq!(unique.len(), en_keys.len(), "a key is repeated");
    for (k, v) in en.iter().chain(zh.iter()) {
        assert!(!v.trim().is_empty(), "empty text for {k}");
    }
}

#[test]
fn every_key_used_in_the_source_exists() {
    let keys: BTreeSet<&str> = table(Lang::En).iter().map(|(k, _)| *k).collect();
    let mut missing = Vec::new();
    let mut used = 0;
    for (path, text) in source_files() {
        for pat in [".t(\"", "tr(lang, \"", "key: \"", "_key(\""] {
            for (i, _) in text.match_indices(pat) {
                let rest = &text[i + pat.len()..];
                let key = &rest[..rest.find('"').unwrap()];
                used += 1;
                if !keys.contains(key) {
                    missing.push(format!("{}: {key}", path.display()));
                }
            }
        }
    }
    assert!(
        used > 10,
        "the scan found too few keys ({used}); is the pattern still right?"
    );
    assert!(
        missing.is_empty(),
        "keys used but not in the tables:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_key_in_the_tables_is_used() {
    let src: String = source_files().into_iter().map(|(_, text)| text).collect();
    let unused: Vec<&str> = table(Lang::En)
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| !src.contains(&format!("\"{k}\"")))
        .collect();
    assert!(unused.is_empty(), "keys no source file uses: {unused:?}");
}

/// The lessons' own text is fetched after the first paint, and a lesson is built only once it
/// has come; everything else must be able to show its text at once. So every key that a file
/// outside `src/sections/<lesson>` names is in the compiled-in first part, in both languages.
#[test]
fn text_used_outside_the_lessons_is_in_the_first_part() {
    use focal_loss_lab::data::contents::SECTIONS;
    use focal_loss_lab::i18n::first_part;
    let first: BTreeSet<&str> = first_part(Lang::En).iter().map(|(k, _)| *k).collect();
    let zh_first: BTreeSet<&str> = first_part(Lang::Zh).iter().map(|(k, _)| *k).collect();
    assert_eq!(first, zh_first, "en and zh must split at the same keys");
    let lessons: Vec<String> = SECTIONS
        .iter()
        .map(|(id, _)| id.replace('-', "_"))
        .filter(|id| id != "explorer")
        .collect();
    let sections = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src/sections"));
    let in_a_lesson = |path: &std::path::Path| {
        path.strip_prefix(&sections).ok().is_some_and(|rel| {
            let top = rel
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy();
            lessons
                .iter()
                .any(|l| *top == **l || *top == format!("{l}.rs"))
        })
    };
    let mut misplaced = Vec::new();
    let mut outside = 0;
    for (path, text) in source_files() {
        if in_a_lesson(&path) {
            continue;
        }
        outside += 1;
        for (k, _) in table(Lang::En) {
            if text.contains(&format!("\"{k}\"")) && !first.contains(k) {
                misplaced.push(format!("{}: {k}", path.display()));
            }
        }
    }
    assert!(
        outside > 20,
        "too few files outside the lessons ({outside})"
    );
    assert!(
        misplaced.is_empty(),
        "keys used outside the lessons but in LESSONS (move them to FIRST):\n{}",
        misplaced.join("\n")
    );
    // And the split is worth having: most text is the lessons'.
    assert!(first.len() * 2 < table(Lang::En).len());
}
