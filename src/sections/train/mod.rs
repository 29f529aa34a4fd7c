//! Lesson 14, train it yourself: a small network learns a rare class three times over, with
//! CE, α-balanced CE and focal loss, from the same start on the same mini-batches, live in
//! the page. Read-outs, curves, probability maps and calibration all come from
//! `math::train`; the loop is time-sliced on the main thread (`runner`).

mod controls;
pub mod figures;
mod panels;
mod runner;
pub mod sweep;
pub mod verdict;

use crate::ctx::{use_ctx, Ctx};
use crate::math::focal::Alpha;
use crate::math::train::{Kind, Point, Settings};
use crate::state::{Lang, Params, Theme};
use leptos::prelude::*;

/// The session settings the state describes.
pub fn settings(p: &Params) -> Settings {
    Settings {
        n: p.tr_n as usize,
        pos_frac: p.tr_pos,
        seed: p.tr_seed,
        alpha: p.alpha,
        gamma: p.gamma,
        prior: p.tr_prior == 1,
        opt: if p.tr_opt == 1 { Kind::Sgd } else { Kind::Adam },
        lr: p.tr_lr,
    }
}

/// What the parts read: the state, the play switch, and a tick bumped after each frame of work.
#[derive(Clone, Copy)]
pub struct Model {
    pub ctx: Ctx,
    pub lang: Memo<Lang>,
    pub theme: Memo<Theme>,
    pub running: RwSignal<bool>,
    pub tick: RwSignal<u64>,
    /// (step, finished evaluations, session generation, no positives to train on): the
    /// read-outs follow the step, the plots the evaluations.
    pub progress: Memo<(u64, usize, u64, bool)>,
    /// (finished evaluations, generation): changes only when there is something new to plot,
    /// so a frame of training steps updates the step count and nothing else.
    pub evals: Memo<(usize, u64)>,
    pub latest: Memo<Point>,
}

impl Model {
    fn new(ctx: Ctx) -> Self {
        let lang = ctx.memo(|p| p.lang);
        let theme = ctx.memo(|p| p.theme);
        let running = RwSignal::new(false);
        let tick = RwSignal::new(0u64);
        let settings = ctx.memo(settings);
        // New settings: a fresh start from the new data and weights (a running loop goes on).
        Effect::new(move |_| {
            if runner::ensure(settings.get()) {
                tick.update(|t| *t += 1);
            }
        });
        let progress = Memo::new(move |_| {
            tick.track();
            let _ = settings.get();
            runner::with(|s| {
                (
                    s.step,
                    s.history.len(),
                    runner::generation(),
                    s.no_positives(),
                )
            })
            .unwrap_or_default()
        });
        let evals = Memo::new(move |_| progress.with(|p| (p.1, p.2)));
        let latest = Memo::new(move |_| {
            let _ = evals.get();
            runner::with(|s| s.latest().clone()).unwrap_or_default()
        });
        Model {
            ctx,
            lang,
            theme,
            running,
            tick,
            progress,
            evals,
            latest,
        }
    }

    pub fn play(self) {
        if !self.running.get_untracked() {
            self.running.set(true);
            runner::play(self.running, self.tick);
        }
    }

    pub fn step(self) {
        self.running.set(false);
        runner::step_once();
        self.tick.update(|t| *t += 1);
    }

    pub fn reset(self) {
        self.running.set(false);
        runner::reset();
        self.tick.update(|t| *t += 1);
    }

    /// Reads the session's history (empty before the first start).
    pub fn history<T>(self, f: impl FnOnce(&[Point]) -> T) -> Option<T> {
        runner::with(|s| f(&s.history))
    }

    pub fn train_set<T>(
        self,
        f: impl FnOnce(&crate::math::train::data::Dataset) -> T,
    ) -> Option<T> {
        runner::with(|s| f(&s.train))
    }
}

/// The frames' busy times and steps so far (the bench reads them through the test API).
pub fn frame_log() -> Vec<(f64, u64)> {
    runner::frames()
}

#[component]
pub fn Train() -> impl IntoView {
    let ctx = use_ctx();
    let m = Model::new(ctx);
    let alpha_note = move || match ctx.params.with(|p| p.alpha) {
        Alpha::Off => ctx.t("train.alpha_off_note"),
        Alpha::On(_) => "",
    };
    view! {
        <p class="prose">{crate::ui::rich(ctx.t("train.intro"))}</p>
        <h3>{ctx.t("train.problem_title")}</h3>
        <p class="prose">{crate::ui::rich(ctx.t("train.problem"))}</p>
        <controls::Controls m/>
        <p class="note">{alpha_note}</p>
        <panels::Readouts m/>
        <panels::Curves m/>
        <panels::Maps m/>
        <panels::Calibration m/>
        <sweep::MiniTable m/>
        <crate::ui::HowComputed>
            {crate::ui::rich_list(ctx.t("train.how"), "prose")}
        </crate::ui::HowComputed>
        <p class="prose takeaway">{ctx.t("train.takeaway")}</p>
    }
}
