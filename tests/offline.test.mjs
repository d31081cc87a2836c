// The self-contained file, opened from disk (file://) as a citizen who saved it would: it
// computes V1 and V8 in each language and asks for nothing but itself.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { launchBrowser, WWW } from "./browser.mjs";

const FILE = pathToFileURL(`${WWW}dist/syiaqy-offline.html`).href;
const NBSP = "\u00a0";
const EXPECTED = {
  kk: { V1: `275${NBSP}240${NBSP}₸`, V8: `500${NBSP}000${NBSP}₸` },
  ru: { V1: `275${NBSP}240${NBSP}₸`, V8: `500${NBSP}000${NBSP}₸` },
  en: { V1: `KZT${NBSP}275,240`, V8: `KZT${NBSP}500,000` },
};

let browser;
before(async () => {
  assert.ok(existsSync(new URL(FILE)), "www/build.sh writes the offline file");
  browser = await launchBrowser();
});
after(() => browser?.close());

for (const [language, expected] of Object.entries(EXPECTED)) {
  test(`${language}: V1 and V8 from file://, with no request but the file`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    const errors = [];
    context.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(`${FILE}?lang=${language}`);
    await page.locator("#calculator:not([hidden])").waitFor();
    assert.equal(await page.getAttribute("html", "lang"), language);

    await page.check("#verdict-in_force");
    await page.check("#reporter-citizen");
    await page.check("#offense-grave");
    await page.check("#amount-none");
    await page.fill("#decisionDate", "2025-05-20");
    await page.locator("#decisionDate").dispatchEvent("change");
    assert.equal(await page.locator("[data-testid=amount]").textContent(), expected.V1, "V1");

    await page.fill("#amount", "5 000 000");
    await page.fill("#decisionDate", "2025-03-01");
    await page.locator("#decisionDate").dispatchEvent("change");
    assert.equal(await page.locator("[data-testid=amount]").textContent(), expected.V8, "V8");

    assert.deepEqual(requests.map((url) => url.split("?")[0]), [FILE]);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the file's language links stay in the file: a reload keeps the language chosen", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(FILE);
  await page.locator("#calculator:not([hidden])").waitFor();
  for (const language of Object.keys(EXPECTED)) {
    assert.equal(await page.getAttribute(`.languages a[hreflang="${language}"]`, "href"), `?lang=${language}`);
  }
  await page.click('.languages a[hreflang="ru"]');
  await page.locator('html[lang="ru"]').waitFor({ state: "attached" });
  await page.reload();
  await page.locator("#calculator:not([hidden])").waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "ru");
  await context.close();
});
