#!/usr/bin/env bash
# `bash tests/run.sh`: installs what is missing and runs every test: native Rust (unit, vectors,
# properties, doctests, rustfmt, clippy, rustdoc without warnings), wasm in Chromium, Firefox
# and WebKit, the JavaScript's types and lint, and the Node and browser tests of the page, its
# journeys in all three engines.
#
# `bash tests/run.sh fast`: after a build (`bash www/build.sh`), no browser, under a minute:
# the engine's native tests, the JavaScript's types and lint, and the Node tests of the
# contract, the catalogs, the languages' formats and the dev server.
#
# The tiers are folders, each run whole: a test joins a tier by the folder it is put in.
#   tests/*.rs       the engine (cargo finds them at the top level; tests/common/ their support)
#   tests/fast/      Node tests that need only a build: no browser, no nginx
#   tests/browser/   tests that start a browser or nginx
#   tests/support/   what the tests share (browser.mjs, engines.mjs, vectors.mjs…), no tests
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

step() { printf '\n== %s\n' "$*"; }

# Both tiers: the JavaScript checked like the Rust.
checks() {
  step "TypeScript declarations (an embedder's example, tsc --noEmit)"
  npx --no-install tsc -p tests/types/tsconfig.json
  step "JavaScript types (checkJs, strictNullChecks: tests/tsconfig.json)"
  npx --no-install tsc -p tests/tsconfig.json
  step "JavaScript and CSS lint (Biome: .config/biome.json)"
  npx --no-install biome lint --config-path .config/biome.json
}

# A test outside a tier's folder would run in neither tier; a fast test that starts a browser or
# nginx would make the fast tier slow and need what it does not install.
tiers() {
  local stray slow
  stray=$(ls tests/*.test.mjs tests/support/*.test.mjs 2>/dev/null || true)
  slow=$(grep -lE 'support/(browser|engines|nginx)\.mjs|playwright|selenium' tests/fast/*.mjs || true)
  if [ -n "$stray$slow" ]; then
    echo "Tests in no tier (put them in tests/fast/ or tests/browser/): ${stray:-none}" >&2
    echo "Fast tests that start a browser or nginx (move them to tests/browser/): ${slow:-none}" >&2
    exit 1
  fi
}
tiers

if [ "${1:-}" = "fast" ]; then
  if [ ! -f target/pkg/syiaqy.d.ts ] || [ ! -d node_modules ]; then
    echo "No build to test: run bash www/build.sh first (or bash tests/run.sh, which does)." >&2
    exit 1
  fi
  step "Native tests"
  cargo test --quiet
  checks
  step "JavaScript contract, catalogs, languages, dev server (tests/fast/)"
  node --test --test-concurrency=1 tests/fast/*.test.mjs
  exit 0
elif [ -n "${1:-}" ]; then
  echo "usage: bash tests/run.sh [fast]" >&2
  exit 2
fi

step "Browser engines and their drivers (Chromium, Firefox, WebKit), and nginx"
bash tests/install.sh

# WebKit's MiniBrowser has no headless mode: a virtual display for this run, on a free
# number, stopped however the run ends.
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
export DISPLAY=":$display"

bash www/build.sh

# The calendar alone never turns the run red (src/rules.md, "The MCI"): a year without its MCI is a
# warning here, and the page already says which year's value it used.
step "MCI table"
node tests/support/mci-calendar.mjs

step "Native tests"
cargo test

step "Lints, formatting and the crate's documentation"
cargo fmt --check
cargo clippy --all-targets -- -D warnings
# Each module of the package alone (www/build.sh builds them apart), then both with the wasm tests.
for module in calculator reader; do cargo clippy --target wasm32-unknown-unknown --lib --features "$module" -- -D warnings; done
cargo clippy --target wasm32-unknown-unknown --all-targets --features wasm -- -D warnings
# A broken intra-doc link or a bare URL in the docs fails the run, as a lint does.
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps

# wasm-bindgen's runner drives the browser whose driver it is given (SAFARIDRIVER: any
# WebDriver server of WebKit).
for engine in "Chromium CHROMEDRIVER chromedriver" "Firefox GECKODRIVER geckodriver" "WebKit SAFARIDRIVER WebKitWebDriver"; do
  read -r name variable driver <<<"$engine"
  step "wasm tests in $name"
  env "$variable=$(command -v "$driver")" cargo test --target wasm32-unknown-unknown --features wasm --test wasm
done

checks

step "JavaScript contract, catalogs, languages, dev server (tests/fast/)"
node --test --test-concurrency=1 tests/fast/*.test.mjs
step "Hostile input, the site, the page, nginx, and the journeys in three engines (tests/browser/)"
node --test --test-concurrency=1 tests/browser/*.test.mjs
