//! The app state as Leptos signals: one `RwSignal<Params>` provided by context. Sections read
//! slices through memos (so a move redraws only what depends on it) and write through `set`.

use crate::i18n::{tr, Lang};
use crate::state::{Ignored, Params, Theme};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Ctx {
    pub params: RwSignal<Params>,
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
        let params = RwSignal::new(params);
        Ctx {
            params,
            ignored: RwSignal::new(ignored),
            system_dark: RwSignal::new(false),
            lang: Memo::new(move |_| params.with(|p| p.lang)),
            theme: Memo::new(move |_| params.with(|p| p.theme)),
        }
    }

    /// A memo of one slice of the state; it notifies only when that slice changes.
    pub fn memo<T>(&self, get: fn(&Params) -> T) -> Memo<T>
    where
        T: PartialEq + Clone + Send + Sync + 'static,
    {
        let params = self.params;
        Memo::new(move |_| params.with(get))
    }

    /// Changes the state; memos of untouched slices do not fire.
    pub fn set(&self, f: impl FnOnce(&mut Params)) {
        self.params.update(f);
    }

    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// Reactive translation: call inside a view closure and it follows the language.
    pub fn t(&self, key: &'static str) -> &'static str {
        tr(self.lang(), key)
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}
