#!/usr/bin/env bash
# Builds the app's wasm and splits it into lazily loaded chunks; trunk runs this as its
# post_build hook (Trunk.toml) because its own Rust pipeline cannot split.
#
# Each lesson after the explorer is a `#[lazy]` function (src/sections/mod.rs). wasm-split
# (crate wasm_split_cli_support, installed by scripts/setup.sh) moves each one's code into its
# own .wasm, fetched the first time its section is built; the first screen loads only the
# main module. Steps: cargo (with the linker's relocations, which wasm-split needs) →
# wasm-split → wasm-bindgen → wasm-opt -Oz on every module (release only, as trunk does;
# scripts/wasm_opt_all.mjs, one process for all of them) →
# $TRUNK_STAGING_DIR/wasm-<hash>/, and a module script in the staged index.html.
#
# Cargo features: trunk does not pass its --features to hooks, so give them as
# TRUNK_BUILD_FEATURES=test-api (trunk reads the same variable).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

name=focal-loss-lab
profile=${TRUNK_PROFILE:-debug}
stage=${TRUNK_STAGING_DIR:?run by trunk (trunk build / trunk serve), which sets TRUNK_STAGING_DIR}
public_url=${TRUNK_PUBLIC_URL:-/}
case "$public_url" in */) ;; *) public_url="$public_url/" ;; esac

args=(rustc --offline --target wasm32-unknown-unknown --bin "$name")
[ "$profile" = release ] && args+=(--release)
[ -n "${TRUNK_BUILD_FEATURES:-}" ] && args+=(--features "$TRUNK_BUILD_FEATURES")
# Only the final link gets the flag, so the dependencies' builds are shared with clippy/test.
cargo "${args[@]}" -- -C link-arg=--emit-relocs

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wasm-split-cli "target/wasm32-unknown-unknown/$profile/$name.wasm" "$work" --out-name "$name"
# --keep-lld-exports: the chunks import the main module's function table by its lld export name.
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$work/bindgen" --out-name "$name" "$work/$name.wasm"
rm "$work/$name.wasm"
mv "$work"/*.wasm "$work"/__wasm_split.js "$work/bindgen/"
out="$work/bindgen"

if [ "$profile" = release ]; then
  node scripts/wasm_opt_all.mjs "$out"/*.wasm 2> >(grep -v 'unknown name subsection' >&2)
fi

# The text the wasm does not hold (src/i18n/fetched.rs): the Chinese table, fetched only by
# readers who choose it, and the English lessons' text, fetched after the first paint.
rustc --edition 2021 -O scripts/lang_text.rs -o target/lang_text
target/lang_text zh >"$out/zh.txt"
target/lang_text en >"$out/en.txt"

hash=$(cat "$out"/* | sha256sum | cut -c1-16)
dest="$stage/wasm-$hash"
rm -rf "$stage"/wasm-*
mkdir -p "$dest"
cp -r "$out"/. "$dest/"

# The same start as trunk's own loader (window.wasmBindings, TrunkApplicationStarted), and a
# link that opens in Chinese gets its text before the app starts, so it is Chinese at once.
base="${public_url}wasm-$hash"
loader="<link rel=\"modulepreload\" href=\"$base/$name.js\">\
<link rel=\"preload\" href=\"$base/${name}_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\
<script type=\"module\">import init, * as bindings from '$base/$name.js';\
window.FLL_WASM_BASE = '$base/';\
if (new URLSearchParams(location.search).get('lang') === 'zh') {\
try { const r = await fetch('$base/zh.txt'); if (r.ok) window.FLL_ZH_TEXT = await r.text(); } catch (_) {}\
}\
const wasm = await init({ module_or_path: '$base/${name}_bg.wasm' });\
window.wasmBindings = bindings;\
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));</script>"
html="$stage/index.html"
if grep -q '</head>' "$html"; then
  LOADER="$loader" perl -0pi -e 's{</head>}{$ENV{LOADER}</head>}' "$html"
else
  printf '%s\n' "$loader" >>"$html"
fi
# trunk leaves the skipped rust link in the page; it does nothing there.
perl -0pi -e 's{\s*<link data-trunk rel="rust"[^>]*>}{}' "$html"
echo "[build_wasm] $(ls "$dest" | wc -l) files in wasm-$hash ($profile${TRUNK_BUILD_FEATURES:+, features $TRUNK_BUILD_FEATURES})"
