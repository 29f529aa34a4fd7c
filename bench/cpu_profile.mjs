// Milliseconds by function from a V8 CPU profile (CDP `Profiler.stop`), shared by
// bench/profile.mjs (slider moves) and bench/load_profile.mjs (a cold load).

/** Adds `profile`'s time × `weight` to `self` (the function on top of the stack) and `incl`
 *  (every function on the stack, once per sample), by function name. */
export function addProfile(profile, self, incl, weight = 1) {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map();
  for (const x of profile.nodes) for (const c of x.children || []) parent.set(c, x.id);
  const counts = new Map();
  for (const s of profile.samples) counts.set(s, (counts.get(s) || 0) + 1);
  const dt = (profile.endTime - profile.startTime) / profile.samples.length / 1000; // ms per sample
  const name = (x) => x.callFrame.functionName || '(anon ' + x.callFrame.url.split('/').pop() + ':' + x.callFrame.lineNumber + ')';
  for (const [nid, c] of counts) {
    let x = byId.get(nid);
    self[name(x)] = (self[name(x)] || 0) + c * dt * weight;
    const seen = new Set();
    while (x) {
      const nm = name(x);
      if (!seen.has(nm)) { incl[nm] = (incl[nm] || 0) + c * dt * weight; seen.add(nm); }
      x = byId.get(parent.get(x.id));
    }
  }
}

/** The `k` largest entries of `o`, one per line: value with `digits` decimals, then the name. */
export function top(o, k, digits = 1) {
  return Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, k)
    .map(([a, b]) => b.toFixed(digits).padStart(8) + '  ' + a.slice(0, 150)).join('\n');
}
