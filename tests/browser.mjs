// Shared by the browser tests and the benchmark: Debian's Chromium through playwright-core,
// and the page served by www/tools/server.mjs (the same headers as production).
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { serve } from "../www/tools/server.mjs";

export const WWW = fileURLToPath(new URL("../www/", import.meta.url));

/** Flags from toolchain.md: without the background-networking ones Chromium calls home. */
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    ...options,
  });
}

/** Serves www/ on 127.0.0.1 at a free port. */
export function serveWww(options = {}) {
  return serve({ root: WWW, ...options });
}
