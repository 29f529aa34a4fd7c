// Train it yourself (issue 13): three runs train live from one start; the read-outs follow;
// FL with γ = 0 equals CE (α off) and α-CE (α = .75) to the last bit in the browser; the same
// seed gives the same numbers; bad input is refused with a message (a positive fraction
// below 0.1 %, which could leave no positive, too); both languages; the state round-trips
// through the URL; in slides the map's run selector stays with the map.
import { test, expect } from '@playwright/test';
import { watch, open, value, reveal, expectClean } from './helpers.mjs';

const RUNS = ['ce', 'ace', 'fl'];
const METRICS = ['loss', 'ap', 'easyneg-share', 'ece'];

/** Clicks "one step" until the step count reaches n (an evaluation is due every 50). */
async function stepTo(page, n) {
  await reveal(page, 'train-step');
  const start = await value(page, 'train-steps');
  for (let i = start; i < n; i++) await page.getByTestId('train-step').click();
  await expect.poll(() => value(page, 'train-steps')).toBe(n);
}

/** The raw data-value strings of every read-out of one run. */
async function raw(page, run) {
  const out = {};
  for (const m of METRICS) out[m] = await page.getByTestId(`train-${m}-${run}`).getAttribute('data-value');
  return out;
}

test('play, pause, step and reset; the read-outs follow', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await reveal(page, 'train-run');
  expect(await value(page, 'train-steps')).toBe(0);
  await expect(page.getByTestId('train-sentence')).toContainText('Step 0');
  const ap0 = await value(page, 'train-ap-ce');
  expect(await value(page, 'train-ap-fl')).toBe(ap0);
  await page.getByTestId('train-run').click();
  await expect.poll(() => value(page, 'train-steps'), { timeout: 20_000 }).toBeGreaterThan(120);
  await page.getByTestId('train-run').click();
  const paused = await value(page, 'train-steps');
  await page.waitForTimeout(300);
  expect(await value(page, 'train-steps')).toBe(paused);
  for (const r of RUNS) {
    const loss = await value(page, `train-loss-${r}`);
    expect(loss).toBeGreaterThan(0);
    const ap = await value(page, `train-ap-${r}`);
    expect(ap).toBeGreaterThanOrEqual(0);
    expect(ap).toBeLessThanOrEqual(1);
    const share = await value(page, `train-easyneg-share-${r}`);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
    expect(await value(page, `train-ece-${r}`)).toBeGreaterThanOrEqual(0);
  }
  await expect(page.getByTestId('train-sentence')).toContainText('Easy negatives give');
  await page.getByTestId('train-step').click();
  expect(await value(page, 'train-steps')).toBe(paused + 1);
  await page.getByTestId('train-reset').click();
  expect(await value(page, 'train-steps')).toBe(0);
  for (const id of ['plot-train-loss', 'plot-train-ap', 'plot-train-map', 'plot-train-calibration']) {
    await reveal(page, id);
    await expect(page.getByTestId(id)).toBeVisible();
  }
  await page.getByTestId('train-map-ce').check();
  expectClean(problems);
});

test('FL with γ = 0 equals CE (α off) and α-CE (α = .75) exactly', async ({ page }) => {
  await open(page, '?alpha=off&gamma=0');
  await stepTo(page, 50);
  const ce = await raw(page, 'ce');
  expect(Number(ce.loss)).toBeGreaterThan(0);
  expect(await raw(page, 'fl')).toEqual(ce);
  expect(await raw(page, 'ace')).not.toEqual(ce);
  await open(page, '?alpha=0.75&gamma=0');
  await stepTo(page, 50);
  const ace = await raw(page, 'ace');
  expect(await raw(page, 'fl')).toEqual(ace);
  expect(await raw(page, 'ce')).not.toEqual(ace);
});

test('the same seed gives the same numbers to the last bit', async ({ page }) => {
  await open(page, '?tn=5000&tseed=9');
  await stepTo(page, 50);
  const first = await Promise.all(RUNS.map((r) => raw(page, r)));
  await page.getByTestId('train-reset').click();
  await stepTo(page, 50);
  expect(await Promise.all(RUNS.map((r) => raw(page, r)))).toEqual(first);
  // Another seed: other numbers.
  await open(page, '?tn=5000&tseed=10');
  await stepTo(page, 50);
  expect((await raw(page, 'fl')).loss).not.toBe(first[2].loss);
});

test('bad input keeps the last good value; the positive fraction is 0.1 %–10 %', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await reveal(page, 'input-train-seed');
  for (const [box, bad, err] of [
    ['input-train-seed', 'abc', 'error-train-seed'],
    ['input-train-seed', '1.5', 'error-train-seed'],
    ['input-train-n', '5', 'error-train-n'],
    ['input-train-pos', '0.5', 'error-train-pos'],
    ['input-train-pos', '0', 'error-train-pos'],
    ['input-train-pos', '0.0005', 'error-train-pos'],
    ['input-train-lr', '-1', 'error-train-lr'],
    ['input-train-gamma', 'NaN', 'error-train-gamma'],
  ]) {
    await page.getByTestId(box).fill(bad);
    await expect(page.getByTestId(err)).toBeVisible();
    await expect(page).not.toHaveURL(/tseed=|tn=|tpos=|tlr=|gamma=/);
    await page.getByTestId(box).blur();
  }
  // The last good value stays: 1 % of 20 000, and training goes on with it (counts are grouped
  // by thousands with a narrow no-break space, as everywhere on the page).
  await expect(page.getByTestId('train-pos-note')).toContainText('200 positives among 20\u202F000');
  await expect(page.getByTestId('train-no-pos')).toBeHidden();
  // The smallest fraction at the smallest N still leaves one positive to train on (and ten in
  // the test set), so the no-positives message stays hidden and AP is a number.
  await page.getByTestId('input-train-n').fill('1000');
  await page.getByTestId('input-train-pos').fill('0.001');
  await expect(page).toHaveURL(/tpos=0.001/);
  await expect(page.getByTestId('train-pos-note')).toContainText('1 positive among 1\u202F000');
  await stepTo(page, 1);
  await expect(page.getByTestId('train-no-pos')).toBeHidden();
  const ap = Number(await page.getByTestId('train-ap-ce').getAttribute('data-value'));
  expect(ap).toBeGreaterThan(0);
  expect(ap).toBeLessThanOrEqual(1);
  expectClean(problems);
});

test('a URL with no positives is refused: the default 1 % is used, never a NaN', async ({ page }) => {
  await open(page, '?tpos=0');
  await reveal(page, 'train-pos-note');
  await expect(page.getByTestId('train-pos-note')).toContainText('200 positives among 20\u202F000');
  await expect(page.getByTestId('train-no-pos')).toBeHidden();
  expect(await value(page, 'train-ap-ce')).toBeGreaterThan(0);
});

test('slides: the map run selector and the map are on one slide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page);
  await reveal(page, 'plot-train-map');
  await page.getByTestId('mode-toggle').click();
  await expect(page.getByTestId('slide-counter')).toHaveText(/^\d+ \/ \d+$/, { timeout: 20_000 }); // the deck is cut
  await expect(page.getByTestId('section-train')).toBeVisible();
  await page.evaluate(() => document.activeElement.blur()); // keys on a button stay its own
  // Step through the section's slides until the map shows.
  for (let i = 0; i < 12 && !(await page.getByTestId('plot-train-map').isVisible()); i++) {
    await page.keyboard.press('PageDown');
  }
  await expect(page.getByTestId('plot-train-map')).toBeVisible();
  for (const r of RUNS) await expect(page.getByTestId(`train-map-${r}`)).toBeVisible();
  const slideOf = (id) => page.getByTestId(id).evaluate((el) => el.closest('[data-slide-page]').dataset.slidePage);
  expect(await slideOf('train-map-fl')).toBe(await slideOf('plot-train-map'));
  await page.getByTestId('train-map-ce').check();
  await expect(page.getByTestId('plot-train-map')).toBeVisible();
});

test('URL round trip and Chinese', async ({ page }) => {
  await open(page);
  await reveal(page, 'input-train-seed');
  await page.getByTestId('input-train-seed').fill('7');
  await page.getByTestId('input-train-lr').fill('0.02');
  await page.getByTestId('train-prior').uncheck();
  await page.getByTestId('train-opt').selectOption('1');
  await expect(page).toHaveURL(/tseed=7/);
  await expect(page).toHaveURL(/tlr=0.02/);
  await expect(page).toHaveURL(/tprior=0/);
  await expect(page).toHaveURL(/topt=1/);
  const url = page.url();
  await page.goto(url + '&lang=zh');
  await reveal(page, 'input-train-seed');
  await expect(page.getByTestId('input-train-seed')).toHaveValue('7');
  await expect(page.getByTestId('train-prior')).not.toBeChecked();
  await expect(page.getByTestId('train-opt')).toHaveValue('1');
  await expect(page.getByTestId('train-sentence')).toContainText('第 0 步');
  await expect(page.locator('#train')).toContainText('亲手训练');
  await stepTo(page, 50);
  await expect(page.getByTestId('train-sentence')).toContainText('易分负样本');
});

test('the miniature Table 1: progress, cancel, and a verdict computed from the table', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watch(page);
  await open(page, '?tn=2000&tpos=0.05');
  await reveal(page, 'train-sweep');
  await page.getByTestId('train-sweep').click();
  await expect.poll(() => value(page, 'train-sweep-progress')).toBeGreaterThan(0);
  await page.getByTestId('train-sweep-cancel').click();
  expect(await value(page, 'train-sweep-progress')).toBe(0);
  await page.getByTestId('train-sweep').click();
  await expect.poll(() => value(page, 'train-sweep-progress'), { timeout: 200_000, intervals: [1000] }).toBe(1);
  const cells = [];
  for (let g = 0; g < 5; g++) {
    const row = [];
    for (let a = 0; a < 3; a++) {
      const el = page.getByTestId(`train-sweep-cell-${g}-${a}`);
      row.push({ ap: Number(await el.getAttribute('data-value')), best: (await el.getAttribute('data-best')) === 'true' });
    }
    cells.push(row);
  }
  // Each row marks exactly its highest mean AP.
  for (const row of cells) {
    const max = Math.max(...row.map((c) => c.ap));
    expect(row.filter((c) => c.best).length).toBe(1);
    expect(row.find((c) => c.best).ap).toBe(max);
    for (const c of row) { expect(c.ap).toBeGreaterThanOrEqual(0); expect(c.ap).toBeLessThanOrEqual(1); }
  }
  // The verdict agrees with the table: best cell at γ > 0 or not.
  const flat = cells.flatMap((row, g) => row.map((c) => ({ ...c, g })));
  const top = flat.reduce((b, c) => (c.ap >= b.ap ? c : b));
  const verdict = page.getByTestId('train-sweep-verdict');
  await expect(verdict).toContainText(top.g > 0 ? 'as in the paper, focusing helps' : 'unlike the paper');
  await expect(verdict).toContainText('of the 5 rows pick the same α as the paper');
  expectClean(problems);
});
