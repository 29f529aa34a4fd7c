// The training section's figures (issue 13, item 5); only this part of the bench, ~1 minute.
//   node bench/train_bench.mjs <dist-with-test-api> [--python PY] [--out bench/results.json]
// 1. steps/s of the three runs at the default N (2·10⁴, π = 1 %, Adam, batch 256, evaluation
//    every 50 steps) in WASM (`bench_train`, median of 3 after a warm-up), and the same model,
//    data design and schedule in numpy (bench/numpy_train.py) in the same run, as a ratio;
// 2. while the page trains (Train pressed, section on screen): 6 s unobserved — steps/s the page
//    reaches, mean busy per frame (CDP TaskDuration ÷ frames), the runner's own slice times
//    (`train_frames`) p50 / p95 / max, rAF intervals; then 6 s probed frame by frame — busy time
//    (TaskDuration) and CPU time (ThreadTime) of one frame, p50 / p95 / max, minus the probe's
//    own idle cost, as bench/bench.mjs measures the sliders.
// The figures are merged into the output JSON under "train".
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';

const args = process.argv.slice(2);
const dist = args[0] || 'dist-test';
const opt = (name, d) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : d; };
const python = opt('--python', 'python3');
const out = opt('--out', 'bench/results.json');
const port = 4600 + Math.floor(Math.random() * 300);
const server = spawn('node', ['e2e/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))]; };
const r3 = (v) => Math.round(v * 1000) / 1000;
const res = { loadavg_start: r3(loadavg()[0]) };
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByTestId('app-title').waitFor();
  await page.waitForFunction(() => window.wasmBindings && window.wasmBindings.bench_train);
  // 1. WASM steps/s.
  const STEPS = 300;
  const ms = await page.evaluate((n) => {
    window.wasmBindings.bench_train(50);
    return [0, 1, 2].map(() => window.wasmBindings.bench_train(n));
  }, STEPS);
  res.wasm_ms = ms.map(r3);
  res.steps = STEPS;
  res.wasm_steps_per_s = r3(STEPS / q(ms, 0.5) * 1000);
  // numpy, same run.
  try {
    const np = JSON.parse(execFileSync(python, ['bench/numpy_train.py', String(STEPS)], { encoding: 'utf8' }));
    res.numpy_steps_per_s = r3(np.steps_per_s);
    res.wasm_over_numpy = r3(res.wasm_steps_per_s / np.steps_per_s);
  } catch (e) {
    console.log('numpy part skipped:', String(e).split('\n')[0]);
  }
  // 2. The live page.
  await page.evaluate(() => document.getElementById('train').scrollIntoView());
  await page.getByTestId('train-run').waitFor();
  await page.getByTestId('train-run').scrollIntoViewIfNeeded();
  await page.waitForTimeout(800);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
    return [m.TaskDuration * 1000, m.ThreadTime * 1000];
  };
  const task = async () => (await metrics())[0];
  // One probe: TaskDuration before and after "next animation frame, then setTimeout(0)", i.e.
  // one frame's tasks (the training slice, the effects it sets off, style, layout, paint) plus
  // the probe's own cost, which is measured while idle and subtracted (its median).
  await cdp.send('Runtime.evaluate', { expression: 'window.__probe = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))' });
  // Wall time (TaskDuration) and the main thread's CPU time (ThreadTime): on this shared
  // machine a task that is preempted grows in wall time but not in CPU time.
  const probe = async () => {
    const a = await metrics();
    await cdp.send('Runtime.evaluate', { expression: '__probe()', awaitPromise: true });
    const b = await metrics();
    return [b[0] - a[0], b[1] - a[1]];
  };
  const idle = [];
  for (let i = 0; i < 60; i++) idle.push(await probe());
  const overhead = q(idle.map((x) => x[0]), 0.5);
  const overheadCpu = q(idle.map((x) => x[1]), 0.5);
  const slicesSince = async (k) => {
    const f = await page.evaluate(() => window.wasmBindings.train_frames());
    const xs = [];
    for (let i = 2 * k; i < f.length; i += 2) xs.push(f[i]);
    return xs;
  };
  const frameCount = async () => page.evaluate(() => window.wasmBindings.train_frames().length / 2);
  // 2a. Unobserved: steps/s, mean busy per frame, frame intervals, slices.
  const before = await frameCount();
  await page.evaluate(() => {
    window.__flBench = {};
    window.__rafs = [];
    const loop = (t) => { window.__rafs.push(t); if (window.__rafs.length < 100000) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  });
  const step0 = Number(await page.getByTestId('train-steps').getAttribute('data-value'));
  const t0 = await task();
  await page.getByTestId('train-run').click();
  await page.waitForTimeout(6000);
  const t1 = await task();
  const step1 = Number(await page.getByTestId('train-steps').getAttribute('data-value'));
  const slices = await slicesSince(before);
  const { rafs, paints } = await page.evaluate(() => ({ rafs: window.__rafs, paints: window.__flBench }));
  await page.evaluate(() => { window.__rafs.length = 100000; });
  const gaps = rafs.slice(1).map((t, i) => t - rafs[i]);
  // 2b. Observed frame by frame (still training): busy per frame p50 / p95 / max.
  const mid = await frameCount();
  const busy = [], cpu = [];
  const tEnd = Date.now() + 6000;
  while (Date.now() < tEnd) {
    const [w, c] = await probe();
    busy.push(Math.max(0, w - overhead));
    cpu.push(Math.max(0, c - overheadCpu));
  }
  await page.getByTestId('train-run').click();
  const slices2 = await slicesSince(mid);
  const perPlot = {};
  for (const [id, xs] of Object.entries(paints)) perPlot[id] = { paints: xs.length, p50_ms: r3(q(xs, 0.5)), max_ms: r3(Math.max(...xs)) };
  res.live = {
    seconds: 6,
    steps: step1 - step0,
    steps_per_s: r3((step1 - step0) / 6),
    frames: slices.length,
    busy_per_frame_mean_ms: r3((t1 - t0) / Math.max(1, slices.length)),
    busy_per_frame_p50_ms: r3(q(busy, 0.5)),
    busy_per_frame_p95_ms: r3(q(busy, 0.95)),
    busy_per_frame_max_ms: r3(Math.max(...busy)),
    cpu_per_frame_p50_ms: r3(q(cpu, 0.5)),
    cpu_per_frame_p95_ms: r3(q(cpu, 0.95)),
    busy_frames_probed: busy.length,
    probe_overhead_ms: r3(overhead),
    probe_overhead_cpu_ms: r3(overheadCpu),
    slice_p50_ms: r3(q(slices, 0.5)),
    slice_p95_ms: r3(q(slices, 0.95)),
    slice_max_ms: r3(Math.max(...slices)),
    slice_p95_ms_probed: r3(q(slices2, 0.95)),
    frame_interval_p50_ms: r3(q(gaps, 0.5)),
    frame_interval_p95_ms: r3(q(gaps, 0.95)),
    paint_by_plot: perPlot,
  };
} finally {
  await browser.close();
  server.kill();
}
res.loadavg_end = r3(loadavg()[0]);
const all = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {};
all.train = res;
writeFileSync(out, JSON.stringify(all, null, 2) + '\n');
console.log(JSON.stringify(res, null, 2));
