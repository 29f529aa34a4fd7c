// Course-ready: shareable URL state, hostile URLs, language and theme, exports, slides mode,
// accessibility (axe-core), and a build served under a sub-path.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { watch, open, value, expectClean } from './helpers.mjs';

const require = createRequire(import.meta.url);

test('URL round trip: the copied link reopens the same state and read-outs', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = watch(page);
  await open(page);
  await page.getByTestId('input-p').fill('0.37');
  await page.getByTestId('toggle-y').click();
  await page.getByTestId('input-gamma').fill('3.5');
  await page.getByTestId('toggle-alpha-off').check();
  await page.getByTestId('toggle-yscale').click();
  await page.getByTestId('lang-toggle').click();
  await expect(page).toHaveURL(/p=0\.37/);
  await expect(page).toHaveURL(/gamma=3\.5/);
  const readouts = ['readout-pt', 'readout-alpha-t', 'readout-modulator', 'readout-ce', 'readout-fl', 'readout-ratio'];
  const before = Object.fromEntries(await Promise.all(readouts.map(async (id) => [id, await value(page, id)])));
  await page.getByTestId('copy-link').click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('alpha=off');
  expect(link).toContain('lang=zh');
  expect(link).toContain('yscale=log');
  // History is replaced, not pushed, on every move.
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);

  const fresh = await context.newPage();
  const problems2 = watch(fresh);
  await fresh.goto(link);
  await expect(fresh.getByTestId('app-title')).toBeVisible();
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(fresh.getByTestId('slider-p')).toHaveValue('0.37');
  await expect(fresh.getByTestId('toggle-alpha-off')).toBeChecked();
  for (const id of readouts) expect(await value(fresh, id), id).toBe(before[id]);
  await expect(fresh.getByTestId('url-notice')).toHaveCount(0);
  expectClean(problems);
  expectClean(problems2);
});

test('hostile URLs fall back per parameter, are named as text, never run', async ({ page }) => {
  const problems = watch(page);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  const q = '?p=%3Cscript%3Ealert(1)%3C%2Fscript%3E&gamma=NaN&alpha=2&zzz=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&y=1&y=0&lang=xx';
  await page.goto('/' + q);
  await expect(page.getByTestId('app-title')).toBeVisible();
  const notice = page.getByTestId('url-notice');
  await expect(notice).toBeVisible();
  for (const name of ['p', 'gamma', 'alpha', 'zzz', 'y', 'lang']) await expect(notice).toContainText(name);
  await expect(notice).toContainText('<script>alert(1)</script>');
  expect(await notice.locator('script, img').count()).toBe(0);
  // The valid parameter of the pair (the first y) still applied; the others are defaults.
  await expect(page.getByTestId('slider-p')).toHaveValue('0.9');
  await expect(page.getByTestId('input-gamma')).toHaveValue('2');
  await page.getByTestId('url-notice-dismiss').click();
  await expect(notice).toHaveCount(0);
  expect(dialogs).toBe(0);

  const long = '?gamma=1&junk=' + 'x'.repeat(100_000);
  await page.goto('/' + long);
  await expect(page.getByTestId('input-gamma')).toHaveValue('1');
  await expect(page.getByTestId('url-notice')).toContainText('junk');
  await expect(page.getByTestId('panic-banner')).toHaveCount(0);
  expectClean(problems);
});

test('language toggle switches every label, <html lang> and the plots', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const canvas = () => page.getByTestId('plot-loss').evaluate((c) => c.toDataURL());
  const en = await canvas();
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('app-title')).toHaveText('Focal Loss 实验室');
  await expect(page.getByTestId('preset-easy-pos')).toHaveText('易分正样本');
  await expect(page.getByTestId('plot-loss')).toHaveAttribute('aria-label', /交叉熵/);
  await expect.poll(canvas).not.toBe(en);
  await page.getByTestId('lang-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expectClean(problems);
});

test('theme toggle cycles auto → light → dark and recolours the plots', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?theme=light');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  const canvas = () => page.getByTestId('plot-loss').evaluate((c) => c.toDataURL());
  const lightPlot = await canvas();
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  await expect.poll(canvas).not.toBe(lightPlot);
  expectClean(problems);
});

test('exports: PNG and SVG files of the right type and name', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  for (const [kind, magic] of [['png', '\x89PNG'], ['svg', '<svg']]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`export-${kind}-plot-loss`).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`focal-loss_p0.9_y1_alpha0.25_gamma2.${kind}`);
    const bytes = readFileSync(await download.path());
    expect(bytes.length).toBeGreaterThan(2000);
    expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
    if (kind === 'svg') expect(bytes.toString()).toContain('p_t');
  }
  expectClean(problems);
});

test('slides mode: slides of a section, keys move, Esc leaves', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.getByTestId('mode-toggle').click();
  await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \/ \d+$/, { timeout: 20_000 });
  await expect(page.getByTestId('section-explorer')).toBeVisible();
  await expect(page.getByTestId('section-ce-forms')).toBeHidden();
  await expect(page).toHaveURL(/mode=slides/);
  const total = Number((await page.getByTestId('slide-counter').textContent()).split('/')[1]);
  expect(total).toBeGreaterThan(13); // long sections take several slides
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText(/^2 \//);
  await expect(page).toHaveURL(/slide=2/);
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('slide-counter')).toHaveText(/^3 \//);
  await expect(page).toHaveURL(/slide=3/);
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('slide-counter')).toHaveText(/^2 \//);
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide-counter')).toHaveText(`${total} / ${total}`);
  await expect(page.getByTestId('section-summary')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('slide-counter')).toHaveText(`1 / ${total}`);
  // The buttons work too.
  await expect(page.getByTestId('slide-next')).toHaveText('Next →');
  await page.getByTestId('slide-next').click();
  await expect(page.getByTestId('slide-counter')).toHaveText(/^2 \//);
  await page.getByTestId('slide-prev').click();
  await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \//);
  // Arrow keys on a slider move the slider, not the slide.
  // (The explorer's opening lines may put its controls on the second slide: go there first.)
  for (let i = 0; i < 3 && !(await page.getByTestId('slider-p').isVisible()); i++) {
    await page.getByTestId('slide-next').click();
  }
  const onSlide = await page.getByTestId('slide-counter').textContent();
  await page.getByTestId('slider-p').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-counter')).toHaveText(onSlide);
  await expect(page.getByTestId('input-p')).toHaveValue('0.901');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('slide-counter')).toHaveCount(0);
  await expect(page.getByTestId('section-ce-forms')).toBeVisible();
  await expect(page).not.toHaveURL(/slide=/);
  expectClean(problems);
});

test('a contents link lands at its section and keeps it there while the lessons above fill in', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.locator('nav.toc a[href="#simulator"]').click();
  const top = () => page.evaluate(() => Math.abs(document.getElementById('simulator').getBoundingClientRect().top));
  await expect.poll(top, { timeout: 5_000 }).toBeLessThan(2);
  const drift = [];
  for (let i = 0; i < 12; i++) {
    await page.waitForTimeout(200);
    drift.push(await top());
  }
  expect(Math.max(...drift), `section top over 2.4 s: ${drift}`).toBeLessThan(2);
  expectClean(problems);
});

test('entering slides starts at the section being read; leaving returns there', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.locator('nav.toc a[href="#num-pos"]').click();
  await expect(page.getByTestId('section-num-pos')).toHaveAttribute('data-near', 'true');
  // The reader is at the section once the lessons above it have come and the page is still.
  await expect.poll(() => page.evaluate(() => (Math.abs(document.getElementById('num-pos').getBoundingClientRect().top) < 2)),
    { timeout: 10_000 }).toBe(true);
  await page.getByTestId('mode-toggle').click();
  await expect(page.getByTestId('section-num-pos')).toBeVisible();
  await expect(page.getByTestId('section-explorer')).toBeHidden();
  await expect(page.getByTestId('slide-counter')).toHaveText(/^\d+ \/ \d+$/, { timeout: 20_000 }); // the deck is cut
  const k = Number((await page.getByTestId('slide-counter').textContent()).split('/')[0]);
  expect(k).toBeGreaterThan(1);
  await expect(page).toHaveURL(new RegExp(`slide=${k}`));
  await page.keyboard.press('PageDown');
  await page.getByTestId('mode-toggle').click();
  await expect(page).not.toHaveURL(/slide=/);
  await expect.poll(() => page.evaluate(() => {
    const r = document.getElementById('num-pos').getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  })).toBe(true);
  expectClean(problems);
});

for (const [w, h] of [[1280, 720], [1920, 1080]]) {
  test(`every slide fits ${w}×${h}: no slide scrolls, plot text is large`, async ({ page }) => {
    test.setTimeout(120_000);
    const problems = watch(page);
    await page.setViewportSize({ width: w, height: h });
    await open(page, '?mode=slides');
    await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \/ \d+$/, { timeout: 20_000 });
    await page.waitForTimeout(500);
    const total = Number((await page.getByTestId('slide-counter').textContent()).split('/')[1]);
    const over = [];
    for (let k = 1; k <= total; k++) {
      await expect(page.getByTestId('slide-counter')).toHaveText(`${k} / ${total}`);
      await page.waitForTimeout(60);
      const fit = await page.evaluate(() => ({
        doc: document.documentElement.scrollHeight, win: innerHeight,
        id: document.querySelector('section.lesson.current')?.id,
      }));
      if (fit.doc > fit.win + 1) over.push(`${k}/${total} (${fit.id}): ${fit.doc} > ${fit.win}`);
      // Plots in slides draw their text 1.5× (13 px labels → ≥ 16 CSS px).
      const scales = await page.evaluate(() => [...document.querySelectorAll('section.lesson.current canvas')]
        .filter((c) => c.offsetParent).map((c) => Number(c.dataset.textScale)));
      for (const s of scales) expect(s).toBeGreaterThanOrEqual(1.5);
      if (k < total) await page.keyboard.press('PageDown');
    }
    expect(over).toEqual([]);
    expectClean(problems);
  });
}

test('a plot offers a full-screen view', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.getByTestId('fullscreen-plot-loss').click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('FIGURE');
  await page.evaluate(() => document.exitFullscreen());
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
  expectClean(problems);
});

async function axe(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [name, query] of [
  ['English, light', '?theme=light'],
  ['中文, dark', '?lang=zh&theme=dark'],
  ['slides mode', '?mode=slides&slide=1'],
  ['slides mode, 中文 dark', '?mode=slides&lang=zh&theme=dark&slide=6'],
]) {
  test(`axe: no serious or critical violations (${name})`, async ({ page }) => {
    await open(page, query);
    await page.waitForTimeout(300);
    expect(await axe(page)).toEqual([]);
  });
}

test('keyboard alone reaches the controls with a visible focus ring', async ({ page }) => {
  await open(page);
  let sawSlider = false;
  for (let i = 0; i < 40 && !sawSlider; i++) {
    await page.keyboard.press('Tab');
    sawSlider = await page.evaluate(() => document.activeElement?.dataset?.testid === 'slider-p');
  }
  expect(sawSlider).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
});

test('a build under a sub-path loads and works there', async ({ browser }) => {
  const dir = process.env.E2E_SUBPATH_DIST || 'dist-subpath';
  test.skip(!existsSync(dir), `no ${dir}: scripts/test.sh builds it with --public-url /some/sub/path/`);
  const port = 4390;
  const server = spawn('node', ['e2e/serve.mjs', dir, String(port), '/some/sub/path/'], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const page = await browser.newPage();
    const problems = watch(page);
    const failed = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
    await page.goto(`http://127.0.0.1:${port}/some/sub/path/?gamma=3`);
    await expect(page.getByTestId('app-title')).toBeVisible();
    await expect(page.getByTestId('input-gamma')).toHaveValue('3');
    await page.getByTestId('preset-hard-pos').click();
    await expect(page).toHaveURL(/\/some\/sub\/path\/\?p=0\.1&gamma=3/);
    expect(failed).toEqual([]);
    expectClean(problems);
  } finally {
    server.kill();
  }
});

for (const width of [360, 768, 1920]) {
  test(`responsive at ${width} px: the page never scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    // Every section built (one per idle period), so none escapes the check.
    await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')]
      .every((s) => s.dataset.built === 'true'), null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    const wide = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      sections: [...document.querySelectorAll('section.lesson')]
        .filter((s) => s.scrollWidth > s.clientWidth + 1).map((s) => s.id),
    }));
    expect(wide.sections).toEqual([]);
    expect(wide.doc).toBeLessThanOrEqual(width);
  });
}

test('print stylesheet: controls hidden, plots and every section kept', async ({ page }) => {
  await open(page, '?mode=slides');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('slider-p')).toBeHidden();
  await expect(page.getByTestId('copy-link')).toBeHidden();
  await expect(page.getByTestId('plot-loss')).toBeVisible();
  // Even in slides mode, print shows every section (one per page).
  await expect(page.getByTestId('section-simulator')).toBeVisible();
  const breaks = await page.evaluate(() => getComputedStyle(document.querySelector('section.lesson')).breakAfter);
  expect(breaks).toBe('page');
});
