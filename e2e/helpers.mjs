// Shared helpers for the browser tests.
import { expect } from '@playwright/test';

/** Collects console errors, page errors and requests to any host but 127.0.0.1. */
export function watch(page) {
  const problems = { console: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.console.push(String(e)));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', ''].includes(u.hostname) && !u.protocol.startsWith('data') && !u.protocol.startsWith('blob')) {
      problems.requests.push(r.url());
    }
  });
  return problems;
}

/** Opens the app and waits until it has mounted (the title is rendered by Rust). */
export async function open(page, query = '') {
  await page.goto('/' + query);
  await expect(page.getByTestId('app-title')).toBeVisible();
  await page.waitForFunction(() => window.wasmBindings !== undefined);
}

/** The math core, as exported by the app's own wasm (src/test_api.rs). */
export async function core(page, fn, ...args) {
  return page.evaluate(([f, a]) => window.wasmBindings[f](...a), [fn, args]);
}

/**
 * Scrolls a far section's element to the screen, as a reader would, and waits until its
 * section is near (sections do no work while far, and catch up when they come near) and built
 * (a lesson's code arrives as its own chunk).
 */
export async function reveal(page, testid) {
  await page.evaluate(async (id) => {
    const find = () => document.querySelector(`[data-testid="${id}"]`);
    // A section far below is built in idle time: wait for it (up to ~5 s).
    for (let i = 0; i < 300 && !find(); i++) await new Promise((r) => setTimeout(r, 16));
    const el = find();
    const sec = el && el.closest('section.lesson');
    if (!sec) return;
    const r = el.getBoundingClientRect();
    const onScreen = r.bottom > 0 && r.top < innerHeight;
    // A lesson whose code is its own chunk is built once the chunk has come (data-built).
    const ready = () => sec.dataset.near === 'true' && sec.dataset.built !== 'false';
    if (ready() && onScreen) return;
    // On screen, not just near: a section off screen also skips rendering (content-visibility).
    if (!onScreen) el.scrollIntoView({ block: el === sec ? 'start' : 'center' });
    for (let i = 0; i < 100 && sec.dataset.near !== 'true'; i++) await new Promise((r) => requestAnimationFrame(r));
    for (let i = 0; i < 600 && sec.dataset.built === 'false'; i++) await new Promise((r) => setTimeout(r, 16));
    // Lessons above that were built meanwhile change their heights and can push this one off
    // screen again: scroll back until it stays on screen for two frames.
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const visible = () => { const b = el.getBoundingClientRect(); return b.bottom > 0 && b.top < innerHeight; };
    for (let i = 0, settled = 0; i < 60 && settled < 2; i++) {
      if (visible()) settled++;
      else { settled = 0; el.scrollIntoView({ block: el === sec ? 'start' : 'center' }); }
      await frame();
    }
    await new Promise((r) => setTimeout(r, 0));
  }, testid);
}

/** data-value of a read-out, as a number (its section brought near first). */
export async function value(page, testid) {
  await reveal(page, testid);
  const v = await page.getByTestId(testid).getAttribute('data-value');
  return v === 'inf' ? Infinity : Number(v);
}

export function expectClean(problems) {
  expect(problems.console, 'console errors').toEqual([]);
  expect(problems.requests, 'requests off 127.0.0.1').toEqual([]);
}
