// The README's pictures, from a release build: node tools/readme_shots.mjs [dist] [outdir]
// Build first: trunk build --release (dist/). Serves <dist> on a free 127.0.0.1 port, opens
// it in Debian's chromium at the defaults (light theme, English) and writes:
//   <outdir>/explorer.png    the explorer (controls, read-outs, loss plot)
//   <outdir>/five-class.png  the post's 5 × 4 table, recomputed, with the wrong cell marked
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const [dist = 'dist', outdir = 'docs/img'] = process.argv.slice(2);
mkdirSync(outdir, { recursive: true });
const port = 4800 + Math.floor(Math.random() * 400);
const server = spawn('node', ['e2e/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
  page.on('pageerror', (e) => console.log('page error:', String(e)));
  await page.goto(`http://127.0.0.1:${port}/?theme=light`);
  await page.getByTestId('app-title').waitFor();
  await page.waitForTimeout(800);
  // The toolbar floats over the page on wide screens; keep it out of the pictures.
  await page.addStyleTag({ content: '.toolbar { display: none !important; }' });
  const shots = [
    ['section-explorer', 'section-explorer', 'explorer.png'],
    ['section-five-class', 'fc-table', 'five-class.png'],
  ];
  for (const [id, part, file] of shots) {
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    // A lesson is built when it comes near; wait until it is, and for its canvases to paint.
    await page.waitForFunction((t) => document.querySelector(`[data-testid="${t}"]`)?.dataset.built === 'true', id);
    await page.waitForTimeout(700);
    const el = page.getByTestId(part);
    await el.scrollIntoViewIfNeeded();
    await el.screenshot({ path: `${outdir}/${file}` });
    console.log('wrote', `${outdir}/${file}`);
  }
} finally {
  await browser.close();
  server.kill();
}
