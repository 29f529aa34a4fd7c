// Browser tests: Debian's chromium (never a downloaded browser) against dist/ on 127.0.0.1.
import { defineConfig } from '@playwright/test';

// E2E_DIST / E2E_PORT let several checkouts or builds run their tests side by side.
// dist-test/ is the app built with the `test-api` feature (the math core exported for checks).
const dist = process.env.E2E_DIST || 'dist-test';
const port = process.env.E2E_PORT || '4173';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1280, height: 900 },
  },
  webServer: {
    command: `node e2e/serve.mjs ${dist} ${port} /`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
