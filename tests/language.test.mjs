// Which language the page opens in: ?lang=, else an <html lang> the embedding page set, else
// the browser's languages, else Kazakh.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pickLanguage, translator } from "../www/js/i18n.js";

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
  assert.equal(translator("kk").date("2025-05-20"), "2025 ж. 20 мамыр");
  assert.equal(translator("ru").date("2025-05-20"), "20 мая 2025 г.");
  assert.equal(translator("en").date("2025-05-20"), "20 May 2025");
});

test("tenge keep every decimal the engine gave and drop whole tiyn", () => {
  const nbsp = "\u00a0";
  assert.equal(translator("ru").tenge("275240.00"), `275${nbsp}240${nbsp}₸`);
  assert.equal(translator("kk").tenge("393200.105"), `393${nbsp}200,105${nbsp}₸`);
  assert.equal(translator("en").tenge("393200.10"), `KZT${nbsp}393,200.10`);
});
