// The three catalogs: the same keys in each, every key used by the page, every key the page
// uses present, and each language's page (no-JavaScript text) written from its catalog.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import engine from "../../www/tools/engine.mjs";
import { PAGE, SITE } from "../../www/tools/paths.mjs";
import { questions, DATE_PARTS, THRESHOLD_ANSWERS } from "../../www/page/js/flow.js";
import { HOTLINE } from "../../www/page/js/phone.js";
import { CATALOGS, shownText } from "../support/catalogs.mjs";
import { pageScriptOf } from "../../www/tools/html.mjs";

const { kk, ru, en } = CATALOGS;
const SCRIPTS = join(PAGE, "js");
const SOURCES = [
  readFileSync(join(PAGE, "index.html"), "utf8"),
  readFileSync(join(PAGE, "host.js"), "utf8"),
  ...readdirSync(SCRIPTS)
    .filter((name) => name.endsWith(".js"))
    .map((name) => readFileSync(join(SCRIPTS, name), "utf8")),
].join("\n");

const { tiers } = engine.limits();
const vocabulary = engine.vocabulary();
/**
 * The enumerations the page builds keys from (`offense.${value}` and so on), every one from the
 * engine: a new choice, status, branch, caveat, rule or error there needs its texts here.
 */
const ENUMERATIONS = {
  ...engine.choices(),
  regime: engine.regimes().map((regime) => regime.id),
  amount: ["none", "unknown"],
  status: vocabulary.status,
  branch: vocabulary.branch,
  caveat: vocabulary.caveat,
  rule: vocabulary.rule,
  error: vocabulary.error,
  question: questions(engine.choices(), engine.limits()).map((question) => question.name),
  threshold: THRESHOLD_ANSWERS,
  // E6–E9 lead the headline (R16).
  doubt: ["E6", "E7", "E8", "E9"],
  // The parts a date misses (errors.js), GOV.UK's messages.
  "error.date.missing": ["day", "month", "year", "day_month", "day_year", "month_year"],
  // Which date stands for the decision day (R14).
  "step.regime": ["in_force", "decided", "today"],
  "line.code": vocabulary.code,
  "line.finding": vocabulary.finding.filter((finding) => finding !== "corruption"),
  "line.caveat": vocabulary.articleCaveat,
  "line.kind": vocabulary.articleKind.filter((kind) => !["special_part", "not_in_code"].includes(kind)),
};

/** Keys the page builds from data rather than writes out. */
function builtKeys() {
  const keys = [];
  for (const [prefix, values] of Object.entries(ENUMERATIONS)) for (const value of values) keys.push(`${prefix}.${value}`);
  for (const verdict of ENUMERATIONS.verdict) keys.push(`step.verdict.${verdict}`);
  for (const kind of ["no_bribe_or_damage", "amount_not_used"]) keys.push(`step.${kind}`);
  for (const { offense } of tiers) keys.push(`offense.${offense}.hint`);
  for (const question of ["verdict", "offense"]) keys.push(`question.${question}.hint`);
  for (const part of DATE_PARTS) keys.push(`date.${part}`);
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
  const { thresholdMci, percentage, capMci, capReachedAtMci } = engine.limits();
  const digits = (figure) => String(figure).replace(/\B(?=(\d{3})+$)/g, "[\u00a0 ,]?");
  const written = new RegExp(`(?<![\\d\u00a0 ,.])(?:${[thresholdMci, capMci, capReachedAtMci].map(digits).join("|")})(?![\\d])|(?<!\\d)${percentage}[\u00a0 ]?%`);
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    for (const [key, text] of Object.entries(catalog)) assert.doesNotMatch(text, written, `${language} ${key}`);
  }
});

test("no text writes the call centre's number itself: it is {hotline}, from phone.js", () => {
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    for (const [key, text] of Object.entries(catalog)) assert.ok(!text.includes(HOTLINE), `${language} ${key}`);
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

test("each built page is in its language: static text from its catalog, its catalog preloaded, the engine's tiers", () => {
  const pages = { "index.html": "kk", "kk.html": "kk", "ru.html": "ru", "en.html": "en" };
  for (const [name, language] of Object.entries(pages)) {
    const page = readFileSync(join(SITE, name), "utf8");
    const catalog = CATALOGS[language];
    assert.ok(page.includes(`<html lang="${language}"${name === "index.html" ? " data-default-lang" : ""}>`), `${name} <html lang>`);
    // Its own catalog, and the chunks the script imports (esbuild's shared runtime).
    const preloads = [...page.matchAll(/<link rel="modulepreload" href="assets\/(\w+)-\w+\.js">/g)].map((match) => match[1]);
    assert.deepEqual(preloads.filter((module) => module !== "chunk"), name === "index.html" ? [] : [language], `${name}: preloads its own catalog only`);
    const script = readFileSync(join(SITE, pageScriptOf(page)), "utf8");
    for (const [, chunk] of script.matchAll(/from"\.\/(chunk-\w+\.js)"/g)) assert.ok(page.includes(`<link rel="modulepreload" href="assets/${chunk}">`), `${name} preloads ${chunk}`);
    const current = [...page.matchAll(/hreflang="(\w+)" aria-current="true"/g)].map((match) => match[1]);
    assert.deepEqual(current, [language], `${name}: its own link is the current one`);
    // An element's text, or in a [data-phone] one its text around the hotline's tel: link.
    const elements = [...page.matchAll(/data-i18n="([\w.-]+)"([^>]*)>((?:[^<]|<a href="tel:1424">1424<\/a>)*)</g)];
    assert.ok(elements.length > 15);
    for (const [, key, attributes, html] of elements) {
      assert.ok(html.trim(), `${name} ${key} is filled`);
      if (attributes.includes("data-phone")) assert.ok(html.includes('<a href="tel:1424">1424</a>'), `${name} ${key}: 1424 can be called`);
      const shown = html.replaceAll('<a href="tel:1424">1424</a>', "1424");
      const written = shownText(catalog[key]);
      if (!written.includes("{")) assert.equal(shown, written.replaceAll("&", "&amp;"), `${name} ${key}`);
    }
    const rows = [...page.matchAll(/data-i18n="offense\.(\w+)"[^>]*>[^<]*<\/th><td data-i18n="reward\.mci" data-mci="(\d+)"/g)];
    assert.deepEqual(rows.map(([, offense, mci]) => ({ offense, mci: Number(mci) })), tiers, `${name}: the tier table is the engine's`);
  }
});

test("the tiers the pages state are what the engine pays for a case without a bribe", () => {
  assert.ok(tiers.length >= 5);
  for (const { offense, mci } of tiers) {
    const result = engine.estimate({ offense, amount: "none", verdict: "in_force", reporter: "citizen", decisionDate: "2025-03-01" });
    assert.equal(result.reward.minMci, String(mci), offense);
    assert.equal(result.reward.maxMci, String(mci), offense);
  }
});

test("the template holds no language text: every text comes from a catalog", () => {
  const template = readFileSync(join(PAGE, "index.html"), "utf8");
  const filled = [...template.matchAll(/data-i18n="([\w.-]+)"[^>]*>([^<]+)</g)].map((match) => match[1]);
  assert.deepEqual(filled, []);
  // Nor a phrase of any catalog (the language names of the switcher are the one exception).
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    for (const [key, text] of Object.entries(catalog)) {
      if (text.length > 12) assert.ok(!template.includes(text), `${language} ${key} is written in the template`);
    }
  }
});

/**
 * The glossary: the official titles of the Rules (src/rules.md, R2) and the forms of
 * encouragement (R3), in each language's own terms.
 */
const GLOSSARY = {
  rules: {
    kk: "Сыбайлас жемқорлық құқық бұзушылық фактісі туралы хабарлаған немесе сыбайлас жемқорлыққа қарсы іс-қимылда өзге де жолмен жәрдемдесетін адамдарды көтермелеу қағидалары",
    ru: "Правила поощрения лиц, сообщивших о факте коррупционного правонарушения или иным образом оказывающих содействие в противодействии коррупции",
    en: "Rules for encouraging persons who reported a corruption offense or otherwise assist in combating corruption",
  },
  forms: {
    kk: ["біржолғы ақшалай сыйақы", "грамота", "алғыс жариялау"],
    ru: ["единовременное денежное вознаграждение", "грамота", "объявление благодарности"],
    en: ["one-time cash reward", "certificate of appreciation", "public gratitude"],
  },
};

/** Words a careful reader rejects, each with what the catalogs say instead. */
const NOT_OUR_TERMS = {
  kk: [
    [/ережелер/i, "the Rules are «Қағидалар» (ереже is a single rule)"],
    [/(?<![Кк]өтермелеу )(?<!\p{L})қағида/u, "the Rules are capitalised «Қағидалар» (lower case only inside the title «…көтермелеу қағидалары»)"],
    [/тұрақты сома/i, "a set amount is «белгіленген сома»"],
    [/шығарыл/i, "«excluded» is said as «сыйақы төленбеуі мүмкін»"],
    [/айыпталушы/i, "an acquitted person is «сотталушы»"],
    [/мекенжай/i, "a link is «сілтеме»"],
    [/оқылғаны/i, "«Read as» is «Біз былай түсіндік»"],
    [/мәтін(?:дер|де|мен)/i, "a legal act is «акт», not «мәтін»"],
    [/\bMCI\b|МРП/, "the MCI is «АЕК» in Kazakh"],
  ],
  ru: [
    [/(?<![А-Яа-яЁё])правил(?:а|ам|ами|ах)?(?![А-Яа-яЁё])/u, "the Rules are capitalised «Правила»"],
    [/исключ[её]н/i, "«excluded» is said as «вознаграждение может не выплачиваться»"],
    [/обвиняем/i, "an acquitted person is «подсудимый»"],
    [/адрес/i, "a link is «ссылка»"],
    [/прочитано как/i, "«Read as» is «Мы прочитали»"],
    [/в текстах|официальным текстом|ни один текст/i, "a legal act is «акт», not «текст»"],
    [/просить о вознаграждении/i, "a payment is claimed by «подать заявление»"],
    [/положено ли/i, "the calculator claims no entitlement"],
    [/\bMCI\b|АЕК/, "the MCI is «МРП» in Russian"],
  ],
  en: [[/\brules\b/, "the Rules are capitalised"]],
};

test("the glossary's terms are used for its concepts, and the Rules are «Қағидалар» / «Правила»", () => {
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    assert.equal(catalog["law.link.rules"], GLOSSARY.rules[language], `${language}: the Rules' official title`);
    for (const form of GLOSSARY.forms[language]) assert.ok(catalog["law.forms"].includes(form), `${language} law.forms: ${form}`);
    for (const [key, text] of Object.entries(catalog)) {
      for (const [word, why] of NOT_OUR_TERMS[language]) assert.doesNotMatch(text, word, `${language} ${key}: ${why}`);
    }
  }
});

test("the next step of a result in force does not repeat what the headline and the person said: that it is in force", () => {
  const inForce = { kk: /заңды күшіне/, ru: /законную силу/, en: /legal force/ };
  for (const [language, catalog] of Object.entries(CATALOGS)) assert.doesNotMatch(catalog["next.ask"], inForce[language], language);
});

test("English never puts a category's capital after a colon mid-sentence: it is quoted, as the line's range is", () => {
  for (const [key, text] of Object.entries(en)) assert.doesNotMatch(text, /:\s*\{(?:category|min|max|offense)\}/, `en ${key}`);
});

test("the product's name is a proper name, capitalised in every language: «Сыйақы», Syiaqy (syiaqy is the package)", () => {
  for (const [language, catalog] of Object.entries(CATALOGS)) assert.match(catalog["product.name"], /^\p{Lu}/u, language);
});

test("«№», units and number words are bound to their number by a no-break space", () => {
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    for (const [key, text] of Object.entries(catalog)) {
      assert.doesNotMatch(text, /№(?!\u00a0)/, `${language} ${key}: «№» without a no-break space after it`);
      assert.doesNotMatch(text, /(?:\d|\})[ \t]+(?:МРП|АЕК|MCI|₸|%|млн|тыс\.|мың)/, `${language} ${key}: a plain space before a unit`);
    }
  }
});

test("a Kazakh placeholder never stands where a case ending is needed: no «{…} бастап», «{…} АЕК дейін»", () => {
  for (const [key, text] of Object.entries(kk)) {
    assert.doesNotMatch(text, /\}(?:\u00a0(?:АЕК|₸|%))?\s+(?:бастап|дейін)/, `kk ${key}: the ablative or dative would fall on the value`);
  }
});

test("dates are in the official forms: «2025 жылғы 20 мамыр», and in Russian «года» only", () => {
  assert.equal(kk["date.long"], "{year} жылғы {day} {month}");
  assert.equal(ru["date.long"], "{day} {month} {year} года");
  for (const [key, text] of Object.entries(ru)) assert.doesNotMatch(text, /(?:\d{4}|\{year\})\s?г\./, `ru ${key}: «г.» where the page writes «года»`);
  for (const [key, text] of Object.entries(kk)) assert.doesNotMatch(text, /(?:\d{4}|\{year\})\s?ж\./, `kk ${key}: «ж.» where the page writes «жылғы»`);
});

test("the call centre is called by its number: «по номеру {hotline}», «{hotline} нөмірі»", () => {
  for (const [key, text] of Object.entries(ru)) {
    if (text.includes("{hotline}")) assert.match(text, /по номеру \{hotline\}/, `ru ${key}`);
  }
  for (const [key, text] of Object.entries(kk)) {
    if (text.includes("{hotline}")) assert.match(text, /\{hotline\} нөмірі/, `kk ${key}`);
  }
});

test("examples of amounts are not listed with commas, which are also decimal marks", () => {
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    for (const [key, text] of Object.entries(catalog)) assert.doesNotMatch(text, /\d,\s+\d/, `${language} ${key}`);
  }
});
