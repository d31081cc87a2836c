// Shared by the browser tests and the benchmark: Debian's Chromium through playwright-core,
// and the built site served by www/tools/server.mjs (the same headers as production).
import { before, after } from "node:test";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../www/tools/server.mjs";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.mjs";

export { SITE, PACKAGE } from "../../www/tools/paths.mjs";

/**
 * Debian's Chromium through playwright-core, headless, with the flags every test uses.
 * @param {import("playwright-core").LaunchOptions} [options]
 */
export function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", ...CHROMIUM_ARGS, ...(options.args ?? [])],
    ...options,
  });
}

/**
 * Serves the built site on 127.0.0.1 at a free port.
 * @param {import("../../www/tools/server.mjs").ServeOptions} [options]
 */
export function serveSite(options = {}) {
  return serve(options);
}

/**
 * Another site (a gov.kz page) framing the calculator: two servers on two origins, the
 * calculator's policy naming the host's. `hostPage(calculatorUrl)` writes the host's page;
 * `routes` takes more of the host's pages. `close()` stops both.
 */
export async function framedBy(hostPage) {
  /** @type {Record<string, string>} */
  const routes = {};
  const host = await serve({ root: "/nonexistent", extraRoutes: routes });
  const calculator = await serve({ frameAncestors: `'self' ${new URL(host.url).origin}` });
  routes["/"] = hostPage(calculator.url);
  const close = () => {
    host.server.close();
    calculator.server.close();
  };
  return { host, calculator, routes, close };
}

/**
 * For a test file: the built site served and Chromium launched before its tests, both closed
 * after. Returns an object whose `site` and `browser` are set once they are up.
 */
export function siteAndBrowser(options = {}) {
  const running = {};
  before(async () => {
    running.site = await serveSite(options);
    running.browser = await launchBrowser();
  });
  after(async () => {
    await running.browser?.close();
    running.site?.server.close();
  });
  return running;
}

/** Every file under `directory`, as paths relative to it ("assets/app-….js"). */
export function filesUnder(directory, prefix = "") {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * Types an ISO day into one of the page's dates (`inForceDate`, `decisionDate`, `mciDate`) as a person would:
 * day, month and year into their own fields, then leaves the date (which shows its error).
 */
export async function typeDate(page, field, iso) {
  const [year, month, day] = iso.split("-");
  for (const [part, value] of [["day", day], ["month", month], ["year", year]]) await page.fill(`#${field}-${part}`, value);
  await page.locator(`#${field}-year`).press("Tab");
}

/**
 * A fresh context and page in `running.browser` (see `siteAndBrowser`), as a new visitor with an
 * English-US browser. The page is the language's own (`ru.html`), or index.html with `?lang=`
 * when `byQuery`, or index.html alone when `language` is null. `errors` collects the page's
 * uncaught errors, `requests` every URL the context asked for.
 */
export async function openPageIn(running, language, { width = 1280, height = 900, javaScript = true, byQuery = false, locale = "en-US", permissions = [] } = {}) {
  const context = await running.browser.newContext({ locale, viewport: { width, height }, javaScriptEnabled: javaScript, permissions });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("pageerror", (error) => errors.push(error.message));
  context.on("request", (request) => requests.push(request.url()));
  const path = language === null ? "" : byQuery ? `?lang=${language}` : `${language}.html`;
  await page.goto(`${running.site.url}${path}`);
  if (javaScript) await page.locator("#calculator[data-ready]").waitFor();
  return { context, page, errors, requests };
}

/**
 * Answers (the contract's shape) given with the mouse and typing, in the flow's order: the
 * verdict, its date, the reporter, the case, the amount (R15's answers through "I don't know"
 * and the threshold question), then "More options" if a decision day is given.
 */
export async function answerWithMouse(page, answers) {
  if (answers.verdict) await page.check(`#verdict-${answers.verdict}`);
  if (answers.inForceDate) await typeDate(page, "inForceDate", answers.inForceDate);
  for (const name of ["reporter", "offense"]) {
    if (answers[name]) await page.check(`#${name}-${answers[name]}`);
  }
  const { amount } = answers;
  if (["at_most_threshold", "above_threshold"].includes(amount)) {
    await page.check("#amount-unknown");
    await page.check(`#threshold-${amount}`);
  } else if (amount === "unknown") {
    // "I don't know" is answered with the threshold question's "I don't know" too (R15).
    await page.check("#amount-unknown");
    await page.check("#threshold-unknown");
  } else if (amount === "none") await page.check("#amount-none");
  else if (amount) {
    await page.fill("#amount", amount);
    await page.press("#amount", "Tab");
  }
  if (answers.decisionDate) {
    await page.locator("#question-inForceDate .more").evaluate((details) => { details.open = true; });
    await typeDate(page, "decisionDate", answers.decisionDate);
  }
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What axe finds against WCAG 2.1 A and AA in the page as it is, one line per rule. */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/**
 * Run in a page before any of its own script (`page.addInitScript(countLayoutShifts)`): adds up,
 * in `window.layoutShift`, every layout shift the person's own input did not cause.
 */
export function countLayoutShifts() {
  window.layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const shift of /** @type {LayoutShift[]} */ (list.getEntries())) if (!shift.hadRecentInput) window.layoutShift += shift.value;
  }).observe({ type: "layout-shift", buffered: true });
}

/**
 * Resolves once the page has stopped moving: its scroll position, the box of every element and
 * the layout shifts counted (`countLayoutShifts`, where it runs) the same for `frames`
 * animation frames in a row. A wait on what the page shows, where a fixed pause would guess.
 * @param {import("playwright-core").Page | import("playwright-core").Frame} page
 */
export async function untilStill(page, frames = 5) {
  await page.waitForFunction((wanted) => {
    const boxes = [...document.querySelectorAll("body *")].map((element) => {
      const { top, left, width, height } = element.getBoundingClientRect();
      return `${top},${left},${width},${height}`;
    });
    const now = JSON.stringify([scrollX, scrollY, window.layoutShift, boxes]);
    if (!window.stillness) window.stillness = { count: 0 };
    const still = window.stillness;
    still.count = still.last === now ? still.count + 1 : 0;
    still.last = now;
    if (still.count < wanted) return false;
    window.stillness = undefined;
    return true;
  }, frames, { polling: "raf" });
}

/** Whether a served path is the page's script (the bundler names it app-<hash>.js). */
export const isPageScript = (path) => path.startsWith("/assets/app-");

/** A held-back answer: `released` resolves once `release()` is called. */
export function holdBack() {
  /** @type {() => void} */
  let release = () => {};
  const released = new Promise((resolve) => {
    release = () => resolve(undefined);
  });
  return { released, release };
}

/**
 * Holds back the page's script in every page of `context`, as a slow network would; resolves
 * to the function that lets it through. (In the other engines, the server holds it:
 * `serve({ holdBack })`, tests/browser/journeys.test.mjs.)
 */
export async function holdPageScript(context) {
  const { released, release } = holdBack();
  await context.route((url) => isPageScript(url.pathname), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
