//! From the FCOS head to the post's table: the classification branch's H × W × C output is
//! reshaped to [H·W, C] (click a location, see its row), a class index becomes a one-hot target
//! row with `arange(1, C + 1)` (background 0 → all zeros), positives enter all three losses and
//! negatives only the classification loss, and the post's target-assignment steps in order.
//! The example head is 2 × 2 × 5, so its rows are the five-class table's samples (`fcl`, `fct`).

pub mod model;
mod parts;

use crate::ctx::use_ctx;
use crate::sections::PostCredit;
use leptos::prelude::*;
use parts::{HeadGrid, Losses, OneHot, Steps};

#[component]
pub fn FcosHead() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <p class="prose">{ctx.t("fcos_head.intro")}</p>
        <h3>{ctx.t("fcos_head.reshape_title")}</h3>
        <HeadGrid/>
        <h3>{ctx.t("fcos_head.onehot_title")}</h3>
        <OneHot/>
        <h3>{ctx.t("fcos_head.losses_title")}</h3>
        <Losses/>
        <h3>{ctx.t("fcos_head.steps_title")}</h3>
        <Steps/>
        <p class="prose" data-testid="fcos-head-takeaway">{ctx.t("fcos_head.takeaway")}</p>
        <crate::ui::HowComputed>
            <p class="note">{ctx.t("fcos_head.how")}</p>
        </crate::ui::HowComputed>
        <PostCredit/>
    }
}
