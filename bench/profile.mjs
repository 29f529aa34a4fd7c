// Where the main thread's JavaScript time goes during slider moves: a V8 CPU profile (100 µs
// sampling) over N moves, printed as self and inclusive milliseconds per move by function.
//   node bench/profile.mjs <dist> <slider testid> [moves = 60] [testid to scroll to first]
// Rust function names show only in a wasm that kept its name section: trunk's wasm-opt drops
// it, so for names run wasm-bindgen yourself on target/wasm32-unknown-unknown/release/*.wasm
// (after `trunk build --release`) into a copy of the dist, under the same file names.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { addProfile, top } from './cpu_profile.mjs';
const [dist, id, n = '60', scrollTo = ''] = process.argv.slice(2);
const srv = spawn('node', ['e2e/serve.mjs', dist, '4711', '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
await page.goto('http://127.0.0.1:4711/');
await page.getByTestId('app-title').waitFor();
await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')].every((s) => s.dataset.built !== 'false'), null, { timeout: 60000 });
if (scrollTo) { await page.evaluate((s) => document.querySelector(`[data-testid="${s}"]`).scrollIntoView(), scrollTo); await page.waitForTimeout(800); }
await page.waitForTimeout(500);
await page.evaluate(`window.__step = (id, v) => new Promise((done) => { const el = document.querySelector('[data-testid="' + id + '"]'); el.value = String(v); el.dispatchEvent(new Event('input', { bubbles: true })); requestAnimationFrame(() => setTimeout(done, 0)); });`);
const info = await page.evaluate((id) => { const el = document.querySelector(`[data-testid="${id}"]`); return { min: +el.min, max: +el.max, step: +el.step }; }, id);
const steps = Math.round((info.max - info.min) / info.step);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 1; i <= +n; i++) { const k = (i * 7919) % steps; await page.evaluate(([id, v]) => __step(id, v), [id, info.min + k * info.step]); }
const { profile } = await cdp.send('Profiler.stop');
const self = {}, incl = {};
addProfile(profile, self, incl, 1 / +n);
console.log('SELF ms/move\n' + top(self, 40, 3));
console.log('\nINCL ms/move\n' + top(incl, 70, 3));
await browser.close(); srv.kill();
