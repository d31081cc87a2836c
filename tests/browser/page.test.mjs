// The calculator page in headless Chromium, used like a person would: in each language,
// public vectors answered and their amounts read off the page; axe on every state; what the
// page requests and stores; the page without JavaScript; the exit button; screenshots.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { siteAndBrowser, filesUnder, typeDate, framedBy, openPageIn, answerWithMouse, axeViolations, countLayoutShifts, holdPageScript, untilStill, SITE } from "../support/browser.mjs";
import { META_POLICY } from "../../www/tools/headers.mjs";
import engine from "../../www/tools/engine.mjs";
import { vector, pageAnswersOf } from "../support/vectors.mjs";
import { shownTenge, shownReward, shownMci, headlineAmount, LANGUAGES } from "../support/shown.mjs";
import { SHOWN_CATALOGS as CATALOGS } from "../support/catalogs.mjs";

const SCREENSHOTS = new URL("../../target/screenshots/", import.meta.url);

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
  return { row, answers: row.status === "not_eligible" ? { verdict: row.verdict } : pageAnswersOf(row) };
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
  const choose = async (name, value) => {
    await tabUntil(page, (field) => /** @type {HTMLInputElement} */ (document.activeElement).name === field && /** @type {HTMLInputElement} */ (document.activeElement).type === "radio", name, name);
    // Arrow keys move through a radio group and select; Space selects the one focused.
    for (let steps = 0; steps < 10; steps += 1) {
      if (await page.evaluate((v) => /** @type {HTMLInputElement} */ (document.activeElement).value === v, value)) break;
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Space");
    assert.equal(await page.isChecked(`#${name}-${value}`), true, `${name} chosen by keyboard`);
  };
  await choose("verdict", answers.verdict);
  if (answers.inForceDate) {
    await tabUntil(page, () => /** @type {HTMLInputElement} */ (document.activeElement).id === "inForceDate-day", "the date of entry into force");
    const [year, month, day] = answers.inForceDate.split("-");
    // Empty fields (R14: never pre-filled), typed in the order they are shown.
    for (const part of [day, month, year]) {
      if (part !== day) await page.keyboard.press("Tab");
      await page.keyboard.type(part);
    }
    assert.deepEqual(
      [await page.inputValue("#inForceDate-day"), await page.inputValue("#inForceDate-month"), await page.inputValue("#inForceDate-year")],
      [day, month, year],
    );
  }
  for (const name of ["reporter", "offense"]) if (answers[name]) await choose(name, answers[name]);
  const { amount } = answers;
  if (!amount) return;
  if (["none", "unknown"].includes(amount)) {
    await choose("amount", amount);
    if (amount === "unknown") await choose("threshold", "unknown");
  } else {
    await tabUntil(page, () => /** @type {HTMLInputElement} */ (document.activeElement).id === "amount", "the amount field");
    await page.keyboard.type(amount);
  }
}

/** The status and the figure the headline shows (R16), as the engine says they must read. */
async function assertShown(page, { row, answers }, language) {
  const status = await page.locator("#result-live .status").getAttribute("class");
  assert.match(status, new RegExp(`status-${row.status}`), `${row.id} ${language} status`);
  const figure = headlineAmount(language, answers);
  if (figure === null) {
    assert.equal(await page.locator("[data-testid=amount]").count(), 0);
    return;
  }
  assert.equal(await page.locator("[data-testid=amount]").textContent(), figure, `${row.id} ${language} tenge`);
  // A vector in force reads as the vector says; under appeal, at today's MCI.
  if (row.verdict === "in_force") assert.equal(figure, shownReward(language, row.tenge), `${row.id} ${language}: the vector's tenge`);
  const { minMci } = engine.estimate(answers).reward;
  assert.equal(await page.locator("[data-testid=amount-mci]").textContent(), shownMci(language, minMci), `${row.id} ${language} MCI`);
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
    const rules = await page.locator(".steps li").evaluateAll((items) => items.map((item) => item.dataset.rule));
    for (const rule of ["E1", "R2", "R9", "R5"]) assert.ok(rules.includes(rule), rule);
    assert.ok(!rules.includes("R4") && !steps.some((line) => line.includes("→")), "no tier, no rounding to the same figure");
    // A citizen reads each step's source in words, not the rules' ids.
    assert.ok(!steps.some((line) => /\((?:E|R|Q)\d+:/.test(line)), steps.join("\n"));
    assert.equal(await page.locator('.next-steps a[href="tel:1424"]').textContent(), "1424", "1424 can be called from a phone");
    assert.equal(await page.locator('.rules a[href="tel:1424"]').count(), 1, "in the rules too");
    assert.equal(await page.locator(".links a").getAttribute("target"), "_blank", "the law opens in a new tab, the answers stay");
    assert.ok((await page.locator(".links a").textContent()).endsWith(CATALOGS[language]["law.link.new_tab"]), "and says so");
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

test("the verdict's line: what was read said back, the category ticked, and never \"no reward\" for a lookup miss", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language, { width: 360, height: 780 });
    const t = (key) => CATALOGS[language][key];
    await page.check("#verdict-in_force");
    const read = async (line) => {
      await page.fill("#verdictLine", line);
      await page.waitForFunction((typed) => /** @type {HTMLInputElement} */ (document.getElementById("verdictLine")).dataset.source?.includes(typed), line);
      return page.locator("#verdictLine-read").innerText();
    };
    // A-V16, press case K: the attempt stands with the fraud by an official; grave, chosen.
    const k = await read("ч.3 ст.24, п.2 ч.3 ст.190 УК РК");
    assert.ok(k.includes(t("line.kind.attempt")), `${language}: ${k}`);
    assert.ok(k.includes(t("line.finding.corruption").replace("{category}", t("offense.grave"))), `${language}: ${k}`);
    assert.equal(await page.isChecked("#offense-grave"), true, `${language}: grave chosen`);
    // A-V17, A-V18, A-V24: the General Part alone, a number the code lacks, nothing recognisable.
    assert.ok((await read("ч. 3 ст. 24 УК")).includes(t("line.finding.general_part")), `${language}: A-V17`);
    const notInCode = await read("Article 676 of the Criminal Code");
    assert.ok(notInCode.includes(t("line.finding.administrative_code_article").replace("{article}", "676")), `${language}: A-V18 ${notInCode}`);
    for (const said of [k, notInCode]) assert.ok(!said.includes(t("line.finding.not_corruption").slice(0, 30)), "no \"no reward\"");
    assert.equal(await read("the bribe was big"), t("error.no_article_found"));
    // An article whose category depends on its part, named without one: the part is asked for.
    assert.ok((await read("ст. 366 УК РК")).includes(t("line.finding.part_missing").replaceAll("{article}", "366")), `${language}: the part asked`);
    // A-V13: the category depends on the day of the offense: asked, and nothing chosen for the person.
    await page.check("#offense-unknown");
    assert.ok((await read("ч. 2 ст. 367 УК")).includes(t("offense.medium")));
    assert.equal(await page.isVisible("#committed-day"), true, `${language}: the day of the offense asked`);
    assert.equal(await page.isChecked("#offense-unknown"), true);
    await typeDate(page, "committed", "2019-06-01");
    await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.getElementById("offense-medium")).checked);
    assert.deepEqual(await axeViolations(page), [], `${language}: the line read`);
    await context.close();
  }
});

test("the verdict's line typed near the window's bottom at 1280 × 800: what was read comes into view, at once under reduced motion; not when the focus is elsewhere", async () => {
  for (const reducedMotion of ["no-preference", "reduce"]) {
    for (const language of LANGUAGES) {
      const { context, page } = await openPage(language, { width: 1280, height: 800 });
      await page.emulateMedia({ reducedMotion });
      await page.check("#verdict-in_force");
      // The field's bottom 10 px above the window's: the reading is drawn below it.
      await page.evaluate(() => scrollBy(0, /** @type {HTMLElement} */ (document.getElementById("verdictLine")).getBoundingClientRect().bottom - (innerHeight - 10)));
      await page.focus("#verdictLine");
      await page.keyboard.type("ч.3 ст.24, п.2 ч.3 ст.190 УК РК");
      await page.waitForFunction(() => document.getElementById("verdictLine")?.dataset.source?.includes("190"));
      const inView = () => page.evaluate(() => {
        const reading = /** @type {HTMLElement} */ (document.getElementById("verdictLine-read")).getBoundingClientRect();
        const field = /** @type {HTMLElement} */ (document.getElementById("verdictLine")).getBoundingClientRect();
        return reading.height > 0 && reading.bottom <= innerHeight && field.top >= 0;
      });
      // Smooth: in view once the scroll ends; reduced motion: in the frame after it is drawn.
      if (reducedMotion === "reduce") assert.equal(await inView(), true, `${language}: in view at once`);
      else await page.waitForFunction(() => /** @type {HTMLElement} */ (document.getElementById("verdictLine-read")).getBoundingClientRect().bottom <= innerHeight, null, { timeout: 3000 });
      assert.equal(await inView(), true, `${language}, ${reducedMotion}: the reading and its field in view`);
      if (reducedMotion === "reduce" && language === "en") {
        // Read again in another language while the focus is on the language link: nothing jumps.
        await page.evaluate(() => scrollBy(0, /** @type {HTMLElement} */ (document.getElementById("verdictLine")).getBoundingClientRect().bottom - (innerHeight - 10)));
        // Watched at the call: the new language's longer texts above move the page by themselves
        // (scroll anchoring keeps what is at the window's top in place).
        await page.evaluate(() => {
          const scrollBy = window.scrollBy.bind(window);
          window.scrollBy = (...by) => {
            /** @type {any} */ (window).scrolledBy = by;
            scrollBy(.../** @type {[ScrollToOptions]} */ (by));
          };
        });
        // Focused and clicked where it is (a click of Playwright's would scroll to it first).
        await page.evaluate(() => {
          const link = /** @type {HTMLElement} */ (document.querySelector('.languages a[hreflang="ru"]'));
          link.focus({ preventScroll: true });
          link.click();
        });
        await page.locator('html[lang="ru"]').waitFor({ state: "attached" });
        await page.waitForFunction(() => document.getElementById("verdictLine")?.dataset.source?.startsWith("ru "));
        assert.equal(await page.evaluate(() => /** @type {any} */ (window).scrolledBy), undefined, "the focus elsewhere: no scroll");
      }
      await context.close();
    }
  }
});

test("the reader of the verdict's line loads when its field is first used, not with the page; offline, the field says so and the categories still answer", async () => {
  const { context, page, requests } = await openPage("ru", { width: 360, height: 780 });
  const reader = (request) => /\/assets\/(verdict-line-\w+\.js|reader_bg-\w+\.wasm)$/.test(new URL(request).pathname);
  assert.deepEqual(requests.filter(reader), [], "the first load carries no reader");
  await page.check("#verdict-in_force");
  await page.route("**/assets/reader_bg-*.wasm", (route) => route.abort("internetdisconnected"));
  await page.fill("#verdictLine", "ч.3 ст.24, п.2 ч.3 ст.190 УК РК");
  const shown = page.locator("#verdictLine-read");
  await page.waitForFunction((words) => document.getElementById("verdictLine-read")?.textContent === words, CATALOGS.ru["line.load.failed"]);
  await page.check("#offense-grave");
  assert.equal(await page.isChecked("#offense-grave"), true, "the categories still answer");
  await page.unroute("**/assets/reader_bg-*.wasm");
  // The next keystroke tries again, and the line is read.
  await page.fill("#verdictLine", "ч. 3 ст. 24, п. 2 ч. 3 ст. 190 УК РК");
  await page.waitForFunction(() => document.getElementById("verdictLine")?.dataset.source?.includes("ст. 190"));
  assert.ok((await shown.innerText()).includes(CATALOGS.ru["line.kind.attempt"]));
  const loaded = requests.filter(reader).map((request) => new URL(request).pathname.replace(/-\w+\./, "."));
  assert.deepEqual([...new Set(loaded)].sort(), ["/assets/reader_bg.wasm", "/assets/verdict-line.js"]);
  await context.close();
});

test("a category the person chooses while the line's reading is on its way stays theirs", async () => {
  const { context, page } = await openPage("en", { width: 360, height: 780 });
  await page.check("#verdict-in_force");
  // The reader's module held back until the person has chosen: the reading comes after.
  /** @type {(value?: unknown) => void} */
  let letThrough = () => {};
  const held = new Promise((resolve) => { letThrough = resolve; });
  await page.route("**/assets/reader_bg-*.wasm", async (route) => { await held; await route.continue(); });
  await page.fill("#verdictLine", "ч.3 ст.24, п.2 ч.3 ст.190 УК РК");
  await page.check("#offense-administrative");
  letThrough();
  await page.waitForFunction(() => document.getElementById("verdictLine")?.dataset.source?.includes("ст.190"));
  assert.ok((await page.locator("#verdictLine-read").innerText()).includes(CATALOGS.en["offense.grave"]), "the line is read");
  assert.equal(await page.isChecked("#offense-administrative"), true, "the person's choice is kept");
  // Typing the line again is asking for its reading: the category it implies is chosen.
  await page.fill("#verdictLine", "ч. 3 ст. 24, п. 2 ч. 3 ст. 190 УК РК");
  await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.getElementById("offense-grave")).checked);
  await context.close();
});

test("the working calls an administrative case's court act a resolution, not a verdict", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language);
    const row = vector("V2");
    await answerWithMouse(page, pageAnswersOf(row));
    await page.locator("[data-testid=amount]").waitFor();
    // The working is folded, and drawn only when opened.
    await page.click("#working summary");
    const said = CATALOGS[language]["step.regime.in_force.administrative"].split("{date}")[0];
    await page.waitForFunction((words) => document.getElementById("working")?.textContent?.includes(words), said);
    assert.ok(!(await page.locator("#working").textContent())?.includes(CATALOGS[language]["step.regime.in_force"].split("{date}")[0]), `${language}: no verdict`);
    await context.close();
  }
});

test("who stands behind it: an independent calculator unless www/about.json names its operator, and the day its rules were checked", async () => {
  const about = JSON.parse(readFileSync(new URL("../../www/about.json", import.meta.url), "utf8"));
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language, { javaScript: false });
    const footer = await page.locator("footer").innerText();
    const t = (key) => CATALOGS[language][key];
    if (about.operator) {
      for (const value of Object.values(about.operator)) assert.ok(footer.includes(value), `${language}: ${value}`);
    } else {
      assert.ok(footer.includes(t("footer.independent").replace("{hotline}", "1424")), `${language}: ${footer}`);
    }
    const [year, , day] = about.rulesCheckedOn.split("-").map(Number);
    assert.ok(footer.includes(String(year)) && footer.includes(String(day)), `${language}: checked on ${about.rulesCheckedOn}: ${footer}`);
    await context.close();
  }
});

test("the first screen of a 360 × 780 phone shows the first question's first answer, in each language", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language, { width: 360, height: 780 });
    const first = await page.evaluate(() => /** @type {Element} */ (document.querySelector("#question-verdict .radio")).getBoundingClientRect().bottom);
    assert.ok(first <= 780, `${language}: the first answer ends at ${first} px, below the first screen`);
    await context.close();
  }
});

test("a tap that leaves a wrong date lands where it was aimed; the error shows after it", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language, { width: 360, height: 780 });
    await page.check("#verdict-in_force");
    for (const [part, value] of [["day", "31"], ["month", "02"], ["year", "2025"]]) await page.fill(`#inForceDate-${part}`, value);
    // Revealing the error moves what is below it: the tap must still choose what it was aimed at.
    await page.click("#reporter-citizen");
    assert.equal(await page.isChecked("#reporter-citizen"), true, `${language}: the tap chose the answer`);
    await page.locator("#inForceDate-error:not([hidden])").waitFor();
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll("[aria-invalid=true]")].map((input) => input.id)), ["inForceDate-day"]);
    await context.close();
  }
});

test("\"I don't know\" the amount waits for the threshold question's answer before any figure (R15, R16)", async () => {
  const { context, page } = await openPage("en", { width: 360, height: 780 });
  await answerWithMouse(page, { verdict: "in_force", inForceDate: "2025-03-01", reporter: "citizen", offense: "grave" });
  await page.check("#amount-unknown");
  await page.locator("#result-live .missing").waitFor();
  assert.equal(await page.locator("[data-testid=amount]").count(), 0, "no figure while the threshold question is open");
  // What is left is the threshold question, not the amount's, which was answered "I don't know".
  assert.deepEqual(await page.locator("#result-live .missing a").allTextContents(), [CATALOGS.en["threshold.question"].replace("{thresholdMci}", "1,000")]);
  await page.click("#result-live .missing a");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("name")), "threshold", "the link leads to the threshold question");
  await page.check("#threshold-at_most_threshold");
  assert.equal(await page.textContent("[data-testid=amount]"), shownTenge("en", "275240.00"));
  await context.close();
});

test("no headline shows a range as its figure (R16): one amount, the tier with its condition, or the rule", async () => {
  // Unknown gravity (V20), unknown amount (V21), both (V23), above the threshold (V31), pending (V15).
  const cases = [
    pageAnswersOf(vector("V20")), pageAnswersOf(vector("V21")), pageAnswersOf(vector("V23")), pageAnswersOf(vector("V15")),
    { verdict: "in_force", inForceDate: "2025-03-01", reporter: "citizen", offense: "grave", amount: "above_threshold" },
  ];
  for (const language of LANGUAGES) {
    for (const answers of cases) {
      const { context, page } = await openPage(language, { width: 360, height: 780 });
      await answerWithMouse(page, answers);
      await page.locator("#result-live .status").waitFor();
      const figures = await page.evaluate(() => [...document.querySelectorAll("#result-live .amount, #result-live .amount-rule, #result-live .status")]
        .map((line) => line.textContent));
      const tenge = /(KZT\u00a0[\d,.]+|[\d\u00a0,]+\u00a0₸)/g;
      for (const figure of figures) {
        assert.ok((figure.match(tenge) ?? []).length <= 1, `${language} ${JSON.stringify(answers)}: "${figure}" is a range`);
      }
      await context.close();
    }
  }
});

test("forced colours (Windows high contrast): every button keeps a visible edge", async () => {
  const { context, page } = await openPage("en", { width: 360, height: 780 });
  await page.emulateMedia({ forcedColors: "active" });
  await answerWithMouse(page, V8.answers);
  await page.locator(".print-button").waitFor();
  const edgeless = await page.evaluate(() => [...document.querySelectorAll("button")].filter((button) => {
    const style = getComputedStyle(button);
    return style.borderTopStyle === "none" || parseFloat(style.borderTopWidth) < 1 || parseFloat(style.borderBottomWidth) < 1;
  }).map((button) => button.id || button.className));
  assert.deepEqual(edgeless, []);
  assert.ok(await page.locator("button").count() >= 4, "the exit, See your result, copy and print");
  await context.close();
});

test("the chart follows the decision date's Rules: no 10 % or cap marker where only the tiers exist", async () => {
  for (const [id, markers, description] of [["V25", 0, "chart.description.tiers_only"], ["V8", 2, "chart.description"]]) {
    const { context, page } = await openPage("en");
    await answerWithMouse(page, pageAnswersOf(vector(id)));
    await page.click("#chart summary");
    await page.locator("svg.chart").waitFor();
    assert.equal(await page.locator("svg.chart .marker-line").count(), markers, String(id));
    const expected = CATALOGS.en[description].replace(/\{(\w+)\}/g, (_whole, name) => ({ thresholdMci: "1,000", percent: "10", capReachedAtMci: "40,000", capMci: "4,000" })[name]);
    assert.equal(await page.locator("svg.chart desc").textContent(), expected, String(id));
    await context.close();
  }
});

test("headlines fit the status: a public servant's certificate first, an acquittal's next steps without the reward", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, pageAnswersOf(vector("V3")));
  // R16: the doubt first, the cash figure after it, "if a cash reward is paid".
  assert.equal(await page.textContent("#result-live .status"), CATALOGS.en["doubt.E6"]);
  assert.equal(await page.textContent("#result-live .if-cash"), CATALOGS.en["status.if_cash"]);
  const sizes = await page.evaluate(() => ["#result-live .status", "[data-testid=amount]"].map((selector) => parseFloat(getComputedStyle(/** @type {Element} */ (document.querySelector(selector))).fontSize)));
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
    await answerWithMouse(page, pageAnswersOf(row));
    assert.match(await page.locator("#result-live .status").getAttribute("class"), new RegExp(row.status));
    const next = await page.locator(".next-steps li").allInnerTexts();
    assert.equal(next[0], CATALOGS.ru[first], id);
    assert.equal(next.at(-1), CATALOGS.ru["next.false"], `${id}: E5's warning`);
    // The next steps come right after the headline.
    assert.equal(await page.evaluate(() => document.querySelector("#result-details")?.firstElementChild?.classList.contains("next-steps")), true);
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
  await page.locator("#question-inForceDate .more summary").click();
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
  /** @type {[string | null, object, "kk" | "ru" | "en"][]} */
  const cases = [["ru", { byQuery: true }, "ru"], [null, { locale: "ru-RU" }, "ru"], [null, { locale: "de-DE" }, "kk"]];
  for (const [language, options, expected] of cases) {
    const { context, page } = await openPage(language, options);
    assert.equal(await page.getAttribute("html", "lang"), expected);
    assert.equal(await page.textContent("h1"), CATALOGS[expected]["page.heading"]);
    await context.close();
  }
});

test("every page carries the policy of headers.mjs, no looser than nothing-but-its-own-files, and runs under it", async () => {
  for (const name of ["index.html", "kk.html", "ru.html", "en.html"]) {
    const html = readFileSync(`${SITE}${name}`, "utf8");
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.equal(policy, META_POLICY, name);
  }
  // A floor that no edit of headers.mjs may go below: nothing by default, no request but the site's.
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
  // Each key's events are handled before its press returns, and the page's answer to a press is
  // immediate: a counted press writes the status, and the third empties the page before leaving.
  const status = await page.evaluate(() => document.getElementById("exit-status")?.textContent ?? "the page was emptied");
  assert.equal(status, "", "no press counted after Shift+Tab ×3 and capitals");
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
        await page.evaluate(() => /** @type {HTMLElement} */ (document.getElementById("result-heading")).scrollIntoView({ block: "start" }));
        // The button goes once the headline is in sight (the observer reports a frame later).
        await page.waitForFunction(() => /** @type {HTMLElement} */ (document.getElementById("to-result")).hidden);
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

test("reflow at 320 px and text at 200 %: nothing needs sideways scrolling, and the header leaves room", async () => {
  for (const language of LANGUAGES) {
    for (const { width, textScale } of [{ width: 320, textScale: "100%" }, { width: 360, textScale: "200%" }, { width: 1280, textScale: "200%" }]) {
      const { context, page } = await openPage(language, { width, height: 780 });
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
      // A header that stays on screen takes at most a fifth of the window.
      const header = await page.evaluate(() => ({ height: /** @type {HTMLElement} */ (document.querySelector(".top")).offsetHeight, sticky: getComputedStyle(/** @type {Element} */ (document.querySelector(".top"))).position === "sticky" }));
      assert.ok(!header.sticky || header.height <= 780 / 5, `${language}, ${width} px, text ${textScale}: a sticky header of ${header.height} px`);
      await context.close();
    }
  }
});

/**
 * In the page: every line break that cuts a word, not at a space, a dash or a soft hyphen:
 * ["the line's end|the next line's start", …]. Text nodes under `selector`; a hyphenating
 * browser would add its hyphen, but Debian's Chromium has no hyphenation dictionary.
 */
function cutWords(selector) {
  const cuts = [];
  const walker = document.createTreeWalker(/** @type {Node} */ (document.querySelector(selector)), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lineOf = (node, index) => {
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    // The last box: a character after a hyphenation point also reports the hyphen drawn before it.
    return [...range.getClientRects()].at(-1)?.top;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = /** @type {Text} */ (node).data;
    let previous = lineOf(node, 0);
    for (let index = 1; index < words.length; index += 1) {
      const line = lineOf(node, index);
      if (line === undefined || previous === undefined) {
        previous = line;
        continue;
      }
      if (line > previous + 1 && !/[\s\u00ad\-–—/]/.test(words[index - 1]) && !/\s/.test(words[index])) {
        cuts.push(`${words.slice(Math.max(0, index - 12), index)}|${words.slice(index, index + 12)}`);
      }
      previous = line;
    }
  }
  return cuts;
}

test("at 100 % text on a 360 px phone no word is cut without a hyphen: the questions, the result, the rules' table", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language, { width: 360, height: 780 });
    await answerWithMouse(page, V8.answers);
    await page.locator(".your-answers .answer").first().waitFor();
    assert.deepEqual(await page.evaluate(cutWords, "main"), [], `${language}: words cut`);
    await context.close();
  }
});

test("words wrap with hyphens where the browser knows the language", async () => {
  const { context, page } = await openPage("ru", { width: 360, height: 780 });
  const hyphens = await page.evaluate(() => ["main p", ".radio label", ".tiers th", ".tiers td", "h1", "h2"].map((selector) => getComputedStyle(/** @type {Element} */ (document.querySelector(selector))).hyphens));
  assert.deepEqual(hyphens, Array(6).fill("auto"));
  await context.close();
});

/** At `textScale` (as the reflow test emulates a browser's text size), a page answered with V8 on a 360 × 780 phone. */
async function phoneAtTextSize(language, textScale) {
  const opened = await openPage(language, { width: 360, height: 780 });
  await opened.page.evaluate((scale) => { document.documentElement.style.fontSize = scale; }, textScale);
  await answerWithMouse(opened.page, V8.answers);
  await opened.page.locator(".your-answers .answer").first().waitFor();
  return opened;
}

test("your answers on a 360 px phone: the Change link beside each answer, and under it at 200 % text", async () => {
  for (const language of LANGUAGES) {
    for (const [textScale, stacked] of [["100%", false], ["200%", true]]) {
      const { context, page } = await phoneAtTextSize(language, textScale);
      const rows = await page.locator(".your-answers .answer").evaluateAll((answers) => answers.map((row) => {
        const box = (selector) => /** @type {Element} */ (row.querySelector(selector)).getBoundingClientRect();
        const answer = box("dd:not(.change-cell)"), change = box(".change-cell");
        return { question: row.getAttribute("data-question"), answerWidth: answer.width, rowWidth: row.getBoundingClientRect().width, below: change.top >= answer.bottom - 1 };
      }));
      for (const row of rows) {
        const where = `${language}, text ${textScale}, ${row.question}`;
        assert.equal(row.below, stacked, `${where}: the Change link ${stacked ? "under" : "beside"} the answer`);
        // Stacked, the answer has the row's whole width, not what a Change column leaves it.
        if (stacked) assert.ok(row.answerWidth >= row.rowWidth * 0.95, `${where}: the answer ${row.answerWidth} px of ${row.rowWidth}`);
      }
      await context.close();
    }
  }
});

test("\"See your result\" at 200 % text on a 360 × 780 phone: one line, at most a fifth of the window", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await phoneAtTextSize(language, "200%");
    // Back at the answer just given, the result below: where the button shows.
    await page.evaluate(() => {
      /** @type {HTMLElement} */ (document.activeElement).blur();
      /** @type {HTMLElement} */ (document.getElementById("question-amount")).scrollIntoView({ block: "start" });
    });
    await page.waitForFunction(() => !(/** @type {HTMLElement} */ (document.getElementById("to-result")).hidden));
    const button = await page.evaluate(() => {
      const shown = /** @type {HTMLElement} */ (document.getElementById("to-result"));
      const style = getComputedStyle(shown);
      return { height: shown.getBoundingClientRect().height, lines: Math.round((shown.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight)), fits: shown.scrollWidth <= shown.clientWidth, label: shown.innerText };
    });
    assert.ok(button.height <= 780 / 5, `${language}: the button ${button.height} px tall`);
    assert.equal(button.lines, 1, `${language}: one line`);
    assert.ok(button.fits, `${language}: its label "${button.label}" whole, not cut`);
    assert.ok([CATALOGS[language]["result.jump"], CATALOGS[language]["result.jump.short"]].includes(button.label.replace(/\s*↓$/, "")), `${language}: ${button.label}`);
    assert.deepEqual(await axeViolations(page), [], `${language}: the button shown at 200 %`);
    await context.close();
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
    await page.locator("#inForceDate-year").waitFor();
    // The markup's questions, in the page's language, before any script ran.
    assert.equal(await page.textContent("#question-offense h2"), CATALOGS[language]["question.offense"]);
    assert.equal(await page.locator("#calculator[data-ready]").count(), 0, "the script has not run");
    const row = vector("V8");
    await answerWithMouse(page, pageAnswersOf(row));
    const layoutBefore = await page.evaluate(() => window.layoutShift);
    release();
    await page.locator("#calculator[data-ready]").waitFor();
    await page.locator("[data-testid=amount]").waitFor();
    assert.equal(await page.textContent("[data-testid=amount]"), shownReward(language, row.tenge), `${language}: computed from the answers given before`);
    assert.deepEqual(
      await Promise.all(["day", "month", "year"].map((part) => page.inputValue(`#inForceDate-${part}`))),
      ["01", "03", "2025"], "the typed date is kept",
    );
    assert.equal(await page.inputValue("#amount"), row.amount);
    // Taking over moves nothing the person sees (the result appearing is their answers' doing).
    assert.ok(layoutBefore <= 0.01, `${language}: layout shift before the script ${layoutBefore}`);
    await context.close();
  }
});

test("a verdict's line typed before the script arrived is read once the reader comes, and the case computed from it", async () => {
  const context = await running.browser.newContext({ viewport: { width: 360, height: 780 } });
  const release = await holdPageScript(context);
  const page = await context.newPage();
  await page.goto(`${running.site.url}ru.html`, { waitUntil: "commit" });
  await page.locator("#verdictLine").waitFor();
  // Press case K (V1): its line instead of its category.
  const { offense, ...answers } = pageAnswersOf(vector("V1"));
  await answerWithMouse(page, answers);
  await page.fill("#verdictLine", "ч.3 ст.24, п.2 ч.3 ст.190 УК РК");
  release();
  await page.locator("#calculator[data-ready]").waitFor();
  await page.waitForFunction(() => document.getElementById("verdictLine")?.dataset.source?.includes("ст.190"));
  assert.ok((await page.locator("#verdictLine-read").innerText()).includes(CATALOGS.ru["line.kind.attempt"]));
  assert.equal(await page.isChecked(`#offense-${offense}`), true, "the category the line implies, chosen");
  await page.locator("[data-testid=amount]").waitFor();
  assert.equal(await page.textContent("[data-testid=amount]"), shownReward("ru", vector("V1").tenge));
  await context.close();
});

test("an answer mistyped before the script arrived shows its error when it does", async () => {
  const context = await running.browser.newContext();
  const release = await holdPageScript(context);
  const page = await context.newPage();
  await page.goto(`${running.site.url}en.html`, { waitUntil: "commit" });
  await page.locator("#amount").waitFor();
  await answerWithMouse(page, { ...pageAnswersOf(vector("V8")), amount: "5 000 000,505" });
  release();
  await page.locator("#calculator[data-ready]").waitFor();
  assert.equal(await page.isVisible("#error-summary"), true);
  assert.equal(await page.textContent("#amount-error"), CATALOGS.en["error.too_many_decimals"]);
  await context.close();
});

test("the script, arriving on a page nobody touched, moves nothing and fills in no date (R14)", async () => {
  const context = await running.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(countLayoutShifts);
  await page.goto(`${running.site.url}ru.html`);
  await page.locator("#calculator[data-ready]").waitFor();
  // The script's taking over is done when it marks the page ready; what it moved shows, and is
  // counted, in the frames after: measured once the page has stopped moving.
  await untilStill(page);
  const shifted = await page.evaluate(() => window.layoutShift);
  assert.ok(shifted <= 0.01, `layout shift ${shifted}`);
  // No date has a value before the person types one: a date they did not type would be taken for theirs.
  const filled = await page.evaluate(() => [...document.querySelectorAll("input[data-date]")].filter((input) => /** @type {HTMLInputElement} */ (input).value !== "").map((input) => input.id));
  assert.deepEqual(filled, []);
  assert.equal(await page.textContent("#inForceDate-read"), "", "no date read back before one is typed");
  await context.close();
});
