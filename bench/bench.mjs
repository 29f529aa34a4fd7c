// Focal Loss Lab benchmark: drives Debian's chromium against the release build on 127.0.0.1
// and prints/writes figures (never asserts them). See bench/README.md for the method.
// Usage: node bench/bench.mjs <dist> [mpl.json] [native.json] [numpy.json]
//          [--test-dist DIR]  build with the test-only exports (bench_simulate) for the sim_* figures
//          [--dev-dist DIR]   debug build (`trunk build`) for the dev-build figures
//          [--out FILE]       default bench/results.json
//          [--quick]          a tenth of the moves and reps (to check the script, not for figures)
import { chromium } from '@playwright/test';
import { spawn, execSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { coldLoad as measureColdLoad } from './cold_load.mjs';
import { busyProbe, showSection } from './busy.mjs';

const argv = process.argv.slice(2);
const opts = {};
const positional = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--quick') opts.quick = true;
  else if (argv[i] === '--busy-only') opts.busyOnly = true;
  else if (argv[i].startsWith('--')) opts[argv[i].slice(2)] = argv[++i];
  else positional.push(argv[i]);
}
const [dist = 'dist', mplFile, nativeFile, numpyFile] = positional;
const testDist = opts['test-dist'] && existsSync(join(opts['test-dist'], 'index.html')) ? opts['test-dist'] : null;
const devDist = opts['dev-dist'] && existsSync(join(opts['dev-dist'], 'index.html')) ? opts['dev-dist'] : null;
const outFile = opts.out || 'bench/results.json';
const N = (n) => (opts.quick ? Math.max(3, Math.ceil(n / 10)) : n);

const readJson = (f) => { try { return JSON.parse(readFileSync(f, 'utf8')); } catch { return null; } };
const servers = [];
const serve = (dir, port) => {
  servers.push(spawn('node', ['e2e/serve.mjs', dir, String(port), '/'], { stdio: 'ignore' }));
  return `http://127.0.0.1:${port}/`;
};
const url = serve(dist, 4700);
const testUrl = testDist ? serve(testDist, 4701) : null;
const devUrl = devDist ? serve(devDist, 4702) : null;
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const q = (xs, f) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(f * s.length))]; };
const median = (xs) => q(xs, 0.5);
const round = (x, d = 3) => (x == null ? x : Math.round(x * 10 ** d) / 10 ** d);
// The commit of the checkout the dist was built in (else of the current directory).
const gitDir = (() => { try { execSync(`git -C ${resolve(dist)} rev-parse`, { stdio: 'ignore' }); return resolve(dist); } catch { return '.'; } })();
const git = (args) => { try { return execSync(`git -C ${gitDir} ${args}`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { return ''; } };
const results = {
  date: new Date().toISOString(),
  commit: git('rev-parse --short HEAD') + (git('status --porcelain -- src Cargo.toml index.html assets') ? '+uncommitted' : ''),
  dist: resolve(dist),
  machine: '2 cores (CI machine kind), headless chromium, no GPU',
  // Other work on the machine inflates every time below; 1-minute load average at start and end.
  loadavg_start: round(loadavg()[0], 2),
};

async function newPage(base = url, query = '') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(base + query);
  await page.getByTestId('app-title').waitFor();
  await page.waitForFunction(() => window.wasmBindings && window.__wasm);
  // Far sections are built one per idle period after load (`data-built`); measure once the page
  // has settled. Builds without that attribute build everything at once.
  const t0 = Date.now();
  await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')].every((s) => s.dataset.built !== 'false'),
    null, { timeout: 60_000, polling: 250 }).catch(() => console.log('warning: not every section built after 60 s'));
  results.sections_built_wait_ms ??= Date.now() - t0;
  await page.waitForTimeout(300);
  return page;
}

// groups: [{ section, sliders: [[id, moves]] }]; returns per-slider figures.
async function busyTime(base, groups, baselineReps) {
  const page = await newPage(base);
  const probe = await busyProbe(page);
  const out = {};
  for (const { section, sliders } of groups) {
    await showSection(page, section, sliders[0][0]);
    const present = [];
    for (const [id] of sliders) if (await page.getByTestId(id).count()) present.push(id);
    if (!present.length) { console.log(`warning: ${sliders.map((x) => x[0])} not on the page; skipped`); continue; }
    await probe.baseline(10); // warm-up
    const before = await probe.baseline(baselineReps);
    const raw = {};
    for (const [id, n] of sliders) if (present.includes(id)) raw[id] = await probe.moves(id, n);
    const after = await probe.baseline(baselineReps);
    const base0 = median([...before, ...after]);
    for (const [id, r] of Object.entries(raw)) {
      const net = r.task.map((x) => x - base0);
      out[id] = {
        section: section ?? 'top (explorer)', moves: net.length, slider_on_screen: r.onScreen,
        busy_p50_ms: round(median(net)), busy_p95_ms: round(q(net, 0.95)), busy_max_ms: round(Math.max(...net)),
        script_p50_ms: round(median(r.script)), raw_p50_ms: round(median(r.task)),
        baseline_ms: round(base0), baseline_before_ms: round(median(before)), baseline_after_ms: round(median(after)),
        baseline_reps: before.length + after.length,
      };
    }
  }
  await probe.cdp.detach();
  await page.close();
  return out;
}

// ── Cold load → the p slider works and FL shows a value (fresh context each time) ────────────
// See bench/cold_load.mjs.
async function coldLoad(base, runs = 5) {
  const loads = [];
  const paints = [];
  let fetchedAt = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext();
    const t = await measureColdLoad(ctx, base);
    loads.push(t.now);
    paints.push(t.fcp);
    fetchedAt = ['index.html', ...new Set(t.got.map((f) => f.replace(/^\//, '')))];
    await ctx.close();
  }
  return { median_ms: median(loads), runs_ms: loads, fcp_ms: median(paints), fetched: fetchedAt };
}

// Every file under dir, as paths relative to it (the wasm lives in dist/wasm-<hash>/).
function files(dir, sub = '') {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, join(sub, e.name)) : [join(sub, e.name)]);
}

// ── Test-only entry points in a built dist: JS glue `export function` + wasm module exports ───
const TEST_ONLY = /^(test_panic|bench_simulate|bench_checksum|core_\w+)$/;
function entryPoints(dir) {
  const glue = new Set(), wasm = new Set();
  for (const f of files(dir)) {
    if (f.endsWith('.js')) {
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/export\s+(?:async\s+)?function\s+([A-Za-z_$][\w$]*)/g)) glue.add(m[1]);
    } else if (f.endsWith('.wasm')) {
      try {
        for (const e of WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(dir, f))))) if (e.kind === 'function') wasm.add(e.name);
      } catch (e) { wasm.add(`<could not compile: ${e.message}>`); }
    }
  }
  const names = [...new Set([...glue, ...wasm])].filter((n) => TEST_ONLY.test(n)).sort();
  return {
    test_only: names, count: names.length,
    // Every other named function the glue exports (the app's own ones, e.g. `main`, `initSync`).
    other_glue_exports: [...glue].filter((n) => !TEST_ONLY.test(n)).sort(),
  };
}

// Raw and gzip -9 bytes by type, of every file, or of `only` (paths relative to dir).
function transfer(dir, only = null) {
  const sizes = {};
  for (const f of only ?? files(dir)) {
    const ext = f.split('.').pop();
    if (!['wasm', 'js', 'css', 'html', 'svg'].includes(ext)) continue;
    const buf = readFileSync(join(dir, f));
    sizes[ext] = sizes[ext] || { raw: 0, gzip9: 0 };
    sizes[ext].raw += buf.length;
    sizes[ext].gzip9 += gzipSync(buf, { level: 9 }).length;
  }
  return sizes;
}

const EXPLORER = ['slider-p', 'slider-alpha', 'slider-gamma'];
results.loadavg_by_phase = {};
const phase = (name) => { results.loadavg_by_phase[name] = round(loadavg()[0], 2); };
try {
  phase('busy');
  // 1. Main-thread busy time per move, per slider (release).
  results.busy_by_slider = await busyTime(url, [
    { section: null, sliders: EXPLORER.map((id) => [id, N(200)]) },
    { section: 'section-segmentation', sliders: [['slider-seg-gamma', N(60)]] },
    { section: 'section-simulator', sliders: [['slider-sim-gamma', N(60)]] },
  ], N(100));
  if (opts.busyOnly) {
    // While optimising: the busy figures alone (≈1 min), printed, nothing written.
    const f2 = (x) => (x == null ? 'n/a' : x.toFixed(2));
    for (const [id, b] of Object.entries(results.busy_by_slider)) {
      console.log(`${id.padEnd(18)} busy p50 ${f2(b.busy_p50_ms)}  p95 ${f2(b.busy_p95_ms)}  max ${f2(b.busy_max_ms)}  script p50 ${f2(b.script_p50_ms)}  (baseline ${f2(b.baseline_ms)}, ${b.moves} moves)`);
    }
    console.log('load average', results.loadavg_start, '→', round(loadavg()[0], 2));
    await browser.close();
    for (const s of servers) s.kill();
    process.exit(0);
  }

  phase('repaint');
  // 2. Repaint latency: input dispatch → next paint, measured inside the page.
  const page = await newPage();
  const sliders = ['slider-gamma', 'slider-p', 'slider-alpha'];
  const extra = ['sim-n', 'slider-sig'].filter(Boolean);
  const repaint = {};
  await page.evaluate(() => { window.__flBench = {}; });
  for (const id of [...sliders, ...extra]) {
    await showSection(page, null, id);
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
    }, [id, N(id === 'sim-n' ? 60 : 500)]);
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

  phase('memory');
  // 3. Memory before/after 10,000 slider moves.
  const mem = await page.evaluate(async (moves) => {
    window.__flBench = undefined;
    const heap = () => { window.gc?.(); return performance.memory.usedJSHeapSize; };
    const wasmMem = () => window.__wasm.memory.buffer.byteLength;
    const before = { heap: heap(), wasm: wasmMem() };
    const el = document.querySelector('[data-testid="slider-p"]');
    for (let i = 0; i < moves; i++) {
      el.value = String(0.001 + ((i * 37) % 998) / 1000);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      if (i % 50 === 0) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    }
    await new Promise((r) => setTimeout(r, 100));
    return { before, after: { heap: heap(), wasm: wasmMem() } };
  }, N(10_000));
  results.memory = mem;
  results.heap_growth_mb = (mem.after.heap - mem.before.heap) / 1e6;
  results.wasm_memory_growth_mb = (mem.after.wasm - mem.before.wasm) / 1e6;
  await page.close();

  phase('load');
  // 4. Cold load → p slider works and FL shows a value, median of 5.
  const load = await coldLoad(url, N(5));
  results.load_ms = load.median_ms;
  results.load_runs_ms = load.runs_ms;
  results.load_first_paint_ms = load.fcp_ms;
  results.load = { fetched: load.fetched };

  phase('sim');
  // 5. Simulator in WASM (same Rust as native): needs the test-only export `bench_simulate`,
  // taken from --test-dist if given, else from the shipped dist if it still has it.
  const simSource = [[testUrl, testDist], [url, dist]].filter(([u]) => u);
  results.sim_wasm = null;
  results.sim_wasm_dist = null;
  for (const [u, d] of simSource) {
    const p2 = await newPage(u);
    const sim = await p2.evaluate(() => {
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
    if (sim) { results.sim_wasm = sim; results.sim_wasm_dist = resolve(d); break; }
  }
  if (!results.sim_wasm) console.log('sim_*: no dist exports bench_simulate (build one with the test-api feature); skipped');

  phase('dev');
  // 6. Dev build (`trunk build`, debug profile, what `trunk serve` serves).
  if (devUrl) {
    const devLoad = await coldLoad(devUrl, N(5));
    const devBusy = await busyTime(devUrl, [{ section: null, sliders: [['slider-p', N(200)], ['slider-gamma', N(200)]] }], N(100));
    const wasm = transfer(devDist).wasm ?? { raw: null, gzip9: null };
    results.dev = {
      dist: resolve(devDist), wasm_raw: wasm.raw, wasm_gzip9: wasm.gzip9,
      load_ms: devLoad.median_ms, load_runs_ms: devLoad.runs_ms, busy_by_slider: devBusy,
    };
  }
} finally {
  await browser.close();
  for (const s of servers) s.kill();
}

// 7. Transfer sizes and test-only entry points of what ships.
// What the page fetches before its first screen works (the lessons' chunks come later, when
// their sections are built) and everything in dist/.
const gzKb = (t) => Object.values(t).reduce((a, s) => a + s.gzip9, 0) / 1024;
if (results.load?.fetched) {
  results.transfer = transfer(dist, results.load.fetched);
  results.transfer_gzip_kb = gzKb(results.transfer);
}
results.transfer_all = transfer(dist);
results.transfer_all_gzip_kb = gzKb(results.transfer_all);
results.transfer_all_files = files(dist).length;
results.entry_points = entryPoints(dist);
if (testDist) results.entry_points_test_dist = entryPoints(testDist);
if (devDist) results.dev.entry_points = entryPoints(devDist);

// 8. Ratios against matplotlib, native Rust and numpy.
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

results.loadavg_end = round(loadavg()[0], 2);
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
const f = (x, d = 2) => (x == null ? 'n/a' : Number(x).toFixed(d));
const busy = (b) => (b ? `${f(b.busy_p50_ms)} / ${f(b.busy_p95_ms)}` : 'n/a');
const rows = [
  ...Object.entries(results.busy_by_slider).map(([id, b]) => [`main-thread busy per move, ${id}, p50 / p95 (ms)`, busy(b), '']),
  ['  protocol baseline subtracted (top / seg / sim, ms)', ['slider-p', 'slider-seg-gamma', 'slider-sim-gamma'].map((id) => f(results.busy_by_slider[id]?.baseline_ms)).join(' / '), ''],
  ['input → next frame p95, worst explorer slider (ms)', f(results.repaint_p95_ms), '≤ 4'],
  ['input → all work done p95, worst explorer slider (ms)', f(results.repaint_work_p95_ms), ''],
  ['one explorer plot paint p95, worst of the three (ms)', f(results.explorer_plot_paint_p95_ms), ''],
  ['one plot paint p95, worst plot on the page (ms)', f(results.plot_paint_p95_ms), ''],
  ['matplotlib redraw ÷ ours (loss plot)', f(results.matplotlib_ratio, 1) + '×', '≥ 20×'],
  ['transfer at load, gzip -9 (KB)', f(results.transfer_gzip_kb, 1), '≤ 200'],
  ['all of dist/, gzip -9 (KB)', f(results.transfer_all_gzip_kb, 1), ''],
  ['cold load → p slider works + FL shown, median of 5 (ms)', f(results.load_ms, 0), '≤ 300'],
  ['cold load → first contentful paint, median of 5 (ms)', f(results.load_first_paint_ms, 0), ''],
  ['test-only entry points shipped', `${results.entry_points.count}`, '0'],
  ['simulator 10⁶ anchors, WASM (ms)', f(results.sim_1e6_wasm_ms), '≤ 30'],
  ['simulator 10⁶, WASM ÷ native', f(results.sim_1e6_wasm_over_native), '≤ 1.5'],
  ['simulator 10⁶, numpy ÷ WASM', f(results.sim_1e6_numpy_over_wasm), ''],
  ['JS heap growth, 10k moves (MB)', f(results.heap_growth_mb, 3), '≤ 1'],
  ['wasm memory growth, 10k moves (MB)', f(results.wasm_memory_growth_mb, 3), ''],
];
if (results.dev) {
  const d = results.dev;
  rows.push(
    ['dev build: wasm raw / gzip -9 (KB)', `${f(d.wasm_raw / 1024, 0)} / ${f(d.wasm_gzip9 / 1024, 0)}`, ''],
    ['dev build: cold load, median of 5 (ms)', f(d.load_ms, 0), ''],
    ['dev build: busy p95, slider-p / slider-gamma (ms)', `${f(d.busy_by_slider['slider-p']?.busy_p95_ms)} / ${f(d.busy_by_slider['slider-gamma']?.busy_p95_ms)}`, ''],
  );
}
console.log(`\nFocal Loss Lab benchmark — ${results.date} — commit ${results.commit} — ${results.machine} — load average ${results.loadavg_start} → ${results.loadavg_end}\n`);
console.log('| measure | value | target |\n|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log('\ntest-only entry points shipped:', results.entry_points.test_only.join(', ') || 'none');
console.log('per slider (busy):', JSON.stringify(results.busy_by_slider));
console.log('per slider (in-page):', JSON.stringify(results.repaint_by_slider));
console.log('per plot:', JSON.stringify(results.paint_by_plot));
console.log('transfer:', JSON.stringify(results.transfer));
console.log(`written to ${outFile}`);
