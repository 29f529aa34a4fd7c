//! The parts of the segmentation section, each reading the section's [`Model`]: the controls,
//! the read-outs with the loss-share chart, the breakdown by pixel group, and the heatmaps.

use super::{reset, Model, SEED_MAX};
use crate::format;
use crate::i18n::fill;
use crate::math::segmentation::PixelLosses;
use crate::sections::focus_controls::FocusControls;
use crate::state::YScale;
use crate::ui::{NumberCell, NumberControl, Plot, Readout};
use leptos::prelude::*;

/// The scene's own controls (radius, margin, noise, seed), the explorer's α and γ (shared
/// state), the heatmap scale and the reset.
#[component]
pub(super) fn SceneControls(m: Model) -> impl IntoView {
    let (ctx, scale) = (m.ctx, m.scale);
    let label = move |key: &'static str| Signal::stored(ctx.t(key).to_string());
    let text = move |sym: &'static str, v: Memo<f64>| {
        Signal::derive(move || format!("{sym} = {}", format::sig(v.get(), 3)))
    };
    let (sgr, sgq, sgn) = (
        ctx.memo(|s| s.sgr),
        ctx.memo(|s| s.sgq),
        ctx.memo(|s| s.sgn),
    );
    let seed = ctx.memo(|s| s.sgd);
    view! {
        <div class="controls" role="group" aria-label=ctx.t("segmentation.controls")>
            <NumberControl name="seg-radius" label=label("segmentation.radius") value=sgr
                on_set=Callback::new(move |v| ctx.set(|s| s.sgr = v)) min=1.0 max=20.0 step=0.5 valuetext=text("r", sgr)/>
            <NumberControl name="seg-margin" label=label("segmentation.margin") value=sgq
                on_set=Callback::new(move |v| ctx.set(|s| s.sgq = v)) min=0.0 max=8.0 step=0.1 valuetext=text("m", sgq)/>
            <NumberControl name="seg-noise" label=label("segmentation.noise") value=sgn
                on_set=Callback::new(move |v| ctx.set(|s| s.sgn = v)) min=0.0 max=4.0 step=0.1 valuetext=text("σ", sgn)/>
            <div class="control">
                <span class="label">{ctx.t("segmentation.seed")}</span>
                <NumberCell testid="input-seg-seed".to_string() error_testid="error-seg-seed".to_string() label=label("segmentation.seed")
                    value=Signal::derive(move || seed.get() as f64)
                    on_set=Callback::new(move |v: f64| ctx.set(|s| s.sgd = v as u64))
                    min=0.0 max=SEED_MAX as f64 whole=true/>
                <button type="button" data-testid="seg-next-seed"
                    on:click=move |_| ctx.set(|s| s.sgd = (s.sgd + 1) % (SEED_MAX + 1))>
                    {ctx.t("segmentation.next_seed")}
                </button>
            </div>
            <FocusControls alpha_name="seg-alpha" gamma_name="seg-gamma" off_testid="seg-alpha-off"/>
            <p class="note">{ctx.t("segmentation.follow")}</p>
            <div class="button-row">
                <button type="button" data-testid="seg-scale" aria-pressed=move || (scale.get() == YScale::Log).to_string()
                    on:click=move |_| ctx.set(|s| s.sgs = if s.sgs == YScale::Lin { YScale::Log } else { YScale::Lin })>
                    {move || ctx.t(if scale.get() == YScale::Lin { "segmentation.scale_lin" } else { "segmentation.scale_log" })}
                </button>
                <button type="button" data-testid="seg-reset" on:click=move |_| ctx.set(reset)>{ctx.t("segmentation.reset")}</button>
            </div>
        </div>
    }
}

/// The read-outs (background and easy-background shares, pixel counts, mean losses), the
/// take-away sentence and the loss-share chart.
#[component]
pub(super) fn Shares(m: Model) -> impl IntoView {
    let Model {
        ctx, losses, rows, ..
    } = m;
    let val = move |f: fn(&PixelLosses) -> f64| Signal::derive(move || losses.with(f));
    let row_val = move |k: usize, f: fn(&super::figures::Row) -> f64| {
        Signal::derive(move || rows.with(|r| r.get(k).map_or(0.0, f)))
    };
    let takeaway = move || {
        losses.with(|l| {
            let r = rows.get();
            crate::ui::sentences::segmentation_takeaway(
                ctx.lang(),
                r[1].pixels,
                super::scene::SIZE * super::scene::SIZE,
                r[1].ce_share,
                r[1].fl_share,
                l.bg_share_ce(),
                l.bg_share_fl(),
            )
        })
    };
    view! {
        <div>
            <div class="readouts" data-live>
                <div class="readout-card ce"><span class="name">{ctx.t("segmentation.bg_share_ce")}</span>
                    <Readout testid="seg-bg-share-ce" value=val(|l| l.bg_share_ce()) show=format::percent/></div>
                <div class="readout-card fl"><span class="name">{ctx.t("segmentation.bg_share_fl")}</span>
                    <Readout testid="seg-bg-share-fl" value=val(|l| l.bg_share_fl()) show=format::percent/></div>
                <div class="readout-card ce"><span class="name">{ctx.t("segmentation.easy_share_ce")}</span>
                    <Readout testid="seg-easy-share-ce" value=row_val(1, |r| r.ce_share) show=format::percent/></div>
                <div class="readout-card fl"><span class="name">{ctx.t("segmentation.easy_share_fl")}</span>
                    <Readout testid="seg-easy-share-fl" value=row_val(1, |r| r.fl_share) show=format::percent/></div>
                <div class="readout-card"><span class="name">{ctx.t("segmentation.fg_pixels")}</span>
                    <Readout testid="seg-fg-pixels" value=val(|l| l.fg.pixels as f64) show=format::whole/></div>
                <div class="readout-card"><span class="name">{ctx.t("segmentation.hard_pixels")}</span>
                    <Readout testid="seg-hard-bg" value=val(|l| l.bg_hard.pixels as f64) show=format::whole/></div>
                <div class="readout-card ce"><span class="name">{ctx.t("segmentation.mean_ce")}</span>
                    <Readout testid="seg-ce-mean" value=val(|l| l.mean_ce())/></div>
                <div class="readout-card fl"><span class="name">{ctx.t("segmentation.mean_fl")}</span>
                    <Readout testid="seg-fl-mean" value=val(|l| l.mean_fl())/></div>
            </div>
            <p class="verdict" data-testid="seg-takeaway">{takeaway}</p>
            <Plot testid="plot-seg-share" chart=m.share_chart() summary=m.summary("segmentation.summary_share")
                file_stem=m.stem("segmentation-loss-share") table=m.share_table() aspect=0.5/>
        </div>
    }
}

/// The table of pixel groups: count, Σ CE and Σ FL with their shares.
#[component]
pub(super) fn Breakdown(m: Model) -> impl IntoView {
    let Model { ctx, rows, .. } = m;
    let group_row = move |k: usize| {
        view! {
            <tr>
                <th scope="row">{move || rows.with(|r| ctx.t(r[k].key))}</th>
                <td>{move || rows.with(|r| r[k].pixels.to_string())}</td>
                <td>{move || rows.with(|r| format::num(r[k].ce))}</td>
                <td>{move || rows.with(|r| format::percent(r[k].ce_share))}</td>
                <td>{move || rows.with(|r| format::num(r[k].fl))}</td>
                <td>{move || rows.with(|r| format::percent(r[k].fl_share))}</td>
            </tr>
        }
    };
    view! {
        <div style="overflow-x: auto">
            <table data-testid="seg-breakdown">
                <caption class="note" style="text-align: left">{ctx.t("segmentation.table_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{ctx.t("segmentation.col_group")}</th>
                        <th scope="col">{ctx.t("segmentation.col_pixels")}</th>
                        <th scope="col">"Σ CE"</th>
                        <th scope="col">{ctx.t("segmentation.col_share_ce")}</th>
                        <th scope="col">"Σ FL"</th>
                        <th scope="col">{ctx.t("segmentation.col_share_fl")}</th>
                    </tr>
                </thead>
                <tbody>{(0..5).map(group_row).collect_view()}</tbody>
            </table>
        </div>
    }
}

/// The colour legend and the four heatmaps: mask and prediction, then CE and FL per pixel.
#[component]
pub(super) fn HeatMaps(m: Model) -> impl IntoView {
    let Model {
        ctx, scale, losses, ..
    } = m;
    let profile = m.profile();
    let legend = move || {
        losses.with(|l| {
            let key = match scale.get() {
                YScale::Lin => "segmentation.legend_lin",
                YScale::Log => "segmentation.legend_log",
            };
            fill(ctx.t(key), &[("max", &format::num(l.max_ce()))])
        })
    };
    let heat = move |which: u8,
                     testid: &'static str,
                     title: &'static str,
                     sum_key: &'static str,
                     what: &'static str| {
        view! {
            <div>
                <h3>{ctx.t(title)}</h3>
                <Plot testid=testid chart=m.map(which) summary=m.summary(sum_key) file_stem=m.stem(what)
                    table=profile aspect=0.97/>
            </div>
        }
    };
    view! {
        <p class="note" data-testid="seg-legend">{legend}</p>
        <div class="plot-pair">
            {heat(0, "plot-seg-mask", "segmentation.t_mask", "segmentation.summary_mask", "segmentation-mask")}
            {heat(1, "plot-seg-pred", "segmentation.t_pred", "segmentation.summary_pred", "segmentation-prediction")}
        </div>
        <div class="plot-pair">
            {heat(2, "plot-seg-ce", "segmentation.t_ce", "segmentation.summary_ce", "segmentation-ce")}
            {heat(3, "plot-seg-fl", "segmentation.t_fl", "segmentation.summary_fl", "segmentation-fl")}
        </div>
    }
}
