// Screenshots of the training section after it has trained for a few seconds:
//   node tools/shot_train.mjs <dist> <out-prefix> [query] [seconds]
// Writes <out-prefix>-0.png, -1.png, …: viewport shots down the section.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const [dist = 'dist-test', prefix = '/tmp/train', query = '', secs = '5'] = process.argv.slice(2);
const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn('node', ['e2e/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text()); });
  page.on('pageerror', (e) => console.log('page error:', String(e)));
  await page.goto(`http://127.0.0.1:${port}/${query}`);
  await page.getByTestId('app-title').waitFor();
  await page.evaluate(() => document.getElementById('train')?.scrollIntoView());
  const run = page.getByTestId('train-run');
  await run.waitFor({ state: 'attached', timeout: 15000 });
  await run.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  if (Number(secs) > 0) {
    await run.click();
    await page.waitForTimeout(Number(secs) * 1000);
    await run.click();
  }
  await page.waitForTimeout(500);
  // Viewport-sized shots down the section (a tall section; each shot is what a reader sees).
  const top = await page.evaluate(() => document.getElementById('train').getBoundingClientRect().top + scrollY);
  const height = await page.evaluate(() => document.getElementById('train').getBoundingClientRect().height);
  for (let i = 0, y = top; y < top + height; i++, y += 850) {
    await page.evaluate((y) => scrollTo(0, y), y);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${prefix}-${i}.png` });
  }
  console.log('wrote', prefix, height);
} finally {
  await browser.close();
  server.kill();
}
