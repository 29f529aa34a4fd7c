// The explorer: sliders by keyboard and by input events, presets, typed values, read-outs equal
// to the math core for the same inputs, canvases that change while the γ family stays.
import { test, expect } from '@playwright/test';
import { watch, open, core, value, expectClean } from './helpers.mjs';

/** Reads the explorer's state from its controls. */
async function state(page) {
  const p = Number(await page.getByTestId('slider-p').inputValue());
  const y = Number(await page.getByTestId('toggle-y').getAttribute('data-value'));
  const off = await page.getByTestId('toggle-alpha-off').isChecked();
  const alpha = off ? -1 : Number(await page.getByTestId('slider-alpha').inputValue());
  const gamma = Number(await page.getByTestId('input-gamma').inputValue());
  return { p, y, alpha, gamma };
}

function close(actual, expected, what) {
  if (expected === Infinity) return expect(actual, what).toBe(Infinity);
  const tol = 1e-12 * Math.max(1, Math.abs(expected));
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

/** Every read-out equals the core's value for the inputs the controls show. */
async function expectReadoutsMatchCore(page, expected) {
  const s = await state(page);
  if (expected) {
    for (const [k, v] of Object.entries(expected)) expect(s[k], k).toBeCloseTo(v, 10);
  }
  const pt = await core(page, 'core_p_t', s.p, s.y);
  await expect.poll(() => value(page, 'readout-pt')).toBeCloseTo(pt, 12);
  close(await value(page, 'readout-alpha-t'), await core(page, 'core_alpha_t', s.alpha, s.y), 'alpha_t');
  close(await value(page, 'readout-modulator'), await core(page, 'core_modulating_factor', pt, s.gamma), 'modulator');
  close(await value(page, 'readout-ce'), await core(page, 'core_bce', s.p, s.y), 'CE');
  close(await value(page, 'readout-fl'), await core(page, 'core_focal_from_prob', s.p, s.y, s.alpha, s.gamma), 'FL');
  close(await value(page, 'readout-ratio'), await core(page, 'core_ce_over_fl', pt, s.y, s.alpha, s.gamma), 'CE/FL');
  // The read-out's text is the rounded value; never NaN.
  for (const id of ['readout-pt', 'readout-ce', 'readout-fl', 'readout-ratio']) {
    await expect(page.getByTestId(id)).not.toHaveText(/NaN|—/);
  }
  return s;
}

/** Pixels of a canvas close to an RGB colour (to find the faint γ family). */
async function countColour(page, testid, rgb, tol = 40) {
  return page.getByTestId(testid).evaluate((c, [rgb, tol]) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i] - rgb[0]) + Math.abs(d[i + 1] - rgb[1]) + Math.abs(d[i + 2] - rgb[2]) < tol) n++;
    }
    return n;
  }, [rgb, tol]);
}

const canvasData = (page, id) => page.getByTestId(id).evaluate((c) => c.toDataURL());

test('defaults match the core and the issue example', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await expectReadoutsMatchCore(page, { p: 0.9, y: 1, alpha: 0.25, gamma: 2 });
  // FL = −0.25 · (1 − 0.90)^2 · ln 0.90 = 0.000263 (issue text), computed independently here.
  expect(await value(page, 'readout-fl')).toBeCloseTo(-0.25 * 0.01 * Math.log(0.9), 15);
  await expect(page.getByTestId('explorer-formula')).toContainText('0.0002634');
  expectClean(problems);
});

test('sliders move by keyboard and by input events', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.getByTestId('slider-p').focus();
  await page.keyboard.press('ArrowRight');
  await expectReadoutsMatchCore(page, { p: 0.901 });
  await page.getByTestId('slider-gamma').focus();
  await page.keyboard.press('ArrowLeft');
  await expectReadoutsMatchCore(page, { gamma: 1.9 });
  await page.getByTestId('slider-alpha').focus();
  await page.keyboard.press('ArrowRight');
  await expectReadoutsMatchCore(page, { alpha: 0.26 });
  await expect(page.getByTestId('slider-p')).toHaveAttribute('aria-valuetext', /p = 0\.901, easy positive/);

  const setRange = (id, v) => page.getByTestId(id).evaluate((el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, v);
  await setRange('slider-p', 0.3);
  await expectReadoutsMatchCore(page, { p: 0.3 });
  await expect(page.getByTestId('input-p')).toHaveValue('0.3');
  await setRange('slider-gamma', 4.5);
  await expectReadoutsMatchCore(page, { gamma: 4.5 });
  await setRange('slider-alpha', 0.9);
  await expectReadoutsMatchCore(page, { alpha: 0.9 });
  await page.getByTestId('toggle-y').click();
  await expectReadoutsMatchCore(page, { y: 0 });
  // p = 0.3 with y = 0 gives p_t = 0.7: an easy negative.
  await expect(page.getByTestId('slider-p')).toHaveAttribute('aria-valuetext', /easy negative/);
  await page.getByTestId('toggle-alpha-off').check();
  await expectReadoutsMatchCore(page, { alpha: -1 });
  expect(await value(page, 'readout-alpha-t')).toBe(1);
  await expect(page.getByTestId('slider-alpha')).toBeDisabled();
  await page.getByTestId('toggle-alpha-off').uncheck();
  await expectReadoutsMatchCore(page, { alpha: 0.9 });
  expectClean(problems);
});

test('presets and reset', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const cases = [
    ['preset-easy-pos', { y: 1, p: 0.95 }],
    ['preset-hard-pos', { y: 1, p: 0.1 }],
    ['preset-easy-neg', { y: 0, p: 0.05 }],
    ['preset-hard-neg', { y: 0, p: 0.9 }],
    ['preset-ce', { alpha: -1, gamma: 0 }],
  ];
  for (const [id, want] of cases) {
    await page.getByTestId(id).click();
    await expectReadoutsMatchCore(page, want);
  }
  // Plain CE: FL equals CE exactly and the ratio is 1.
  expect(await value(page, 'readout-fl')).toBe(await value(page, 'readout-ce'));
  expect(await value(page, 'readout-ratio')).toBe(1);
  await page.getByTestId('preset-paper').click();
  await expectReadoutsMatchCore(page, { alpha: 0.25, gamma: 2 });
  await page.getByTestId('preset-hard-pos').click();
  await page.getByTestId('reset').click();
  await expectReadoutsMatchCore(page, { p: 0.9, y: 1, alpha: 0.25, gamma: 2 });
  expectClean(problems);
});

test('typed values: good ones apply, bad ones are refused and keep the last good value', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const box = page.getByTestId('input-p');
  await box.fill('0.42');
  await expectReadoutsMatchCore(page, { p: 0.42 });
  const ce = await value(page, 'readout-ce');
  for (const bad of ['abc', '', '-', '1e999', 'NaN', 'Infinity', '2', '0', 'x'.repeat(10_000), '猫🐱']) {
    await box.fill(bad);
    await expect(page.getByTestId('error-p')).not.toBeEmpty();
    expect(await value(page, 'readout-ce')).toBe(ce);
    await expect(page.getByTestId('slider-p')).toHaveValue('0.42');
  }
  await box.blur();
  await expect(box).toHaveValue('0.42');
  await expect(page.getByTestId('error-p')).toBeEmpty();
  // γ's box accepts up to 10 although the slider stops at 5.
  await page.getByTestId('input-gamma').fill('7.5');
  await expectReadoutsMatchCore(page, { gamma: 7.5 });
  await page.getByTestId('input-gamma').fill('10.5');
  await expect(page.getByTestId('error-gamma')).not.toBeEmpty();
  await page.getByTestId('input-gamma').blur();
  await expect(page.getByTestId('input-gamma')).toHaveValue('7.5');
  await expectReadoutsMatchCore(page, { gamma: 7.5 });
  expectClean(problems);
});

test('plots redraw on a move, keep the γ family, and offer text alternatives', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const ids = ['plot-loss', 'plot-grad', 'plot-ratio'];
  for (const id of ids) {
    await expect(page.getByTestId(id)).toHaveAttribute('role', 'img');
    await expect(page.getByTestId(id)).toHaveAttribute('aria-label', /0\.9/);
    expect(await page.getByTestId(`table-${id}`).locator('tbody tr').count()).toBeGreaterThanOrEqual(11);
  }
  // Backing store follows the device pixel ratio (crisp on high-DPI screens).
  const backing = await page.getByTestId('plot-loss').evaluate((c) => c.width / c.clientWidth);
  expect(backing).toBeCloseTo(await page.evaluate(() => devicePixelRatio), 1);

  const before = Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await canvasData(page, id)])));
  const faint = [140, 146, 160];
  const familyBefore = await countColour(page, 'plot-loss', faint);
  expect(familyBefore).toBeGreaterThan(300);
  await page.getByTestId('slider-gamma').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('input-gamma')).toHaveValue('2.5');
  await expect.poll(() => canvasData(page, 'plot-loss')).not.toBe(before['plot-loss']);
  await expect.poll(() => canvasData(page, 'plot-grad')).not.toBe(before['plot-grad']);
  await expect.poll(() => canvasData(page, 'plot-ratio')).not.toBe(before['plot-ratio']);
  const familyAfter = await countColour(page, 'plot-loss', faint);
  expect(Math.abs(familyAfter - familyBefore) / familyBefore).toBeLessThan(0.2);
  await expect(page.getByTestId('plot-loss')).toHaveAttribute('aria-label', /γ = 2\.5/);

  // Axis toggles redraw too.
  const lin = await canvasData(page, 'plot-loss');
  await page.getByTestId('toggle-yscale').click();
  await expect.poll(() => canvasData(page, 'plot-loss')).not.toBe(lin);
  await page.getByTestId('toggle-xaxis').click();
  await expect(page.getByTestId('table-plot-loss').locator('th').first()).toHaveText('p');

  // Hover shows a cross-hair read-out of x, CE and FL.
  const box = await page.getByTestId('plot-loss').boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await expect(page.getByTestId('hover-plot-loss')).toContainText('CE =');
  await expect(page.getByTestId('hover-plot-loss')).toContainText('FL (');
  expectClean(problems);
});

test('a term clicked in lesson 4 highlights its read-out in the explorer', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  for (const [term, readout] of [['fl', 'readout-fl'], ['pt', 'readout-pt'], ['modulator', 'readout-modulator']]) {
    await page.getByTestId(`term-${term}`).click();
    await expect(page.getByTestId(readout).locator('xpath=..')).toHaveClass(/highlight/);
  }
  await expect(page).toHaveURL(/#explorer$/);
  // It fades after a few seconds.
  await expect(page.getByTestId('readout-modulator').locator('xpath=..')).not.toHaveClass(/highlight/, { timeout: 6000 });
  expectClean(problems);
});
