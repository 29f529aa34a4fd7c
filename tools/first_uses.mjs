// Lists each section's first use of a glossary term that is not a link (the check of
// e2e/course_text.spec.mjs, printed in full): node tools/first_uses.mjs <dist> [query]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { EXCLUDE, walkSections } from '../e2e/text_walk.mjs';
import { USE, unlinkedFirstUses } from '../e2e/term_uses.mjs';

const [dist = 'dist', query = ''] = process.argv.slice(2);
const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn('node', ['e2e/serve.mjs', dist, String(port), '/'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/${query}`);
  await page.getByTestId('app-title').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')].every((x) => x.dataset.built === 'true'), null, { timeout: 60_000 });
  const secs = await page.evaluate(walkSections, EXCLUDE);
  const lang = query.includes('lang=zh') ? 'zh' : 'en';
  for (const [id, term, around] of unlinkedFirstUses(secs, USE[lang])) console.log(`${id}\t${term}\t${around.replace(/\n/g, '⏎')}`);
} finally {
  await browser.close();
  server.kill();
}
