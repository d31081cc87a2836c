// The self-contained file, opened from disk (file://) as a citizen who saved it would: it
// computes V1 and V8 in each language and asks for nothing but itself.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { launchBrowser, typeDate, SITE } from "../support/browser.mjs";
import { vector } from "../support/vectors.mjs";
import { shownTenge, LANGUAGES } from "../support/shown.mjs";

const FILE = pathToFileURL(`${SITE}syiaqy-offline.html`).href;

let browser;
before(async () => {
  assert.ok(existsSync(new URL(FILE)), "www/build.sh writes the offline file into the site");
  browser = await launchBrowser();
});
after(() => browser?.close());

for (const language of LANGUAGES) {
  test(`${language}: V1 and V8 from file://, with no request but the file`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    const errors = [];
    context.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(`${FILE}?lang=${language}`);
    await page.locator("#calculator[data-ready]").waitFor();
    assert.equal(await page.getAttribute("html", "lang"), language);

    const [v1, v8] = [vector("V1"), vector("V8")];
    await page.check(`#verdict-${v1.verdict}`);
    await page.check(`#reporter-${v1.reporter}`);
    await page.check(`#offense-${v1.offense}`);
    await page.check(`#amount-${v1.amount}`);
    await typeDate(page, "inForceDate", v1.decisionDate);
    assert.equal(await page.locator("[data-testid=amount]").textContent(), shownTenge(language, v1.tenge), "V1");

    await page.check(`#offense-${v8.offense}`);
    await page.fill("#amount", v8.amount);
    await typeDate(page, "inForceDate", v8.decisionDate);
    assert.equal(await page.locator("[data-testid=amount]").textContent(), shownTenge(language, v8.tenge), "V8");

    assert.deepEqual(requests.map((url) => url.split("?")[0]), [FILE]);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the file's language links stay in the file: a reload keeps the language chosen", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(FILE);
  await page.locator("#calculator[data-ready]").waitFor();
  for (const language of LANGUAGES) {
    assert.equal(await page.getAttribute(`.languages a[hreflang="${language}"]`, "href"), `?lang=${language}`);
  }
  await page.click('.languages a[hreflang="ru"]');
  await page.locator('html[lang="ru"]').waitFor({ state: "attached" });
  await page.reload();
  await page.locator("#calculator[data-ready]").waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "ru");
  await context.close();
});
