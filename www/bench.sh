#!/usr/bin/env bash
# The size and speed figures (www/docs/performance.md): builds the release, then measures
# syiaqy against a plain page of the same rules (tests/bench/reference.html) in headless
# Chromium, the first load, estimate() per call and the wasm memory, and estimate() natively.
# The whole run is printed and kept in www/docs/runs/<day>-<commit>.txt: the performance
# page's table is copied from such a file, never typed from memory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash tests/install.sh >/dev/null
bash www/build.sh >/dev/null
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
# A run of uncommitted code says so in its name: its figures belong to no commit.
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit-modified"; fi
mkdir -p www/docs/runs
run="www/docs/runs/$(date -u +%F)-$commit.txt"
{
  printf 'bash www/bench.sh, %s UTC, at %s\n' "$(date -u '+%F %H:%M')" "$commit"
  node tests/bench/bench.mjs
  printf '\n'
  cargo bench --quiet --bench estimate 2>/dev/null
} | tee "$run"
printf '\nKept in %s\n' "$run"
