// The answer page: the result first, then how it was worked out, then the law, the caveats,
// the chart and what to do next. Everything is drawn from the engine's data; the only words
// here are catalog keys.
import { chart } from "./chart.js";
import { element } from "./dom.js";
import { dateValue } from "./flow.js";

/** Law No. 410-V on adilet.zan.kz, in the page's language (rules.md: /kaz/, /rus/, /eng/). */
const lawLink = (language) => `https://adilet.zan.kz/${{ kk: "kaz", ru: "rus", en: "eng" }[language]}/docs/Z1500000410`;

const section = (headingKey, text, children, className = "") =>
  element("section", { class: `result-part ${className}`.trim() }, [element("h3", {}, [text.t(headingKey)]), ...children]);

/** One line of the working, in words, from the engine's step data. */
function stepText(step, result, text) {
  const { t, tenge, number, date } = text;
  const value = result.mci ? tenge(result.mci.value.tenge) : "";
  const span = (min, max, one, range, extra = {}) =>
    min === max ? t(one, { mci: number(min), ...extra }) : t(range, { min: number(min), max: number(max), ...extra });
  switch (step.step) {
    case "verdict": return t(`step.verdict.${step.verdict}`);
    // The role's rule (E6–E9) is also a caveat: one sentence serves both.
    case "reporter": return t(`caveat.${step.rule}`);
    case "regime": return t("step.regime", { date: date(step.decisionDate), act: t(`regime.${step.regime.id}`) });
    case "mci":
      if (step.latestKnownYear) {
        return t("step.mci.beyond", { year: step.date.slice(0, 4), latest: step.latestKnownYear, value: tenge(step.value.tenge) });
      }
      return t(step.chosenByUser ? "step.mci.chosen" : "step.mci", { date: date(step.date), value: tenge(step.value.tenge), from: date(step.value.effectiveFrom) });
    case "tier": return span(String(step.minMci), String(step.maxMci), "step.tier", "step.tier.range", { offense: t(`offense.${step.offense}`) });
    case "no_bribe_or_damage":
    case "amount_not_used": return t(`step.${step.step}`);
    case "unknown_amount": return t("step.unknown_amount", { min: number(String(step.minMci)), max: number(String(step.maxMci)) });
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

/** The headline: status, then the amount in tenge and in MCI (a range reads as one). */
export function headline(result, text, provisional) {
  const { t } = text;
  const nodes = [element("p", { class: `status status-${result.status}` }, [t(`status.${result.status}`)])];
  if (result.status === "not_eligible") {
    nodes.push(element("p", { class: "reason" }, [t("status.not_eligible.reason")]));
    return nodes;
  }
  nodes.push(
    // A public servant's case leads with the certificate (E6): the cash figure is for reference.
    element("p", { class: result.status === "non_monetary_likely" ? "amount amount-reference" : "amount", "data-testid": "amount" }, [text.rewardTenge(result.reward)]),
    element("p", { class: "amount-mci", "data-testid": "amount-mci" }, [text.rewardMci(result.reward)]),
    element("p", { class: "branch" }, [t(`branch.${result.branch}`)]),
  );
  if (provisional) nodes.push(element("p", { class: "provisional" }, [t("result.provisional")]));
  return nodes;
}

function working(result, steps, text) {
  const lines = steps.map((step) =>
    element("li", {}, [stepText(step, result, text), " ", element("span", { class: "source" }, [`(${step.rule}: ${text.t(`rule.${step.rule}`)})`])]),
  );
  return section("working.heading", text, [element("ol", { class: "steps" }, lines)]);
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
      element("li", {}, [element("a", { href: lawLink(text.language), target: "_blank", rel: "noopener noreferrer", hreflang: text.language }, [t("law.link.law")])]),
      element("li", {}, [t("law.link.rules")]),
    ]),
  );
  return section("law.heading", text, parts);
}

function caveats(result, text) {
  const items = result.caveats.map((caveat) => element("li", {}, [text.t(`caveat.${caveat}`)]));
  return section("caveats.heading", text, [element("ul", { class: "caveats" }, items)]);
}

/** The call centre's number as a link a phone can call: the text's other words stay text. */
const HOTLINE = "1424";
function withPhoneLinks(sentence) {
  return sentence.split(HOTLINE).flatMap((part, index) => (index ? [element("a", { href: `tel:${HOTLINE}` }, [HOTLINE]), part] : [part]));
}

/**
 * What to do next. After an acquittal there is no reward to ask for: nothing about keeping the
 * report for it, and no closing warning about false reports to someone who did nothing wrong.
 */
function nextSteps(text, status) {
  const { t } = text;
  const keys = status === "not_eligible" ? ["next.call", "next.protection"] : ["next.call", "next.report", "next.protection", "next.false"];
  const printButton = element("button", { type: "button", class: "print-button" }, [t("next.print")]);
  printButton.addEventListener("click", () => window.print());
  return section("next.heading", text, [
    element("ul", {}, keys.map((key) => element("li", {}, withPhoneLinks(t(key))))),
    printButton,
  ], "next-steps");
}

/** The answers as asked, for the printed summary. */
function summary(form, text, today) {
  const rows = [];
  for (const fieldset of form.querySelectorAll("fieldset.question:not([hidden])")) {
    const question = fieldset.querySelector("legend").textContent;
    const checked = fieldset.querySelector("input[type=radio]:checked");
    const dateField = fieldset.querySelector("[data-date]")?.dataset.date;
    const typed = dateField ? dateValue(form, dateField) : fieldset.querySelector("input[type=text]")?.value;
    const value = dateField && /^\d{4}-\d{2}-\d{2}$/.test(typed ?? "") ? text.date(typed) : typed;
    const answer = checked ? form.querySelector(`label[for="${checked.id}"] span`).textContent : value;
    if (answer) rows.push(element("dt", {}, [question]), element("dd", {}, [answer]));
  }
  return element("section", { class: "print-only result-part" }, [
    element("h3", {}, [text.t("summary.heading")]),
    element("dl", {}, rows),
    element("p", {}, [text.t("summary.made", { date: text.date(today) })]),
  ]);
}

/**
 * Everything below the headline; `steps` is the working (`explain()`). `rewardAt` computes
 * this case at another amount (the chart).
 */
export function details(result, steps, text, { form, today, rewardAt, limits }) {
  if (result.status === "not_eligible") return [working(result, steps, text), nextSteps(text, result.status), summary(form, text, today)];
  return [
    working(result, steps, text),
    law(result, text),
    caveats(result, text),
    section("chart.heading", text, chart(result, steps, text, rewardAt, limits), "screen-only"),
    nextSteps(text, result.status),
    summary(form, text, today),
  ];
}
