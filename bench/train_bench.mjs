// The training section's figures (issue 13, item 5); only this part of the bench, ~1 minute.
//   node bench/train_bench.mjs <dist-with-test-api> [--python PY] [--out bench/results.json]
// 1. steps/s of the three runs at the default N (2·10⁴, π = 1 %, Adam, batch 256, evaluation
//    every 50 steps) in WASM (`bench_train`, median of 3 after a warm-up), and the same model,
//    data design and schedule in numpy (bench/numpy_train.py) in the same run, as a ratio;
// 2. while the page trains (Train pressed, section on screen, 6 s): main-thread busy time per
//    frame from outside (CDP TaskDuration ÷ animation frames) and, per frame, the training
//    slice's own time (the runner's log, `train_frames`): p50 / p95 / max; the steps/s the
//    page reaches; and the p95 interval between animation frames.
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
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  const before = await page.evaluate(() => window.wasmBindings.train_frames().length / 2);
  await page.evaluate(() => {
    window.__rafs = [];
    const loop = (t) => { window.__rafs.push(t); if (window.__rafs.length < 100000) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  });
  const step0 = Number(await page.getByTestId('train-steps').getAttribute('data-value'));
  const t0 = await task();
  await page.getByTestId('train-run').click();
  await page.waitForTimeout(6000);
  const t1 = await task();
  await page.getByTestId('train-run').click();
  const step1 = Number(await page.getByTestId('train-steps').getAttribute('data-value'));
  const { frames, rafs } = await page.evaluate(() => ({ frames: window.wasmBindings.train_frames(), rafs: window.__rafs }));
  const slices = [];
  for (let i = 2 * before; i < frames.length; i += 2) slices.push(frames[i]);
  const gaps = rafs.slice(1).map((t, i) => t - rafs[i]);
  res.live = {
    seconds: 6,
    steps: step1 - step0,
    steps_per_s: r3((step1 - step0) / 6),
    frames: slices.length,
    busy_per_frame_mean_ms: r3((t1 - t0) / Math.max(1, slices.length)),
    slice_p50_ms: r3(q(slices, 0.5)),
    slice_p95_ms: r3(q(slices, 0.95)),
    slice_max_ms: r3(Math.max(...slices)),
    frame_interval_p50_ms: r3(q(gaps, 0.5)),
    frame_interval_p95_ms: r3(q(gaps, 0.95)),
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
