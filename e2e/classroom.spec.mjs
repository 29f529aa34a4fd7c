// In the classroom (issue 14): links that land, Copy link without a clipboard, one live region
// per section, a skip link, and focus after "Show in the explorer".
import { test, expect } from '@playwright/test';
import { watch, open, expectClean } from './helpers.mjs';

const inView = (page, id) => page.evaluate((id) => {
  const r = document.getElementById(id).getBoundingClientRect();
  return r.top < innerHeight && r.bottom > 0 && Math.abs(r.top) < 80;
}, id);

test('a shared link to …#simulator lands on the simulator on a fresh load', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?gamma=3#simulator');
  await expect.poll(() => inView(page, 'simulator'), { timeout: 10_000 }).toBe(true);
  await expect(page.getByTestId('section-simulator')).toHaveAttribute('data-near', 'true');
  await expect(page.getByTestId('input-sim-gamma')).toHaveValue('3');
  expectClean(problems);
});

test('Copy link keeps the #fragment; without a clipboard API it shows the link to copy by hand', async ({ page }) => {
  const problems = watch(page);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  await open(page, '?gamma=3');
  await page.locator('nav.toc a[href="#quadrants"]').click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#quadrants');
  await page.getByTestId('copy-link').click();
  const field = page.getByTestId('copy-link-field');
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  const link = await field.inputValue();
  expect(link).toMatch(/\?gamma=3#quadrants$/);
  // The whole link is selected, ready for Ctrl+C.
  expect(await field.evaluate((el) => el.selectionEnd - el.selectionStart)).toBe(link.length);
  await page.getByTestId('copy-link-close').click();
  await expect(field).toHaveCount(0);
  expectClean(problems);
});

test('Copy link with a refused clipboard does not throw and falls back too', async ({ page }) => {
  const problems = watch(page);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
      configurable: true,
    });
  });
  await open(page);
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link-field')).toBeVisible();
  expectClean(problems);
});

test('Back and Forward move between sections visited through the contents', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.locator('nav.toc a[href="#five-class"]').click();
  await expect.poll(() => inView(page, 'five-class')).toBe(true);
  await page.locator('nav.toc a[href="#num-pos"]').click();
  await expect.poll(() => inView(page, 'num-pos')).toBe(true);
  // A slider move replaces the entry; it does not add one.
  await page.getByTestId('slider-gamma').evaluate((el) => { el.value = '1'; el.dispatchEvent(new Event('input', { bubbles: true })); });
  await page.goBack();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#five-class');
  await expect.poll(() => inView(page, 'five-class')).toBe(true);
  // The state stays what it is; the address says so.
  await expect.poll(() => page.evaluate(() => location.search)).toContain('gamma=1');
  await page.goForward();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#num-pos');
  expectClean(problems);
});

test('one live region per section, spoken only for the section on screen', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')].every((s) => s.dataset.built === 'true'));
  const regions = await page.evaluate(() => [...document.querySelectorAll('[aria-live], [role=status], [role=alert], [role=log]')]
    .map((e) => e.closest('section.lesson')?.id ?? 'shell'));
  const perSection = {};
  for (const r of regions) perSection[r] = (perSection[r] ?? 0) + 1;
  const sections = await page.evaluate(() => [...document.querySelectorAll('section.lesson')].map((s) => s.id));
  for (const id of sections) expect(perSection[id], id).toBe(1);
  expect(perSection.shell ?? 0).toBeLessThanOrEqual(2);
  // One γ keypress: after it settles, only the explorer's region (on screen) speaks.
  const before = await page.evaluate(() => [...document.querySelectorAll('[aria-live]')].map((e) => e.textContent));
  await page.getByTestId('slider-gamma').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('live-explorer')).toContainText('focal loss', { timeout: 5000 });
  await page.waitForTimeout(1200);
  const after = await page.evaluate(() => [...document.querySelectorAll('[aria-live]')].map((e) => e.textContent));
  const changed = after.filter((t, i) => t !== before[i]).length;
  expect(changed).toBe(1);
  expectClean(problems);
});

test('the first Tab stop is a skip link to the explorer', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#explorer');
  expectClean(problems);
});

test('after "Show in the explorer", the focus is on what is shown', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.getByTestId('quad-hard-neg').scrollIntoViewIfNeeded();
  await page.getByTestId('quad-hard-neg').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('explorer');
  await expect.poll(() => inView(page, 'explorer')).toBe(true);
  await page.getByTestId('term-fl').scrollIntoViewIfNeeded();
  await page.getByTestId('term-fl').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.dataset?.testid)).toBe('readout-fl');
  expectClean(problems);
});
