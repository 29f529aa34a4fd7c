//! The simulator's recompute, natively, with the same protocol as the browser benchmark
//! (bench/bench.mjs): per N, a full recompute (new seed: resample + loss pass + report) and a
//! γ move (loss pass + report), median of 9 after a warm-up. Prints JSON for bench/run.sh.

use focal_loss_lab::math::simulate::{bench_step, Simulator};
use std::time::Instant;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn measure(n: f64) -> (f64, f64) {
    let mut sim = Simulator::new();
    let mut checksum = 0.0;
    bench_step(&mut sim, n, 100.0, 2.0); // warm-up: builds the level tables
    let resample: Vec<f64> = (1..=9)
        .map(|seed| {
            let t = Instant::now();
            let r = bench_step(&mut sim, n, seed as f64, 2.0);
            checksum += r.map_or(0.0, |r| r.fl.total);
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    let gamma_move: Vec<f64> = (0..9)
        .map(|i| {
            let t = Instant::now();
            let r = bench_step(&mut sim, n, 9.0, if i % 2 == 0 { 2.5 } else { 2.0 });
            checksum += r.map_or(0.0, |r| r.fl.total);
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    eprintln!("N = {n}: checksum {checksum}");
    (median(resample), median(gamma_move))
}

fn main() {
    let (r5, g5) = measure(1e5);
    let (r6, g6) = measure(1e6);
    println!(
        "{{\"n1e5_ms\": {r5}, \"n1e6_ms\": {r6}, \"gamma_move_1e5_ms\": {g5}, \"gamma_move_1e6_ms\": {g6}}}"
    );
}
