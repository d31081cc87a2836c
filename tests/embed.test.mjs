// The calculator inside a cross-origin iframe, as a gov.kz page would hold it: the frame grows
// to fit the result, and the only thing that crosses to the host page is the height.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, framedBy } from "./browser.mjs";

let browser, host, calculator, hostPages, framed;

before(async () => {
  // The README's snippet, plus a recorder of every message the host window receives.
  framed = await framedBy((calculatorUrl) => `<!doctype html><html lang="en"><head><title>A gov.kz page</title></head><body>
<h1>Host</h1>
<iframe data-syiaqy src="${calculatorUrl}ru.html" title="Калькулятор вознаграждения" lang="ru" loading="lazy"
  style="width:100%;height:150px;border:0"></iframe>
<script>window.received = []; addEventListener("message", (event) => received.push({ origin: event.origin, data: event.data }));</script>
<script src="${calculatorUrl}host.js"></script>
</body></html>`);
  ({ host, calculator, routes: hostPages } = framed);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  framed?.close();
});

test("the frame grows to fit the result and only the height crosses", async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(host.url);
  const frame = page.frameLocator("iframe[data-syiaqy]");
  await frame.locator("#calculator[data-ready]").waitFor();
  const frameHeight = () => page.locator("iframe").evaluate((iframe) => iframe.getBoundingClientRect().height);
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 150);
  const emptyFormHeight = await frameHeight();

  await frame.locator("#verdict-in_force").check();
  for (const [part, value] of [["day", "01"], ["month", "03"], ["year", "2025"]]) await frame.locator(`#inForceDate-${part}`).fill(value);
  await frame.locator("#reporter-citizen").check();
  await frame.locator("#offense-grave").check();
  await frame.locator("#amount").fill("5 000 000");
  await frame.locator("#amount").press("Tab");
  await frame.locator("[data-testid=amount]").waitFor();
  await page.waitForFunction((before) => document.querySelector("iframe").getBoundingClientRect().height > before + 500, emptyFormHeight);

  const contentHeight = await frame.locator("html").evaluate((html) => html.getBoundingClientRect().height);
  assert.ok(Math.abs((await frameHeight()) - contentHeight) <= 2, "the frame is as tall as its content");

  const received = await page.evaluate(() => window.received);
  assert.ok(received.length >= 2);
  const calculatorOrigin = new URL(calculator.url).origin;
  for (const { origin, data } of received) {
    assert.equal(origin, calculatorOrigin);
    assert.deepEqual(Object.keys(data).sort(), ["height", "type"]);
    assert.equal(data.type, "syiaqy:height");
    assert.equal(typeof data.height, "number");
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("the host script ignores heights from any other origin", async () => {
  // A frame of the host's own origin, marked like the calculator, claims a height.
  hostPages["/impostor"] = `<!doctype html><title>impostor</title>
<script>parent.postMessage({ type: "syiaqy:height", height: 777 }, "*")</script>`;
  hostPages["/with-impostor"] = `<!doctype html><html lang="en"><title>host</title>
<script>window.received = []; addEventListener("message", (event) => received.push(event.data));</script>
<iframe data-syiaqy id="impostor" title="impostor" src="/impostor" style="height:150px"></iframe>
<script src="${calculator.url}host.js"></script>`;
  const page = await browser.newPage();
  await page.goto(new URL("/with-impostor", host.url).href);
  await page.waitForFunction(() => window.received.some((data) => data.height === 777));
  assert.equal(await page.locator("#impostor").evaluate((iframe) => iframe.style.height), "150px");
  await page.close();
});
