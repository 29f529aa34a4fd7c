// Issue 12, items 1, 3, 4: the gradient lesson, the FCOS head → table glue, the summary.
// The gradient read-outs are compared with tools/grad_ratio_reference.py (Brent's method on
// the paper's two gradients, written independently of the Rust code); the one-hot row with
// the post's convention; the summary's numbers with arithmetic done here. Bad input, both
// languages, the URL round trip and slides mode are covered too.
import { test, expect } from '@playwright/test';
import { watch, open, expectClean, value, reveal } from './helpers.mjs';
import { POST_LOGITS, POST_TARGETS } from './post_data.mjs';

// python3 tools/grad_ratio_reference.py: gamma, crossover p_t, peak p_t, peak ratio
const REF = [
  [0.5, 0.4214574615258175, 0.16128790845593008, 1.0764784591944265],
  [1.0, 0.36787944117144233, 0.1353352832366127, 1.1353352832366128],
  [2.0, 0.2976365549817049, 0.10405765804398838, 1.2246347264448463],
  [5.0, 0.196802738936998, 0.06387641831603413, 1.393583965998908],
  [10.0, 0.13074790223606397, 0.04025123529228243, 1.556515258447681],
];

const rel = (a, b) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

async function expectNear(page, testid, e, tol = 1e-9) {
  await expect
    .poll(async () => rel(await value(page, testid), e), { message: `${testid} ≈ ${e}`, timeout: 5000 })
    .toBeLessThanOrEqual(tol);
}

async function attr(page, testid, name = 'data-value') {
  await reveal(page, testid);
  return page.getByTestId(testid).getAttribute(name);
}

// ---------------------------------------------------------------- 1. gradient

test('gradient: crossover, peak ratio and peak p_t match the Python reference at five γ', async ({ page }) => {
  const problems = watch(page);
  for (const [g, cross, peakPt, peak] of REF) {
    await open(page, `?gamma=${g}#gradient`);
    await expectNear(page, 'grad-crossover', cross, 1e-12);
    await expectNear(page, 'grad-peak-ratio', peak, 1e-12);
    await expectNear(page, 'grad-peak-pt', peakPt, 1e-8);
    // Below the crossover FL pushes harder: the page's R at a p_t there is > 1.
    expect(cross).toBeGreaterThan(peakPt);
  }
  // γ = 0: FL is CE, R = 1 everywhere, no crossover.
  await open(page, '?gamma=0#gradient');
  await reveal(page, 'grad-crossover');
  await expect(page.getByTestId('grad-crossover')).toHaveAttribute('data-value', '');
  await expect(page.getByTestId('grad-crossover')).toHaveText('—');
  expect(await value(page, 'grad-ratio')).toBe(1);
  expectClean(problems);
});

test('gradient: formulas carry the explorer point; γ is the shared γ; bad γ is refused', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?p=0.2&y=1&gamma=2');
  await reveal(page, 'grad-formulas');
  // Independent: ∂CE/∂x = p − y, ∂FL/∂x = (1 − p_t)^γ (γ p_t ln p_t + p_t − 1) for y = 1.
  const p = 0.2, g = 2;
  const dce = p - 1;
  const dfl = (1 - p) ** g * (g * p * Math.log(p) + p - 1);
  await expectNear(page, 'grad-ce', dce, 1e-12);
  await expectNear(page, 'grad-fl', dfl, 1e-12);
  await expectNear(page, 'grad-ratio', dfl / dce, 1e-12);
  expect(dfl / dce).toBeGreaterThan(1); // p_t = 0.2 lies below the γ = 2 crossover
  await expect(page.getByTestId('grad-formulas')).toContainText('0.2');
  // y = 0: p_t = 1 − p, the sign flips.
  await page.getByTestId('grad-y').click();
  await expectNear(page, 'grad-ce', 0.2, 1e-12);
  const q = 0.8;
  await expectNear(page, 'grad-fl', -((1 - q) ** g) * (g * q * Math.log(q) + q - 1), 1e-12);
  // γ typed here is the explorer's γ.
  await page.getByTestId('input-grad-gamma').fill('5');
  await expectNear(page, 'grad-crossover', REF[3][1], 1e-12);
  await expect(page).toHaveURL(/gamma=5/);
  await reveal(page, 'input-gamma');
  await expect(page.getByTestId('input-gamma')).toHaveAttribute('data-value', '5');
  // Bad γ: a message, the last good value kept.
  await reveal(page, 'input-grad-gamma');
  for (const bad of ['abc', '11', '-1', '']) {
    await page.getByTestId('input-grad-gamma').fill(bad);
    await expect(page.getByTestId('error-grad-gamma')).not.toBeEmpty();
    await expectNear(page, 'grad-crossover', REF[3][1], 1e-12);
  }
  await page.getByTestId('input-grad-gamma').blur();
  await expect(page.getByTestId('error-grad-gamma')).toBeEmpty();
  // The plot is drawn and has its data table.
  await expect(page.getByTestId('plot-grad-ratio')).toBeVisible();
  expectClean(problems);
});

// ---------------------------------------------------------------- 3. FCOS head

test('fcos-head: one-hot row follows arange(1, C+1) == index; background is all zeros; bad input kept out', async ({ page }) => {
  const problems = watch(page);
  await open(page, '#fcos-head');
  await expect.poll(() => attr(page, 'onehot-row')).toBe('0,0,1,0,0'); // the post's class 3
  const box = page.getByTestId('onehot-input');
  for (let k = 0; k <= 5; k++) {
    await box.fill(String(k));
    const want = [1, 2, 3, 4, 5].map((j) => (j === k ? 1 : 0)).join(',');
    await expect(page.getByTestId('onehot-row')).toHaveAttribute('data-value', want);
  }
  await expect(page.getByTestId('onehot-row')).toHaveAttribute('data-value', '0,0,0,0,1');
  for (const bad of ['6', '-1', '2.5', 'abc', '', 'NaN', '1e999']) {
    await box.fill(bad);
    await expect(page.getByTestId('onehot-input-error'), bad).not.toBeEmpty();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('onehot-row')).toHaveAttribute('data-value', '0,0,0,0,1');
  }
  await box.blur();
  await expect(box).toHaveValue('5');
  await box.fill('0');
  await expect(page.getByTestId('onehot-row')).toHaveAttribute('data-value', '0,0,0,0,0');
  await expect(page.getByTestId('onehot-note')).toContainText('all zeros');
  expectClean(problems);
});

test('fcos-head: clicking a location shows its row of the table; losses of positives vs negatives', async ({ page }) => {
  const problems = watch(page);
  await open(page, '#fcos-head');
  for (let r = 0; r < 4; r++) {
    await page.getByTestId(`fcos-cell-${r}`).click();
    await expect(page.getByTestId('fcos-row-index')).toHaveAttribute('data-value', String(r));
    await expect(page.getByTestId('fcos-pred-row')).toHaveAttribute('data-value', POST_LOGITS[r].join(','));
    await expect(page.getByTestId('fcos-target-row')).toHaveAttribute('data-value', POST_TARGETS[r].join(','));
    // The one-hot box shows that location's class index, and gives its target row back.
    await expect(page.getByTestId('onehot-row')).toHaveAttribute('data-value', POST_TARGETS[r].join(','));
    const positive = POST_TARGETS[r].includes(1);
    await expect(page.getByTestId('fcos-loc-kind')).toHaveAttribute('data-value', positive ? 'positive' : 'negative');
    await expect(page.getByTestId('fcos-loc-kind')).toHaveAttribute('data-losses', positive ? '3' : '1');
  }
  await expect(page.getByTestId('fcos-split')).toHaveAttribute('data-value', '2,2,18');
  await expect(page.getByTestId('fcos-steps').locator('li')).toHaveCount(5);
  expectClean(problems);
});

test('fcos-head: writing a row changes the shared table, and the URL round-trips it', async ({ page }) => {
  const problems = watch(page);
  await open(page, '#fcos-head');
  await page.getByTestId('fcos-cell-2').click();
  await page.getByTestId('onehot-input').fill('4');
  await page.getByTestId('onehot-apply').click();
  await expect(page.getByTestId('fcos-target-row')).toHaveAttribute('data-value', '0,0,0,1,0');
  await expect(page.getByTestId('fcos-split')).toHaveAttribute('data-value', '3,3,17');
  await expect(page.getByTestId('fcos-cell-kind-2')).toContainText('4');
  await expect(page).toHaveURL(/fhc=4/);
  await expect(page).toHaveURL(/fhl=2/);
  // The five-class table follows: its sample 3 is now a positive of class 4.
  await reveal(page, 'fc-rowkind-2');
  await expect(page.getByTestId('fc-rowkind-2')).toContainText('4');
  // Reload the link: the same state. The URL is written within 150 ms of the last change
  // (src/web/url.rs): wait until it carries the written table, not only the earlier fhc/fhl.
  await expect(page).toHaveURL(/[?&]fct=/);
  await page.goto(page.url());
  await reveal(page, 'fcos-row-index');
  await expect(page.getByTestId('fcos-row-index')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('onehot-input')).toHaveAttribute('data-value', '4');
  await expect(page.getByTestId('fcos-target-row')).toHaveAttribute('data-value', '0,0,0,1,0');
  // Bad link values fall back to the defaults.
  await open(page, '?fhc=9&fhl=x');
  await expect(page.getByTestId('url-notice')).toBeVisible();
  await reveal(page, 'onehot-row');
  await expect(page.getByTestId('onehot-row')).toHaveAttribute('data-value', '0,0,1,0,0');
  expectClean(problems);
});

// ---------------------------------------------------------------- 4. summary

/** Σ FL (or CE with alpha = -1 … γ 0) of the post's table through the app's exported core. */
async function tableTotal(page, alpha, gamma) {
  return page.evaluate(([xs, ts, a, g]) => {
    let s = 0;
    xs.forEach((row, r) => row.forEach((x, c) => {
      s += window.wasmBindings.core_focal_from_logit(x, ts[r][c], a, g);
    }));
    return s;
  }, [POST_LOGITS, POST_TARGETS, alpha, gamma]);
}

test('summary: facts computed live from α and γ, each linking to its section', async ({ page }) => {
  const problems = watch(page);
  for (const [a, g] of [[0.25, 2], [0.5, 5], [0.75, 1]]) {
    await open(page, `?alpha=${a}&gamma=${g}#summary`);
    await reveal(page, 'section-summary');
    // CE / FL at p_t = 0.9 for a positive = 1 / (α · 0.1^γ).
    await expectNear(page, 'summary-easy-ratio', 1 / (a * 0.1 ** g), 1e-9);
    // Easy negative p = 0.05 → p_t = 0.95, α_t = 1 − α; hard positive p = 0.1, α_t = α.
    await expectNear(page, 'summary-easy-neg', 1 / ((1 - a) * 0.05 ** g), 1e-9);
    await expectNear(page, 'summary-hard-pos', 1 / (a * 0.9 ** g), 1e-9);
    const ref = REF.find((r) => r[0] === g) || REF[1];
    await expectNear(page, 'summary-crossover', ref[1], 1e-12);
    await expectNear(page, 'summary-peak', ref[3], 1e-12);
    const fl = await tableTotal(page, a, g);
    await expectNear(page, 'summary-table-fl', fl, 1e-9);
    await expectNear(page, 'summary-per-pos', fl / 2, 1e-9);
    expect(await value(page, 'summary-binary-pos')).toBe(2);
    expect(await value(page, 'summary-binary-neg')).toBe(18);
    await expectNear(page, 'summary-alpha-neg', 1 - a, 1e-12);
  }
  // Each fact links to the section that shows it.
  const links = page.getByTestId('summary-facts').locator('a');
  expect(await links.count()).toBeGreaterThanOrEqual(6);
  await page.getByTestId('summary-link-gradient').click();
  await expect(page).toHaveURL(/#gradient$/);
  await expect(page.getByTestId('section-gradient')).toHaveAttribute('data-near', 'true');
  expectClean(problems);
});

test('summary: α off and γ = 0 change the sentences, not just the numbers', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?alpha=off&gamma=0#summary');
  await reveal(page, 'section-summary');
  await expectNear(page, 'summary-easy-ratio', 1, 1e-12);
  await expectNear(page, 'summary-table-ce', await tableTotal(page, -1, 0), 1e-9);
  await expectNear(page, 'summary-table-fl', await tableTotal(page, -1, 0), 1e-9);
  await expect(page.getByTestId('summary-crossover')).toHaveCount(0);
  await expect(page.getByTestId('summary-alpha-neg')).toHaveCount(0);
  expectClean(problems);
});

// ---------------------------------------------------------------- languages, slides

test('中文: the three sections and their numbers', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?lang=zh');
  await reveal(page, 'grad-crossover');
  await expect(page.locator('#h-gradient')).toHaveText('Focal Loss 对梯度做了什么');
  await expectNear(page, 'grad-crossover', REF[2][1], 1e-12);
  await expect(page.getByTestId('grad-fact')).toContainText('交叉熵');
  await reveal(page, 'onehot-note');
  await expect(page.locator('#h-fcos-head')).toHaveText('从 FCOS 检测头到表格');
  await page.getByTestId('onehot-input').fill('0');
  await expect(page.getByTestId('onehot-note')).toContainText('全为 0');
  await page.getByTestId('onehot-input').fill('７'); // a full-width digit, out of range
  await expect(page.getByTestId('onehot-input-error')).not.toBeEmpty();
  await reveal(page, 'section-summary');
  await expect(page.locator('#h-summary')).toHaveText('小结：要记住什么');
  await expectNear(page, 'summary-easy-ratio', 400, 1e-9);
  await expect(page.getByTestId('summary-fact-3')).toContainText('梯度');
  expectClean(problems);
});

test('slides mode: the summary is the last slide', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?mode=slides');
  // The deck is cut once every lesson's code has come (until then the counter shows … / …).
  await expect(page.getByTestId('slide-counter')).toHaveText(/^1 \/ \d+$/, { timeout: 20_000 });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('End');
  await expect(page.getByTestId('section-summary')).toBeVisible();
  const [k, n] = (await page.getByTestId('slide-counter').textContent()).split('/').map((s) => Number(s.trim()));
  expect(k).toBe(n);
  // The facts are on the summary's own slides: step back within the section until they show.
  for (let i = 0; i < 3 && !(await page.getByTestId('summary-facts').isVisible()); i++) {
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('section-summary')).toBeVisible();
  }
  await expect(page.getByTestId('summary-facts')).toBeVisible();
  await expectNear(page, 'summary-easy-ratio', 400, 1e-9);
  expectClean(problems);
});
