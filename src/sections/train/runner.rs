//! The training loop on the main thread, time-sliced: each animation frame does units of
//! work (`Session::advance`) until [`BUDGET_MS`] have passed, then lets the browser paint.
//!
//! The session lives in a thread-local, not in the component: the section remounts when the
//! language changes, and a class switching to 中文 mid-run should not lose the run.

use crate::math::train::{Session, Settings};
use crate::web::near::now_ms;
use leptos::prelude::*;
use std::cell::RefCell;

/// Work per animation frame (the limit: ≤ 6 ms).
pub const BUDGET_MS: f64 = 6.0;

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    /// Sessions started so far: a fresh start at step 0 is still news to the read-outs.
    static GENERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// (busy ms, steps) of the frames since the page started training, for the bench.
    static FRAMES: RefCell<Vec<(f64, u64)>> = const { RefCell::new(Vec::new()) };
}

/// Reads the session (None before the first `ensure`).
pub fn with<T>(f: impl FnOnce(&Session) -> T) -> Option<T> {
    SESSION.with_borrow(|s| s.as_ref().map(f))
}

fn with_mut<T>(f: impl FnOnce(&mut Session) -> T) -> Option<T> {
    SESSION.with_borrow_mut(|s| s.as_mut().map(f))
}

/// Makes the session match `settings`: kept if equal, else a fresh start. True if fresh.
pub fn ensure(settings: Settings) -> bool {
    SESSION.with_borrow_mut(|s| {
        if s.as_ref().is_some_and(|s| s.settings == settings) {
            return false;
        }
        *s = Some(Session::new(settings));
        GENERATION.set(GENERATION.get() + 1);
        true
    })
}

/// Back to step 0 with the same settings.
pub fn reset() {
    SESSION.with_borrow_mut(|s| {
        if let Some(ses) = s.as_mut() {
            *ses = Session::new(ses.settings);
            GENERATION.set(GENERATION.get() + 1);
        }
    });
}

/// How many sessions have been started.
pub fn generation() -> u64 {
    GENERATION.get()
}

/// One training step of the three runs, and the evaluation it makes due, to the end.
pub fn step_once() {
    with_mut(|s| {
        let before = s.step;
        while s.step == before && s.advance() {}
        s.finish_eval();
    });
}

/// The frames' busy times so far (ms) and steps, for `window.__trainFrames` in the bench.
pub fn frames() -> Vec<(f64, u64)> {
    FRAMES.with_borrow(|f| f.clone())
}

/// The play loop: while `running`, one slice of work per frame; `tick` is bumped after each
/// frame so the read-outs and plots follow. Stops itself at the end of training.
pub fn play(running: RwSignal<bool>, tick: RwSignal<u64>) {
    request_animation_frame(move || {
        if running.try_get_untracked() != Some(true) {
            return;
        }
        let t0 = now_ms();
        let (more, steps) = with_mut(|s| {
            let before = s.step;
            let mut more = true;
            // Stop before a unit that would cross the budget: the last unit's cost predicts
            // the next one's (a step and an evaluation slice cost about the same).
            let mut unit = 0.0;
            loop {
                let now = now_ms();
                if now - t0 + unit > BUDGET_MS {
                    break;
                }
                if !s.advance() {
                    more = false;
                    break;
                }
                unit = now_ms() - now;
            }
            (more, s.step - before)
        })
        .unwrap_or((false, 0));
        FRAMES.with_borrow_mut(|f| {
            if f.len() < 100_000 {
                f.push((now_ms() - t0, steps));
            }
        });
        tick.try_update(|t| *t += 1);
        if more {
            play(running, tick);
        } else {
            running.try_set(false);
        }
    });
}
