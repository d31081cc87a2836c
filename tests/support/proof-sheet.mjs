// The proof sheet: every catalog text as the page shows it, its placeholders filled with real
// values (the engine's figures, tenge and dates written by the page's own translator, real
// article references), kk, ru and en side by side, for a reader to check line by line.
// `node tests/support/proof-sheet.mjs` writes tests/proof-sheet.md; tests/fast/proof-sheet.test.mjs fails
// when a catalog change leaves that file stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import engine from "../../www/tools/engine.mjs";
import { translator, staticValues, LANGUAGES } from "../../www/page/js/i18n.js";
import { CATALOGS } from "./catalogs.mjs";

export const SHEET = fileURLToPath(new URL("../proof-sheet.md", import.meta.url));

const limits = engine.limits();
const regimes = engine.regimes();
const mciTable = engine.mciTable();
const latestMci = mciTable.at(-1);

/** A case the page shows: a grave offense, 5 000 000 ₸, the verdict in force on 20 May 2025. */
const DAY = "2025-05-20";
const MCI = { value: "3932", from: "2025-01-01" };

/** A line of articles as the page reads it back (verdict-line.js): ч. 3 ст. 24, п. 2 ч. 3 ст. 190 УК РК. */
function readBack(x) {
  const reference = (article, part, point) =>
    point ? x.t("line.reference.point", { article, part, point }) : part ? x.t("line.reference.part", { article, part }) : x.t("line.reference", { article });
  const described = x.t("line.article", { reference: reference("190", "3", "2"), code: x.t("line.code.criminal") });
  const attempt = x.t("line.with", { reference: reference("24", "3"), meaning: x.t("line.kind.attempt") });
  const administrative = x.t("line.article", { reference: reference("677"), code: x.t("line.code.administrative") });
  return `${described}, ${attempt}; ${administrative}`;
}

/**
 * The values each text is shown with, as the page gives them (result.js, app.js, chart.js,
 * verdict-line.js, errors.js): one set, or several when the page fills the text in more than
 * one way. A text with no placeholder but the figures and {hotline} needs none.
 */
const VALUES = {
  "date.long": (x) => [{ ...dayParts(x, DAY) }, { ...dayParts(x, "2012-09-04") }],
  "date.read": (x) => ({ date: x.date("2025-03-01") }),
  "page.exit.more": () => ({ count: 2 }),
  "line.read": (x) => ({ articles: readBack(x) }),
  "line.reference": () => ({ article: "366" }),
  "line.reference.part": () => ({ article: "366", part: "3" }),
  "line.reference.point": () => ({ article: "190", part: "3", point: "2" }),
  "line.article": (x) => ({ reference: x.t("line.reference.part", { article: "366", part: "3" }), code: x.t("line.code.criminal") }),
  "line.with": (x) => ({ reference: x.t("line.reference.part", { article: "24", part: "3" }), meaning: x.t("line.kind.attempt") }),
  "line.finding.corruption": (x) => ({ category: x.t("offense.grave") }),
  "line.finding.range": (x) => ({ min: x.t("offense.medium"), max: x.t("offense.grave") }),
  "line.finding.administrative_code_article": () => ({ article: "677" }),
  "line.finding.no_such_article": () => ({ article: "999" }),
  "line.finding.part_missing": () => ({ article: "366" }),
  "amount.read": (x) => ({ amount: x.tenge("3450000.00") }),
  "threshold.question.tenge": (x) => ({ threshold: x.tenge("3932000.00") }),
  "error.mci_date_before_table": (x) => ({ date: x.date(mciTable[0].effectiveFrom) }),
  "error.no_regime": (x) => ({ date: x.date(regimes[0].inForceFrom) }),
  ...Object.fromEntries(["day", "month", "year", "day_month", "day_year", "month_year"].map((parts) =>
    [`error.date.missing.${parts}`, (x) => ({ label: x.t("inForceDate.label") })])),
  "error.date.not_real": (x) => [{ label: x.t("inForceDate.label") }, { label: x.t("committed.label") }],
  "error.date.year": (x) => ({ label: x.t("mciDate.label") }),
  "figure.percentage_rule": (x) => ({ cap: x.tenge("15728000.00") }),
  "figure.percentage_rule.more_than": (x) => ({ min: x.tenge("393200.00") }),
  "figure.depends_on_case.span": (x) => ({ min: x.tenge("117960.00"), max: x.tenge("393200.00") }),
  "figure.if_at_most": (x) => ({ threshold: x.tenge("3932000.00") }),
  "figure.if_above": (x) => ({ cap: x.tenge("15728000.00") }),
  "result.if_decided_today": (x) => [{ year: "2026", amount: x.tenge("302750.00") }, { year: "2026", amount: x.t("figure.percentage_rule", { cap: x.tenge("17300000.00") }) }],
  "reward.range": (x) => ({ min: x.tenge("117960.00"), max: x.tenge("393200.00") }),
  "reward.mci": (x) => ({ mci: x.number("70") }),
  "step.regime.in_force": (x) => regimes.map((regime) => ({ date: x.date(DAY), act: x.t(`regime.${regime.id}`) })),
  "step.regime.in_force.administrative": (x) => regimes.map((regime) => ({ date: x.date(DAY), act: x.t(`regime.${regime.id}`) })),
  "step.regime.decided": (x) => ({ date: x.date("2025-06-10"), act: x.t("regime.order-270-2023") }),
  "step.regime.today": (x) => ({ date: x.date(DAY), act: x.t("regime.order-270-2023") }),
  "step.mci": (x) => ({ date: x.date(DAY), value: x.tenge(MCI.value), from: x.date(MCI.from) }),
  "step.mci.chosen": (x) => ({ date: x.date("2024-03-01"), value: x.tenge("3692"), from: x.date("2024-01-01") }),
  "step.mci.beyond": (x) => ({ year: "2027", latest: latestMci.effectiveFrom.slice(0, 4), value: x.tenge(latestMci.tenge) }),
  "step.tier": (x) => ({ offense: x.t("offense.grave"), mci: x.number("70") }),
  "step.tier.range": (x) => ({ offense: x.t("offense.grave"), min: x.number("50"), max: x.number("70") }),
  "step.tier.range.unknown": (x) => ({ min: x.number("30"), max: x.number("100") }),
  "step.tier.range.criminal_unknown": (x) => ({ min: x.number("40"), max: x.number("100") }),
  "step.unknown_amount": (x) => ({ min: x.number("70"), max: x.number("4000") }),
  "step.at_most_threshold": (x) => ({ threshold: x.tenge("3932000.00") }),
  "step.above_threshold": (x) => ({ threshold: x.tenge("3932000.00"), moreThan: x.number("100") }),
  "step.threshold.above": (x) => ({ amount: x.tenge("5000000.00"), value: x.tenge(MCI.value), mci: x.number("1271.62"), threshold: x.tenge("3932000.00") }),
  "step.threshold.not_above": (x) => ({ amount: x.tenge("2000000.00"), value: x.tenge(MCI.value), mci: x.number("508.65"), threshold: x.tenge("3932000.00") }),
  "step.percentage": (x) => ({ amount: x.tenge("5000000.00"), exact: x.tenge("500000") }),
  "step.cap.applied": (x) => ({ cap: x.tenge("15728000.00") }),
  "step.cap.not_applied": (x) => ({ cap: x.tenge("15728000.00") }),
  "step.rounding": (x) => ({ exact: x.tenge("393200.105"), rounded: x.tenge("393200.11") }),
  "step.to_tenge": (x) => ({ mci: x.number("70"), value: x.tenge(MCI.value), tenge: x.tenge("275240.00") }),
  "step.to_tenge.range": (x) => ({ min: x.number("70"), max: x.number("4000"), value: x.tenge(MCI.value), minTenge: x.tenge("275240.00"), maxTenge: x.tenge("15728000.00") }),
  "step.mci_equivalent": (x) => ({ tenge: x.tenge("500000.00"), value: x.tenge(MCI.value), mci: x.number("127.16") }),
  "law.regime": (x) => regimes.map((regime) => ({ act: x.t(`regime.${regime.id}`), period: period(x, regime) })),
  "law.period.open": (x) => ({ from: x.date(regimes.at(-1).inForceFrom) }),
  "law.period.closed": (x) => ({ from: x.date(regimes[0].inForceFrom), until: x.date(regimes[0].inForceUntil) }),
  "law.mci": (x) => [{ value: x.tenge(MCI.value), date: x.date(DAY) }, { value: x.tenge("1852"), date: x.date("2014-05-10") }],
  "chart.table.just_above": (x) => ({ amount: x.tenge("3932001.00"), mci: x.t("reward.mci", { mci: x.number("1000") }) }),
  "summary.made": (x) => ({ date: x.date(DAY), product: x.t("product.name") }),
  "summary.address": () => ({ address: "https://example.kz/syiaqy/" }),
  "rules.mci": (x) => staticValues(x, latestMci)["rules.mci"],
  "footer.checked": (x) => staticValues(x, latestMci)["footer.checked"],
  // www/about.json names no operator yet: a stand-in of the shape it will have.
  "footer.operator": () => ({ name: "Example LLP", contact: "info@example.kz", feedback: "https://example.kz/feedback" }),
};

function dayParts(x, iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month: x.t("date.months").split(",")[month - 1], day };
}

function period(x, regime) {
  return regime.inForceUntil
    ? x.t("law.period.closed", { from: x.date(regime.inForceFrom), until: x.date(regime.inForceUntil) })
    : x.t("law.period.open", { from: x.date(regime.inForceFrom) });
}

const TRANSLATORS = Object.fromEntries(LANGUAGES.map((language) => [language, translator(language, CATALOGS[language], limits)]));

/** Each key's texts as shown, per language: a list, one per set of values. */
export function shownTexts() {
  const shown = {};
  for (const key of Object.keys(CATALOGS.en)) {
    shown[key] = {};
    for (const language of LANGUAGES) {
      const x = TRANSLATORS[language];
      const values = VALUES[key]?.(x) ?? {};
      shown[key][language] = (Array.isArray(values) ? values : [values]).map((set) => x.t(key, set));
    }
  }
  return shown;
}

/** A table cell: the text on one line, pipes escaped, no-break spaces kept as they are. */
const cell = (text) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export function proofSheet() {
  const rows = [];
  for (const [key, texts] of Object.entries(shownTexts())) {
    texts.en.forEach((_, index) => {
      const name = texts.en.length > 1 ? `${key} (${index + 1})` : key;
      rows.push(`| \`${name}\` | ${LANGUAGES.map((language) => cell(texts[language][index])).join(" | ")} |`);
    });
  }
  return [
    "# Proof sheet: every text as the page shows it",
    "",
    "Generated by `node tests/support/proof-sheet.mjs` from the catalogs (`www/page/js/lang/`) through the",
    "page's own translator (`www/page/js/i18n.js`), with real values in each placeholder: the case",
    "of a grave offense, a verdict in force on 20 May 2025, the MCI of 2025, the engine's figures.",
    "Do not edit by hand: `tests/fast/proof-sheet.test.mjs` fails when it is stale.",
    "",
    `| key | ${LANGUAGES.join(" | ")} |`,
    `|---|${LANGUAGES.map(() => "---").join("|")}|`,
    ...rows,
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SHEET, proofSheet());
  console.log(`wrote ${SHEET}`);
}
