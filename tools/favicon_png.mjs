// Renders assets/favicon.svg to assets/favicon.png (64 × 64) in headless Chromium.
// Why a PNG: Chromium fetches and decodes the page's icon again on every history.replaceState,
// and an SVG icon costs ~10 ms of main-thread time each time (it builds an isolated SVG
// document); a PNG decodes in well under 1 ms. Run: node tools/favicon_png.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('assets/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 64, height: 64 }, deviceScaleFactor: 1 });
await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:64px;height:64px}</style>${svg}`);
await page.screenshot({ path: 'assets/favicon.png', omitBackground: true, clip: { x: 0, y: 0, width: 64, height: 64 } });
await browser.close();
