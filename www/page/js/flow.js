// The question flow: the questions in the order they are asked, the form built from them, the
// answers read back in the JS contract's shape, and which answers are still missing. Field
// names and option values are exactly the contract's, and the options come from the engine.
import { element } from "./dom.js";

/**
 * The questions, in order: what a citizen holds (the verdict, its date, its line of articles)
 * before what only the law names. `options` come from the engine's `choices()`; from its
 * `limits()`, the cases with a tier of their own get a hint saying what makes a crime that
 * grave, and the text fields take no more text than the engine reads.
 */
export function questions(choices, { tiers, maxAnswerLength }) {
  return [
    { name: "verdict", kind: "choice", options: choices.verdict, hint: true },
    { name: "inForceDate", kind: "inForceDate" },
    { name: "reporter", kind: "choice", options: choices.reporter },
    { name: "offense", kind: "offense", options: choices.offense, optionHints: tiers.map((tier) => tier.offense), maxLength: maxAnswerLength },
    { name: "amount", kind: "amount", maxLength: maxAnswerLength },
  ];
}

/** The answers that decide the amount (R16): while one is missing, no figure is shown. */
const DECIDING = ["verdict", "inForceDate", "reporter", "offense", "amount"];

const textOf = (key) => element("span", { "data-i18n": key });

/** An error message slot next to a field; filled by app.js's `showError`. */
const errorSlot = (id) => element("p", { class: "field-error", id: `${id}-error`, hidden: true });

/** Where a typed answer is said back as it was read ("Read as 20 May 2025"); app.js fills it. */
const readAs = (id) => element("p", { class: "read-as", id: `${id}-read` });

function radio(name, value, hintKey, labelKey = `${name}.${value}`) {
  const id = `${name}-${value}`;
  const hint = hintKey ? element("span", { class: "hint", id: `${id}-hint`, "data-i18n": hintKey }) : null;
  return element("div", { class: "radio" }, [
    element("input", { type: "radio", id, name, value, "aria-describedby": hint ? `${id}-hint` : undefined }),
    element("label", { for: id }, [textOf(labelKey), ...(hint ? [hint] : [])]),
  ]);
}

/** A question: its heading, then its fields (made by its kind's builder, FIELDS below). */
function fieldset(question) {
  const { describedBy, fields } = FIELDS[question.kind](question);
  return element("fieldset", { class: "question", id: `question-${question.name}`, "aria-describedby": describedBy }, [
    element("legend", {}, [element("h2", { id: `question-${question.name}-title`, "data-i18n": `question.${question.name}` })]),
    ...fields,
  ]);
}

function choiceFields({ name, options, hint }) {
  const hintNode = hint ? element("p", { class: "hint", id: `${name}-hint`, "data-i18n": `question.${name}.hint` }) : null;
  return {
    describedBy: [hint ? `${name}-hint` : null, `${name}-error`].filter(Boolean).join(" "),
    fields: [...(hintNode ? [hintNode] : []), errorSlot(name), element("div", { class: "radios" }, options.map((value) => radio(name, value)))],
  };
}

/** A text field with its label above it. */
function textField(id, labelKey, describedBy, attributes) {
  return [
    element("label", { for: id, class: "text-label", "data-i18n": labelKey }),
    element("input", { type: "text", id, name: id, spellcheck: "false", autocomplete: "off", "aria-describedby": describedBy, ...attributes }),
  ];
}

/**
 * "What does the verdict say?": first the verdict's line of articles as written (the engine
 * reads it, app.js says back what it read and ticks the category it implies), then the
 * categories themselves, for those without the verdict at hand (articles.md A9).
 */
function offenseFields({ name, options, optionHints, maxLength }) {
  return {
    describedBy: `${name}-error`,
    fields: [
      errorSlot(name),
      element("p", { class: "hint", id: "verdictLine-hint", "data-i18n": "verdictLine.hint" }),
      ...textField("verdictLine", "verdictLine.label", "verdictLine-hint verdictLine-read", { maxlength: maxLength, class: "line-input" }),
      element("div", { class: "verdict-reading", id: "verdictLine-read", "aria-live": "polite" }),
      // A4: asked only when the line's category changed with a law and the day decides it.
      element("div", { class: "sub-question", id: "committed-question", hidden: true }, [
        ...dateWithHint("committed", "committed.hint", "committed.label"),
      ]),
      element("fieldset", { class: "sub-question", id: "offense-choices" }, [
        element("legend", { class: "text-label", "data-i18n": "offense.choose" }),
        element("p", { class: "hint", id: "offense-hint", "data-i18n": "question.offense.hint" }),
        element("div", { class: "radios" }, options.map((value) => radio(name, value, optionHints.includes(value) ? `${name}.${value}.hint` : null))),
      ]),
    ],
  };
}

/** R15's values of the threshold question, in the order shown: its answers as `amount` values. */
export const THRESHOLD_ANSWERS = ["above_threshold", "at_most_threshold", "unknown"];

function amountFields({ maxLength }) {
  return { describedBy: "amount-hint", fields: [
    element("p", { class: "hint", id: "amount-hint", "data-i18n": "question.amount.hint" }),
    errorSlot("amount"),
    ...textField("amount", "amount.label", "amount-hint amount-read amount-error", { inputmode: "decimal", maxlength: maxLength, class: "amount-input" }),
    readAs("amount"),
    element("div", { class: "radios" }, [radio("amount", "none"), radio("amount", "unknown")]),
    // R15: asked only when the amount is not known (app.js shows it).
    element("fieldset", { class: "sub-question", id: "threshold", hidden: true }, [
      element("legend", { class: "text-label", id: "threshold-question" }, [textOf("threshold.question")]),
      element("div", { class: "radios" }, THRESHOLD_ANSWERS.map((value) => radio("threshold", value, null, `threshold.${value}`))),
    ]),
  ] };
}

/** The parts of a date, in the order the fields are shown: as people in Kazakhstan write dates. */
export const DATE_PARTS = ["day", "month", "year"];

/**
 * A date as three text fields, day, month and year (GOV.UK's date input), instead of
 * `<input type=date>`: that one shows the browser's format ("03/01/2025" on a Russian page)
 * and takes typing differently in each engine (Firefox only 2025-03-01). Never pre-filled
 * (R14): a date the person did not type would be taken for theirs.
 */
export function dateInput(field, legendKey, describedBy) {
  return element("fieldset", { class: "date-input", "aria-describedby": describedBy }, [
    element("legend", { class: "text-label", "data-i18n": legendKey }),
    element("div", { class: "date-parts" }, DATE_PARTS.map((part) => element("div", { class: `date-part date-${part}` }, [
      element("label", { for: `${field}-${part}`, "data-i18n": `date.${part}` }),
      element("input", {
        type: "text", id: `${field}-${part}`, name: `${field}-${part}`, inputmode: "numeric", autocomplete: "off",
        spellcheck: "false", maxlength: part === "year" ? 4 : 2, "data-date": field,
      }),
    ]))),
  ]);
}

/** One date of the question, with its hint, error and reading. */
const dateWithHint = (field, hintKey, labelKey) => [
  element("p", { class: "hint", id: `${field}-hint`, "data-i18n": hintKey }),
  errorSlot(field),
  dateInput(field, labelKey, `${field}-hint ${field}-read ${field}-error`),
  readAs(field),
];

/**
 * R14: the date the verdict entered into legal force, as written on it; under "More options"
 * the day the reward was decided, for those who know it, and the MCI's own date.
 */
function inForceDateFields() {
  return { describedBy: "inForceDate-hint", fields: [
    ...dateWithHint("inForceDate", "question.inForceDate.hint", "inForceDate.label"),
    element("details", { class: "more" }, [
      element("summary", { "data-i18n": "question.more" }),
      ...dateWithHint("decisionDate", "decisionDate.hint", "decisionDate.label"),
      ...dateWithHint("mciDate", "mciDate.hint", "mciDate.label"),
    ]),
  ] };
}

/**
 * The date typed into `field`'s three fields, as the ISO day the engine reads ("2025-03-01"),
 * or undefined when all three are empty. What is not a real date stays visibly wrong
 * ("2025-02-31", "-03-01") for the engine to refuse.
 */
export function dateValue(form, field) {
  const [day, month, year] = DATE_PARTS.map((part) => form.querySelector(`#${field}-${part}`)?.value.trim() ?? "");
  if (!day && !month && !year) return undefined;
  const twoDigits = (digits) => (/^\d$/.test(digits) ? `0${digits}` : digits);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** Whether an ISO day is a day of the calendar ("2025-02-31" is not). */
export function isRealDay(day) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

const FIELDS = { choice: choiceFields, inForceDate: inForceDateFields, offense: offenseFields, amount: amountFields };

/**
 * Puts every question, with its fields, into `form`: the build writes them into each page's
 * markup this way, and the script does it where the markup has none (the offline file).
 */
export function buildForm(form, flow) {
  form.replaceChildren(...flow.map(fieldset));
}

/** Shows the questions in `visible` and hides the others (`plan`); the threshold question with them. */
export function showQuestions(form, flow, visible, { thresholdAsked }) {
  const show = (frame, shown) => {
    // Written only when it changes: this runs at each keystroke.
    if (frame && frame.hidden === shown) frame.hidden = !shown;
  };
  for (const question of flow) show(form.querySelector(`#question-${question.name}`), visible.has(question.name));
  show(form.querySelector("#threshold"), thresholdAsked);
}

/**
 * The answers given so far, in the contract's shape; unanswered questions are absent. The
 * amount not known is the threshold question's answer (R15), absent until it is given.
 */
export function readAnswers(form) {
  const checked = (name) => form.querySelector(`input[type=radio][name="${name}"]:checked`)?.value;
  const typed = (id) => form.querySelector(`#${id}`)?.value.trim() || undefined;
  const amountChosen = checked("amount");
  const answers = {
    verdict: checked("verdict"),
    inForceDate: dateValue(form, "inForceDate"),
    decisionDate: dateValue(form, "decisionDate"),
    mciDate: dateValue(form, "mciDate"),
    reporter: checked("reporter"),
    offense: checked("offense"),
    // R15: "I don't know" is answered once the threshold question is: it decides the figure.
    amount: amountChosen === "unknown" ? checked("threshold") : (amountChosen ?? typed("amount")),
  };
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));
}

/**
 * Which questions to show, which deciding answers are still missing (R16: the page names them
 * and shows no figure), and what to ask the engine: the answers, with the missing ones filled
 * in only so that the engine checks what was typed. Every question shows from the start, as on
 * a paper form (and in the page's markup, before its script arrives), except after an
 * acquittal, which decides everything, and the date of entry into force, which a case under
 * appeal does not have (R14).
 */
export function plan(flow, answers, today) {
  const all = flow.map((question) => question.name);
  if (answers.verdict === "acquitted") return { visible: new Set(["verdict"]), missing: [], request: { verdict: "acquitted" } };
  const visible = new Set(answers.verdict === "pending" ? all.filter((name) => name !== "inForceDate") : all);
  const given = (name) => (name === "inForceDate" ? answers.inForceDate ?? answers.decisionDate : answers[name]) !== undefined;
  const missing = DECIDING.filter((name) => visible.has(name) && !given(name));
  if (!answers.verdict) return { visible, missing, request: null };
  const request = { reporter: "citizen", offense: "unknown", amount: "unknown", ...answers };
  if (answers.verdict === "pending") delete request.inForceDate;
  else if (!given("inForceDate")) request.inForceDate = today;
  return { visible, missing, request };
}
