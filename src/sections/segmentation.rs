//! Lesson section "segmentation" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn Segmentation() -> impl IntoView {
    view! { <Coming/> }
}
