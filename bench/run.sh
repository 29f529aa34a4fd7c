#!/usr/bin/env bash
# The benchmark: release build, Chromium measurements, matplotlib/numpy/native comparisons.
# Prints a table and writes bench/results.json. Not part of the test command; figures, not asserts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh

echo "== release build (wasm-opt -Oz) =="
trunk build --release --dist bench/dist

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

echo "== wasm size breakdown (twiggy, on the build before wasm-opt) =="
if command -v twiggy >/dev/null || cargo install --quiet twiggy >/dev/null 2>&1; then
  wasm=$(ls target/wasm32-unknown-unknown/release/*.wasm | head -1)
  twiggy top -n 12 "$wasm" | tee bench/.twiggy.txt || true
fi

echo "== Chromium measurements =="
node bench/bench.mjs bench/dist bench/.mpl.json bench/.native.json bench/.numpy.json
