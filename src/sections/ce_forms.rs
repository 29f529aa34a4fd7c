//! Lesson section "ce-forms" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn CeForms() -> impl IntoView {
    view! { <Coming/> }
}
