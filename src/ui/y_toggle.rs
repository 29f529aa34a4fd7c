//! The true class y of a worked example as a toggle button: "label y" and a button showing
//! "y = 1 (positive)" or "y = 0 (negative)" that flips it. Four lessons let the class pick y.

use crate::ctx::use_ctx;
use leptos::prelude::*;

/// `id` is the button's id and test id (its label is `{id}-label`); `y` the class shown (0 or
/// 1); a click calls `on_flip`.
#[component]
pub fn YToggle(
    id: &'static str,
    #[prop(into)] y: Signal<u8>,
    on_flip: Callback<()>,
) -> impl IntoView {
    let ctx = use_ctx();
    let label = format!("{id}-label");
    view! {
        <div class="control">
            <span class="label" id=label.clone()>{ctx.t("ce_forms.y_label")}</span>
            <button type="button" class="toggle" id=id data-testid=id aria-labelledby=format!("{label} {id}")
                aria-pressed=move || (y.get() == 1).to_string() data-value=move || y.get().to_string()
                on:click=move |_| on_flip.run(())>
                {move || ctx.t(if y.get() == 1 { "ce_forms.y1" } else { "ce_forms.y0" })}
            </button>
        </div>
    }
}
