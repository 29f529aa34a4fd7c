// Serves a built dist on a free port, opens it in Chromium with every section built, and
// hands the page to `use` (for the text tools, which read the whole page).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

export async function withBuiltPage(dist, query, use) {
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = spawn('node', ['e2e/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 400));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/${query}`);
    await page.getByTestId('app-title').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')].every((x) => x.dataset.built === 'true'), null, { timeout: 60_000 });
    return await use(page);
  } finally {
    await browser.close();
    server.kill();
  }
}
