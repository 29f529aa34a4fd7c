//! Lesson 7, easy vs hard × positive vs negative: the four kinds of binary sample (the post's
//! 正易 / 负易 and their hard counterparts) in a 2 × 2, each with an example, its CE, FL and
//! down-weighting CE / FL at the explorer's α, γ. Clicking one sets the explorer's p and y to
//! it (the same values as the explorer's presets) and scrolls there.

use crate::ctx::use_ctx;
use crate::format;
use crate::i18n::fill;
use crate::math::focal::{Alpha, FocalParams};
use crate::models::quadrants::{evaluate, quadrant_of, QuadView, Quadrant, QUADRANTS};
use crate::state::{Mode, Params};
use leptos::prelude::*;

/// What clicking a quadrant does to the state: the explorer shows its example (and, in
/// slides mode, the explorer's slide).
pub fn apply(q: &Quadrant, p: &mut Params) {
    p.y = q.y;
    p.p = q.p;
    if p.mode == Mode::Slides {
        // The explorer is the first section: its first slide is slide 1.
        p.slide = 1;
    }
}

fn out(testid: String, value: Signal<f64>, show: fn(f64) -> String) -> impl IntoView {
    view! {
        <output class="readout" data-testid=testid data-value=move || value.get().to_string()>
            {move || show(value.get())}
        </output>
    }
}

#[component]
fn QuadCell(index: usize, views: Memo<[QuadView; 4]>, current: Memo<usize>) -> impl IntoView {
    let ctx = use_ctx();
    let q = QUADRANTS[index];
    let f = move |get: fn(&QuadView) -> f64| Signal::derive(move || views.with(|v| get(&v[index])));
    let here = move || current.get() == index;
    let id = q.id;
    let example = format!("p = {}, y = {}", format::short(q.p), q.y);
    let row = move |label: &'static str,
                    suffix: &'static str,
                    get: fn(&QuadView) -> f64,
                    show: fn(f64) -> String| {
        view! {
            <tr><th scope="row" style="text-align: left; font-weight: 400; white-space: nowrap">{label}</th>
                <td>{out(format!("{id}-{suffix}"), f(get), show)}</td></tr>
        }
    };
    view! {
        <td style=move || format!("vertical-align: top; text-align: left; {}",
                if here() { "outline: 3px solid var(--accent); outline-offset: -3px" } else { "" })
            data-testid=format!("{id}-cell") data-current=move || here().to_string()>
            <strong>{ctx.t(q.key)}</strong>
            <span class="note" style="display: block">{ctx.t(q.desc_key)}</span>
            <span style="font-family: var(--mono)">{example}</span>
            <table style="margin: 0.3rem 0; font-size: 0.92rem">
                <tbody>
                    {row("p_t", "pt", |v| v.pt, format::num)}
                    {row("CE = −ln p_t", "ce", |v| v.ce, format::num)}
                    {row("α_t", "alpha-t", |v| v.alpha_t, format::num)}
                    {row("(1 − p_t)^γ", "mod", |v| v.modulator, format::num)}
                    {row("FL", "fl", |v| v.fl, format::num)}
                    {row("CE / FL", "ratio", |v| v.ratio, format::times)}
                </tbody>
            </table>
            <button type="button" data-testid=id
                on:click=move |_| { ctx.set(|p| apply(&q, p)); crate::ui::show::show_in_explorer("explorer-readouts"); }>
                {ctx.t("quadrants.show")}
            </button>
            {move || here().then(|| view! {
                <span class="note" data-testid=format!("{id}-here") style="margin-left: 0.4rem">
                    {ctx.t("quadrants.here")}
                </span>
            })}
        </td>
    }
}

#[component]
pub fn Quadrants() -> impl IntoView {
    let ctx = use_ctx();
    let alpha = ctx.memo(|p| p.alpha);
    let gamma = ctx.memo(|p| p.gamma);
    let current = Memo::new(move |_| ctx.params.with(|p| quadrant_of(p.p, p.y)));
    let views = Memo::new(move |_| {
        let params = FocalParams::or_default(alpha.get(), gamma.get());
        QUADRANTS.map(|q| evaluate(&q, params))
    });
    let setting = move || {
        fill(
            ctx.t("quadrants.setting"),
            &[
                (
                    "alpha",
                    &format::alpha_value(alpha.get(), ctx.t("five_class.alpha_off")),
                ),
                ("gamma", &format::short(gamma.get())),
            ],
        )
    };
    let takeaway = move || {
        let v = views.get();
        let ratios = [v[0].ratio, v[1].ratio, v[2].ratio, v[3].ratio];
        crate::ui::sentences::quadrants_takeaway(ctx.lang(), alpha.get(), gamma.get(), ratios)
    };
    let alpha_on = move || matches!(alpha.get(), Alpha::On(_));

    view! {
        <p class="prose">{crate::ui::rich(ctx.t("quadrants.intro"))}</p>
        <p class="verdict" data-testid="quad-setting">{setting}</p>
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="quad-table">
                <thead><tr>
                    <td style="border: none"></td>
                    <th scope="col">{ctx.t("quadrants.col_pos")}</th>
                    <th scope="col">{ctx.t("quadrants.col_neg")}</th>
                </tr></thead>
                <tbody>
                    <tr>
                        <th scope="row">{ctx.t("quadrants.row_easy")}</th>
                        <QuadCell index=0 views current/>
                        <QuadCell index=1 views current/>
                    </tr>
                    <tr>
                        <th scope="row">{ctx.t("quadrants.row_hard")}</th>
                        <QuadCell index=2 views current/>
                        <QuadCell index=3 views current/>
                    </tr>
                </tbody>
            </table>
        </div>
        <p class="prose" data-testid="quad-takeaway">{move || crate::ui::rich(&takeaway())}</p>
        <p class="prose">{move || crate::ui::rich(ctx.t(if alpha_on() { "quadrants.alpha_note" } else { "quadrants.alpha_off_note" }))}</p>
        <p class="note">{crate::ui::rich(ctx.t("quadrants.post_note"))}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_sets_p_and_y_and_the_explorer_slide() {
        let mut p = Params::default();
        apply(&QUADRANTS[3], &mut p);
        assert_eq!((p.p, p.y), (0.90, 0));
        p.mode = Mode::Slides;
        p.slide = 7;
        apply(&QUADRANTS[0], &mut p);
        assert_eq!((p.p, p.y, p.slide), (0.95, 1, 1));
    }

    #[test]
    fn keys_exist() {
        use crate::i18n::table;
        use crate::state::Lang;
        for lang in [Lang::En, Lang::Zh] {
            for q in QUADRANTS {
                for k in [q.key, q.desc_key] {
                    assert!(table(lang).iter().any(|(kk, _)| *kk == k), "{k}");
                }
            }
        }
    }
}
