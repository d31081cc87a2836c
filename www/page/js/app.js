// The calculator page: loads the engine, asks the questions, shows the answer. Nothing the
// user types leaves this page or is stored: its only requests are its own files (a language's
// texts when that language is first chosen), no storage, and the URL holds only the language.
// Read in order: the engine and the first texts loading, the page's state (`page`), the
// drawing (`update()` and what it calls), the handlers and `wireEvents()`, the start.
// "syiaqy" is the engine's package (wasm-bindgen's bindings), resolved by the build.
import init, { estimate, explain, parseAmount, mciTable, regimes, choices, limits } from "syiaqy/calculator.js";
import engineWasm from "syiaqy/calculator_bg.wasm";
import { pickLanguage, loadCatalog, translator, translateStatic, staticValues, LANGUAGES } from "./i18n.js";
import { questions, buildForm, showQuestions, readAnswers, plan, isRealDay, dateValue } from "./flow.js";
import { installExit } from "./exit.js";
import { keepResultInReach } from "./reach.js";
import { printOpen } from "./print.js";
import { answerHost } from "./embed.js";
import { keepHeaderInProportion } from "./header.js";
import { typingPause } from "./pause.js";
import { byId, find, maybeFind, scrollIntoSight, writeText } from "./dom.js";
import { errorDisplay, dateProblem, questionOf, DATE_FIELDS } from "./errors.js";
import { resultArea } from "./result-area.js";
import { languageLinks } from "./languages.js";
import { wasmSource } from "./wasm-file.js";

// First, before any wait: a host's script that hears nothing by the frame's load takes the
// frame for refused.
answerHost();
// The style hides it too; this is for a page whose style did not come.
byId("cannot-start", HTMLElement).hidden = true;

const root = document.documentElement;
const firstLanguage = pickLanguage({
  search: location.search,
  htmlLang: root.lang,
  htmlLangIsDefault: root.hasAttribute("data-default-lang"),
  browserLanguages: navigator.languages ?? [],
});
/**
 * The engine or the first texts could not load (offline, or a browser without WebAssembly):
 * say so in the page's own language, and stop. The rules below stay, as without JavaScript.
 */
function stopLoading(error) {
  byId("load-failed", HTMLElement).hidden = false;
  // The questions in the markup would answer nothing.
  byId("calculator", HTMLElement).hidden = true;
  throw error;
}

// The first language's texts download while the engine compiles and the form is built.
const firstCatalog = loadCatalog(firstLanguage);
// Its failure is handled where it is awaited, below; this keeps it off the console when the
// engine has failed first.
firstCatalog.catch(() => {});
await init({ module_or_path: wasmSource(engineWasm) }).catch(stopLoading);

const form = byId("questions", HTMLFormElement);
const live = byId("result-live", HTMLElement);
const resultDetails = byId("result-details", HTMLElement);
const rewardLimits = limits();
const flow = questions(choices(), rewardLimits);
const today = isoDay(new Date());
const mciValues = mciTable();
const latestMci = mciValues.at(-1);
/**
 * The first days some errors name, from the engine, not written again in the texts: the first
 * Rules' (R2) and the MCI table's (R9).
 */
const FIRST_DAYS = { no_regime: regimes()[0].inForceFrom, mci_date_before_table: mciValues[0].effectiveFrom };

/**
 * All the page's script changes while the page is open, in one place: the start, the handlers
 * of `wireEvents()` and the language switch (languages.js) write it; the rest reads it. What
 * a part keeps for itself stays with its module (the errors shown, errors.js; the drawings
 * waiting for a pause, pause.js; whether the result is in view, reach.js), and what a part
 * last drew stays on the part (`data-key`, `data-source`), as that is what it describes.
 */
const page = {
  /**
   * The texts and formats of the page's language. Unset until the first catalog is in: a
   * handler run while it loads stops at the first text it needs, and translatePage then draws
   * the answers given meanwhile.
   * @type {ReturnType<typeof translator>}
   */
  text: /** @type {any} */ (undefined),
  /** The language last asked for: a slower catalog arriving later must not undo it. */
  wantedLanguage: firstLanguage,
  /** Whether a finger or the mouse is down: between its down and up nothing should move. */
  pointerIsDown: false,
  /**
   * The reader of the verdict's line (verdict-line.js and the engine's reader module), loading
   * or loaded: fetched the first time the line's field is used, as most people never use it
   * and the page's first load is lighter without it (decision 0005). Null again after a
   * load failed, so that the next use tries again.
   * @type {Promise<typeof import("./verdict-line.js")> | null}
   */
  lineReader: null,
  /**
   * The reader once it is in, to read the line synchronously as the other answers are.
   * @type {typeof import("./verdict-line.js") | null}
   */
  lineReaderLoaded: null,
  /**
   * The person chose a category by hand since they last typed the verdict's line: a reading
   * that arrives later (after the typing pause, or the reader's module) leaves their choice.
   */
  offenseChosenSinceLine: false,
};

const textIn = (language, catalog) => translator(language, catalog, rewardLimits);
/** The errors on the page, by field and in the summary (errors.js). */
const errors = errorDisplay(form, byId("error-summary", HTMLElement), byId("error-list", HTMLElement));
/** What waits for a pause in the typing (pause.js). */
const { drawPart, drawWaiting } = typingPause();
const resultInReach = keepResultInReach(byId("to-result", HTMLButtonElement), live, byId("result-heading", HTMLElement));
const resultPlace = resultArea({ live, details: resultDetails, form, page, drawPart, inReach: resultInReach });
const languages = languageLinks({ page, failed: byId("language-error", HTMLElement), textIn, translatePage });

function isoDay(date) {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, "0")).join("-");
}

function translatePage() {
  root.lang = page.text.language;
  document.title = page.text.t("page.title");
  translateStatic(document, page.text, staticValues(page.text, latestMci));
  languages.markCurrent();
  update();
}

/** The text of an engine error's code, naming the day it is about where it has one. */
function errorText(code, key = `error.${code}`) {
  return page.text.t(key, FIRST_DAYS[code] ? { date: page.text.date(FIRST_DAYS[code]) } : {});
}

/** An engine error as the page says it, under its field. */
function engineError(error) {
  // Two codes have a sentence of their own for one field: what to answer, what to do instead.
  const own = { "empty amount": "error.empty.amount", "future_date inForceDate": "error.future_date.in_force" }[`${error.code} ${error.field}`];
  return { field: error.field, message: errorText(error.code, own) };
}

/**
 * What is wrong with the answers before the engine is asked, every one at once: each date
 * part by part (GOV.UK's checks), and the amount as the engine reads it.
 */
function answerErrors() {
  const found = [];
  for (const field of Object.keys(DATE_FIELDS)) {
    const problem = form.querySelector(`#${field}-day`)?.closest("[hidden]") ? null : dateProblem(form, field);
    if (problem) found.push({ field, parts: problem.parts, message: page.text.t(problem.key, { label: page.text.t(`${field}.label`) }) });
  }
  const typed = maybeFind(form, "#amount", HTMLInputElement)?.value.trim();
  if (typed) {
    try {
      parseAmount(typed);
    } catch (error) {
      if (!error.code) throw error;
      found.push(engineError(error));
    }
  }
  return found;
}

/** A typed amount in the page's notation, as the engine reads it; throws what it cannot read. */
const amountAsRead = (typed) => page.text.tenge(parseAmount(typed));

/**
 * A typed answer said back as it was read, under its field; nothing while it cannot be read.
 * `typed` is what the field holds now: the reading (`read()`, giving the key's values or null)
 * is made again only when that, or the language, changed, as a keystroke changes one field.
 */
function showReading(field, key, typed, read) {
  const reading = maybeFind(form, `#${field}-read`, HTMLElement);
  if (!reading) return;
  const source = `${page.text.language} ${typed}`;
  if (reading.dataset.source === source) return;
  reading.dataset.source = source;
  const values = read();
  writeText(reading, values ? page.text.t(key, values) : "");
}

/**
 * "Read as 3 450 000 ₸", "Read as 20 May 2025": in the page's language, whatever was typed;
 * `answers` are the form's, as `readAnswers` read them.
 */
function showReadings(answers) {
  const typed = maybeFind(form, "#amount", HTMLInputElement)?.value.trim() ?? "";
  showReading("amount", "amount.read", typed, () => {
    try {
      return typed ? { amount: amountAsRead(typed) } : null;
    } catch {
      // Not an amount yet: its error says why once the answer is finished.
      return null;
    }
  });
  for (const field of Object.keys(DATE_FIELDS)) {
    const day = field === "committed" ? dateValue(form, field) : answers[field];
    showReading(field, "date.read", day ?? "", () => (day && isRealDay(day) ? { date: page.text.date(day) } : null));
  }
  showVerdictLine();
}

/** The reader of the verdict's line (`page.lineReader`), loading or loaded. */
function loadLineReader() {
  page.lineReader ??= import("./verdict-line.js").then(async (reader) => {
    await reader.startReader();
    page.lineReaderLoaded = reader;
    return reader;
  });
  return page.lineReader;
}

/**
 * The verdict's line said back, and the category it implies chosen in the case's question
 * (once per reading: a category the person then changes by hand stays theirs).
 */
function showVerdictLine() {
  const { text } = page;
  const field = maybeFind(form, "#verdictLine", HTMLInputElement);
  if (!field) return;
  const committed = dateValue(form, "committed");
  const source = `${text.language} ${field.value.trim()} ${committed ?? ""}`;
  if (field.dataset.source === source) return;
  if (!page.lineReaderLoaded) {
    if (!field.value.trim()) return;
    // Read once the reader is in; said under the field when it cannot come.
    loadLineReader().then(() => update(), () => {
      page.lineReader = null;
      writeText(find(form, "#verdictLine-read", HTMLElement), text.t("line.load.failed"));
    });
    return;
  }
  field.dataset.source = source;
  const { category, askCommitted } = page.lineReaderLoaded.showLineReading(form, text, committed && isRealDay(committed) ? committed : undefined);
  // What was read, in sight of whoever typed the line: drawn under a field near the window's
  // bottom it was half out of view (1280 × 800). Not when the focus is elsewhere (a language
  // switched, the reader arriving after the person moved on): the page would jump under them.
  if (document.activeElement === field) scrollIntoSight(find(form, "#verdictLine-read", HTMLElement), field);
  const committedQuestion = find(form, "#committed-question", HTMLElement);
  committedQuestion.hidden = !askCommitted && !committed;
  if (!category || page.offenseChosenSinceLine || field.dataset.chosen === `${field.value.trim()} ${category}`) return;
  field.dataset.chosen = `${field.value.trim()} ${category}`;
  const radio = find(form, `#offense-${category}`, HTMLInputElement);
  if (radio.checked) return;
  radio.checked = true;
  radio.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * Re-reads the answers and redraws. `revealErrors`: the user finished an answer (change).
 * `typing`: a keystroke in a text field, after which the readings and the parts below the
 * headline wait for a pause.
 */
function update({ revealErrors = false, typing = false } = {}) {
  const answers = readAnswers(form);
  const { visible, missing, request } = plan(flow, answers, today);
  const thresholdAsked = visible.has("amount") && Boolean(maybeFind(form, "#amount-unknown", HTMLInputElement)?.checked);
  // With "I don't know" chosen, what is left of the amount is the threshold question (R15).
  const left = missing.map((name) => (name === "amount" && thresholdAsked ? "threshold" : name));
  showQuestions(form, flow, visible, { thresholdAsked });
  showOffenseQuestion(answers.verdict);
  drawPart("readings", () => showReadings(answers), { afterTyping: typing });
  const wrong = answerErrors();
  let result;
  if (request && wrong.length === 0) {
    try {
      result = estimate(request);
    } catch (error) {
      if (!error.code) throw error;
      // A decision before the first Rules is no mistake to fix: a fact, said where the result goes.
      if (error.code === "no_regime") {
        errors.clear();
        resultPlace.showMessage("error.no_regime", errorText("no_regime"));
        return;
      }
      // No answer at fault (the engine failed and starts afresh): said where the result goes.
      if (error.field === null) {
        errors.clear();
        resultPlace.showMessage(`error.${error.code}`, errorText(error.code));
        return;
      }
      wrong.push(engineError(error));
    }
  }
  if (wrong.length) {
    if (revealErrors || wrong.some((error) => errors.shown.has(error.field))) errors.show(wrong);
    // The last good result must not look current while an answer is wrong: say what to fix.
    resultPlace.showQuestionLinks("result.fix", [...new Set(wrong.map((error) => questionOf(error.field)))]);
    return;
  }
  errors.clear();
  // A request without a result returned above.
  if (!request || !result) {
    resultPlace.showMissing(left, answers);
    return;
  }
  // R15: the threshold in tenge at the date given (a filled-in date is no date given).
  if (thresholdAsked) showThresholdQuestion(missing.includes("inForceDate") ? null : result.limitsInTenge);
  // R16: no figure while an answer that decides it is missing.
  if (missing.length) {
    resultPlace.showMissing(left, answers);
    return;
  }
  let steps;
  resultPlace.showResult(result, request, {
    form, today, request, limits: rewardLimits, readAmount: amountAsRead,
    steps: () => (steps ??= explain(request)),
    rewardAt: (amount) => estimate({ ...request, amount }),
    chartWidth: () => resultDetails.clientWidth,
  }, typing);
}

/** R15's question, with the threshold's tenge figure once the date that sets it is given. */
function showThresholdQuestion(limitsInTenge) {
  const question = find(form, "#threshold-question", HTMLElement);
  const words = limitsInTenge
    ? page.text.t("threshold.question.tenge", { threshold: page.text.tenge(limitsInTenge.threshold) })
    : page.text.t("threshold.question");
  if (question.textContent !== words) writeText(question, words);
}

/** The case's question asks what the verdict says, or, under appeal, what the person is accused of. */
function showOffenseQuestion(verdict) {
  const title = maybeFind(form, "#question-offense-title", HTMLElement);
  const key = verdict === "pending" ? "question.offense.pending" : "question.offense";
  if (title && title.dataset.i18n !== key) {
    title.dataset.i18n = key;
    title.textContent = page.text.t(key);
  }
}

/**
 * The form's control an event of the form came from: every one is an `<input>` (the verdict's
 * line included).
 * @param {Event} event
 */
const control = (event) => /** @type {HTMLInputElement} */ (event.target);

/** The form is never sent: the policy's `form-action 'none'` would refuse it, with an error. */
function keepFormHere(event) {
  event.preventDefault();
}

/**
 * Tab ends the typing: what waits for the pause is drawn before the browser picks the next
 * field, which would otherwise pass over the parts below the headline still waiting.
 * @param {KeyboardEvent} event
 */
function endTypingOnTab(event) {
  if (event.key === "Tab") drawWaiting();
}

/** A keystroke or a choice: the answers read again, a finished choice's error shown. */
function answerChanged(event) {
  const target = control(event);
  // A choice the person makes (not one the line's reading makes for them) is theirs to keep.
  if (target.id === "verdictLine") page.offenseChosenSinceLine = false;
  if (target.name === "offense" && event.isTrusted) page.offenseChosenSinceLine = true;
  // The amount is one answer given three ways: typing clears the radios, a radio clears the text.
  if (target.id === "amount") for (const radio of form.querySelectorAll('input[name="amount"][type=radio]:checked')) /** @type {HTMLInputElement} */ (radio).checked = false;
  if (target.type === "radio" && target.name === "amount") find(form, "#amount", HTMLInputElement).value = "";
  update({ revealErrors: target.type === "radio", typing: target.type === "text" });
}

/**
 * A finished answer shows its error; for a date, only once the focus leaves its three fields
 * (`dateLeft`), not while the user moves from the day to the month.
 */
function answerFinished(event) {
  if (!control(event).dataset.date) update({ revealErrors: true });
}

/**
 * The verdict's line's field reached: its reader starts loading (a failure is said when the
 * line is read).
 * @param {FocusEvent} event
 */
function lineFieldReached(event) {
  if (control(event).id === "verdictLine") loadLineReader().catch(() => {});
}

/** @param {FocusEvent} event */
function dateLeft(event) {
  const target = control(event);
  const group = target.dataset.date && target.closest(".date-input");
  if (!group || group.contains(/** @type {Node | null} */ (event.relatedTarget))) return;
  // Left by a tap elsewhere: the error it reveals moves what is below it, so it waits until
  // the tap has landed where the person aimed (a radio chosen, not one 50 px lower).
  if (page.pointerIsDown) addEventListener("pointerup", () => setTimeout(() => update({ revealErrors: true })), { once: true });
  else update({ revealErrors: true });
}

function pointerDown() {
  page.pointerIsDown = true;
}

function pointerUp() {
  page.pointerIsDown = false;
}

/**
 * Every listener of this script; the modules it starts (reach.js, exit.js, print.js, header.js,
 * errors.js's summary) wire their own. `dateLeft` adds one more, once, for a tap's end.
 */
function wireEvents() {
  form.addEventListener("submit", keepFormHere);
  form.addEventListener("keydown", endTypingOnTab);
  form.addEventListener("input", answerChanged);
  form.addEventListener("change", answerFinished);
  form.addEventListener("focusin", lineFieldReached);
  form.addEventListener("focusout", dateLeft);
  // Captured: no handler below can keep a press from being known.
  addEventListener("pointerdown", pointerDown, true);
  addEventListener("pointerup", pointerUp, true);
  addEventListener("pointercancel", pointerUp, true);
  live.addEventListener("click", resultPlace.followQuestionLink);
  // A link to a language without a catalog here stays a link to its page.
  for (const link of languages.links) if (LANGUAGES.includes(link.hreflang)) link.addEventListener("click", languages.switchLanguage);
  // Before printOpen's: the parts printed are those of the last keystroke.
  addEventListener("beforeprint", drawWaiting);
}

// The language pages carry the questions in their markup, perhaps already answered; the
// offline file gets them here (and their texts with the page's, in translatePage).
if (!form.childElementCount) buildForm(form, flow);
/** Answers given before the script arrived are finished answers: their errors show at once. */
const answeredBeforeScript = Object.keys(readAnswers(form)).length > 0;
wireEvents();
keepHeaderInProportion(find(document, ".top", HTMLElement));
installExit(byId("exit", HTMLButtonElement), form, byId("exit-status", HTMLElement), (remaining) => page.text.t("page.exit.more", { count: remaining }));
page.text = textIn(firstLanguage, await firstCatalog.catch(stopLoading));
printOpen(resultDetails);
translatePage();
if (answeredBeforeScript) update({ revealErrors: true });
byId("calculator", HTMLElement).setAttribute("data-ready", "");
performance.mark("syiaqy:ready");
