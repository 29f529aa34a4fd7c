// Lessons 9–11: num-pos normalisation, CenterNet soft targets, segmentation. Every read-out is
// checked against independent arithmetic done here (the post's table through the app's own
// core_focal_from_logit; the CenterNet loss and the segmentation scene re-implemented in JS),
// for the defaults and after edits; bad input must be refused with the last good value kept.
import { test, expect } from '@playwright/test';
import { watch, open, expectClean, value, reveal } from './helpers.mjs';
import { POST_LOGITS, POST_TARGETS } from './post_data.mjs';

const BAD = ['abc', '', '1e999', 'NaN', '9'.repeat(10_000)];

/** Polls a read-out until it is within rel (relative, at least absolute for |e| < 1) of e. */
async function expectNear(page, testid, e, rel = 1e-9) {
  await expect
    .poll(async () => Math.abs((await value(page, testid)) - e) / Math.max(1, Math.abs(e)), {
      message: `${testid} ≈ ${e}`,
      timeout: 5000,
    })
    .toBeLessThanOrEqual(rel);
}

/** Sets a range slider the way a user does: value, then a bubbling input event. */
async function slide(page, testid, v) {
  await page.getByTestId(testid).evaluate((el, x) => {
    el.value = String(x);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, v);
}

/** Types bad text into a box: the error shows, the read-out keeps its value, the box its text after blur. */
async function rejects(page, box, error, readout, texts = BAD) {
  const before = await page.getByTestId(readout).getAttribute('data-value');
  const good = await page.getByTestId(box).inputValue();
  for (const t of texts) {
    await page.getByTestId(box).fill(t);
    await expect(page.getByTestId(error), `error for ${t.slice(0, 12)}`).not.toBeEmpty();
    await expect(page.getByTestId(box)).toHaveAttribute('aria-invalid', 'true');
    expect(await page.getByTestId(readout).getAttribute('data-value')).toBe(before);
  }
  await page.getByTestId(box).blur();
  await expect(page.getByTestId(box)).toHaveValue(good);
  await expect(page.getByTestId(error)).toBeEmpty();
}

// ---------------------------------------------------------------- 9. num_pos


/** Σ FL of the post's table, cell by cell through the app's exported core (α .25, γ 2). */
async function postTotal(page) {
  return page.evaluate(([xs, ts]) => {
    let s = 0;
    xs.forEach((row, r) => row.forEach((x, c) => {
      s += window.wasmBindings.core_focal_from_logit(x, ts[r][c], 0.25, 2);
    }));
    return s;
  }, [POST_LOGITS, POST_TARGETS]);
}

function perImage(batch) {
  return batch.reduce((a, [t, n]) => a + t / Math.max(n, 1), 0) / batch.length;
}
function across(batch) {
  const t = batch.reduce((a, [x]) => a + x, 0);
  const n = batch.reduce((a, [, c]) => a + c, 0);
  return t / Math.max(n, 1);
}

test('num-pos: the post example and the default batch match independent arithmetic', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const total = await postTotal(page);
  expect(Math.abs(total - 4.07378)).toBeLessThan(5e-6);
  await expectNear(page, 'numpos-post-total', total);
  expect(await value(page, 'numpos-post-count')).toBe(2);
  await expectNear(page, 'numpos-post-per-pos', total / 2);
  expect(Math.abs((await value(page, 'numpos-post-per-pos')) - 2.03689)).toBeLessThan(5e-6);
  await expectNear(page, 'numpos-post-per-point', total / 4);
  await expectNear(page, 'numpos-post-per-elem', total / 20);

  const batch = [[total, 2], [9, 12], [1.5, 0]];
  await expectNear(page, 'numpos-per-image', perImage(batch));
  await expectNear(page, 'numpos-across-batch', across(batch));
  expect(await value(page, 'numpos-clamped-3')).toBe(1);
  await expectNear(page, 'numpos-ratio-3', 1.5);
  await expectNear(page, 'numpos-ratio-1', total / 2);
  await expect(page.getByTestId('section-num-pos').getByTestId('post-credit')).toBeVisible();
  expectClean(problems);
});

test('num-pos: edits recompute both conventions, go to the URL, and the batch size toggles', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const total = await postTotal(page);
  await page.getByTestId('input-np-total-2').fill('3');
  await page.getByTestId('input-np-count-1').fill('5');
  await page.getByTestId('input-np-count-3').fill('4');
  let batch = [[total, 5], [3, 12], [1.5, 4]];
  await expectNear(page, 'numpos-per-image', perImage(batch));
  await expectNear(page, 'numpos-across-batch', across(batch));
  await expect(page).toHaveURL(/npt=[^&]*%2C3%2C1\.5|npt=[^&]*,3,1\.5/);
  await expect(page).toHaveURL(/npn=5(%2C|,)12(%2C|,)4/);

  await page.getByTestId('numpos-size-2').click();
  await expect(page.getByTestId('input-np-total-3')).toHaveCount(0);
  batch = batch.slice(0, 2);
  await expectNear(page, 'numpos-per-image', perImage(batch));
  await expectNear(page, 'numpos-across-batch', across(batch));
  await expect(page).toHaveURL(/npb=2/);

  // Equal counts make the conventions agree.
  await page.getByTestId('input-np-count-2').fill('5');
  await expectNear(page, 'numpos-per-image', await value(page, 'numpos-across-batch'));

  // Reopening the link restores the state (the URL is written shortly after a change).
  await expect(page).toHaveURL(/npn=5(%2C|,)5/);
  const url = page.url();
  await page.goto(url);
  await expect(page.getByTestId('input-np-count-2')).toHaveValue('5');
  await expect(page.getByTestId('input-np-total-3')).toHaveCount(0);

  await page.getByTestId('numpos-reset').click();
  await expectNear(page, 'numpos-per-image', perImage([[total, 2], [9, 12], [1.5, 0]]));
  expectClean(problems);
});

test('num-pos: bad cells show a message and keep the last good value', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await rejects(page, 'input-np-total-1', 'error-np-total-1', 'numpos-per-image', [...BAD, '-1', '2e6']);
  await rejects(page, 'input-np-count-1', 'error-np-count-1', 'numpos-across-batch', [...BAD, '2.5', '-3']);
  await expect(page.getByTestId('panic-banner')).toHaveCount(0);
  expectClean(problems);
});

// ---------------------------------------------------------------- 10. soft targets

/** CenterNet's loss on the 41-position toy heatmap, from the formulas (a = 2). */
function centernet({ sigma, peak, height, width, floor }, beta = 4) {
  const N = 41, C = 20;
  let pos = 0, neg = 0, npos = 0;
  for (let i = 0; i < N; i++) {
    const g = i === C ? 1 : sigma > 0 ? Math.exp(-((i - C) ** 2) / (2 * sigma * sigma)) : 0;
    const p = floor + (height - floor) * Math.exp(-((i - peak) ** 2) / (2 * width * width));
    if (g === 1) { pos += -((1 - p) ** 2) * Math.log(p); npos += 1; }
    else { neg += -((1 - g) ** beta) * p * p * Math.log(1 - p); }
  }
  return { pos, neg, npos, total: (pos + neg) / Math.max(npos, 1) };
}

async function expectSoft(page, inputs) {
  const r = centernet(inputs);
  await expectNear(page, 'soft-total', r.total);
  await expectNear(page, 'soft-pos', r.pos);
  await expectNear(page, 'soft-neg', r.neg);
  expect(await value(page, 'soft-numpos')).toBe(r.npos);
  await expectNear(page, 'soft-total-hard', centernet(inputs, 0).total);
}

test('soft targets: defaults and moves match the CenterNet formula', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const inputs = { sigma: 2, peak: 22, height: 0.6, width: 2, floor: 0.02 };
  await expectSoft(page, inputs);
  expect(Math.abs((await value(page, 'soft-total')) - 0.48883234569260975)).toBeLessThan(1e-12);

  await slide(page, 'slider-soft-peak', 20);
  await page.getByTestId('input-soft-height').fill('0.9');
  await page.getByTestId('input-soft-sigma').fill('3.5');
  Object.assign(inputs, { peak: 20, height: 0.9, sigma: 3.5 });
  await expectSoft(page, inputs);
  await expect(page).toHaveURL(/sig=3\.5/);
  await expect(page).toHaveURL(/spk=20/);

  // σ = 0: a hard one-hot target, so β makes no difference.
  await page.getByTestId('input-soft-sigma').fill('0');
  inputs.sigma = 0;
  await expectSoft(page, inputs);
  await expectNear(page, 'soft-total', await value(page, 'soft-total-hard'));

  await page.getByTestId('input-soft-width').fill('0.5');
  await page.getByTestId('input-soft-floor').fill('0.3');
  Object.assign(inputs, { width: 0.5, floor: 0.3 });
  await expectSoft(page, inputs);
  await expect(page.getByTestId('soft-credit')).toContainText('CornerNet');
  await expect(page.getByTestId('soft-credit')).toContainText('Objects as Points');
  expectClean(problems);
});

test('soft targets: bad input is refused and a shared link reopens the state', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?sig=1.5&spk=18&sph=0.8&sps=3&spb=0.05');
  const inputs = { sigma: 1.5, peak: 18, height: 0.8, width: 3, floor: 0.05 };
  await expectSoft(page, inputs);
  await rejects(page, 'input-soft-sigma', 'error-soft-sigma', 'soft-total', [...BAD, '-1', '11']);
  await rejects(page, 'input-soft-height', 'error-soft-height', 'soft-total', [...BAD, '1', '0']);
  await expectSoft(page, inputs);
  expectClean(problems);
});

// ---------------------------------------------------------------- 11. segmentation

/** The scene of src/sections/segmentation/scene.rs, re-implemented from its documentation. */
function scene(r, margin, noise, seed, size = 48, edge = 1.5) {
  const M = (1n << 64n) - 1n;
  let s = BigInt(seed);
  const next = () => {
    s = (s + 0x9E3779B97F4A7C15n) & M;
    let z = s;
    z = ((z ^ (z >> 30n)) * 0xBF58476D1CE4E5B9n) & M;
    z = ((z ^ (z >> 27n)) * 0x94D049BB133111EBn) & M;
    return z ^ (z >> 31n);
  };
  const unif = () => (Number(next() >> 11n) + 0.5) / 2 ** 53;
  const mask = [], logits = [];
  const c = size / 2;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const dx = j + 0.5 - c, dy = i + 0.5 - c, d2 = dx * dx + dy * dy;
      const ramp = Math.min(1, Math.max(-1, (r - Math.sqrt(d2)) / edge));
      const u1 = unif(), u2 = unif();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      mask.push(d2 <= r * r ? 1 : 0);
      logits.push(margin * ramp + noise * z);
    }
  }
  return { mask, logits };
}

/** Per-pixel CE and FL through the app's exported core; shares summed here. */
async function segExpect(page, { r, margin, noise, seed, alpha, gamma }) {
  const { mask, logits } = scene(r, margin, noise, seed);
  return page.evaluate(([mask, logits, alpha, gamma]) => {
    const w = window.wasmBindings;
    let ce = 0, fl = 0, bce = 0, bfl = 0, ece = 0, efl = 0, fg = 0, hard = 0;
    mask.forEach((y, k) => {
      const x = logits[k];
      const c = w.core_bce_with_logits(x, y);
      const f = w.core_focal_from_logit(x, y, alpha, gamma);
      ce += c; fl += f;
      if (y === 1) { fg += 1; return; }
      bce += c; bfl += f;
      if (x < 0) { ece += c; efl += f; } else { hard += 1; }
    });
    return { shareCe: bce / ce, shareFl: bfl / fl, easyCe: ece / ce, easyFl: efl / fl, fg, hard, meanCe: ce / mask.length, meanFl: fl / mask.length };
  }, [mask, logits, alpha, gamma]);
}

async function expectSeg(page, inputs) {
  const e = await segExpect(page, inputs);
  await expectNear(page, 'seg-bg-share-ce', e.shareCe);
  await expectNear(page, 'seg-bg-share-fl', e.shareFl);
  await expectNear(page, 'seg-easy-share-ce', e.easyCe);
  await expectNear(page, 'seg-easy-share-fl', e.easyFl);
  await expectNear(page, 'seg-ce-mean', e.meanCe);
  await expectNear(page, 'seg-fl-mean', e.meanFl);
  expect(await value(page, 'seg-fg-pixels')).toBe(e.fg);
  expect(await value(page, 'seg-hard-bg')).toBe(e.hard);
  return e;
}

test('segmentation: default shares and edits match per-pixel core sums', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const inputs = { r: 5, margin: 4, noise: 1, seed: 1, alpha: 0.25, gamma: 2 };
  const e = await expectSeg(page, inputs);
  // tools/lessons_c_reference.py (Python, independent): the default scene.
  expect(Math.abs(e.shareCe - 0.884756493598451)).toBeLessThan(1e-9);
  expect(Math.abs(e.shareFl - 0.8877605130436312)).toBeLessThan(1e-9);
  expect(e.fg).toBe(80);
  await expect(page.getByTestId('plot-seg-ce')).toBeVisible();
  await expect(page.getByTestId('seg-breakdown').locator('tbody tr')).toHaveCount(5);

  await slide(page, 'slider-seg-radius', 9);
  await page.getByTestId('input-seg-noise').fill('2');
  await page.getByTestId('input-seg-seed').fill('42');
  Object.assign(inputs, { r: 9, noise: 2, seed: 42 });
  await expectSeg(page, inputs);
  await expect(page).toHaveURL(/sgr=9/);
  await expect(page).toHaveURL(/sgd=42/);

  await page.getByTestId('seg-next-seed').click();
  inputs.seed = 43;
  await expectSeg(page, inputs);

  // α and γ are the explorer's: editing them here moves the explorer too.
  await page.getByTestId('input-seg-gamma').fill('0');
  await page.getByTestId('input-seg-alpha').fill('0.5');
  Object.assign(inputs, { gamma: 0, alpha: 0.5 });
  await expectSeg(page, inputs);
  // α = .5, γ = 0: FL = CE / 2 per pixel, so the shares agree.
  await expectNear(page, 'seg-bg-share-fl', await value(page, 'seg-bg-share-ce'));
  await reveal(page, 'input-gamma');
  await expect(page.getByTestId('input-gamma')).toHaveValue('0');

  await expect(page.getByTestId('seg-scale')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('seg-scale').click();
  await expect(page.getByTestId('seg-scale')).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/sgs=lin/);
  await expect(page.getByTestId('seg-legend')).toContainText('linear');
  expectClean(problems);
});

test('segmentation: bad input is refused; a link reopens the scene', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?sgr=12&sgq=2&sgn=2&sgd=7');
  const inputs = { r: 12, margin: 2, noise: 2, seed: 7, alpha: 0.25, gamma: 2 };
  const e = await expectSeg(page, inputs);
  expect(Math.abs(e.shareCe - 0.7821695918405976)).toBeLessThan(1e-9);
  expect(Math.abs(e.shareFl - 0.9108403518064985)).toBeLessThan(1e-9);
  await rejects(page, 'input-seg-seed', 'error-seg-seed', 'seg-bg-share-fl', [...BAD, '1.5', '-2', '1000000']);
  await rejects(page, 'input-seg-radius', 'error-seg-radius', 'seg-bg-share-ce', [...BAD, '0', '21']);
  await rejects(page, 'input-seg-margin', 'error-seg-margin', 'seg-bg-share-ce', BAD);
  await expectSeg(page, inputs);
  expectClean(problems);
});

test('lessons 9–11 in Chinese: no untranslated keys, credits present', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?lang=zh');
  for (const id of ['num-pos', 'soft-targets', 'segmentation']) {
    await reveal(page, `section-${id}`);
    const text = await page.getByTestId(`section-${id}`).innerText();
    expect(text).not.toMatch(/\b(num_pos|soft_targets|segmentation)\.[a-z_]+/);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  }
  await expect(page.getByTestId('section-segmentation')).toContainText('背景');
  await expect(page.getByTestId('section-soft-targets').getByTestId('post-credit')).toBeVisible();
  await page.getByTestId('input-np-count-1').fill('x');
  await expect(page.getByTestId('error-np-count-1')).toContainText('有效值');
  expectClean(problems);
});
