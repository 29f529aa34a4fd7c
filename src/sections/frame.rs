//! The frame every lesson sits in: anchor, heading, slide, and the rule that a section works
//! only near the screen. It is built when first approached or in idle time after load, reads
//! the state through a gate (see `ctx`), and remounts its content when the language changes,
//! so the lesson text itself is plain strings, not one reactive closure per string.

use super::SECTIONS;
use crate::ctx::use_ctx;
use crate::web::near;
use leptos::context::Provider;
use leptos::prelude::*;

/// Page-wide switches that decide which sections work, provided by the shell.
#[derive(Clone, Copy)]
pub struct Pager {
    /// Sections with an index below this have been built in idle time.
    idle_built: RwSignal<usize>,
    /// Every section counts as near (printing: the whole page must be current).
    pub all_near: RwSignal<bool>,
    /// A section the reader is being sent to (contents link, deep link): near before it scrolls.
    pub wanted: RwSignal<Option<&'static str>>,
    /// A section to scroll to as soon as it is built (a shared link to …#section on load).
    landing: RwSignal<Option<&'static str>>,
    /// How many lessons' code has arrived (each lesson's chunk, see `lazy_lesson`): slides are
    /// cut again when a lesson fills in.
    pub arrived: RwSignal<u32>,
}

impl Pager {
    pub fn new() -> Self {
        let pager = Pager {
            // The explorer, the first screen, is built at once (not after the first idle period).
            idle_built: RwSignal::new(1),
            all_near: RwSignal::new(false),
            wanted: RwSignal::new(None),
            landing: RwSignal::new(None),
            arrived: RwSignal::new(0),
        };
        pager.build_next_when_idle();
        pager
    }

    /// Builds the sections one per idle period, in page order, so the first screen comes
    /// first and the rest is ready before anyone scrolls to it.
    fn build_next_when_idle(self) {
        near::when_idle(2000, move || {
            let next = self.idle_built.get_untracked() + 1;
            self.idle_built.set(next);
            if next < SECTIONS.len() {
                self.build_next_when_idle();
            }
        });
    }

    /// A fresh load of a link to …#`id`: the page scrolls there once the section is built
    /// (the browser's own jump happened before the sections existed).
    pub fn land_on(self, id: &'static str) {
        self.landing.set(Some(id));
        self.go_to(id);
    }

    /// Builds every section now (slides mode measures them all).
    pub fn build_all(self) {
        if self.idle_built.get_untracked() < SECTIONS.len() {
            self.idle_built.set(SECTIONS.len());
        }
    }

    /// Sends the reader to section `id`: it comes up to date first, then the page scrolls.
    pub fn go_to(self, id: &'static str) {
        self.wanted.set(Some(id));
        // Once the observer has seen it arrive, the section is near on its own.
        set_timeout(
            move || {
                if self.wanted.get_untracked() == Some(id) {
                    self.wanted.set(None);
                }
            },
            std::time::Duration::from_millis(1500),
        );
    }
}

impl Default for Pager {
    fn default() -> Self {
        Self::new()
    }
}

#[component]
pub fn Section(id: &'static str, title_key: &'static str, children: ChildrenFn) -> impl IntoView {
    let ctx = use_ctx();
    let pager = expect_context::<Pager>();
    let index = SECTIONS.iter().position(|(s, _)| *s == id).unwrap_or(0);
    // In slides mode only the current slide's section shows (CSS hides the others).
    let deck = expect_context::<crate::slides::Deck>();
    let slide = ctx.memo(|p| usize::from(p.slide));
    let current = Memo::new(move |_| deck.section_of(slide.get()));
    let seen = RwSignal::new(false);
    // A section someone is typing into or clicking is near, wherever the page is scrolled.
    let touched = RwSignal::new(false);
    Effect::new(move |was_seen: Option<bool>| {
        let now = seen.get();
        if was_seen == Some(true) && !now {
            touched.set(false);
        }
        now
    });
    let node = NodeRef::<leptos::html::Section>::new();
    let live = super::live::LiveRegion::new();
    let touch = move || {
        live.schedule(node);
        if !touched.get_untracked() {
            touched.set(true)
        }
    };
    let near = Signal::derive(move || {
        seen.get() || touched.get() || pager.all_near.get() || pager.wanted.get() == Some(id)
    });
    let built = Memo::new(move |was: Option<&bool>| {
        was == Some(&true) || near.get() || pager.idle_built.get() > index
    });
    let gated = ctx.gated(near);
    let pending = LessonPending(RwSignal::new(false));
    let lang = gated.memo(|p| p.lang);

    // A change of this section's (gated) state: speak its summary once it settles.
    Effect::new(move |first: Option<()>| {
        gated.params.with(|_| ());
        if first.is_some() {
            live.schedule(node);
        }
    });
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            near::observe(&el, seen);
        }
    });

    Effect::new(move |_| {
        if built.get() && !pending.0.get() && pager.landing.get() == Some(id) {
            pager.landing.set(None);
            request_animation_frame(move || {
                if let Some(el) = node.get_untracked() {
                    el.scroll_into_view();
                    crate::web::hold::keep_at_top(id, 3000);
                }
            });
        }
    });

    let content = move || {
        // `get`, not `track`: a memo must be read to notify on its next change.
        lang.get();
        // The content gets its own owner, where the gated state is its context.
        let children = children.clone();
        built.get().then(|| {
            // Built in idle time while far, it still starts from the current state.
            gated.catch_up();
            // The lecturer's opening sentence and takeaway (`ui::course`) frame the lesson.
            // Built untracked and inside the gated context, like the lesson: `rich` reads the
            // language, and read here it would be the page's, so every language change would
            // rebuild every lesson, far ones too (twice: once more when `catch_up` moves the
            // mirror).
            let course = crate::ui::course::keys(id);
            let lead = move || course.map(|(k, _)| view! { <p class="prose lead" data-testid=format!("lead-{id}")>{crate::ui::rich(gated.t(k))}</p> });
            let takeaway = move || course.map(|(_, k)| view! { <p class="prose takeaway" data-testid=format!("takeaway-{id}")>{crate::ui::rich(gated.t(k))}</p> });
            untrack(|| view! { <Provider value=gated><Provider value=pending>{lead()}{children()}{takeaway()}</Provider></Provider> })
        })
    };
    view! {
        <section node_ref=node class="lesson" class:current=move || current.get() == index id=id
            data-testid=format!("section-{id}") aria-labelledby=format!("h-{id}")
            data-built=move || (built.get() && !pending.0.get()).to_string() data-near=move || near.get().to_string()
            on:input=move |_| touch() on:change=move |_| touch() on:click=move |_| touch()
            on:focusin=move |_| touch()>
            <h2 id=format!("h-{id}")>{move || gated.t_live(title_key)}</h2>
            <div class="sr-only" aria-live="polite" data-testid=format!("live-{id}")>{move || live.text.get()}</div>
            {content}
        </section>
    }
}

/// Set while a lesson's code is still being fetched: the section does not count as built yet.
#[derive(Clone, Copy)]
pub struct LessonPending(RwSignal<bool>);

/// A lesson whose code is its own wasm chunk: `load` is a `#[lazy]` function that hands back
/// the lesson's builder. The first time, the chunk is fetched and the section shows nothing
/// (and does not count as built) until it has come; from then on, and on every remount (a
/// language change), the lesson is built at once, in this owner, like any other lesson.
pub fn lazy_lesson<L>(id: &'static str, load: fn() -> L) -> impl IntoView
where
    L: std::future::Future<Output = Builder> + 'static,
{
    let pending = expect_context::<LessonPending>().0;
    let pager = expect_context::<Pager>();
    let arrived = RwSignal::new(false);
    // By section, not by function address: the compiler may merge the identical wrappers.
    let key = id;
    move || {
        arrived.track();
        let Some(build) = builder(key) else {
            if !pending.get_untracked() {
                pending.set(true);
            }
            leptos::task::spawn_local(async move {
                crate::web::first_paint::painted().await;
                // The lesson's text comes beside the wasm, not in it (i18n::lessons_text).
                let text = crate::i18n::lessons_text();
                let build = load().await;
                text.await;
                BUILDERS.with(|b| b.borrow_mut().push((key, build)));
                arrived.try_set(true);
                pager.arrived.try_update(|n| *n += 1);
            });
            return None;
        };
        if pending.get_untracked() {
            pending.set(false);
        }
        Some(build())
    }
}

thread_local! {
    /// The builders of the lessons whose chunk has arrived, by section id.
    static BUILDERS: std::cell::RefCell<Vec<(&'static str, Builder)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Builds one lesson's view (its code is in the lesson's chunk).
type Builder = fn() -> AnyView;

/// Whether some lesson's code has not come yet: every lesson after the explorer is its own
/// chunk (`sections/mod.rs`), so all have come when that many builders are in.
pub fn lessons_to_come() -> bool {
    BUILDERS.with(|b| b.borrow().len()) < crate::data::contents::SECTIONS.len() - 1
}

fn builder(key: &str) -> Option<Builder> {
    BUILDERS.with(|b| b.borrow().iter().find(|(k, _)| *k == key).map(|(_, f)| *f))
}
