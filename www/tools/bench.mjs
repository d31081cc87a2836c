// Size and speed of the page, measured (run by www/bench.sh; not a test). Prints:
// - the bytes of every file of the first load of each language's page and of index.html, as
//   the browser requested them: raw, gzip, brotli, and each against the figure measured before
//   the site was bundled by esbuild (BEFORE);
// - navigation to first computed result (and to that result shown), in headless Chromium,
//   over 20 cold loads;
// - estimate() per call in the browser, median of 100 batches of 1,000 calls (and explain(),
//   which the page calls once per result shown);
// and whether each budget is met.
import { sizesOf, printSizes } from "./sizes.mjs";
import { serve } from "./server.mjs";
import { PACKAGE } from "./paths.mjs";
import { launchBrowser, serveSite, SITE } from "../../tests/browser.mjs";

const BUDGETS = { firstLoadBrotliKB: 45, wasmBrotliKB: 35, firstResultMs: 100, perCallUs: 10 };
/**
 * The first loads, brotli KB, as measured at commit 623d973 (www/tools/bundle.mjs, a
 * hand-written bundler, and terser) on 2026-11-29: the baseline of the move to esbuild.
 */
const BEFORE = { "kk.html": 40.9, "ru.html": 40.9, "en.html": 39.4, "/ (in a Russian browser)": 41.0, "/?lang=kk": 40.9 };
const COLD_LOADS = 20;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

const { server, url } = await serveSite();
const browser = await launchBrowser();

/** What the page's init script logs once the first result is shown. */
const FIRST_RESULT_LOGGED = "bench: first result";

/**
 * One cold load: a fresh context (empty cache). The first two answers are given from inside
 * the page once it is ready; the time from giving them to the result (answered →
 * first-result) is added to the time to ready, so no observer or automation latency counts.
 * Nothing is evaluated in the page until the result is there: Playwright's evaluate and
 * waitForFunction first inject a script of their own, whose parsing (5–8 ms, seen in a
 * Chromium trace) would land inside the load. The init script logs instead.
 */
async function coldLoad(path, locale = "en-US") {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.addInitScript((logged) => {
    new PerformanceObserver((marks) => {
      if (marks.getEntriesByName("syiaqy:first-result-shown").length) console.debug(logged);
      if (!marks.getEntriesByName("syiaqy:ready").length) return;
      performance.mark("bench:answered");
      for (const id of ["verdict-in_force", "reporter-citizen"]) {
        const radio = document.getElementById(id);
        radio.checked = true;
        radio.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }).observe({ type: "mark" });
  }, FIRST_RESULT_LOGGED);
  const firstResult = page.waitForEvent("console", (message) => message.text() === FIRST_RESULT_LOGGED);
  await page.goto(`${url}${path}`, { waitUntil: "commit" });
  await firstResult;
  const timings = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0].startTime;
    const sinceAnswered = (name) => at("syiaqy:ready") + at(name) - at("bench:answered");
    return { ready: at("syiaqy:ready"), firstResult: sinceAnswered("syiaqy:first-result"), firstShown: sinceAnswered("syiaqy:first-result-shown") };
  });
  await context.close();
  return { requested, ...timings };
}

// The three language pages in turn: each is an entry the README gives to embedders.
const PAGES = ["kk.html", "ru.html", "en.html"];
const loads = [];
for (let load = 0; load < COLD_LOADS; load += 1) loads.push(await coldLoad(PAGES[load % PAGES.length]));

// And index.html, which picks the language itself, as a Russian browser opens it.
const entries = [
  ...PAGES.map((page, index) => ({ name: page, requested: loads[index].requested })),
  { name: "/ (in a Russian browser)", requested: (await coldLoad("", "ru-RU")).requested },
  { name: "/?lang=kk", requested: (await coldLoad("?lang=kk")).requested },
];
const firstLoads = entries.map(({ name, requested }) => {
  console.log(`\nFirst load of ${name} (every file the browser requested):`);
  const files = [...new Set(requested)].map((path) => ({ ...sizesOf(`${SITE}${path === "/" ? "index.html" : path.slice(1)}`), path }));
  const total = printSizes(files);
  const change = total.brotli / 1024 - BEFORE[name];
  console.log(`${"before esbuild (623d973)".padEnd(52)}${BEFORE[name].toFixed(1).padStart(7)} KB  (${change >= 0 ? "+" : ""}${change.toFixed(1)} KB now)`);
  return { files, total };
});
const total = firstLoads.map((load) => load.total).reduce((largest, next) => (next.brotli > largest.brotli ? next : largest));
const wasm = firstLoads[0].files.find((file) => file.path.endsWith(".wasm"));

const firstResults = loads.map((load) => load.firstResult);
const readies = loads.map((load) => load.ready);
console.log(`\nNavigation to page ready, ${COLD_LOADS} cold loads (${PAGES.join(", ")} in turn): median ${median(readies).toFixed(1)} ms (${spread(readies)})`);
console.log(`Navigation to first computed result: median ${median(firstResults).toFixed(1)} ms (${spread(firstResults)})`);
const firstShown = loads.map((load) => load.firstShown);
console.log(`Navigation to first result shown, working and chart included: median ${median(firstShown).toFixed(1)} ms (${spread(firstShown)})`);

// The engine's package (the JS contract, as embedders load it), served with a blank page.
const engineSite = await serve({ root: PACKAGE, extraRoutes: { "/bench.html": "<!doctype html><title>bench</title>" } });
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${engineSite.url}bench.html`);
/** Microseconds per call of the engine's `exported` function: 100 batches of 1,000 calls. */
const perCall = (exported) => page.evaluate(async (name) => {
  const engine = await import("/syiaqy.js");
  await engine.default();
  const cases = ["none", "5 000 000", "3,45 млн", "200 000 000"].map((amount) => ({
    verdict: "in_force", reporter: "citizen", offense: "grave", amount, decisionDate: "2025-03-01",
  }));
  const batches = [];
  for (let batch = 0; batch < 100; batch += 1) {
    const start = performance.now();
    for (let call = 0; call < 1000; call += 1) engine[name](cases[call % cases.length]);
    batches.push(((performance.now() - start) / 1000) * 1000);
  }
  return batches;
}, exported);
const batches = await perCall("estimate");
console.log(`estimate() in the browser: median ${median(batches).toFixed(2)} µs per call (${spread(batches)}), 100,000 calls`);
const explained = await perCall("explain");
console.log(`explain() (the working, once per shown result): median ${median(explained).toFixed(2)} µs per call (${spread(explained)})`);

const kb = (bytes) => bytes / 1024;
const checks = [
  ["whole first load (largest entry), brotli", `${kb(total.brotli).toFixed(1)} KB`, `≤ ${BUDGETS.firstLoadBrotliKB} KB`, kb(total.brotli) <= BUDGETS.firstLoadBrotliKB],
  ["wasm, brotli", `${kb(wasm.brotli).toFixed(1)} KB`, `≤ ${BUDGETS.wasmBrotliKB} KB`, kb(wasm.brotli) <= BUDGETS.wasmBrotliKB],
  ["first result (median)", `${median(firstResults).toFixed(1)} ms`, `≤ ${BUDGETS.firstResultMs} ms`, median(firstResults) <= BUDGETS.firstResultMs],
  ["estimate() in the browser (median)", `${median(batches).toFixed(2)} µs`, `≤ ${BUDGETS.perCallUs} µs`, median(batches) <= BUDGETS.perCallUs],
];
console.log("\nBudgets:");
for (const [name, measured, budget, met] of checks) console.log(`  ${met ? "met    " : "NOT MET"}  ${name.padEnd(40)} ${measured.padStart(10)}  (${budget})`);

await context.close();
await browser.close();
server.close();
engineSite.server.close();
