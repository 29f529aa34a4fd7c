//! FL versus sampling: the paper's Table 1d (FL against OHEM and OHEM 1:3), what the two
//! strategies do differently, and a live illustration on the simulator's population: what
//! OHEM's top-k minibatch keeps (count and loss share) against FL's weights on every anchor.
//! All numbers come from `math::simulate::ohem`.

mod table;

use crate::ctx::use_ctx;
use crate::data::paper::TABLE_1D;
use crate::format;
use crate::i18n::fill;
use crate::math::focal::FocalParams;
use crate::math::simulate::ohem::{share, Ohem as Result};
use crate::math::simulate::{Kind, Simulator as Engine};
use crate::state::population;
use crate::ui::{NumberControl, Readout};
use leptos::prelude::*;
pub use table::{best_of, best_rows};

/// Minibatch size k: the range of the slider and of its box.
pub const K_RANGE: (f64, f64) = (1.0, 10_000.0);

/// i18n keys of the four kinds, in `Kind::ALL` order.
const KIND_KEYS: [&str; 4] = [
    "simulator.kind.easy_neg",
    "simulator.kind.hard_neg",
    "simulator.kind.easy_pos",
    "simulator.kind.hard_pos",
];

/// A count, thousands grouped ("100 000").
fn count(v: f64) -> String {
    format::exact(v.max(0.0).round())
}

#[component]
pub fn Ohem() -> impl IntoView {
    let ctx = use_ctx();
    let pop = ctx.memo(population);
    let alpha = ctx.memo(|p| p.alpha);
    let gamma = ctx.memo(|p| p.gamma);
    let k = ctx.memo(|p| p.ohem_k);
    // The simulator's engine (its own buffers): a k move walks only the k hardest anchors.
    let engine = StoredValue::new(Engine::new());
    let res = Memo::new(move |_| {
        let params = FocalParams::or_default(alpha.get(), gamma.get());
        let (pop, k) = (pop.get(), k.get());
        engine
            .try_update_value(|e| e.ohem(&pop, params, k))
            .unwrap_or_default()
    });
    let label = Signal::derive(move || ctx.t("ohem.k_label").to_string());
    let valuetext =
        Signal::derive(move || fill(ctx.t("ohem.k_valuetext"), &[("k", &k.get().to_string())]));
    let on_set = Callback::new(move |v: f64| ctx.set(|p| p.ohem_k = v.round() as u64));
    let setting = move || {
        fill(
            ctx.t("ohem.setting"),
            &[
                ("n", &count(pop.get().n as f64)),
                (
                    "alpha",
                    &format::alpha_value(alpha.get(), ctx.t("five_class.alpha_off")),
                ),
                ("gamma", &format::short(gamma.get())),
            ],
        )
    };

    // FL's margin over the best sampling row of Table 1d, computed from the data.
    let gap = match best_rows(&TABLE_1D) {
        (Some(b), Some(s)) => TABLE_1D[b].ap - TABLE_1D[s].ap,
        _ => f64::NAN,
    };
    let takeaway = fill(ctx.t("ohem.takeaway"), &[("gap", &format::fixed(gap, 1))]);

    view! {
        <p class="prose">{crate::ui::rich(ctx.t("ohem.intro"))}</p>
        <table::Table1d/>
        <h3>{ctx.t("ohem.words_title")}</h3>
        <p class="prose">{crate::ui::rich(ctx.t("ohem.words"))}</p>
        <h3>{ctx.t("ohem.live_title")}</h3>
        <p class="prose">{crate::ui::rich(ctx.t("ohem.live_intro"))}</p>
        <div class="controls">
            <NumberControl name="ohem-k" label value=Signal::derive(move || k.get() as f64) on_set
                min=K_RANGE.0 max=K_RANGE.1 step=1.0 valuetext whole=true/>
        </div>
        <p class="note" data-testid="ohem-setting">{setting}</p>
        <Live res/>
        <h3>{ctx.t("ohem.ratio_title")}</h3>
        <Ratio res/>
        <p class="prose takeaway" data-testid="ohem-takeaway"><strong>{takeaway}</strong></p>
        <crate::ui::HowComputed>
            {crate::ui::rich_list(ctx.t("ohem.how"), "note")}
        </crate::ui::HowComputed>
    }
}

/// OHEM's minibatch against FL: headline read-outs and the split by kind.
#[component]
fn Live(res: Memo<Result>) -> impl IntoView {
    let ctx = use_ctx();
    let val = move |f: fn(&Result) -> f64| Signal::derive(move || res.with(f));
    let kind_row = move |kind: Kind| {
        let i = kind.index();
        let fl_share =
            Signal::derive(move || res.with(|r| share(r.fl_total[i], r.fl_total.iter().sum())));
        let weight = Signal::derive(move || res.with(|r| share(r.fl_total[i], r.ce_total[i])));
        view! {
            <tr>
                <th scope="row" style="text-align: left">{ctx.t(KIND_KEYS[i])}</th>
                <td><Readout testid=KIND_IDS[i].0 value=val_i(res, i, |r, i| r.counts[i] as f64) show=count/></td>
                <td><Readout testid=KIND_IDS[i].1 value=val_i(res, i, |r, i| r.top.count[i]) show=count/></td>
                <td><Readout testid=KIND_IDS[i].2 value=val_i(res, i, |r, i| share(r.top.ce[i], r.ce_total.iter().sum())) show=format::percent/></td>
                <td><Readout testid=KIND_IDS[i].3 value=fl_share show=format::percent/></td>
                <td><Readout testid=KIND_IDS[i].4 value=weight/></td>
            </tr>
        }
    };
    let headline = move || {
        res.with(|r| {
            fill(
                ctx.t("ohem.headline"),
                &[
                    ("k", &count(r.top.total_count())),
                    ("n", &count(r.counts.iter().sum::<usize>() as f64)),
                    ("ce", &format::percent(r.top_ce_share())),
                    ("fl", &format::percent(r.top_fl_share())),
                ],
            )
        })
    };
    view! {
        <div class="readouts">
            <div class="readout-card"><span class="name">{ctx.t("ohem.kept")}</span>
                <Readout testid="ohem-kept" value=val(|r| r.top.total_count()) show=count/></div>
            <div class="readout-card"><span class="name">{ctx.t("ohem.discarded")}</span>
                <Readout testid="ohem-discarded" value=val(Result::top_discarded) show=format::percent/></div>
            <div class="readout-card ce"><span class="name">{ctx.t("ohem.ce_share")}</span>
                <Readout testid="ohem-ce-share" value=val(Result::top_ce_share) show=format::percent/></div>
            <div class="readout-card fl"><span class="name">{ctx.t("ohem.fl_share")}</span>
                <Readout testid="ohem-fl-share" value=val(Result::top_fl_share) show=format::percent/></div>
            <div class="readout-card"><span class="name">{ctx.t("ohem.threshold")}</span>
                <Readout testid="ohem-threshold-pt" value=val(|r| r.top.min_ce.map_or(f64::NAN, |c| (-c).exp()))/></div>
        </div>
        <p class="verdict" data-testid="ohem-headline">{headline}</p>
        <div style="overflow-x: auto">
            <table data-testid="ohem-kinds">
                <thead><tr>
                    <th scope="col">{ctx.t("simulator.th.kind")}</th>
                    <th scope="col">{ctx.t("simulator.th.count")}</th>
                    <th scope="col">{ctx.t("ohem.th.kept")}</th>
                    <th scope="col">{ctx.t("ohem.th.kept_ce")}</th>
                    <th scope="col">{ctx.t("ohem.th.fl_share")}</th>
                    <th scope="col">{ctx.t("ohem.th.weight")}</th>
                </tr></thead>
                <tbody>{Kind::ALL.map(kind_row).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// Test ids of a kind's row: anchors, kept by OHEM, CE share kept, FL share, FL / CE.
const KIND_IDS: [(&str, &str, &str, &str, &str); 4] = [
    (
        "ohem-n-easy-neg",
        "ohem-keep-easy-neg",
        "ohem-ce-easy-neg",
        "ohem-fl-easy-neg",
        "ohem-w-easy-neg",
    ),
    (
        "ohem-n-hard-neg",
        "ohem-keep-hard-neg",
        "ohem-ce-hard-neg",
        "ohem-fl-hard-neg",
        "ohem-w-hard-neg",
    ),
    (
        "ohem-n-easy-pos",
        "ohem-keep-easy-pos",
        "ohem-ce-easy-pos",
        "ohem-fl-easy-pos",
        "ohem-w-easy-pos",
    ),
    (
        "ohem-n-hard-pos",
        "ohem-keep-hard-pos",
        "ohem-ce-hard-pos",
        "ohem-fl-hard-pos",
        "ohem-w-hard-pos",
    ),
];

fn val_i(res: Memo<Result>, i: usize, f: fn(&Result, usize) -> f64) -> Signal<f64> {
    Signal::derive(move || res.with(|r| f(r, i)))
}

/// OHEM 1:3: its minibatch, and the hard negatives it leaves out.
#[component]
fn Ratio(res: Memo<Result>) -> impl IntoView {
    let ctx = use_ctx();
    let val = move |f: fn(&Result) -> f64| Signal::derive(move || res.with(f));
    let pos = |r: &Result| r.ratio.count[2] + r.ratio.count[3];
    let neg = |r: &Result| r.ratio.count[0] + r.ratio.count[1];
    let dropped = |r: &Result| r.counts[1] as f64 - r.ratio.count[1];
    // The negatives' FL that sits on the hard negatives 1:3 leaves out.
    let dropped_fl =
        |r: &Result| share(r.fl_total[1] - r.ratio.fl[1], r.fl_total[0] + r.fl_total[1]);
    let text = move || {
        res.with(|r| {
            fill(
                ctx.t("ohem.ratio_live"),
                &[
                    ("k", &r.k.to_string()),
                    ("pos", &count(pos(r))),
                    ("neg", &count(neg(r))),
                    ("dropped", &count(dropped(r))),
                    ("hard", &count(r.counts[1] as f64)),
                    ("share", &format::percent(dropped_fl(r))),
                ],
            )
        })
    };
    view! {
        {crate::ui::rich_list(ctx.t("ohem.ratio_why"), "prose")}
        <div class="readouts">
            <div class="readout-card"><span class="name">{ctx.t("ohem.ratio_pos")}</span>
                <Readout testid="ohem-ratio-pos" value=val(pos) show=count/></div>
            <div class="readout-card"><span class="name">{ctx.t("ohem.ratio_neg")}</span>
                <Readout testid="ohem-ratio-neg" value=val(neg) show=count/></div>
            <div class="readout-card"><span class="name">{ctx.t("ohem.ratio_dropped")}</span>
                <Readout testid="ohem-ratio-dropped" value=val(dropped) show=count/></div>
            <div class="readout-card fl"><span class="name">{ctx.t("ohem.ratio_dropped_fl")}</span>
                <Readout testid="ohem-ratio-dropped-fl" value=val(dropped_fl) show=format::percent/></div>
        </div>
        <p class="verdict" data-testid="ohem-ratio-text">{text}</p>
    }
}
