//! The training loop on the main thread, time-sliced: each animation frame does units of
//! work (`Session::advance`, about a millisecond each) until its budget is spent, then lets
//! the browser paint.
//!
//! On this long page any change to the DOM costs the browser ~3 ms of layout, paint and
//! commit, and a canvas repaint more; a frame that also did 6 ms of work went over 8 ms.
//! So what the page shows is published in small pieces, at most one per frame (the step count
//! at ~10 Hz; after an evaluation the read-outs, then each figure in a frame of its own), and
//! a frame that publishes does that much less work: its budget is cut by what the same piece
//! cost the last times, measured from the end of the work to the next task.
//!
//! The session lives in a thread-local, not in the component: the section remounts when the
//! language changes, and a class switching to 中文 mid-run should not lose the run.

use super::Model;
use crate::math::train::{Session, Settings};
use crate::web::near::now_ms;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};

/// Work per animation frame. The limit is 6 ms; 5 leaves room for a unit that runs
/// over (units are ~1 ms, more when the machine is busy) and for the frame's own rendering,
/// so that the whole frame stays within 8 ms.
pub const BUDGET_MS: f64 = 5.0;
/// Pieces the page publishes: the step count alone, then the stages (`Model::stage`).
pub const PIECES: usize = 1 + super::STAGES;
/// A piece may take the whole budget: a frame that repaints a figure may do no work at all.
const MAX_RESERVE_MS: f64 = BUDGET_MS;

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    /// Sessions started so far: a fresh start at step 0 is still news to the read-outs.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
    /// (busy ms, steps) of the frames since the page started training, for the bench.
    static FRAMES: RefCell<Vec<(f64, u64)>> = const { RefCell::new(Vec::new()) };
    /// Per piece: main-thread ms after the work in frames that published it (a maximum that
    /// decays by a tenth each time, so one slow frame does not starve the work for long).
    static RESERVE: Cell<[f64; PIECES]> = const { Cell::new([3.0, 5.0, 5.0, 5.0, 5.0, 5.0]) };
    /// What a unit of each kind (`Session::next_unit`) is expected to cost, ms.
    static UNIT_MS: Cell<[f64; 3]> = const { Cell::new([1.0; 3]) };
}

/// Reads the session (None before the first `ensure`).
pub fn with<T>(f: impl FnOnce(&Session) -> T) -> Option<T> {
    SESSION.with_borrow(|s| s.as_ref().map(f))
}

/// Reads the latest evaluation (an empty one before the first `ensure`).
pub fn latest<T>(f: impl FnOnce(&crate::math::train::Point) -> T) -> T {
    SESSION.with_borrow(|s| match s {
        Some(s) => f(s.latest()),
        None => f(&Default::default()),
    })
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

/// What there is to show: (step, (finished evaluations, session generation)).
pub fn current() -> (u64, (usize, u64)) {
    with(|s| (s.step, (s.history.len(), GENERATION.get()))).unwrap_or_default()
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

/// Units of work until `budget` ms after `t0` would be crossed, predicting each unit's cost
/// from what units of its kind (`Session::next_unit`) cost lately (a moving average).
/// Predicting from the last unit alone, whatever its kind, overran the budget whenever a slow
/// kind (an evaluation's measures) followed a fast one. Returns (more to do, steps done).
fn work(t0: f64, budget: f64) -> (bool, u64) {
    with_mut(|s| {
        let before = s.step;
        let mut cost = UNIT_MS.get();
        let mut first = true;
        let more = loop {
            let kind = s.next_unit();
            let now = now_ms();
            if now - t0 + cost[kind] > budget {
                if first {
                    // Nothing fits: the estimate may be one slow spike, so it fades here
                    // too, or the loop could stall on it.
                    cost[kind] *= 0.9;
                }
                break true;
            }
            if !s.advance() {
                break false;
            }
            cost[kind] = 0.7 * cost[kind] + 0.3 * (now_ms() - now);
            first = false;
        };
        UNIT_MS.set(cost);
        (more, s.step - before)
    })
    .unwrap_or((false, 0))
}

/// The play loop: while `m.running`, one slice of work per frame and at most one piece
/// published; stops itself at the end of training.
pub fn play(m: Model) {
    request_animation_frame(move || {
        if m.running.try_get_untracked() != Some(true) {
            return;
        }
        let t0 = now_ms();
        let due = m.due();
        let reserve = due.map_or(0.0, |k| RESERVE.get()[k]);
        let (more, steps) = work(t0, BUDGET_MS - reserve);
        let t1 = now_ms();
        FRAMES.with_borrow_mut(|f| {
            if f.len() < 100_000 {
                f.push((t1 - t0, steps));
            }
        });
        if let Some(k) = due {
            m.publish(k);
            // The effects run in microtasks and the browser renders after this callback; a
            // timer set now runs after both.
            set_timeout(
                move || {
                    let took = now_ms() - t1;
                    let mut r = RESERVE.get();
                    r[k] = took.max(r[k] * 0.9).min(MAX_RESERVE_MS);
                    RESERVE.set(r);
                },
                std::time::Duration::ZERO,
            );
        }
        if more {
            play(m);
        } else {
            m.running.try_set(false);
            m.publish_all();
        }
    });
}
