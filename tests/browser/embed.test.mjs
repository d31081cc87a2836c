// The calculator inside a cross-origin iframe, as a gov.kz page holds it with host.js: the frame
// as tall as the window, and nothing crossing to the host that tells one answer from another
// (the only message is "here", the same for every status). A frame the browser leaves without
// the calculator's script (a sandbox) says so and links to the calculator's own page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, framedBy, answerWithMouse } from "../support/browser.mjs";
import { vector, pageAnswersOf } from "../support/vectors.mjs";

let browser, calculator, hostPages, framed;

/** The snippet of www/docs/hosting.md with host.js, plus a recorder of every message the host window receives. */
const hostPage = (calculatorUrl, { language = "ru", sandbox = "" } = {}) => `<!doctype html><html lang="en"><head><title>A gov.kz page</title></head><body>
<h1>Host</h1><p style="height:300px">The host's own text.</p>
<iframe data-syiaqy src="${calculatorUrl}${language}.html" title="Калькулятор вознаграждения" lang="${language}" ${sandbox}
  style="width:100%;height:150px;border:0" allow="clipboard-write"></iframe>
<p style="height:1500px">More of the host's text.</p>
<script>window.received = []; addEventListener("message", (event) => event.data?.type === "test:marker" || received.push({ origin: event.origin, data: event.data }));</script>
<script src="${calculatorUrl}host.js"></script>
</body></html>`;

before(async () => {
  framed = await framedBy((calculatorUrl) => hostPage(calculatorUrl));
  ({ calculator, routes: hostPages } = framed);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  framed?.close();
});

/**
 * The host page in a fresh context. With `stillClock`, the clock of every page and frame in it
 * stands still (Playwright's, in place of their timers) until the test turns it.
 */
async function openHost(path = "/", viewport = { width: 900, height: 800 }, { stillClock = false } = {}) {
  const context = await browser.newContext({ viewport });
  if (stillClock) {
    const now = Date.now();
    await context.clock.install({ time: now });
    await context.clock.pauseAt(now + 1000);
  }
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(path, framed.host.url).href);
  return { context, page, errors };
}

/**
 * Resolves once every message the calculator's frame has posted, and every answer it gives to a
 * question host.js put to it before now, has reached the host page: the host sends a marker
 * after its questions, the frame (once it has drawn twice more) sends it back after its answers,
 * and the messages from one window to another keep their order.
 * @param {import("playwright-core").Page} page @param {import("playwright-core").Frame} frame
 */
async function allHeard(page, frame) {
  await frame.evaluate(() => new Promise((done) => {
    if (!window.echoing) {
      window.echoing = true;
      addEventListener("message", (event) => {
        if (event.source === parent && event.data?.type === "test:marker") parent.postMessage(event.data, "*");
      });
    }
    requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)));
  }));
  await page.evaluate((origin) => new Promise((done) => {
    addEventListener("message", function back(event) {
      if (event.data?.type !== "test:marker") return;
      removeEventListener("message", back);
      done(undefined);
    });
    /** @type {HTMLIFrameElement | null} */ (document.querySelector("iframe[data-syiaqy]"))?.contentWindow?.postMessage({ type: "test:marker" }, origin);
  }), new URL(calculator.url).origin);
}

const frameHeight = (page) => page.locator("iframe[data-syiaqy]").evaluate((iframe) => iframe.getBoundingClientRect().height);

test("host.js keeps the frame as tall as the window, and as the window changes", async () => {
  const { context, page, errors } = await openHost();
  await page.frameLocator("iframe[data-syiaqy]").locator("#calculator[data-ready]").waitFor();
  assert.equal(await frameHeight(page), 800);
  await page.setViewportSize({ width: 900, height: 640 });
  await page.waitForFunction(() => document.querySelector("iframe")?.getBoundingClientRect().height === 640);
  assert.deepEqual(errors, []);
  await context.close();
});

test("what crosses to the host cannot tell the four statuses apart: one 'here', nothing after an answer", async () => {
  const seen = {};
  for (const id of ["V8", "V15", "V3", "V16a"]) {
    const row = vector(id);
    const { context, page, errors } = await openHost();
    await page.frameLocator("iframe[data-syiaqy]").locator("#calculator[data-ready]").waitFor();
    const frame = page.frames().find((candidate) => candidate.url().startsWith(calculator.url));
    assert.ok(frame, "the calculator's frame");
    await page.waitForFunction(() => window.received.length > 0);
    // The answer to host.js's question at the frame's load may still be on its way.
    await allHeard(page, frame);
    const atReady = await page.evaluate(() => window.received.length);
    // After an acquittal nothing more is asked.
    await answerWithMouse(frame, row.verdict === "acquitted" ? { verdict: row.verdict } : pageAnswersOf(row));
    await frame.locator(`#result-live .status-${row.status}`).waitFor();
    // Anything the calculator posts for the answers, or as it draws them, is in by then.
    await allHeard(page, frame);
    const received = await page.evaluate(() => window.received);
    seen[row.status] = { height: await frameHeight(page), afterAnswers: received.slice(atReady), all: received.map(({ data }) => data) };
    for (const { origin } of received) assert.equal(origin, new URL(calculator.url).origin);
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.deepEqual(Object.keys(seen).sort(), ["eligible", "non_monetary_likely", "not_eligible", "not_yet"]);
  for (const [status, { height, afterAnswers, all }] of Object.entries(seen)) {
    assert.deepEqual(afterAnswers, [], `${status}: nothing posted once answering began`);
    for (const data of all) assert.deepEqual(data, { type: "syiaqy:here" }, `${status}: the one message, the same for every answer`);
    assert.equal(height, 800, `${status}: the frame's height is the window's`);
  }
  assert.ok(seen.eligible.all.length >= 1, "the calculator says it runs");
});

test("host.js ignores a 'here' from any other origin: a silent frame still gets its note", async () => {
  // A frame of the host's own origin, marked like the calculator, claims to be it.
  hostPages["/impostor"] = `<!doctype html><title>impostor</title>
<script>parent.postMessage({ type: "syiaqy:here" }, "*")</script>`;
  hostPages["/with-impostor"] = `<!doctype html><html lang="en"><title>host</title>
<iframe data-syiaqy lang="en" id="impostor" title="impostor"></iframe>
<script src="${calculator.url}host.js"></script>
<script>document.getElementById("impostor").src = "/impostor";</script>`;
  const { context, page } = await openHost("/with-impostor");
  await page.locator("[data-syiaqy-note]").waitFor({ timeout: 10_000 });
  await context.close();
});

test("in a sandboxed frame the page says it cannot work there, with a link to its own page", async () => {
  hostPages["/sandboxed"] = hostPage(calculator.url, { language: "kk", sandbox: 'sandbox="allow-scripts"' });
  const { context, page } = await openHost("/sandboxed");
  const frame = page.frameLocator("iframe[data-syiaqy]");
  const notice = frame.locator("#cannot-start");
  await notice.waitFor({ state: "visible", timeout: 10_000 });
  assert.match(await notice.textContent(), /Калькулятор мұнда жұмыс істей алмайды/);
  assert.equal(await notice.locator("a").getAttribute("href"), "kk.html");
  // And host.js, hearing nothing from the frame, says so under it too.
  await page.locator("[data-syiaqy-note]").waitFor({ timeout: 10_000 });
  await context.close();
});

test("where the calculator runs, the notice for a page that cannot is hidden", async () => {
  const { context, page } = await openHost("/", undefined, { stillClock: true });
  const frame = page.frameLocator("iframe[data-syiaqy]");
  await frame.locator("#calculator[data-ready]").waitFor();
  assert.equal(await frame.locator("#cannot-start").isVisible(), false);
  // The frame has said it runs; then past host.js's grace (1.5 s after the frame's load), when
  // a frame not heard gets its note.
  await page.waitForFunction(() => window.received.length > 0);
  await context.clock.runFor(2000);
  assert.equal(await page.locator("[data-syiaqy-note]").count(), 0, "no note under a working frame");
  await context.close();
});
