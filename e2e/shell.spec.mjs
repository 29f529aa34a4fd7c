// Foundation: the page mounts, the header and footer render, nothing errors, nothing leaves 127.0.0.1.
import { test, expect } from '@playwright/test';
import { watch, open, expectClean } from './helpers.mjs';

test('the shell mounts with title, sections and credits', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await expect(page).toHaveTitle('Focal Loss Lab');
  await expect(page.getByTestId('app-title')).toHaveText('Focal Loss Lab');
  for (const id of ['explorer', 'ce-forms', 'five-class', 'simulator']) {
    await expect(page.getByTestId(`section-${id}`)).toBeVisible();
  }
  const footer = page.getByTestId('footer');
  await expect(footer).toContainText('Rainylt');
  await expect(footer.locator('a[href*="115128523"]')).toHaveCount(1);
  await expect(footer.locator('a[href*="by-sa/4.0"]')).toHaveCount(1);
  await expect(footer).toContainText('1708.02002');
  await expect(footer).toContainText('torchvision.ops.sigmoid_focal_loss');
  await expect(page.getByTestId('panic-banner')).toHaveCount(0);
  // No Rust leaked into the page as text (a `>` inside a view attribute ends the tag early).
  for (const query of ['', '?mode=slides&slide=6', '?lang=zh']) {
    await page.goto('/' + query);
    await expect(page.getByTestId('app-title')).toBeVisible();
    const text = await page.locator('body').textContent();
    expect(text).not.toMatch(/move \|\||get_untracked|\.get\(\)|ctx\.t\(|=> /);
  }
  await page.waitForTimeout(300);
  expectClean(problems);
});

test('a Rust panic shows the error banner', async ({ page }) => {
  await open(page);
  await page.evaluate(() => { try { window.wasmBindings.test_panic(); } catch (_) { /* wasm trap */ } });
  await expect(page.getByTestId('panic-banner')).toBeVisible();
});
