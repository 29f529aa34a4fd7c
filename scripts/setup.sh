#!/usr/bin/env bash
# Installs everything Focal Loss Lab needs to build, serve and test, idempotently:
# each step checks first and skips what is already present. Works offline except for
# the package registries (crates.io, npm, Debian). Source it or run it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION="0.21.14" # every 0.22.x needs a newer rustc than this machine has
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. The wasm-bindgen version lives in Cargo.toml's "=" pin; Cargo.lock is where we read it.
if ! grep -q 'name = "wasm-bindgen"' Cargo.lock 2>/dev/null; then
  cargo generate-lockfile
fi
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (~3 min)"
  # Not --locked: its lock file wants a webpki-roots version the registry lacks.
  cargo install --force wasm-bindgen-cli --version "$WBG_VERSION"
fi

# 3. trunk, pinned.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (~10 min, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# 3b. wasm-split, which cuts the wasm into lazily loaded chunks (scripts/build_wasm.sh).
WSPLIT_VERSION="0.2.4"
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WSPLIT_VERSION:"; then
  say "installing wasm-split-cli (wasm_split_cli_support $WSPLIT_VERSION, ~2 min)"
  cargo install --locked wasm_split_cli_support --version "$WSPLIT_VERSION" --features build-binary
fi

# 4. npm packages: wasm-opt (binaryen; Debian's 108 miscompiles), Playwright, axe-core.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci (Playwright without its browser download, binaryen, axe-core)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

# 5. Debian chromium + driver + fonts (Liberation for Latin, Noto CJK so 中文 renders).
missing=()
for pkg in chromium chromium-driver fonts-liberation fonts-noto-cjk; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
fi

# 6. Dependencies for cargo's --offline builds (Trunk.toml sets offline = true).
cargo fetch --quiet

say "ready: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $WBG_VERSION, wasm-opt $(wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null | head -1)"
