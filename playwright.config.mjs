// Browser tests: Debian's chromium (never a downloaded browser) against dist/ on 127.0.0.1.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    viewport: { width: 1280, height: 900 },
  },
  webServer: {
    command: 'node e2e/serve.mjs dist 4173 /',
    url: 'http://127.0.0.1:4173/',
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
