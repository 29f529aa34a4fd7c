//! Work that should run once a burst of changes has gone quiet: one address-bar write after a
//! slider drag, one slide measurement after a language switch or a resize. Each call restarts
//! the wait, so a drag pays nothing per move and the work runs when the hand stops.

use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// Runs the latest scheduled work `delay` after the last call to [`Quiet::then`].
#[derive(Clone)]
pub struct Quiet {
    pending: Rc<Cell<Option<TimeoutHandle>>>,
    delay: Duration,
}

impl Quiet {
    pub fn after(delay: Duration) -> Self {
        Self {
            pending: Rc::new(Cell::new(None)),
            delay,
        }
    }

    /// Schedules `work`, replacing whatever was scheduled and not yet run.
    pub fn then(&self, work: impl FnOnce() + 'static) {
        if let Some(earlier) = self.pending.take() {
            earlier.clear();
        }
        let pending = self.pending.clone();
        let run = move || {
            pending.set(None);
            work();
        };
        if let Ok(handle) = set_timeout_with_handle(run, self.delay) {
            self.pending.set(Some(handle));
        }
    }
}
