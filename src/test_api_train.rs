//! The training section's core exported to JavaScript for the benchmark (not used by the page).

use crate::math::train::{Session, Settings};
use crate::web::near::now_ms;
use wasm_bindgen::prelude::*;

/// Trains the three runs at the page's defaults (N = 2·10⁴, π = 1 %, Adam) for `steps` steps,
/// with the evaluations every 50 steps that the page does, and returns the elapsed ms
/// (`performance.now()`); data generation is not timed.
#[wasm_bindgen]
pub fn bench_train(steps: f64) -> f64 {
    let mut s = Session::new(Settings::default());
    let target = steps.max(0.0) as u64;
    let t0 = now_ms();
    while s.step < target {
        if !s.advance() {
            break;
        }
    }
    s.finish_eval();
    now_ms() - t0
}

/// The live page's frames so far: busy ms of each frame's work slice, then its steps, flat
/// ([ms₀, steps₀, ms₁, steps₁, …]).
#[wasm_bindgen]
pub fn train_frames() -> Vec<f64> {
    crate::sections::train::frame_log()
        .into_iter()
        .flat_map(|(ms, steps)| [ms, steps as f64])
        .collect()
}
