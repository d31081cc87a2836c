#!/usr/bin/env bash
# Debian's Chromium and ChromeDriver, for the wasm tests, the page tests and the benchmark.
# (A browser download by a test tool fails here: only the package registries are reachable.)
set -euo pipefail
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi
chromium --version
