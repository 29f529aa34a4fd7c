//! Lesson 11, "segmentation" (the post's "待补: segmentation 中的 Focal loss"): per-pixel
//! sigmoid focal loss on a generated 48 × 48 mask with a small object, heatmaps of CE and FL
//! per pixel, and the share of the summed loss that the background carries under each.

pub mod figures;
pub mod scene;

use crate::ctx::use_ctx;
use crate::format;
use crate::i18n::fill;
use crate::math::focal::FocalParams;
use crate::math::segmentation::pixel_losses;
use crate::sections::focus_controls::FocusControls;
use crate::sections::num_pos::whole;
use crate::sections::{palette, PostCredit};
use crate::state::{Params, YScale};
use crate::ui::NumberCell;
use crate::ui::{NumberControl, Plot, Readout};
use figures::{breakdown, heatmap, probabilities};
use leptos::prelude::*;
use scene::{generate, SceneInputs, SIZE};

const SEED_MAX: u64 = 999_999;

fn reset(p: &mut Params) {
    let d = Params::default();
    p.sgr = d.sgr;
    p.sgq = d.sgq;
    p.sgn = d.sgn;
    p.sgd = d.sgd;
    p.sgs = d.sgs;
}

#[component]
pub fn Segmentation() -> impl IntoView {
    let ctx = use_ctx();
    let inputs = Memo::new(move |_| {
        ctx.params.with(|s| SceneInputs {
            radius: s.sgr,
            margin: s.sgq,
            noise: s.sgn,
            seed: s.sgd,
        })
    });
    let alpha = ctx.memo(|s| s.alpha);
    let gamma = ctx.memo(|s| s.gamma);
    let scale = ctx.memo(|s| s.sgs);
    let lang = ctx.memo(|s| s.lang);
    let theme = ctx.memo(|s| s.theme);
    let params = Memo::new(move |_| {
        FocalParams::new(alpha.get(), gamma.get()).unwrap_or_else(|_| FocalParams::plain_ce())
    });
    let scene = Memo::new(move |_| generate(&inputs.get()));
    let losses = Memo::new(move |_| scene.with(|s| pixel_losses(&s.logits, &s.mask, params.get())));
    let rows = Memo::new(move |_| losses.with(breakdown));

    let map = move |which: u8| {
        Signal::derive(move || {
            theme.track();
            let (lang, pal, sc) = (lang.get(), palette(ctx), scale.get());
            scene.with(|s| match which {
                0 => heatmap(
                    &s.mask,
                    1.0,
                    YScale::Lin,
                    crate::chart::Ink::Positive,
                    &s.mask,
                    lang,
                    pal,
                ),
                1 => heatmap(
                    &probabilities(s),
                    1.0,
                    YScale::Lin,
                    crate::chart::Ink::Muted,
                    &s.mask,
                    lang,
                    pal,
                ),
                2 => losses.with(|l| {
                    heatmap(
                        &l.ce,
                        l.max_ce(),
                        sc,
                        crate::chart::Ink::Ce,
                        &s.mask,
                        lang,
                        pal,
                    )
                }),
                _ => losses.with(|l| {
                    heatmap(
                        &l.fl,
                        l.max_ce(),
                        sc,
                        crate::chart::Ink::Fl,
                        &s.mask,
                        lang,
                        pal,
                    )
                }),
            })
        })
    };
    let share_chart = Signal::derive(move || {
        theme.track();
        losses.with(|l| figures::share_chart(l, lang.get(), palette(ctx)))
    });
    let summary = move |key: &'static str| {
        Signal::derive(move || losses.with(|l| figures::summary(key, l, lang.get())))
    };
    let profile =
        Signal::derive(move || scene.with(|s| losses.with(|l| figures::profile(s, l, lang.get()))));
    let stem = move |what: &'static str| {
        Signal::derive(move || {
            let i = inputs.get();
            format!(
                "{what}_r{}_m{}_noise{}_seed{}_alpha{}_gamma{}",
                i.radius,
                i.margin,
                i.noise,
                i.seed,
                alpha.get().to_torchvision(),
                gamma.get()
            )
        })
    };
    let val = move |f: fn(&crate::math::segmentation::PixelLosses) -> f64| {
        Signal::derive(move || losses.with(f))
    };
    let row_val = move |k: usize, f: fn(&figures::Row) -> f64| {
        Signal::derive(move || rows.with(|r| r.get(k).map_or(0.0, f)))
    };

    // Controls: the scene's own, plus the explorer's α and γ (shared state).
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

    let takeaway = move || {
        losses.with(|l| {
            let r = rows.get();
            fill(
                ctx.t("segmentation.takeaway"),
                &[
                    ("easy", &r[1].pixels.to_string()),
                    ("n", &(SIZE * SIZE).to_string()),
                    ("ece", &format::percent(r[1].ce_share)),
                    ("efl", &format::percent(r[1].fl_share)),
                    ("bce", &format::percent(l.bg_share_ce())),
                    ("bfl", &format::percent(l.bg_share_fl())),
                ],
            )
        })
    };
    let legend = move || {
        losses.with(|l| {
            let key = match scale.get() {
                YScale::Lin => "segmentation.legend_lin",
                YScale::Log => "segmentation.legend_log",
            };
            fill(ctx.t(key), &[("max", &format::num(l.max_ce()))])
        })
    };
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
    let heat = move |which: u8,
                     testid: &'static str,
                     title: &'static str,
                     sum_key: &'static str,
                     what: &'static str| {
        view! {
            <div>
                <h3>{ctx.t(title)}</h3>
                <Plot testid=testid chart=map(which) summary=summary(sum_key) file_stem=stem(what)
                    table=profile aspect=0.97/>
            </div>
        }
    };

    view! {
        <p class="prose">{ctx.t("segmentation.intro")}</p>
        <p class="prose note">{ctx.t("segmentation.scene")}</p>
        <div class="plot-pair">
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
            <div>
                <div class="readouts" aria-live="polite">
                    <div class="readout-card ce"><span class="name">{ctx.t("segmentation.bg_share_ce")}</span>
                        <Readout testid="seg-bg-share-ce" value=val(|l| l.bg_share_ce()) show=format::percent/></div>
                    <div class="readout-card fl"><span class="name">{ctx.t("segmentation.bg_share_fl")}</span>
                        <Readout testid="seg-bg-share-fl" value=val(|l| l.bg_share_fl()) show=format::percent/></div>
                    <div class="readout-card ce"><span class="name">{ctx.t("segmentation.easy_share_ce")}</span>
                        <Readout testid="seg-easy-share-ce" value=row_val(1, |r| r.ce_share) show=format::percent/></div>
                    <div class="readout-card fl"><span class="name">{ctx.t("segmentation.easy_share_fl")}</span>
                        <Readout testid="seg-easy-share-fl" value=row_val(1, |r| r.fl_share) show=format::percent/></div>
                    <div class="readout-card"><span class="name">{ctx.t("segmentation.fg_pixels")}</span>
                        <Readout testid="seg-fg-pixels" value=val(|l| l.fg.pixels as f64) show=whole/></div>
                    <div class="readout-card"><span class="name">{ctx.t("segmentation.hard_pixels")}</span>
                        <Readout testid="seg-hard-bg" value=val(|l| l.bg_hard.pixels as f64) show=whole/></div>
                    <div class="readout-card ce"><span class="name">{ctx.t("segmentation.mean_ce")}</span>
                        <Readout testid="seg-ce-mean" value=val(|l| l.mean_ce())/></div>
                    <div class="readout-card fl"><span class="name">{ctx.t("segmentation.mean_fl")}</span>
                        <Readout testid="seg-fl-mean" value=val(|l| l.mean_fl())/></div>
                </div>
                <p class="verdict" data-testid="seg-takeaway">{takeaway}</p>
                <Plot testid="plot-seg-share" chart=share_chart summary=summary("segmentation.summary_share")
                    file_stem=stem("segmentation-loss-share") table=profile aspect=0.5/>
            </div>
        </div>
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
        <p class="note" data-testid="seg-legend">{legend}</p>
        <div class="plot-pair">
            {heat(0, "plot-seg-mask", "segmentation.t_mask", "segmentation.summary_mask", "segmentation-mask")}
            {heat(1, "plot-seg-pred", "segmentation.t_pred", "segmentation.summary_pred", "segmentation-prediction")}
        </div>
        <div class="plot-pair">
            {heat(2, "plot-seg-ce", "segmentation.t_ce", "segmentation.summary_ce", "segmentation-ce")}
            {heat(3, "plot-seg-fl", "segmentation.t_fl", "segmentation.summary_fl", "segmentation-fl")}
        </div>
        <p class="prose">{ctx.t("segmentation.why")}</p>
        <PostCredit/>
    }
}
