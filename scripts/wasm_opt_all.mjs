// wasm-opt -Oz over many modules in one process (scripts/build_wasm.sh, release builds).
// npm's binaryen is binaryen compiled to wasm: one `wasm-opt` run per file would pay its
// start-up (~1 s) for each of the ~170 split modules; here it is paid once.
// Usage: node scripts/wasm_opt_all.mjs FILE.wasm...   (each file is rewritten in place)
import binaryen from 'binaryen';
import { readFileSync, writeFileSync } from 'node:fs';

// rustc's default wasm features plus simd128 (.cargo/config.toml): wasm-split keeps no
// target_features section to read them from.
const F = binaryen.Features;
const features = F.MVP | F.SIMD128 | F.BulkMemory | F.SignExt | F.MutableGlobals
  | F.NontrappingFPToInt | F.Multivalue | F.ReferenceTypes | F.BulkMemoryOpt | F.CallIndirectOverlong;
binaryen.setOptimizeLevel(2); // -Oz = -O2 with shrink level 2
binaryen.setShrinkLevel(2);
binaryen.setDebugInfo(false);
for (const file of process.argv.slice(2)) {
  const mod = binaryen.readBinary(readFileSync(file));
  mod.setFeatures(features);
  mod.optimize();
  writeFileSync(file, mod.emitBinary());
  mod.dispose();
}
