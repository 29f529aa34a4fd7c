// Issue #14, items 4 and 5: the log loss axis reaches the FL it reports; the contents list's
// numbers never run into the previous item; the segmentation share chart's table holds the
// bars' values; print keeps plot titles with their plots and shows no action buttons.
import { test, expect } from '@playwright/test';
import { watch, open, value, reveal, expectClean } from './helpers.mjs';

test('the log loss axis reaches below the FL it reports (p = 0.98)', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?yscale=log&p=0.98');
  const fl = await value(page, 'readout-fl');
  expect(fl).toBeGreaterThan(1.9e-6);
  expect(fl).toBeLessThan(2.1e-6);
  const plot = page.getByTestId('plot-loss');
  await expect(plot).toHaveAttribute('data-y-log', 'true');
  const yMin = Number(await plot.getAttribute('data-y-min'));
  expect(yMin).toBeLessThanOrEqual(fl);
  expect(yMin).toBeGreaterThanOrEqual(1e-12);
  // A power of ten.
  expect(Math.abs(Math.log10(yMin) - Math.round(Math.log10(yMin)))).toBeLessThan(1e-9);
  // Back to a linear axis: from 0.
  await page.getByTestId('toggle-yscale').click();
  await expect(plot).toHaveAttribute('data-y-log', 'false');
  await expect(plot).toHaveAttribute('data-y-min', '0');
  expectClean(problems);
});

test('contents numbers never run into the previous item', async ({ page }) => {
  const problems = watch(page);
  for (const width of [1280, 900, 600]) {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    const items = await page.evaluate(() => [...document.querySelectorAll('nav.toc li')].map((li) => {
      const a = li.querySelector('a').getBoundingClientRect();
      const b = li.getBoundingClientRect();
      return { text: li.textContent, left: b.left, right: b.right, top: b.top, aLeft: a.left, pos: getComputedStyle(li).listStylePosition };
    }));
    expect(items.length).toBeGreaterThanOrEqual(13);
    for (const [i, it] of items.entries()) {
      // The number "10. " is inside the item's own box, before its link…
      expect(it.pos, it.text).toBe('inside');
      expect(it.aLeft - it.left, it.text).toBeGreaterThan(10);
      // …and boxes on one line do not overlap.
      const prev = items[i - 1];
      if (prev && Math.abs(prev.top - it.top) < 2) expect(it.left, it.text).toBeGreaterThanOrEqual(prev.right);
    }
  }
  expectClean(problems);
});

test("the segmentation share chart's table holds the bars' values", async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await reveal(page, 'table-plot-seg-share');
  const table = page.getByTestId('table-plot-seg-share');
  await expect(table.locator('thead th')).toHaveText(['Pixels', 'share of Σ CE', 'share of Σ FL']);
  await expect(table.locator('tbody tr')).toHaveCount(3);
  const cells = (loc) => loc.evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
  const share = await cells(table.locator('tbody tr'));
  const breakdown = await cells(page.getByTestId('seg-breakdown').locator('tbody tr'));
  // Breakdown rows: object, easy background, hard background, …; columns: group, count, Σ CE,
  // CE share, Σ FL, FL share. The bars stack easy background, hard background, object.
  for (const [k, b] of [[0, 1], [1, 2], [2, 0]]) {
    expect(share[k]).toEqual([breakdown[b][0], breakdown[b][3], breakdown[b][5]]);
  }
  expectClean(problems);
});

test('print keeps plot titles with their plots and shows no action buttons', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const ids = await page.evaluate(() => [...document.querySelectorAll('section.lesson')].map((s) => s.id));
  for (const id of ids) {
    await page.evaluate((id) => document.getElementById(id).scrollIntoView(), id);
    await page.waitForTimeout(30);
  }
  await page.emulateMedia({ media: 'print' });
  const r = await page.evaluate(() => {
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const buttons = [...document.querySelectorAll('button')]
      .filter(visible)
      // Buttons that show data (read-out cards, 0/1 table toggles with a data-value) stay.
      .filter((b) => !b.classList.contains('readout-card') && !b.hasAttribute('data-value'))
      .map((b) => b.dataset.testid || b.textContent.trim());
    const headings = [...document.querySelectorAll('h2, h3')].filter(visible)
      .filter((h) => getComputedStyle(h).breakAfter !== 'avoid').map((h) => h.textContent);
    // Every figure whose title is the heading right before it sits in an unbreakable box.
    const pairs = [...document.querySelectorAll('h3 + figure.plot, h3 + .plot-frame')].filter(visible)
      .filter((f) => getComputedStyle(f.parentElement).breakInside !== 'avoid')
      .map((f) => f.previousElementSibling.textContent);
    const figures = [...document.querySelectorAll('figure.plot')].filter(visible)
      .filter((f) => getComputedStyle(f).breakInside !== 'avoid').length;
    return { buttons, headings, pairs, figures, nPairs: document.querySelectorAll('h3 + figure.plot').length };
  });
  expect(r.buttons).toEqual([]);
  expect(r.headings).toEqual([]);
  expect(r.pairs).toEqual([]);
  expect(r.figures).toBe(0);
  expect(r.nPairs).toBeGreaterThan(0);
  expectClean(problems);
});

test('slides stepped through fast are not shrunk when they fit', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?mode=slides');
  await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \/ \d+$/, { timeout: 20_000 });
  await page.waitForTimeout(500);
  const shrunkButFits = () => page.evaluate(() => {
    const s = document.querySelector('section.lesson.current');
    const zoom = s.style.zoom;
    if (!zoom || Number(zoom) >= 1) return null;
    s.style.zoom = '';
    const fits = document.documentElement.scrollHeight <= innerHeight + 1;
    s.style.zoom = zoom;
    return fits ? `${s.id} zoom ${zoom} although it fits` : null;
  });
  const bad = [];
  for (const keys of [['End'], ['Home'], Array(6).fill('PageDown'), Array(6).fill('PageDown'), ['End', 'PageUp', 'PageUp']]) {
    for (const k of keys) await page.keyboard.press(k);
    await page.waitForTimeout(400);
    const b = await shrunkButFits();
    if (b) bad.push(b);
  }
  expect(bad).toEqual([]);
});
