//! Lesson 11, "segmentation" (the post's "待补: segmentation 中的 Focal loss"): per-pixel
//! sigmoid focal loss on a generated 48 × 48 mask with a small object, heatmaps of CE and FL
//! per pixel, and the share of the summed loss that the background carries under each.
//!
//! [`Segmentation`] builds the [`Model`] (inputs → scene → per-pixel losses) and lays out the
//! parts in `panels`: the controls, the read-outs with the share chart, the breakdown table and
//! the four heatmaps.

pub mod figures;
mod panels;
pub mod scene;

use crate::chart::{Chart, Ink};
use crate::ctx::{use_ctx, Ctx};
use crate::math::focal::{Alpha, FocalParams};
use crate::math::segmentation::{pixel_losses, PixelLosses};
use crate::sections::{palette, PostCredit};
use crate::state::{Lang, Params, Theme, YScale};
use crate::ui::plot::DataTable;
use figures::{breakdown, heatmap, probabilities, Row};
use leptos::prelude::*;
use panels::{Breakdown, HeatMaps, SceneControls, Shares};
use scene::{generate, Scene, SceneInputs};

const SEED_MAX: u64 = 999_999;

fn reset(p: &mut Params) {
    let d = Params::default();
    p.sgr = d.sgr;
    p.sgq = d.sgq;
    p.sgn = d.sgn;
    p.sgd = d.sgd;
    p.sgs = d.sgs;
}

/// What every part of the section reads: the scene's inputs, the shared α and γ, the heatmap
/// scale, and the scene with its per-pixel losses and their breakdown by group.
#[derive(Clone, Copy)]
struct Model {
    ctx: Ctx,
    inputs: Memo<SceneInputs>,
    alpha: Memo<Alpha>,
    gamma: Memo<f64>,
    scale: Memo<YScale>,
    lang: Memo<Lang>,
    theme: Memo<Theme>,
    scene: Memo<Scene>,
    losses: Memo<PixelLosses>,
    rows: Memo<Vec<Row>>,
}

impl Model {
    fn new(ctx: Ctx) -> Self {
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
        let params = Memo::new(move |_| FocalParams::or_plain_ce(alpha.get(), gamma.get()));
        let scene = Memo::new(move |_| generate(&inputs.get()));
        let losses =
            Memo::new(move |_| scene.with(|s| pixel_losses(&s.logits, &s.mask, params.get())));
        let rows = Memo::new(move |_| losses.with(breakdown));
        Model {
            ctx,
            inputs,
            alpha,
            gamma,
            scale,
            lang,
            theme,
            scene,
            losses,
            rows,
        }
    }

    /// Heatmap `which`: 0 the mask, 1 the predicted probabilities, 2 CE, 3 FL per pixel.
    fn map(self, which: u8) -> Signal<Chart> {
        let Model {
            ctx,
            scale,
            lang,
            theme,
            scene,
            losses,
            ..
        } = self;
        Signal::derive(move || {
            theme.track();
            let (lang, pal, sc) = (lang.get(), palette(ctx), scale.get());
            scene.with(|s| match which {
                0 => heatmap(&s.mask, 1.0, YScale::Lin, Ink::Positive, &s.mask, lang, pal),
                1 => heatmap(
                    &probabilities(s),
                    1.0,
                    YScale::Lin,
                    Ink::Muted,
                    &s.mask,
                    lang,
                    pal,
                ),
                2 => losses.with(|l| heatmap(&l.ce, l.max_ce(), sc, Ink::Ce, &s.mask, lang, pal)),
                _ => losses.with(|l| heatmap(&l.fl, l.max_ce(), sc, Ink::Fl, &s.mask, lang, pal)),
            })
        })
    }

    /// The chart of where the summed loss sits (background / foreground, CE vs FL).
    fn share_chart(self) -> Signal<Chart> {
        let Model {
            ctx,
            lang,
            theme,
            losses,
            ..
        } = self;
        Signal::derive(move || {
            theme.track();
            losses.with(|l| figures::share_chart(l, lang.get(), palette(ctx)))
        })
    }

    /// A figure's text summary (i18n key `key`).
    fn summary(self, key: &'static str) -> Signal<String> {
        let Model { lang, losses, .. } = self;
        Signal::derive(move || losses.with(|l| figures::summary(key, l, lang.get())))
    }

    /// The share chart's data table: the bars' values.
    fn share_table(self) -> Signal<DataTable> {
        let Model { lang, losses, .. } = self;
        Signal::derive(move || losses.with(|l| figures::share_table(l, lang.get())))
    }

    /// The data table behind the heatmaps: a profile through the object's centre.
    fn profile(self) -> Signal<DataTable> {
        let Model {
            lang,
            scene,
            losses,
            ..
        } = self;
        Signal::derive(move || scene.with(|s| losses.with(|l| figures::profile(s, l, lang.get()))))
    }

    /// A download's file name: `what` and every input.
    fn stem(self, what: &'static str) -> Signal<String> {
        let Model {
            inputs,
            alpha,
            gamma,
            ..
        } = self;
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
    }
}

#[component]
pub fn Segmentation() -> impl IntoView {
    let ctx = use_ctx();
    let m = Model::new(ctx);
    view! {
        <p class="prose">{crate::ui::rich(ctx.t("segmentation.intro"))}</p>
        <p class="prose note">{ctx.t("segmentation.scene")}</p>
        <div class="plot-pair">
            <SceneControls m/>
            <Shares m/>
        </div>
        <Breakdown m/>
        <HeatMaps m/>
        <p class="prose">{ctx.t("segmentation.why")}</p>
        <ul class="prose">
            <li>{ctx.t("segmentation.why_ce")}</li>
            <li>{ctx.t("segmentation.why_fl")}</li>
            <li>{ctx.t("segmentation.why_share")}</li>
        </ul>
        <crate::ui::HowComputed><p class="prose">{ctx.t("segmentation.scene_how")}</p></crate::ui::HowComputed>
        <PostCredit/>
    }
}
