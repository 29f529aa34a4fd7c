//! Lesson section "explorer" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn Explorer() -> impl IntoView {
    view! { <Coming/> }
}
