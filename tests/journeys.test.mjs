// A citizen's journeys through the page in each engine citizens use (tests/engines.mjs), all
// through WebDriver: the cases of tests/vectors.md answered with clicks and typing, each in a
// language, the amount read off the page; a case with the keyboard alone; a case answered
// before the page's script arrives (held back by the server); a wrong amount; a language
// switch; the page in a gov.kz frame growing to fit; the offline file from disk.
// After each: no cookie, no storage, and (the dev server's own record) no request but the
// site's own files, none after the first result. Screenshots: target/screenshots/<engine>/.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { By, Key, until } from "selenium-webdriver";
import { ENGINES, startBrowser, setViewport } from "./engines.mjs";
import { filesUnder, framedBy, holdBack, isPageScript, SITE } from "./browser.mjs";
import { serve } from "../www/tools/server.mjs";
import { ROOT } from "../www/tools/paths.mjs";
import { vector, answersOf } from "./vectors.mjs";
import { shownReward, LANGUAGES } from "./shown.mjs";
import { SHOWN_CATALOGS as CATALOGS } from "./catalogs.mjs";

const { ru } = CATALOGS;
const OWN_FILES = new Set(["/", ...filesUnder(SITE).map((path) => `/${path}`)]);
const WAIT = 10_000;

/**
 * The cases: 70 MCI for a grave case without a bribe (V1), 10 % (V8), the cap (V24), pending
 * (V15), an acquittal (V16a), a public servant offered a bribe (V3), nothing known (V23), and
 * 2014's tiers-only rules with a large bribe (V25). Each in a language, in turn.
 */
const CASES = ["V1", "V8", "V24", "V15", "V16a", "V3", "V23", "V25"].map((id, index) => ({ row: vector(id), language: LANGUAGES[index % LANGUAGES.length] }));

/** Waits until the page (or the frame the driver is in) shows its calculator. */
const calculatorShown = (driver) => driver.wait(async () => driver.executeScript("return document.getElementById('calculator')?.hasAttribute('data-ready') === true"), WAIT);

/** Opens a page of the site and waits for the calculator. */
async function open(driver, url) {
  await driver.get(url);
  await calculatorShown(driver);
}

/**
 * The element with `id`, once the page has made it and shows it, in the window's view. In a
 * frame as tall as its content (the gov.kz embed) that takes scrolling the host page: WebKit
 * scrolls no page but the frame's own, and clicks outside the window miss.
 */
async function shown(driver, id, frame = null) {
  const element = await driver.wait(until.elementLocated(By.id(id)), WAIT);
  await driver.wait(until.elementIsVisible(element), WAIT);
  // In the middle of the view, as a person scrolls to what they tap: on a phone the page's
  // header stays at the top (the exit within reach), and WebKit's driver would otherwise
  // click under it.
  await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
  if (frame) {
    const top = await driver.executeScript("return arguments[0].getBoundingClientRect().top", element);
    await driver.switchTo().defaultContent();
    await driver.executeScript("window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY + arguments[1] - 200)", frame, top);
    await driver.switchTo().frame(frame);
  }
  return element;
}

async function typeInto(driver, id, text, frame = null) {
  const field = await shown(driver, id, frame);
  await field.clear();
  await field.sendKeys(text);
  return field;
}

/** A date typed as a person would: day, month and year into their own fields, then onwards. */
async function typeDate(driver, field, iso, frame = null) {
  const [year, month, day] = iso.split("-");
  await typeInto(driver, `${field}-day`, day, frame);
  await typeInto(driver, `${field}-month`, month, frame);
  const yearField = await typeInto(driver, `${field}-year`, year, frame);
  await yearField.sendKeys(Key.TAB);
}

/**
 * Answers a vector's questions with clicks and typing; after an acquittal nothing more is
 * asked. `frame`: the iframe element the page is in, when it is framed.
 */
async function answer(driver, row, frame = null) {
  await (await shown(driver, `verdict-${row.verdict}`, frame)).click();
  if (row.verdict === "acquitted") return;
  const answers = answersOf(row);
  for (const name of ["reporter", "offense"]) await (await shown(driver, `${name}-${answers[name]}`, frame)).click();
  if (["none", "unknown"].includes(answers.amount)) await (await shown(driver, `amount-${answers.amount}`, frame)).click();
  else await (await typeInto(driver, "amount", answers.amount, frame)).sendKeys(Key.TAB);
  await typeDate(driver, "decisionDate", answers.decisionDate, frame);
}

/** The status and the amount the page shows, once it shows `expected` (or gives up). */
async function result(driver, expected) {
  const read = () => driver.executeScript(`return {
    status: document.querySelector("#result-live .status")?.className.replace(/.*status-/, "") ?? null,
    amount: document.querySelector("[data-testid=amount]")?.textContent ?? null,
  }`);
  try {
    // Field by field: engines return an object's keys in different orders.
    await driver.wait(async () => {
      const { status, amount } = await read();
      return status === expected.status && amount === expected.amount;
    }, WAIT);
  } catch {
    // Fall through: the assertion shows what was there instead.
  }
  return read();
}

const expectedFor = (row, language) => ({
  status: row.status,
  amount: row.status === "not_eligible" ? null : shownReward(language, row.tenge),
});

/** Nothing of the visit is kept: no cookie, no storage, no database. */
async function assertNothingStored(driver, engine) {
  assert.deepEqual(await driver.manage().getCookies(), [], `${engine}: cookies`);
  const stored = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const databases = indexedDB.databases ? indexedDB.databases() : Promise.resolve([]);
    databases.then((list) => done({ local: localStorage.length, session: sessionStorage.length, databases: list.length }),
      () => done({ local: localStorage.length, session: sessionStorage.length, databases: -1 }));`);
  assert.deepEqual(stored, { local: 0, session: 0, databases: 0 }, `${engine}: storage`);
}

/** What the site served since `from`: only its own files, all found. */
function assertOwnFilesOnly(site, from, engine) {
  for (const { path, status } of site.served.slice(from)) {
    assert.ok(OWN_FILES.has(path), `${engine} asked for ${path}, no file of the site`);
    assert.equal(status, 200, `${engine}: ${path}`);
  }
}

/**
 * A phone's screen: the language's page in a 360 × 780 px frame. Firefox's window cannot be made
 * narrower than 500 px, WebKitGTK's than about 450; a frame is 360 px in every engine.
 */
const PHONE_PAGES = Object.fromEntries(LANGUAGES.map((language) => [`/phone-${language}.html`,
  `<!doctype html><html lang="en"><title>A phone</title><body style="margin:0"><iframe src="${language}.html" title="The calculator on a phone" style="width:360px;height:780px;border:0"></iframe>`]));

/** Opens the language's page on the phone and goes into it; resolves to the frame. */
async function openPhone(driver, site, language) {
  await setViewport(driver, 1280, 900);
  await driver.get(`${site.url}phone-${language}.html`);
  const frame = await driver.wait(until.elementLocated(By.css("iframe")), WAIT);
  await driver.switchTo().frame(frame);
  await calculatorShown(driver);
  return frame;
}

/**
 * The result on screen, saved as target/screenshots/<engine>/<name>-<width>.png: the window at
 * 1280 px, or (`phoneFrame`, from inside it) the phone. WebKitGTK draws the sticky header of a
 * frame black in the frame's own screenshot, though not on screen: for WebKit the phone is
 * the window's screenshot, the phone at its left.
 */
async function screenshot(driver, engine, name, phoneFrame = null) {
  const folder = join(ROOT, "target", "screenshots", engine);
  mkdirSync(folder, { recursive: true });
  await driver.executeScript("document.getElementById('result')?.scrollIntoView()");
  // WebKit can show the frame before a click's effect: two frames later it is there.
  await driver.executeAsyncScript("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done))");
  const width = await driver.executeScript("return window.innerWidth");
  if (phoneFrame) await driver.switchTo().defaultContent();
  const image = phoneFrame && engine !== "webkit" ? await phoneFrame.takeScreenshot() : await driver.takeScreenshot();
  writeFileSync(join(folder, `${name}-${width}.png`), image, "base64");
}

/**
 * Keys as a person presses them; `tabTo(wanted, what)` tabs until `wanted(focus)` holds,
 * `chooseFirst(name)` answers a radio group with its first option.
 */
function keyboard(driver, engine) {
  const press = (...keys) => driver.actions().sendKeys(...keys).perform();
  const focused = () => driver.executeScript("const focus = document.activeElement; return { id: focus.id, name: focus.name ?? null, tag: focus.tagName }");
  const tabTo = async (wanted, what) => {
    for (let presses = 0; presses < 60; presses += 1) {
      await press(Key.TAB);
      if (wanted(await focused())) return;
    }
    assert.fail(`${engine}: Tab never reached ${what}`);
  };
  /** Tabs to the radio group `name` and takes the option the focus lands on, its first. */
  const chooseFirst = async (name) => {
    await tabTo((focus) => focus.name === name, name);
    await press(Key.SPACE);
  };
  return { press, focused, tabTo, chooseFirst };
}

for (const engine of ENGINES) {
  describe(engine, () => {
    let driver, site;
    before(async () => {
      site = await serve({ extraRoutes: PHONE_PAGES });
      driver = await startBrowser(engine);
    });
    after(async () => {
      await driver?.quit();
      site?.server.close();
    });

    for (const { row, language } of CASES) {
      test(`${engine}: ${row.id} (${row.case}) in ${language}, at 1280 and 360 px`, async () => {
        await setViewport(driver, 1280, 900);
        const from = site.served.length;
        await open(driver, `${site.url}${language}.html`);
        await answer(driver, row);
        assert.deepEqual(await result(driver, expectedFor(row, language)), expectedFor(row, language));
        const atResult = site.served.length;
        // Another look at the answers, as a person checks them: no request either.
        await driver.executeScript("document.getElementById('questions').scrollIntoView()");
        await screenshot(driver, engine, `${row.id}-${language}`);
        assert.equal(site.served.length, atResult, `${engine}: a request after the result`);
        assertOwnFilesOnly(site, from, engine);
        await assertNothingStored(driver, engine);

        const phone = await openPhone(driver, site, language);
        await answer(driver, row);
        assert.deepEqual(await result(driver, expectedFor(row, language)), expectedFor(row, language), "on the phone");
        const overflow = await driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assert.ok(overflow <= 0, `${engine} ${language}: ${overflow} px too wide at 360 px`);
        await screenshot(driver, engine, `${row.id}-${language}`, phone);
      });
    }

    test(`${engine}: on a phone, after the last answer, "See your result" brings the headline into sight`, async () => {
      await openPhone(driver, site, "kk");
      for (const id of ["verdict-in_force", "reporter-citizen", "offense-grave", "amount-none"]) await (await shown(driver, id)).click();
      const inSight = (selector) => driver.executeScript(`const box = document.querySelector("${selector}")?.getBoundingClientRect();
        return Boolean(box && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight)`);
      await driver.wait(async () => inSight("#to-result"), WAIT).catch(() => {});
      assert.equal(await inSight("#result-live .amount"), false, `${engine}: the headline starts below the last answer`);
      assert.equal(await inSight("#to-result"), true, `${engine}: the control is in sight`);
      await driver.findElement(By.id("to-result")).click();
      await driver.wait(async () => inSight("#result-live .amount"), WAIT).catch(() => {});
      assert.equal(await inSight("#result-live .amount"), true, `${engine}: the headline is in sight`);
      assert.equal(await driver.executeScript("return document.activeElement.id"), "result-heading");
    });

    test(`${engine}: on a phone, "See your result" goes when a jump passes over the headline`, async () => {
      await openPhone(driver, site, "en");
      for (const id of ["verdict-in_force", "reporter-citizen", "offense-grave", "amount-none"]) await (await shown(driver, id)).click();
      const buttonShown = () => driver.executeScript(`return !document.getElementById("to-result").hidden`);
      await driver.wait(buttonShown, WAIT).catch(() => {});
      assert.equal(await buttonShown(), true, `${engine}: shown while the headline is below`);
      // As Tab from the last answer to the result's first control does: the window jumps.
      await driver.executeScript(`document.querySelector(".keep .secondary-button").focus()`);
      assert.equal(await driver.executeScript(`return document.getElementById("result-live").getBoundingClientRect().bottom < 0`), true, `${engine}: the headline is above`);
      await driver.wait(async () => !(await buttonShown()), WAIT).catch(() => {});
      assert.equal(await buttonShown(), false, `${engine}: no "See your result ↓" for a result above`);
    });

    test(`${engine}: on a phone, "See your result" covers nothing of the amount typed or of its reading`, async () => {
      await openPhone(driver, site, "ru");
      const { press, tabTo, chooseFirst } = keyboard(driver, engine);
      for (const name of ["verdict", "reporter"]) await chooseFirst(name);
      await tabTo((focus) => focus.name === "offense", "the case");
      await press(Key.ARROW_DOWN);
      await tabTo((focus) => focus.id === "amount", "the amount");
      await press("3450000");
      const state = () => driver.executeScript(`const box = (id) => document.getElementById(id).getBoundingClientRect();
        const button = document.getElementById("to-result");
        return { read: document.getElementById("amount-read").textContent, readBottom: box("amount-read").bottom, buttonTop: button.hidden ? null : box("to-result").top };`);
      await driver.wait(async () => (await state()).read !== "", WAIT).catch(() => {});
      const typing = await state();
      assert.match(typing.read, /3\u00a0450\u00a0000/, `${engine}: the amount is read back`);
      assert.equal(typing.buttonTop, null, `${engine}: no button while the amount is typed`);
      // On to the amount's other answers: the result is still below, and the button back.
      await press(Key.TAB);
      await driver.wait(async () => (await state()).buttonTop !== null, WAIT).catch(() => {});
      const after = await state();
      assert.notEqual(after.buttonTop, null, `${engine}: "See your result" is back`);
      assert.ok(after.readBottom <= after.buttonTop, `${engine}: the reading (bottom ${after.readBottom} px) is under "See your result" (top ${after.buttonTop} px)`);
    });

    test(`${engine}: on a phone, Enter in the article helper finds the category and shows it`, async () => {
      await openPhone(driver, site, "ru");
      const { press, focused, tabTo, chooseFirst } = keyboard(driver, engine);
      for (const name of ["verdict", "reporter"]) await chooseFirst(name);
      await tabTo((focus) => focus.tag === "SUMMARY", "the helper");
      await press(Key.ENTER);
      await tabTo((focus) => focus.id === "article-number", "the article");
      await press("366");
      await tabTo((focus) => focus.id === "article-part", "the part");
      // A-V1: part 3 of Article 366 is grave.
      await press("3", Key.ENTER);
      const found = await driver.wait(async () => driver.executeScript("return document.getElementById('article-found').innerText.trim()"), WAIT).catch(() => "");
      assert.equal(found, CATALOGS.ru["article.finding.corruption"].replace("{category}", CATALOGS.ru["offense.grave"]), `${engine}: the finding`);
      assert.equal(await driver.findElement(By.id("offense-grave")).isSelected(), true, `${engine}: grave chosen`);
      assert.equal((await focused()).id, "article-part", `${engine}: the focus stays`);
      // Its first line at least, between the phone's sticky header and "See your result": the
      // focused field stays in sight too, and both do not always fit (Firefox keeps the field).
      const box = await driver.executeScript(`const button = document.getElementById("to-result");
        return { top: document.getElementById("article-found").getBoundingClientRect().top,
          above: document.querySelector(".top").getBoundingClientRect().bottom,
          below: button.hidden ? innerHeight : button.getBoundingClientRect().top };`);
      assert.ok(box.top >= box.above && box.top + 24 <= box.below, `${engine}: the finding in sight (${JSON.stringify(box)})`);
    });

    test(`${engine}: a case answered with the keyboard alone`, async () => {
      await setViewport(driver, 1280, 900);
      const row = vector("V8");
      await open(driver, `${site.url}en.html`);
      const { press, focused, tabTo } = keyboard(driver, engine);
      for (const name of ["verdict", "reporter", "offense"]) {
        await tabTo((focus) => focus.name === name, name);
        // Arrows move through a radio group and choose; the first one is chosen with Space.
        for (let steps = 0; steps < 10 && (await focused()).id !== `${name}-${row[name]}`; steps += 1) await press(Key.ARROW_DOWN);
        await press(Key.SPACE);
        assert.equal(await driver.findElement(By.id(`${name}-${row[name]}`)).isSelected(), true, `${engine}: ${name} by keyboard`);
      }
      await tabTo((focus) => focus.id === "amount", "the amount");
      await press(row.amount);
      await tabTo((focus) => focus.id === "decisionDate-day", "the decision date");
      const [year, month, day] = row.decisionDate.split("-");
      for (const part of [day, month, year]) {
        // Each field holds today's date: select it and type over it.
        await driver.executeScript("document.activeElement.select()");
        await press(part, Key.TAB);
      }
      assert.deepEqual(await result(driver, expectedFor(row, "en")), expectedFor(row, "en"));
    });

    test(`${engine}: answers given before the script arrives are kept and computed, and nothing moves`, async () => {
      // A server of its own, a new origin: the page's script is in no cache from the tests before.
      const { released, release } = holdBack();
      const slow = await serve({ holdBack: (path) => (isPageScript(path) ? released : null) });
      let notWaiting;
      try {
        // A session that does not wait for the page's load, which waits for the held script.
        notWaiting = await startBrowser(engine, { pageLoadStrategy: "none" });
        await notWaiting.get(`${slow.url}ru.html`);
        const row = vector("V8");
        await answer(notWaiting, row);
        assert.equal(await notWaiting.executeScript("return document.getElementById('calculator').hasAttribute('data-ready')"), false,
          `${engine}: answered before the script ran`);
        // Where each question and its fields are on the page (not in the window: answering scrolls).
        const places = () => notWaiting.executeScript(`return [...document.querySelectorAll("#questions fieldset, #questions input")]
          .map((element) => { const box = element.getBoundingClientRect();
            return [element.id || element.name, Math.round(box.left), Math.round(box.top + scrollY), Math.round(box.width), Math.round(box.height)].join(" "); })`);
        const before = await places();
        release();
        await calculatorShown(notWaiting);
        assert.deepEqual(await result(notWaiting, expectedFor(row, "ru")), expectedFor(row, "ru"), `${engine}: computed from the answers given before`);
        assert.equal(await notWaiting.findElement(By.id("amount")).getAttribute("value"), row.amount, "the typed amount is kept");
        assert.equal(await notWaiting.findElement(By.id("decisionDate-year")).getAttribute("value"), row.decisionDate.slice(0, 4),
          "the typed date is kept, not today's written over it");
        assert.deepEqual(await places(), before, `${engine}: the script taking over moved a question`);
      } finally {
        release();
        await notWaiting?.quit();
        slow.server.close();
      }
    });

    test(`${engine}: a wrong amount is named by its field and in the error summary`, async () => {
      await open(driver, `${site.url}ru.html`);
      const row = vector("V8");
      await answer(driver, row);
      await (await typeInto(driver, "amount", "0,500")).sendKeys(Key.TAB);
      const summary = await shown(driver, "error-summary");
      assert.equal(await summary.findElement(By.css("a")).getText(), ru["error.ambiguous"]);
      assert.equal(await driver.findElement(By.id("amount-error")).getText(), ru["error.ambiguous"]);
      assert.equal(await driver.findElement(By.id("amount")).getAttribute("aria-invalid"), "true");
      assert.equal((await driver.findElements(By.css("[data-testid=amount]"))).length, 0, "no stale result");
      await summary.findElement(By.css("a")).click();
      assert.equal(await driver.executeScript("return document.activeElement.id"), "amount", "the summary's link leads to the field");
    });

    test(`${engine}: switching language keeps the answers`, async () => {
      const row = vector("V8");
      await open(driver, `${site.url}en.html`);
      await answer(driver, row);
      await driver.findElement(By.css('.languages a[hreflang="kk"]')).click();
      await driver.wait(async () => (await driver.executeScript("return document.documentElement.lang")) === "kk", WAIT);
      assert.equal(await driver.findElement(By.id("amount")).getAttribute("value"), row.amount);
      assert.deepEqual(await result(driver, expectedFor(row, "kk")), expectedFor(row, "kk"));
      assert.equal(await driver.findElement(By.css("h1")).getText(), CATALOGS.kk["page.heading"]);
    });

    test(`${engine}: in a gov.kz page's frame, host.js grows the frame to fit the result`, async () => {
      const { host, close } = await framedBy((calculatorUrl) => `<!doctype html><html lang="ru"><title>A gov.kz page</title><h1>Host</h1>
<iframe data-syiaqy src="${calculatorUrl}ru.html" title="Калькулятор" style="width:100%;height:150px;border:0"></iframe>
<script src="${calculatorUrl}host.js"></script>`);
      try {
        await setViewport(driver, 1280, 900);
        await driver.get(host.url);
        const frame = await driver.wait(until.elementLocated(By.css("iframe[data-syiaqy]")), WAIT);
        const frameHeight = () => driver.executeScript("return document.querySelector('iframe').getBoundingClientRect().height");
        await driver.wait(async () => (await frameHeight()) > 150, WAIT);
        const before = await frameHeight();
        await driver.switchTo().frame(frame);
        const row = vector("V8");
        await calculatorShown(driver);
        await answer(driver, row, frame);
        assert.deepEqual(await result(driver, expectedFor(row, "ru")), expectedFor(row, "ru"));
        const contentHeight = await driver.executeScript("return document.documentElement.getBoundingClientRect().height");
        await driver.switchTo().defaultContent();
        await driver.wait(async () => Math.abs((await frameHeight()) - contentHeight) <= 2, WAIT).catch(() => {});
        const after = await frameHeight();
        assert.ok(after > before + 300, `${engine}: the frame grew (${before} → ${after})`);
        assert.ok(Math.abs(after - contentHeight) <= 2, `${engine}: the frame is as tall as its content (${after} vs ${contentHeight})`);
      } finally {
        close();
      }
    });

    test(`${engine}: the offline file opened from disk computes in each language`, async () => {
      const file = pathToFileURL(join(SITE, "syiaqy-offline.html")).href;
      const row = vector("V1");
      for (const language of LANGUAGES) {
        await open(driver, `${file}?lang=${language}`);
        await answer(driver, row);
        assert.deepEqual(await result(driver, expectedFor(row, language)), expectedFor(row, language), language);
      }
    });
  });
}
