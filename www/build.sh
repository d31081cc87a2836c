#!/usr/bin/env bash
# Installs what the build needs (only from the package registries), then builds the engine's
# JS package into target/pkg and the site into www/site (exactly what is served), and prints
# their sizes. Safe to run again: it skips what is already installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

step() { printf '\n== %s\n' "$*"; }

step "Rust target wasm32-unknown-unknown"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# The CLI must be exactly the wasm-bindgen version in Cargo.lock. No --locked: its own lockfile
# names a crate version the registry here lacks (b06ac3b).
step "wasm-bindgen-cli matching Cargo.lock"
[ -f Cargo.lock ] || cargo generate-lockfile
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted" ]; then
  cargo install wasm-bindgen-cli --version "=$wanted"
fi
echo "wasm-bindgen $wanted"

# binaryen from npm: Debian's wasm-opt (108) breaks the output at run time (b06ac3b).
step "npm packages from package-lock.json"
if [ ! node_modules/.package-lock.json -nt package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

step "Release build of the engine's two modules, with their JavaScript bindings"
rm -rf target/pkg
# Each module is the crate built with one set of exports (src/wasm): `calculator` and `reader`,
# the reader of a verdict's line, which the page loads only when its field is used.
# wasm-bindgen's glue becomes calculator-glue.js (reader-glue.js) behind src/wasm/calculator.js
# (reader.js), whose guard heals the module (src/wasm/heal.js); __heal is appended to the glue,
# since only the glue's module scope can replace its instance. The names it uses are checked: a
# new wasm-bindgen must not break it.
for module in calculator reader; do
  cargo build --release --target wasm32-unknown-unknown --lib --features "$module"
  cp target/wasm32-unknown-unknown/release/syiaqy.wasm "target/$module.wasm"
  wasm-bindgen "target/$module.wasm" --target web --out-dir target/pkg --remove-name-section --no-typescript
  glue="target/pkg/$module-glue.js"
  mv "target/pkg/$module.js" "$glue"
  for name in 'let wasmModule, wasmInstance, wasm;' 'function __wbg_finalize_init(instance, module) {' 'function __wbg_get_imports() {'; do
    grep -qxF "$name" "$glue" || { echo "wasm-bindgen's glue has no '$name': see src/wasm/heal.js" >&2; exit 1; }
  done
  cat >>"$glue" <<'EOF'

// Appended by www/build.sh for src/wasm/heal.js: a fresh instance of the compiled module in
// place of one that stopped half-way.
export function __heal() {
    return __wbg_finalize_init(new WebAssembly.Instance(wasmModule, __wbg_get_imports()), wasmModule);
}
EOF
  # All six feature flags are needed: rustc emits those features (b06ac3b). Run until it
  # gains nothing more, and without the sections no browser reads (-0.25 KB brotli, measured).
  npx --no-install wasm-opt -Oz --converge --strip-producers --strip-target-features \
    --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "target/pkg/${module}_bg.wasm" -o "target/pkg/${module}_bg.wasm"
done
cp src/wasm/heal.js src/wasm/calculator.js src/wasm/reader.js src/wasm/syiaqy.js target/pkg/

step "The site: www/site"
node www/tools/build.mjs
