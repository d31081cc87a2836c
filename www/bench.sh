#!/usr/bin/env bash
# The size and speed figures of the README: builds the release, then measures syiaqy against a
# plain page of the same rules (tests/bench/reference.html) in headless Chromium, the first load,
# estimate() per call and the wasm memory, and estimate() natively.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash tests/install.sh >/dev/null
bash www/build.sh >/dev/null
node tests/bench/bench.mjs
printf '\n'
cargo bench --quiet --bench estimate 2>/dev/null
