// Languages: choosing one, looking up its texts, and formatting money, numbers and dates the
// way that language writes them. The catalogs are flat: one key, one text.
import kk from "./lang/kk.js";
import ru from "./lang/ru.js";
import en from "./lang/en.js";

const CATALOGS = { kk, ru, en };
export const LANGUAGES = Object.keys(CATALOGS);
/**
 * The locale numbers are written in. Kazakh writes them as Russian does in Kazakhstan
 * ("275 240 ₸", rules.md §7), and Chromium's Kazakh data is incomplete: it claims kk-KZ
 * but writes "KZT 275,240". So ru-KZ formats Kazakh numbers.
 */
const NUMBER_LOCALES = { kk: "ru-KZ", ru: "ru-KZ", en: "en" };

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

/** Text lookup and formatting for one language. */
export function translator(language) {
  const catalog = CATALOGS[language];
  const locale = NUMBER_LOCALES[language];
  const tengeFormats = new Map();
  const tengeWith = (places) => {
    if (!tengeFormats.has(places)) {
      const options = { style: "currency", currency: "KZT", minimumFractionDigits: places, maximumFractionDigits: places };
      tengeFormats.set(places, new Intl.NumberFormat(locale, options));
    }
    return tengeFormats.get(places);
  };
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const months = catalog["date.months"].split(",");
  /** The text of `key`, with `{name}` replaced by `values.name`. */
  const t = (key, values = {}) =>
    (catalog[key] ?? key).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));

  /**
   * Tenge from the engine's decimal string ("275240.00", or "393200.105" before rounding).
   * Intl formats the string itself, so the amount never becomes a float; every decimal place
   * the engine gave is shown, and none for whole tenge.
   */
  const tenge = (amount) => {
    const fraction = amount.split(".")[1] ?? "";
    return tengeWith(/^0*$/.test(fraction) ? 0 : Math.max(2, fraction.length)).format(amount);
  };
  /** A plain decimal string (MCI counts, MCI values). */
  const number = (amount) => decimal.format(amount);

  // Plain functions, not methods: callers destructure them.
  return {
    language,
    t,
    tenge,
    number,
    /** A reward's tenge: one amount, or a range when its bounds differ. */
    rewardTenge: ({ minTenge, maxTenge }) =>
      minTenge === maxTenge ? tenge(minTenge) : t("reward.range", { min: tenge(minTenge), max: tenge(maxTenge) }),
    /** A reward's MCI, the same way. */
    rewardMci: ({ minMci, maxMci }) =>
      minMci === maxMci
        ? t("reward.mci", { mci: number(minMci) })
        : t("reward.mci.range", { min: number(minMci), max: number(maxMci) }),
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

/** Fills every `[data-i18n]` element below `root` (and `[data-i18n-label]` aria-labels). */
export function translateStatic(root, text, values = {}) {
  for (const element of root.querySelectorAll("[data-i18n]")) {
    const key = element.dataset.i18n;
    const mci = element.dataset.mci;
    element.textContent = text.t(key, mci ? { mci: text.number(mci) } : values[key]);
  }
  for (const element of root.querySelectorAll("[data-i18n-label]")) {
    element.setAttribute("aria-label", text.t(element.dataset.i18nLabel));
  }
}
