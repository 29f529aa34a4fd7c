// The page the move profilers drive, shared by bench/profile.mjs (a V8 CPU profile) and
// bench/trace_moves.mjs (a Chromium trace): the dist served on `port`, every lesson built, the
// slider's section on screen, and `move(i)` setting the slider to its i-th value of a fixed
// spread (set the value, dispatch `input`, wait for the next frame and one macrotask).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

export async function openForMoves(dist, port, id, scrollTo = '') {
  const srv = spawn('node', ['e2e/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByTestId('app-title').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')].every((s) => s.dataset.built !== 'false'), null, { timeout: 60000 });
  if (scrollTo) { await page.evaluate((s) => document.querySelector(`[data-testid="${s}"]`).scrollIntoView(), scrollTo); await page.waitForTimeout(800); }
  await page.waitForTimeout(500);
  await page.evaluate(`window.__step = (id, v) => new Promise((done) => { const el = document.querySelector('[data-testid="' + id + '"]'); el.value = String(v); el.dispatchEvent(new Event('input', { bubbles: true })); requestAnimationFrame(() => setTimeout(done, 0)); });`);
  const info = await page.evaluate((id) => { const el = document.querySelector(`[data-testid="${id}"]`); return { min: +el.min, max: +el.max, step: +el.step }; }, id);
  const steps = Math.round((info.max - info.min) / info.step);
  const move = (i) => page.evaluate(([id, v]) => __step(id, v), [id, info.min + ((i * 7919) % steps) * info.step]);
  const close = async () => { await browser.close(); srv.kill(); };
  return { page, move, close };
}
