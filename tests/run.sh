#!/usr/bin/env bash
# Installs what is missing and runs every test: native Rust (unit, vectors, properties,
# doctests, clippy), wasm in headless Chromium, the TypeScript declarations, and the Node and
# browser tests of the page.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

step() { printf '\n== %s\n' "$*"; }

step "Chromium and ChromeDriver (Debian)"
bash tests/install-chromium.sh

bash www/build.sh

# The calendar alone never turns the run red (rules.md §3): a year without its MCI is a
# warning here, and the page already says which year's value it used.
step "MCI table"
node tests/mci-calendar.mjs

step "Native tests"
cargo test

step "Lints"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --features wasm -- -D warnings

step "wasm tests in headless Chromium"
CHROMEDRIVER=$(command -v chromedriver) cargo test --target wasm32-unknown-unknown --features wasm --test wasm

step "TypeScript declarations (an embedder's example, tsc --noEmit)"
npx --no-install tsc -p tests/types/tsconfig.json

step "JavaScript contract and page tests"
node --test --test-concurrency=1 tests/*.test.mjs
