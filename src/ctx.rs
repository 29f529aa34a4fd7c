//! The app state as Leptos signals, provided by context.
//!
//! There is one store (`RwSignal<Params>`), the truth that the URL mirrors. Each lesson section
//! reads a *gated view* of it: a mirror that follows the store only while the section is near the
//! screen (Distill's `d-figure` idea). A far section keeps its last values and does no work on an
//! input; when it comes near, the mirror catches up once and the section repaints before it is
//! seen. Writes always go to the store, so the shared α and γ stay shared.

use crate::i18n::{tr, Lang};
use crate::state::{Ignored, Params, Theme};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Ctx {
    /// What this part of the page reads: the store itself for the shell, a section's gated
    /// mirror inside a section. Read-only: write with `set`.
    pub params: ReadSignal<Params>,
    /// What `params` reads from: the store itself, or a section's mirror of it.
    view: RwSignal<Params>,
    store: RwSignal<Params>,
    /// Query parameters that were ignored on load (the dismissible notice).
    pub ignored: RwSignal<Vec<Ignored>>,
    /// The system's `prefers-color-scheme: dark`, followed live for the `auto` theme.
    pub system_dark: RwSignal<bool>,
    /// Language and theme as memos: every translated text and every chart reads them, and
    /// reading `params` directly would re-run all of those on each slider move.
    lang: Memo<Lang>,
    pub theme: Memo<Theme>,
}

impl Ctx {
    pub fn new(params: Params, ignored: Vec<Ignored>) -> Self {
        let store = RwSignal::new(params);
        Self::over(store, store, RwSignal::new(ignored), RwSignal::new(false))
    }

    fn over(
        view: RwSignal<Params>,
        store: RwSignal<Params>,
        ignored: RwSignal<Vec<Ignored>>,
        system_dark: RwSignal<bool>,
    ) -> Self {
        let params = view.read_only();
        Ctx {
            params,
            view,
            store,
            ignored,
            system_dark,
            lang: Memo::new(move |_| params.with(|p| p.lang)),
            theme: Memo::new(move |_| params.with(|p| p.theme)),
        }
    }

    /// A context for one section: it reads a mirror of the store that follows it only while
    /// `near` is true (and catches up as soon as it becomes true).
    pub fn gated(&self, near: Signal<bool>) -> Ctx {
        let store = self.store;
        let mirror = RwSignal::new(store.get_untracked());
        // While far this effect tracks only `near`: an input elsewhere costs nothing here.
        Effect::new(move |_| {
            if near.get() {
                store.with(|p| {
                    if mirror.with_untracked(|m| m != p) {
                        mirror.set(p.clone());
                    }
                });
            }
        });
        Ctx::over(mirror, store, self.ignored, self.system_dark)
    }

    /// Brings a section's mirror up to date now (a section being built while far).
    pub fn catch_up(&self) {
        let store = self.store;
        store.with_untracked(|p| {
            if self.view.with_untracked(|m| m != p) {
                self.view.set(p.clone());
            }
        });
    }

    /// The store: the whole, current state (the URL, Copy link, slides navigation).
    pub fn store(&self) -> RwSignal<Params> {
        self.store
    }

    /// A memo of one slice of the state; it notifies only when that slice changes.
    pub fn memo<T>(&self, get: fn(&Params) -> T) -> Memo<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        let params = self.params;
        Memo::new(move |_| params.with(get))
    }

    /// Changes the state; memos of untouched slices do not fire. A language whose text has not
    /// arrived yet (Chinese, fetched on first use) is switched to once it has.
    pub fn set(&self, f: impl FnOnce(&mut Params)) {
        let mut wanted = None;
        self.store.update(|p| {
            f(p);
            if !crate::i18n::ready(p.lang) {
                wanted = Some(std::mem::replace(&mut p.lang, Lang::En));
            }
        });
        if let Some(lang) = wanted {
            self.switch_when_loaded(lang);
        }
    }

    /// Fetches `lang`'s text, then shows the page in it.
    pub fn switch_when_loaded(&self, lang: Lang) {
        let store = self.store;
        crate::i18n::load(lang, move |ok| {
            if ok {
                store.try_update(|p| p.lang = lang);
            }
        });
    }

    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// Translation, read once: a section remounts its content when the language changes, so
    /// its text needs no reactive closure per string.
    pub fn t(&self, key: &'static str) -> &'static str {
        tr(self.lang.get_untracked(), key)
    }

    /// Translation that follows the language (the shell, which does not remount).
    pub fn t_live(&self, key: &'static str) -> &'static str {
        tr(self.lang(), key)
    }
}

/// Which explorer read-out a lesson asked to highlight: one of lesson 4's term names
/// ("pt", "alpha_t", "modulator", "ce", "fl"; see `sections::alpha_to_focal::TERMS`), or none.
/// The shell provides it by context; lesson 4 sets it, the explorer reads it, marks its
/// `readout-…` and clears it after a few seconds.
#[derive(Clone, Copy)]
pub struct Highlight(pub RwSignal<Option<&'static str>>);

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}
