// Debian's Chromium as every test and the benchmark start it, through playwright-core or
// through chromedriver: the one list of its flags.

/**
 * Without the background-networking flags Chromium calls home, which nothing here answers.
 * Each launcher adds its own headless flag: playwright-core gives `--headless` itself.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Debian's Chromium, unless CHROMIUM names another. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
