// Cold load of two builds, alternating in one browser (as busy_ab.mjs does for moves), so a
// load that comes and goes on the machine falls on both: from navigation start until the FL
// read-out shows and a p move changes p_t (bench/cold_load.mjs), a fresh context each time.
//   node bench/load_ab.mjs <distA> <distB> [--runs 9]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { coldLoad } from './cold_load.mjs';

const args = process.argv.slice(2);
const i = args.indexOf('--runs');
const runs = i >= 0 ? Number(args[i + 1]) : 9;
const [distA, distB] = args.filter((a, k) => !a.startsWith('--') && args[k - 1] !== '--runs');
const servers = [[distA, 4730], [distB, 4731]].map(([d, port]) => spawn('node', ['e2e/serve.mjs', d, String(port), '/'], { stdio: 'ignore' }));
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const load0 = loadavg()[0];

async function load(port) {
  const ctx = await browser.newContext();
  const t = await coldLoad(ctx, `http://127.0.0.1:${port}/`);
  await ctx.close();
  return t;
}

const times = { A: [], B: [] };
const paints = { A: [], B: [] };
await load(4730); await load(4731); // warm the servers and the browser
for (let r = 0; r < runs; r++) {
  for (const [k, port] of [['A', 4730], ['B', 4731]]) {
    const t = await load(port);
    times[k].push(t.now);
    paints[k].push(t.fcp);
  }
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`A = ${distA}\nB = ${distB}\n${runs} loads each, alternating; load average ${load0.toFixed(2)} → ${loadavg()[0].toFixed(2)}`);
console.log(`median ms: A ${med(times.A).toFixed(0)}  B ${med(times.B).toFixed(0)}`);
console.log(`first contentful paint, median ms: A ${med(paints.A).toFixed(0)}  B ${med(paints.B).toFixed(0)}`);
console.log(`A: ${times.A.map((t) => t.toFixed(0)).join(' ')}\nB: ${times.B.map((t) => t.toFixed(0)).join(' ')}`);
await browser.close();
servers.forEach((s) => s.kill());
