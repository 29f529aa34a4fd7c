//! The dense-detection simulator exported to JavaScript for the browser tests and the
//! benchmark (not used by the page). α < 0 means "off", as in torchvision.

use crate::math::focal::{Alpha, FocalParams};
use crate::math::simulate::{bench_step, simulate, Population, Report, Simulator};
use crate::web::near::now_ms;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The benchmark's simulator: kept between calls, like the page's.
    static BENCH: RefCell<Simulator> = RefCell::new(Simulator::new());
}

/// One recompute at N = `n`, `seed`, γ = `gamma` (α = 0.25, the rest at defaults) on a kept
/// simulator: it resamples only when n or seed differ from the previous call, then reruns the
/// loss pass if γ changed, and builds the full report (shares, totals, Figure 4 curves), as the
/// page does after a move. Returns the elapsed milliseconds (`performance.now()`), or NaN for
/// an invalid γ. `bench_checksum` returns a number from the last report.
#[wasm_bindgen]
pub fn bench_simulate(n: f64, seed: f64, gamma: f64) -> f64 {
    BENCH.with(|sim| {
        let t0 = now_ms();
        let report = bench_step(&mut sim.borrow_mut(), n, seed, gamma);
        let ms = now_ms() - t0;
        LAST.with(|c| c.set(report.as_ref().map_or(f64::NAN, checksum)));
        if report.is_some() {
            ms
        } else {
            f64::NAN
        }
    })
}

thread_local! {
    static LAST: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NAN) };
}

fn checksum(r: &Report) -> f64 {
    r.ce.total + r.fl.total + r.cdf[0].current.points.len() as f64
}

/// CE total + FL total + points of the negatives' current curve, of the last `bench_simulate`.
#[wasm_bindgen]
pub fn bench_checksum() -> f64 {
    LAST.with(|c| c.get())
}

fn report(n: f64, pos: f64, seed: f64, alpha: f64, gamma: f64) -> Result<Report, JsValue> {
    let a = Alpha::from_torchvision(alpha).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let params = FocalParams::new(a, gamma).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let pop = Population {
        n: n as u64,
        pos_frac: pos,
        seed: seed as u64,
        ..Population::default()
    };
    Ok(simulate(&pop, params))
}

/// The loss shares for a population with the default model and these N, π₊, seed, α, γ:
/// [CE easy neg, hard neg, easy pos, hard pos, FL easy neg, hard neg, easy pos, hard pos],
/// fractions in [0, 1].
#[wasm_bindgen]
pub fn sim_shares(
    n: f64,
    pos: f64,
    seed: f64,
    alpha: f64,
    gamma: f64,
) -> Result<Vec<f64>, JsValue> {
    let r = report(n, pos, seed, alpha, gamma)?;
    Ok(r.ce.share.iter().chain(&r.fl.share).copied().collect())
}

/// [counts × 4, n₊, CE total, FL total, CE ÷ num_pos, FL ÷ num_pos] for the same inputs.
#[wasm_bindgen]
pub fn sim_totals(
    n: f64,
    pos: f64,
    seed: f64,
    alpha: f64,
    gamma: f64,
) -> Result<Vec<f64>, JsValue> {
    let r = report(n, pos, seed, alpha, gamma)?;
    let mut v: Vec<f64> = r.counts.iter().map(|&c| c as f64).collect();
    v.extend([
        r.num_pos as f64,
        r.ce.total,
        r.fl.total,
        r.ce.per_pos,
        r.fl.per_pos,
    ]);
    Ok(v)
}
