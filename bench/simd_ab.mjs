// A/B of two builds of the simulator's recompute in WASM (e.g. with and without `+simd128`):
// node bench/simd_ab.mjs <dist-a> <dist-b>   (both built with TRUNK_BUILD_FEATURES=test-api)
// Alternates the two pages, 5 rounds × 9 reps each of a full recompute at N = 10⁶ (new seed)
// and of a γ move, and prints the medians and checksums (which must agree).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const dists = process.argv.slice(2, 4);
const ports = [4701, 4702];
const servers = dists.map((d, i) => spawn('node', ['e2e/serve.mjs', d, String(ports[i]), '/'], { stdio: 'ignore' }));
await new Promise((r) => setTimeout(r, 600));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const pages = [];
for (const port of ports) {
  const p = await browser.newPage();
  await p.goto(`http://127.0.0.1:${port}/`);
  await p.waitForFunction(() => window.wasmBindings && window.wasmBindings.bench_simulate);
  pages.push(p);
}
const res = dists.map(() => ({ full: [], gamma: [], sum: null }));
for (let round = 0; round < 5; round++) {
  for (const [i, p] of pages.entries()) {
    const r = await p.evaluate((round) => {
      const b = window.wasmBindings;
      const full = [], gamma = [];
      b.bench_simulate(1e6, 1, 2); // warm-up
      for (let k = 0; k < 9; k++) full.push(b.bench_simulate(1e6, 100 + round * 9 + k, 2));
      for (let k = 0; k < 9; k++) gamma.push(b.bench_simulate(1e6, 100 + round * 9 + 8, 1 + (k % 3) * 0.5));
      b.bench_simulate(1e6, 7, 2);
      return { full, gamma, sum: b.bench_checksum() };
    }, round);
    res[i].full.push(...r.full);
    res[i].gamma.push(...r.gamma);
    res[i].sum = r.sum;
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const [i, d] of dists.entries()) {
  console.log(JSON.stringify({ dist: d, full_1e6_ms: med(res[i].full), gamma_1e6_ms: med(res[i].gamma), checksum: res[i].sum }));
}
await browser.close();
servers.forEach((s) => s.kill());
