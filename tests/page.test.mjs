// The calculator page in headless Chromium, used like a person would: in each language,
// public vectors answered and their amounts read off the page; axe on every state; what the
// page requests and stores; the page without JavaScript; the exit button; screenshots.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { siteAndBrowser, filesUnder, typeDate, framedBy, openPageIn, answerWithMouse, axeViolations, countLayoutShifts, holdPageScript, SITE } from "./browser.mjs";
import { META_POLICY } from "../www/tools/csp.mjs";
import engine from "../www/tools/engine.mjs";
import { vector, answersOf } from "./vectors.mjs";
import { shownTenge, shownReward, shownMci, LANGUAGES } from "./shown.mjs";
import { SHOWN_CATALOGS as CATALOGS } from "./catalogs.mjs";

const SCREENSHOTS = new URL("../target/screenshots/", import.meta.url);

const running = siteAndBrowser();

/** A fresh context and page, as a new visitor (see `openPage` in browser.mjs). */
const openPage = (language, options) => openPageIn(running, language, options);

/**
 * Vectors of tests/vectors.md answered on the page: a tier (V1), 10 % (V8), the MCI of the
 * decision date deciding the branch (V13a, V13b), not yet (V15), an acquittal (V16a) and a range
 * (V20). After an acquittal the page asks nothing more, so only the verdict is answered.
 */
const VECTORS = ["V1", "V8", "V13a", "V13b", "V15", "V16a", "V20"].map((id) => {
  const row = vector(id);
  return { row, answers: row.status === "not_eligible" ? { verdict: row.verdict } : answersOf(row) };
});
const V1 = VECTORS[0], V8 = VECTORS[1];

/** Presses Tab until the focused element satisfies `wanted`; fails if it never does. */
async function tabUntil(page, wanted, description, argument) {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(wanted, argument)) return;
  }
  assert.fail(`Tab never reached ${description}`);
}

async function answerWithKeyboard(page, answers) {
  for (const name of ["verdict", "reporter", "offense", "amount"]) {
    const value = answers[name];
    if (!value) continue;
    if (name === "amount" && !["none", "unknown"].includes(value)) {
      await tabUntil(page, () => document.activeElement.id === "amount", "the amount field");
      await page.keyboard.type(value);
      continue;
    }
    await tabUntil(page, (field) => document.activeElement.name === field && document.activeElement.type === "radio", name, name);
    // Arrow keys move through a radio group and select; Space selects the one focused.
    for (let steps = 0; steps < 10; steps += 1) {
      if (await page.evaluate((v) => document.activeElement.value === v, value)) break;
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Space");
    assert.equal(await page.isChecked(`#${name}-${value}`), true, `${name} chosen by keyboard`);
  }
  if (answers.decisionDate) {
    await tabUntil(page, () => document.activeElement.id === "decisionDate-day", "the decision date's day");
    const [year, month, day] = answers.decisionDate.split("-");
    // Each field is filled with today's date: select it and type over it, as a person would.
    for (const part of [day, month, year]) {
      await page.keyboard.press("Control+A");
      await page.keyboard.type(part);
      await page.keyboard.press("Tab");
    }
    assert.deepEqual(
      [await page.inputValue("#decisionDate-day"), await page.inputValue("#decisionDate-month"), await page.inputValue("#decisionDate-year")],
      [day, month, year],
    );
  }
}

async function assertShown(page, { row }, language) {
  const status = await page.locator("#result-live .status").getAttribute("class");
  assert.match(status, new RegExp(`status-${row.status}`), `${row.id} ${language} status`);
  if (row.status === "not_eligible") {
    assert.equal(await page.locator("[data-testid=amount]").count(), 0);
    return;
  }
  assert.equal(await page.locator("[data-testid=amount]").textContent(), shownReward(language, row.tenge), `${row.id} ${language} tenge`);
  assert.equal(await page.locator("[data-testid=amount-mci]").textContent(), shownMci(language, row.MCI), `${row.id} ${language} MCI`);
}

for (const language of LANGUAGES) {
  test(`${language}: the public vectors, answered ${language === "ru" ? "with the keyboard only" : "with the mouse"}`, async () => {
    for (const vector of VECTORS) {
      const { context, page, errors } = await openPage(language);
      if (language === "ru") await answerWithKeyboard(page, vector.answers);
      else await answerWithMouse(page, vector.answers);
      await assertShown(page, vector, language);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test(`${language}: no text is left untranslated and the working names its sources`, async () => {
    const { context, page } = await openPage(language);
    await answerWithMouse(page, V8.answers);
    const body = await page.locator("body").innerText();
    assert.doesNotMatch(body, /\b(step|rule|caveat|error|status|branch|regime|offense|law|chart|next)\.[a-z_.-]+/);
    assert.doesNotMatch(body, /\{\w+\}/, "no unfilled placeholder");
    // The working is folded, and drawn only when opened.
    assert.equal(await page.locator(".steps li").count(), 0);
    await page.click("#working summary");
    await page.locator(".steps li").first().waitFor();
    const steps = await page.locator(".steps li").allTextContents();
    // No step that changes nothing: V8's 10 % is whole tiyn (no rounding line), and its tier
    // (R4) is not what is paid.
    assert.equal(steps.length, 7, steps.join("\n"));
    for (const rule of ["E1", "R2", "R9", "R5"]) assert.ok(steps.some((line) => line.includes(`(${rule}:`)), rule);
    assert.ok(!steps.some((line) => line.includes("(R4:") || line.includes("→")), "no tier, no rounding to the same figure");
    assert.equal(await page.locator('.next-steps a[href="tel:1424"]').textContent(), "1424", "1424 can be called from a phone");
    assert.equal(await page.locator('.rules a[href="tel:1424"]').count(), 1, "in the rules too");
    assert.equal(await page.locator(".links a").getAttribute("target"), "_blank", "the law opens in a new tab, the answers stay");
    assert.equal(await page.locator(".links a").getAttribute("rel"), "noopener noreferrer");
    const lawLink = await page.locator(".links a").getAttribute("href");
    assert.equal(lawLink, `https://adilet.zan.kz/${{ kk: "kaz", ru: "rus", en: "eng" }[language]}/docs/Z1500000410`);
    await context.close();
  });

  test(`${language}: axe finds no WCAG 2.1 A/AA violation in any state`, async () => {
    const { context, page } = await openPage(language);
    assert.deepEqual(await axeViolations(page), [], "empty form");
    await answerWithMouse(page, V8.answers);
    assert.deepEqual(await axeViolations(page), [], "eligible result");
    await page.click("#working summary");
    await page.click("#chart summary");
    await page.locator("svg.chart").waitFor();
    assert.deepEqual(await axeViolations(page), [], "the working and the chart open");
    await page.fill("#amount", "5 000 000,505");
    await page.press("#amount", "Tab");
    await page.locator("#error-summary:not([hidden])").waitFor();
    assert.deepEqual(await axeViolations(page), [], "error");
    await page.check("#verdict-acquitted");
    assert.deepEqual(await axeViolations(page), [], "not eligible");
    await context.close();
  });
}

test("the article helper picks the category from the verdict's article, in each language", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language);
    const t = (key) => CATALOGS[language][key];
    await page.check("#verdict-in_force");
    await page.check("#reporter-citizen");
    await page.locator("#article-helper summary").click();
    await page.locator("#article-find").waitFor();
    const find = async ({ article, part = "", point = "" }) => {
      await page.fill("#article-number", article);
      await page.fill("#article-part", part);
      await page.fill("#article-point", point);
      await page.click("#article-find");
      return page.locator("#article-found").innerText();
    };
    // A-V1: part 3 of Article 366 is grave; the helper chooses it.
    const found = await find({ article: "366", part: "3" });
    assert.equal(await page.isChecked("#offense-grave"), true, `${language}: grave chosen`);
    assert.equal(found, t("article.finding.corruption").replace("{category}", t("offense.grave")));
    assert.equal(await page.isVisible("#question-amount"), true, "the next question follows");
    // A-V8, A-V10, A-V12: a point to ask for, no corruption offense, a part not found.
    assert.equal(await find({ article: "190", part: "3" }), t("article.finding.depends_on_point"));
    assert.match(await find({ article: "188", part: "1" }), /1424/);
    assert.equal(await find({ article: "361", part: "2" }), t("article.finding.part_not_found"));
    // A-V13: a range when the date decides and is not given; nothing is chosen for the person.
    await page.check("#offense-unknown");
    assert.match(await find({ article: "367", part: "2" }), new RegExp(t("offense.medium")));
    assert.equal(await page.isChecked("#offense-unknown"), true);
    assert.equal(await find({ article: "ст. 366" }), t("error.invalid_number"));
    assert.deepEqual(await axeViolations(page), [], `${language}: the helper open`);
    await context.close();
  }
});

test("the chart follows the decision date's Rules: no 10 % or cap marker where only the tiers exist", async () => {
  for (const [id, markers, description] of [["V25", 0, "chart.description.tiers_only"], ["V8", 2, "chart.description"]]) {
    const { context, page } = await openPage("en");
    await answerWithMouse(page, answersOf(vector(id)));
    await page.click("#chart summary");
    await page.locator("svg.chart").waitFor();
    assert.equal(await page.locator("svg.chart .marker-line").count(), markers, id);
    const expected = CATALOGS.en[description].replace(/\{(\w+)\}/g, (whole, name) => ({ thresholdMci: "1,000", percent: "10", capReachedAtMci: "40,000", capMci: "4,000" })[name]);
    assert.equal(await page.locator("svg.chart desc").textContent(), expected, id);
    await context.close();
  }
});

test("headlines fit the status: a public servant's certificate first, an acquittal's next steps without the reward", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, answersOf(vector("V3")));
  assert.equal(await page.textContent("#result-live .status"), CATALOGS.en["status.non_monetary_likely"]);
  const sizes = await page.evaluate(() => ["#result-live .status", "[data-testid=amount]"].map((selector) => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize)));
  assert.ok(sizes[1] <= sizes[0] * 1.3, `the cash figure is secondary (${sizes})`);
  assert.ok((await page.locator(".next-steps").innerText()).includes(CATALOGS.en["next.certificate"]));
  await page.check("#verdict-acquitted");
  const next = await page.locator(".next-steps li").allInnerTexts();
  assert.deepEqual(next, [CATALOGS.en["next.acquitted"], CATALOGS.en["next.protection"]], "no reward to ask for, no warning last");
  await context.close();
});

test("what happens next follows the status: paid once in force, waiting, a certificate, nothing to ask", async () => {
  const cases = { V8: "next.ask", V15: "next.wait", V3: "next.certificate" };
  for (const [id, first] of Object.entries(cases)) {
    const row = vector(id);
    const { context, page } = await openPage("ru");
    await answerWithMouse(page, answersOf(row));
    assert.match(await page.locator("#result-live .status").getAttribute("class"), new RegExp(row.status));
    const next = await page.locator(".next-steps li").allInnerTexts();
    assert.equal(next[0], CATALOGS.ru[first], id);
    assert.equal(next.at(-1), CATALOGS.ru["next.false"], `${id}: E5's warning`);
    // The next steps come right after the headline.
    assert.equal(await page.evaluate(() => document.querySelector("#result-details").firstElementChild.classList.contains("next-steps")), true);
    await context.close();
  }
});

test("an acquittal stops the flow and says why", async () => {
  const { context, page } = await openPage("en");
  await page.check("#verdict-acquitted");
  assert.equal(await page.isVisible("#question-reporter"), false);
  assert.match(await page.locator("#result-live").innerText(), /No cash reward[\s\S]*acquittal/);
  await context.close();
});

test("a wrong amount: error by the field and in the summary, text kept, old result withdrawn", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, V8.answers);
  assert.equal(await page.locator("[data-testid=amount]").count(), 1);
  await page.fill("#amount", "0,500");
  await page.press("#amount", "Tab");
  assert.equal(await page.inputValue("#amount"), "0,500");
  assert.match(await page.locator("#amount-error").textContent(), /two ways/);
  assert.match(await page.locator("#error-summary").innerText(), /two ways/);
  assert.equal(await page.getAttribute("#amount", "aria-invalid"), "true");
  assert.equal(await page.locator("[data-testid=amount]").count(), 0, "the last good result is not shown as current");
  await page.fill("#amount", V8.row.amount);
  assert.equal(await page.isVisible("#error-summary"), false, "fixing the amount clears the error as it is typed");
  assert.equal(await page.getAttribute("#amount", "aria-invalid"), null);
  assert.equal(await page.isVisible("#amount-error"), false);
  assert.equal(await page.locator("[data-testid=amount]").textContent(), shownTenge("en", V8.row.tenge));
  // The reading under the field follows once the typing pauses.
  const reading = `Read as ${shownTenge("en", engine.parseAmount(V8.row.amount))}`;
  await page.locator("#amount-read").filter({ hasText: reading }).waitFor().catch(() => {});
  assert.equal(await page.locator("#amount-read").textContent(), reading);
  await context.close();
});

test("switching language keeps the answers", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, V8.answers);
  await page.click('.languages a[hreflang="ru"]');
  await page.locator('html[lang="ru"]').waitFor({ state: "attached" });
  assert.equal(await page.inputValue("#amount"), V8.row.amount);
  assert.equal(await page.locator("[data-testid=amount]").textContent(), shownTenge("ru", V8.row.tenge));
  await context.close();
});

test("privacy: answering requests nothing, a new language only its texts, once; own files only; nothing stored", async () => {
  const { context, page, requests } = await openPage("en");
  await answerWithMouse(page, V8.answers);
  const atFirstResult = requests.length;
  await page.fill("#amount", "200 000 000");
  await page.press("#amount", "Tab");
  await page.check("#offense-medium");
  await page.locator("#question-decisionDate .more summary").click();
  await typeDate(page, "mciDate", "2026-01-15");
  assert.deepEqual(requests.slice(atFirstResult), [], "answering made a request");
  for (const language of ["kk", "en", "kk"]) {
    await page.click(`.languages a[hreflang="${language}"]`);
    await page.locator(`html[lang="${language}"]`).waitFor({ state: "attached" });
  }
  const afterAnswers = requests.slice(atFirstResult).map((request) => new URL(request).pathname);
  assert.equal(afterAnswers.length, 1, "a language switch fetches that language's texts, and only the first time");
  assert.match(afterAnswers[0], /^\/assets\/kk-\w+\.js$/);

  const ownFiles = new Set(["/", ...filesUnder(SITE).map((path) => `/${path}`)]);
  for (const request of requests) {
    const url = new URL(request);
    assert.equal(url.origin, new URL(running.site.url).origin, request);
    assert.ok(ownFiles.has(url.pathname), `${url.pathname} is one of the page's files`);
  }
  assert.deepEqual(await context.cookies(), []);
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: "caches" in window ? (await caches.keys()).length : 0,
  }));
  assert.deepEqual(storage, { local: 0, session: 0, databases: 0, caches: 0 });
  assert.equal(new URL(page.url()).pathname, "/kk.html", "the URL holds the language");
  assert.equal(new URL(page.url()).search, "", "and no answer");
  await context.close();
});

test("a language that cannot be loaded (offline): the page says so and stays usable", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, V8.answers);
  await page.route("**/assets/ru-*.js", (route) => route.abort("internetdisconnected"));
  await page.click('.languages a[hreflang="ru"]');
  const alert = page.locator("#language-error");
  await alert.waitFor();
  assert.equal(await alert.getAttribute("role"), "alert");
  assert.match(await alert.textContent(), /could not be loaded/);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.inputValue("#amount"), V8.row.amount);
  assert.equal(await page.locator("[data-testid=amount]").textContent(), shownTenge("en", V8.row.tenge));
  assert.deepEqual(await axeViolations(page), []);

  await page.unroute("**/assets/ru-*.js");
  await page.click('.languages a[hreflang="ru"]');
  await page.locator('html[lang="ru"]').waitFor({ state: "attached" });
  assert.equal(await alert.isHidden(), true);
  assert.equal(await page.locator("[data-testid=amount]").textContent(), shownTenge("ru", V8.row.tenge));
  await context.close();
});

test("if the engine or the texts cannot load, the page says so in its language and keeps the rules", async () => {
  const cases = [
    { blocked: "**/assets/*.wasm", language: "ru" },
    { blocked: "**/assets/en-*.js", language: "en" },
  ];
  for (const { blocked, language } of cases) {
    const context = await running.browser.newContext();
    const page = await context.newPage();
    await page.route(blocked, (route) => route.abort("internetdisconnected"));
    await page.goto(`${running.site.url}${language}.html`);
    const notice = page.locator("#load-failed");
    await notice.waitFor();
    assert.equal(await notice.textContent(), CATALOGS[language]["page.load.failed"]);
    assert.equal(await page.isVisible("#calculator"), false, "no half-working calculator");
    assert.equal(await page.isVisible(".rules"), true);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  }
});

test("without JavaScript each language's page shows the rules and how to report, in that language", async () => {
  // Each tier the engine pays, with its unit, and the number to call.
  const tiers = engine.limits().tiers;
  const facts = (language) => [CATALOGS[language]["rules.heading"], ...tiers.map(({ mci }) => shownMci(language, String(mci))), "1424"];
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language, { javaScript: false });
    assert.equal(await page.getAttribute("html", "lang"), language);
    assert.equal(await page.isVisible("#calculator"), false, "its questions in the markup are not shown");
    assert.equal(await page.isVisible("#exit"), false);
    assert.equal(await page.isVisible("noscript p, .notice"), true);
    const rules = await page.locator(".rules").innerText();
    for (const fact of facts(language)) assert.ok(rules.includes(fact), `${language}: ${fact}`);
    await context.close();
  }
});

test("index.html speaks ?lang=, else the browser's language", async () => {
  const cases = [["ru", { byQuery: true }, "ru"], [null, { locale: "ru-RU" }, "ru"], [null, { locale: "de-DE" }, "kk"]];
  for (const [language, options, expected] of cases) {
    const { context, page } = await openPage(language, options);
    assert.equal(await page.getAttribute("html", "lang"), expected);
    assert.equal(await page.textContent("h1"), CATALOGS[expected]["page.heading"]);
    await context.close();
  }
});

test("every page carries the policy of csp.mjs, no looser than nothing-but-its-own-files, and runs under it", async () => {
  for (const name of ["index.html", "kk.html", "ru.html", "en.html"]) {
    const html = readFileSync(`${SITE}${name}`, "utf8");
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
    assert.equal(policy, META_POLICY, name);
  }
  // A floor that no edit of csp.mjs may go below: nothing by default, no request but the site's.
  for (const directive of ["default-src 'none'", "connect-src 'self'", "form-action 'none'"]) assert.ok(META_POLICY.includes(directive), directive);
  const { context, page, errors } = await openPage("en");
  const violations = [];
  page.on("console", (message) => message.text().includes("Content Security Policy") && violations.push(message.text()));
  await answerWithMouse(page, V1.answers);
  assert.deepEqual([...errors, ...violations], []);
  await context.close();
});

test("exit this page: Shift+Tab and typed capitals are not presses; lone presses are announced", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, V8.answers);
  await page.focus("#amount");
  for (let press = 0; press < 3; press += 1) await page.keyboard.press("Shift+Tab");
  await page.focus("#amount");
  await page.keyboard.type("ABC");
  await page.waitForTimeout(100);
  assert.equal(new URL(page.url()).origin, new URL(running.site.url).origin, "still here after Shift+Tab ×3 and capitals");
  await page.keyboard.press("Shift");
  assert.equal(await page.textContent("#exit-status"), CATALOGS.en["page.exit.more"].replace("{count}", "2"));
  await context.close();
});

test("exit this page from a gov.kz frame leaves the host page too", async () => {
  const { host, close } = await framedBy((calculatorUrl) =>
    `<!doctype html><html lang="en"><title>host</title><iframe data-syiaqy src="${calculatorUrl}en.html" title="calculator" style="width:100%;height:900px;border:0"></iframe>`);
  const context = await running.browser.newContext();
  await context.route("https://www.google.kz/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>elsewhere</title>" }));
  const page = await context.newPage();
  await page.goto(host.url);
  const frame = page.frameLocator("iframe[data-syiaqy]");
  await frame.locator("#calculator[data-ready]").waitFor();
  await frame.locator("#exit").click();
  await page.waitForURL("https://www.google.kz/");
  await context.close();
  close();
});

test("exit this page: leaves at once, and Back does not return to the answers", async () => {
  for (const how of ["button", "shift"]) {
    const context = await running.browser.newContext();
    await context.route("https://www.google.kz/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>elsewhere</title>" }));
    const page = await context.newPage();
    await page.goto(`${running.site.url}?lang=en`);
    await page.locator("#calculator[data-ready]").waitFor();
    await answerWithMouse(page, V8.answers);
    if (how === "button") await page.click("#exit");
    else for (let press = 0; press < 3; press += 1) await page.keyboard.press("Shift");
    await page.waitForURL("https://www.google.kz/");
    await page.goBack().catch(() => null);
    assert.ok(!page.url().startsWith(running.site.url), `${how}: Back went to ${page.url()}`);
    await context.close();
  }
});

test("screenshots at 1280 and 360 px in each language (target/screenshots)", async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const language of LANGUAGES) {
    for (const width of [1280, 360]) {
      const { context, page } = await openPage(language, { width });
      await answerWithMouse(page, V8.answers);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${language} ${width}px: no sideways scrolling (${overflow}px)`);
      await page.screenshot({ path: new URL(`${language}-${width}.png`, SCREENSHOTS).pathname, fullPage: true });
      // What a phone shows of the result brought into view, as "See your result" brings it (the
      // README's picture is ru's). Not by tapping the button: after the last answer the
      // headline is often in sight already, and the button then rightly not there.
      if (width === 360) {
        await page.setViewportSize({ width, height: 780 });
        await page.evaluate(() => document.getElementById("result-heading").scrollIntoView({ block: "start" }));
        // The button goes once the headline is in sight (the observer reports a frame later).
        await page.waitForFunction(() => document.getElementById("to-result").hidden);
        await page.screenshot({ path: new URL(`${language}-360-result.png`, SCREENSHOTS).pathname });
      }
      await context.close();
    }
  }
});

test("print: one page with the result, what to do next and 1424, the answers, the working, the sources and the address", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language);
    await answerWithMouse(page, V8.answers);
    // What the browser does before it prints (Ctrl+P or the button): the folded working opens.
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.isVisible("#questions"), false, "the form is not printed");
    assert.equal(await page.isVisible(".your-answers dl"), true, "the answers are");
    assert.equal(await page.isVisible(".change"), false, "without their Change links");
    assert.equal(await page.isVisible(".steps"), true, "the working is");
    assert.equal(await page.isVisible(".links"), true, "the sources are");
    assert.equal(await page.isVisible(".next-steps"), true, "what to do next is");
    assert.ok((await page.locator(".next-steps").innerText()).includes("1424"));
    const address = await page.locator(".your-answers .print-only").innerText();
    assert.ok(address.includes(`${running.site.url}${language}.html`), `${language}: the page's address (${address})`);
    const answers = await page.locator(".your-answers dl").innerText();
    assert.ok(answers.includes(shownTenge(language, "5000000")), "the typed amount, as read, is in the summary");
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g).length;
    assert.equal(pages, 1, `${language}: one page`);
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => dispatchEvent(new Event("afterprint")));
    assert.equal(await page.locator("#working").getAttribute("open"), null, "folded again after printing");
    await context.close();
  }
});

test("reflow at 320 px and text at 200 %: nothing needs sideways scrolling", async () => {
  for (const language of LANGUAGES) {
    for (const { width, textScale } of [{ width: 320, textScale: "100%" }, { width: 1280, textScale: "200%" }]) {
      const { context, page } = await openPage(language, { width });
      // As a browser text-size setting would: the root font size, which every size follows.
      await page.evaluate((scale) => { document.documentElement.style.fontSize = scale; }, textScale);
      await answerWithMouse(page, V8.answers);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${language}, ${width} px, text ${textScale}: ${overflow} px too wide`);
      assert.equal(await page.isVisible("[data-testid=amount]"), true);
      // The text fields' height is fixed (style.css): at any text size their line still fits,
      // and they stay a finger's 44 px tall.
      const cramped = await page.evaluate(() => [...document.querySelectorAll("input[type=text]")].filter((field) => {
        const style = getComputedStyle(field);
        const room = field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return field.getClientRects().length && (room < parseFloat(style.lineHeight) || field.getBoundingClientRect().height < 44);
      }).map((field) => field.id));
      assert.deepEqual(cramped, [], `${language}, ${width} px, text ${textScale}: fields too low for their text`);
      await context.close();
    }
  }
});

test("before the script arrives the questions can be answered; it keeps and computes those answers, moving nothing", async () => {
  for (const language of LANGUAGES) {
    const context = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const release = await holdPageScript(context);
    const page = await context.newPage();
    await page.addInitScript(countLayoutShifts);
    // Not "domcontentloaded": that waits for the page's module script, held back here.
    await page.goto(`${running.site.url}${language}.html`, { waitUntil: "commit" });
    await page.locator("#decisionDate-year").waitFor();
    // The markup's questions, in the page's language, before any script ran.
    assert.equal(await page.textContent("#question-offense h2"), CATALOGS[language]["question.offense"]);
    assert.equal(await page.locator("#calculator[data-ready]").count(), 0, "the script has not run");
    const row = vector("V8");
    await answerWithMouse(page, answersOf(row));
    const layoutBefore = await page.evaluate(() => window.layoutShift);
    release();
    await page.locator("#calculator[data-ready]").waitFor();
    await page.locator("[data-testid=amount]").waitFor();
    assert.equal(await page.textContent("[data-testid=amount]"), shownReward(language, row.tenge), `${language}: computed from the answers given before`);
    assert.deepEqual(
      await Promise.all(["day", "month", "year"].map((part) => page.inputValue(`#decisionDate-${part}`))),
      ["01", "03", "2025"], "the typed date is kept, not today's written over it",
    );
    assert.equal(await page.inputValue("#amount"), row.amount);
    // Taking over moves nothing the person sees (the result appearing is their answers' doing).
    assert.ok(layoutBefore <= 0.01, `${language}: layout shift before the script ${layoutBefore}`);
    await context.close();
  }
});

test("an answer mistyped before the script arrived shows its error when it does", async () => {
  const context = await running.browser.newContext();
  const release = await holdPageScript(context);
  const page = await context.newPage();
  await page.goto(`${running.site.url}en.html`, { waitUntil: "commit" });
  await page.locator("#amount").waitFor();
  await answerWithMouse(page, { ...answersOf(vector("V8")), amount: "5 000 000,505" });
  release();
  await page.locator("#calculator[data-ready]").waitFor();
  assert.equal(await page.isVisible("#error-summary"), true);
  assert.equal(await page.textContent("#amount-error"), CATALOGS.en["error.too_many_decimals"]);
  await context.close();
});

test("the script, arriving on a page nobody touched, writes today's date and moves nothing", async () => {
  const context = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(countLayoutShifts);
  await page.goto(`${running.site.url}ru.html`);
  await page.locator("#calculator[data-ready]").waitFor();
  await page.waitForTimeout(300);
  const shifted = await page.evaluate(() => window.layoutShift);
  assert.ok(shifted <= 0.01, `layout shift ${shifted}`);
  // The page's clock and this one: the same year, unless New Year came in between.
  const year = await page.inputValue("#decisionDate-year");
  const yearNow = new Date().getFullYear();
  assert.ok([String(yearNow), String(yearNow - 1)].includes(year), `today's year, not ${year}`);
  await context.close();
});
