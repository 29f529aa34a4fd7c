// Plot words (band captions, curve tags, legends, the CE/FL and landmark labels) are placed
// clear of every curve, marker and other word, as measured by the browser's own text metrics.
// Each canvas reports how many words found no free spot in `data-labels-crowded`.
import { test, expect } from '@playwright/test';
import { open, reveal, watch, expectClean } from './helpers.mjs';

const STATES = ['', '?yscale=log&p=0.98', '?y=0&p=0.02&yscale=log', '?lang=zh&xaxis=p&y=0&p=0.3',
  '?alpha=off&gamma=5&p=0.5', '?gamma=0&alpha=1', '?mode=slides'];

for (const q of STATES) {
  test(`no plot word crosses a curve or another word: ${q || 'defaults'}`, async ({ page }) => {
    const problems = watch(page);
    await open(page, q);
    for (const id of ['plot-loss', 'plot-grad', 'plot-ratio']) {
      await reveal(page, id);
      const c = page.getByTestId(id);
      await expect(c).toHaveAttribute('data-labels-crowded', '0');
    }
    // Every other plot on the page, once its section is on screen.
    const ids = await page.evaluate(() => [...document.querySelectorAll('canvas[data-testid^="plot-"]')]
      .map((c) => c.dataset.testid));
    for (const id of ids) {
      await reveal(page, id);
      await expect(page.getByTestId(id)).toHaveAttribute('data-labels-crowded', '0');
    }
    expectClean(problems);
  });
}

test('the legend no longer covers the well-classified caption', async ({ page }) => {
  await open(page);
  const c = page.getByTestId('plot-loss');
  await expect(c).toHaveAttribute('data-labels-crowded', '0');
  // Before: the legend sat over the "well-classified" caption. The page's pixel columns under the
  // caption's text must not be covered by the legend box: the caption's ink is visible.
  const ink = await c.evaluate((el) => {
    const g = el.getContext('2d');
    const { width, height } = el;
    // The caption sits at the top of the band (right half); count dark text pixels there.
    const d = g.getImageData(Math.round(width * 0.6), 0, Math.round(width * 0.35), Math.round(height * 0.08)).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 300) n++;
    return n;
  });
  expect(ink).toBeGreaterThan(20);
});
