//! Lesson section "softmax-ce" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn SoftmaxCe() -> impl IntoView {
    view! { <Coming/> }
}
