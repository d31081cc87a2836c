// Languages: choosing one, loading its texts, and writing money, numbers and dates the way
// that language writes them. The catalogs are flat (one key, one text) and each is its own
// file, fetched when its language is first used: a visitor downloads one language, not three.
import { HOTLINE, withPhoneLinks } from "./phone.js";
// Who runs this copy of the calculator, and the day its rules were last checked against the
// law: one file, www/about.json, read here for the page and for the build alike. Its
// `operator` is null until someone who runs it fills in { name, contact, feedback }: the page
// then says plainly that it is an independent calculator, not the Service's.
import ABOUT from "../../about.json" with { type: "json" };

/** Each language's catalog, loaded on first use. */
const CATALOGS = {
  kk: () => import("./lang/kk.js"),
  ru: () => import("./lang/ru.js"),
  en: () => import("./lang/en.js"),
};
export const LANGUAGES = Object.keys(CATALOGS);

const NBSP = "\u00a0";
/**
 * How each language writes numbers and tenge (tests/support/shown.mjs holds the page to it): kk and ru "275 240,5 ₸" with
 * no-break spaces, en "KZT 275,240.5" (Kazakh writes them as Russian does in Kazakhstan).
 * Written here rather than by Intl.NumberFormat: the engine's decimal strings stay strings,
 * never a float; every browser writes them the same (Chromium's kk-KZ data gives "KZT
 * 275,240"); and the page does not wait 10–20 ms for Intl's first use (measured).
 * tests/fast/language.test.mjs checks these against Intl's ru-KZ and en.
 */
const KAZAKHSTAN_STYLE = { group: NBSP, decimal: ",", tenge: (amount) => `${amount}${NBSP}₸` };
const NUMBER_STYLES = {
  kk: KAZAKHSTAN_STYLE,
  ru: KAZAKHSTAN_STYLE,
  en: { group: ",", decimal: ".", tenge: (amount) => `KZT${NBSP}${amount}` },
};

/** A decimal string without the zeros that end its fraction: "500000.00" → "500000". */
export const withoutTrailingZeros = (decimal) => (decimal.includes(".") ? decimal.replace(/\.?0+$/, "") : decimal);

/** A decimal string ("1234567.5") with a language's marks; no digit is added or lost. */
function writeDecimal(decimalString, { group, decimal }) {
  const [whole, fraction] = decimalString.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return fraction ? `${grouped}${decimal}${fraction}` : grouped;
}

/**
 * The page's language: `?lang=`, else an `<html lang>` the embedding page set (the shipped
 * file marks its own as a default), else the browser's languages, else Kazakh.
 */
export function pickLanguage({ search, htmlLang, htmlLangIsDefault, browserLanguages }) {
  const known = (tag) => {
    const base = String(tag ?? "").toLowerCase().split("-")[0];
    return LANGUAGES.includes(base) ? base : null;
  };
  return (
    known(new URLSearchParams(search).get("lang")) ??
    (htmlLangIsDefault ? null : known(htmlLang)) ??
    browserLanguages.map(known).find(Boolean) ??
    "kk"
  );
}

/** The catalog of `language` (fetched the first time). */
export async function loadCatalog(language) {
  return (await CATALOGS[language]()).default;
}

/**
 * Text lookup and formatting for one language, from its catalog. `limits` are the engine's
 * R5 numbers (`limits()`): texts name them `{thresholdMci}`, `{percent}`, `{capMci}` and
 * `{capReachedAtMci}` and never write them out, so the law's figures live in the engine alone;
 * the call centre's number is `{hotline}` (phone.js).
 */
export function translator(language, catalog, limits) {
  const style = NUMBER_STYLES[language];
  const months = catalog["date.months"].split(",");
  const figures = {
    thresholdMci: writeDecimal(String(limits.thresholdMci), style),
    percent: String(limits.percentage),
    capMci: writeDecimal(String(limits.capMci), style),
    capReachedAtMci: writeDecimal(String(limits.capReachedAtMci), style),
    // Not a figure of the law but a fact all the same, written once: the call centre (src/rules.md, "Reporter protection").
    hotline: HOTLINE,
  };
  /** The text of `key`, with `{name}` replaced by `values.name`, or by the figure so named. */
  const t = (key, values = {}) =>
    (catalog[key] ?? key).replace(/\{(\w+)\}(\.?)/g, (whole, name, stop) => {
      const value = values[name] ?? figures[name];
      if (value === undefined) return whole;
      // A value with its own full stop (an abbreviation such as "г.") ends the sentence: no "г..".
      return String(value).endsWith(".") ? String(value) : `${value}${stop}`;
    });

  /**
   * Tenge from the engine's decimal string ("275240.00", or "393200.105" before rounding):
   * every decimal place the engine gave, at least two, and none for whole tenge.
   */
  const tenge = (amount) => {
    const [whole, fraction = ""] = amount.split(".");
    const shown = /^0*$/.test(fraction) ? whole : `${whole}.${fraction.padEnd(2, "0")}`;
    return style.tenge(writeDecimal(shown, style));
  };
  /** A plain decimal string (MCI counts, MCI values), without trailing zeros. */
  const number = (amount) => writeDecimal(withoutTrailingZeros(amount), style);

  // Plain functions, not methods: callers destructure them.
  return {
    language,
    t,
    tenge,
    number,
    /** A reward's tenge: one amount, or a range when its bounds differ. */
    rewardTenge: ({ minTenge, maxTenge }) =>
      minTenge === maxTenge ? tenge(minTenge) : t("reward.range", { min: tenge(minTenge), max: tenge(maxTenge) }),
    /**
     * An ISO day ("2025-05-20") in words, from the catalog's own month names and pattern:
     * browsers differ in their Kazakh date data, the catalog does not.
     */
    date: (iso) => {
      const [year, month, day] = iso.split("-").map(Number);
      return t("date.long", { year, month: months[month - 1], day });
    },
  };
}

/** The values the page's static sentences need: the latest MCI and its year; who runs it. */
export function staticValues(text, latestMci) {
  return {
    "rules.mci": { value: text.tenge(latestMci.tenge), year: latestMci.effectiveFrom.slice(0, 4) },
    "footer.operator": ABOUT.operator ?? {},
    "footer.checked": { date: text.date(ABOUT.rulesCheckedOn) },
  };
}

/** The sentence that says who runs the calculator: the operator's, once www/about.json names one. */
const whoKey = (key) => (key === "footer.independent" && ABOUT.operator ? "footer.operator" : key);

/**
 * The text of the element marked with `key` (its `data-i18n`), with its `data-mci` count if it
 * has one, else the key's `values`. One rule for the page and for the language pages the build
 * writes.
 */
export function staticText(text, key, mci, values) {
  const shown = whoKey(key);
  return text.t(shown, mci ? { mci: text.number(mci) } : values[shown]);
}

/**
 * Fills every `[data-i18n]` element below `root` (and `[data-i18n-label]` aria-labels); in a
 * `[data-phone]` one the hotline's number is a link.
 */
export function translateStatic(root, text, values = {}) {
  for (const element of root.querySelectorAll("[data-i18n]")) {
    const translated = staticText(text, element.dataset.i18n, element.dataset.mci, values);
    // The language's page already carries its text: rewriting it would only cost a layout.
    if (element.textContent === translated) continue;
    if (element.hasAttribute("data-phone")) element.replaceChildren(...withPhoneLinks(translated));
    else element.textContent = translated;
  }
  for (const element of root.querySelectorAll("[data-i18n-label]")) {
    element.setAttribute("aria-label", text.t(element.dataset.i18nLabel));
  }
}
