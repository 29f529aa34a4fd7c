// Focal Loss Lab benchmark: drives Debian's chromium against the release build on 127.0.0.1
// and prints/writes figures (never asserts them). See bench/README.md for the method.
// Usage: node bench/bench.mjs <dist> <mpl.json> <native.json> <numpy.json>
import { chromium } from '@playwright/test';
import { spawn, execSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const [dist = 'dist', mplFile, nativeFile, numpyFile] = process.argv.slice(2);
const readJson = (f) => { try { return JSON.parse(readFileSync(f, 'utf8')); } catch { return null; } };
const port = 4700;
const server = spawn('node', ['e2e/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const url = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const q = (xs, f) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(f * s.length))]; };
const median = (xs) => q(xs, 0.5);
const results = { date: new Date().toISOString(), commit: execSync('git rev-parse --short HEAD').toString().trim(), machine: '2 cores (CI machine kind), headless chromium, no GPU' };

async function newPage(query = '') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(url + query);
  await page.getByTestId('app-title').waitFor();
  await page.waitForFunction(() => window.wasmBindings && window.__wasm);
  return page;
}

try {
  // 1. Repaint latency: input dispatch → next paint, measured inside the page.
  const page = await newPage();
  const sliders = ['slider-gamma', 'slider-p', 'slider-alpha'];
  const extra = ['sim-n', 'slider-sig'].filter(Boolean);
  const repaint = {};
  await page.evaluate(() => { window.__flBench = {}; });
  for (const id of [...sliders, ...extra]) {
    if (!(await page.getByTestId(id).count())) continue;
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    const times = await page.evaluate(async ([id, moves]) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      const min = Number(el.min), max = Number(el.max), step = Number(el.step) || (max - min) / 100;
      const out = [], work = [];
      for (let i = 0; i < moves; i++) {
        const v = min + ((i * 7919) % Math.round((max - min) / step)) * step;
        const t0 = performance.now();
        el.value = String(v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        // All reactive work (effects, canvas draws) is done when the next task runs…
        await new Promise((r) => setTimeout(r, 0));
        work.push(performance.now() - t0);
        // …and the frame showing it is out after the next animation frame.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        out.push(performance.now() - t0);
      }
      return [out, work];
    }, [id, id === 'sim-n' ? 60 : 500]);
    const [frame, work] = times;
    repaint[id] = {
      moves: frame.length, p50_ms: median(frame), p95_ms: q(frame, 0.95), max_ms: Math.max(...frame),
      work_p50_ms: median(work), work_p95_ms: q(work, 0.95),
    };
  }
  const paints = await page.evaluate(() => window.__flBench);
  const perPlot = {};
  for (const [id, xs] of Object.entries(paints)) perPlot[id] = { paints: xs.length, p50_ms: median(xs), p95_ms: q(xs, 0.95), max_ms: Math.max(...xs) };
  results.repaint_by_slider = repaint;
  results.paint_by_plot = perPlot;
  const explorerPlots = ['plot-loss', 'plot-grad', 'plot-ratio'].filter((p) => perPlot[p]);
  results.repaint_p95_ms = Math.max(...sliders.filter((s) => repaint[s]).map((s) => repaint[s].p95_ms));
  results.repaint_work_p95_ms = Math.max(...sliders.filter((s) => repaint[s]).map((s) => repaint[s].work_p95_ms));
  results.explorer_plot_paint_p95_ms = Math.max(...explorerPlots.map((p) => perPlot[p].p95_ms));
  results.plot_paint_p95_ms = Math.max(...Object.values(perPlot).map((p) => p.p95_ms));

  // 2. Memory before/after 10,000 slider moves.
  const mem = await page.evaluate(async () => {
    window.__flBench = undefined;
    const heap = () => { window.gc?.(); return performance.memory.usedJSHeapSize; };
    const wasmMem = () => window.__wasm.memory.buffer.byteLength;
    const before = { heap: heap(), wasm: wasmMem() };
    const el = document.querySelector('[data-testid="slider-p"]');
    for (let i = 0; i < 10_000; i++) {
      el.value = String(0.001 + ((i * 37) % 998) / 1000);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      if (i % 50 === 0) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    }
    await new Promise((r) => setTimeout(r, 100));
    return { before, after: { heap: heap(), wasm: wasmMem() } };
  });
  results.memory = mem;
  results.heap_growth_mb = (mem.after.heap - mem.before.heap) / 1e6;
  results.wasm_memory_growth_mb = (mem.after.wasm - mem.before.wasm) / 1e6;
  await page.close();

  // 3. Cold load → first interactive (a slider move changes a read-out), median of 5.
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(url);
    const t = await p.evaluate(async () => {
      const wait = () => new Promise((r) => setTimeout(r, 1));
      let el;
      while (!(el = document.querySelector('[data-testid="slider-p"]'))) await wait();
      const out = () => document.querySelector('[data-testid="readout-pt"]')?.dataset.value;
      const before = out();
      el.value = '0.5';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      while (out() === before) await wait();
      return performance.now();
    });
    loads.push(t);
    await ctx.close();
  }
  results.load_ms = median(loads);
  results.load_runs_ms = loads;

  // 4. Simulator in WASM (same Rust as native), if the build exports the bench entry point.
  const p2 = await newPage();
  results.sim_wasm = await p2.evaluate(() => {
    const f = window.wasmBindings.bench_simulate;
    if (!f) return null;
    const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    // Same protocol as examples/bench_native.rs: a full recompute (new seed) and a γ move.
    const run = (n) => {
      f(n, 100, 2);
      const resample = [], gamma = [];
      for (let seed = 1; seed <= 9; seed++) resample.push(f(n, seed, 2));
      for (let i = 0; i < 9; i++) gamma.push(f(n, 9, i % 2 === 0 ? 2.5 : 2));
      return [med(resample), med(gamma)];
    };
    const [r5, g5] = run(1e5);
    const [r6, g6] = run(1e6);
    return { n1e5_ms: r5, n1e6_ms: r6, gamma_move_1e5_ms: g5, gamma_move_1e6_ms: g6 };
  });
  await p2.close();
} finally {
  await browser.close();
  server.kill();
}

// 5. Transfer sizes.
const sizes = {};
for (const f of readdirSync(dist)) {
  const ext = f.split('.').pop();
  if (!['wasm', 'js', 'css', 'html', 'svg'].includes(ext)) continue;
  const buf = readFileSync(join(dist, f));
  sizes[ext] = sizes[ext] || { raw: 0, gzip9: 0 };
  sizes[ext].raw += buf.length;
  sizes[ext].gzip9 += gzipSync(buf, { level: 9 }).length;
}
results.transfer = sizes;
results.transfer_gzip_kb = Object.values(sizes).reduce((a, s) => a + s.gzip9, 0) / 1024;

// 6. Ratios against matplotlib, native Rust and numpy.
const mpl = readJson(mplFile);
const native = readJson(nativeFile);
const numpy = readJson(numpyFile);
results.matplotlib = mpl;
const ourLoss = results.paint_by_plot['plot-loss'];
results.matplotlib_ratio = mpl && ourLoss ? mpl.median_ms / ourLoss.p50_ms : null;
results.sim_native = native;
results.sim_numpy = numpy;
results.sim_1e6_wasm_ms = results.sim_wasm?.n1e6_ms ?? null;
results.sim_1e6_wasm_over_native = results.sim_wasm && native ? results.sim_wasm.n1e6_ms / native.n1e6_ms : null;
results.sim_1e6_numpy_over_wasm = results.sim_wasm && numpy ? numpy.n1e6_ms / results.sim_wasm.n1e6_ms : null;

writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
const f = (x, d = 2) => (x == null ? 'n/a' : Number(x).toFixed(d));
const rows = [
  ['input → next frame p95, worst explorer slider (ms)', f(results.repaint_p95_ms), '≤ 4'],
  ['input → all work done p95, worst explorer slider (ms)', f(results.repaint_work_p95_ms), ''],
  ['one explorer plot paint p95, worst of the three (ms)', f(results.explorer_plot_paint_p95_ms), ''],
  ['one plot paint p95, worst plot on the page (ms)', f(results.plot_paint_p95_ms), ''],
  ['matplotlib redraw ÷ ours (loss plot)', f(results.matplotlib_ratio, 1) + '×', '≥ 20×'],
  ['transfer, gzip -9 (KB)', f(results.transfer_gzip_kb, 1), '≤ 200'],
  ['cold load → interactive, median of 5 (ms)', f(results.load_ms, 0), '≤ 300'],
  ['simulator 10⁶ anchors, WASM (ms)', f(results.sim_1e6_wasm_ms), '≤ 30'],
  ['simulator 10⁶, WASM ÷ native', f(results.sim_1e6_wasm_over_native), '≤ 1.5'],
  ['simulator 10⁶, numpy ÷ WASM', f(results.sim_1e6_numpy_over_wasm), ''],
  ['JS heap growth, 10k moves (MB)', f(results.heap_growth_mb, 3), '≤ 1'],
  ['wasm memory growth, 10k moves (MB)', f(results.wasm_memory_growth_mb, 3), ''],
];
console.log(`\nFocal Loss Lab benchmark — ${results.date} — commit ${results.commit} — ${results.machine}\n`);
console.log('| measure | value | target |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log('\nper slider:', JSON.stringify(results.repaint_by_slider));
console.log('per plot:', JSON.stringify(results.paint_by_plot));
console.log('transfer:', JSON.stringify(results.transfer));
