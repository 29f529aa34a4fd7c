// What the main thread does during a cold load, task by task: a Chromium trace
// (devtools.timeline) of R loads (env R, default 3) until the FL read-out shows, each long
// task (> 3 ms) with its biggest events, and the paint milestones.
//   node bench/load_trace.mjs <dist>
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const [dist] = process.argv.slice(2);
const srv = spawn('node', ['e2e/serve.mjs', dist, '4713', '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const agg = {};
const R = +(process.env.R || 3);
for (let run = 0; run < R; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.wasm,blink.user_timing,loading', transferMode: 'ReportEvents' });
  await page.goto('http://127.0.0.1:4713/', { waitUntil: 'commit' });
  const t = await page.evaluate(async () => {
    const wait = () => new Promise((r) => setTimeout(r, 1));
    while (!document.querySelector('[data-testid="readout-fl"]')?.textContent.trim()) await wait();
    return performance.now();
  });
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end'); await done;
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStartToBegin');
  const byThread = {};
  for (const e of events) if (e.ph === 'X' && e.name === 'RunTask') byThread[`${e.pid}:${e.tid}`] = (byThread[`${e.pid}:${e.tid}`] || 0) + e.dur;
  const main = Object.entries(byThread).sort((a, b) => b[1] - a[1])[0][0];
  const xs = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const t0 = xs[0].ts;
  console.log(`run ${run}: ready at ${t.toFixed(0)} ms (perf.now)`);
  const top = xs.filter((e) => e.name === 'RunTask' && e.dur > 3000);
  for (const e of top) {
    const kids = xs.filter((k) => k.ts >= e.ts && k.ts + k.dur <= e.ts + e.dur && k !== e && k.dur > 2000);
    const names = {};
    for (const k of kids) names[k.name] = (names[k.name] || 0) + k.dur;
    console.log(`  +${((e.ts - t0) / 1000).toFixed(0)} ms  task ${(e.dur / 1000).toFixed(1)} ms: ` + Object.entries(names).map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`).join(', '));
  }
  const paints = events.filter((e) => e.name === 'firstContentfulPaint' || e.name === 'firstPaint' || e.name === 'largestContentfulPaint::Candidate');
  for (const p of paints) console.log(`  ${p.name} +${((p.ts - t0) / 1000).toFixed(0)}`);
  await ctx.close();
}
await browser.close(); srv.kill();
