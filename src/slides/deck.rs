//! The slide deck: each section cut into slides that fit the screen. In slides mode every
//! section is laid out once (all shown, invisible to the reader: one synchronous task), its
//! blocks are measured, split into smaller blocks where one is taller than the screen, and
//! packed into slides (`plan::pack`). Each block keeps its slide number in `data-slide-page`;
//! showing slide k hides the current section's other blocks (`off-slide`).

use super::plan::{pack, Block};
use crate::sections::SECTIONS;
use leptos::prelude::{request_animation_frame, *};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Blocks never cut further: a figure, a table, a paragraph is one step of a slide.
const ATOMIC_CLASSES: &[&str] = &[
    "readouts",
    "button-row",
    "plot",
    "formula",
    "control",
    "controls",
];
const ATOMIC: &[&str] = &[
    "FIGURE", "TABLE", "P", "UL", "OL", "PRE", "H3", "H4", "DETAILS", "CANVAS", "math", "LABEL",
    "BUTTON",
];
/// Space kept below a slide's content (CSS px), so nothing touches the screen's edge.
const BOTTOM_MARGIN: f64 = 28.0;

#[derive(Clone, Copy)]
pub struct Deck {
    /// The section of every slide, in order (one slide per section until measured).
    pub sections: RwSignal<Vec<usize>>,
    /// Entering slides from the page: the section being read, to start at once measured.
    pub start_at: RwSignal<Option<usize>>,
    /// The slides are cut at this window's size with every lesson in (the counter waits).
    pub ready: RwSignal<bool>,
}

impl Deck {
    pub fn new() -> Self {
        Deck {
            sections: RwSignal::new((0..SECTIONS.len()).collect()),
            start_at: RwSignal::new(None),
            ready: RwSignal::new(false),
        }
    }

    pub fn count(&self) -> usize {
        self.sections.with(Vec::len).max(1)
    }

    /// The section shown by slide `k` (1-based, clamped).
    pub fn section_of(&self, k: usize) -> usize {
        self.sections.with(|s| {
            let i = k.clamp(1, s.len().max(1)) - 1;
            s.get(i).copied().unwrap_or(0)
        })
    }

    /// The first slide (1-based) of section `index`.
    pub fn first_slide_of(&self, index: usize) -> usize {
        self.sections
            .with_untracked(|s| s.iter().position(|&x| x == index).unwrap_or(0) + 1)
    }

    /// Measures every section and cuts it into slides that fit the window.
    pub fn measure(&self) {
        self.set_cut(self.cut());
    }

    /// Takes `sections` (a [`Deck::cut`]) as the deck, if it is one and differs.
    pub fn set_cut(&self, sections: Vec<usize>) {
        if !sections.is_empty() && self.sections.with_untracked(|s| *s != sections) {
            self.sections.set(sections);
        }
    }

    /// Cuts every section into slides that fit the window (each block keeps its slide in
    /// `data-slide-page`) and gives the section of every slide; the deck itself is unchanged.
    pub fn cut(&self) -> Vec<usize> {
        let Some((doc, height, scrolled)) = web_sys::window().and_then(|w| {
            let h = w.inner_height().ok()?.as_f64()?;
            Some((w.document()?, h, w.scroll_y().unwrap_or(0.0)))
        }) else {
            return Vec::new();
        };
        let Some(app) = doc.query_selector(".app").ok().flatten() else {
            return Vec::new();
        };
        let _ = app.class_list().add_1("measuring");
        clear_marks(&doc);
        unzoom(&doc);
        // Where every slide starts: the first section's top in the page (a slide is shown
        // scrolled to the top), whatever the page's scroll when entering.
        let slide_top = doc
            .query_selector("section.lesson")
            .ok()
            .flatten()
            .map_or(0.0, |s| s.get_bounding_client_rect().top() + scrolled);
        let mut sections = Vec::new();
        for (index, (id, _)) in SECTIONS.iter().enumerate() {
            let Some(section) = doc.get_element_by_id(id) else {
                continue;
            };
            let heading = section
                .query_selector("h2")
                .ok()
                .flatten()
                .map_or(0.0, |h| h.get_bounding_client_rect().height() + 16.0);
            // Room for content on one slide: the window below the slide's top, less the
            // section's heading and padding.
            let room =
                (height - slide_top.max(0.0) - heading - 2.0 * 20.0 - BOTTOM_MARGIN).max(120.0);
            let mut leaves = Vec::new();
            for child in children(&section) {
                if child.tag_name() == "H2" || child.class_list().contains("sr-only") {
                    continue;
                }
                flatten(&child, room, &mut leaves);
            }
            let blocks: Vec<Block> = leaves.iter().map(block_of).collect();
            let pages = pack(&blocks, room);
            let count = pages.iter().max().map_or(1, |m| m + 1);
            for (el, page) in leaves.iter().zip(&pages) {
                let _ = el.set_attribute("data-slide-page", &page.to_string());
            }
            sections.extend(std::iter::repeat_n(index, count));
        }
        let _ = app.class_list().remove_1("measuring");
        sections
    }

    /// Back to the page: no section keeps a slide's zoom.
    pub fn leave(&self) {
        self.ready.set(false);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            unzoom(&doc);
        }
    }

    /// Shows slide `k` (1-based) of its section: the section's other blocks get `off-slide`.
    pub fn show(&self, k: usize) {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let index = self.section_of(k);
        let page = k.saturating_sub(self.first_slide_of(index));
        let Some(section) = doc.get_element_by_id(SECTIONS[index].0) else {
            return;
        };
        // The frames mark their section current in an effect of their own, which may run
        // after this one: mark it now, or the fit below would measure the previous section
        // too and shrink a slide that fits (seen when stepping through slides quickly).
        if let Ok(list) = doc.query_selector_all("section.lesson") {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let here = el.id() == SECTIONS[index].0;
                    let _ = el.class_list().toggle_with_force("current", here);
                }
            }
        }
        if let Ok(list) = section.query_selector_all("[data-slide-page]") {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let here = el.get_attribute("data-slide-page") == Some(page.to_string());
                    let _ = el.class_list().toggle_with_force("off-slide", !here);
                }
            }
        }
        fit(&doc, &section);
        // Again once the plots have repainted at their slide size, and once more after a
        // section built late (or a plot resized by its observer) has settled: a slide that was
        // measured too early must not stay shrunk.
        let (d, again) = (doc.clone(), section.clone());
        request_animation_frame(move || fit(&d, &again));
        for ms in [250, 900] {
            let (d, s) = (doc.clone(), section.clone());
            set_timeout(
                move || {
                    if s.class_list().contains("current") {
                        fit(&d, &s);
                    }
                },
                std::time::Duration::from_millis(ms),
            );
        }
    }
}

impl Default for Deck {
    fn default() -> Self {
        Self::new()
    }
}

/// A slide whose blocks still overflow the window (one block taller than the screen) is
/// scaled down to fit, so a slide never scrolls.
fn fit(doc: &web_sys::Document, section: &Element) {
    let Some(section) = section.clone().dyn_into::<HtmlElement>().ok() else {
        return;
    };
    let _ = section.style().remove_property("zoom");
    let (Some(root), Some(h)) = (
        doc.document_element(),
        web_sys::window().and_then(|w| w.inner_height().ok()?.as_f64()),
    ) else {
        return;
    };
    let over = f64::from(root.scroll_height()) - h;
    let own = section.get_bounding_client_rect().height();
    if over > 0.5 && own > 0.0 {
        let zoom = ((own - over - 16.0) / own).clamp(0.5, 1.0);
        let _ = section.style().set_property("zoom", &format!("{zoom:.3}"));
    }
}

fn unzoom(doc: &web_sys::Document) {
    if let Ok(list) = doc.query_selector_all("section.lesson") {
        for i in 0..list.length() {
            if let Some(s) = list.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
                let _ = s.style().remove_property("zoom");
            }
        }
    }
}

fn children(el: &Element) -> Vec<Element> {
    let list = el.children();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Removes the marks of an earlier measurement (so every block is laid out in full).
fn clear_marks(doc: &web_sys::Document) {
    if let Ok(list) = doc.query_selector_all("[data-slide-page]") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.remove_attribute("data-slide-page");
                let _ = el.class_list().remove_1("off-slide");
            }
        }
    }
}

fn height_of(el: &Element) -> f64 {
    let margin = el
        .clone()
        .dyn_into::<HtmlElement>()
        .ok()
        .and_then(|h| web_sys::window()?.get_computed_style(&h).ok().flatten())
        .map_or(0.0, |s| {
            let px = |p: &str| {
                s.get_property_value(p)
                    .ok()
                    .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
                    .unwrap_or(0.0)
            };
            px("margin-top") + px("margin-bottom")
        });
    el.get_bounding_client_rect().height() + margin
}

/// The blocks of `el` for slides: itself if it fits or cannot be cut, else its children's.
fn flatten(el: &Element, room: f64, out: &mut Vec<Element>) {
    let kids = children(el);
    let atomic = ATOMIC.contains(&el.tag_name().as_str())
        || ATOMIC_CLASSES.iter().any(|c| el.class_list().contains(c));
    if height_of(el) <= room || kids.is_empty() || atomic {
        if height_of(el) > 0.0 {
            out.push(el.clone());
        }
        return;
    }
    for k in kids {
        flatten(&k, room, out);
    }
}

fn block_of(el: &Element) -> Block {
    Block {
        height: height_of(el),
        keep_with_next: matches!(el.tag_name().as_str(), "H3" | "H4"),
    }
}
