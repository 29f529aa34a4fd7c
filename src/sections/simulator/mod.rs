//! Lesson 13, dense detection: a synthetic population of ~10⁵ anchors, mostly easy background,
//! and where its total loss comes from under CE and under FL at the explorer's α, γ (the
//! paper's core argument); the paper's Figure 4 live; and why the prior initialisation keeps
//! the first step sane. All numbers come from `math::simulate`.

mod controls;
pub mod figures;
mod prior;

use crate::ctx::use_ctx;
use crate::format;
use crate::i18n::fill;
use crate::math::focal::FocalParams;
use crate::math::simulate::{Kind, Margin, Population, Report, Simulator as Engine};
use crate::sections::{palette, PostCredit};
use crate::state::Params;
use crate::ui::mathml::{block, LN};
use crate::ui::{Plot, Readout};
use controls::{grouped, Controls};
use figures::{KIND_IDS, KIND_KEYS};
use leptos::prelude::*;
use prior::{out, Prior};

/// The population the state describes.
pub fn population(p: &Params) -> Population {
    let m = |mu, sd| Margin { mu, sd };
    Population {
        n: p.sim_n,
        pos_frac: p.sim_pos,
        hard_neg: p.sim_hn,
        hard_pos: p.sim_hp,
        seed: p.sim_seed,
        margins: [
            m(p.sim_en_m, p.sim_en_s),
            m(p.sim_hn_m, p.sim_hn_s),
            m(p.sim_ep_m, p.sim_ep_s),
            m(p.sim_hp_m, p.sim_hp_s),
        ],
    }
}

/// One recompute: the report and how long it took (ms; 0 natively).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Run {
    pub report: Report,
    pub ms: f64,
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The model and the loss split as MathML.
pub fn model_formula() -> String {
    let pt = "<msub><mi>p</mi><mi>t</mi></msub>";
    let model = format!(
        "<mi>z</mi><mo>=</mo><mi>logit</mi><mo>⁡</mo>{pt}<mo>∼</mo><mi>𝒩</mi><mo>(</mo><msub><mi>μ</mi><mi>k</mi></msub><mo>,</mo>\
         <msubsup><mi>σ</mi><mi>k</mi><mn>2</mn></msubsup><mo>)</mo><mo>,</mo><mspace width=\"1em\"></mspace>\
         <msub><mi>z</mi><mi>j</mi></msub><mo>=</mo><mi>μ</mi><mo>+</mo><mi>σ</mi><mspace width=\"0.17em\"></mspace>\
         <msup><mi>Φ</mi><mrow><mo>−</mo><mn>1</mn></mrow></msup><mo>(</mo><mfrac><mrow><mi>j</mi><mo>+</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow><mn>65536</mn></mfrac><mo>)</mo>"
    );
    let split = format!(
        "<msub><mi>L</mi><mi>k</mi></msub><mo>=</mo><munder><mo>∑</mo><mrow><mi>i</mi><mo>∈</mo><mi>k</mi></mrow></munder>\
         <msub><mi>α</mi><mi>t</mi></msub><msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo>{pt}<mo>)</mo></mrow><mi>γ</mi></msup>\
         <mo>(</mo><mo>−</mo>{LN}{pt}<mo>)</mo><mo>,</mo><mspace width=\"1em\"></mspace>\
         <mtext>share</mtext><mo>=</mo><mfrac><msub><mi>L</mi><mi>k</mi></msub><mrow><msub><mo>∑</mo><mi>k</mi></msub><msub><mi>L</mi><mi>k</mi></msub></mrow></mfrac>\
         <mo>,</mo><mspace width=\"1em\"></mspace><mfrac><mrow><msub><mo>∑</mo><mi>k</mi></msub><msub><mi>L</mi><mi>k</mi></msub></mrow>\
         <mrow><mi>max</mi><mo>(</mo><msub><mi>n</mi><mo>+</mo></msub><mo>,</mo><mn>1</mn><mo>)</mo></mrow></mfrac>"
    );
    block(&model) + &block(&split)
}

#[component]
pub fn Simulator() -> impl IntoView {
    let ctx = use_ctx();
    let pop = ctx.memo(population);
    let alpha = ctx.memo(|p| p.alpha);
    let gamma = ctx.memo(|p| p.gamma);
    let lang = ctx.memo(|p| p.lang);
    let theme = ctx.memo(|p| p.theme);
    // The buffers live as long as the page; a move reruns only the passes it invalidates.
    let engine = StoredValue::new(Engine::new());
    let run = Memo::new(move |_| {
        let pop = pop.get();
        let params = FocalParams::new(alpha.get(), gamma.get()).unwrap_or_default();
        let t0 = now_ms();
        let report = engine
            .try_update_value(|e| e.run(&pop, params))
            .unwrap_or_default();
        Run {
            report,
            ms: now_ms() - t0,
        }
    });
    let val = move |f: fn(&Report) -> f64| Signal::derive(move || run.with(|r| f(&r.report)));

    let headline = move || {
        run.with(|r| {
            fill(
                ctx.t("simulator.headline"),
                &[
                    ("ce", &format::percent(r.report.ce.share[0])),
                    ("fl", &format::percent(r.report.fl.share[0])),
                    ("params", &figures::params_text(alpha.get(), gamma.get())),
                ],
            )
        })
    };
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
    let stem = move |what: &'static str| {
        Signal::derive(move || figures::file_stem(what, &pop.get(), alpha.get(), gamma.get()))
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
    let prior_rows =
        Signal::derive(move || prior::both(pop.get().counts(), alpha.get(), gamma.get()));
    let no_pos = move || {
        run.with(|r| r.report.num_pos == 0)
            .then(|| ctx.t("simulator.no_pos"))
    };
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
        <p class="prose">{ctx.t("simulator.intro")}</p>
        <PostCredit/>
        <h3>{ctx.t("simulator.model_title")}</h3>
        <p class="prose">{ctx.t("simulator.model")}</p>
        <div class="formula" inner_html=model_formula()></div>
        <div class="explorer">
            <div class="explorer-side"><Controls/></div>
            <div class="explorer-main">
                <p class="verdict" data-testid="sim-headline" aria-live="polite">{headline}</p>
                <Plot testid="plot-share" chart=share_chart
                    summary=Signal::derive(move || run.with(|r| figures::share_summary(&r.report, lang.get())))
                    file_stem=stem("simulator-shares") aspect=0.62
                    table=Signal::derive(move || run.with(|r| figures::share_table(&r.report, lang.get())))/>
            </div>
        </div>
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
        <div class="readouts" aria-live="polite">
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

        <h3>{ctx.t("simulator.cdf_title")}</h3>
        <p class="prose">{ctx.t("simulator.cdf_explain")}</p>
        <div class="plot-pair">
            <div>
                <h4>{ctx.t("simulator.cdf_pos_title")}</h4>
                <Plot testid="plot-cdf-pos" chart=cdf_chart(1) summary=cdf_summary(1)
                    file_stem=stem("simulator-cdf-positives") table=cdf_table(1) aspect=0.8/>
            </div>
            <div>
                <h4>{ctx.t("simulator.cdf_neg_title")}</h4>
                <Plot testid="plot-cdf" chart=cdf_chart(0) summary=cdf_summary(0)
                    file_stem=stem("simulator-cdf-negatives") table=cdf_table(0) aspect=0.8/>
            </div>
        </div>
        <table data-testid="sim-top90">
            <caption>{ctx.t("simulator.top90")}</caption>
            <thead><tr>
                <th scope="col">{ctx.t("simulator.th.class")}</th>
                <th scope="col">"γ = 0 (CE)"</th>
                <th scope="col">{move || format!("γ = {}", format::short(gamma.get()))}</th>
            </tr></thead>
            <tbody>
                <tr><th scope="row">{ctx.t("simulator.cdf_neg_title")}</th><td>{top90(0, false)}</td><td>{top90(0, true)}</td></tr>
                <tr><th scope="row">{ctx.t("simulator.cdf_pos_title")}</th><td>{top90(1, false)}</td><td>{top90(1, true)}</td></tr>
            </tbody>
        </table>

        <h3>{ctx.t("simulator.init_title")}</h3>
        <Prior rows=prior_rows/>

        <h3>{ctx.t("simulator.speed_title")}</h3>
        <p class="prose note">{ctx.t("simulator.speed")}</p>
        <p class="note">{speed}" "{out("sim-ms".into(), ms, |v| format!("{} ms", format::sig(v, 3)))}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_defaults_are_the_core_defaults() {
        assert_eq!(population(&Params::default()), Population::default());
    }

    #[test]
    fn model_formula_is_mathml() {
        let f = model_formula();
        assert!(f.starts_with("<math") && f.contains("65536") && f.contains("Φ"));
    }
}
