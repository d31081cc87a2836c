// How the page must write the engine's figures in each language, written out
// independently of the page's own i18n.js, so a page test can read a vector's expected
// figures off the screen: kk and ru "275 240 ₸", "127,16 АЕК"; en "KZT 275,240", "127.16 MCI".
import engine from "../../www/tools/engine.mjs";

export const LANGUAGES = ["kk", "ru", "en"];
const NBSP = "\u00a0";

/** "1234567.50" → the language's digits: groups of three, its decimal mark, no zero tiyn. */
function digits(language, decimal, { dropZeroFraction }) {
  const [whole, fraction = ""] = decimal.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, language === "en" ? "," : NBSP);
  const kept = dropZeroFraction && /^0*$/.test(fraction) ? "" : fraction;
  return kept ? `${grouped}${language === "en" ? "." : ","}${kept}` : grouped;
}

const RANGE = { kk: (a, b) => `${a} – ${b}`, ru: (a, b) => `от ${a} до ${b}`, en: (a, b) => `from ${a} to ${b}` };
const MCI_UNIT = { kk: "АЕК", ru: "МРП", en: "MCI" };
const MCI_RANGE = { kk: (a, b) => `${a}–${b}`, ru: (a, b) => `от ${a} до ${b}`, en: (a, b) => `${a} to ${b}` };

/** One tenge figure ("275240.00"). */
export function shownTenge(language, decimal) {
  const amount = digits(language, decimal, { dropZeroFraction: true });
  return language === "en" ? `KZT${NBSP}${amount}` : `${amount}${NBSP}₸`;
}

const split = (value) => (value.includes("..") ? value.split("..") : [value, value]);

/** A vector's *tenge* cell: one figure, or a range `min..max`. */
export function shownReward(language, cell) {
  const [min, max] = split(cell);
  return min === max ? shownTenge(language, min) : RANGE[language](shownTenge(language, min), shownTenge(language, max));
}

/** A vector's *MCI* cell ("70", "127.16", "4000.00", "40..100"), with its unit. */
export function shownMci(language, cell) {
  const [min, max] = split(cell).map((mci) => digits(language, mci.includes(".") ? mci.replace(/\.?0+$/, "") : mci, { dropZeroFraction: false }));
  return `${min === max ? min : MCI_RANGE[language](min, max)}${NBSP}${MCI_UNIT[language]}`;
}

/**
 * The figure the headline shows for `answers` (what a person entered, `pageAnswersOf`), in
 * `language`, or null where R16 gives no single figure (an acquittal, the rule above the
 * threshold, a case of unknown kind). Counted by the engine in Node on the same day as the
 * browser's, so a case under appeal (today's MCI) stays right whatever the date.
 */
export function headlineAmount(language, answers) {
  const result = engine.estimate(answers);
  const { minTenge, maxTenge } = result.reward;
  if (result.status === "not_eligible") return null;
  if (minTenge === maxTenge) return shownTenge(language, minTenge);
  if (result.branch === "ten_percent_of_unknown" || ["unknown", "criminal_unknown"].includes(answers.offense)) return null;
  // The case known, the amount not: the tier, with its condition.
  return shownTenge(language, minTenge);
}
