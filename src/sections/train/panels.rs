//! The read-outs, the computed sentence and the figures.

use super::figures::{self, KEYS, RUNS};
use super::{verdict, Model};
use crate::chart::{Chart, Palette};
use crate::format;
use crate::math::train::Metrics;
use crate::sections::palette;
use crate::ui::{DataTable, Plot};
use leptos::prelude::*;

/// A read-out cell: rounded text, the full number in `data-value`. Where there is no number
/// (AP without positives, where the page says why; or while the first evaluation of a new
/// start is still running) it shows "—" and `data-value` is empty, never NaN.
fn cell(
    testid: String,
    value: Signal<Option<f64>>,
    ready: Signal<bool>,
    show: fn(f64) -> String,
) -> impl IntoView {
    let data = move || match (ready.get(), value.get()) {
        (false, _) => String::new(),
        (true, v) => v
            .filter(|v| v.is_finite())
            .map_or(String::new(), |v| v.to_string()),
    };
    view! {
        <td>
            <output class="readout" data-testid=testid data-value=data>
                {move || value.get().filter(|v| v.is_finite()).map_or("—".to_string(), show)}
            </output>
        </td>
    }
}

#[component]
pub fn Readouts(m: Model) -> impl IntoView {
    let ctx = m.ctx;
    let steps = m.steps;
    let no_pos = Signal::derive(move || {
        m.latest(|p| p.runs[0].ap.is_none()) || runner_no_pos(m.stage[0].get())
    });
    let ready = Signal::derive(move || m.stage[0].get().0 > 0);
    let metric = move |k: usize, f: fn(&Metrics) -> Option<f64>| {
        Signal::derive(move || m.latest(|p| f(&p.runs[k])))
    };
    let sentence = move || {
        let lang = m.lang.get();
        m.latest(|p| verdict::sentence(p, lang))
    };
    let rows = (0..3)
        .map(|k| {
            view! {
                <tr>
                    <th scope="row">{RUNS[k].0}</th>
                    {cell(format!("train-loss-{}", KEYS[k]), metric(k, |r| Some(r.loss)), ready, format::num)}
                    {cell(format!("train-ap-{}", KEYS[k]), metric(k, |r| r.ap), ready, |v| format::fixed(v, 3))}
                    {cell(format!("train-easyneg-share-{}", KEYS[k]), metric(k, |r| Some(r.easy_share)), ready, format::percent)}
                    {cell(format!("train-ece-{}", KEYS[k]), metric(k, |r| r.ece), ready, |v| format::fixed(v, 4))}
                </tr>
            }
        })
        .collect_view();
    view! {
        <p>
            {ctx.t("train.steps_label")}{crate::i18n::gap(ctx.lang())}
            <output class="readout" data-testid="train-steps" data-value=move || steps.get().to_string()>
                {move || steps.get().to_string()}
            </output>
            " / "{crate::math::train::MAX_STEPS.to_string()}
        </p>
        <p class="error" data-testid="train-no-pos" hidden=move || !no_pos.get()>{ctx.t("train.no_pos")}</p>
        <table class="data" data-testid="train-readouts">
            <caption>{ctx.t("train.table_caption")}</caption>
            <thead><tr>
                <th scope="col">{ctx.t("train.col_run")}</th>
                <th scope="col">{ctx.t("train.col_loss")}</th>
                <th scope="col">{ctx.t("train.col_ap")}</th>
                <th scope="col">{ctx.t("train.col_share")}</th>
                <th scope="col">{ctx.t("train.col_ece")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="prose" data-testid="train-sentence">{sentence}</p>
    }
}

/// No positive to train on (read when stage `_key` moves).
fn runner_no_pos(_key: (usize, u64)) -> bool {
    super::runner::with(|s| s.no_positives()).unwrap_or(false)
}

/// The figures, by stage (`Model::stage`, 1–4): test id, summary key, height ÷ width.
const FIGURES: [(&str, &str, f64); 4] = [
    ("plot-train-loss", "train.summary_loss", 0.6),
    ("plot-train-ap", "train.summary_ap", 0.6),
    ("plot-train-map", "train.summary_map", 1.0),
    ("plot-train-calibration", "train.summary_cal", 0.8),
];

/// The chart of the figure at `stage`. One function for the four (not a closure each): the
/// reactive wrappers around it are then compiled once.
fn chart_of(m: Model, stage: usize, pal: Palette) -> Chart {
    let lang = m.lang.get_untracked();
    match stage {
        1 | 2 => {
            let f = if stage == 1 {
                figures::loss_chart
            } else {
                figures::ap_chart
            };
            m.history(|h| f(h, lang, pal))
                .unwrap_or_else(|| f(&[], lang, pal))
        }
        3 => {
            let k = m.map_run.get();
            m.latest_untracked(|p| m.train_set(|d| figures::map_chart(p, k, d, pal)))
                .unwrap_or_else(|| Chart::new("", "", pal))
        }
        _ => m.latest_untracked(|p| figures::calibration_chart(p, lang, pal)),
    }
}

/// The data table of the figure at `stage`.
fn table_of(m: Model, stage: usize) -> DataTable {
    let lang = m.lang.get_untracked();
    match stage {
        1 | 2 => m
            .history(|h| figures::history_table(h, lang))
            .unwrap_or_default(),
        3 => {
            let k = m.map_run.get();
            m.latest_untracked(|p| {
                if p.runs[k].map.is_empty() {
                    DataTable::default()
                } else {
                    figures::map_table(p, k, lang)
                }
            })
        }
        _ => m.latest_untracked(|p| figures::calibration_table(p, lang)),
    }
}

/// The figure of `stage`, redrawn when its stage moves (and the map when its run changes).
fn figure(m: Model, stage: usize) -> impl IntoView {
    let ctx = m.ctx;
    let (testid, summary, aspect) = FIGURES[stage - 1];
    let chart = Signal::derive(move || {
        let _ = m.stage[stage].get();
        let _ = m.theme.get();
        chart_of(m, stage, palette(ctx))
    });
    let table = Signal::derive(move || {
        let _ = m.stage[stage].get();
        table_of(m, stage)
    });
    let stem = Signal::derive(move || {
        let s = super::settings(&ctx.params.get());
        format!(
            "{testid}_n{}_pos{}_seed{}_eval{}",
            s.n,
            s.pos_frac,
            s.seed,
            m.stage[stage].get().0
        )
    });
    view! {
        <Plot testid chart summary=Signal::stored(ctx.t(summary).to_string()) file_stem=stem table aspect/>
    }
}

#[component]
pub fn Curves(m: Model) -> impl IntoView {
    let ctx = m.ctx;
    view! {
        <h3>{ctx.t("train.curves_title")}</h3>
        <div class="plot-pair">{figure(m, 1)}{figure(m, 2)}</div>
    }
}

#[component]
pub fn Maps(m: Model) -> impl IntoView {
    let ctx = m.ctx;
    let shown = m.map_run;
    view! {
        <h3>{ctx.t("train.map_title")}</h3>
        <p class="prose">{ctx.t("train.map_text")}</p>
        // One <figure>, so slides never cut the run selector from its map (a figure is one
        // block of a slide; see slides::deck).
        <figure class="train-map" data-testid="train-map-block" style="margin: 0; max-width: 34rem">
        <div class="button-row" role="radiogroup" aria-label=ctx.t("train.map_run")>
            {(0..3).map(|k| view! {
                // Side by side: not indented under a label column as the controls' checks are.
                <label class="check" style="margin-left: 0">
                    <input type="radio" name="train-map-run" data-testid=format!("train-map-{}", KEYS[k])
                        prop:checked=move || shown.get() == k on:change=move |_| shown.set(k)/>
                    {RUNS[k].0}
                </label>
            }).collect_view()}
        </div>
        {figure(m, 3)}
        </figure>
    }
}

#[component]
pub fn Calibration(m: Model) -> impl IntoView {
    let ctx = m.ctx;
    view! {
        <h3>{ctx.t("train.cal_title")}</h3>
        <p class="prose">{ctx.t("train.cal_text")}</p>
        <div style="max-width: 40rem">{figure(m, 4)}</div>
    }
}
