#!/usr/bin/env bash
# The one test command: sets up what is missing, then runs every check and test.
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, all targets) -D warnings"
cargo clippy --all-targets --offline -- -D warnings

step "cargo clippy (wasm32, shipped and with the test-api feature) -D warnings"
cargo clippy --target wasm32-unknown-unknown --offline -- -D warnings
cargo clippy --target wasm32-unknown-unknown --offline --features test-api -- -D warnings

step "cargo test (native: math core, state, i18n, properties)"
cargo test --offline

step "trunk build --release: dist/ (shipped), dist-subpath/ (a course site's sub-path), dist-test/ (with test exports)"
rm -rf dist dist-subpath dist-test
trunk build --release
trunk build --release --public-url /some/sub/path/ --dist dist-subpath
TRUNK_BUILD_FEATURES=test-api trunk build --release --dist dist-test

step "browser tests (Playwright + Debian chromium against dist-test/ on 127.0.0.1; dist/ checked for test exports)"
npx playwright test
