//! The page frame: header with the global toggles, the ignored-parameters notice, contents,
//! the lessons, and the footer with the credits. Provides the state by context.

use crate::ctx::{use_ctx, Ctx, Highlight};
use crate::i18n::fill;
use crate::sections::{Lessons, SECTIONS};
use crate::slides::SlideNav;
use crate::state::{IgnoreReason, Lang, Mode, Params, Theme};
use crate::web;
use leptos::prelude::*;

const POST_URL: &str = "https://blog.csdn.net/lt1103725556/article/details/115128523";
const CC_URL: &str = "https://creativecommons.org/licenses/by-sa/4.0/";
const PAPER_URL: &str = "https://arxiv.org/abs/1708.02002";

#[component]
pub fn App() -> impl IntoView {
    let (mut params, ignored) = Params::from_query(&web::url::current_query());
    // A link in a language whose text is not here yet opens in English until it arrives.
    let wanted = params.lang;
    if !crate::i18n::ready(wanted) {
        params.lang = Lang::En;
    }
    let ctx = Ctx::new(params, ignored);
    provide_context(ctx);
    if wanted != ctx.store().with_untracked(|p| p.lang) {
        ctx.switch_when_loaded(wanted);
    }
    // Lesson 4's formula terms light up the matching explorer read-out.
    provide_context(Highlight(RwSignal::new(None)));
    web::url::sync(ctx.store());
    let pager = crate::sections::Pager::new();
    provide_context(pager);
    let deck = crate::slides::Deck::new();
    provide_context(deck);
    let ids: Vec<&'static str> = SECTIONS.iter().map(|(id, _)| *id).collect();
    if let Some(id) = web::url::fragment_in(&ids) {
        pager.land_on(id);
    }

    // <html lang> and data-theme follow the state.
    let lang = ctx.memo(|p| p.lang);
    let theme = ctx.memo(|p| p.theme);
    Effect::new(move |_| {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        else {
            return;
        };
        let _ = root.set_attribute(
            "lang",
            if lang.get() == Lang::Zh {
                "zh-CN"
            } else {
                "en"
            },
        );
        let _ = root.set_attribute("data-theme", theme.get().word());
    });

    // The `auto` theme follows the system setting live.
    if let Some(mq) =
        web_sys::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
    {
        ctx.system_dark.set(mq.matches());
        let sys = ctx.system_dark;
        let on_change =
            wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MediaQueryListEvent)>::new(
                move |e: web_sys::MediaQueryListEvent| sys.set(e.matches()),
            );
        let _ = mq.add_event_listener_with_callback(
            "change",
            wasm_bindgen::JsCast::unchecked_ref(on_change.as_ref()),
        );
        on_change.forget(); // for the page's lifetime
    }

    // Printing shows every section: all of them catch up first.
    for (event, all) in [("beforeprint", true), ("afterprint", false)] {
        let on_print =
            wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || pager.all_near.set(all));
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback(
                event,
                wasm_bindgen::JsCast::unchecked_ref(on_print.as_ref()),
            );
        }
        on_print.forget(); // for the page's lifetime
    }

    // Contents links and the lessons' section links: bring the section up to date, then
    // scroll (or turn the slide) to it.
    let go_to = Callback::new(move |i: usize| {
        let id = SECTIONS[i].0;
        pager.go_to(id);
        if ctx.store().with_untracked(|p| p.mode == Mode::Slides) {
            let k = deck.first_slide_of(i);
            ctx.set(|p| p.slide = k.min(255) as u8);
        } else {
            // The lessons above may still be filling in: the reader stays at the section.
            crate::web::hold::keep_at_top(id, 3000);
        }
    });
    provide_context(crate::ui::prose::GoToSection(go_to));
    let mode = ctx.memo(|p| p.mode);
    view! {
        <div class="app" class:slides=move || mode.get() == Mode::Slides>
            <a class="skip-link" href="#explorer" data-testid="skip-link">{move || ctx.t_live("app.skip")}</a>
            <Header/>
            <SlideNav/>
            <UrlNotice/>
            <nav class="toc" aria-label=move || ctx.t_live("app.contents")>
                <ol>
                    {SECTIONS.iter().enumerate().map(|(i, &(id, key))| view! {
                        <li><a href=format!("#{id}") on:click=move |_| go_to.run(i)>{move || ctx.t_live(key)}</a></li>
                    }).collect_view()}
                </ol>
            </nav>
            <main>
                <Lessons/>
            </main>
            <crate::ui::glossary::Glossary/>
            <Footer/>
        </div>
    }
}

#[component]
fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let deck = expect_context::<crate::slides::Deck>();
    let next_theme = |t: Theme| match t {
        Theme::Auto => Theme::Light,
        Theme::Light => Theme::Dark,
        Theme::Dark => Theme::Auto,
    };
    let theme_key = move || match ctx.theme.get() {
        Theme::Auto => "app.theme.auto",
        Theme::Light => "app.theme.light",
        Theme::Dark => "app.theme.dark",
    };
    let mode = ctx.memo(|p| p.mode);
    let slides = move || mode.get() == Mode::Slides;
    view! {
        <header class="app-header">
            <div class="brand">
                <h1 data-testid="app-title">{move || ctx.t_live("app.title")}</h1>
                <p class="tagline">{move || ctx.t_live("app.tagline")}</p>
            </div>
            <div class="toolbar" role="toolbar" aria-label="page">
                <button type="button" data-testid="lang-toggle"
                    aria-label=move || ctx.t_live("app.lang_toggle_label")
                    on:click=move |_| ctx.set(|p| p.lang = if p.lang == Lang::En { Lang::Zh } else { Lang::En })>
                    {move || ctx.t_live("app.lang_toggle")}
                </button>
                <button type="button" data-testid="theme-toggle"
                    on:click=move |_| ctx.set(|p| p.theme = next_theme(p.theme))>
                    {move || ctx.t_live(theme_key())}
                </button>
                <button type="button" data-testid="mode-toggle" aria-pressed=move || slides().to_string()
                    title=move || ctx.t_live("app.mode_label")
                    on:click=move |_| {
                        if ctx.store().with_untracked(|p| p.mode == Mode::Page) {
                            deck.start_at.set(Some(crate::slides::nav::reading_section()));
                        }
                        ctx.set(|p| p.mode = if p.mode == Mode::Page { Mode::Slides } else { Mode::Page })
                    }>
                    {move || ctx.t_live(if slides() { "app.mode.slides" } else { "app.mode.page" })}
                </button>
                <crate::ui::CopyLink/>
            </div>
        </header>
    }
}

/// Names the query parameters that were ignored. Values are rendered as text, never HTML.
#[component]
fn UrlNotice() -> impl IntoView {
    let ctx = use_ctx();
    let reason = move |r: IgnoreReason| {
        ctx.t_live(match r {
            IgnoreReason::Unknown => "notice.unknown",
            IgnoreReason::Invalid => "notice.invalid",
            IgnoreReason::Duplicate => "notice.duplicate",
        })
    };
    view! {
        <Show when=move || ctx.ignored.with(|v| !v.is_empty())>
            <div class="notice" role="status" data-testid="url-notice">
                <p>{move || ctx.t_live(if ctx.ignored.with(|v| v.iter().any(|i| i.used.is_some() && !i.used_default)) { "notice.ignored_some" } else { "notice.ignored" })}</p>
                <ul>
                    {move || ctx.ignored.get().into_iter().map(|i| view! {
                        <li><code>{i.name.clone()}</code>" = "<code>{i.value}</code>" — "{reason(i.reason)}
                            {i.used.map(|v| format!(": {}", fill(ctx.t_live(if i.used_default { "notice.used_default" } else { "notice.used" }), &[("name", &i.name), ("value", &v)])))}</li>
                    }).collect_view()}
                </ul>
                <button type="button" data-testid="url-notice-dismiss" on:click=move |_| ctx.ignored.set(Vec::new())>
                    {move || ctx.t_live("notice.dismiss")}
                </button>
            </div>
        </Show>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <footer class="app-footer" data-testid="footer">
            <p>
                {move || ctx.t_live("footer.source")}" "
                <a href=POST_URL rel="noopener">{move || ctx.t_live("footer.post_link")}</a>
                {move || ctx.t_live("footer.licensed")}" "
                <a href=CC_URL rel="license noopener">"CC BY-SA 4.0"</a>"."
            </p>
            <p><a href=PAPER_URL rel="noopener">{move || ctx.t_live("footer.paper")}</a></p>
            <p>{move || ctx.t_live("footer.peer")}</p>
            <p>{move || ctx.t_live("footer.license")}</p>
        </footer>
    }
}
