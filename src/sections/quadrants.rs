//! Lesson section "quadrants" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn Quadrants() -> impl IntoView {
    view! { <Coming/> }
}
