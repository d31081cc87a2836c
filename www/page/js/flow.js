// The question flow: the questions in the order they are asked, the form built from them,
// and the answers read back in the JS contract's shape. Field names and option values are
// exactly the contract's, and the options come from the engine itself.
import { element } from "./dom.js";

/**
 * The questions, in order. `options` come from the engine's `choices()`; from its `limits()`,
 * the cases with a tier of their own get a hint saying what makes a crime that grave, and the
 * amount field takes no more text than the engine reads. The case's question has the article
 * helper, for the codes `articleCodes` (`vocabulary().code`).
 */
export function questions(choices, { tiers, maxAnswerLength }, articleCodes) {
  return [
    { name: "verdict", kind: "choice", options: choices.verdict, hint: true },
    { name: "reporter", kind: "choice", options: choices.reporter },
    { name: "offense", kind: "choice", options: choices.offense, hint: true, optionHints: tiers.map((tier) => tier.offense), articleHelper: true, codes: articleCodes },
    { name: "amount", kind: "amount", maxLength: maxAnswerLength },
    { name: "decisionDate", kind: "dates" },
  ];
}

const textOf = (key) => element("span", { "data-i18n": key });

/** An error message slot next to a field; filled by app.js's `showError`. */
const errorSlot = (id) => element("p", { class: "field-error", id: `${id}-error`, hidden: true });

/** Where a typed answer is said back as it was read ("Read as 20 May 2025"); app.js fills it. */
const readAs = (id) => element("p", { class: "read-as", id: `${id}-read` });

function radio(name, value, hintKey) {
  const id = `${name}-${value}`;
  const hint = hintKey ? element("span", { class: "hint", id: `${id}-hint`, "data-i18n": hintKey }) : null;
  return element("div", { class: "radio" }, [
    element("input", { type: "radio", id, name, value, "aria-describedby": hint ? `${id}-hint` : undefined }),
    element("label", { for: id }, [textOf(`${name}.${value}`), ...(hint ? [hint] : [])]),
  ]);
}

/** A question: its heading, then its fields (made by its kind's builder, FIELDS below). */
function fieldset(question) {
  const { describedBy, fields } = FIELDS[question.kind](question);
  return element("fieldset", { class: "question", id: `question-${question.name}`, "aria-describedby": describedBy }, [
    element("legend", {}, [element("h2", { "data-i18n": `question.${question.name}` })]),
    ...fields,
  ]);
}

function choiceFields({ name, options, hint, optionHints = [], articleHelper = false, codes }) {
  const hintNode = hint ? element("p", { class: "hint", id: `${name}-hint`, "data-i18n": `question.${name}.hint` }) : null;
  const radios = options.map((value) => radio(name, value, optionHints.includes(value) ? `${name}.${value}.hint` : null));
  return {
    describedBy: [hint ? `${name}-hint` : null, `${name}-error`].filter(Boolean).join(" "),
    fields: [
      ...(hintNode ? [hintNode] : []), errorSlot(name), element("div", { class: "radios" }, radios),
      ...(articleHelper ? [articleFields(codes)] : []),
    ],
  };
}

/**
 * "I know the article in the verdict" (the article helper), closed: its fields and its code
 * (article.js) arrive when a person opens it, which few do.
 */
function articleFields(codes) {
  return element("details", { class: "more article-helper", id: "article-helper", "data-codes": codes.join(" ") }, [
    element("summary", { "data-i18n": "article.summary" }),
  ]);
}

// Each builder returns the question's fields and what describes the whole question (the
// text inputs name their own hint and error).
function amountFields({ maxLength }) {
  return { describedBy: "amount-hint", fields: [
    element("p", { class: "hint", id: "amount-hint", "data-i18n": "question.amount.hint" }),
    errorSlot("amount"),
    element("label", { for: "amount", class: "text-label", "data-i18n": "amount.label" }),
    element("input", {
      type: "text", id: "amount", name: "amount", inputmode: "decimal", spellcheck: "false", maxlength: maxLength,
      autocomplete: "off", class: "amount-input", "aria-describedby": "amount-hint amount-read amount-error",
    }),
    readAs("amount"),
    element("div", { class: "radios" }, [radio("amount", "none"), radio("amount", "unknown")]),
  ] };
}

/** The parts of a date, in the order the fields are shown: as people in Kazakhstan write dates. */
export const DATE_PARTS = ["day", "month", "year"];

/**
 * A date as three text fields, day, month and year (GOV.UK's date input), instead of
 * `<input type=date>`: that one shows the browser's format ("03/01/2025" on a Russian page)
 * and takes typing differently in each engine (Firefox only 2025-03-01). Empty: the page's
 * script writes today's date into the decision date (app.js), which the build cannot.
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

function datesFields() {
  return { describedBy: "decisionDate-hint", fields: [
    element("p", { class: "hint", id: "decisionDate-hint", "data-i18n": "question.decisionDate.hint" }),
    errorSlot("decisionDate"),
    dateInput("decisionDate", "decisionDate.label", "decisionDate-hint decisionDate-read decisionDate-error"),
    readAs("decisionDate"),
    element("details", { class: "more" }, [
      element("summary", { "data-i18n": "question.more" }),
      element("p", { class: "hint", id: "mciDate-hint", "data-i18n": "mciDate.hint" }),
      errorSlot("mciDate"),
      dateInput("mciDate", "mciDate.label", "mciDate-hint mciDate-read mciDate-error"),
      readAs("mciDate"),
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

const FIELDS = { choice: choiceFields, amount: amountFields, dates: datesFields };

/**
 * Puts every question, with its fields, into `form`: the build writes them into each page's
 * markup this way, and the script does it where the markup has none (the offline file).
 */
export function buildForm(form, flow) {
  form.replaceChildren(...flow.map(fieldset));
}

/** Shows the questions in `visible` and hides the others (`plan`). */
export function showQuestions(form, flow, visible) {
  for (const question of flow) {
    const frame = form.querySelector(`#question-${question.name}`);
    // Written only when it changes: this runs at each keystroke.
    const hidden = !visible.has(question.name);
    if (frame.hidden !== hidden) frame.hidden = hidden;
  }
}

/** The answers given so far, in the contract's shape; unanswered questions are absent. */
export function readAnswers(form, flow) {
  const checked = (name) => form.querySelector(`input[type=radio][name="${name}"]:checked`)?.value;
  const typed = (id) => form.querySelector(`#${id}`)?.value.trim() || undefined;
  const read = {
    choice: ({ name }) => ({ [name]: checked(name) }),
    amount: () => ({ amount: checked("amount") ?? typed("amount") }),
    dates: () => ({ decisionDate: dateValue(form, "decisionDate"), mciDate: dateValue(form, "mciDate") }),
  };
  const answers = Object.assign({}, ...flow.map((question) => read[question.kind](question)));
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));
}

/**
 * Which questions to show, and what to ask the engine. Every question shows from the start, as
 * on a paper form (and in the page's markup, before its script arrives), except after an
 * acquittal, which decides everything. An answer can be computed as soon as the verdict and
 * the reporter are known: the case and the amount count as "unknown" until answered, which
 * gives a range.
 */
export function plan(flow, answers) {
  if (answers.verdict === "acquitted") return { visible: new Set(["verdict"]), request: { verdict: "acquitted" }, provisional: false };
  const visible = new Set(flow.map((question) => question.name));
  if (!answers.verdict || !answers.reporter) return { visible, request: null, provisional: false };
  const request = { offense: "unknown", amount: "unknown", ...answers };
  const provisional = answers.offense === undefined || answers.amount === undefined;
  return { visible, request, provisional };
}
