// The three catalogs: the same keys in each, every key used by the page, every key the page
// uses present, and each language's page (no-JavaScript text) written from its catalog.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

import { initSync, mciTable, choices, regimes, limits } from "../www/pkg/syiaqy.js";
import { translator } from "../www/js/i18n.js";
import { languagePage } from "../www/tools/pages.mjs";
import kk from "../www/js/lang/kk.js";
import ru from "../www/js/lang/ru.js";
import en from "../www/js/lang/en.js";

const CATALOGS = { kk, ru, en };
initSync({ module: readFileSync(new URL("../www/pkg/syiaqy_bg.wasm", import.meta.url)) });
const WWW = new URL("../www/", import.meta.url);
const SCRIPTS = new URL("js/", WWW);
const SOURCES = [
  readFileSync(new URL("index.html", WWW), "utf8"),
  ...readdirSync(SCRIPTS)
    .filter((name) => name.endsWith(".js"))
    .map((name) => readFileSync(new URL(name, SCRIPTS), "utf8")),
].join("\n");

/** The enumerations the page builds keys from (`offense.${value}` and so on). */
const ENUMERATIONS = {
  // The choices and regimes the engine itself lists: a new one there needs its texts here.
  ...choices(),
  regime: regimes().map((regime) => regime.id),
  amount: ["none", "unknown"],
  status: ["eligible", "non_monetary_likely", "not_yet", "not_eligible"],
  branch: ["tier", "range", "ten_percent", "cap"],
  caveat: ["E6", "E7", "E8", "E9", "E10", "E11", "Q1"],
  rule: ["E1", "E6", "E7", "E8", "E9", "R2", "R4", "R5", "R9", "Q7"],
  error: ["empty", "not_a_number", "negative", "too_many_decimals", "too_large", "ambiguous", "invalid_date", "invalid_choice", "no_regime", "mci_date_before_table"],
  question: ["verdict", "reporter", "offense", "amount", "decisionDate"],
};

/** Keys the page builds from data rather than writes out. */
function builtKeys() {
  const keys = [];
  for (const [prefix, values] of Object.entries(ENUMERATIONS)) for (const value of values) keys.push(`${prefix}.${value}`);
  for (const verdict of ENUMERATIONS.verdict) keys.push(`step.verdict.${verdict}`);
  for (const kind of ["no_bribe_or_damage", "amount_not_used"]) keys.push(`step.${kind}`);
  for (const offense of ENUMERATIONS.offense.slice(0, 5)) keys.push(`offense.${offense}.hint`);
  for (const question of ["verdict", "offense"]) keys.push(`question.${question}.hint`);
  return keys;
}

test("every catalog has exactly the same keys", () => {
  const reference = Object.keys(en).sort();
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    const keys = Object.keys(catalog).sort();
    assert.deepEqual(reference.filter((key) => !keys.includes(key)), [], `missing in ${language}`);
    assert.deepEqual(keys.filter((key) => !reference.includes(key)), [], `only in ${language}`);
    for (const key of keys) assert.ok(catalog[key].trim(), `${language} ${key} is empty`);
  }
});

test("placeholders are the same in every language", () => {
  const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
  for (const key of Object.keys(en)) {
    assert.deepEqual(placeholders(kk[key]), placeholders(en[key]), `kk ${key}`);
    assert.deepEqual(placeholders(ru[key]), placeholders(en[key]), `ru ${key}`);
  }
});

test("a number never splits across lines: no-break spaces in digit groups and before units", () => {
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    for (const [key, text] of Object.entries(catalog)) {
      assert.doesNotMatch(text, /\d \d{3}(?!\d)/, `${language} ${key}: a digit group split by a plain space`);
      assert.doesNotMatch(text, /(?:\d|\}) (?:МРП|АЕК|MCI|₸|%)/, `${language} ${key}: a plain space before a unit`);
    }
  }
});

test("no text writes R5's figures itself: they come from the engine's limits()", () => {
  const { thresholdMci, percentage, capMci, capReachedAtMci } = limits();
  const digits = (figure) => String(figure).replace(/\B(?=(\d{3})+$)/g, "[\u00a0 ,]?");
  const written = new RegExp(`(?<![\\d\u00a0 ,.])(?:${[thresholdMci, capMci, capReachedAtMci].map(digits).join("|")})(?![\\d])|(?<!\\d)${percentage}[\u00a0 ]?%`);
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    for (const [key, text] of Object.entries(catalog)) assert.doesNotMatch(text, written, `${language} ${key}`);
  }
});

test("no key is unused, and every key the page names exists", () => {
  const built = builtKeys();
  const unused = Object.keys(en).filter((key) => !built.includes(key) && !SOURCES.includes(`"${key}"`));
  assert.deepEqual(unused, []);
  for (const key of built) assert.ok(key in en, `the page builds ${key}, which no catalog has`);
  const named = [...SOURCES.matchAll(/(?:\bt\(|data-i18n(?:-label)?=)"([a-z][\w.-]+)"/g)].map((match) => match[1]);
  assert.ok(named.length > 20, "the scan finds the page's keys");
  for (const key of named) assert.ok(key in en, `${key} is named by the page but missing`);
});

test("index.html's static text is the Kazakh catalog's, with the engine's latest MCI", async () => {
  const source = readFileSync(new URL("index.html", WWW), "utf8");
  const kkPage = languagePage(source, translator("kk", kk, limits()), mciTable().at(-1));
  const withoutPageOnlyParts = kkPage
    .replace('<html lang="kk">', '<html lang="kk" data-default-lang>')
    .replace('\n<link rel="modulepreload" href="pkg/lang/kk.js">', "");
  assert.equal(withoutPageOnlyParts, source);
});

test("each language's page is in that language: static text from its catalog, its catalog preloaded", async () => {
  const source = readFileSync(new URL("index.html", WWW), "utf8");
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    const page = languagePage(source, translator(language, catalog, limits()), mciTable().at(-1));
    assert.ok(page.includes(`<html lang="${language}">`), `${language} <html lang>`);
    assert.ok(page.includes(`<link rel="modulepreload" href="pkg/lang/${language}.js">`), `${language} preload`);
    const current = [...page.matchAll(/hreflang="(\w+)" aria-current="true"/g)].map((match) => match[1]);
    assert.deepEqual(current, [language], `${language}: its own link is the current one`);
    const elements = [...page.matchAll(/data-i18n="([\w.-]+)"[^>]*>([^<]*)</g)];
    assert.ok(elements.length > 15);
    for (const [, key, shown] of elements) {
      if (!catalog[key].includes("{")) assert.equal(shown, catalog[key], `${language} ${key}`);
    }
  }
});
