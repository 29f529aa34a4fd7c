//! Lesson section "sigmoid-bce" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn SigmoidBce() -> impl IntoView {
    view! { <Coming/> }
}
