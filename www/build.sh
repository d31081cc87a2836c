#!/usr/bin/env bash
# Installs what the build needs (only from the package registries), then builds the optimized
# package into www/pkg and prints its size. Safe to run again: it skips what is already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

step() { printf '\n== %s\n' "$*"; }

step "Rust target wasm32-unknown-unknown"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# The CLI must be exactly the wasm-bindgen version in Cargo.lock. No --locked: its own lockfile
# names a crate version the registry here lacks (toolchain.md).
step "wasm-bindgen-cli matching Cargo.lock"
[ -f Cargo.lock ] || cargo generate-lockfile
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
  cargo install wasm-bindgen-cli --version "=$wanted"
fi
echo "wasm-bindgen $wanted"

# binaryen from npm: Debian's wasm-opt (108) breaks the output at run time (toolchain.md).
step "npm packages from package-lock.json"
if [ ! node_modules/.package-lock.json -nt package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Bindings for one JS flavour (web: ES module; no-modules: a global), then wasm-opt in place.
bind() {
  local target=$1 out=$2
  rm -rf "$out"
  wasm-bindgen target/wasm32-unknown-unknown/release/syiaqy.wasm \
    --target "$target" --out-dir "$out" --remove-name-section --no-typescript
  # All six feature flags are needed: rustc emits those features (toolchain.md).
  npx --no-install wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/syiaqy_bg.wasm" -o "$out/syiaqy_bg.wasm"
}

step "Release build"
cargo build --release --target wasm32-unknown-unknown --lib
bind web www/pkg
node www/tools/bundle.mjs
node www/tools/pages.mjs

# A visitor loads one language's page and catalog; the others are the same size or smaller.
step "Sizes: what ru.html loads (bash www/bench.sh measures every page)"
node www/tools/sizes.mjs www/ru.html www/style.css www/pkg/app.js www/pkg/lang/ru.js www/pkg/syiaqy_bg.wasm

# The same engine for one self-contained file that works from disk (www/dist).
step "Offline single file"
bind no-modules target/no-modules
node www/tools/offline.mjs target/no-modules/syiaqy.js target/no-modules/syiaqy_bg.wasm
node www/tools/sizes.mjs www/dist/syiaqy-offline.html
