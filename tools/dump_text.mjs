// Dumps the lesson text a student reads, section by section, to read it top to bottom:
// node tools/dump_text.mjs <dist> <out.txt> [query]   (e.g. ?lang=zh)
// Term links are shown as ⟦id:words⟧. See e2e/text_walk.mjs for what is left out.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { EXCLUDE, walkSections } from '../e2e/text_walk.mjs';

const [dist = 'dist', out = '/tmp/text.txt', query = ''] = process.argv.slice(2);
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
  const all = await page.evaluate(() => [...document.querySelectorAll('section.lesson')].map((s) => [s.id, s.innerText]));
  let txt = '';
  for (const [id, runs] of secs) {
    txt += `\n===== ${id} (running text) =====\n`;
    txt += runs.map(([t, term]) => (term ? `⟦${term}:${t}⟧` : t)).join('').replace(/\n\s*\n+/g, '\n');
  }
  txt += '\n\n########## FULL innerText ##########\n';
  for (const [id, t] of all) txt += `\n===== ${id} =====\n${t}\n`;
  writeFileSync(out, txt);
  console.log('wrote', out);
} finally {
  await browser.close();
  server.kill();
}
