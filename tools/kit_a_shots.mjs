// Screenshots of one section for a human look: node tools/kit_a_shots.mjs <dist> <out.png> <query> <section-id> [width]
// Like tools/screenshot.mjs, but scrolls the (lazily built) section into view and waits for it first.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const [dist = 'dist', out = '/tmp/shot.png', query = '', section = 'explorer', width = '1280'] = process.argv.slice(2);
const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn('node', ['e2e/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: 1 });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
  page.on('pageerror', (e) => console.log('page error:', String(e)));
  await page.goto(`http://127.0.0.1:${port}/${query}`);
  await page.getByTestId('app-title').waitFor();
  const sec = page.getByTestId(`section-${section}`);
  if (!query.includes('mode=slides')) {
    // Sections above keep building and move it: scroll again until it is near.
    await page.waitForFunction((id) => {
      const el = document.querySelector(`[data-testid="section-${id}"]`);
      if (el && el.dataset.near !== 'true') el.scrollIntoView();
      return el?.dataset.near === 'true';
    }, section, { polling: 200 });
  }
  await page.waitForTimeout(1200);
  if (query.includes('mode=slides')) await page.screenshot({ path: out });
  else await sec.screenshot({ path: out });
  console.log('wrote', out);
} finally {
  await browser.close();
  server.kill();
}
