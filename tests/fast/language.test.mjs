// Which language the page opens in: ?lang=, else an <html lang> the embedding page set, else
// the browser's languages, else Kazakh.
import { test } from "node:test";
import assert from "node:assert/strict";
import engine from "../../www/tools/engine.mjs";
import { pickLanguage, loadCatalog, translator, LANGUAGES } from "../../www/page/js/i18n.js";

const text = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (language) => [language, translator(language, await loadCatalog(language), engine.limits())])),
);

const base = { search: "", htmlLang: "kk", htmlLangIsDefault: true, browserLanguages: [] };

test("?lang= wins over everything", () => {
  assert.equal(pickLanguage({ ...base, search: "?lang=ru", htmlLang: "en", htmlLangIsDefault: false, browserLanguages: ["en-US"] }), "ru");
});

test("an unknown ?lang= is ignored", () => {
  assert.equal(pickLanguage({ ...base, search: "?lang=de", browserLanguages: ["en-GB"] }), "en");
});

test("an <html lang> set by the embedder comes next; the shipped default does not count", () => {
  assert.equal(pickLanguage({ ...base, htmlLang: "ru-KZ", htmlLangIsDefault: false, browserLanguages: ["en"] }), "ru");
  assert.equal(pickLanguage({ ...base, htmlLang: "kk", htmlLangIsDefault: true, browserLanguages: ["en"] }), "en");
});

test("then the first of the browser's languages the page has, else Kazakh", () => {
  assert.equal(pickLanguage({ ...base, browserLanguages: ["de-DE", "ru-RU", "en"] }), "ru");
  assert.equal(pickLanguage({ ...base, browserLanguages: ["de-DE", "fr"] }), "kk");
});

test("dates are written from the catalogs, the same in every browser", () => {
  assert.equal(text.kk.date("2025-05-20"), "2025 жылғы 20 мамыр");
  assert.equal(text.ru.date("2025-05-20"), "20 мая 2025 года");
  assert.equal(text.en.date("2025-05-20"), "20 May 2025");
});

test("a date with its own full stop ends the sentence without a second one", () => {
  // No catalog's date ends with a stop now; an abbreviation as the last value still may.
  const said = text.ru.t("law.mci", { value: "1852 тг.", date: text.ru.date("2014-05-10") });
  assert.ok(said.endsWith("1852 тг.") && !said.endsWith(".."), said);
  assert.equal(text.en.t("law.mci", { value: "KZT 1,852", date: text.en.date("2014-05-10") }).at(-1), ".");
});

test("tenge keep every decimal the engine gave and drop whole tiyn", () => {
  const nbsp = "\u00a0";
  assert.equal(text.ru.tenge("275240.00"), `275${nbsp}240${nbsp}₸`);
  assert.equal(text.kk.tenge("393200.105"), `393${nbsp}200,105${nbsp}₸`);
  assert.equal(text.en.tenge("393200.10"), `KZT${nbsp}393,200.10`);
});

/**
 * Decimal strings of every shape the engine gives: whole, 1 to 3 places, 1 to 16 digits.
 * @returns {`${number}`[]}
 */
function decimalStrings() {
  const strings = ["0", "0.00", "5", "70", "100.00", "999", "1000", "3932", "275240.00", "393200.105", "127.10"];
  let seed = 7;
  /** @param {number} below */
  const random = (below) => {
    seed = (seed * 48271) % 2147483647;
    return seed % below;
  };
  for (let i = 0; i < 500; i += 1) {
    const whole = String(random(10) === 0 ? random(10) : random(2147483647) * 10 ** random(7));
    const places = random(4);
    strings.push(places ? `${whole}.${String(random(10 ** places)).padStart(places, "0")}` : whole);
  }
  return /** @type {`${number}`[]} */ (strings);
}

// Node carries full ICU: its ru-KZ and en are what tests/support/shown.mjs says the page writes.
test("numbers and tenge are written as Intl writes them in ru-KZ and en, digit for digit", () => {
  for (const [language, locale] of [["kk", "ru-KZ"], ["ru", "ru-KZ"], ["en", "en"]]) {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    for (const amount of decimalStrings()) {
      assert.equal(text[language].number(amount), plain.format(amount), `${language} number ${amount}`);
      const fraction = amount.split(".")[1] ?? "";
      const places = /^0*$/.test(fraction) ? 0 : Math.max(2, fraction.length);
      const currency = new Intl.NumberFormat(locale, { style: "currency", currency: "KZT", minimumFractionDigits: places, maximumFractionDigits: places });
      assert.equal(text[language].tenge(amount), currency.format(amount), `${language} tenge ${amount}`);
    }
  }
});
