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
use crate::web::near::now_ms;
use leptos::prelude::*;

thread_local! {
    /// When the step count was last published (ms).
    static LAST_STEPS: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

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

/// What updates after an evaluation, one per frame while training: the read-outs and the
/// sentence, the loss curves, the AP curves, the map, the reliability diagram.
pub const STAGES: usize = 5;

/// What the parts read: the state, the play switch, and what has been published so far.
#[derive(Clone, Copy)]
pub struct Model {
    pub ctx: Ctx,
    pub lang: Memo<Lang>,
    pub theme: Memo<Theme>,
    pub running: RwSignal<bool>,
    /// The step count on screen.
    pub steps: RwSignal<u64>,
    /// Per stage, the (finished evaluations, session generation) it shows.
    shown: RwSignal<[(usize, u64); STAGES]>,
    /// `shown`, one memo per stage: a figure repaints only when its own stage moves.
    pub stage: [Memo<(usize, u64)>; STAGES],
    /// The run the map shows: FL first (the lesson's subject), then compare.
    pub map_run: RwSignal<usize>,
}

impl Model {
    fn new(ctx: Ctx) -> Self {
        let lang = ctx.memo(|p| p.lang);
        let theme = ctx.memo(|p| p.theme);
        let shown = RwSignal::new([(0, 0); STAGES]);
        let stage = std::array::from_fn(|k| Memo::new(move |_| shown.with(|s| s[k])));
        let m = Model {
            ctx,
            lang,
            theme,
            running: RwSignal::new(false),
            steps: RwSignal::new(0),
            shown,
            stage,
            map_run: RwSignal::new(2),
        };
        let settings = ctx.memo(settings);
        // New settings: a fresh start from the new data and weights (a running loop goes on).
        Effect::new(move |_| {
            runner::ensure(settings.get());
            m.publish_all();
        });
        m
    }

    /// The piece due now, if any (see `runner`): 0 the step count (at most every 100 ms),
    /// 1 + k stage k (the first one behind).
    fn due(self) -> Option<usize> {
        let (step, key) = runner::current();
        let shown = self.shown.get_untracked();
        if let Some(k) = shown.iter().position(|s| *s != key) {
            return Some(1 + k);
        }
        let stale = self.steps.get_untracked() != step;
        (stale && now_ms() - LAST_STEPS.get() >= 100.0).then_some(0)
    }

    /// Shows piece `k` (and the step count with it).
    fn publish(self, k: usize) {
        let (step, key) = runner::current();
        if k > 0 {
            self.shown.update(|s| s[k - 1] = key);
        }
        self.set_steps(step);
        LAST_STEPS.set(now_ms());
    }

    /// Shows everything at once (after a click, a reset, new settings, the end of a run).
    fn publish_all(self) {
        let (step, key) = runner::current();
        if self.shown.get_untracked() != [key; STAGES] {
            self.shown.set([key; STAGES]);
        }
        self.set_steps(step);
    }

    fn set_steps(self, step: u64) {
        if self.steps.get_untracked() != step {
            self.steps.set(step);
        }
    }

    pub fn play(self) {
        if !self.running.get_untracked() {
            self.running.set(true);
            runner::play(self);
        }
    }

    /// Stops the loop and shows where it stopped (the step count may be a frame behind).
    pub fn pause(self) {
        self.running.set(false);
        self.publish_all();
    }

    pub fn step(self) {
        self.running.set(false);
        runner::step_once();
        self.publish_all();
    }

    pub fn reset(self) {
        self.running.set(false);
        runner::reset();
        self.publish_all();
    }

    /// Reads the latest evaluation, as the read-outs show it (tracks stage 0; no copy of the
    /// point is kept: the session has it).
    pub fn latest<T>(self, f: impl FnOnce(&Point) -> T) -> T {
        let _ = self.stage[0].get();
        self.latest_untracked(f)
    }

    /// Reads the latest evaluation without tracking (a figure tracks its own stage).
    pub fn latest_untracked<T>(self, f: impl FnOnce(&Point) -> T) -> T {
        runner::latest(f)
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
