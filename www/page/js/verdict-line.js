// The verdict's line of articles, as the person copies it ("ч. 3 ст. 24, п. 2 ч. 3 ст. 190 УК
// РК"): the engine reads it (`readVerdictLine()`, src/rules.md A7–A9), this module says back what
// was read, what it implies, and ticks the category it implies in the case's question. A lookup
// miss is never "no reward": a General Part article asks for the offense's article, a number the
// code does not have says so (A7, A8).
//
// The engine's reader is a wasm module of its own (src/wasm/reader.rs): this module and it are
// loaded when the person first uses the line's field (app.js), not with the page.
import initReader, { readVerdictLine } from "syiaqy/reader.js";
import readerWasm from "syiaqy/reader_bg.wasm";
import { element } from "./dom.js";
import { withPhoneLinks } from "./phone.js";
import { wasmSource } from "./wasm-file.js";

/** Starts the reader's wasm. Rejects when it cannot load (offline since the page loaded). */
export async function startReader() {
  await initReader({ module_or_path: wasmSource(readerWasm) });
}

/** The part of the reference the line gave: how the language writes an article, part, point. */
function reference(text, { article, part, point }) {
  if (part && point) return text.t("line.reference.point", { article, part, point });
  if (part) return text.t("line.reference.part", { article, part });
  return text.t("line.reference", { article });
}

/** "Art. 190 part 3 point 2 of the Criminal Code, with Art. 24 part 3 (attempt)". */
function readBack(text, articles) {
  const offenses = articles.map((article, index) => ({ article, index })).filter(({ article }) => !GENERAL.includes(article.kind));
  const described = (article) => text.t("line.article", { reference: reference(text, article), code: text.t(`line.code.${article.code}`) });
  const withGeneral = (index) => articles
    .filter((article) => GENERAL.includes(article.kind) && article.standsWith === index)
    .map((article) => text.t("line.with", { reference: reference(text, article), meaning: text.t(`line.kind.${article.kind}`) }));
  const parts = offenses.map(({ article, index }) => [described(article), ...withGeneral(index)].join(", "));
  // General Part articles with no offense's article to stand with: said as they are.
  for (const article of articles) if (GENERAL.includes(article.kind) && article.standsWith === null) parts.push(described(article));
  return text.t("line.read", { articles: parts.join("; ") });
}

/** The kinds of a General Part article: how the crime was committed, not which (A7). */
const GENERAL = ["preparation", "attempt", "complicity", "general_part"];

/** The finding for the whole line, in words; the category chosen for a corruption finding. */
function findingText(text, reading, articles) {
  const { t } = text;
  const { finding, min, max } = reading;
  if (finding === "corruption" && min === max) return t("line.finding.corruption", { category: t(`offense.${min}`) });
  if (finding === "corruption") return t("line.finding.range", { min: t(`offense.${min}`), max: t(`offense.${max}`) });
  // No part given where the category depends on it: ask for it, not "we do not find this part".
  const partless = articles.find((article) => article.finding === "part_not_found" && !article.part);
  if (finding === "part_not_found" && partless) return t("line.finding.part_missing", { article: partless.article });
  // A8: the number named is none of this code's; for 676–681, the Administrative Code's.
  const missing = articles.find((article) => article.kind === "not_in_code");
  return t(`line.finding.${finding}`, { article: missing?.article ?? "" });
}

/**
 * Reads the line typed into `#verdictLine` and says it under the field, in `text`'s language.
 * Returns the category the line implies (a single corruption category), or null. `committed`:
 * the day the offense was committed, when the person gave it (A4).
 */
export function showLineReading(form, text, committed) {
  const field = form.querySelector("#verdictLine");
  const shown = form.querySelector("#verdictLine-read");
  const line = field.value.trim();
  if (!line) {
    shown.replaceChildren();
    return { category: null, askCommitted: false };
  }
  let reading;
  try {
    reading = readVerdictLine({ line, committed });
  } catch (error) {
    if (!error.code) throw error;
    shown.replaceChildren(element("p", { class: "field-error" }, [text.t(`error.${error.code}`)]));
    return { category: null, askCommitted: false };
  }
  const lines = [readBack(text, reading.articles), findingText(text, reading, reading.articles), ...reading.caveats.map((caveat) => text.t(`line.caveat.${caveat}`))];
  shown.replaceChildren(...lines.map((words, index) => element("p", { class: index === 0 ? "line-read" : "line-finding" }, withPhoneLinks(words))));
  const single = reading.finding === "corruption" && reading.min === reading.max;
  // A4: the category changed with a law, and the day of the offense decides which applies.
  const askCommitted = reading.finding === "corruption" && reading.min !== reading.max;
  return { category: single ? reading.min : null, askCommitted };
}
