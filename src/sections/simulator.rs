//! Lesson section "simulator" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn Simulator() -> impl IntoView {
    view! { <Coming/> }
}
