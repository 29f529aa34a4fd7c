// Screenshots of every section for a human look, after scrolling to it as a reader would:
// node tools/review_shots.mjs <dist> <outdir> [query]
// Writes <outdir>/<mode>-<section>.png for light, dark, slides and print.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const [dist = 'dist', outDir = '/tmp/shots', query = ''] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn('node', ['e2e/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const sep = query ? '&' : '?';
async function shoot(mode, extra, media) {
  const page = await browser.newPage({ viewport: { width: 1280, height: mode === 'slides' ? 720 : 900 } });
  page.on('pageerror', (e) => console.log('page error:', String(e)));
  await page.goto(`http://127.0.0.1:${port}/${query}${query || extra ? (query ? sep : '?') : ''}${extra}`);
  await page.getByTestId('app-title').waitFor();
  if (media) await page.emulateMedia({ media });
  const ids = await page.evaluate(() => [...document.querySelectorAll('section.lesson')].map((s) => s.id));
  if (mode === 'slides') {
    // The deck is cut once every lesson has come: then step through it, one shot per slide
    // that starts a section.
    await page.getByTestId('slide-counter').filter({ hasText: /^\d+ \/ \d+$/ }).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    const total = Number((await page.getByTestId('slide-counter').textContent()).split('/')[1]);
    let last = '';
    for (let k = 1; k <= total; k++) {
      if (k > 1) await page.keyboard.press('PageDown');
      await page.waitForTimeout(120);
      const id = await page.evaluate(() => document.querySelector('section.lesson.current')?.id);
      if (id && id !== last) {
        await page.waitForTimeout(250);
        await page.screenshot({ path: `${outDir}/${mode}-${id}.png` });
        last = id;
      }
    }
    await page.close();
    return;
  }
  for (const [i, id] of ids.entries()) {
    const sec = page.locator(`#${id}`);
    await sec.scrollIntoViewIfNeeded();
    await page.waitForFunction((id) => document.getElementById(id).dataset.near === 'true', id);
    await page.waitForTimeout(150);
    await sec.screenshot({ path: `${outDir}/${mode}-${id}.png` });
  }
  await page.close();
}
try {
  await shoot('light', 'theme=light');
  await shoot('dark', 'theme=dark');
  await shoot('slides', 'mode=slides&theme=light');
  await shoot('print', 'theme=light', 'print');
  console.log('wrote', outDir);
} finally {
  await browser.close();
  server.kill();
}
