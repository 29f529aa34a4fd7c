// Screenshot the app for a human look: node tools/screenshot.mjs <dist> <out.png> [query] [width] [selector]
// Serves <dist> on a free 127.0.0.1 port, opens it in Debian's chromium, waits for the app.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

const [dist = 'dist', out = '/tmp/shot.png', query = '', width = '1280', selector = ''] = process.argv.slice(2);
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
  await page.waitForTimeout(600);
  if (selector) await page.locator(selector).screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: true });
  console.log('wrote', out);
} finally {
  await browser.close();
  server.kill();
}
