// Busy time per move of two builds, compared in one browser on the same machine at the same
// time: rounds alternate A and B, so a load that comes and goes (other builds on this 2-core
// machine) falls on both. Prints, per slider, the median over rounds of each round's p50 and
// p95 (baseline subtracted, as bench.mjs does), in wall time (TaskDuration) and in main-thread
// CPU time (ThreadTime, which load inflates less). Figures, not asserts.
//   node bench/busy_ab.mjs <distA> <distB> [--rounds 5] [--moves 40]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { busyProbe, showSection } from './busy.mjs';

const args = process.argv.slice(2);
const opt = (name, d) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : d; };
const [distA, distB] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const rounds = opt('--rounds', 5);
const moves = opt('--moves', 40);
const q = (xs, f) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(f * s.length))]; };
const GROUPS = [
  { section: null, sliders: ['slider-p', 'slider-alpha', 'slider-gamma'] },
  { section: 'section-segmentation', sliders: ['slider-seg-gamma'] },
  { section: 'section-simulator', sliders: ['slider-sim-gamma'] },
];

const servers = [[distA, 4720], [distB, 4721]].map(([d, port]) => spawn('node', ['e2e/serve.mjs', d, String(port), '/'], { stdio: 'ignore' }));
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const load0 = loadavg()[0];

async function measure(port) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByTestId('app-title').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('section.lesson')].every((s) => s.dataset.built !== 'false'), null, { timeout: 60_000, polling: 250 });
  await page.waitForTimeout(300);
  const probe = await busyProbe(page);
  const out = {};
  for (const { section, sliders } of GROUPS) {
    await showSection(page, section, sliders[0]);
    await probe.baseline(10);
    const base = q(await probe.baseline(40), 0.5);
    const baseCpu = q(await probe.baseline(40, 'cpu'), 0.5);
    for (const id of sliders) {
      const r = await probe.moves(id, moves);
      if (!r) continue;
      const net = r.task.map((x) => x - base);
      const cpu = r.cpu.map((x) => x - baseCpu);
      out[id] = { p50: q(net, 0.5), p95: q(net, 0.95), cpu50: q(cpu, 0.5), cpu95: q(cpu, 0.95) };
    }
  }
  await probe.cdp.detach();
  await page.close();
  return out;
}

const all = { A: [], B: [] };
for (let i = 0; i < rounds; i++) {
  for (const [k, port] of i % 2 ? [['B', 4721], ['A', 4720]] : [['A', 4720], ['B', 4721]]) all[k].push(await measure(port));
}
await browser.close();
for (const s of servers) s.kill();

const f = (x) => x.toFixed(2).padStart(6);
console.log(`A = ${distA}\nB = ${distB}\n${rounds} rounds × ${moves} moves; load average ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}`);
console.log('ms per move, medians over rounds: busy (TaskDuration) p50 and p95 │ main-thread CPU (ThreadTime) p50 and p95');
console.log('slider              A p50   B p50 │  A p95   B p95 ║ A cpu50 B cpu50 │ A cpu95 B cpu95');
for (const id of GROUPS.flatMap((g) => g.sliders)) {
  const m = (k, p) => q(all[k].map((r) => r[id]?.[p]).filter((x) => x != null), 0.5);
  const pair = (p) => `${f(m('A', p))}  ${f(m('B', p))}`;
  console.log(`${id.padEnd(18)} ${pair('p50')} │ ${pair('p95')} ║ ${pair('cpu50')} │ ${pair('cpu95')}`);
}
