//! The course text's rules, checked on both language tables (issue 11):
//! English articles agree ("an hard positive" never appears); no section is referred to by a
//! typed number (links by name, `[[#id]]`, computed from the contents); every link marker
//! names a real section or glossary term, the same in both languages; implementation notes
//! (SplitMix64, quantile levels, animation frames) appear only in folded parts; the 中文 text
//! has no ASCII `,:;()?!` next to a Chinese character, no space around its full-width
//! punctuation, and uses one term per concept.

use focal_loss_lab::data::contents::SECTIONS;
use focal_loss_lab::i18n::table;
use focal_loss_lab::state::Lang;
use focal_loss_lab::ui::glossary::TERMS;
use focal_loss_lab::ui::rich::{parse, plain, Piece};

mod common;
use common::{han, words};

#[test]
fn english_articles_agree() {
    // Words that start with a vowel letter but a consonant sound, and the reverse.
    // ("a an": the exponent a of (1 − p)^a before "an already…".)
    let a_ok = ["one", "uni", "use", "usual", "eu", "an"];
    let an_ok = ["hour", "FL", "FPN", "FCOS", "x", "α", "MIT", "H"];
    let mut bad = Vec::new();
    for (k, v) in table(Lang::En) {
        let w = words(&plain(Lang::En, v));
        for pair in w.windows(2) {
            let (art, next) = (pair[0].as_str(), pair[1].as_str());
            let first = next.chars().next().unwrap_or('x').to_ascii_lowercase();
            let vowel = "aeiou".contains(first);
            if art.eq_ignore_ascii_case("a")
                && vowel
                && !a_ok.iter().any(|o| next.to_lowercase().starts_with(o))
            {
                bad.push(format!("{k}: a {next}"));
            }
            if art.eq_ignore_ascii_case("an") && !vowel && !an_ok.contains(&next) {
                bad.push(format!("{k}: an {next}"));
            }
        }
    }
    assert!(bad.is_empty(), "articles that do not agree: {bad:?}");
}

#[test]
fn no_section_is_referred_to_by_a_typed_number() {
    let mut bad = Vec::new();
    for (k, v) in table(Lang::En) {
        let w = words(v);
        for pair in w.windows(2) {
            let word = pair[0].to_lowercase();
            if ["section", "sections", "lesson", "lessons"].contains(&word.as_str())
                && pair[1].chars().all(|c| c.is_ascii_digit())
            {
                bad.push(format!("{k}: {} {}", pair[0], pair[1]));
            }
        }
    }
    for (k, v) in table(Lang::Zh) {
        // 第 2 节 / 第2节 / 第 2 课
        let chars: Vec<char> = v.chars().filter(|c| *c != ' ').collect();
        for i in 0..chars.len() {
            if chars[i] == '第' {
                let digits = chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if digits > 0 && matches!(chars.get(i + 1 + digits), Some('节') | Some('课')) {
                    bad.push(format!("{k}: {v}"));
                }
            }
        }
    }
    assert!(bad.is_empty(), "typed section numbers: {bad:?}");
}

#[test]
fn link_markers_name_real_sections_and_terms_in_both_languages() {
    let en = table(Lang::En);
    let zh = table(Lang::Zh);
    let mut sections_linked = 0;
    for ((k, e), (_, z)) in en.iter().zip(zh.iter()) {
        let mut ids = [Vec::new(), Vec::new()];
        for (n, text) in [e, z].into_iter().enumerate() {
            for piece in parse(text) {
                match piece {
                    Piece::Section(id) => {
                        assert!(
                            SECTIONS.iter().any(|(s, _)| *s == id),
                            "{k}: no section {id}"
                        );
                        ids[n].push(id.to_string());
                        sections_linked += 1;
                    }
                    Piece::Term(id, _) => {
                        assert!(
                            TERMS.iter().any(|(t, _, _)| *t == id),
                            "{k}: no glossary term {id}"
                        );
                    }
                    Piece::Text(t) => assert!(!t.contains("[["), "{k}: an unclosed marker"),
                }
            }
            ids[n].sort();
        }
        assert_eq!(
            ids[0], ids[1],
            "{k}: the two languages link different sections"
        );
    }
    assert!(
        sections_linked >= 8,
        "too few section links found ({sections_linked})"
    );
}

#[test]
fn the_glossary_defines_every_term_in_both_languages() {
    let want = [
        "logit", "pt", "alpha_t", "gamma", "anchor", "posneg", "easyhard", "num_pos", "ap",
        "minival", "fpn", "iou", "cdf",
    ];
    for id in want {
        assert!(
            TERMS.iter().any(|(t, _, _)| *t == id),
            "glossary lacks {id}"
        );
    }
    for lang in [Lang::En, Lang::Zh] {
        for (id, _, _) in TERMS {
            let name = focal_loss_lab::ui::glossary::name(lang, id).unwrap();
            let def = focal_loss_lab::ui::glossary::definition(lang, id).unwrap();
            assert!(
                !name.starts_with("gl.") && def.len() > 20,
                "{id}: {name} / {def}"
            );
        }
    }
    let zh_gamma = focal_loss_lab::ui::glossary::name(Lang::Zh, "gamma").unwrap();
    assert!(zh_gamma.contains("聚焦参数"), "{zh_gamma}");
}

/// Keys whose text is rendered only inside a folded "How this page computes" part.
const FOLDED: &[&str] = &[
    "simulator.speed",
    "simulator.model_how",
    "simulator.cdf_how",
    "segmentation.scene_how",
    "ohem.how",
    "exercises.how",
    "train.how",
];

#[test]
fn implementation_notes_only_in_folded_parts() {
    let banned = [
        "SplitMix64",
        "quantile level",
        "animation frame",
        "every plotted point",
        "分位点",
        "动画帧",
    ];
    for lang in [Lang::En, Lang::Zh] {
        for (k, v) in table(lang) {
            if FOLDED.contains(k) {
                continue;
            }
            for b in banned {
                assert!(
                    !v.to_lowercase().contains(&b.to_lowercase()),
                    "{k} has “{b}” outside a folded part"
                );
            }
        }
    }
    // And the folded keys really sit inside a HowComputed in the source.
    let src_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/sections");
    let mut files = vec![std::path::PathBuf::from(src_dir)];
    let mut found = 0;
    while let Some(p) = files.pop() {
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        for key in FOLDED {
            for (at, _) in text.match_indices(&format!("\"{key}\"")) {
                let before = &text[..at];
                let open = before.matches("<crate::ui::HowComputed>").count();
                let close = before.matches("</crate::ui::HowComputed>").count();
                assert!(
                    open > close,
                    "{key} is shown outside a folded part in {}",
                    p.display()
                );
                found += 1;
            }
        }
    }
    assert_eq!(found, FOLDED.len(), "every folded key is used once");
}

/// Every place in the Chinese table where `wrong(chars, i)` holds for a character of `marks`,
/// with a few characters around it.
fn zh_places(marks: &str, wrong: impl Fn(&[char], usize) -> bool) -> Vec<String> {
    let mut bad = Vec::new();
    for (k, v) in table(Lang::Zh) {
        let c: Vec<char> = v.chars().collect();
        for i in 0..c.len() {
            if marks.contains(c[i]) && wrong(&c, i) {
                let around: String = c[i.saturating_sub(6)..(i + 6).min(c.len())]
                    .iter()
                    .collect();
                bad.push(format!("{k}: …{around}…"));
            }
        }
    }
    bad
}

#[test]
fn chinese_punctuation_is_full_width_next_to_chinese() {
    let bad = zh_places(",:;()?!", |c, i| {
        let prev = i.checked_sub(1).map(|j| c[j]);
        prev.is_some_and(han) || c.get(i + 1).copied().is_some_and(han)
    });
    assert!(
        bad.is_empty(),
        "ASCII punctuation next to Chinese:\n{}",
        bad.join("\n")
    );
}

/// Full-width punctuation carries its own space: none before or after it (a line break may
/// follow). The page's joins of two texts use `i18n::gap`, which is empty in Chinese.
#[test]
fn no_space_around_chinese_full_width_punctuation() {
    let bad = zh_places("。，：；？！、", |c, i| {
        (i > 0 && c[i - 1] == ' ') || c.get(i + 1) == Some(&' ')
    });
    assert!(
        bad.is_empty(),
        "space next to full-width punctuation:\n{}",
        bad.join("\n")
    );
    assert_eq!(focal_loss_lab::i18n::gap(Lang::Zh), "");
    assert_eq!(focal_loss_lab::i18n::gap(Lang::En), " ");
}

#[test]
fn chinese_uses_one_term_per_concept() {
    let mut bad = Vec::new();
    for (k, v) in table(Lang::Zh) {
        // A quotation of the post keeps its words.
        // Names and code keep their English: Focal Loss, loss.sum(), sigmoid_focal_loss.
        let v = v.replace("Focal Loss", "").replace("loss.sum()", "");
        let v: String = v
            .split('“')
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    part.split_once('”').map_or("", |x| x.1)
                }
            })
            .collect();
        for w in words(&v) {
            if ["loss", "target", "gt", "label", "mini-batch", "minibatch"]
                .contains(&w.to_lowercase().as_str())
            {
                bad.push(format!("{k}: {w}"));
            }
        }
        for phrase in [
            "label smooth",
            "Focal loss",
            "focal loss",
            "没有假的",
            "样本群",
        ] {
            if v.contains(phrase) {
                bad.push(format!("{k}: {phrase}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "use 损失, 目标/标签, 真实标签, 标签平滑, 小批量, 样本集, Focal Loss: {bad:?}"
    );
    // English spells it one way too: mini-batch.
    let en: Vec<_> = table(Lang::En)
        .iter()
        .filter(|(_, v)| v.to_lowercase().contains("minibatch"))
        .map(|(k, _)| *k)
        .collect();
    assert!(en.is_empty(), "write mini-batch: {en:?}");
}

#[test]
fn markers_parse_and_read_as_plain_text() {
    let p = parse("see [[#five-class]] and [[pt|p_t]], [[logit]]. [[open");
    assert_eq!(
        p,
        vec![
            Piece::Text("see "),
            Piece::Section("five-class"),
            Piece::Text(" and "),
            Piece::Term("pt", "p_t"),
            Piece::Text(", "),
            Piece::Term("logit", ""),
            Piece::Text(". [[open"),
        ]
    );
    let en = plain(Lang::En, "see [[#five-class]], [[logit]]");
    assert_eq!(en, "see “Five classes × four samples”, logit");
}

#[test]
fn why_alpha_falls_reads_table_1b() {
    use focal_loss_lab::sections::alpha_gamma::{best_alpha_runs, why_text};
    // Table 1b (γ > 0): α = .75 at γ = 0.1, 0.2; .5 at 0.5; .25 from γ = 1.
    assert_eq!(
        best_alpha_runs(),
        vec![
            (0.75, vec![0.1, 0.2]),
            (0.5, vec![0.5]),
            (0.25, vec![1.0, 2.0, 5.0])
        ]
    );
    let s = why_text(Lang::En);
    assert!(
        s.contains(
            "stays 0.75 at γ = 0.1 and 0.2, is 0.5 at γ = 0.5, and is 0.25 only from γ = 1 on"
        ),
        "{s}"
    );
    assert!(!s.contains("drops below 0.5"), "{s}");
}
