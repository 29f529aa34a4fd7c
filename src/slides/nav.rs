//! The slide bar and the keys: ←/→, ↑/↓, PageUp/PageDown (presenter clickers), Home/End move
//! between slides (unless a control has the focus: there the arrows move the control), Esc
//! leaves. Entering starts at the section being read; leaving returns to the slide's section.

use super::plan::step;
use super::Deck;
use crate::ctx::use_ctx;
use crate::sections::{Pager, SECTIONS};
use crate::state::Mode;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// True when the key press belongs to a control (range, text box, canvas read-out, …).
fn in_control(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| {
            matches!(
                e.tag_name().as_str(),
                "INPUT" | "TEXTAREA" | "SELECT" | "CANVAS" | "BUTTON"
            ) || e.closest("[contenteditable]").ok().flatten().is_some()
        })
}

/// The section nearest the top of the window: the one being read.
pub fn reading_section() -> usize {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return 0;
    };
    SECTIONS
        .iter()
        .position(|(id, _)| {
            doc.get_element_by_id(id)
                .is_some_and(|s| s.get_bounding_client_rect().bottom() > 120.0)
        })
        .unwrap_or(0)
}

#[component]
pub fn SlideNav() -> impl IntoView {
    let ctx = use_ctx();
    let deck = expect_context::<Deck>();
    let pager = expect_context::<Pager>();
    let slides = ctx.memo(|p| p.mode == Mode::Slides);
    let slide = ctx.memo(|p| usize::from(p.slide));
    let lang = ctx.memo(|p| p.lang);
    let count = move || deck.count();
    let go = move |k: usize| {
        let k = k.clamp(1, deck.count());
        ctx.set(|p| p.slide = k.min(255) as u8);
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };

    // Entering: every section is built, then measured and cut at this window's size.
    let measured = RwSignal::new(0u32);
    let quiet = crate::web::quiet::Quiet::after(std::time::Duration::from_millis(120));
    // Only the latest request to cut runs: an older one still waiting for lessons stops.
    let chains = Chains::default();
    Effect::new(move |_| {
        lang.get();
        // A lesson whose code arrives after the cut fills its slides in: cut again.
        pager.arrived.track();
        if slides.get() {
            pager.build_all();
            // Until the deck is cut (every lesson's code in), the uncut deck has one slide per
            // section: show the section being read at once, not the first.
            if !deck.ready.get_untracked() {
                if let Some(index) = deck.start_at.get_untracked() {
                    untrack(|| go(index + 1));
                }
            }
            // After the sections' content is mounted and laid out in slides style; a burst of
            // changes (language, resize) is measured once.
            let chain = chains.next();
            quiet.then(move || {
                cut_when_built(0, chain.clone(), move || {
                    if !slides.get_untracked() {
                        return;
                    }
                    // The section to be on after the cut: the one entered from, else (a
                    // re-cut: language, a lesson filled in) the one on screen, whose slide
                    // numbers may move.
                    let keep = deck.start_at.get_untracked().or_else(|| {
                        deck.ready
                            .get_untracked()
                            .then(|| deck.section_of(slide.get_untracked()))
                    });
                    cut_when_settled(Vec::new(), 0, deck, chain.clone(), move || {
                        deck.ready.set(true);
                        deck.start_at.set(None);
                        if let Some(index) = keep {
                            go(deck.first_slide_of(index));
                        }
                        measured.update(|n| *n += 1);
                    });
                })
            });
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| {
        if slides.get_untracked() {
            deck.measure();
            measured.update(|n| *n += 1);
        }
    });
    Effect::new(move |_| {
        measured.track();
        if slides.get() {
            deck.show(slide.get());
        }
    });
    // Leaving: back at the section of the last slide.
    Effect::new(move |was: Option<bool>| {
        let now = slides.get();
        if was == Some(true) && !now {
            let index = deck.section_of(slide.get_untracked());
            deck.leave();
            ctx.set(|p| p.slide = 1);
            // Once the page is laid out again (and once more when the sections above have
            // their real heights back).
            let back = move || {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(SECTIONS[index].0))
                {
                    el.scroll_into_view();
                }
            };
            request_animation_frame(back);
            set_timeout(back, std::time::Duration::from_millis(300));
        }
        now
    });

    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if !slides.get_untracked()
            || in_control(&ev)
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.meta_key()
        {
            return;
        }
        if ev.key() == "Escape"
            && web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.fullscreen_element())
                .is_none()
        {
            ctx.set(|p| p.mode = Mode::Page);
            return;
        }
        // Until the slides are cut, a slide number would name the wrong slide.
        if !deck.ready.get_untracked() {
            return;
        }
        if let Some(i) = step(&ev.key(), slide.get_untracked() - 1, deck.count()) {
            ev.prevent_default();
            go(i + 1);
        }
    });
    on_cleanup(move || {
        handle.remove();
        on_resize.remove();
    });

    view! {
        <Show when=move || slides.get()>
            <nav class="slide-nav" aria-label=move || ctx.t_live("slides.nav")>
                <button type="button" data-testid="slide-prev" disabled=move || !deck.ready.get() || slide.get() <= 1
                    on:click=move |_| go(slide.get_untracked().saturating_sub(1))>
                    {move || ctx.t_live("slides.prev")}
                </button>
                <span data-testid="slide-counter" aria-live="polite">
                    {move || if deck.ready.get() {
                        format!("{} / {}", slide.get().clamp(1, count()), count())
                    } else {
                        "… / …".to_string()
                    }}
                </span>
                <button type="button" data-testid="slide-next" disabled=move || { !deck.ready.get() || slide.get() >= count() }
                    on:click=move |_| go(slide.get_untracked() + 1)>
                    {move || ctx.t_live("slides.next")}
                </button>
                <span class="slide-hint">{move || ctx.t_live("slides.hint")}</span>
            </nav>
        </Show>
    }
}

/// Numbers the requests to cut the deck: only the latest one runs (an older one still waiting
/// for lessons or for the layout to settle stops).
#[derive(Clone, Default)]
struct Chains(std::rc::Rc<std::cell::Cell<u32>>);

/// One request to cut, which knows whether a newer one has been made since.
#[derive(Clone)]
struct Chain {
    all: Chains,
    number: u32,
}

impl Chains {
    fn next(&self) -> Chain {
        let number = self.0.get().wrapping_add(1);
        self.0.set(number);
        Chain {
            all: self.clone(),
            number,
        }
    }
}

impl Chain {
    fn is_latest(&self) -> bool {
        self.all.0.get() == self.number
    }
}

/// Cuts the deck until two cuts a settling pause apart agree, then sets it and runs `done`:
/// the lessons that just came lay out their plots and tables over the next frames, and a deck
/// shown before they settle would renumber under the reader.
fn cut_when_settled(
    last: Vec<usize>,
    tries: u32,
    deck: Deck,
    chain: Chain,
    done: impl Fn() + Clone + 'static,
) {
    if !chain.is_latest() {
        return;
    }
    let sections = deck.cut();
    if sections != last && tries < 10 {
        // Two frames (the plots' resize observers and repaints), then a pause for late work.
        request_animation_frame(move || {
            request_animation_frame(move || {
                set_timeout(
                    move || cut_when_settled(sections, tries + 1, deck, chain, done),
                    std::time::Duration::from_millis(100),
                );
            })
        });
    } else {
        deck.set_cut(sections);
        done();
    }
}

/// Runs `cut` once no lesson is still waiting for its code (a lesson cut before its chunk
/// arrives would be one short slide that grows later); looks again every 100 ms, and cuts
/// anyway after ~20 s (a chunk that never comes leaves its section short, not the deck stuck).
fn cut_when_built(tries: u32, chain: Chain, cut: impl Fn() + Clone + 'static) {
    if !chain.is_latest() {
        return;
    }
    let waiting = crate::sections::frame::lessons_to_come()
        || web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                d.query_selector("section.lesson[data-built='false']")
                    .ok()
                    .flatten()
            })
            .is_some();
    if waiting && tries < 200 {
        set_timeout(
            move || cut_when_built(tries + 1, chain, cut),
            std::time::Duration::from_millis(100),
        );
    } else {
        cut();
    }
}
