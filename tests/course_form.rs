//! The course text's form (issue 11), checked on both language tables: every text with links
//! is rendered with links; a text that enumerates is a list, with the same lines and items in
//! both languages; and no sentence is longer than about 35 words.

use focal_loss_lab::i18n::table;
use focal_loss_lab::state::Lang;
use focal_loss_lab::ui::rich::plain;

mod common;
use common::{han, words};

/// Templates filled with numbers first and then rendered by `rich_list`.
const FILLED_THEN_LIST: &[&str] = &["fcos_walkthrough.why"];

#[test]
fn enumerating_texts_are_lists_in_both_languages() {
    let src = all_source();
    let zh = table(Lang::Zh);
    let mut lists = 0;
    for ((k, e), (_, z)) in table(Lang::En).iter().zip(zh.iter()) {
        let shape = |t: &str| -> Vec<bool> { t.split('\n').map(|l| l.starts_with("- ")).collect() };
        assert_eq!(
            shape(e),
            shape(z),
            "{k}: the two languages' lines and items differ"
        );
        if !e.contains('\n') {
            continue;
        }
        lists += 1;
        assert!(
            src.contains(&format!("rich_list(ctx.t(\"{k}\")")) || FILLED_THEN_LIST.contains(k),
            "{k} has lines but is not rendered with `rich_list`"
        );
    }
    assert!(lists >= 7, "only {lists} texts are lists");
    assert!(src.contains("rich_list(&why()"), "fcos_walkthrough.why");
}

fn all_source() -> String {
    let mut src = String::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else if p.extension().is_some_and(|e| e == "rs") {
            src.push_str(&std::fs::read_to_string(&p).unwrap());
        }
    }
    src
}

/// Templates filled with numbers (or chosen by state) first and then rendered by `rich`
/// (see their sections).
const FILLED_THEN_RICH: &[&str] = &[
    "five_class.binary_text",
    "five_class.allneg_text",
    "five_class.neg_all_hard",
    "five_class.neg_some_hard",
    "five_class.neg_none_hard",
    "num_pos.post_note",
    "fcos_walkthrough.params",
    "fcos_head.reshape_text",
    "quadrants.alpha_note",
    "quadrants.alpha_off_note",
    "sent.quad_off",
    "sent.quad_off_g0",
    "alpha_gamma.why",
    "gradient.fact",
    "ohem.table_best",
    "exercises.q.1",
    "exercises.q.2",
    "exercises.q.3",
    "exercises.q.5",
    "exercises.q.7",
    "exercises.q.8",
    "summary.fact_loss",
    "summary.fact_loss_off",
    "summary.fact_loss_same",
    "summary.fact_quadrants",
    "summary.fact_quadrants_alpha",
    "summary.fact_quadrants_same",
    "summary.fact_quadrants_plain",
    "summary.fact_quadrants_pos_off",
    "summary.fact_quadrants_neg_off",
    "summary.fact_quadrants_pos_off_full",
    "summary.fact_quadrants_neg_off_full",
    "summary.fact_num_pos",
];

#[test]
fn every_text_with_links_is_rendered_with_links() {
    let src = all_source();
    // The frame renders each section's opening and takeaway (`ui::course`) with links.
    assert!(
        src.contains("rich(gated.t(k))"),
        "lead and takeaway are rendered with `rich`"
    );
    for (k, v) in table(Lang::En) {
        if !v.contains("[[")
            || FILLED_THEN_RICH.contains(k)
            || FILLED_THEN_LIST.contains(k)
            || k.starts_with("course.")
        {
            continue;
        }
        assert!(
            src.contains(&format!("rich(ctx.t(\"{k}\"))"))
                || src.contains(&format!("rich_list(ctx.t(\"{k}\")")),
            "{k} has links but is not rendered with `rich`"
        );
    }
    for k in FILLED_THEN_RICH {
        assert!(
            table(Lang::En)
                .iter()
                .any(|(key, v)| key == k && v.contains("[[")),
            "{k}"
        );
    }
}

/// Citations are a list of names and titles, not sentences a lecturer says.
const CITATIONS: &[&str] = &["footer.paper", "soft_targets.credit", "gradient.credit"];

/// Words in a sentence: in English its tokens; in 中文 two characters count as one word,
/// and a Latin token (a symbol, number or name) as one.
fn sentence_words(lang: Lang, s: &str) -> f64 {
    let latin = words(s).iter().filter(|w| !w.chars().all(han)).count() as f64;
    match lang {
        Lang::En => latin,
        Lang::Zh => s.chars().filter(|c| han(*c)).count() as f64 / 2.0 + latin,
    }
}

/// The sentences of a text: split after . ? ! and a space (unless a lower-case Latin letter
/// follows, as after "e.g.") and
/// after 。？！, and at each line (a list item or paragraph of `rich_list`).
fn sentences(text: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let c: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < c.len() {
        if c[i] == '\n' {
            out.push(String::new());
            i += 1;
            continue;
        }
        out.last_mut().unwrap().push(c[i]);
        let end_zh = "。？！".contains(c[i]);
        let end_en = ".?!".contains(c[i])
            && c.get(i + 1) == Some(&' ')
            && c.get(i + 2).is_some_and(|n| !n.is_ascii_lowercase());
        if end_zh || end_en {
            out.push(String::new());
        }
        i += 1;
    }
    out.retain(|s| !s.trim().is_empty());
    out
}

#[test]
fn no_sentence_is_longer_than_about_35_words() {
    let mut bad = Vec::new();
    for lang in [Lang::En, Lang::Zh] {
        for (k, v) in table(lang) {
            if CITATIONS.contains(k) {
                continue;
            }
            for s in sentences(&plain(lang, v)) {
                let n = sentence_words(lang, &s);
                if n > 35.0 {
                    bad.push(format!("{k} ({n}): {s}"));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "sentences over 35 words:\n{}",
        bad.join("\n")
    );
    // The splitter itself.
    assert_eq!(sentences("One. Two (2). “Three”?\n- four\n- five").len(), 5);
    assert_eq!(sentences("句一。句二！").len(), 2);
}
