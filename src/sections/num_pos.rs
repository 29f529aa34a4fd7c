//! Lesson section "num-pos" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn NumPos() -> impl IntoView {
    view! { <Coming/> }
}
