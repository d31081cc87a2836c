#!/usr/bin/env bash
# The size and speed figures of the README: builds the release, then measures the first load,
# the time to the first result and estimate() per call in headless Chromium, and natively.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash tests/install-browsers.sh >/dev/null
bash www/build.sh >/dev/null
node www/tools/bench.mjs
printf '\n'
cargo bench --quiet --bench estimate 2>/dev/null
