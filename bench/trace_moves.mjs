// Where the browser's own time goes during slider moves: a Chromium trace (devtools.timeline)
// over N moves, the main thread's events summed by name (self time: an event's duration minus
// its children's), per move. Complements profile.mjs, which sees JavaScript and wasm only.
//   node bench/trace_moves.mjs <dist> <slider testid> [moves = 60] [testid to scroll to first]
import { openForMoves } from './moves_page.mjs';
const [dist, id, n = '60', scrollTo = ''] = process.argv.slice(2);
const { page, move, close } = await openForMoves(dist, 4712, id, scrollTo);
const cdp = await page.context().newCDPSession(page);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
for (let i = 1; i <= +n; i++) await move(i);
await cdp.send('Tracing.end');
await done;
// The renderer's main thread: the thread that ran the most RunTask time.
const byThread = {};
for (const e of events) if (e.ph === 'X' && e.name === 'RunTask') byThread[`${e.pid}:${e.tid}`] = (byThread[`${e.pid}:${e.tid}`] || 0) + e.dur;
const main = Object.entries(byThread).sort((a, b) => b[1] - a[1])[0][0];
const xs = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
// Self time by name, with a stack of open events.
const self = {};
const stack = [];
for (const e of xs) {
  while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
  if (stack.length) self[stack[stack.length - 1].name] -= e.dur;
  self[e.name] = (self[e.name] || 0) + e.dur;
  stack.push(e);
}
const total = xs.filter((e) => e.name === 'RunTask').reduce((s, e) => s + e.dur, 0);
console.log(`main thread RunTask total ${(total / 1000 / n).toFixed(3)} ms/move`);
for (const [k, v] of Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(v / 1000 / n).toFixed(3).padStart(8)}  ${k}`);
if (process.env.SHOW_LAYOUT) {
  const lay = xs.filter((e) => e.name === 'Layout').slice(0, +process.env.SHOW_LAYOUT);
  for (const e of lay) console.log(JSON.stringify({ dur: e.dur, begin: e.args.beginData, end: e.args.endData?.layoutRoots?.map((r) => r.nodeName || r.nodeId) }));
}
await close();
