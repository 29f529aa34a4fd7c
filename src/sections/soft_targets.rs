//! Lesson section "soft-targets" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn SoftTargets() -> impl IntoView {
    view! { <Coming/> }
}
