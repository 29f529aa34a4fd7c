// Issue 10: the first screen loads only what it needs. Each lesson after the explorer is its own
// wasm chunk (scripts/build_wasm.sh splits it), fetched when its section is first built; the
// lessons' English text comes once, after the first screen works, with the first chunk; the
// Chinese text is fetched only when a reader chooses 中文, or before the start for a 中文 link.
import { test, expect } from '@playwright/test';
import { watch, expectClean } from './helpers.mjs';
import { readFileSync } from 'node:fs';

// Every key of the English table (src/i18n/en.rs): none may show on the page as text.
const KEYS = [...readFileSync(new URL('../src/i18n/en.rs', import.meta.url), 'utf8')
  .matchAll(/^ {4}\("([^"]+)", /gm)].map((m) => m[1]);

const chunk = (u) => /\/split_[a-z_]+_lesson_\d+\.wasm$/.test(u);
const lessonOf = (u) => u.match(/\/split_([a-z_]+)_lesson_/)[1];

function requests(page) {
  const seen = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  return seen;
}

test('the explorer works before any lesson chunk, the lessons\' text or the Chinese text is fetched', async ({ page }) => {
  const problems = watch(page);
  const seen = requests(page);
  // The moment the explorer's FL read-out first shows a value, and which sections were near then.
  await page.addInitScript(() => {
    const obs = new MutationObserver(() => {
      if (document.querySelector('[data-testid="readout-fl"]')?.textContent.trim()) {
        window.__ready = performance.now();
        window.__near = [...document.querySelectorAll('section.lesson[data-near="true"]')].map((s) => s.id);
        obs.disconnect();
      }
    });
    obs.observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/');
  await expect(page.getByTestId('readout-fl')).not.toHaveText('');
  // Fetched by the time the first screen works: the main module and at most the lessons near
  // the screen; nothing far (built later, in idle time), no 中文.
  const { atStart, near } = await page.evaluate(() => ({
    atStart: performance.getEntriesByType('resource').filter((e) => e.startTime < window.__ready)
      .map((e) => new URL(e.name).pathname),
    near: window.__near,
  }));
  expect(atStart.some((u) => u.endsWith('_bg.wasm'))).toBe(true);
  expect(near).not.toContain('simulator');
  for (const u of atStart.filter(chunk)) expect(near, u).toContain(lessonOf(u).replaceAll('_', '-'));
  expect(atStart.filter((u) => u.endsWith('/zh.txt'))).toEqual([]);
  expect(atStart.filter((u) => u.endsWith('/en.txt'))).toEqual([]);
  // Once every section is built, every lesson's chunk has come, each once.
  await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')]
    .every((s) => s.dataset.built === 'true'), null, { timeout: 30_000 });
  const lessons = seen.filter(chunk).map(lessonOf);
  const ids = await page.evaluate(() => [...document.querySelectorAll('section.lesson')].map((s) => s.id));
  expect(lessons.length).toBe(ids.length - 1); // all but the explorer
  expect(new Set(lessons).size).toBe(lessons.length);
  expect(seen.filter((u) => u.endsWith('/zh.txt'))).toEqual([]);
  expect(seen.filter((u) => u.endsWith('/en.txt')).length).toBe(1);
  // Every lesson shows its own text (fetched in en.txt), not its keys.
  expect(KEYS.length).toBeGreaterThan(500);
  const text = await page.evaluate(() => document.body.textContent);
  expect(KEYS.filter((k) => text.includes(k))).toEqual([]);
  // A lesson that arrived as a chunk works: the simulator's read-outs follow its inputs.
  await page.getByTestId('section-simulator').scrollIntoViewIfNeeded();
  await page.getByTestId('input-sim-gamma').fill('0');
  await page.getByTestId('input-sim-gamma').press('Enter');
  await expect(page.getByTestId('slider-sim-gamma')).toHaveValue('0');
  await expect.poll(() => page.evaluate(() => location.search)).toContain('gamma=0');
  await expectClean(problems);
});

test('中文 is fetched when chosen, once, and the whole page follows', async ({ page }) => {
  const problems = watch(page);
  const seen = requests(page);
  await page.goto('/');
  await expect(page.getByTestId('app-title')).toHaveText('Focal Loss Lab');
  await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')]
    .every((s) => s.dataset.built === 'true'), null, { timeout: 30_000 });
  expect(seen.filter((u) => u.endsWith('/zh.txt'))).toEqual([]);
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('app-title')).toHaveText('Focal Loss 实验室');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // A far section follows the language when it comes near (sections far away do no work).
  await page.getByTestId('section-simulator').scrollIntoViewIfNeeded();
  await expect(page.locator('#h-simulator')).toHaveText(/[\u4e00-\u9fff]/);
  await expect.poll(() => page.evaluate(() => location.search)).toContain('lang=zh');
  // Back to English and to 中文 again: no second fetch.
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('app-title')).toHaveText('Focal Loss Lab');
  await page.getByTestId('lang-toggle').click();
  await expect(page.getByTestId('app-title')).toHaveText('Focal Loss 实验室');
  expect(seen.filter((u) => u.endsWith('/zh.txt')).length).toBe(1);
  await expectClean(problems);
});

test('a 中文 link is Chinese from its first paint', async ({ page }) => {
  const problems = watch(page);
  // Record the title's text at every change from the moment it appears.
  await page.addInitScript(() => {
    window.__titles = [];
    new MutationObserver(() => {
      const t = document.querySelector('[data-testid="app-title"]');
      if (t && window.__titles.at(-1) !== t.textContent) window.__titles.push(t.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/?lang=zh&gamma=1');
  await expect(page.getByTestId('app-title')).toHaveText('Focal Loss 实验室');
  await expect(page.getByTestId('readout-fl')).not.toHaveText('');
  expect(await page.evaluate(() => window.__titles)).toEqual(['Focal Loss 实验室']);
  await expect(page.getByTestId('slider-gamma')).toHaveValue('1');
  await expectClean(problems);
});

test('a lost request for the lessons\' text is tried again, and no lesson shows its keys', async ({ page }) => {
  const problems = watch(page);
  let tries = 0;
  await page.route('**/en.txt', (route) => (++tries === 1 ? route.abort() : route.continue()));
  await page.goto('/');
  await expect(page.getByTestId('readout-fl')).not.toHaveText('');
  await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')]
    .every((s) => s.dataset.built === 'true'), null, { timeout: 30_000 });
  expect(tries).toBe(2);
  const text = await page.evaluate(() => document.body.textContent);
  expect(KEYS.filter((k) => text.includes(k))).toEqual([]);
  await expect(page.getByTestId('section-train')).toContainText('Train it yourself');
  // The aborted request is the one expected failure on the console.
  problems.console = problems.console.filter((m) => !/ERR_FAILED|Failed to fetch/.test(m));
  await expectClean(problems);
});
