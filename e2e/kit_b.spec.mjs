// Issue 12, items 2 and 5: FL versus OHEM (Table 1d as published, best rows, the live top-k
// on the simulator's population) and the self-check exercises (each accepts its own revealed
// answer and rejects a wrong one, bad input, new numbers through the URL, the printable sheet,
// both languages). Seed-0 answers are checked against plain-Python values
// (tools/exercises_reference.py).
import { test, expect } from '@playwright/test';
import { watch, open, value, reveal, expectClean } from './helpers.mjs';

const KINDS = ['easy-neg', 'hard-neg', 'easy-pos', 'hard-pos'];

// Table 1d of arXiv:1708.02002, as printed: method, batch, nms, AP, AP50, AP75.
const TABLE_1D = [
  ['OHEM', '128', '0.7', 31.1, 47.2, 33.2],
  ['OHEM', '256', '0.7', 31.8, 48.8, 33.9],
  ['OHEM', '512', '0.7', 30.6, 47.0, 32.6],
  ['OHEM', '128', '0.5', 32.8, 50.3, 35.1],
  ['OHEM', '256', '0.5', 31.0, 47.4, 33.0],
  ['OHEM', '512', '0.5', 27.6, 42.0, 29.2],
  ['OHEM 1:3', '128', '0.5', 31.1, 47.2, 33.2],
  ['OHEM 1:3', '256', '0.5', 28.3, 42.4, 30.3],
  ['OHEM 1:3', '512', '0.5', 24.0, 35.5, 25.8],
  ['FL', 'n/a', 'n/a', 36.0, 54.9, 38.7],
];

// tools/exercises_reference.py (seed 0: the lessons' own examples).
const REFERENCE = [0.0010536051565782623, 0.006694306539426288, 3, 18, 0.32437480884723024,
  0.2976365549817047, -4.59511985013459, 1.0409844131894634, 15.024324369631692];

test('Table 1d is the paper\'s, best rows computed', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?theme=light');
  await reveal(page, 'ohem-table');
  const rows = page.getByTestId('ohem-table').locator('tbody tr');
  await expect(rows).toHaveCount(TABLE_1D.length);
  for (const [i, [m, b, nms, ap, ap50, ap75]] of TABLE_1D.entries()) {
    const cells = await rows.nth(i).locator('th, td').allTextContents();
    expect(cells[0].replace(/[★☆]/g, '').trim()).toBe(m);
    expect(cells.slice(1).map((c) => c.trim())).toEqual([b, nms, ap.toFixed(1), ap50.toFixed(1), ap75.toFixed(1)]);
  }
  // Best overall = FL (largest AP); best sampling row = OHEM 128 / .5 (largest among the rest).
  const aps = TABLE_1D.map((r) => r[3]);
  const best = aps.indexOf(Math.max(...aps));
  const sampling = aps.slice(0, 9).indexOf(Math.max(...aps.slice(0, 9)));
  for (let i = 0; i < TABLE_1D.length; i++) {
    const want = i === best ? 'overall' : i === sampling ? 'sampling' : 'false';
    await expect(page.getByTestId(`ohem-row-${i}`)).toHaveAttribute('data-best', want);
  }
  expect(await value(page, 'ohem-table-best')).toBeCloseTo(aps[best] - aps[sampling], 12);
  await expect(page.getByTestId('ohem-takeaway')).toContainText('3.2 AP');
  expectClean(problems);
});

test('OHEM top-k: counts, shares and the simulator agree; k box; bad input; URL', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await reveal(page, 'ohem-kept');
  expect(await value(page, 'ohem-kept')).toBe(128);
  let kept = 0;
  let fl = 0;
  for (const k of KINDS) {
    kept += await value(page, `ohem-keep-${k}`);
    fl += await value(page, `ohem-fl-${k}`);
  }
  expect(kept).toBe(128);
  expect(fl).toBeCloseTo(1, 12);
  const n = await value(page, 'ohem-n-easy-neg') + await value(page, 'ohem-n-hard-neg')
    + await value(page, 'ohem-n-easy-pos') + await value(page, 'ohem-n-hard-pos');
  expect(n).toBe(100000);
  expect(await value(page, 'ohem-discarded')).toBeCloseTo(1 - 128 / n, 12);
  // Focal loss puts a far larger share on OHEM's minibatch than CE does (it down-weights the rest).
  const ce = await value(page, 'ohem-ce-share');
  const flShare = await value(page, 'ohem-fl-share');
  expect(flShare).toBeGreaterThan(ce);
  // 1:3 with 100 positives and k = 128: 32 positives, 96 negatives.
  expect(await value(page, 'ohem-ratio-pos')).toBe(32);
  expect(await value(page, 'ohem-ratio-neg')).toBe(96);
  const hardNeg = await value(page, 'ohem-n-hard-neg');
  const dropped = await value(page, 'ohem-ratio-dropped');
  expect(dropped).toBeGreaterThanOrEqual(hardNeg - 96);
  expect(dropped).toBeLessThanOrEqual(hardNeg);
  // The same population as the simulator: FL shares by kind equal the simulator's.
  for (const k of KINDS) {
    expect(await value(page, `ohem-fl-${k}`)).toBeCloseTo(await value(page, `share-fl-${k}`), 12);
    expect(await value(page, `ohem-n-${k}`)).toBe(await value(page, `sim-count-${k}`));
  }
  // A larger k keeps more of the CE; the box writes the URL.
  await reveal(page, 'input-ohem-k');
  await page.getByTestId('input-ohem-k').fill('1000');
  await page.getByTestId('input-ohem-k').press('Enter');
  await expect.poll(() => value(page, 'ohem-kept')).toBe(1000);
  expect(await value(page, 'ohem-ce-share')).toBeGreaterThan(ce);
  await expect(page).toHaveURL(/[?&]ok=1000/);
  // 1:3 is capped by the 100 positives: 100 and 300.
  expect(await value(page, 'ohem-ratio-pos')).toBe(100);
  expect(await value(page, 'ohem-ratio-neg')).toBe(300);
  // Bad input: a message, and the last good k stays.
  for (const bad of ['abc', '', '0', '20000', '1.5', '9'.repeat(5000)]) {
    await page.getByTestId('input-ohem-k').fill(bad);
    await expect(page.getByTestId('error-ohem-k'), bad.slice(0, 8)).not.toBeEmpty();
    expect(await value(page, 'ohem-kept')).toBe(1000);
  }
  await page.getByTestId('input-ohem-k').blur();
  // γ = 0, α off: FL is CE, so both shares are equal and every weight is 1.
  await open(page, '?ok=512&gamma=0&alpha=off&lang=zh');
  await reveal(page, 'ohem-kept');
  expect(await value(page, 'ohem-kept')).toBe(512);
  expect(await value(page, 'ohem-fl-share')).toBeCloseTo(await value(page, 'ohem-ce-share'), 12);
  for (const k of KINDS) expect(await value(page, `ohem-w-${k}`)).toBeCloseTo(1, 12);
  await expect(page.getByTestId('ohem-headline')).toContainText('OHEM 只用');
  await expect(page.getByTestId('ohem-table')).toContainText('不适用');
  // An out-of-range k in the link falls back to the default and is reported.
  await open(page, '?ok=0');
  await reveal(page, 'ohem-kept');
  expect(await value(page, 'ohem-kept')).toBe(128);
  expectClean(problems);
});

/** Reveals exercise k's worked answer and returns its exact value. */
async function revealed(page, k) {
  await reveal(page, `exercise-${k}`);
  const btn = page.getByTestId(`exercise-reveal-${k}`);
  if ((await btn.getAttribute('aria-expanded')) !== 'true') await btn.click();
  return Number(await page.getByTestId(`exercise-answer-${k}`).getAttribute('data-value'));
}

async function answer(page, k, text) {
  await page.getByTestId(`exercise-input-${k}`).fill(text);
  await page.getByTestId(`exercise-check-${k}`).click();
  return page.getByTestId(`exercise-verdict-${k}`).getAttribute('data-value');
}

test('every exercise accepts its own answer and rejects a wrong one; Python values', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  for (let k = 1; k <= 9; k++) {
    const a = await revealed(page, k);
    expect(Math.abs(a - REFERENCE[k - 1]), `exercise ${k}`).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(a)));
    // The shown, rounded answer is accepted, as is the full value.
    const shown = (await page.getByTestId(`exercise-answer-${k}`).textContent()).trim();
    expect(await answer(page, k, shown), `${k}: ${shown}`).toBe('correct');
    expect(await answer(page, k, String(a))).toBe('correct');
    const wrong = Number.isInteger(a) ? a + 1 : a * 1.2 + 1;
    expect(await answer(page, k, String(wrong))).toBe('wrong');
    await expect(page.getByTestId(`exercise-verdict-${k}`)).toContainText('Not quite.');
    expect((await page.getByTestId(`exercise-verdict-${k}`).textContent()).length).toBeGreaterThan(20);
    for (const bad of ['abc', '', '1e999', '9'.repeat(10000)]) {
      expect(await answer(page, k, bad), `${k} ${bad.slice(0, 6)}`).toBe('invalid');
    }
  }
  // Targeted hints: counting the positives, forgetting the sign of the bias.
  expect(await answer(page, 4, '2')).toBe('wrong');
  await expect(page.getByTestId('exercise-verdict-4')).toContainText('positive samples');
  expect(await answer(page, 7, '4.595')).toBe('wrong');
  await expect(page.getByTestId('exercise-verdict-7')).toContainText('sign');
  // Full-width digits are read as elsewhere on the page.
  expect(await answer(page, 4, '１８')).toBe('correct');
  await expect(page.getByTestId('exercises-tolerance')).toHaveAttribute('data-value', '0.005');
  expectClean(problems);
});

test('new numbers go into the URL and reopen the same set; Chinese; printable sheet', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?lang=zh');
  await reveal(page, 'exercise-3');
  const before = await page.getByTestId('exercise-question-3').textContent();
  await page.getByTestId('exercise-new-3').click();
  await expect(page.getByTestId('exercise-question-3')).not.toHaveText(before);
  await expect(page).toHaveURL(/[?&]exs=0%2C0%2C[1-9]\d*%2C0|[?&]exs=0,0,[1-9]\d*,0/);
  const seed = await page.getByTestId('exercise-3').getAttribute('data-seed');
  expect(Number(seed)).toBeGreaterThan(0);
  const q = await page.getByTestId('exercise-question-3').textContent();
  const a = await revealed(page, 3);
  expect([1, 2, 3, 4]).toContain(a);
  expect(await answer(page, 3, String(a))).toBe('correct');
  await expect(page.getByTestId('exercise-verdict-3')).toContainText('正确');
  expect(await answer(page, 3, String((a % 4) + 1))).toBe('wrong');
  await expect(page.getByTestId('exercise-verdict-3')).toContainText('不太对');
  // The same link gives the same question.
  const url = page.url();
  await page.goto(url);
  await reveal(page, 'exercise-3');
  await expect(page.getByTestId('exercise-question-3')).toHaveText(q);
  await expect(page.getByTestId('exercise-3')).toHaveAttribute('data-seed', seed);
  // New numbers for every exercise: each still accepts its own answer.
  for (let k = 1; k <= 9; k++) {
    await reveal(page, `exercise-${k}`);
    await page.getByTestId(`exercise-new-${k}`).click();
    const v = await revealed(page, k);
    expect(Number.isFinite(v)).toBe(true);
    const shown = (await page.getByTestId(`exercise-answer-${k}`).textContent()).trim();
    expect(await answer(page, k, shown), `${k}: ${shown}`).toBe('correct');
  }
  // The sheet: questions first, then the key, with the same answers.
  await page.getByTestId('exercise-sheet').locator('summary').click();
  const html = await page.getByTestId('exercise-sheet').innerHTML();
  expect(html.indexOf('exercise-sheet-q-9')).toBeLessThan(html.indexOf('exercise-sheet-a-1'));
  for (let k = 1; k <= 9; k++) {
    await expect(page.getByTestId(`exercise-sheet-q-${k}`)).toHaveText(await page.getByTestId(`exercise-question-${k}`).textContent());
    expect(Number(await page.getByTestId(`exercise-sheet-a-${k}`).getAttribute('data-value')))
      .toBe(Number(await page.getByTestId(`exercise-answer-${k}`).getAttribute('data-value')));
  }
  // Print view: only the sheet is laid out.
  await page.evaluate(() => document.body.setAttribute('data-print', 'exercises'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('exercise-sheet')).toBeVisible();
  await expect(page.getByTestId('exercise-1')).toBeHidden();
  await expect(page.getByTestId('section-explorer')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  // Back to the lessons' numbers: the URL drops exs.
  await page.getByTestId('exercises-reset').click();
  await expect(page).not.toHaveURL(/exs=/);
  expect(await revealed(page, 4)).toBe(18);
  expectClean(problems);
});
