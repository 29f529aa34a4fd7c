// Where the main thread's JavaScript time goes during slider moves: a V8 CPU profile (100 µs
// sampling) over N moves, printed as self and inclusive milliseconds per move by function.
//   node bench/profile.mjs <dist> <slider testid> [moves = 60] [testid to scroll to first]
// Rust function names show only in a wasm that kept its name section: trunk's wasm-opt drops
// it, so for names run wasm-bindgen yourself on target/wasm32-unknown-unknown/release/*.wasm
// (after `trunk build --release`) into a copy of the dist, under the same file names.
import { addProfile, top } from './cpu_profile.mjs';
import { openForMoves } from './moves_page.mjs';
const [dist, id, n = '60', scrollTo = ''] = process.argv.slice(2);
const { page, move, close } = await openForMoves(dist, 4711, id, scrollTo);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 1; i <= +n; i++) await move(i);
const { profile } = await cdp.send('Profiler.stop');
const self = {}, incl = {};
addProfile(profile, self, incl, 1 / +n);
console.log('SELF ms/move\n' + top(self, 40, 3));
console.log('\nINCL ms/move\n' + top(incl, 70, 3));
await close();
