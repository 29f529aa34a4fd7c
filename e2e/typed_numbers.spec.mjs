// Numbers as people type them (issue #14, item 3): thousands grouped by commas or spaces in
// whole-number boxes, a comma as decimal separator only where it cannot group thousands (and a
// message where it could), full-width digits and punctuation from Chinese input methods, −0 read
// as 0, exact limits in range messages, every slider spanning the range its box accepts (or
// showing off-scale without moving the value), and a URL notice that says what was used.
import { test, expect } from '@playwright/test';
import { watch, open, reveal, expectClean } from './helpers.mjs';

/** Text with every kind of space as a plain space (limits are grouped by U+202F). */
const plain = (s) => s.replace(/[\u00A0\u2009\u202F]/g, ' ');

/** Types `text` into a box (an input event per fill, as typing gives). */
async function type(page, id, text) {
  await reveal(page, id);
  await page.getByTestId(id).fill(text);
}

/** The box's last good value once it settles (the simulator applies changes per frame). */
async function expectValue(page, id, v) {
  await expect.poll(async () => Number(await page.getByTestId(id).getAttribute('data-value')), { message: id })
    .toBe(v);
}

async function errorText(page, id) {
  return plain((await page.getByTestId(id).textContent()) || '');
}

test('whole-number boxes read 100,000 and 100 000 (any space) as 100000', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const forms = ['250,000', '250 000', '250\u00A0000', '250\u2009000', '250\u202F000', '２５０，０００', '２５０\u3000０００'];
  for (const f of forms) {
    await type(page, 'sim-n-input', '1000');
    await expectValue(page, 'sim-n', 1000);
    await type(page, 'sim-n-input', f);
    await expectValue(page, 'sim-n', 250000);
    expect(await errorText(page, 'sim-n-input-error'), f).toBe('');
  }
  // Not a thousands grouping: a decimal comma, so not a whole number; the value stays.
  await type(page, 'sim-n-input', '1,5');
  await expect(page.getByTestId('sim-n-input-error')).toContainText('whole number');
  // "1.000" in a whole-number box could be 1 or 1000: a message naming both, no guess.
  await type(page, 'sim-n-input', '1.000');
  expect(await errorText(page, 'sim-n-input-error')).toMatch(/1 000.*\b1\b/);
  await expectValue(page, 'sim-n', 250000);
  // Whole-number range messages print the exact limits, thousands grouped.
  await type(page, 'sim-n-input', '2,000,000');
  expect(await errorText(page, 'sim-n-input-error')).toContain('whole number from 1 to 1 000 000');
  await expectValue(page, 'sim-n', 250000);
  // N = 1 … 999 are on the slider too (it spans 10⁰ … 10⁶).
  await type(page, 'sim-n-input', '500');
  await expectValue(page, 'sim-n', 500);

  // The seed: up to 2³² − 1, typed grouped.
  await type(page, 'sim-seed', '4,294,967,295');
  await expectValue(page, 'sim-seed', 4294967295);
  await type(page, 'sim-seed', '4 294 967 296');
  expect(await errorText(page, 'sim-seed-error')).toContain('up to 4 294 967 295');
  await expectValue(page, 'sim-seed', 4294967295);
  // The segmentation seed too.
  await type(page, 'input-seg-seed', '12 345');
  await expectValue(page, 'input-seg-seed', 12345);
  await type(page, 'input-seg-seed', '1,000,000');
  expect(await errorText(page, 'error-seg-seed')).toContain('up to 999 999');
  await page.getByTestId('input-seg-seed').blur();
  await expect(page.getByTestId('input-seg-seed')).toHaveValue('12345');
  expectClean(problems);
});

test('decimal boxes: a comma is decimal only where it cannot group thousands', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await type(page, 'input-p', '0,5');
  await expectValue(page, 'input-p', 0.5);
  await type(page, 'input-p', '0,25');
  await expectValue(page, 'input-p', 0.25);
  await type(page, 'walk-logit', '12,34');
  await expectValue(page, 'walk-logit', 12.34);
  await type(page, 'walk-logit', '−1 000');
  await expectValue(page, 'walk-logit', -1000);
  // 1,000 where decimals are allowed: 1000 or 1.000? Named, refused, value kept.
  await type(page, 'input-gamma', '1,000');
  const msg = await errorText(page, 'error-gamma');
  expect(msg).toContain('Ambiguous');
  expect(msg).toContain('1 000');
  await expectValue(page, 'input-gamma', 2);
  // Range messages print the exact limits.
  await type(page, 'input-p', '2');
  expect(await errorText(page, 'error-p')).toContain('between 0.001 and 0.999');
  await type(page, 'walk-logit', '1e4');
  expect(await errorText(page, 'walk-logit-error')).toContain('between −1 000 and 1 000');
  await type(page, 'input-soft-floor', '0.6');
  expect(await errorText(page, 'error-soft-floor')).toContain('between 0.001 and 0.5');
  expectClean(problems);
});

test('full-width digits and punctuation read as ASCII; −0 is 0', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  for (const [text, v] of [['０．５', 0.5], ['0。3', 0.3], ['０。７５', 0.75], ['０，２', 0.2]]) {
    await type(page, 'input-p', text);
    await expectValue(page, 'input-p', v);
    expect(await errorText(page, 'error-p'), text).toBe('');
  }
  await type(page, 'input-gamma', '＋３');
  await expectValue(page, 'input-gamma', 3);
  await type(page, 'walk-logit', '－１ｅ１');
  await expectValue(page, 'walk-logit', -10);
  // −0 in any spelling is 0: the box, the slider's spoken value and the URL never say −0.
  for (const z of ['-0', '−0', '－０', '-0.0']) {
    await type(page, 'walk-logit', '5');
    await expectValue(page, 'walk-logit', 5);
    await type(page, 'walk-logit', z);
    await expectValue(page, 'walk-logit', 0);
    expect(await page.getByTestId('walk-logit').getAttribute('data-value'), z).toBe('0');
    await page.getByTestId('walk-logit').blur();
    await expect(page.getByTestId('walk-logit')).toHaveValue('0');
    await expect(page.getByTestId('walk-logit-slider')).toHaveAttribute('aria-valuetext', 'x = 0');
  }
  await expect(page).toHaveURL(/[?&]x=0(&|$)/);
  await page.goto('/?x=-0');
  await reveal(page, 'walk-logit');
  await expect(page.getByTestId('walk-logit')).toHaveValue('0');
  // No value reads −0 (the first line's formula substitutes x into e^{−x}: "e−0" is that).
  const walk = (await page.getByTestId('walk-table').textContent()).replace(/e−0/g, '');
  expect(walk).not.toMatch(/[−-]0(?![.\d])/);
  await expect(page.getByTestId('url-notice')).toHaveCount(0);
  expectClean(problems);
});

test('every slider spans the range its box accepts, or shows off-scale without moving the value', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  // Build every section (a reader scrolling through) and open the simulator's advanced fold.
  const ids = await page.evaluate(() => [...document.querySelectorAll('section.lesson')].map((s) => s.id));
  for (const id of ids) {
    await page.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
    await page.waitForTimeout(50);
  }
  await reveal(page, 'sim-advanced');
  await page.getByTestId('sim-advanced').evaluate((d) => { d.open = true; });
  const sliders = await page.evaluate(() => [...document.querySelectorAll('input[type="range"]')].map((s) => ({
    id: s.dataset.testid, box: s.dataset.box, scale: s.dataset.scale || 'lin', min: Number(s.min), max: Number(s.max),
  })));
  expect(sliders.length).toBeGreaterThanOrEqual(30);
  // Every slider named `slider-X` has the box `input-X`; the others name theirs.
  for (const s of sliders) {
    expect(s.box, `${s.id} names its box`).toBeTruthy();
    if (s.id.startsWith('slider-')) expect(s.box).toBe('input-' + s.id.slice('slider-'.length));
  }
  const offScale = [];
  for (const s of sliders) {
    await reveal(page, s.box);
    const box = page.getByTestId(s.box);
    const boxMin = Number(await box.getAttribute('data-min'));
    const boxMax = Number(await box.getAttribute('data-max'));
    const sMin = s.scale === 'log10' ? 10 ** s.min : s.min;
    const sMax = s.scale === 'log10' ? 10 ** s.max : s.max;
    if (sMin === boxMin && sMax === boxMax) continue;
    offScale.push(s.id);
    // A slider narrower than its box: at the box's limits the thumb is pinned at the end, the
    // slider says "off scale", and stepping keys leave the value alone.
    for (const [limit, side] of [[boxMax, 'high'], [boxMin, 'low']]) {
      await box.fill(String(limit));
      await box.blur();
      await expect.poll(async () => Number(await box.getAttribute('data-value'))).toBe(limit);
      const slider = page.getByTestId(s.id);
      await expect(slider).toHaveAttribute('data-offscale', side);
      await expect(page.getByTestId(`${s.id}-offscale`)).toBeVisible();
      await expect(page.getByTestId(`${s.id}-offscale`)).toContainText('off scale');
      expect(Number(await slider.inputValue())).toBe(side === 'high' ? s.max : s.min);
      await slider.focus();
      for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown']) {
        await page.keyboard.press(key);
      }
      await page.waitForTimeout(50);
      expect(Number(await box.getAttribute('data-value')), `${s.id} ${side}`).toBe(limit);
    }
    // Back in range, the mark goes and the slider moves the value again.
    await box.fill('3');
    await expect(page.getByTestId(s.id)).toHaveAttribute('data-offscale', '');
    await expect(page.getByTestId(`${s.id}-offscale`)).toHaveCount(0);
    await page.getByTestId(s.id).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await box.getAttribute('data-value'))).toBeCloseTo(3.1, 9);
  }
  // Only the FCOS logit (box ±1000, slider ±20) is narrower on purpose.
  expect(offScale).toEqual(['walk-logit-slider']);
  expectClean(problems);
});

test('γ = 8 from a link is on the slider; an arrow key steps from 8, not from 5', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?gamma=8&n=500');
  await expect(page.getByTestId('slider-gamma')).toHaveValue('8');
  await page.getByTestId('slider-gamma').focus();
  await page.keyboard.press('ArrowRight');
  await expectValue(page, 'input-gamma', 8.1);
  // N = 500 on its log slider: a step moves it a little, never to 1000.
  await reveal(page, 'sim-n');
  await page.getByTestId('sim-n').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => Number(await page.getByTestId('sim-n').getAttribute('data-value'))).not.toBe(500);
  const n = Number(await page.getByTestId('sim-n').getAttribute('data-value'));
  expect(n).toBeGreaterThan(500);
  expect(n).toBeLessThan(600);
  // The FCOS logit from a link beyond its slider: off scale, and keys do not move it.
  await page.goto('/?x=100');
  await reveal(page, 'walk-logit-slider');
  await expect(page.getByTestId('walk-logit-slider')).toHaveAttribute('data-offscale', 'high');
  await page.getByTestId('walk-logit-slider').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(50);
  await expect(page.getByTestId('walk-logit')).toHaveAttribute('data-value', '100');
  expectClean(problems);
});

test('the URL notice says which value was used', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?p=0.3&p=0.7');
  await expectValue(page, 'input-p', 0.3);
  const notice = page.getByTestId('url-notice');
  await expect(notice).toContainText('p = 0.7');
  await expect(notice).toContainText('repeated parameter');
  await expect(notice).toContainText('p = 0.3 was used');
  await expect(notice).not.toContainText('default');
  await expect(notice).toContainText('Some link parameters were ignored:');

  await open(page, '?p=0,5&p=0.3');
  await expectValue(page, 'input-p', 0.3);
  await expect(notice).toContainText('p = 0,5');
  await expect(notice).toContainText('p = 0.3 was used');

  await open(page, '?p=abc&n=100,000&seed=%EF%BC%97');
  await expect(notice).toContainText('the default p = 0.9 was used');
  await expect(notice.locator('li')).toHaveCount(1);
  await expectValue(page, 'sim-seed', 7);

  await open(page, '?lang=zh&gamma=3&gamma=4');
  await expect(notice).toContainText('使用的是 gamma = 3');
  await expectValue(page, 'input-gamma', 3);
  expectClean(problems);
});
