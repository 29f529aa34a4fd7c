// Where the main thread's JavaScript time goes during a cold load, until the FL read-out shows: a V8
// CPU profile (100 µs sampling), three loads averaged, self and inclusive ms by function.
//   node bench/load_profile.mjs <dist>   (names: see profile.mjs; with the split build, run
//   wasm-split-cli and wasm-bindgen on target/…/release/focal-loss-lab.wasm into a dist copy)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { addProfile, top } from './cpu_profile.mjs';
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
  addProfile(profile, self, incl, 1 / R);
  await ctx.close();
}
console.log('SELF ms\n' + top(self, 30));
console.log('\nINCL ms\n' + top(incl, 80));
await browser.close(); srv.kill();
