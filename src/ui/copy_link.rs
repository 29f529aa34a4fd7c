//! "Copy link": the link that reopens this state at this section. Where the clipboard API is
//! missing (plain http on a classroom LAN address) or refused, the link appears in a selected
//! text field to copy by hand.

use crate::ctx::use_ctx;
use crate::web;
use leptos::prelude::*;

#[component]
pub fn CopyLink() -> impl IntoView {
    let ctx = use_ctx();
    let copied = RwSignal::new(false);
    let by_hand = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if by_hand.with(Option::is_some) {
            if let Some(el) = field.get() {
                // The value is set in the same update; select once it is in.
                el.set_value(&by_hand.get_untracked().unwrap_or_default());
                let _ = el.focus();
                el.select();
            }
        }
    });
    let on_click = move |_| {
        let link = ctx.store().with_untracked(web::url::link_for);
        let shown = link.clone();
        web::download::copy_text(&link, move |ok| {
            if ok {
                by_hand.set(None);
                copied.set(true);
                set_timeout(
                    move || copied.set(false),
                    std::time::Duration::from_millis(1500),
                );
            } else {
                by_hand.set(Some(shown));
            }
        });
    };
    view! {
        <button type="button" data-testid="copy-link" on:click=on_click>
            {move || ctx.t_live(if copied.get() { "app.copied" } else { "app.copy_link" })}
        </button>
        <Show when=move || by_hand.with(Option::is_some)>
            <span class="copy-by-hand">
                <label>
                    {move || ctx.t_live("app.copy_by_hand")}" "
                    <input type="text" readonly node_ref=field data-testid="copy-link-field"
                        prop:value=move || by_hand.get().unwrap_or_default()/>
                </label>
                <button type="button" data-testid="copy-link-close" on:click=move |_| by_hand.set(None)>
                    {move || ctx.t_live("notice.dismiss")}
                </button>
            </span>
        </Show>
    }
}
