//! Lesson section "five-class" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn FiveClass() -> impl IntoView {
    view! { <Coming/> }
}
