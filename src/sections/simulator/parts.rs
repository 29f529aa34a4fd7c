//! The parts of the simulator section, each reading the section's [`Model`]: the controls
//! with the headline and the share chart, the table of kinds, the totals, Figure 4 with its
//! top-90 % table, and the speed note.

use super::controls::{grouped, Controls};
use super::figures::{self, KIND_IDS, KIND_KEYS};
use super::prior::out;
use super::Model;
use crate::format;
use crate::i18n::fill;
use crate::math::simulate::{Kind, Report};
use crate::sections::palette;
use crate::ui::{Plot, Readout};
use leptos::prelude::*;

/// The controls beside the headline ("the easy negatives carry x % of CE, y % of FL") and
/// the chart of each kind's share of the loss.
#[component]
pub(super) fn Overview(m: Model) -> impl IntoView {
    let Model {
        ctx,
        alpha,
        gamma,
        lang,
        theme,
        run,
        ..
    } = m;
    let headline = move || {
        run.with(|r| {
            crate::ui::sentences::simulator_headline(
                ctx.lang(),
                r.report.counts[0],
                r.report.ce.share[0],
                r.report.fl.share[0],
                &figures::params_text(alpha.get(), gamma.get(), ctx.lang()),
            )
        })
    };
    let share_chart = Signal::derive(move || {
        theme.track();
        run.with(|r| {
            figures::share_chart(
                &r.report,
                alpha.get(),
                gamma.get(),
                lang.get(),
                palette(ctx),
            )
        })
    });
    view! {
        <div class="explorer">
            <div class="explorer-side"><Controls/></div>
            <div class="explorer-main">
                <p class="verdict" data-testid="sim-headline" data-live>{headline}</p>
                <Plot testid="plot-share" chart=share_chart
                    summary=Signal::derive(move || run.with(|r| figures::share_summary(&r.report, lang.get())))
                    file_stem=m.stem("simulator-shares") aspect=0.62
                    table=Signal::derive(move || run.with(|r| figures::share_table(&r.report, lang.get())))/>
            </div>
        </div>
    }
}

/// One row per kind: label, count, median p_t, share of CE and of FL.
#[component]
pub(super) fn KindTable(m: Model) -> impl IntoView {
    let Model { ctx, pop, run, .. } = m;
    let kind_row = move |k: Kind| {
        let i = k.index();
        let id = KIND_IDS[i];
        let share = move |ce: bool| {
            Signal::derive(move || {
                run.with(|r| {
                    if ce {
                        r.report.ce.share[i]
                    } else {
                        r.report.fl.share[i]
                    }
                })
            })
        };
        let count = Signal::derive(move || run.with(|r| r.report.counts[i] as f64));
        let median = Signal::derive(move || pop.with(|p| p.margins[i].median_pt()));
        view! {
            <tr>
                <th scope="row">{ctx.t(KIND_KEYS[i].0)}</th>
                <td>{if k.is_positive() { "1" } else { "0" }}</td>
                <td>{out(format!("sim-count-{id}"), count, |v| grouped(v as u64))}</td>
                <td>{out(format!("sim-median-{id}"), median, format::num)}</td>
                <td>{out(format!("share-ce-{id}"), share(true), format::percent)}</td>
                <td>{out(format!("share-fl-{id}"), share(false), format::percent)}</td>
            </tr>
        }
    };
    view! {
        <div style="overflow-x: auto">
            <table data-testid="sim-kinds">
                <thead><tr>
                    <th scope="col">{ctx.t("simulator.th.kind")}</th>
                    <th scope="col">"y"</th>
                    <th scope="col">{ctx.t("simulator.th.count")}</th>
                    <th scope="col">{ctx.t("simulator.th.median")}</th>
                    <th scope="col">{ctx.t("simulator.th.ce")}</th>
                    <th scope="col">{ctx.t("simulator.th.fl")}</th>
                </tr></thead>
                <tbody>{Kind::ALL.map(kind_row).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// Total CE and FL, num_pos and the per-positive losses; a note when there is no positive.
#[component]
pub(super) fn Totals(m: Model) -> impl IntoView {
    let Model { ctx, run, .. } = m;
    let val = move |f: fn(&Report) -> f64| Signal::derive(move || run.with(|r| f(&r.report)));
    let no_pos = move || {
        run.with(|r| r.report.num_pos == 0)
            .then(|| ctx.t("simulator.no_pos"))
    };
    view! {
        <div class="readouts">
            <div class="readout-card ce"><span class="name">{ctx.t("simulator.total_ce")}</span>
                <Readout testid="sim-total-ce" value=val(|r| r.ce.total)/></div>
            <div class="readout-card fl"><span class="name">{ctx.t("simulator.total_fl")}</span>
                <Readout testid="sim-total-fl" value=val(|r| r.fl.total)/></div>
            <div class="readout-card"><span class="name">{ctx.t("simulator.num_pos")}</span>
                <Readout testid="sim-num-pos" value=val(|r| r.num_pos as f64) show=|v| grouped(v as u64)/></div>
            <div class="readout-card ce"><span class="name">{ctx.t("simulator.per_pos_ce")}</span>
                <Readout testid="sim-per-pos-ce" value=val(|r| r.ce.per_pos)/></div>
            <div class="readout-card fl"><span class="name">{ctx.t("simulator.per_pos_fl")}</span>
                <Readout testid="sim-per-pos-fl" value=val(|r| r.fl.per_pos)/></div>
        </div>
        <p class="note" data-testid="sim-no-pos">{no_pos}</p>
    }
}

/// The paper's Figure 4, live: the cumulative normalised loss of each class, and the share of
/// the anchors that carries 90 % of it under CE and under FL.
#[component]
pub(super) fn Figure4(m: Model) -> impl IntoView {
    let Model {
        ctx,
        gamma,
        lang,
        theme,
        run,
        ..
    } = m;
    let cdf_chart = move |class: usize| {
        Signal::derive(move || {
            theme.track();
            run.with(|r| figures::cdf_chart(&r.report.cdf[class], class, lang.get(), palette(ctx)))
        })
    };
    let cdf_summary = move |class: usize| {
        Signal::derive(move || {
            run.with(|r| figures::cdf_summary(&r.report.cdf[class], class, lang.get()))
        })
    };
    let cdf_table = move |class: usize| {
        Signal::derive(move || run.with(|r| figures::cdf_table(&r.report.cdf[class], lang.get())))
    };
    let top90 = move |class: usize, current: bool| {
        let id = format!(
            "sim-top90-{}-{}",
            if class == 1 { "pos" } else { "neg" },
            if current { "fl" } else { "ce" }
        );
        move || {
            let v = run.with(|r| {
                let (ce, fl) = figures::top90(&r.report.cdf[class]);
                if current {
                    fl
                } else {
                    ce
                }
            });
            match v {
                Some(v) => out(id.clone(), Signal::derive(move || v), format::percent).into_any(),
                None => view! { <span>"—"</span> }.into_any(),
            }
        }
    };
    view! {
        <h3>{ctx.t("simulator.cdf_title")}</h3>
        <p class="prose">{crate::ui::rich(ctx.t("simulator.cdf_explain"))}</p>
        <p class="prose">{ctx.t("simulator.cdf_paper")}</p>
        <div class="plot-pair">
            <div>
                <h4>{ctx.t("simulator.cdf_pos_title")}</h4>
                <Plot testid="plot-cdf-pos" chart=cdf_chart(1) summary=cdf_summary(1)
                    file_stem=m.stem("simulator-cdf-positives") table=cdf_table(1) aspect=0.8/>
            </div>
            <div>
                <h4>{ctx.t("simulator.cdf_neg_title")}</h4>
                <Plot testid="plot-cdf" chart=cdf_chart(0) summary=cdf_summary(0)
                    file_stem=m.stem("simulator-cdf-negatives") table=cdf_table(0) aspect=0.8/>
            </div>
        </div>
        <table data-testid="sim-top90">
            <caption>{ctx.t("simulator.top90")}</caption>
            <thead><tr>
                <th scope="col">{ctx.t("simulator.th.class")}</th>
                <th scope="col">{format!("γ = 0{}", crate::i18n::aside(ctx.lang(), "CE"))}</th>
                <th scope="col">{move || format!("γ = {}", format::short(gamma.get()))}</th>
            </tr></thead>
            <tbody>
                <tr><th scope="row">{ctx.t("simulator.cdf_neg_title")}</th><td>{top90(0, false)}</td><td>{top90(0, true)}</td></tr>
                <tr><th scope="row">{ctx.t("simulator.cdf_pos_title")}</th><td>{top90(1, false)}</td><td>{top90(1, true)}</td></tr>
            </tbody>
        </table>
        <crate::ui::HowComputed><p class="prose">{ctx.t("simulator.cdf_how")}</p></crate::ui::HowComputed>
    }
}

/// How long the last recompute took, for how many anchors.
#[component]
pub(super) fn Speed(m: Model) -> impl IntoView {
    let Model { ctx, run, .. } = m;
    let speed = move || {
        run.with(|r| {
            fill(
                ctx.t("simulator.speed_last"),
                &[("n", &grouped(r.report.counts.iter().sum::<usize>() as u64))],
            )
        })
    };
    let ms = Signal::derive(move || run.with(|r| r.ms));
    view! {
        <crate::ui::HowComputed>
            <h4>{ctx.t("simulator.speed_title")}</h4>
            {crate::ui::rich_list(ctx.t("simulator.speed"), "prose")}
            <p class="note">{speed}" "{out("sim-ms".into(), ms, |v| format!("{} ms", format::sig(v, 3)))}</p>
        </crate::ui::HowComputed>
    }
}
