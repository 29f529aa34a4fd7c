// One cold load, shared by bench/bench.mjs (the figure) and bench/load_ab.mjs (two builds
// compared): from navigation start (performance.now() = 0) until readout-fl has text and a
// move of slider-p has changed readout-pt, polled from the moment the document commits.
// Returns that time (ms), the files fetched by then (the lessons' chunks come later), and the
// first contentful paint (ms; the first frame with text, when a reader first sees the page).
export async function coldLoad(context, url) {
  const p = await context.newPage();
  await p.goto(url, { waitUntil: 'commit' });
  return p.evaluate(async () => {
    const wait = () => new Promise((r) => setTimeout(r, 1));
    const fl = () => document.querySelector('[data-testid="readout-fl"]')?.textContent.trim();
    let el;
    while (!(el = document.querySelector('[data-testid="slider-p"]')) || !fl()) await wait();
    const out = () => document.querySelector('[data-testid="readout-pt"]')?.dataset.value;
    const before = out();
    el.value = el.value === '0.5' ? '0.3' : '0.5';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    while (out() === before) await wait();
    const now = performance.now();
    const got = performance.getEntriesByType('resource').filter((e) => e.startTime < now)
      .map((e) => new URL(e.name).pathname);
    let fcp;
    while (!(fcp = performance.getEntriesByName('first-contentful-paint')[0])) await wait();
    return { now, got, fcp: fcp.startTime };
  });
}
