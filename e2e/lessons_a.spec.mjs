// Lessons 1–5 (four CE forms, softmax CE, sigmoid BCE, α-balanced CE → FL, the FCOS code):
// every read-out against the math core (window.wasmBindings.core_*) or independent JS
// arithmetic, for the default inputs and after edits; bad input is refused with the last good
// value kept; the URL carries every control; no console errors.
import { test, expect } from '@playwright/test';
import { watch, open, core, value, reveal, expectClean } from './helpers.mjs';

const A = 0.25; // the explorer's default α
const G = 2; // and γ

/** Waits until read-out `id` is within 10^-digits of `want` (exact for ±∞). */
async function near(page, id, want, digits = 12) {
  if (!Number.isFinite(want)) {
    await expect(page.getByTestId(id)).toHaveAttribute('data-value', want > 0 ? 'inf' : '-inf');
    return;
  }
  await expect.poll(() => value(page, id), { message: id }).toBeCloseTo(want, digits);
}

const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const logSigmoid = (x) => -(Math.max(-x, 0) + Math.log1p(Math.exp(-Math.abs(x))));

/** The FCOS steps for logit x, target t, computed here in JS (α on). */
function steps(x, t, a = A, g = G) {
  const p = sigmoid(x);
  const pt = p * t + (1 - p) * (1 - t);
  const w = a * t + (1 - a) * (1 - t);
  const mod = Math.pow(1 - pt, g);
  const logpt = t === 1 ? logSigmoid(x) : logSigmoid(-x);
  return { p, pt, w, mod, wmod: w * mod, logpt, loss: -w * mod * logpt };
}

async function checkWalk(page, x, t) {
  const s = steps(x, t);
  for (const [id, v] of Object.entries({ 'walk-p': s.p, 'walk-pt': s.pt, 'walk-w': s.w, 'walk-mod': s.mod,
    'walk-wmod': s.wmod, 'walk-logpt': s.logpt, 'walk-loss': s.loss })) {
    await near(page, id, v, 10);
  }
  const tv = await core(page, 'core_focal_from_logit', x, t, A, G);
  await near(page, 'walk-loss', tv, 10);
  await near(page, 'walk-stable-loss', tv, 12);
  await near(page, 'walk-stable-ce', await core(page, 'core_bce_with_logits', x, t), 12);
  await near(page, 'walk-mod', await core(page, 'core_modulating_factor', s.pt, G), 10);
}

test('defaults: every number equals the math core', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  // Section 2: −ln 0.7 (natural log), the post rounds it to 0.36.
  await near(page, 'ce-dog', await core(page, 'core_bce', 0.7, 1), 15);
  await near(page, 'ce-dog', -Math.log(0.7), 14);
  await expect(page.getByTestId('ce-dog')).toHaveText('0.3567');
  await near(page, 'ce-log10', -Math.log10(0.7), 14);
  await near(page, 'ce-soft', -Math.log(0.7), 14);
  await near(page, 'ce-gap', 0, 15);
  await expect(page.getByTestId('sq-warning')).toHaveCount(0);
  await expect(page.getByTestId('softmax-post-note')).toContainText('0.36');
  // Section 3: 0.2231, 0.2231, 0.5108, total 0.9571.
  const ys = [0, 1, 0], ps = [0.2, 0.8, 0.4];
  let total = 0;
  for (let i = 0; i < 3; i++) {
    const v = await core(page, 'core_bce', ps[i], ys[i]);
    total += v;
    await near(page, `bce-loss-${i}`, v, 15);
  }
  await near(page, 'bce-total', total, 14);
  await expect(page.getByTestId('bce-loss-2')).toHaveText('0.5108');
  await expect(page.getByTestId('bce-total')).toHaveText('0.9571');
  await near(page, 'bce-total', -(Math.log(0.8) * 2 + Math.log(0.6)), 14);
  // Section 1 follows sections 2 and 3; form (4) has its own p = 0.8, y = 1.
  await near(page, 'form1-value', -Math.log(0.7), 14);
  await near(page, 'form2-value', -Math.log(0.7), 14);
  await near(page, 'form3-value', total, 14);
  await near(page, 'form4-value', await core(page, 'core_bce', 0.8, 1), 15);
  // Section 4 at the explorer's p = 0.9, y = 1, α = .25, γ = 2, and equal to the explorer's read-outs.
  await near(page, 'a2f-pt', 0.9, 15);
  await near(page, 'a2f-alpha-t', 0.25, 15);
  await near(page, 'a2f-mod', await core(page, 'core_modulating_factor', 0.9, G), 15);
  await near(page, 'a2f-ce', await core(page, 'core_bce', 0.9, 1), 15);
  await near(page, 'a2f-ace', 0.25 * -Math.log(0.9), 14);
  await near(page, 'a2f-fl', await core(page, 'core_focal_from_prob', 0.9, 1, A, G), 15);
  for (const [mine, theirs] of [['a2f-pt', 'readout-pt'], ['a2f-alpha-t', 'readout-alpha-t'],
    ['a2f-mod', 'readout-modulator'], ['a2f-ce', 'readout-ce'], ['a2f-fl', 'readout-fl']]) {
    expect(await value(page, mine), mine).toBe(await value(page, theirs));
  }
  // Section 5 at x = 0.8, t = 1.
  await expect(page.getByTestId('walk-logit')).toHaveAttribute('data-value', '0.8');
  await expect(page.getByTestId('walk-target')).toHaveAttribute('data-value', '1');
  await checkWalk(page, 0.8, 1);
  await near(page, 'walk-naive-loss', await core(page, 'core_focal_from_logit', 0.8, 1, A, G), 6);
  for (const id of ['ce-forms', 'softmax-ce', 'sigmoid-bce', 'alpha-to-focal', 'fcos-walkthrough']) {
    await expect(page.getByTestId(`section-${id}`).getByTestId('post-credit')).toHaveCount(1);
    await expect(page.getByTestId(`section-${id}`).locator('math').first()).toBeVisible();
  }
  expectClean(problems);
});

test('softmax: edit q, warn when Σq ≠ 1, normalise, smoothing needs form (1)', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.getByTestId('sq-1').fill('0.8');
  await near(page, 'ce-dog', await core(page, 'core_bce', 0.8, 1), 15);
  await expect(page.getByTestId('sq-warning')).toBeVisible();
  await near(page, 'sq-sum', 1.1, 14);
  await near(page, 'form2-value', -Math.log(0.8), 14);
  await page.getByTestId('sq-normalise').click();
  await expect(page.getByTestId('sq-warning')).toHaveCount(0);
  await near(page, 'sq-1', 0.8 / 1.1, 15);
  await near(page, 'ce-dog', -Math.log(0.8 / 1.1), 13);
  await expect(page).toHaveURL(/sq=/);
  // ε = 0.3: target [0.1, 0.8, 0.1]; form (1) differs from form (2).
  await page.getByTestId('input-smooth-eps').fill('0.3');
  const q = [0.2 / 1.1, 0.8 / 1.1, 0.1 / 1.1];
  const t = [0.1, 0.8, 0.1];
  const h = -t.reduce((s, ti, i) => s + ti * Math.log(q[i]), 0);
  await near(page, 'ce-soft', h, 12);
  await near(page, 'form1-value', h, 12);
  await near(page, 'sm-target-0', 0.1, 12);
  await near(page, 'ce-gap', h + Math.log(q[1]), 12);
  expect(await value(page, 'ce-gap')).toBeGreaterThan(0);
  await expect(page.getByTestId('form2-same')).toContainText('ε > 0');
  await expect(page).toHaveURL(/eps=0\.3/);
  expectClean(problems);
});

test('sigmoid BCE: edit a prediction and toggle a label', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.getByTestId('bp-2').fill('0.9');
  await near(page, 'bce-loss-2', await core(page, 'core_bce', 0.9, 0), 15);
  await page.getByTestId('by-0').click();
  await expect(page.getByTestId('by-0')).toHaveAttribute('data-value', '1');
  await near(page, 'bce-loss-0', await core(page, 'core_bce', 0.2, 1), 15);
  const total = (await core(page, 'core_bce', 0.2, 1)) + (await core(page, 'core_bce', 0.8, 1)) +
    (await core(page, 'core_bce', 0.9, 0));
  await near(page, 'bce-total', total, 14);
  await near(page, 'form3-value', total, 14);
  await expect(page).toHaveURL(/bp=0\.2%2C0\.8%2C0\.9|bp=0\.2,0\.8,0\.9/);
  await expect(page).toHaveURL(/by=1/);
  expectClean(problems);
});

test('FCOS walk-through: steps after edits, float32 breaks at x = 17, t = 0', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.getByTestId('walk-logit').fill('-2.5');
  await near(page, 'walk-logit', -2.5, 15);
  await checkWalk(page, -2.5, 1);
  await page.getByTestId('walk-target').click();
  await expect(page.getByTestId('walk-target')).toHaveAttribute('data-value', '0');
  await checkWalk(page, -2.5, 0);
  // x = 17, t = 0: the written code in float32 gives +∞; from the logit it is ≈ 0.75 · 17.
  await page.getByTestId('walk-logit').fill('17');
  await checkWalk(page, 17, 0);
  await near(page, 'walk-naive-loss', Infinity);
  await near(page, 'walk-naive-p', 1, 15);
  await near(page, 'walk-naive-pt', 0, 15);
  await near(page, 'walk-naive-logpt', -Infinity);
  const f64naive = await value(page, 'walk-naive64-loss');
  expect(Number.isFinite(f64naive)).toBe(true);
  await near(page, 'walk-loss', 0.75 * 17, 4);
  await expect(page).toHaveURL(/x=17/);
  await expect(page).toHaveURL(/t=0/);
  // x = 40: float64 breaks too; the stable value stays finite.
  await page.getByTestId('walk-preset-40').click();
  await near(page, 'walk-logit', 40, 15);
  await near(page, 'walk-naive64-loss', Infinity);
  await checkWalk(page, 40, 0);
  // The slider moves the same state.
  await page.getByTestId('walk-logit-slider').fill('3');
  await near(page, 'walk-logit', 3, 15);
  await checkWalk(page, 3, 0);
  expectClean(problems);
});

test('bad input is refused inline and the last good value is kept', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const bad = ['abc', '', '1e999', 'NaN', '9'.repeat(10_000), '2'];
  // [input test id, error test id, a read-out that depends on it]
  const cells = [
    ['sq-1', 'sq-1-error', 'ce-dog'],
    ['bp-0', 'bp-0-error', 'bce-loss-0'],
    ['walk-logit', 'walk-logit-error', 'walk-loss'],
    ['input-smooth-eps', 'error-smooth-eps', 'ce-soft'],
    ['input-fp', 'error-fp', 'form4-value'],
  ];
  for (const [input, error, readout] of cells) {
    const box = page.getByTestId(input);
    const before = await page.getByTestId(readout).getAttribute('data-value');
    for (const text of bad) {
      if (input === 'walk-logit' && text === '2') continue; // 2 is a fine logit
      await box.fill(text);
      await expect(page.getByTestId(error), `${input} ← ${text.slice(0, 12)}`).not.toBeEmpty();
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByTestId(readout)).toHaveAttribute('data-value', before);
    }
    await box.fill(input === 'walk-logit' ? '1.5' : '0.5');
    await expect(page.getByTestId(error)).toBeEmpty();
    await expect(page.getByTestId(readout)).not.toHaveAttribute('data-value', before);
  }
  await expect(page.getByTestId('panic-banner')).toHaveCount(0);
  expectClean(problems);
});

test('the URL reopens every control', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?sq=0.5,0.25,0.25&eps=0.1&bp=0.1,0.9,0.5&by=1,1,0&x=-3&t=0&fp=0.3&fy=0');
  await near(page, 'ce-dog', -Math.log(0.25), 14);
  await near(page, 'sm-target-1', 0.9 * 1 + 0.1 / 3, 14);
  await near(page, 'bce-loss-0', await core(page, 'core_bce', 0.1, 1), 15);
  await near(page, 'bce-loss-1', await core(page, 'core_bce', 0.9, 1), 15);
  await near(page, 'bce-loss-2', await core(page, 'core_bce', 0.5, 0), 15);
  await expect(page.getByTestId('walk-target')).toHaveAttribute('data-value', '0');
  await checkWalk(page, -3, 0);
  await expect(page.getByTestId('toggle-fy')).toHaveAttribute('data-value', '0');
  await near(page, 'form4-value', await core(page, 'core_bce', 0.3, 0), 15);
  // A bad list is ignored and the default used.
  await open(page, '?sq=0.5,abc,0.2&bp=0.1,0.2');
  await near(page, 'ce-dog', -Math.log(0.7), 14);
  await near(page, 'bce-total', -(Math.log(0.8) * 2 + Math.log(0.6)), 14);
  expectClean(problems);
});

test('α-balanced CE → FL follows the explorer; a term points to it', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await page.getByTestId('a2f-y').click();
  await page.getByTestId('input-a2f-p').fill('0.3');
  await reveal(page, 'toggle-y');
  await expect(page.getByTestId('toggle-y')).toHaveAttribute('data-value', '0');
  await near(page, 'a2f-pt', 0.7, 15);
  await near(page, 'a2f-alpha-t', 0.75, 15);
  await near(page, 'a2f-ace', 0.75 * -Math.log(0.7), 14);
  await near(page, 'a2f-fl', await core(page, 'core_focal_from_prob', 0.3, 0, A, G), 15);
  await page.getByTestId('input-a2f-gamma').fill('0');
  await near(page, 'a2f-fl', 0.75 * -Math.log(0.7), 14); // γ = 0: FL is the α-balanced CE
  await near(page, 'readout-fl', 0.75 * -Math.log(0.7), 14);
  await page.getByTestId('term-fl').click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#explorer');
  expectClean(problems);
});

test('Chinese: lessons 1–5 have all their text', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?lang=zh');
  for (const id of ['ce-forms', 'softmax-ce', 'sigmoid-bce', 'alpha-to-focal', 'fcos-walkthrough']) {
    await reveal(page, `section-${id}`);
    const text = await page.getByTestId(`section-${id}`).innerText();
    expect(text, id).not.toMatch(/\b(ce_forms|softmax_ce|sigmoid_bce|alpha_to_focal|fcos_walkthrough)\.[a-z_0-9]+/);
  }
  await expect(page.getByTestId('section-softmax-ce')).toContainText('狗');
  await expect(page.getByTestId('section-alpha-to-focal')).toContainText('正样本');
  expectClean(problems);
});
