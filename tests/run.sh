#!/usr/bin/env bash
# Installs what is missing and runs every test: native Rust (unit, vectors, properties,
# doctests, clippy), wasm in headless Chromium, and the Node and browser tests of the page.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

step() { printf '\n== %s\n' "$*"; }

step "Chromium and ChromeDriver (Debian)"
bash tests/install-chromium.sh

bash www/build.sh

step "Native tests"
cargo test

step "Lints"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

step "wasm tests in headless Chromium"
CHROMEDRIVER=$(command -v chromedriver) cargo test --target wasm32-unknown-unknown --test wasm

step "JavaScript contract and page tests"
node --test --test-concurrency=1 tests/*.test.mjs
