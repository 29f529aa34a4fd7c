// Main-thread busy time per move, from outside the page: the protocol shared by bench.mjs
// (the figures in results.json) and busy_ab.mjs (two builds compared in one browser).
// ── Main-thread busy time per move, from outside the page ────────────────────────────────────
// Chromium's cumulative TaskDuration (CDP Performance.getMetrics) is read before and after one
// step of the protocol "set the value, dispatch a bubbling input event, wait for the next
// animation frame, then one setTimeout(0)". The same protocol without the move (id = null) is
// the cost of the protocol itself (the CDP calls, the evaluate, an empty frame); its median is
// subtracted from every move.
const STEP = `window.__benchStep = (id, v) => new Promise((done) => {
  if (id) {
    const el = document.querySelector('[data-testid="' + id + '"]');
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
  requestAnimationFrame(() => setTimeout(done, 0));
});`;

export async function busyProbe(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Runtime.evaluate', { expression: STEP });
  const metrics = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    // ThreadTime: the main thread's CPU time, which other load on the machine inflates less
    // (a preempted task grows in wall time, not in CPU time).
    return { task: m.TaskDuration, script: m.ScriptDuration, cpu: m.ThreadTime };
  };
  // One step; returns busy ms (and the script share) on the main thread during it.
  const step = async (id, v) => {
    const a = await metrics();
    await cdp.send('Runtime.evaluate', { expression: `__benchStep(${JSON.stringify(id)}, ${JSON.stringify(v)})`, awaitPromise: true });
    const b = await metrics();
    return { task: (b.task - a.task) * 1000, script: (b.script - a.script) * 1000, cpu: (b.cpu - a.cpu) * 1000 };
  };
  // The idle protocol's busy times (`cpu`: its CPU times instead).
  const baseline = async (reps, what = 'task') => {
    const xs = [];
    for (let i = 0; i < reps; i++) xs.push((await step(null, 0))[what]);
    return xs;
  };
  // Values cycle over the range ((i·7919) mod steps); each differs from the slider's current one.
  const moves = async (id, n) => {
    const info = await page.evaluate((id) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { min: Number(el.min), max: Number(el.max), step: Number(el.step), value: Number(el.value),
        onScreen: r.bottom > 0 && r.top < innerHeight };
    }, id);
    if (!info) return null;
    const step1 = info.step || (info.max - info.min) / 100;
    const steps = Math.round((info.max - info.min) / step1);
    let cur = info.value;
    const task = [], script = [], cpu = [];
    for (let i = 0; i < n; i++) {
      let k = (i * 7919) % (steps + 1);
      let v = Number((info.min + k * step1).toFixed(10));
      if (Math.abs(v - cur) < step1 / 2) v = Number((info.min + ((k + 1) % (steps + 1)) * step1).toFixed(10));
      const s = await step(id, v);
      task.push(s.task);
      script.push(s.script);
      cpu.push(s.cpu);
      cur = v;
    }
    return { task, script, cpu, onScreen: info.onScreen };
  };
  return { cdp, baseline, moves };
}

// Scrolls a section's top into view (then the slider itself if it is still off screen), waits
// until the section counts as near (`data-near`, where the build has it), then 500 ms.
export async function showSection(page, section, slider) {
  await page.evaluate(async ([section, slider]) => {
    const s = section ? document.querySelector(`[data-testid="${section}"]`) : null;
    if (s) s.scrollIntoView({ block: 'start' }); else scrollTo(0, 0);
    const find = () => document.querySelector(`[data-testid="${slider}"]`);
    for (let i = 0; i < 300 && !find(); i++) await new Promise((r) => setTimeout(r, 16));
    const el = find();
    const r = el?.getBoundingClientRect();
    if (r && (r.top < 0 || r.bottom > innerHeight)) el.scrollIntoView({ block: 'center' });
    const sec = el?.closest('section');
    for (let i = 0; i < 100 && sec?.dataset.near === 'false'; i++) await new Promise((r) => requestAnimationFrame(r));
  }, [section, slider]);
  await page.waitForTimeout(500);
}

