//! Lesson 8, why α = 0.25 with γ = 2: the paper's Table 1a (α sweep at γ = 0) and 1b (γ with
//! its best α) as data with the best row found from the data; the explanation; and a live
//! illustration of how much of the loss sits on negatives for the explorer's α, γ (a small
//! made-up population, and the 5 × 4 table of section 6).

pub mod model;

use crate::ctx::use_ctx;
use crate::data::paper::{CITATION, TABLE_1A, TABLE_1B};
use crate::format;
use crate::i18n::fill;
use crate::math::focal::{Alpha, FocalParams};
use leptos::prelude::*;
use model::{balancing_alpha, best_1a, best_1b, split, POPULATION};

fn out(testid: String, value: Signal<f64>, show: fn(f64) -> String) -> impl IntoView {
    view! {
        <output class="readout" data-testid=testid data-value=move || value.get().to_string()>
            {move || show(value.get())}
        </output>
    }
}

/// One decimal, as the paper prints AP.
fn ap(v: f64) -> String {
    format::fixed(v, 1)
}

/// Row style: the best row bold with a left bar (plus the ★ text, so not colour alone).
fn row_style(best: bool) -> &'static str {
    if best {
        "font-weight: 700; box-shadow: inset 4px 0 0 var(--fl)"
    } else {
        ""
    }
}

/// A horizontal bar split into negatives / positives, with the numbers as text.
fn share_bar(testid: &'static str, neg_share: Signal<f64>) -> impl IntoView {
    let ctx = use_ctx();
    let w = move || format!("{:.2}%", (neg_share.get().clamp(0.0, 1.0) * 100.0));
    view! {
        <div style="display: flex; height: 1.4rem; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; max-width: 40rem"
            role="img" aria-label=move || fill(ctx.t("alpha_gamma.bar_aria"), &[("neg", &format::percent(neg_share.get()))])>
            <div style=move || format!("width: {}; background: color-mix(in srgb, var(--neg) 45%, transparent)", w())></div>
            <div style="flex: 1; background: color-mix(in srgb, var(--pos) 45%, transparent)"></div>
        </div>
        <p class="note" style="margin: 0.1rem 0 0.6rem">
            {ctx.t("alpha_gamma.neg")}" "{out(testid.to_string(), neg_share, format::percent)}
            " · "{ctx.t("alpha_gamma.pos")}" "{move || format::percent(1.0 - neg_share.get())}
        </p>
    }
}

#[component]
pub fn AlphaGamma() -> impl IntoView {
    let ctx = use_ctx();
    let alpha = ctx.memo(|p| p.alpha);
    let gamma = ctx.memo(|p| p.gamma);
    let params = Memo::new(move |_| FocalParams::or_default(alpha.get(), gamma.get()));
    let best_a = best_1a(&TABLE_1A);
    let best_b = best_1b(&TABLE_1B);

    let table_1a = TABLE_1A
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let best = best_a == Some(i);
            view! {
                <tr data-testid=format!("t1a-row-{i}") data-best=best.to_string() style=row_style(best)>
                    <th scope="row">{format::short(r.alpha)}{best.then_some(" ★")}</th>
                    <td>{ap(r.ap)}</td><td>{ap(r.ap50)}</td><td>{ap(r.ap75)}</td>
                </tr>
            }
        })
        .collect_view();
    let table_1b = TABLE_1B
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let best = best_b == Some(i);
            let g = r.gamma;
            let here = move || gamma.get() == g;
            view! {
                <tr data-testid=format!("t1b-row-{i}") data-best=best.to_string() style=row_style(best)>
                    <th scope="row">{format::short(r.gamma)}{best.then_some(" ★")}</th>
                    <td>{format::short(r.alpha)}</td>
                    <td>{ap(r.ap)}</td><td>{ap(r.ap50)}</td><td>{ap(r.ap75)}</td>
                    <td style="text-align: left">{move || here().then(|| ctx.t("alpha_gamma.yours"))}</td>
                </tr>
            }
        })
        .collect_view();
    let best_text = move || {
        let a = best_a.map(|i| TABLE_1A[i]);
        let b = best_b.map(|i| TABLE_1B[i]);
        match (a, b) {
            (Some(a), Some(b)) => fill(
                ctx.t("alpha_gamma.best"),
                &[
                    ("a_alpha", &format::short(a.alpha)),
                    ("a_ap", &ap(a.ap)),
                    ("b_gamma", &format::short(b.gamma)),
                    ("b_alpha", &format::short(b.alpha)),
                    ("b_ap", &ap(b.ap)),
                    ("gain", &ap(b.ap - a.ap)),
                ],
            ),
            _ => String::new(),
        }
    };

    // Live: the population and the 5 × 4 table at the explorer's α, γ.
    let pop_off = Signal::derive(move || {
        let p = FocalParams::or_plain_ce(Alpha::Off, gamma.get());
        split(&POPULATION, p).neg_share()
    });
    let pop_now = Signal::derive(move || split(&POPULATION, params.get()).neg_share());
    let alpha_star = Signal::derive(move || balancing_alpha(&POPULATION, gamma.get()));
    let fc_inputs = ctx.memo(|p| (p.fc_logits.clone(), p.fc_targets.clone()));
    let fc = Memo::new(move |_| {
        fc_inputs.with(|(l, t)| crate::models::five_class::evaluate(l, t, params.get()).neg_share())
    });
    let fc_share = Signal::derive(move || fc.get());
    let setting = move || {
        fill(
            ctx.t("alpha_gamma.setting"),
            &[
                (
                    "alpha",
                    &format::alpha_value(alpha.get(), ctx.t("five_class.alpha_off")),
                ),
                ("gamma", &format::short(gamma.get())),
            ],
        )
    };
    // "(α* = …)" after the sentence: ASCII with a space in English, full-width in Chinese.
    let (open, close) = match ctx.lang() {
        crate::i18n::Lang::En => (" (", ")"),
        crate::i18n::Lang::Zh => ("（", "）"),
    };
    let star_text = move || {
        fill(
            ctx.t("alpha_gamma.alpha_star"),
            &[
                ("gamma", &format::short(gamma.get())),
                ("a", &format::fixed(alpha_star.get(), 2)),
            ],
        )
    };
    let pop_rows = POPULATION
        .iter()
        .map(|g| {
            view! {
                <tr><th scope="row" style="text-align: left">{ctx.t(g.key)}</th>
                    <td>{g.y}</td><td>{format::short(g.p)}</td><td>{format::short(g.count)}</td></tr>
            }
        })
        .collect_view();
    let sweep = TABLE_1B
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let off = FocalParams::or_plain_ce(Alpha::Off, r.gamma);
            let share = split(&POPULATION, off).neg_share();
            let a_star = balancing_alpha(&POPULATION, r.gamma);
            view! {
                <tr>
                    <th scope="row">{format::short(r.gamma)}</th>
                    <td>{out(format!("ag-sweep-{i}-share"), Signal::derive(move || share), format::percent)}</td>
                    <td>{out(format!("ag-sweep-{i}-astar"), Signal::derive(move || a_star), |v| format::fixed(v, 2))}</td>
                    <td>{format::short(r.alpha)}</td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <p class="prose">{crate::ui::rich(ctx.t("alpha_gamma.intro"))}</p>
        <div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start">
            <div class="table-wrap" style="overflow-x: auto">
                <table data-testid="t1a">
                    <caption style="text-align: left; font-weight: 600">{ctx.t("alpha_gamma.t1a")}</caption>
                    <thead><tr><th scope="col">"α"</th><th scope="col">"AP"</th><th scope="col">"AP₅₀"</th><th scope="col">"AP₇₅"</th></tr></thead>
                    <tbody>{table_1a}</tbody>
                </table>
            </div>
            <div class="table-wrap" style="overflow-x: auto">
                <table data-testid="t1b">
                    <caption style="text-align: left; font-weight: 600">{ctx.t("alpha_gamma.t1b")}</caption>
                    <thead><tr><th scope="col">"γ"</th><th scope="col">"α"</th><th scope="col">"AP"</th><th scope="col">"AP₅₀"</th><th scope="col">"AP₇₅"</th>
                        <th scope="col"><span class="note">{ctx.t("alpha_gamma.explorer_col")}</span></th></tr></thead>
                    <tbody>{table_1b}</tbody>
                </table>
            </div>
        </div>
        <p class="note" data-testid="paper-citation">
            {ctx.t("alpha_gamma.source")}{crate::i18n::gap(ctx.lang())}
            <a href="https://arxiv.org/abs/1708.02002" rel="noopener">{CITATION}</a>"."
        </p>
        <p class="prose" data-testid="ag-best">{best_text}</p>
        <h3>{ctx.t("alpha_gamma.why_title")}</h3>
        <p class="prose" data-testid="ag-why">{crate::ui::rich(&why_text(ctx.lang()))}</p>
        <p class="prose">{ctx.t("alpha_gamma.paper_view")}</p>
        <p class="prose">{ctx.t("alpha_gamma.post_view")}</p>
        <h3>{ctx.t("alpha_gamma.live_title")}</h3>
        <p class="prose">{ctx.t("alpha_gamma.live_intro")}</p>
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="ag-population">
                <thead><tr><th scope="col">{ctx.t("alpha_gamma.group")}</th><th scope="col">"y"</th><th scope="col">"p"</th>
                    <th scope="col">{ctx.t("alpha_gamma.count")}</th></tr></thead>
                <tbody>{pop_rows}</tbody>
            </table>
        </div>
        <p class="verdict" data-testid="ag-setting">{setting}</p>
        <p style="margin: 0.4rem 0 0.1rem">{move || fill(ctx.t("alpha_gamma.bar_off"), &[("gamma", &format::short(gamma.get()))])}</p>
        {share_bar("ag-neg-share-off", pop_off)}
        <p style="margin: 0.4rem 0 0.1rem">{ctx.t("alpha_gamma.bar_now")}</p>
        {share_bar("ag-neg-share", pop_now)}
        <p style="margin: 0.4rem 0 0.1rem">{crate::ui::rich(ctx.t("alpha_gamma.bar_table"))}</p>
        {share_bar("ag-fc-neg-share", fc_share)}
        <p class="prose" data-testid="ag-alpha-star-text">{star_text}
            <span class="note">{open}"α* = "{out("ag-alpha-star".into(), alpha_star, |v| format::fixed(v, 4))}{close}</span></p>
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="ag-sweep">
                <caption style="text-align: left; font-weight: 600">{ctx.t("alpha_gamma.sweep")}</caption>
                <thead><tr><th scope="col">"γ"</th><th scope="col">{ctx.t("alpha_gamma.sweep_share")}</th>
                    <th scope="col">"α*"</th><th scope="col">{ctx.t("alpha_gamma.sweep_paper")}</th></tr></thead>
                <tbody>{sweep}</tbody>
            </table>
        </div>
        <p class="note">{ctx.t("alpha_gamma.caveat")}</p>
        <crate::sections::PostCredit/>
    }
}

/// The best α of Table 1b (γ > 0), grouped by value in table order: [(α, [γ…]), …].
pub fn best_alpha_runs() -> Vec<(f64, Vec<f64>)> {
    let mut runs: Vec<(f64, Vec<f64>)> = Vec::new();
    for row in crate::data::paper::TABLE_1B
        .iter()
        .filter(|r| r.gamma > 0.0)
    {
        match runs.last_mut() {
            Some((a, gs)) if *a == row.alpha => gs.push(row.gamma),
            _ => runs.push((row.alpha, vec![row.gamma])),
        }
    }
    runs
}

/// "Why α falls when γ rises", with the γ at which each best α holds read from Table 1b.
pub fn why_text(lang: crate::i18n::Lang) -> String {
    let runs = best_alpha_runs();
    let and = match lang {
        crate::i18n::Lang::En => " and ",
        crate::i18n::Lang::Zh => " 和 ",
    };
    let mut args: Vec<(String, String)> = Vec::new();
    for (i, (a, gs)) in runs.iter().take(3).enumerate() {
        let g = if i == 2 {
            format::short(gs[0])
        } else {
            gs.iter()
                .map(|g| format::short(*g))
                .collect::<Vec<_>>()
                .join(and)
        };
        args.push((format!("a{i}"), format::short(*a)));
        args.push((format!("g{i}"), g));
    }
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    fill(crate::i18n::tr(lang, "alpha_gamma.why"), &args)
}
