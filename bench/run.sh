#!/usr/bin/env bash
# The benchmark: release build, Chromium measurements, matplotlib/numpy/native comparisons.
# Prints a table and writes bench/results.json. Not part of the test command; figures, not asserts.
# BENCH_DEV=0 skips the debug build and its figures (its first build compiles every crate again).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

echo "== release build (wasm-opt -Oz): what ships =="
trunk build --release --dist bench/dist

# Right after the shipped build: the next builds overwrite target/…/release/*.wasm.
echo "== wasm size breakdown (twiggy, on the build before wasm-opt) =="
if command -v twiggy >/dev/null || cargo install --quiet twiggy >/dev/null 2>&1; then
  wasm=$(ls target/wasm32-unknown-unknown/release/*.wasm | head -1)
  twiggy top -n 12 "$wasm" | tee bench/.twiggy.txt || true
fi

# The test-only exports (bench_simulate for the sim_* figures, core_*, test_panic) live behind
# the cargo feature `test-api` once Cargo.toml declares it; without it they are in the shipped
# build and bench.mjs takes bench_simulate from there.
if grep -Eq '^[[:space:]]*"?test-api"?[[:space:]]*=' Cargo.toml; then
  echo "== release build with the test-api feature (only for the sim_* figures) =="
  TRUNK_BUILD_FEATURES=test-api trunk build --release --dist bench/dist-test
  test_dist=(--test-dist bench/dist-test)
else
  echo "== no test-api feature in Cargo.toml: sim_* from the shipped build, if it exports bench_simulate =="
  rm -rf bench/dist-test
  test_dist=()
fi

dev_dist=()
if [ "${BENCH_DEV:-1}" != 0 ]; then
  echo "== debug build (what trunk serve serves) =="
  trunk build --dist bench/dist-dev
  dev_dist=(--dev-dist bench/dist-dev)
fi

echo "== python venv with numpy + matplotlib =="
if [ ! -x bench/.venv/bin/python ]; then python3 -m venv bench/.venv; fi
bench/.venv/bin/python -c 'import numpy, matplotlib' 2>/dev/null || bench/.venv/bin/pip install -q numpy matplotlib

echo "== matplotlib redraw of the same figure (960 × 691 px, 200 redraws) =="
bench/.venv/bin/python bench/mpl_figure.py 960 691 200 | tee bench/.mpl.json

echo "== simulator: native Rust and numpy =="
if [ -f examples/bench_native.rs ]; then
  cargo run --release --offline --quiet --example bench_native | tee bench/.native.json
else
  echo null > bench/.native.json
fi
if [ -f bench/numpy_sim.py ]; then
  bench/.venv/bin/python bench/numpy_sim.py | tee bench/.numpy.json
else
  echo null > bench/.numpy.json
fi

echo "== Chromium measurements =="
node bench/bench.mjs bench/dist bench/.mpl.json bench/.native.json bench/.numpy.json \
  "${test_dist[@]}" "${dev_dist[@]}"
