// What part of a slider move's busy time each part of the page costs: the same moves measured
// as bench/bench.mjs does (TaskDuration around "set, input, next frame, one macrotask", minus
// the protocol without a move), with the explorer's canvases, its read-outs or every other
// section hidden by an injected style sheet, and the floor of one read-out's text changed from
// JavaScript; two rounds.
//   node bench/isolate_moves.mjs <dist> [slider testid = slider-p] [moves = 40]
import { openForMoves } from './moves_page.mjs';
const [dist, id = 'slider-p', n = '40'] = process.argv.slice(2);
const { page, move, close } = await openForMoves(dist, 4750, id);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const td = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value * 1000;
const idle = () => page.evaluate(() => new Promise((d) => requestAnimationFrame(() => setTimeout(d, 0))));
async function run(label, css) {
  await page.evaluate((c) => { let s = document.getElementById('__iso'); if (!s) { s = document.createElement('style'); s.id = '__iso'; document.head.append(s); } s.textContent = c; }, css);
  await idle(); await idle();
  const base = []; const mv = [];
  for (let i = 0; i < +n; i++) {
    let a = await td(); await idle(); base.push(await td() - a);
    a = await td(); await move(i); mv.push(await td() - a);
  }
  const med = (x) => x.slice().sort((p, q) => p - q)[x.length >> 1];
  const p95 = (x) => x.slice().sort((p, q) => p - q)[Math.floor(x.length * 0.95)];
  const net = mv.map((v) => v - med(base));
  console.log(label.padEnd(40), 'p50', med(net).toFixed(2), 'p95', p95(net).toFixed(2));
}
// The floor: a frame whose only change is one read-out's text, set from JavaScript (no wasm).
async function textOnly() {
  const step = () => page.evaluate(() => new Promise((d) => {
    document.querySelector('[data-testid="readout-pt"]').firstChild.textContent = String(Math.random()).slice(0, 6);
    requestAnimationFrame(() => setTimeout(d, 0));
  }));
  const base = []; const mv = [];
  for (let i = 0; i < +n; i++) {
    let a = await td(); await idle(); base.push(await td() - a);
    a = await td(); await step(); mv.push(await td() - a);
  }
  const med = (x) => x.slice().sort((p, q) => p - q)[x.length >> 1];
  const p95 = (x) => x.slice().sort((p, q) => p - q)[Math.floor(x.length * 0.95)];
  const net = mv.map((v) => v - med(base));
  console.log('one text change from JS, no wasm'.padEnd(40), 'p50', med(net).toFixed(2), 'p95', p95(net).toFixed(2));
}
for (let r = 0; r < 2; r++) {
  await textOnly();
  await run('normal', '');
  await run('explorer canvases display:none', '#explorer canvas { display: none !important; }');
  await run('explorer canvases visibility:hidden', '#explorer canvas { visibility: hidden !important; }');
  await run('readouts display:none', '#explorer output, #explorer .readout { display: none !important; }');
  await run('everything but explorer display:none', 'section.lesson:not(#explorer), header, nav { display: none !important; }');
}
await close();
