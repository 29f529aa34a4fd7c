//! Lesson section "alpha-to-focal" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn AlphaToFocal() -> impl IntoView {
    view! { <Coming/> }
}
