// A citizen's journeys through the page in each engine citizens use (tests/support/engines.mjs), all
// through WebDriver: the cases of tests/vectors.md answered with clicks and typing, each in a
// language, the amount read off the page; a case with the keyboard alone; a case answered
// before the page's script arrives (held back by the server); a wrong amount; a language
// switch; the page in a gov.kz page's frame with host.js on a phone, the exit and the result
// within the phone's window; a case served by nginx with the production configuration; the
// offline file from disk.
// After each: no cookie, no storage, and (the dev server's own record) no request but the
// site's own files, none after the first result. Screenshots: target/screenshots/<engine>/.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { By, Key, until } from "selenium-webdriver";
import { ENGINES, startBrowser, setViewport } from "../support/engines.mjs";
import { filesUnder, framedBy, holdBack, isPageScript, SITE } from "../support/browser.mjs";
import { serve } from "../../www/tools/server.mjs";
import { serveWithNginx } from "../support/nginx.mjs";
import { ROOT } from "../../www/tools/paths.mjs";
import { vector, pageAnswersOf } from "../support/vectors.mjs";
import { headlineAmount, shownTenge, LANGUAGES } from "../support/shown.mjs";
import syiaqy from "../../www/tools/engine.mjs";
import { SHOWN_CATALOGS as CATALOGS } from "../support/catalogs.mjs";

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
 * Answers a vector's questions with clicks and typing, in the page's order; after an
 * acquittal nothing more is asked. `frame`: the iframe element the page is in, when it is
 * framed.
 */
async function answer(driver, row, frame = null) {
  await (await shown(driver, `verdict-${row.verdict}`, frame)).click();
  if (row.verdict === "acquitted") return;
  const answers = pageAnswersOf(row);
  if (answers.inForceDate) await typeDate(driver, "inForceDate", answers.inForceDate, frame);
  for (const name of ["reporter", "offense"]) await (await shown(driver, `${name}-${answers[name]}`, frame)).click();
  if (["none", "unknown"].includes(answers.amount)) await (await shown(driver, `amount-${answers.amount}`, frame)).click();
  else await (await typeInto(driver, "amount", answers.amount, frame)).sendKeys(Key.TAB);
  // "I don't know" the amount: nor on which side of 1,000 MCI it was (R15).
  if (answers.amount === "unknown") await (await shown(driver, "threshold-unknown", frame)).click();
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

/** What the headline shows for the row: its status, and its figure when it has one (R16). */
const expectedFor = (row, language) => ({ status: row.status, amount: headlineAmount(language, pageAnswersOf(row)) });

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
  for (const { path, status } of site.served.since(from)) {
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
/**
 * @param {import("selenium-webdriver").WebDriver} driver
 * @param {string} engine
 * @param {string} name
 * @param {import("selenium-webdriver").WebElement | null} [phoneFrame]
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
      site = await serve({ extraRoutes: PHONE_PAGES, record: true });
      driver = await startBrowser(engine);
    });
    after(async () => {
      await driver?.quit();
      site?.server.close();
    });

    for (const { row, language } of CASES) {
      test(`${engine}: ${row.id} (${row.case}) in ${language}, at 1280 and 360 px`, async () => {
        await setViewport(driver, 1280, 900);
        const from = site.served.count;
        await open(driver, `${site.url}${language}.html`);
        await answer(driver, row);
        assert.deepEqual(await result(driver, expectedFor(row, language)), expectedFor(row, language));
        const atResult = site.served.count;
        // Another look at the answers, as a person checks them: no request either.
        await driver.executeScript("document.getElementById('questions').scrollIntoView()");
        await screenshot(driver, engine, `${row.id}-${language}`);
        assert.equal(site.served.count, atResult, `${engine}: a request after the result`);
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
      // The date of entry into force found on the verdict and typed last, far above the result.
      for (const id of ["verdict-in_force", "reporter-citizen", "offense-grave", "amount-none"]) await (await shown(driver, id)).click();
      await typeDate(driver, "inForceDate", "2025-05-20");
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
      await typeDate(driver, "inForceDate", "2025-05-20");
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
      await chooseFirst("verdict");
      await tabTo((focus) => focus.id === "inForceDate-day", "the date");
      await press("20", Key.TAB, "05", Key.TAB, "2025");
      await chooseFirst("reporter");
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
      // On to the amount's other answers: "See your result" is back while the headline is
      // below, and never over the reading; or the headline, just under, is in sight already.
      await press(Key.TAB);
      const headlineInSight = () => driver.executeScript(`const box = document.getElementById("result-live").getBoundingClientRect();
        return box.top >= 0 && box.top < innerHeight - 72`);
      await driver.wait(async () => (await state()).buttonTop !== null || (await headlineInSight()), WAIT).catch(() => {});
      const after = await state();
      if (after.buttonTop === null) assert.equal(await headlineInSight(), true, `${engine}: no button, so the headline is in sight`);
      else assert.ok(after.readBottom <= after.buttonTop, `${engine}: the reading (bottom ${after.readBottom} px) is under "See your result" (top ${after.buttonTop} px)`);
    });

    /**
     * A case answered on the phone as a citizen holding the verdict would: its line of articles
     * pasted, the category it implies ticked once the typing pauses, what was read said back.
     */
    async function answerFromTheLine(language, { line, category, reporter, inForceDate, amount }) {
      const frame = await openPhone(driver, site, language);
      await (await shown(driver, "verdict-in_force")).click();
      await typeDate(driver, "inForceDate", inForceDate);
      await (await shown(driver, `reporter-${reporter}`)).click();
      await typeInto(driver, "verdictLine", line);
      const ticked = () => driver.executeScript(`return document.getElementById("offense-${category}").checked`);
      await driver.wait(ticked, WAIT).catch(() => {});
      assert.equal(await ticked(), true, `${engine} ${language}: "${line}" ticks ${category}`);
      const read = await driver.executeScript(`return document.getElementById("verdictLine-read").innerText`);
      assert.ok(read.includes(CATALOGS[language][`offense.${category}`]), `${engine} ${language}: the finding is said (${read})`);
      await (await shown(driver, `amount-${amount}`)).click();
      return { read, frame };
    }

    /** The headline's lines, by class. */
    const headlineLines = () => driver.executeScript(`return [...document.querySelectorAll("#result-live > *")].map((line) => [line.className, line.textContent])`);

    for (const [language, line] of [["ru", "ч.3 ст.24, п.2 ч.3 ст.190 УК РК"], ["kk", "Қылмыстық кодекстің 24-бабының 3-бөлігі, 190-бабы 3-бөлігінің 2) тармағы"]]) {
      test(`${engine}: press case K from the verdict's line in ${language} on a phone: 275,240 ₸, and the line for this year`, async () => {
        const answers = { verdict: "in_force", inForceDate: "2025-05-20", reporter: "citizen", offense: "grave", amount: "none" };
        const { read, frame } = await answerFromTheLine(language, { line, category: "grave", reporter: "citizen", inForceDate: answers.inForceDate, amount: "none" });
        // A7: the attempt (Art. 24) stands with the fraud, not as an article off the list.
        assert.ok(read.includes(CATALOGS[language]["line.kind.attempt"]), `${engine} ${language}: the attempt read (${read})`);
        assert.deepEqual(await result(driver, expectedFor(vector("V1"), language)), expectedFor(vector("V1"), language));
        // R14: a verdict of last year gets the amount if decided this year, when it differs.
        const later = syiaqy.estimate(answers).ifDecidedToday;
        const lines = await headlineLines();
        const laterLine = lines.find(([className]) => className.split(" ").includes("later"));
        if (later) assert.ok(laterLine?.[1].includes(shownTenge(language, later.reward.minTenge)), `${engine}: ${JSON.stringify(lines)}`);
        else assert.equal(laterLine, undefined);
        await screenshot(driver, engine, `K-line-${language}`, frame);
      });
    }

    test(`${engine}: case M from "ст. 676 КоАП РК", the public servant offered the bribe: the certificate first`, async () => {
      await answerFromTheLine("en", { line: "ст. 676 КоАП РК", category: "administrative", reporter: "public_servant_offered", inForceDate: "2024-08-15", amount: "none" });
      await driver.wait(async () => (await headlineLines()).length > 2, WAIT).catch(() => {});
      const lines = await headlineLines();
      assert.equal(lines[0][1], CATALOGS.en["doubt.E6"], `${engine}: the doubt leads (${JSON.stringify(lines)})`);
      assert.equal(lines[1][1], CATALOGS.en["status.if_cash"]);
      assert.equal(lines[2][1], shownTenge("en", "110760.00"), `${engine}: V3's cash tier, for reference`);
    });

    test(`${engine}: the amount not known, but not more than 1,000 MCI: one figure, not a range`, async () => {
      await openPhone(driver, site, "kk");
      // V30's answers: grave, in force on 1 March 2025, the amount not known.
      await answer(driver, { verdict: "in_force", decisionDate: "2025-03-01", reporter: "citizen", offense: "grave", amount: "unknown" });
      await (await shown(driver, "threshold-at_most_threshold")).click();
      const expected = { status: "eligible", amount: shownTenge("kk", "275240.00") };
      assert.deepEqual(await result(driver, expected), expected);
    });

    test(`${engine}: two answers given: no figure yet, and the questions left named`, async () => {
      await openPhone(driver, site, "ru");
      for (const id of ["verdict-in_force", "reporter-citizen"]) await (await shown(driver, id)).click();
      const said = () => driver.executeScript(`return { figure: document.querySelectorAll("#result-live [data-testid]").length,
        left: [...document.querySelectorAll("#result-live .missing a")].map((link) => link.textContent) }`);
      const left = [ru["question.inForceDate"], ru["question.offense"], ru["question.amount"]];
      await driver.wait(async () => (await said()).left.length === 3, WAIT).catch(() => {});
      assert.deepEqual(await said(), { figure: 0, left });
    });

    test(`${engine}: a case answered with the keyboard alone`, async () => {
      await setViewport(driver, 1280, 900);
      const row = vector("V8");
      await open(driver, `${site.url}en.html`);
      const { press, focused, tabTo } = keyboard(driver, engine);
      const choose = async (name) => {
        await tabTo((focus) => focus.name === name, name);
        // Arrows move through a radio group and choose; the first one is chosen with Space.
        for (let steps = 0; steps < 10 && (await focused()).id !== `${name}-${row[name]}`; steps += 1) await press(Key.ARROW_DOWN);
        await press(Key.SPACE);
        assert.equal(await driver.findElement(By.id(`${name}-${row[name]}`)).isSelected(), true, `${engine}: ${name} by keyboard`);
      };
      await choose("verdict");
      // The date of entry into force, in empty fields (R14: never pre-filled), in the order shown.
      await tabTo((focus) => focus.id === "inForceDate-day", "the date of entry into force");
      const [year, month, day] = row.decisionDate.split("-");
      await press(day, Key.TAB, month, Key.TAB, year);
      for (const name of ["reporter", "offense"]) await choose(name);
      await tabTo((focus) => focus.id === "amount", "the amount");
      await press(row.amount, Key.TAB);
      assert.deepEqual(await result(driver, expectedFor(row, "en")), expectedFor(row, "en"));
    });

    test(`${engine}: switching the keyboard layout (Alt+Shift, Ctrl+Shift) is no press of the quick exit`, async () => {
      await setViewport(driver, 1280, 900);
      const row = vector("V8");
      await open(driver, `${site.url}en.html`);
      await answer(driver, row);
      await driver.findElement(By.id("amount")).click();
      // Each hotkey three times, in the orders people press them: the modifier first, Shift
      // first, and either let go first.
      const chords = [
        [Key.ALT, Key.SHIFT, Key.SHIFT, Key.ALT], [Key.ALT, Key.SHIFT, Key.ALT, Key.SHIFT], [Key.SHIFT, Key.ALT, Key.ALT, Key.SHIFT],
        [Key.CONTROL, Key.SHIFT, Key.SHIFT, Key.CONTROL], [Key.CONTROL, Key.SHIFT, Key.CONTROL, Key.SHIFT], [Key.SHIFT, Key.CONTROL, Key.CONTROL, Key.SHIFT],
      ];
      for (const [first, second, firstUp, secondUp] of chords) {
        for (let press = 0; press < 3; press += 1) {
          await driver.actions().keyDown(first).keyDown(second).keyUp(firstUp).keyUp(secondUp).perform();
        }
      }
      assert.equal(new URL(await driver.getCurrentUrl()).origin, new URL(site.url).origin, `${engine}: the page stayed`);
      assert.equal(await driver.findElement(By.id("amount")).getAttribute("value"), row.amount, `${engine}: the answers are kept`);
      assert.deepEqual(await result(driver, expectedFor(row, "en")), expectedFor(row, "en"));
      // The presses are still counted: Shift alone, once, leaves two to go.
      await driver.actions().keyDown(Key.SHIFT).keyUp(Key.SHIFT).perform();
      assert.equal(await driver.findElement(By.id("exit-status")).getAttribute("textContent"),
        CATALOGS.en["page.exit.more"].replace("{count}", "2"), `${engine}: a lone Shift is one press`);
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
        assert.equal(await notWaiting.findElement(By.id("inForceDate-year")).getAttribute("value"), row.decisionDate.slice(0, 4),
          "the typed date is kept");
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

    test(`${engine}: a wrong date and a wrong amount: both in the summary at once, only the date's wrong part marked, the result naming what to correct`, async () => {
      await open(driver, `${site.url}en.html`);
      await answer(driver, vector("V8"));
      // 31 February: the day is what cannot be (GOV.UK's "must be a real date").
      await typeInto(driver, "inForceDate-day", "31");
      await (await typeInto(driver, "inForceDate-month", "2")).sendKeys(Key.TAB);
      await (await typeInto(driver, "amount", "0,500")).sendKeys(Key.TAB);
      const summary = await shown(driver, "error-summary");
      const said = await Promise.all((await summary.findElements(By.css("a"))).map((link) => link.getText()));
      const { en } = CATALOGS;
      assert.deepEqual(said, [en["error.date.not_real"].replace("{label}", en["inForceDate.label"]), en["error.ambiguous"]], `${engine}: every error at once`);
      const marked = await driver.executeScript(`return [...document.querySelectorAll("[aria-invalid=true]")].map((input) => input.id)`);
      assert.deepEqual(marked, ["inForceDate-day", "amount"], `${engine}: only the wrong part of the date`);
      const toCorrect = await driver.executeScript(`return [...document.querySelectorAll("#result-live .missing a")].map((link) => link.textContent)`);
      assert.deepEqual(toCorrect, [en["question.inForceDate"], en["question.amount"]], `${engine}: the result names what to correct`);
    });

    test(`${engine}: at 200 % text on a phone, nothing needs sideways scrolling and the header scrolls away`, async () => {
      await openPhone(driver, site, "ru");
      await driver.executeScript(`document.documentElement.style.fontSize = "200%"`);
      await answer(driver, vector("V8"));
      await driver.wait(async () => driver.executeScript(`return document.documentElement.classList.contains("header-scrolls")`), WAIT).catch(() => {});
      const layout = await driver.executeScript(`const top = document.querySelector(".top");
        return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          header: top.offsetHeight, sticky: getComputedStyle(top).position === "sticky" }`);
      assert.ok(layout.overflow <= 0, `${engine}: ${layout.overflow} px too wide`);
      assert.ok(!layout.sticky || layout.header <= 780 / 5, `${engine}: a sticky header of ${layout.header} px`);
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

    for (const language of LANGUAGES) {
      test(`${engine}: in a gov.kz page with host.js on a phone (${language}), the exit stays in sight and the result within reach`, async () => {
        const row = vector("V1");
        const { host, routes, close } = await framedBy((calculatorUrl) => `<!doctype html><html lang="${language}"><title>A gov.kz page</title>
<body style="margin:0 8px"><h1>Host</h1><p style="height:260px">The host's own text.</p>
<iframe data-syiaqy src="${calculatorUrl}${language}.html" title="${CATALOGS[language]["page.heading"]}" lang="${language}" allow="clipboard-write"
  style="width:100%;height:100vh;border:0"></iframe>
<p style="height:1200px">More of the host's text.</p>
<script src="${calculatorUrl}host.js"></script>`);
        // The host page on a phone's screen (see PHONE_PAGES), from the host's own origin.
        routes["/phone"] = `<!doctype html><html lang="en"><title>A phone</title><body style="margin:0"><iframe src="/" title="A gov.kz page on a phone" style="width:360px;height:780px;border:0"></iframe>`;
        try {
          await setViewport(driver, 1280, 900);
          await driver.get(`${host.url}phone`);
          const phone = await driver.wait(until.elementLocated(By.css("iframe")), WAIT);
          await driver.switchTo().frame(phone);
          const calculatorFrame = await driver.wait(until.elementLocated(By.css("iframe[data-syiaqy]")), WAIT);
          const frameBox = () => driver.executeScript("const box = arguments[0].getBoundingClientRect(); return { top: box.top, height: box.height, window: innerHeight }", calculatorFrame);
          await driver.wait(async () => (await frameBox()).height === 780, WAIT).catch(() => {});
          assert.equal((await frameBox()).height, 780, `${engine}: the frame is as tall as the host's window`);
          await driver.switchTo().frame(calculatorFrame);
          await calculatorShown(driver);

          /** Where `selector` is in the host's window (the phone's screen): its top and bottom. */
          const inHostWindow = async (selector) => {
            const box = await driver.executeScript(`const box = document.querySelector(arguments[0])?.getBoundingClientRect();
              return box && box.height > 0 ? { top: box.top, bottom: box.bottom } : null`, selector);
            await driver.switchTo().parentFrame();
            const frame = await frameBox();
            await driver.switchTo().frame(calculatorFrame);
            return box && { top: frame.top + box.top, bottom: frame.top + box.bottom, window: frame.window };
          };
          const assertInSight = async (selector, when) => {
            const box = await inHostWindow(selector);
            assert.ok(box && box.top >= -1 && box.bottom <= box.window + 1, `${engine} ${language}: ${selector} in the phone's window ${when} (${JSON.stringify(box)})`);
          };
          await assertInSight("#exit", "before any answer, the frame below the host's text");
          // A person scrolls the calculator to what they tap, and the calculator alone: an
          // element's scrollIntoView would scroll the host page too.
          const tap = async (id) => {
            const element = await driver.wait(until.elementLocated(By.id(id)), WAIT);
            await driver.executeScript("const box = arguments[0].getBoundingClientRect(); window.scrollTo(0, scrollY + box.top - innerHeight / 2)", element);
            await element.click();
          };

          // The first tap in the calculator: host.js brings the frame to fill the window. (The host
          // page is a frame of the test's page here: a tap on its text first gives its window
          // the focus a page in a tab of its own has from the start.)
          await driver.switchTo().parentFrame();
          await driver.findElement(By.css("h1")).click();
          await driver.switchTo().frame(calculatorFrame);
          await tap(`verdict-${row.verdict}`);
          // host.js waits for the press to end (600 ms), then brings the frame to fill the
          // window. Meanwhile the driver stays in the frame (WebKitWebDriver's switch to the
          // host page gives that page the focus back), and sees it from there: the part of the
          // frame in sight, as an IntersectionObserver reports it, is the whole frame's height.
          const frameFillsWindow = () => driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
            new IntersectionObserver((entries, observer) => {
              observer.disconnect();
              done(entries[0].intersectionRect.height >= innerHeight - 1);
            }).observe(document.documentElement);`);
          await driver.wait(frameFillsWindow, WAIT).catch(() => {});
          await driver.switchTo().parentFrame();
          await driver.wait(async () => Math.abs((await frameBox()).top) <= 1, WAIT).catch(() => {});
          assert.ok(Math.abs((await frameBox()).top) <= 1, `${engine}: the frame fills the window once the person is in it (${JSON.stringify(await frameBox())})`);
          await driver.switchTo().frame(calculatorFrame);
          await assertInSight("#exit", "after the first answer");

          // The day the verdict entered into force, asked right after the verdict.
          const [year, month, day] = pageAnswersOf(row).inForceDate.split("-");
          for (const [part, value] of [["day", day], ["month", month], ["year", year]]) {
            await tap(`inForceDate-${part}`);
            const field = await driver.findElement(By.id(`inForceDate-${part}`));
            await field.clear();
            await field.sendKeys(value);
          }
          await assertInSight("#exit", "typing the date");
          await tap(`reporter-${row.reporter}`);
          await assertInSight("#exit", "after the second answer");
          // Mid-way down the questions, as the person sees it.
          await driver.executeAsyncScript("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(done))");
          const folder = join(ROOT, "target", "screenshots", engine);
          mkdirSync(folder, { recursive: true });
          await driver.switchTo().defaultContent();
          writeFileSync(join(folder, `host-js-${language}-360.png`), engine === "webkit" ? await driver.takeScreenshot() : await phone.takeScreenshot(), "base64");
          await driver.switchTo().frame(phone);
          await driver.switchTo().frame(calculatorFrame);

          await tap(`offense-${row.offense}`);
          // The last answer a radio, as in the phone's journey above: the result starts below it.
          await tap(`amount-${row.amount}`);
          await assertInSight("#exit", "after the amount");
          assert.deepEqual(await result(driver, expectedFor(row, language)), expectedFor(row, language));

          // After the last answer, the result within reach: its headline showing in the phone's
          // window (the page's own rule for "See your result", js/reach.js), or that button
          // there, bringing it.
          const headlineInSight = async () => {
            const box = await inHostWindow("#result-live");
            return Boolean(box && box.top >= 0 && box.top < box.window - 72);
          };
          await driver.wait(async () => (await headlineInSight()) || (await inHostWindow("#to-result")) !== null, WAIT).catch(() => {});
          if (!(await headlineInSight())) {
            await assertInSight("#to-result", "after the last answer, the headline below");
            await driver.findElement(By.id("to-result")).click();
            await driver.wait(headlineInSight, WAIT).catch(() => {});
          }
          assert.ok(await headlineInSight(), `${engine} ${language}: the result's headline in the phone's window after the last answer`);
          await assertInSight("#exit", "with the result");

          // Every scroll position of the calculator, top to bottom.
          const end = await driver.executeScript("return document.documentElement.scrollHeight - innerHeight");
          assert.ok(end > 2000, `${engine}: the calculator scrolls inside its frame (${end} px)`);
          for (let y = 0; y <= end + 200; y += 400) {
            await driver.executeScript("window.scrollTo(0, arguments[0])", Math.min(y, end));
            await assertInSight("#exit", `scrolled to ${Math.min(y, end)} of ${end}`);
          }
        } finally {
          close();
        }
      });
    }

    test(`${engine}: a case served by nginx with the production configuration: its own files only, nothing stored`, async () => {
      const production = await serveWithNginx();
      try {
        await setViewport(driver, 1280, 900);
        const row = vector("V8");
        const from = production.served.count;
        await open(driver, `${production.url}kk.html`);
        await answer(driver, row);
        assert.deepEqual(await result(driver, expectedFor(row, "kk")), expectedFor(row, "kk"));
        const served = production.served.since(from);
        assert.ok(served.length >= 5, `${engine}: nginx's log holds the page's files: ${JSON.stringify(served)}`);
        assertOwnFilesOnly(production, from, engine);
        await assertNothingStored(driver, engine);
      } finally {
        await production.close();
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
