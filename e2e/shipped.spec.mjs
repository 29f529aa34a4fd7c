// The shipped build (dist/, built without the `test-api` feature) exports nothing for tests:
// no math-core entry points, no deliberate panic, no benchmark hooks. The other specs run
// against dist-test/, the same app built with those exports.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { watch } from './helpers.mjs';

const dir = process.env.E2E_SHIPPED_DIST || 'dist';
const TEST_ONLY = /^(test_panic|bench_\w+|core_\w+|sim_\w+)$/;

// The wasm lives in dist/wasm-<hash>/ (scripts/build_wasm.sh): the main module, its glue and
// the lazily loaded chunks. Test-only entry points would be exports of the main module.
function wasmDir(d) {
  const sub = readdirSync(d).find((f) => f.startsWith('wasm-'));
  return join(d, sub);
}
async function mainExports(d) {
  const w = wasmDir(d);
  const main = readdirSync(w).find((f) => f.endsWith('_bg.wasm'));
  return WebAssembly.Module.exports(await WebAssembly.compile(readFileSync(join(w, main)))).map((e) => e.name);
}

test('the shipped build has no test-only entry points', async () => {
  test.skip(!existsSync(dir), `no ${dir}: scripts/test.sh builds it with trunk build --release`);
  const exported = await mainExports(dir);
  const w = wasmDir(dir);
  const glue = readFileSync(join(w, readdirSync(w).find((f) => f.endsWith('.js') && !f.startsWith('__'))), 'utf8');
  const jsExports = [...glue.matchAll(/export function (\w+)/g)].map((m) => m[1]);
  expect(exported.filter((n) => TEST_ONLY.test(n))).toEqual([]);
  expect(jsExports.filter((n) => TEST_ONLY.test(n))).toEqual([]);
  // The check itself can fail: the test build does export them.
  const testDir = process.env.E2E_DIST || 'dist-test';
  if (existsSync(testDir)) {
    const names = await mainExports(testDir);
    expect(names.filter((n) => TEST_ONLY.test(n)).length).toBeGreaterThan(0);
  }
});

test('the shipped build loads and its explorer works', async ({ browser }) => {
  test.skip(!existsSync(dir), `no ${dir}`);
  const port = 4391;
  const server = spawn('node', ['e2e/serve.mjs', dir, String(port), '/'], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(`http://127.0.0.1:${port}/?p=0.5`);
    await expect(page.getByTestId('readout-pt')).toHaveAttribute('data-value', '0.5');
    await expect(page.getByTestId('readout-fl')).not.toHaveText('');
    expect(problems.console).toEqual([]);
  } finally {
    server.kill();
  }
});
