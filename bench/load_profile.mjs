// Where the main thread's JavaScript time goes during a cold load, until the FL read-out shows: a V8
// CPU profile (100 µs sampling), three loads averaged, self and inclusive ms by function.
//   node bench/load_profile.mjs <dist>   (names: see profile.mjs; with the split build, run
//   wasm-split-cli and wasm-bindgen on target/…/release/focal-loss-lab.wasm into a dist copy)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const [dist] = process.argv.slice(2);
const srv = spawn('node', ['e2e/serve.mjs', dist, '4712', '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const self = {}, incl = {};
const R = 3;
for (let run = 0; run < R; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto('http://127.0.0.1:4712/', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('[data-testid="readout-fl"]')?.textContent.trim(), null, { polling: 5 });
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map();
  for (const x of profile.nodes) for (const c of x.children || []) parent.set(c, x.id);
  const counts = new Map();
  for (const s of profile.samples) counts.set(s, (counts.get(s) || 0) + 1);
  const dt = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
  const name = (x) => x.callFrame.functionName || '(anon ' + x.callFrame.url.split('/').pop() + ':' + x.callFrame.lineNumber + ')';
  for (const [nid, c] of counts) {
    let x = byId.get(nid);
    self[name(x)] = (self[name(x)] || 0) + c * dt / R;
    const seen = new Set();
    while (x) { const nm = name(x); if (!seen.has(nm)) { incl[nm] = (incl[nm] || 0) + c * dt / R; seen.add(nm); } x = byId.get(parent.get(x.id)); }
  }
  await ctx.close();
}
const top = (o, k) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, k).map(([a, b]) => b.toFixed(1).padStart(8) + '  ' + a.slice(0, 150)).join('\n');
console.log('SELF ms\n' + top(self, 30));
console.log('\nINCL ms\n' + top(incl, 80));
await browser.close(); srv.kill();
