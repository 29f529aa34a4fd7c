//! Slides mode: one section per screen for a lecture. ←/→ and PageUp/PageDown move between
//! sections (unless a control has the focus: there the arrows move the control), Esc leaves.

use crate::ctx::use_ctx;
use crate::data::contents::SECTIONS;
use crate::state::Mode;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The next slide index for a key, or None when the key is not a slide key.
pub fn step(key: &str, current: usize, count: usize) -> Option<usize> {
    let last = count.saturating_sub(1);
    match key {
        "ArrowRight" | "PageDown" => Some((current + 1).min(last)),
        "ArrowLeft" | "PageUp" => Some(current.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// True when the key press belongs to a control (range, text box, canvas read-out, …).
fn in_control(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| {
            matches!(
                e.tag_name().as_str(),
                "INPUT" | "TEXTAREA" | "SELECT" | "CANVAS"
            ) || e.closest("[contenteditable]").ok().flatten().is_some()
        })
}

/// Installs the key handler and renders the slide navigation bar (only in slides mode).
#[component]
pub fn SlideNav() -> impl IntoView {
    let ctx = use_ctx();
    let slides = ctx.memo(|p| p.mode == Mode::Slides);
    let slide = ctx.memo(|p| usize::from(p.slide));
    let count = SECTIONS.len();
    let go = move |i: usize| {
        ctx.set(|p| p.slide = i.min(count - 1) as u8);
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if !slides.get_untracked()
            || in_control(&ev)
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.meta_key()
        {
            return;
        }
        if ev.key() == "Escape" {
            ctx.set(|p| p.mode = Mode::Page);
            return;
        }
        if let Some(i) = step(&ev.key(), slide.get_untracked(), count) {
            ev.prevent_default();
            go(i);
        }
    });
    on_cleanup(move || handle.remove());

    view! {
        <Show when=move || slides.get()>
            <nav class="slide-nav" aria-label=move || ctx.t_live("slides.nav")>
                <button type="button" data-testid="slide-prev" disabled=move || slide.get() == 0
                    on:click=move |_| go(slide.get_untracked().saturating_sub(1))>
                    {move || ctx.t_live("slides.prev")}
                </button>
                <span data-testid="slide-counter" aria-live="polite">{move || format!("{} / {count}", slide.get() + 1)}</span>
                <button type="button" data-testid="slide-next" disabled=move || { slide.get() + 1 >= count }
                    on:click=move |_| go(slide.get_untracked() + 1)>
                    {move || ctx.t_live("slides.next")}
                </button>
                <span class="slide-hint">{move || ctx.t_live("slides.hint")}</span>
            </nav>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::step;

    #[test]
    fn keys_move_within_bounds() {
        assert_eq!(step("ArrowRight", 0, 13), Some(1));
        assert_eq!(step("PageDown", 12, 13), Some(12));
        assert_eq!(step("PageUp", 0, 13), Some(0));
        assert_eq!(step("End", 3, 13), Some(12));
        assert_eq!(step("a", 3, 13), None);
    }
}
