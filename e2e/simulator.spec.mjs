// The dense-detection simulator: the shares shown equal the core's (window.wasmBindings.sim_shares,
// src/test_api_sim.rs) for the same N, π₊, seed, α, γ after moving N and γ; FL cuts the
// easy-negative share; boxes refuse bad input; URL state; the prior-initialisation numbers;
// the figures redraw; and a recompute at N = 10⁶ stays quick (printed, bounded loosely).
import { test, expect } from '@playwright/test';
import { watch, open, core, value, reveal, expectClean } from './helpers.mjs';

const KINDS = ['easy-neg', 'hard-neg', 'easy-pos', 'hard-pos'];

/** The simulator's inputs as its controls show them. */
async function inputs(page) {
  await reveal(page, 'input-sim-gamma');
  const n = Number(await page.getByTestId('sim-n').getAttribute('data-value'));
  const pos = Number(await page.getByTestId('sim-posfrac').getAttribute('data-value'));
  const seed = Number(await page.getByTestId('sim-seed').getAttribute('data-value'));
  const off = await page.getByTestId('sim-alpha-off').isChecked();
  const alpha = off ? -1 : Number(await page.getByTestId('slider-sim-alpha').inputValue());
  const gamma = Number(await page.getByTestId('input-sim-gamma').inputValue());
  return { n, pos, seed, alpha, gamma };
}

/** Every share on the page equals the core's for the inputs shown; returns them. */
async function expectSharesMatchCore(page, expected = {}) {
  const s = await inputs(page);
  for (const [k, v] of Object.entries(expected)) expect(s[k], k).toBeCloseTo(v, 12);
  const want = await core(page, 'sim_shares', s.n, s.pos, s.seed, s.alpha, s.gamma);
  const got = {};
  for (const [i, kind] of KINDS.entries()) {
    for (const [j, loss] of ['ce', 'fl'].entries()) {
      const id = `share-${loss}-${kind}`;
      const w = want[j * 4 + i];
      await expect.poll(() => value(page, id), { message: id }).toBeCloseTo(w, 12);
      got[`${loss}-${kind}`] = await value(page, id);
    }
  }
  const sum = (l) => KINDS.reduce((a, k) => a + got[`${l}-${k}`], 0);
  for (const l of ['ce', 'fl']) if (sum(l) > 0) expect(sum(l)).toBeCloseTo(1, 12);
  // Totals ÷ num_pos as the core computes them.
  const t = await core(page, 'sim_totals', s.n, s.pos, s.seed, s.alpha, s.gamma);
  expect(await value(page, 'sim-per-pos-ce')).toBeCloseTo(t[7], 9);
  expect(await value(page, 'sim-per-pos-fl')).toBeCloseTo(t[8], 9);
  expect(await value(page, 'sim-num-pos')).toBe(t[4]);
  return { s, got };
}

/** Sets a range input the way a drag does (an input event that bubbles). */
const setRange = (page, id, v) => page.getByTestId(id).evaluate((el, v) => {
  el.value = String(v);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}, v);

test('defaults: shares equal the core, FL cuts the easy-negative share', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const { got } = await expectSharesMatchCore(page, { n: 1e5, pos: 0.001, seed: 1, alpha: 0.25, gamma: 2 });
  expect(got['fl-easy-neg']).toBeLessThan(got['ce-easy-neg']);
  expect(got['ce-easy-neg']).toBeGreaterThan(0.5);
  await expect(page.getByTestId('sim-headline')).toContainText('Easy negatives carry');
  await expect(page.getByTestId('sim-headline')).toContainText((got['ce-easy-neg'] * 100).toFixed(1));
  for (const id of ['plot-share', 'plot-cdf', 'plot-cdf-pos']) await expect(page.getByTestId(id)).toBeVisible();
  expectClean(problems);
});

test('moving N and γ keeps the shares equal to the core', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await setRange(page, 'sim-n', 4);
  await expect(page.getByTestId('sim-n')).toHaveAttribute('data-value', '10000');
  let r = await expectSharesMatchCore(page, { n: 1e4 });
  expect(r.got['fl-easy-neg']).toBeLessThan(r.got['ce-easy-neg']);

  await page.getByTestId('slider-sim-gamma').focus();
  await page.keyboard.press('ArrowLeft');
  await expectSharesMatchCore(page, { gamma: 1.9 });
  // γ is the explorer's: its box follows, and moving the explorer's slider moves ours.
  await reveal(page, 'input-gamma');
  await expect(page.getByTestId('input-gamma')).toHaveValue('1.9');
  await setRange(page, 'slider-gamma', 0.5);
  await expectSharesMatchCore(page, { gamma: 0.5 });

  // α off and γ = 0: FL is CE.
  await page.getByTestId('sim-alpha-off').check();
  await setRange(page, 'slider-sim-gamma', 0);
  r = await expectSharesMatchCore(page, { alpha: -1, gamma: 0 });
  for (const k of KINDS) expect(r.got[`fl-${k}`]).toBe(r.got[`ce-${k}`]);
  await expect.poll(() => value(page, 'sim-total-fl')).toBe(await value(page, 'sim-total-ce'));

  // Several slider moves within a frame apply once; the last wins.
  await page.getByTestId('sim-n').evaluate((el) => {
    for (const v of [3.1, 3.5, 5.2, 3]) { el.value = String(v); el.dispatchEvent(new Event('input', { bubbles: true })); }
  });
  await expect(page.getByTestId('sim-n')).toHaveAttribute('data-value', '1000');
  await expectSharesMatchCore(page, { n: 1000 });
  expectClean(problems);
});

test('N = 10⁶ recomputes quickly and still matches the core', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await setRange(page, 'sim-n', 6);
  await expect(page.getByTestId('sim-n')).toHaveAttribute('data-value', '1000000');
  await expectSharesMatchCore(page, { n: 1e6 });
  const resample = await value(page, 'sim-ms');
  await setRange(page, 'slider-sim-gamma', 3);
  await expectSharesMatchCore(page, { gamma: 3 });
  const gammaMove = await value(page, 'sim-ms');
  // The benchmark entry point: a kept simulator, resample on a new seed, loss pass on a new γ.
  const bench = await page.evaluate(() => {
    const b = window.wasmBindings.bench_simulate;
    b(1e6, 1, 2);
    const seeds = [2, 3, 4, 5, 6].map((s) => b(1e6, s, 2));
    const gammas = [1, 1.5, 2.5, 3, 0.5].map((g) => b(1e6, 6, g));
    return { seeds, gammas, checksum: window.wasmBindings.bench_checksum() };
  });
  console.log(`page recompute at N = 10⁶ (debug or release, as built): resample ${resample.toFixed(1)} ms, ` +
    `γ move ${gammaMove.toFixed(1)} ms; bench_simulate new seed ${bench.seeds.map((v) => v.toFixed(1))} ms, ` +
    `new γ ${bench.gammas.map((v) => v.toFixed(1))} ms`);
  expect(Number.isFinite(bench.checksum)).toBe(true);
  expect(Math.min(...bench.gammas)).toBeLessThan(1000); // loose: debug builds are slow
  expectClean(problems);
});

test('seed and positive fraction boxes: values, bad input, no positives', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const seed = page.getByTestId('sim-seed');
  await seed.fill('7');
  await expect(seed).toHaveAttribute('data-value', '7');
  const a = await expectSharesMatchCore(page, { seed: 7 });
  await page.getByTestId('sim-new-seed').click();
  await expect(seed).toHaveAttribute('data-value', '8');
  const b = await expectSharesMatchCore(page, { seed: 8 });
  expect(b.got['ce-easy-neg']).not.toBe(a.got['ce-easy-neg']);

  for (const bad of ['abc', '', '1.5', '1e999', '-3', 'x'.repeat(10_240)]) {
    await seed.fill(bad);
    await expect(page.getByTestId('sim-seed-error')).not.toBeEmpty();
    await expect(seed).toHaveAttribute('data-value', '8');
  }
  await seed.blur();
  await expect(seed).toHaveValue('8');

  const pos = page.getByTestId('sim-posfrac');
  await pos.fill('2');
  await expect(page.getByTestId('sim-posfrac-error')).toContainText('between');
  await pos.fill('0');
  await expect(pos).toHaveAttribute('data-value', '0');
  const none = await expectSharesMatchCore(page, { pos: 0 });
  expect(none.got['ce-easy-pos'] + none.got['ce-hard-pos']).toBe(0);
  await expect(page.getByTestId('sim-no-pos')).toContainText('clamped to 1');
  expect(await value(page, 'sim-per-pos-ce')).toBe(await value(page, 'sim-total-ce'));
  await pos.fill('0.05');
  // Population edits apply on the next animation frame: wait for the value, then compare.
  await expect(pos).toHaveAttribute('data-value', '0.05');
  await expectSharesMatchCore(page, { pos: 0.05 });
  await expect(page.getByTestId('sim-no-pos')).toBeEmpty();
  expectClean(problems);
});

test('URL state opens the same population; reset restores it', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?n=5000&pos=0.01&seed=3&gamma=1&alpha=off&hn=0.05&en_m=3');
  await expect(page.getByTestId('sim-n')).toHaveAttribute('data-value', '5000');
  await expect(page.getByTestId('slider-sim-hn')).toHaveValue('0.05');
  const s = await inputs(page);
  expect(s).toEqual({ n: 5000, pos: 0.01, seed: 3, alpha: -1, gamma: 1 });
  // Non-default model parameters: compare the totals with a model-independent invariant instead.
  expect(await value(page, 'sim-count-hard-neg')).toBe(Math.round(4950 * 0.05));
  await page.getByTestId('sim-reset').click();
  await expect(page.getByTestId('sim-n')).toHaveAttribute('data-value', '100000');
  await expectSharesMatchCore(page, { n: 1e5, seed: 1, gamma: 1, alpha: -1 });
  await expect(page).not.toHaveURL(/[?&]n=/);
  await expect(page).toHaveURL(/gamma=1/);
  expectClean(problems);
});

test('prior initialisation: b = 0 versus π = 0.01, CE and FL', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const nNeg = 99900, nPos = 100;
  const sp = (x) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  const b = -Math.log(99);
  // CE ÷ num_pos at the first step, computed here independently.
  expect(await value(page, 'init-loss-b0')).toBeCloseTo((1e5 * Math.LN2) / nPos, 10);
  expect(await value(page, 'init-loss-prior')).toBeCloseTo((nNeg * sp(b) + nPos * sp(-b)) / nPos, 10);
  // FL at α = 0.25, γ = 2 with b = 0: 0.75 · 0.5² · ln 2 per negative, 0.25 · 0.5² · ln 2 per positive.
  expect(await value(page, 'init-fl-per-pos-b0')).toBeCloseTo((nNeg * 0.75 + nPos * 0.25) * 0.25 * Math.LN2 / nPos, 10);
  expect(await value(page, 'init-ce-neg-share-b0')).toBeCloseTo(nNeg / 1e5, 12);
  expect(await value(page, 'init-ce-grad-b0')).toBeCloseTo((nNeg - nPos) * 0.5 / nPos, 10);
  await expect(page.getByTestId('init-ratio')).toContainText('×');
  // It follows N.
  await setRange(page, 'sim-n', 6);
  await expect.poll(() => value(page, 'init-loss-b0')).toBeCloseTo((1e6 * Math.LN2) / 1000, 9);
  expectClean(problems);
});

test('figures redraw on γ, curves are α-free, Chinese labels', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  const data = (id) => page.getByTestId(id).evaluate((c) => c.toDataURL());
  const cdf = await data('plot-cdf');
  const share = await data('plot-share');
  await setRange(page, 'slider-sim-gamma', 4);
  await expect.poll(() => data('plot-cdf')).not.toBe(cdf);
  await expect.poll(() => data('plot-share')).not.toBe(share);
  const cdf4 = await data('plot-cdf');
  // α scales a whole class: the curves do not move (the legend does not mention α).
  await setRange(page, 'slider-sim-alpha', 0.6);
  await expectSharesMatchCore(page, { alpha: 0.6 });
  expect(await data('plot-cdf')).toBe(cdf4);
  // The negatives' hardest 90 % mass shrinks as γ grows.
  const ce90 = await value(page, 'sim-top90-neg-ce');
  const fl90 = await value(page, 'sim-top90-neg-fl');
  expect(fl90).toBeLessThan(ce90);
  await expect(page.getByTestId('table-plot-cdf').locator('tbody tr')).toHaveCount(14);

  await open(page, '?lang=zh');
  await expect(page.getByTestId('sim-headline')).toContainText('易分负样本');
  await expect(page.getByTestId('section-simulator')).toContainText('难分正样本');
  expectClean(problems);
});

test('1,500 random interactions with the simulator break nothing', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watch(page);
  await open(page);
  await page.getByTestId('sim-advanced').locator('summary').click();
  const report = await page.evaluate(async () => {
    let s = 20261128 >>> 0; // mulberry32, fixed seed
    const rnd = () => { s |= 0; s = (s + 0x6D2B79F5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
    const pick = (a) => a[Math.floor(rnd() * a.length)];
    const garbage = ['abc', '', '-', '1e999', 'NaN', '0', '1', '0.5', '1e-300', '−1', '0,5', '1000000', '4294967295',
      'x'.repeat(10_240), '猫🐱\u202e', '<b>x</b>', '9'.repeat(400), '2', '0.999', '10', '3.7', '1e6', '1e5'];
    const section = document.querySelector('[data-testid=section-simulator]');
    const log = [];
    for (let i = 0; i < 1500; i++) {
      const all = [...section.querySelectorAll('input, button')].filter((el) => !el.disabled &&
        !/^(export-|fullscreen-)/.test(el.dataset.testid || ''));
      const el = pick(all);
      const id = el.dataset.testid || el.id || el.tagName;
      if (el.type === 'range') {
        el.value = String(Number(el.min) + rnd() * (Number(el.max) - Number(el.min)));
        el.dispatchEvent(new Event('input', { bubbles: true }));
        log.push(`range ${id}=${el.value}`);
      } else if (el.type === 'text') {
        const v = pick(garbage);
        el.focus();
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        if (rnd() < 0.5) el.blur();
        log.push(`type ${id}=${v.slice(0, 20)}`);
      } else {
        el.click();
        log.push(`click ${id}`);
      }
      if (i % 20 === 19) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      if (document.querySelector('[data-testid=panic-banner]')) return { error: 'panic banner', log: log.slice(-15) };
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 20))));
    for (const o of section.querySelectorAll('[data-value]')) {
      const v = o.dataset.value;
      if (v === 'NaN' || /NaN|inf/i.test(v) || /NaN/.test(o.textContent)) return { error: `bad value in ${o.dataset.testid}: ${v}`, log: log.slice(-15) };
    }
    const shares = [...section.querySelectorAll('[data-testid^=share-]')].map((o) => Number(o.dataset.value));
    return { ok: true, shares };
  });
  expect(report.error, JSON.stringify(report.log)).toBeUndefined();
  expect(report.shares.every((v) => v >= 0 && v <= 1)).toBe(true);
  // Whatever state it ended in, the page still agrees with the core when the model is default.
  await page.getByTestId('sim-reset').click();
  await expectSharesMatchCore(page, { n: 1e5, seed: 1, pos: 0.001 });
  expectClean(problems);
});
