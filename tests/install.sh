#!/usr/bin/env bash
# What the tests run on besides Node, from the package registries only (a test tool's own
# browser download fails here, 57db8cf):
#   the three browser engines citizens use and their WebDriver servers: Chromium +
#   ChromeDriver (Debian), Firefox ESR (Debian) + geckodriver (crates.io, built once, skipped
#   when the pinned version is on PATH), WebKitGTK's WebKitWebDriver (Debian), and Xvfb, the
#   display WebKit's MiniBrowser needs (it has no headless mode);
#   the production server, Debian's nginx-light with the brotli_static module, which
#   tests/browser/nginx.test.mjs runs with www/nginx/syiaqy.conf (started by the test, not as a
#   service).
set -euo pipefail
GECKODRIVER_VERSION=0.37.1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  # Without recommends: WebKit's would bring 211 packages (57db8cf).
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $2 }')" != "$GECKODRIVER_VERSION" ]; then
  cargo install --locked geckodriver --version "=$GECKODRIVER_VERSION"
fi

chromium --version 2>/dev/null
firefox-esr --version 2>/dev/null
geckodriver --version | awk 'NR == 1'  # awk reads it all: head would break geckodriver's pipe
dpkg-query -W -f='WebKitGTK ${Version}\n' webkit2gtk-driver
dpkg-query -W -f='nginx-light ${Version}\n' nginx-light
