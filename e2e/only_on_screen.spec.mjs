// Issue 10: a section far from the screen does no work on an input, and catches up before it is
// seen. Paints are counted through the page's own bench hook (`window.__flBench`).
import { test, expect } from '@playwright/test';
import { open, watch, expectClean } from './helpers.mjs';

const FAR = ['plot-share', 'plot-cdf', 'plot-cdf-pos', 'plot-seg-share', 'plot-seg-fl'];

test('a γ move repaints the explorer but nothing far below; the far section catches up when scrolled to', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  // Let every section be built (one per idle period), so "far" means built but off screen.
  await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')]
    .every((s) => s.dataset.built === 'true'), null, { timeout: 30_000 });
  await expect(page.getByTestId('section-simulator')).not.toHaveAttribute('data-near', 'true');
  await page.evaluate(() => { window.__flBench = {}; });
  const count = (id) => page.evaluate((id) => (window.__flBench[id] || []).length, id);
  const slider = page.getByTestId('slider-gamma');
  for (const v of ['1', '3', '0.5', '4']) {
    await slider.evaluate((el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); }, v);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  expect(await count('plot-loss')).toBeGreaterThanOrEqual(4);
  for (const id of FAR) expect(await count(id), id).toBe(0);

  // Scrolled to, the simulator shows γ = 4 (the shared value) and repaints once to catch up.
  await page.getByTestId('section-simulator').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('section-simulator')).toHaveAttribute('data-near', 'true');
  await expect(page.getByTestId('slider-sim-gamma')).toHaveValue('4');
  await expect.poll(() => count('plot-cdf')).toBeGreaterThanOrEqual(1);
  expect(await count('plot-cdf')).toBeLessThanOrEqual(2);
  expectClean(problems);
});
