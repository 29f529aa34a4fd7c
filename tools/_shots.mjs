import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const [dist, out, q, ...ids] = process.argv.slice(2);
const port = 4950 + Math.floor(Math.random() * 40);
const server = spawn('node', ['e2e/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.log('page error:', String(e)));
await page.goto(`http://127.0.0.1:${port}/${q}`);
await page.getByTestId('app-title').waitFor();
for (const id of ids) {
  const sec = page.locator(`#${id}`);
  await sec.scrollIntoViewIfNeeded();
  await page.waitForFunction((id) => document.getElementById(id)?.dataset.near === 'true', id);
  if (id === 'train') { await page.getByTestId('train-run').click(); await page.waitForTimeout(5000); await page.getByTestId('train-run').click(); }
  await page.waitForTimeout(500);
  await sec.screenshot({ path: `${out}-${id}.png` });
}
await browser.close(); server.kill();
