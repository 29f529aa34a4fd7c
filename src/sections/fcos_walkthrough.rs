//! Lesson section "fcos-walkthrough" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn FcosWalkthrough() -> impl IntoView {
    view! { <Coming/> }
}
