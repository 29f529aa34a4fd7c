// Lessons 6–8: the 5-class × 4-sample table, the easy/hard × positive/negative quadrants, and
// why α = 0.25 with γ = 2. Every number on the page is compared with the math core exported by
// the app's own wasm (window.wasmBindings.core_*) or with plain JS arithmetic on those values;
// the post's reference numbers are asserted to 5 digits only as a cross-check.
import { test, expect } from '@playwright/test';
import { watch, open, core, value, reveal, expectClean } from './helpers.mjs';
import { POST_LOGITS, POST_TARGETS } from './post_data.mjs';

const R = 4;
const C = 5;
// The post's PRINTED losses (data from the post, not results): shown beside ours.
const PRINTED = [
  [0.1539, 0.1810, 0.4181, 0.2454, 0.2454],
  [0.0071, 0.3244, 0.1810, 0.2114, 0.2831],
  [0.3244, 0.1810, 0.2114, 0.2454, 0.3244],
  [0.1539, 0.2114, 0.1539, 0.1810, 0.2454],
];
const ALL_NEG = [0.2, 0.4, 0.1, 0.8, 0.2];
const TOL = 0.00005 + 1e-9;

function close(actual, expected, what, rel = 1e-12) {
  const tol = rel * Math.max(1, Math.abs(expected));
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

/** The table's inputs as the page shows them (data-value of the boxes and toggles). */
async function inputs(page) {
  const x = [];
  const t = [];
  for (let r = 0; r < R; r++) {
    x.push([]);
    t.push([]);
    for (let c = 0; c < C; c++) {
      x[r].push(Number(await page.getByTestId(`fc-logit-${r}-${c}`).getAttribute('data-value')));
      t[r].push(Number(await page.getByTestId(`fc-target-${r}-${c}`).getAttribute('data-value')));
    }
  }
  return { x, t };
}

/** The explorer's α (−1 = off) and γ, read from its controls. */
async function explorerAlphaGamma(page) {
  await reveal(page, 'input-gamma');
  const off = await page.getByTestId('toggle-alpha-off').isChecked();
  const alpha = off ? -1 : Number(await page.getByTestId('slider-alpha').inputValue());
  const gamma = Number(await page.getByTestId('input-gamma').inputValue());
  return { alpha, gamma };
}

/**
 * Checks every read-out of section 6 against the core for the inputs shown, and the ≠ marks
 * against the post's printed values at the post's α = .25, γ = 2. Returns the expectations.
 */
async function expectTableMatchesCore(page, alpha, gamma) {
  const { x, t } = await inputs(page);
  const cells = [];
  let total = 0;
  let numPos = 0;
  let binPos = 0;
  for (let r = 0; r < R; r++) {
    cells.push([]);
    let row = 0;
    for (let c = 0; c < C; c++) {
      const fl = await core(page, 'core_focal_from_logit', x[r][c], t[r][c], alpha, gamma);
      cells[r].push(fl);
      row += fl;
      await expect.poll(() => value(page, `fc-loss-${r}-${c}`), `cell ${r},${c}`).toBeCloseTo(fl, 12);
      close(await value(page, `fc-sig-${r}-${c}`), 1 / (1 + Math.exp(-x[r][c])), `σ ${r},${c}`);
      // The post's printed value, and a ≠ mark exactly where ours (at α = .25, γ = 2) differs.
      expect(await value(page, `fc-post-${r}-${c}`)).toBe(PRINTED[r][c]);
      const atPost = await core(page, 'core_focal_from_logit', x[r][c], t[r][c], 0.25, 2);
      const mark = page.getByTestId(`fc-mismatch-${r}-${c}`);
      if (Math.abs(atPost - PRINTED[r][c]) > TOL) await expect(mark).toBeVisible();
      else await expect(mark).toHaveCount(0);
    }
    close(await value(page, `fc-row-${r}`), row, `row ${r}`);
    total += row;
    if (t[r].some((v) => v === 1)) numPos++;
    binPos += t[r].filter((v) => v === 1).length;
  }
  const clamped = Math.max(numPos, 1);
  close(await value(page, 'fc-total'), total, 'total');
  expect(await value(page, 'fc-numpos')).toBe(clamped);
  expect(await value(page, 'fc-numpos-raw')).toBe(numPos);
  close(await value(page, 'fc-per-pos'), total / clamped, 'total / num_pos');
  expect(await value(page, 'fc-binpos')).toBe(binPos);
  expect(await value(page, 'fc-binneg')).toBe(R * C - binPos);
  let negTotal = 0;
  for (const xi of ALL_NEG) negTotal += await core(page, 'core_focal_from_logit', xi, 0, alpha, gamma);
  close(await value(page, 'neg-total'), negTotal, 'all-negative Σ');
  for (const id of ['fc-total', 'fc-per-pos', 'neg-total', 'fc-row-0']) {
    await expect(page.getByTestId(id)).not.toHaveText(/NaN|—/);
  }
  return { cells, total, numPos, clamped, negTotal };
}

test('section 6: defaults equal the core, the post is beside every cell, the misprint is marked', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const s = page.getByTestId('section-five-class');
  await expect(s).toBeVisible();
  const { x, t } = await inputs(page);
  expect(x).toEqual(POST_LOGITS);
  expect(t).toEqual(POST_TARGETS);
  const e = await expectTableMatchesCore(page, 0.25, 2);
  // Cross-check against the reference values (5 digits).
  expect(e.total).toBeCloseTo(4.07378, 5);
  expect(e.total / e.clamped).toBeCloseTo(2.03689, 5);
  expect(e.negTotal).toBeCloseTo(1.17938, 5);
  expect(await value(page, 'fc-total')).toBeCloseTo(4.07378, 5);
  expect(await value(page, 'fc-per-pos')).toBeCloseTo(2.03689, 5);
  expect(await value(page, 'neg-total')).toBeCloseTo(1.17938, 5);
  expect(Math.abs(await value(page, 'neg-total') - 1.1794)).toBeLessThanOrEqual(TOL);
  expect([await value(page, 'fc-binpos'), await value(page, 'fc-binneg')]).toEqual([2, 18]);
  // Exactly one cell differs: sample 1, class 3, printed with the t = 0 value.
  await expect(page.locator('[data-testid^="fc-mismatch-"]')).toHaveCount(1);
  await expect(page.getByTestId('fc-mismatch-0-2')).toBeVisible();
  const tZero = await core(page, 'core_focal_from_logit', 0.8, 0, 0.25, 2);
  expect(Math.abs(tZero - PRINTED[0][2])).toBeLessThanOrEqual(TOL);
  await expect(page.getByTestId('fc-note-0-2')).toContainText('0.4181');
  await expect(page.getByTestId('fc-note-0-2')).toContainText('0.008917');
  await expect(page.getByTestId('fc-target-0-2')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('fc-target-0-0')).toHaveAttribute('aria-pressed', 'false');
  // The heat shade is an inline style that grows with the value; the number is always there.
  const shade = (r, c) => page.getByTestId(`fc-loss-${r}-${c}`).evaluate((el) => {
    const m = getComputedStyle(el.parentElement).backgroundColor.match(/[\d.]+/g);
    return Number(m[3] ?? 1);
  });
  expect(await shade(2, 0)).toBeGreaterThan(await shade(1, 0)); // 0.3244 vs 0.0071
  await expect(page.getByTestId('fc-loss-2-0')).toHaveText('0.3244');
  await expect(s.getByTestId('post-credit')).toBeVisible();
  expectClean(problems);
});

test('section 6: edits, toggles, URL state and reset follow the core', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.getByTestId('fc-logit-1-1').fill('2.5');
  await expect(page.getByTestId('fc-logit-1-1')).toHaveAttribute('data-value', '2.5');
  await page.getByTestId('fc-logit-3-4').fill('−3');
  await expect(page.getByTestId('fc-logit-3-4')).toHaveAttribute('data-value', '-3');
  await page.getByTestId('fc-target-3-2').click();
  await expect(page.getByTestId('fc-target-3-2')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('fc-target-3-2')).toHaveAttribute('data-value', '1');
  let e = await expectTableMatchesCore(page, 0.25, 2);
  expect(e.numPos).toBe(3);
  // Edited cells no longer match the post, and say so.
  await expect(page.getByTestId('fc-note-1-1')).toBeVisible();
  await expect(page.getByTestId('fc-rowkind-3')).not.toHaveText(/background/);

  // The state is in the URL and survives a reload.
  await expect.poll(() => page.url()).toContain('fcl=');
  expect(page.url()).toContain('fct=');
  const url = page.url();
  await page.goto(url);
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  await expect(page.getByTestId('fc-logit-1-1')).toHaveAttribute('data-value', '2.5');
  await expect(page.getByTestId('fc-target-3-2')).toHaveAttribute('data-value', '1');
  await expect(page.getByTestId('url-notice')).toHaveCount(0);

  // All rows background: num_pos is clamped to 1 and the average equals the sum.
  const zeros = Array(20).fill(0).join(',');
  await open(page, `?fct=${zeros}`);
  e = await expectTableMatchesCore(page, 0.25, 2);
  expect(e.numPos).toBe(0);
  expect(await value(page, 'fc-numpos')).toBe(1);
  expect(await value(page, 'fc-per-pos')).toBe(await value(page, 'fc-total'));
  await expect(page.getByTestId('fc-numpos-note')).toBeVisible();

  // Reset brings back the post's logits and targets.
  await page.getByTestId('fc-logit-0-0').fill('9');
  await page.getByTestId('fc-reset').click();
  await expect(page.getByTestId('fc-logit-0-0')).toHaveAttribute('data-value', '0.1');
  await expect(page.getByTestId('fc-logit-0-0')).toHaveValue('0.1');
  expect((await inputs(page)).t).toEqual(POST_TARGETS);
  await expect.poll(() => value(page, 'fc-total')).toBeCloseTo(4.07378, 5);
  await expect.poll(() => page.url()).not.toContain('fcl=');
  expectClean(problems);
});

test('section 6: bad input is refused inline and keeps the last good value', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const box = page.getByTestId('fc-logit-2-3');
  await box.fill('1.25');
  await expect(box).toHaveAttribute('data-value', '1.25');
  const total = await value(page, 'fc-total');
  for (const bad of ['abc', '', '1e999', 'NaN', 'Infinity', '101', 'x'.repeat(10_000), '猫']) {
    await box.fill(bad);
    await expect(page.getByTestId('fc-logit-2-3-error')).not.toBeEmpty();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAttribute('data-value', '1.25');
    expect(await value(page, 'fc-total')).toBe(total);
  }
  await box.blur();
  await expect(box).toHaveValue('1.25');
  await expect(page.getByTestId('fc-logit-2-3-error')).toBeEmpty();
  await expectTableMatchesCore(page, 0.25, 2);
  // Hostile URL values fall back to the defaults with a notice, never a panic.
  await open(page, '?fcl=1,2,3&fct=' + Array(20).fill(0.5).join(','));
  await expect(page.getByTestId('url-notice')).toBeVisible();
  expect((await inputs(page)).x).toEqual(POST_LOGITS);
  expect((await inputs(page)).t).toEqual(POST_TARGETS);
  await open(page, '?fcl=' + Array(20).fill('1e999').join(','));
  expect((await inputs(page)).x).toEqual(POST_LOGITS);
  expectClean(problems);
});

test('section 6 follows the explorer’s α and γ; the marks stay at the post’s setting', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.getByTestId('input-gamma').fill('1');
  await reveal(page, 'fc-setting');
  await expect(page.getByTestId('fc-setting')).toContainText('γ = 1');
  let ag = await explorerAlphaGamma(page);
  expect(ag).toEqual({ alpha: 0.25, gamma: 1 });
  await expectTableMatchesCore(page, ag.alpha, ag.gamma);
  await expect(page.getByTestId('fc-setting-note')).toContainText('α = 0.25, γ = 2');
  await expect(page.locator('[data-testid^="fc-mismatch-"]')).toHaveCount(1);
  await page.getByTestId('toggle-alpha-off').check();
  await expect(page.getByTestId('fc-setting')).toContainText('off');
  ag = await explorerAlphaGamma(page);
  await expectTableMatchesCore(page, -1, 1);
  await expect(page.getByTestId('fc-use-post')).toBeEnabled();
  await page.getByTestId('fc-use-post').click();
  await expect(page.getByTestId('fc-use-post')).toBeDisabled();
  expect(await explorerAlphaGamma(page)).toEqual({ alpha: 0.25, gamma: 2 });
  await expectTableMatchesCore(page, 0.25, 2);
  expectClean(problems);
});

test('section 7: the four kinds equal the core and load the explorer', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?gamma=1.5&alpha=0.4');
  const kinds = [
    ['quad-easy-pos', 1, 0.95, 'preset-easy-pos'],
    ['quad-hard-pos', 1, 0.10, 'preset-hard-pos'],
    ['quad-easy-neg', 0, 0.05, 'preset-easy-neg'],
    ['quad-hard-neg', 0, 0.90, 'preset-hard-neg'],
  ];
  await expect(page.getByTestId('quad-setting')).toContainText('α = 0.4, γ = 1.5');
  for (const [id, y, p] of kinds) {
    const pt = await core(page, 'core_p_t', p, y);
    close(await value(page, `${id}-pt`), pt, `${id} p_t`);
    close(await value(page, `${id}-ce`), await core(page, 'core_bce', p, y), `${id} CE`);
    close(await value(page, `${id}-fl`), await core(page, 'core_focal_from_prob', p, y, 0.4, 1.5), `${id} FL`);
    close(await value(page, `${id}-ratio`), await core(page, 'core_ce_over_fl', pt, y, 0.4, 1.5), `${id} CE/FL`);
    close(await value(page, `${id}-alpha-t`), await core(page, 'core_alpha_t', 0.4, y), `${id} α_t`);
    close(await value(page, `${id}-mod`), await core(page, 'core_modulating_factor', pt, 1.5), `${id} (1−p_t)^γ`);
  }
  // Clicking sets the explorer's p and y (the same as its presets) and scrolls to it.
  for (const [id, y, p, preset] of kinds) {
    await page.getByTestId(id).click();
    await expect(page.getByTestId('toggle-y')).toHaveAttribute('data-value', String(y));
    await expect(page.getByTestId('input-p')).toHaveValue(String(p));
    await expect(page.locator('#explorer')).toBeInViewport();
    await expect(page.getByTestId(`${id}-cell`)).toHaveAttribute('data-current', 'true');
    await expect(page.getByTestId(`${id}-here`)).toBeVisible();
    const fromQuad = [await page.getByTestId('input-p').inputValue(), await page.getByTestId('toggle-y').getAttribute('data-value')];
    await page.getByTestId('preset-easy-pos').click();
    await page.getByTestId(preset).click();
    const fromPreset = [await page.getByTestId('input-p').inputValue(), await page.getByTestId('toggle-y').getAttribute('data-value')];
    expect(fromQuad).toEqual(fromPreset);
  }
  expect(await explorerAlphaGamma(page)).toEqual({ alpha: 0.4, gamma: 1.5 });
  expectClean(problems);
});

test('section 8: the paper’s tables with the best rows found from the data, live shares', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  for (const [id, apCol] of [['t1a', 1], ['t1b', 2]]) {
    const rows = page.getByTestId(id).locator('tbody tr');
    await expect(rows).toHaveCount(7);
    const n = await rows.count();
    const aps = [];
    for (let i = 0; i < n; i++) aps.push(Number(await rows.nth(i).locator('td').nth(apCol - 1).textContent()));
    const best = aps.indexOf(Math.max(...aps));
    for (let i = 0; i < n; i++) {
      await expect(page.getByTestId(`${id}-row-${i}`)).toHaveAttribute('data-best', String(i === best));
    }
  }
  // Cross-check with the paper: best CE α = .75 (31.1 AP), best FL γ = 2, α = .25 (34.0 AP).
  await expect(page.getByTestId('t1a-row-3')).toHaveAttribute('data-best', 'true');
  await expect(page.getByTestId('t1a-row-3').locator('th')).toContainText('0.75');
  await expect(page.getByTestId('t1b-row-5').locator('th')).toContainText('2');
  await expect(page.getByTestId('paper-citation')).toContainText('1708.02002');

  // The population's negative share, computed here from the core.
  const pop = [];
  const rows = page.getByTestId('ag-population').locator('tbody tr');
  for (let i = 0; i < await rows.count(); i++) {
    const td = rows.nth(i).locator('td');
    pop.push([Number(await td.nth(0).textContent()), Number(await td.nth(1).textContent()), Number(await td.nth(2).textContent())]);
  }
  expect(pop.length).toBe(6);
  const share = async (alpha, gamma) => {
    let pos = 0;
    let neg = 0;
    for (const [y, p, n] of pop) {
      const v = n * await core(page, 'core_focal_from_prob', p, y, alpha, gamma);
      if (y === 1) pos += v; else neg += v;
    }
    return neg / (pos + neg);
  };
  for (const [alpha, gamma] of [[0.25, 2], [0.75, 0], [-1, 5]]) {
    await page.getByTestId('input-gamma').fill(String(gamma));
    if (alpha < 0) await page.getByTestId('toggle-alpha-off').check();
    else await page.getByTestId('input-alpha').fill(String(alpha));
    await reveal(page, 'ag-setting');
    await expect(page.getByTestId('ag-setting')).toContainText(`γ = ${gamma}`);
    await expect.poll(() => value(page, 'ag-neg-share')).toBeCloseTo(await share(alpha, gamma), 12);
    const off = await share(-1, gamma);
    close(await value(page, 'ag-neg-share-off'), off, 'share without α');
    close(await value(page, 'ag-alpha-star'), off, 'balancing α');
    // The 5 × 4 table's share at the same setting.
    let pos = 0;
    let neg = 0;
    for (let r = 0; r < R; r++) {
      for (let c = 0; c < C; c++) {
        const v = await core(page, 'core_focal_from_logit', POST_LOGITS[r][c], POST_TARGETS[r][c], alpha, gamma);
        if (POST_TARGETS[r][c] === 1) pos += v; else neg += v;
      }
    }
    close(await value(page, 'ag-fc-neg-share'), Math.min(1, neg / (pos + neg)), 'table share');
  }
  // The sweep shows the balancing α falling as γ rises (Table 1b's trend).
  const stars = [];
  for (let i = 0; i < 7; i++) stars.push(await value(page, `ag-sweep-${i}-astar`));
  for (let i = 1; i < 7; i++) expect(stars[i]).toBeLessThan(stars[i - 1]);
  expectClean(problems);
});

test('sections 6–8 in Chinese: every text translated, no key names', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?lang=zh');
  for (const id of ['five-class', 'quadrants', 'alpha-gamma']) {
    await reveal(page, `section-${id}`);
    const text = await page.getByTestId(`section-${id}`).innerText();
    expect(text).not.toMatch(/five_class\.|quadrants\.|alpha_gamma\.|sec\./);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  }
  await expect(page.getByTestId('section-quadrants')).toContainText('正易');
  await expect(page.getByTestId('fc-note-0-2')).toContainText('0.4181');
  expectClean(problems);
});
