// The answer page as a citizen meets it, most often on a phone (adb8e82): the result in
// reach after the last answer, what to do next right below it, the answers with a way back,
// the working folded and without noise, the chart readable at 360 px, dates said back as read,
// and the result kept privately (copied, printed). Headless Chromium; the three engines walk
// the journeys in journeys.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { siteAndBrowser, openPageIn, answerWithMouse, typeDate } from "../support/browser.mjs";
import { vector, pageAnswersOf } from "../support/vectors.mjs";
import { shownTenge, shownReward, LANGUAGES } from "../support/shown.mjs";
import { SHOWN_CATALOGS as CATALOGS } from "../support/catalogs.mjs";
import { TYPING_PAUSE_MS } from "../../www/page/js/pause.js";

const { ru, en } = CATALOGS;
const running = siteAndBrowser();
const openPage = (language, options) => openPageIn(running, language, options);
const PHONE = { width: 360, height: 780 };
/** "Read as KZT 5,000,000": what the English page says under the amount field for `tenge`. */
const readAs = (tenge) => en["amount.read"].replace("{amount}", shownTenge("en", tenge));

/**
 * Resolves once the page's intersection observers (reach.js's, which shows and hides "See your
 * result") have reported on the page as it is now: a new observer's first report is computed in
 * the same rendering step as theirs and delivered with them, after the observers made before it.
 */
const observersReported = (page) => page.evaluate(() => new Promise((done) => {
  const probe = new IntersectionObserver(() => {
    probe.disconnect();
    done(undefined);
  });
  probe.observe(document.body);
}));

/** Whether the whole of the element `selector` matches is inside the window. */
const inWindow = (page, selector) => page.evaluate((wanted) => {
  const box = document.querySelector(wanted).getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
}, selector);

test("on a 360 × 780 phone, after the last answer, one labelled control brings the result's headline into sight", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language, PHONE);
    // The date of entry into force is the last answer given (found on the verdict once the
    // rest was answered): the questions after it lie between it and the result.
    await answerWithMouse(page, { verdict: "in_force", reporter: "citizen", offense: "grave", amount: "none" });
    await typeDate(page, "inForceDate", "2025-05-20");
    assert.equal(await inWindow(page, "#result-live .amount"), false, `${language}: the headline starts below`);
    assert.equal(await page.getAttribute("#result-live", "aria-live"), "polite", "screen readers hear it");
    const control = page.locator("#to-result");
    assert.equal(await control.innerText(), CATALOGS[language]["result.jump"], `${language}: the whole label, at 100 % text`);
    assert.equal(await inWindow(page, "#to-result"), true, `${language}: the control is in sight`);
    await control.click();
    await page.waitForFunction(() => document.activeElement?.id === "result-heading");
    assert.equal(await inWindow(page, "#result-live .amount"), true, `${language}: the headline is in sight`);
    assert.equal(await inWindow(page, "#result-heading"), true, `${language}: its heading too, not under the sticky header`);
    await page.waitForFunction(() => /** @type {HTMLElement} */ (document.getElementById("to-result")).hidden, null, { timeout: 2000 });
    // What to do next comes right after the headline; the working is folded.
    assert.equal(await page.evaluate(() => document.querySelector("#result-details")?.firstElementChild?.classList.contains("next-steps")), true);
    assert.equal(await page.getAttribute("#working", "open"), null);
    await context.close();
  }
});

test("the chart at 360 px: its text at least 12 CSS px, nothing cut off at the edge", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language, PHONE);
    // A case near the cap puts "your case" at the right of the chart.
    await answerWithMouse(page, { ...pageAnswersOf(vector("V8")), amount: "150000000" });
    await page.click("#chart summary");
    await page.locator("svg.chart").waitFor();
    const texts = await page.evaluate(() => {
      const svg = /** @type {SVGSVGElement} */ (document.querySelector("svg.chart"));
      const frame = svg.getBoundingClientRect();
      const scale = frame.width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll("text")].map((text) => {
        const box = text.getBoundingClientRect();
        return {
          text: text.textContent,
          size: parseFloat(getComputedStyle(text).fontSize) * scale,
          inside: box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5 && box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5,
        };
      });
    });
    assert.ok(texts.some(({ text }) => text === CATALOGS[language]["chart.you"]), "your case is marked");
    for (const { text, size, inside } of texts) {
      assert.ok(size >= 12, `${language}: "${text}" is ${size.toFixed(1)} px`);
      assert.ok(inside, `${language}: "${text}" is cut off`);
    }
    await context.close();
  }
});

test("the chart's table says the step over 1,000 MCI in words, in one currency notation", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, pageAnswersOf(vector("V8")));
  await page.click("#chart summary");
  await page.locator("svg.chart").waitFor();
  const amounts = await page.locator(".chart-table tbody td:first-child").allTextContents();
  assert.ok(amounts.some((cell) => cell.includes("(just over 1,000\u00a0MCI)")), amounts.join(" | "));
  assert.ok(amounts.every((cell) => cell.startsWith("KZT") && !cell.includes("₸")), amounts.join(" | "));
  await context.close();
});

test("your answers, on screen: each with a Change link that goes back to its question", async () => {
  const { context, page } = await openPage("en");
  const row = vector("V8");
  await answerWithMouse(page, pageAnswersOf(row));
  const rows = page.locator(".your-answers .answer");
  assert.equal(await rows.count(), 5);
  const shown = await page.locator(".your-answers dd:not(.change-cell)").allTextContents();
  assert.deepEqual(shown, [en["verdict.in_force"], "1 March 2025", en["reporter.citizen"], en["offense.grave"], shownTenge("en", "5000000")]);
  // The link names its question for a screen reader.
  assert.equal(await rows.nth(3).locator(".change").textContent(), `${en["summary.change"]}: ${en["question.offense"]}`);
  await rows.nth(3).locator(".change").click();
  assert.equal(await page.evaluate(() => /** @type {HTMLInputElement} */ (document.activeElement).id), "offense-grave");
  await rows.nth(4).locator(".change").click();
  assert.equal(await page.evaluate(() => /** @type {HTMLInputElement} */ (document.activeElement).id), "amount");
  await rows.nth(1).locator(".change").click();
  assert.equal(await page.evaluate(() => /** @type {HTMLInputElement} */ (document.activeElement).id), "inForceDate-day");
  await context.close();
});

test("the verdict's line the person typed is one of their answers: on screen, copied and printed, labelled as its field", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language, { permissions: ["clipboard-read", "clipboard-write"] });
    const t = (key) => CATALOGS[language][key];
    const line = "ч.3 ст.24, п.2 ч.3 ст.190 УК РК";
    await page.check("#verdict-in_force");
    await page.fill("#verdictLine", line);
    // The line read chooses the category (grave); the rest answered as V8.
    await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.getElementById("offense-grave")).checked);
    await answerWithMouse(page, { ...pageAnswersOf(vector("V8")), verdict: undefined, offense: undefined });
    const row = page.locator('.your-answers .answer[data-question="verdictLine"]');
    await row.waitFor();
    assert.equal(await row.locator("dt").textContent(), t("verdictLine.label"), language);
    assert.equal(await row.locator("dd:not(.change-cell)").textContent(), line, language);
    // After the case's question, whose answer is the category the line implies.
    assert.deepEqual(await page.locator(".your-answers .answer").evaluateAll((rows) => rows.map((shown) => shown.getAttribute("data-question"))),
      ["question-verdict", "question-inForceDate", "question-reporter", "question-offense", "verdictLine", "question-amount"]);
    await row.locator(".change").click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "verdictLine", `${language}: Change goes back to the line`);
    await page.click(`text=${t("next.copy")}`);
    await page.locator(".copy-status").filter({ hasText: t("next.copied") }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.includes(`${t("verdictLine.label")}: ${line}`), `${language}: copied\n${copied}`);
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    assert.ok((await page.locator(".your-answers dl").innerText()).includes(line), `${language}: printed`);
    const pdf = await page.pdf({ format: "A4" });
    assert.equal(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length, 1, `${language}: still one page`);
    await context.close();
  }
});

test("copy the result: the clipboard holds exactly what is shown, with the product's name in the page's script", async () => {
  for (const language of ["kk", "en"]) {
    const { context, page, requests } = await openPage(language, { permissions: ["clipboard-read", "clipboard-write"] });
    const row = vector("V8");
    await answerWithMouse(page, pageAnswersOf(row));
    const before = requests.length;
    await page.click(`text=${CATALOGS[language]["next.copy"]}`);
    await page.locator(".copy-status").filter({ hasText: CATALOGS[language]["next.copied"] }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // What a person sees: the headline's lines, the answers, the working (opened), the date made.
    await page.click("#working summary");
    const shown = await page.evaluate(() => {
      const visible = (selector) => [...document.querySelectorAll(selector)].map((node) => node.innerText.trim());
      const answers = [...document.querySelectorAll(".your-answers .answer")].map((row) => `${row.querySelector("dt")?.textContent}: ${row.querySelector("dd")?.textContent}`);
      const steps = visible("#working .steps li").map((line, index) => `${index + 1}. ${line}`);
      return [...visible("#result-live > *"), "", ...visible(".your-answers h3"), ...answers, "", ...visible("#working summary"), ...steps, "", ...visible(".your-answers .made")].join("\n");
    });
    assert.equal(copied, shown);
    assert.ok(copied.includes(shownReward(language, row.tenge)), "the amount");
    assert.ok(copied.includes(CATALOGS[language]["product.name"]), `the name in ${language}'s script`);
    assert.equal(requests.length, before, "copying requests nothing");
    await context.close();
  }
});

test("dates are said back as read, in the page's language; a decision before the first Rules is explained, not flagged", async () => {
  const { context, page } = await openPage("ru");
  await answerWithMouse(page, pageAnswersOf(vector("V8")));
  assert.equal(await page.textContent("#inForceDate-read"), ru["date.read"].replace("{date}", "1 марта 2025 года"));
  assert.ok((await page.textContent("#question-inForceDate .hint")).includes("в приговоре"), "where the date is written");
  await typeDate(page, "inForceDate", "2011-05-10");
  // The day is the engine's (the first Rules, R2), in the page's words.
  assert.equal(await page.textContent("#result-live"), ru["error.no_regime"].replace("{date}", "4 сентября 2012 года"));
  assert.equal(await page.isVisible("#error-summary"), false, "not a mistake to fix");
  assert.equal(await page.locator("[aria-invalid]").count(), 0);
  await context.close();
});

test("an MCI date before the table says the table's first day, the engine's", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, pageAnswersOf(vector("V8")));
  await page.click("#question-inForceDate .more summary");
  await typeDate(page, "mciDate", "2011-01-01");
  assert.equal(await page.textContent("#mciDate-error"), en["error.mci_date_before_table"].replace("{date}", "1 January 2012"));
  await context.close();
});

test("Tab from the last field, typed fast, goes on into the result's details, not past them", async () => {
  // A window tall enough for the result to be in sight: "See your result" is not in the way.
  const { context, page } = await openPage("en", { width: 1280, height: 2400 });
  await answerWithMouse(page, { ...pageAnswersOf(vector("V8")), amount: "none" });
  await page.fill("#amount", "");
  await page.focus("#amount");
  // "5", "50"… are other amounts: the parts below the headline wait for a pause in the
  // typing; Tab (to the amount's other answers, then onwards) comes sooner than that pause.
  // Sooner for certain: the page's clock stands still (Playwright's, in place of its timers),
  // so the pause cannot end however slowly the keys arrive.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.type("5000000");
  assert.equal(await page.textContent("#amount-read"), "", "the reading still waits for the pause: the typing has not ended");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  // Then the pause ends: had Tab left the parts below waiting, they would be drawn now, over
  // the control the focus went to.
  await page.clock.runFor(TYPING_PAUSE_MS);
  const focus = await page.evaluate(() => ({ inDetails: Boolean(/** @type {HTMLInputElement} */ (document.activeElement).closest("#result-details")), text: /** @type {HTMLInputElement} */ (document.activeElement).textContent }));
  assert.equal(focus.inDetails, true, `the focus went to "${focus.text}"`);
  await context.close();
});

test("on a phone, \"See your result\" steps aside while a date is typed, and is back on Tab out of it", async () => {
  const { context, page } = await openPage("en", PHONE);
  // The date typed last, field by field, as a person who finds it on the verdict at the end.
  await answerWithMouse(page, { ...pageAnswersOf(vector("V8")), inForceDate: undefined });
  await page.focus("#inForceDate-day");
  const buttonShown = () => page.evaluate(() => !/** @type {HTMLElement} */ (document.getElementById("to-result")).hidden);
  for (const [part, next] of [["1", "Tab"], ["3", "Tab"], ["2025", null]]) {
    await page.keyboard.type(part);
    assert.equal(await buttonShown(), false, "not over the field typed in");
    if (next) await page.keyboard.press(next);
  }
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => !/** @type {HTMLElement} */ (document.getElementById("to-result")).hidden, null, { timeout: 2000 });
  assert.equal(await page.textContent("[data-testid=amount]"), shownTenge("en", "500000"), "the result is there, below");
  await context.close();
});

test("the working says unknowns in plain words and skips steps that change nothing", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, { verdict: "in_force", inForceDate: "2025-03-01", reporter: "citizen", offense: "unknown", amount: "unknown" });
  await page.click("#working summary");
  const steps = await page.locator(".steps li").allTextContents();
  assert.ok(steps.some((line) => line.startsWith(en["step.tier.range.unknown"].replace("{min}", "30").replace("{max}", "100"))), steps.join("\n"));
  assert.ok(!steps.some((line) => line.startsWith(`${en["offense.unknown"]}:`)), "not “I don't know: …”");
  // Rounding is said where it changes the figure: 10 % of 5,000,001.05 is 500,000.105 (Q7).
  await page.check("#offense-grave");
  await page.fill("#amount", "5000001.05");
  await page.press("#amount", "Tab");
  const rounded = await page.locator(".steps li").evaluateAll((items) => items.map((item) => [item.dataset.rule, item.textContent]));
  assert.ok(rounded.some(([rule, line]) => rule === "Q7" && line.includes("→ KZT\u00a0500,000.11")), rounded.join("\n"));
  assert.ok(!rounded.some(([rule]) => rule === "R4"), "the tier is not what is paid");
  await context.close();
});

test("page texts: the skip link says where it goes, the privacy promise folds its detail, the heading fits 320 px", async () => {
  for (const language of LANGUAGES) {
    const { context, page } = await openPage(language, { width: 320 });
    assert.equal(await page.textContent(".skip-link"), CATALOGS[language]["page.skip"]);
    assert.equal(await page.textContent(".privacy summary"), CATALOGS[language]["page.privacy"]);
    assert.equal(await page.isVisible(".privacy p"), false, "the detail folded");
    await page.click(".privacy summary");
    assert.equal(await page.isVisible(".privacy p"), true);
    const overflow = await page.evaluate(() => [...document.querySelectorAll("h1, h2, .amount")].filter((node) => node.scrollWidth > node.clientWidth).map((node) => node.textContent));
    assert.deepEqual(overflow, [], `${language}: headings wider than the page`);
    await context.close();
  }
});

test("a keystroke redraws only what it changes: the headline and one answer's words, not the rest", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, { ...pageAnswersOf(vector("V8")), amount: "5000000" });
  // Marks on the parts as drawn: a part drawn again is a new element, without the mark.
  await page.evaluate(() => { window.marked = new WeakSet(document.querySelectorAll("#result-details > *")); });
  await page.focus("#amount");
  await page.keyboard.press("End");
  await page.keyboard.press("0");
  await page.locator("[data-testid=amount]").filter({ hasText: "KZT\u00a05,000,000" }).waitFor();
  // The parts below the headline follow once the typing pauses.
  await page.locator('[data-question="question-amount"] dd').filter({ hasText: "KZT\u00a050,000,000" }).waitFor();
  const kept = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll("#result-details > *")].map((part) => [/** @type {HTMLElement} */ (part).dataset.part, window.marked.has(part)])));
  assert.deepEqual(kept, { next: true, caveats: true, answers: true, working: true, law: true, chart: true }, "kept as drawn");
  // Folded, the working and the chart are not drawn.
  assert.equal(await page.locator("#working .steps, #chart svg").count(), 0);
  // Opened, the working is the new one.
  await page.click("#working summary");
  await page.locator("#working .steps li").first().waitFor();
  assert.ok((await page.locator("#working .steps").innerText()).includes("KZT\u00a050,000,000"));
  await context.close();
});

test("typing changes the headline at once, and the reading under the field and the parts below it once the typing pauses", async () => {
  const { context, page } = await openPage("en");
  await answerWithMouse(page, { ...pageAnswersOf(vector("V8")), amount: "5000000" });
  const reading = page.locator("#amount-read");
  assert.equal(await reading.textContent(), readAs("5000000"));
  // Three keystrokes' input events within one task: no pause between them.
  const burst = await page.evaluate(() => {
    const below = new MutationObserver(() => {});
    below.observe(/** @type {HTMLElement} */ (document.getElementById("result-details")), { subtree: true, childList: true, characterData: true });
    const amount = /** @type {HTMLInputElement} */ (document.getElementById("amount"));
    const headlines = [];
    const readings = [];
    for (const typed of ["50000000", "500000", "50000000"]) {
      amount.value = typed;
      amount.dispatchEvent(new Event("input", { bubbles: true }));
      headlines.push(/** @type {HTMLElement} */ (document.querySelector("[data-testid=amount]")).textContent);
      readings.push(/** @type {HTMLElement} */ (document.getElementById("amount-read")).textContent);
    }
    return { headlines, readings, changedBelow: below.takeRecords().length };
  });
  assert.equal(burst.headlines[0], "KZT\u00a05,000,000");
  assert.notEqual(burst.headlines[1], burst.headlines[0], "each keystroke's headline at once");
  assert.equal(burst.headlines[2], burst.headlines[0]);
  assert.deepEqual(burst.readings, Array(3).fill(readAs("5000000")), "the reading waits while the typing goes on");
  assert.equal(burst.changedBelow, 0, "nothing below the headline drawn while typing");
  const answer = page.locator('[data-question="question-amount"] dd').first();
  await answer.filter({ hasText: "KZT\u00a050,000,000" }).waitFor();
  assert.equal(await reading.textContent(), readAs("50000000"), "the burst's last amount, read back at the pause");
  // Printing straight after a keystroke prints that keystroke's answers, and its reading.
  await page.evaluate(() => {
    const amount = /** @type {HTMLInputElement} */ (document.getElementById("amount"));
    amount.value = "7000000";
    amount.dispatchEvent(new Event("input", { bubbles: true }));
    dispatchEvent(new Event("beforeprint"));
  });
  assert.equal(await answer.textContent(), "KZT\u00a07,000,000");
  assert.equal(await reading.textContent(), readAs("7000000"));
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await context.close();
});

test("\"See your result\" shows while the headline is below its band, and never covers one in sight", async () => {
  const { context, page } = await openPage("en", PHONE);
  await answerWithMouse(page, { verdict: "in_force", inForceDate: "2025-05-20", reporter: "citizen", offense: "grave", amount: "none" });
  /** Scrolls the headline's top to `fromBottom` px above the window's bottom; whether the button shows then. */
  const buttonWithHeadlineAt = async (fromBottom) => {
    await page.evaluate((above) => scrollBy(0, /** @type {HTMLElement} */ (document.getElementById("result-live")).getBoundingClientRect().top - (innerHeight - above)), fromBottom);
    await observersReported(page);
    return page.isVisible("#to-result");
  };
  assert.equal(await buttonWithHeadlineAt(30), true, "its top under the button's band: the button shows");
  assert.equal(await buttonWithHeadlineAt(120), false, "its status line in sight: the button would hide the amount");
  assert.equal(await buttonWithHeadlineAt(30), true, "scrolled back: shown again");
  await context.close();
});

test("\"See your result\" is not taken away from under the keyboard's focus", async () => {
  const { context, page } = await openPage("en", PHONE);
  await answerWithMouse(page, { verdict: "in_force", reporter: "citizen", offense: "grave", amount: "none" });
  await typeDate(page, "inForceDate", "2025-05-20");
  await page.focus("#to-result");
  // The headline comes into sight some other way (a scroll) while the button has the focus.
  await page.evaluate(() => /** @type {HTMLElement} */ (document.getElementById("result-heading")).scrollIntoView());
  await observersReported(page);
  assert.equal(await page.evaluate(() => /** @type {HTMLInputElement} */ (document.activeElement).id), "to-result", "the focus stays");
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.activeElement?.id === "result-heading");
  await page.waitForFunction(() => /** @type {HTMLElement} */ (document.getElementById("to-result")).hidden, null, { timeout: 2000 });
  await context.close();
});
