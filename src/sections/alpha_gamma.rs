//! Lesson section "alpha-gamma" (not built yet).

use crate::sections::Coming;
use leptos::prelude::*;

#[component]
pub fn AlphaGamma() -> impl IntoView {
    view! { <Coming/> }
}
