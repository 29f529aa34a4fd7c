//! The prior initialisation part: the first-iteration loss with b = 0 and with the paper's
//! b = −ln((1 − π)/π), π = 0.01, for the current population, under CE and FL, as MathML and
//! two tables of read-outs (values from `math::simulate::init_loss`).

use crate::ctx::use_ctx;
use crate::format;
use crate::i18n::fill;
use crate::math::focal::{Alpha, FocalParams};
use crate::math::simulate::{init_loss, prior_bias, InitLoss, InitSplit, PRIOR_PI};
use crate::ui::mathml::{block, mn, mn_short, LN};
use leptos::prelude::*;

/// Both starting points for the given counts, α, γ: (b = 0, b = prior).
pub fn both(counts: [usize; 4], alpha: Alpha, gamma: f64) -> (InitLoss, InitLoss) {
    let params = FocalParams::or_default(alpha, gamma);
    (
        init_loss(counts, 0.0, params),
        init_loss(counts, prior_bias(PRIOR_PI), params),
    )
}

/// b = −ln((1 − π)/π) = −ln(0.99/0.01) = −4.595, σ(b) = 0.01.
pub fn bias_formula() -> String {
    let pi = "<mi>π</mi>";
    let b = prior_bias(PRIOR_PI);
    block(&format!(
        "<mi>b</mi><mo>=</mo><mo>−</mo>{LN}<mfrac><mrow><mn>1</mn><mo>−</mo>{pi}</mrow>{pi}</mfrac>\
         <mo>=</mo><mo>−</mo>{LN}<mfrac>{}{}</mfrac><mo>=</mo>{}<mo>,</mo><mspace width=\"1em\"></mspace>\
         <mi>σ</mi><mo>(</mo><mi>b</mi><mo>)</mo><mo>=</mo>{}",
        mn_short(1.0 - PRIOR_PI),
        mn_short(PRIOR_PI),
        mn(b),
        mn_short(crate::math::activations::sigmoid(b)),
    ))
}

/// (column key, test-id part, field).
type Column = (&'static str, &'static str, fn(&InitSplit) -> f64);

const COLUMNS: [Column; 5] = [
    ("simulator.th.total", "total", |s| s.total),
    ("simulator.th.per_pos", "per-pos", |s| s.per_pos),
    ("simulator.th.neg_share", "neg-share", |s| s.neg_share),
    ("simulator.th.grad", "grad", |s| s.grad_per_pos),
    ("simulator.th.pos_part", "pos", |s| s.pos),
];

/// Test id of a cell. The contract's two: `init-loss-b0` and `init-loss-prior` are CE ÷ num_pos
/// (the loss a detector trains on) at the first iteration.
pub fn cell_id(loss: &str, col: &str, row: &str) -> String {
    if loss == "ce" && col == "per-pos" {
        format!("init-loss-{row}")
    } else {
        format!("init-{loss}-{col}-{row}")
    }
}

/// A read-out with a computed test id (`ui::Readout` takes a static one).
pub fn out(testid: String, value: Signal<f64>, show: fn(f64) -> String) -> impl IntoView {
    view! {
        <output class="readout" data-testid=testid data-value=move || value.get().to_string()>
            {move || show(value.get())}
        </output>
    }
}

#[component]
pub fn Prior(#[prop(into)] rows: Signal<(InitLoss, InitLoss)>) -> impl IntoView {
    let ctx = use_ctx();
    let table = move |loss: &'static str,
                      caption: &'static str,
                      pick: fn(&InitLoss) -> InitSplit| {
        let row = move |row: &'static str,
                        key: &'static str,
                        get: fn(&(InitLoss, InitLoss)) -> InitLoss| {
            let p = Signal::derive(move || get(&rows.get()).p);
            view! {
                <tr>
                    <th scope="row">{ctx.t(key)}</th>
                    <td>{out(format!("init-{loss}-p-{row}"), p, format::num)}</td>
                    {COLUMNS.iter().map(|&(_, col, f)| {
                        let v = Signal::derive(move || f(&pick(&get(&rows.get()))));
                        let show = if col == "neg-share" { format::percent } else { format::num };
                        view! { <td>{out(cell_id(loss, col, row), v, show)}</td> }
                    }).collect_view()}
                </tr>
            }
        };
        view! {
            <table class="sim-init" data-testid=format!("init-table-{loss}")>
                <caption>{move || fill(ctx.t(caption), &[("params", &super::figures::params_text(
                    ctx.params.with(|p| p.alpha), ctx.params.with(|p| p.gamma), ctx.lang()))])}</caption>
                <thead><tr>
                    <th scope="col">{ctx.t("simulator.th.bias")}</th>
                    <th scope="col">"p = σ(b)"</th>
                    {COLUMNS.iter().map(|&(key, _, _)| view! { <th scope="col">{ctx.t(key)}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {row("b0", "simulator.init.row_b0", |r| r.0)}
                    {row("prior", "simulator.init.row_prior", |r| r.1)}
                </tbody>
            </table>
        }
    };
    let ratio = move || {
        let (z, p) = rows.get();
        fill(
            ctx.t("simulator.init_ratio"),
            &[
                ("ce", &format::times(z.ce.per_pos / p.ce.per_pos)),
                ("fl", &format::times(z.fl.per_pos / p.fl.per_pos)),
                ("ce_n", &format::ratio(z.ce.per_pos / p.ce.per_pos)),
                ("fl_n", &format::ratio(z.fl.per_pos / p.fl.per_pos)),
            ],
        )
    };
    view! {
        <p class="prose">{crate::ui::rich(ctx.t("simulator.init_explain"))}</p>
        <p class="prose">{ctx.t("simulator.init_prior")}</p>
        <div class="formula" inner_html=bias_formula()></div>
        <div style="overflow-x: auto">
            {table("ce", "simulator.init.caption_ce", |r| r.ce)}
            {table("fl", "simulator.init.caption_fl", |r| r.fl)}
        </div>
        <p class="verdict" data-testid="init-ratio">{ratio}</p>
        <p class="prose note">{ctx.t("simulator.init_note")}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::simulate::Population;

    #[test]
    fn ids_and_formula() {
        assert_eq!(cell_id("ce", "per-pos", "b0"), "init-loss-b0");
        assert_eq!(cell_id("ce", "per-pos", "prior"), "init-loss-prior");
        assert_eq!(cell_id("fl", "per-pos", "b0"), "init-fl-per-pos-b0");
        let f = bias_formula();
        assert!(f.contains("4.595") && f.contains("0.99"), "{f}");
        let (z, p) = both(Population::default().counts(), Alpha::On(0.25), 2.0);
        assert!(z.ce.per_pos > p.ce.per_pos);
    }
}
