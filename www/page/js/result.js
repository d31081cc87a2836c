// The answer page: the headline (the status and the amount), then what to do next, what to
// keep in mind, the answers, how it was worked out, the law and the chart. Everything is drawn
// from the engine's data; the only words here are catalog keys.
import { chart } from "./chart.js";
import { byId, element, find, maybeFind, scrollWithin, writeText } from "./dom.js";
import { fold, refold, drawFold } from "./fold.js";
import { dateValue, isRealDay } from "./flow.js";
import { withoutTrailingZeros } from "./i18n.js";
import { withPhoneLinks } from "./phone.js";

/** Law No. 410-V on adilet.zan.kz, in the page's language (rules.md: /kaz/, /rus/, /eng/). */
const lawLink = (language) => `https://adilet.zan.kz/${{ kk: "kaz", ru: "rus", en: "eng" }[language]}/docs/Z1500000410`;

const section = (headingKey, text, children, className = "") =>
  element("section", { class: `result-part ${className}`.trim() }, [element("h3", {}, [text.t(headingKey)]), ...children]);

/** "I don't know" reads as a sentence of its own in the working, not as the name of a case. */
const UNKNOWN_CASE_RANGE = { unknown: "step.tier.range.unknown", criminal_unknown: "step.tier.range.criminal_unknown" };

/**
 * Which date stands for the day the reward is decided (R14), as the working names it: the date
 * of entry into force, the decision day given under "More options", or today (under appeal).
 */
function dateGivenOf(request) {
  if (request.decisionDate) return "decided";
  return request.verdict === "pending" ? "today" : "in_force";
}

/** One line of the working, in words, from the engine's step data; `request`: what was asked. */
function stepText(step, result, text, request) {
  const dateGiven = dateGivenOf(request);
  const { t, tenge, number, date } = text;
  const value = result.mci ? tenge(result.mci.value.tenge) : "";
  const span = (min, max, one, range, extra = {}) =>
    min === max ? t(one, { mci: number(min), ...extra }) : t(range, { min: number(min), max: number(max), ...extra });
  switch (step.step) {
    case "verdict": return t(`step.verdict.${step.verdict}`);
    // The role's rule (E6–E9) is also a caveat: one sentence serves both.
    case "reporter": return t(`caveat.${step.rule}`);
    // R14: the date the person gave stands for the day the reward is decided, and says so.
    case "regime": {
      // In an administrative case the court's act is a resolution, not a verdict.
      const key = dateGiven === "in_force" && request.offense === "administrative" ? "step.regime.in_force.administrative" : `step.regime.${dateGiven}`;
      return t(key, { date: date(step.decisionDate), act: t(`regime.${step.regime.id}`) });
    }
    case "mci":
      if (step.latestKnownYear) {
        return t("step.mci.beyond", { year: step.date.slice(0, 4), latest: step.latestKnownYear, value: tenge(step.value.tenge) });
      }
      return t(step.chosenByUser ? "step.mci.chosen" : "step.mci", { date: date(step.date), value: tenge(step.value.tenge), from: date(step.value.effectiveFrom) });
    case "tier": {
      const range = UNKNOWN_CASE_RANGE[step.offense] ?? "step.tier.range";
      return span(String(step.minMci), String(step.maxMci), "step.tier", range, { offense: t(`offense.${step.offense}`) });
    }
    case "no_bribe_or_damage":
    case "amount_not_used": return t(`step.${step.step}`);
    case "unknown_amount": return t("step.unknown_amount", { min: number(String(step.minMci)), max: number(String(step.maxMci)) });
    case "at_most_threshold": return t("step.at_most_threshold", { threshold: tenge(step.thresholdTenge) });
    case "above_threshold": return t("step.above_threshold", { threshold: tenge(step.thresholdTenge), moreThan: number(String(step.moreThanMci)) });
    case "threshold":
      return t(step.above ? "step.threshold.above" : "step.threshold.not_above", {
        amount: tenge(step.amountTenge), value, mci: number(step.amountMci), threshold: tenge(step.thresholdTenge),
      });
    case "percentage": return t("step.percentage", { amount: tenge(step.amountTenge), exact: tenge(step.exactTenge) });
    case "cap": return t(step.applied ? "step.cap.applied" : "step.cap.not_applied", { cap: tenge(step.capTenge) });
    case "rounding": return t("step.rounding", { exact: tenge(step.exactTenge), rounded: tenge(step.roundedTenge) });
    case "to_tenge":
      return step.minMci === step.maxMci
        ? t("step.to_tenge", { mci: number(step.minMci), value, tenge: tenge(step.minTenge) })
        : t("step.to_tenge.range", { min: number(step.minMci), max: number(step.maxMci), value, minTenge: tenge(step.minTenge), maxTenge: tenge(step.maxTenge) });
    case "mci_equivalent": return t("step.mci_equivalent", { tenge: tenge(step.tenge), value, mci: number(step.mci) });
    default: return step.step;
  }
}

/** A paragraph of the headline, for `showLines`. */
const line = (className, words, testId) => ({ attributes: { class: className, "data-testid": testId }, words });

/**
 * E6–E9 (R16): the reporters who likely get a certificate, may be excluded, or must make
 * themselves known. For them the headline leads with that doubt, and the cash figure follows
 * as "if a cash reward is paid".
 */
const DOUBTS = ["E6", "E7", "E8", "E9"];

/** "I don't know" for the kind of case: the tier depends on it. */
const CASE_NOT_KNOWN = ["unknown", "criminal_unknown"];

/**
 * The figure's lines (R16): one amount; the tier with its condition; above the threshold with
 * the amount unknown, the rule itself; never a bare range. `request` is what the engine was
 * asked: it says which answer was "I don't know".
 */
function figure(result, text, request, amountClass) {
  const { t, tenge, number } = text;
  const { reward } = result;
  const point = reward.minTenge === reward.maxTenge;
  /** The reward's figure in tenge and in MCI: its only one, or its lowest (the tier). */
  const lowestFigure = () => [
    line(amountClass, tenge(reward.minTenge), "amount"),
    line("amount-mci", t("reward.mci", { mci: number(reward.minMci) }), "amount-mci"),
  ];
  if (point) {
    return [
      ...lowestFigure(),
      line("branch", t(`branch.${result.branch}`)),
    ];
  }
  if (result.branch === "ten_percent_of_unknown") {
    return [
      line("amount amount-rule", t("figure.percentage_rule", { cap: tenge(reward.maxTenge) }), "amount-rule"),
      line("branch", t("figure.percentage_rule.more_than", { min: tenge(reward.minTenge) })),
    ];
  }
  if (CASE_NOT_KNOWN.includes(request.offense)) {
    // No likely figure: the kind of case decides it, and the person can find it in the verdict.
    return [
      line("amount amount-rule", t("figure.depends_on_case"), "amount-rule"),
      line("branch", t("figure.depends_on_case.span", { min: tenge(reward.minTenge), max: tenge(reward.maxTenge) })),
    ];
  }
  // The case is known, the amount is not: the tier, if the amount was at most the threshold.
  return [
    ...lowestFigure(),
    line("condition", t("figure.if_at_most", { threshold: tenge(result.limitsInTenge.threshold) }), "condition"),
    line("branch", t("figure.if_above", { cap: tenge(reward.maxTenge) })),
  ];
}

/**
 * The headline's lines: the status (or, for E6–E9, the doubt first), the figure, and for a
 * verdict of last year the reward if it is decided this year (R14).
 */
export function headline(result, text, request) {
  const { t, tenge } = text;
  if (result.status === "not_eligible") {
    return [line(`status status-${result.status}`, t(`status.${result.status}`)), line("reason", t("status.not_eligible.reason"))];
  }
  const doubt = result.caveats.find((caveat) => DOUBTS.includes(caveat));
  const lines = [];
  if (result.status === "not_yet") lines.push(line(`status status-${result.status}`, t("status.not_yet")));
  // "status-…" ends the class: the status is read off it.
  else if (doubt) lines.push(line(`doubt status status-${result.status}`, t(`doubt.${doubt}`)), line("if-cash", t("status.if_cash")));
  else lines.push(line(`status status-${result.status}`, t(`status.${result.status}`)));
  // After a doubt the cash figure is for reference: smaller than the doubt it follows.
  lines.push(...figure(result, text, request, doubt ? "amount amount-reference" : "amount"));
  const later = result.ifDecidedToday;
  if (later) {
    const { minTenge, maxTenge } = later.reward;
    // As the headline's own figure: the rule above the threshold, else the (lowest) tier.
    const amount = later.branch === "ten_percent_of_unknown" ? t("figure.percentage_rule", { cap: tenge(maxTenge) }) : tenge(minTenge);
    lines.push(line("later", t("result.if_decided_today", { year: later.year, amount }), "later"));
  }
  if (result.status === "not_yet") lines.push(line("later", t("result.not_yet.mci")));
  return lines;
}

/**
 * The steps worth a line: not those that change nothing. Rounding a figure already in whole
 * tiyn, and the tier of a case paid by the 10 % branch (R5), are left out.
 */
function stepsThatMatter(steps) {
  const aboveThreshold = steps.some((step) => step.step === "threshold" && step.above);
  return steps.filter((step) =>
    !(step.step === "rounding" && withoutTrailingZeros(step.exactTenge) === withoutTrailingZeros(step.roundedTenge)) &&
    !(step.step === "tier" && aboveThreshold));
}

/** The working as a numbered list, each step with the rule it follows, named. */
function working(result, steps, text, request) {
  const lines = stepsThatMatter(steps).map((step) =>
    // The rule's source in words; its id (rules.md) only in the markup, for whoever checks it.
    element("li", { "data-rule": step.rule }, [stepText(step, result, text, request), " ", element("span", { class: "source" }, [`(${text.t(`rule.${step.rule}`)})`])]),
  );
  return element("ol", { class: "steps" }, lines);
}

function law(result, text) {
  const { t, tenge, date } = text;
  const regime = result.regime;
  const parts = [];
  if (regime) {
    const period = regime.inForceUntil
      ? t("law.period.closed", { from: date(regime.inForceFrom), until: date(regime.inForceUntil) })
      : t("law.period.open", { from: date(regime.inForceFrom) });
    parts.push(element("p", {}, [t("law.regime", { act: t(`regime.${regime.id}`), period })]));
  }
  if (result.mci) {
    parts.push(element("p", {}, [t("law.mci", { value: tenge(result.mci.value.tenge), date: date(result.mci.date) })]));
    // The note follows the table's mark for the value: [P] partly confirmed, [U] unconfirmed.
    const { confidence } = result.mci.value;
    if (confidence !== "confirmed") parts.push(element("p", {}, [t(confidence === "partly" ? "law.mci.partly" : "law.mci.unconfirmed")]));
  }
  parts.push(
    element("p", {}, [t("law.forms")]),
    element("ul", { class: "links" }, [
      // A new tab keeps the answers on this one.
      element("li", {}, [element("a", { href: lawLink(text.language), target: "_blank", rel: "noopener noreferrer", hreflang: text.language }, [t("law.link.law"), element("span", { class: "screen-only" }, [" ", t("law.link.new_tab")])])]),
      // No official address of the Rules is known (rules.md): their title, as the Service publishes it.
      element("li", {}, [t("law.link.rules")]),
    ]),
  );
  return section("law.heading", text, parts);
}

function caveats(result, text) {
  // Under appeal no date was given: the MCI is today's until the verdict's year is known.
  const key = (caveat) => (caveat === "Q1" && result.status === "not_yet" ? "caveat.Q1.not_yet" : `caveat.${caveat}`);
  const items = result.caveats.map((caveat) => element("li", {}, [text.t(key(caveat))]));
  return section("caveats.heading", text, [element("ul", { class: "caveats" }, items)]);
}

/**
 * What to do next, by status: only what rules.md states (paid once the verdict is in force,
 * 1424, the protections, E5's warning) and, where a fact is not published (a deadline, the
 * documents), who to ask. After an acquittal there is no reward to ask for and no warning
 * about false reports for someone who did nothing wrong.
 */
const NEXT_STEPS = {
  eligible: ["next.ask", "next.keep", "next.protection", "next.false"],
  non_monetary_likely: ["next.certificate", "next.keep", "next.protection", "next.false"],
  not_yet: ["next.wait", "next.keep", "next.protection", "next.false"],
  not_eligible: ["next.acquitted", "next.protection"],
};

function nextSteps(text, status, keep) {
  const items = NEXT_STEPS[status].map((key) => element("li", {}, withPhoneLinks(text.t(key))));
  return section("next.heading", text, [element("ul", {}, items), keep], "next-steps");
}

/**
 * "Copy the result" and "Print or save": the result kept by the person, on their device only.
 * The copy is the shown text itself (`asText`), put on the clipboard and nowhere else.
 */
function keepButtons(text, asText) {
  const status = element("p", { class: "copy-status", role: "status" });
  const copy = element("button", { type: "button", class: "secondary-button" }, [text.t("next.copy")]);
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(asText());
      status.textContent = text.t("next.copied");
    } catch {
      status.textContent = text.t("next.copy.failed");
    }
  });
  const print = element("button", { type: "button", class: "print-button" }, [text.t("next.print")]);
  print.addEventListener("click", () => window.print());
  return element("div", { class: "keep screen-only" }, [copy, " ", print, status]);
}

/**
 * The answer shown for one question: the chosen option's words, or what was typed as it was
 * read (`readAmount`: the amount in the page's notation; dates in words).
 */
function answerOf(fieldset, form, text, readAmount) {
  // The amount not known is said with the answer to the threshold question under it (R15).
  const checked = [...fieldset.querySelectorAll("input[type=radio]:checked")].filter((input) => !input.closest("[hidden]"));
  if (checked.length) return checked.map((input) => form.querySelector(`label[for="${input.id}"] span`).textContent).join("; ");
  const dateFields = [...new Set(ownInputs(fieldset, "[data-date]").map((input) => input.dataset.date))];
  if (dateFields.length) {
    return dateFields.map((field) => dateValue(form, field)).filter(Boolean)
      .map((day) => (isRealDay(day) ? text.date(day) : day)).join("; ");
  }
  const typed = ownInputs(fieldset, "input[type=text]")[0]?.value.trim();
  return typed && readAmount(typed);
}

/**
 * The inputs of a question that answer it: not the verdict's line inside the case's question
 * (what it implies is the category chosen), nor a question's hidden parts.
 */
function ownInputs(fieldset, selector) {
  return [...fieldset.querySelectorAll(selector)].filter((input) => input.id !== "verdictLine" && !input.closest("[hidden]"));
}

/**
 * The answered questions as shown: each row's id (its fieldset's), its question, the answer in
 * words and the field its Change link focuses. The verdict's line, when typed, is a row of its
 * own after the case's question, labelled as its field is: what the person copied from the
 * verdict is theirs to keep with the result, and to check the category against.
 */
function answerRows(form, text, readAmount) {
  return [...form.querySelectorAll("fieldset.question:not([hidden])")].flatMap((fieldset) => {
    const row = {
      id: fieldset.id,
      question: fieldset.querySelector("legend").textContent,
      answer: answerOf(fieldset, form, text, readAmount),
      field: () => ownInputs(fieldset, "input:checked")[0] ?? ownInputs(fieldset, "input")[0],
    };
    const line = maybeFind(fieldset, "#verdictLine", HTMLInputElement);
    const typed = line?.value.trim();
    const rows = line && typed ? [row, { id: line.id, question: form.querySelector(`label[for="${line.id}"]`).textContent, answer: typed, field: () => line }] : [row];
    return rows.filter((shown) => shown.answer);
  });
}

/**
 * "Your answers", on screen and in print, each with a Change link that takes the person back
 * to the question, its answer focused. Ends with when and with what it was made (and, printed,
 * where to find the calculator again). `rows` from `answerRows`.
 */
function answers(rows, text, today) {
  const items = rows.map(({ id, question, answer, field }) => {
    const change = element("a", { href: `#${id}`, class: "change screen-only" }, [
      text.t("summary.change"), element("span", { class: "visually-hidden" }, [`: ${question}`]),
    ]);
    change.addEventListener("click", (event) => {
      event.preventDefault();
      const input = field();
      input.focus();
      scrollWithin(input, "center");
    });
    return element("div", { class: "answer", "data-question": id }, [element("dt", {}, [question]), element("dd", {}, [answer]), element("dd", { class: "change-cell" }, [change])]);
  });
  // A page on the web says where it is; the offline file's path would name the person's folders.
  const address = /^https?:$/.test(location.protocol) ? location.origin + location.pathname : null;
  return element("section", { class: "result-part your-answers" }, [
    element("h3", {}, [text.t("summary.heading")]),
    element("dl", {}, items),
    element("p", { class: "made" }, [text.t("summary.made", { date: text.date(today), product: text.t("product.name") })]),
    ...(address ? [element("p", { class: "print-only" }, [text.t("summary.address", { address })])] : []),
  ]);
}

/** The same questions answered otherwise: only the answers' words change, in place. */
function refreshAnswers(part, rows) {
  for (const { id, answer } of rows) {
    const shown = part.querySelector(`[data-question="${id}"] dd`);
    if (shown.textContent !== answer) writeText(shown, answer);
  }
}

/**
 * The plain text of the result as shown: the headline (`#result-live`), the answers, the
 * working and when it was made, read from the page itself so the copy cannot say otherwise.
 */
function resultText() {
  const headline = byId("result-live", HTMLElement);
  const answersPart = find(document, ".your-answers", HTMLElement);
  const working = byId("working", HTMLDetailsElement);
  // A closed working is drawn (not opened) so that its steps can be read.
  drawFold(working);
  const words = (parent, selector) => find(parent, selector, Element).textContent;
  return [
    ...[...headline.children].map((node) => node.textContent),
    "",
    words(answersPart, "h3"),
    ...[...answersPart.querySelectorAll(".answer")].map((row) => `${words(row, "dt")}: ${words(row, "dd")}`),
    "",
    words(working, "summary"),
    ...[...working.querySelectorAll(".steps li")].map((item, index) => `${index + 1}. ${item.textContent}`),
    "",
    words(answersPart, ".made"),
  ].join("\n");
}

/**
 * A folded part of `showDetails` (`name` is also the fold's id): the fold itself is kept, open
 * or closed as the person left it; its content is given again when the request (`asked`)
 * changed, and drawn only if open.
 */
function foldPart(name, summaryKey, className, text, asked, content) {
  const draw = () => {
    const part = fold(name, summaryKey, text, content, className);
    part.dataset.asked = asked;
    return part;
  };
  const refresh = (part) => {
    if (part.dataset.asked === asked) return;
    part.dataset.asked = asked;
    refold(part, content);
  };
  return [name, text.language, draw, refresh];
}

/**
 * Shows everything below the headline in `container`, in the order a person needs it: what to
 * do next, what to keep in mind, the answers with a way back to each, how it was worked out
 * (folded), the law, and the chart (folded). Part by part: a part is drawn again only when
 * what it shows has changed (its key), so typing an amount redraws the answers and, when they
 * are open, the working and the chart; never the whole result. `request` is what the engine
 * was asked; `steps()` gives the working (`explain()`), called only when the working or the
 * chart is drawn; `rewardAt` computes this case at another amount and `chartWidth()` the width
 * the chart has; `readAmount(typed)` gives the typed amount in the page's notation.
 */
export function showDetails(container, result, text, { form, today, request, steps, rewardAt, limits, chartWidth, readAmount }) {
  const { language } = text;
  const asked = JSON.stringify(request);
  const next = ["next", `${language} ${result.status}`, () => nextSteps(text, result.status, keepButtons(text, resultText))];
  const rows = answerRows(form, text, readAmount);
  // Drawn again when other questions are answered; otherwise only the answers' words change.
  const questionsAnswered = rows.map((row) => row.id).join(" ");
  const yourAnswers = ["answers", `${language} ${today} ${questionsAnswered}`, () => answers(rows, text, today), (part) => refreshAnswers(part, rows)];
  const workingFold = foldPart("working", "working.heading", "", text, asked, () => [working(result, steps(), text, request)]);
  const parts = result.status === "not_eligible" ? [next, yourAnswers, workingFold] : [
    next,
    ["caveats", `${language} ${result.caveats}`, () => caveats(result, text)],
    yourAnswers,
    workingFold,
    ["law", `${language} ${JSON.stringify([result.regime, result.mci])}`, () => law(result, text)],
    foldPart("chart", "chart.heading", "screen-only", text, asked, () => chart(result, steps(), text, rewardAt, limits, chartWidth())),
  ];
  const shown = parts.map(([name, key, draw, refresh]) => {
    const drawn = container.querySelector(`:scope > [data-part="${name}"]`);
    if (drawn?.dataset.key === key) {
      refresh?.(drawn);
      return drawn;
    }
    const part = draw();
    part.dataset.part = name;
    part.dataset.key = key;
    return part;
  });
  // In order, moving or replacing only what is not already in its place.
  shown.forEach((part, index) => {
    const there = container.children[index];
    if (there === part) return;
    if (there && !shown.includes(there)) there.replaceWith(part);
    else container.insertBefore(part, there ?? null);
  });
  while (container.children.length > shown.length) container.lastElementChild.remove();
}
