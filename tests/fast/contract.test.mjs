// The public vectors (tests/vectors.md) through the built package's JavaScript contract, in
// Node: the same rows the native test runs, so the contract and the engine cannot drift.
import { test } from "node:test";
import assert from "node:assert/strict";

import engine from "../../www/tools/engine.mjs";
import { vectorRows, tableRows, span, answersOf } from "../support/vectors.mjs";
import { refused } from "../support/refused.mjs";

const { estimate, explain, parseAmount, regimes, mciTable, limits, vocabulary } = engine;

/**
 * Checks one row of a vector table against the contract: its error, or its status, branch,
 * reward, rules and caveat. Returns the result, for what a table checks beyond that.
 */
function checkRow(row, answers) {
  if (row.status === "error") {
    const [code, field] = row.branch.split(" ");
    for (const call of [estimate, explain]) {
      assert.throws(() => call(answers), refused(code, field));
    }
    return null;
  }
  const result = estimate(answers);
  assert.equal(result.status, row.status);
  assert.equal(result.branch, row.branch);
  const [minMci, maxMci] = span(row.MCI);
  const [minTenge, maxTenge] = span(row.tenge);
  assert.deepEqual(result.reward, { minMci, maxMci, minTenge, maxTenge });
  const applied = explain(answers).map((step) => step.rule);
  for (const rule of row.rules.split(" ").filter(Boolean)) assert.ok(applied.includes(rule), `rule ${rule} in ${applied}`);
  if (row.caveat) assert.ok(result.caveats.includes(row.caveat));
  return result;
}

for (const row of vectorRows()) test(`${row.id} ${row.case}`, () => checkRow(row, answersOf(row)));

// R14–R16: the date of entry into force asked, the threshold question; today set by the
// contract's `today` answer, as the table says.
for (const row of tableRows("vectors.md", 1)) {
  test(`${row.id} ${row.case}`, () => {
    const answers = { ...answersOf(row), decisionDate: undefined, inForceDate: row.inForceDate || undefined, today: "2026-12-03" };
    const result = checkRow(row, answers);
    if (!result) return;
    const later = row["if decided today"];
    if (later) {
      assert.deepEqual([result.ifDecidedToday?.reward.minTenge, result.ifDecidedToday?.reward.maxTenge], span(later));
      assert.equal(result.ifDecidedToday?.year, 2026);
    } else {
      assert.equal(result.ifDecidedToday, null);
    }
  });
}

for (const row of tableRows("articles.md", 1)) {
  test(`${row.id} ${row.case}: readVerdictLine`, () => {
    const query = { line: row.line, committed: row.committed };
    if (row.finding.startsWith("error: ")) {
      const [code, field] = row.finding.slice("error: ".length).split(" ");
      assert.throws(() => engine.readVerdictLine(query), refused(code, field));
      return;
    }
    const { articles, finding, min, max, caveats, ...rest } = engine.readVerdictLine(query);
    assert.deepEqual(rest, {});
    assert.equal(finding, row.finding);
    assert.equal(min === max ? (min ?? "") : `${min}..${max}`, row.category);
    assert.deepEqual(caveats, row.caveat.split(" ").filter(Boolean));
    const read = articles.map((article) => `${article.code} ${[article.article, article.part, article.point].filter((number) => number !== null).join("/")} ${article.kind} ${article.finding}`);
    assert.equal(read.join("; "), row.read);
  });
}

test("readVerdictLine: each article has the shape of classifyArticle's answer, and General Part articles say which they stand with", () => {
  const { articles } = engine.readVerdictLine({ line: "ч.3 ст.24, п.2 ч.3 ст.190 УК РК" });
  assert.deepEqual(articles, [
    { code: "criminal", article: "24", part: "3", point: null, kind: "attempt", finding: "general_part", min: null, max: null, caveats: [], standsWith: 1 },
    { code: "criminal", article: "190", part: "3", point: "2", kind: "special_part", finding: "corruption", min: "grave", max: "grave", caveats: [], standsWith: null },
  ]);
  const { finding, min } = engine.classifyArticle({ code: "criminal", article: "190", part: "3", point: "2" });
  assert.deepEqual([articles[1].finding, articles[1].min], [finding, min]);
});

test("readVerdictLine refuses like classifyArticle, with the line as the field, and reads up to limits().maxLineLength", () => {
  /** @type {[any, string, string][]} queries of any shape, on purpose */
  const cases = [
    [{ line: "the bribe was big" }, "no_article_found", "line"],
    [{}, "empty", "line"],
    [{ line: "  " }, "empty", "line"],
    [{ line: 366 }, "no_article_found", "line"],
    [{ line: true }, "not_text", "line"],
    [{ line: "ч. 3 ст. 366 УК", committed: "2024-02-30" }, "invalid_date", "committed"],
    [{ line: "ч. 3 ст. 366 УК", committed: "9999-01-01" }, "future_date", "committed"],
    [{ line: "ст. 366 ".repeat(26) }, "too_long", "line"],
  ];
  for (const [query, code, field] of cases) {
    assert.throws(() => engine.readVerdictLine(query), refused(code, field), code);
  }
  const { maxLineLength } = limits();
  assert.equal(maxLineLength, 200);
  assert.equal(engine.readVerdictLine({ line: `${" ".repeat(maxLineLength - 8)}ст. 366` }).articles[0].article, "366");
});

test("classifyArticle: an offense after today is refused, one before the 2014 codes has the caveat A10", () => {
  assert.throws(() => engine.classifyArticle({ code: "criminal", article: "366", part: "3", committed: "9999-12-31" }), refused("future_date", "committed"));
  assert.deepEqual(engine.classifyArticle({ code: "criminal", article: "366", part: "3", committed: "0001-01-01" }).caveats, ["A10"]);
});

for (const row of tableRows("articles.md")) {
  test(`${row.id} ${row.case}: classifyArticle`, () => {
    const { finding, min, max, caveats } = engine.classifyArticle({ code: row.code, article: row.article, part: row.part, point: row.point, committed: row.committed });
    assert.equal(finding, row.finding);
    assert.equal(min === max ? (min ?? "") : `${min}..${max}`, row.category);
    assert.deepEqual(caveats, row.caveat.split(" ").filter(Boolean));
  });
}

test("classifyArticle refuses like estimate: an Error with a code and the field", () => {
  /** @type {[any, string, string][]} queries of any shape, on purpose */
  const cases = [
    [{ code: "criminal", article: "ст. 366" }, "invalid_number", "article"],
    [{ code: "criminal", article: "366", part: "3", point: "x" }, "invalid_number", "point"],
    [{ code: "civil", article: "366" }, "invalid_choice", "code"],
    [{ code: "criminal" }, "empty", "article"],
    [{ code: "criminal", article: "366", part: "3", committed: "2024-02-30" }, "invalid_date", "committed"],
    [{ code: "criminal", article: 366, part: true }, "not_text", "part"],
  ];
  for (const [query, code, field] of cases) {
    assert.throws(() => engine.classifyArticle(query), refused(code, field), code);
  }
  assert.equal(engine.classifyArticle({ code: "criminal", article: 366, part: 3 }).min, "grave", "whole numbers are read as text");
});

test("errors are Errors with a stable code and the field to correct", () => {
  const base = { offense: "grave", verdict: "in_force", reporter: "citizen", decisionDate: "2025-03-01" };
  /** @type {[any, string, string][]} answers of any shape, on purpose */
  const cases = [
    [{ ...base, amount: "5 000 000,505" }, "too_many_decimals", "amount"],
    [{ ...base, amount: "0,500" }, "ambiguous", "amount"],
    [{ ...base, amount: 1.5 }, "not_text", "amount"],
    [{ ...base, amount: "none", verdict: "maybe" }, "invalid_choice", "verdict"],
    [{ ...base, amount: "none", decisionDate: "01.03.2025" }, "invalid_date", "decisionDate"],
    [{ ...base, amount: "none", mciDate: "2011-01-01" }, "mci_date_before_table", "mciDate"],
    [{ ...base }, "empty", "amount"],
    [undefined, "empty", "verdict"],
  ];
  for (const [answers, code, field] of cases) {
    assert.throws(() => estimate(answers), refused(code, field), code);
  }
});

test("whole numbers may be passed as numbers; a case under appeal is counted at today's date, by the clock", () => {
  const answers = { offense: "grave", verdict: "pending", reporter: "citizen", amount: 5000000 };
  const result = estimate(answers);
  const today = new Date();
  const iso = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  assert.equal(result.mci.date, iso);
  assert.equal(explain(answers).find((step) => step.step === "regime").decisionDate, iso);
});

test("a verdict in force has no default date: without its date of entry into force, no amount", () => {
  const answers = { offense: "grave", verdict: "in_force", reporter: "citizen", amount: "none" };
  assert.throws(() => estimate(answers), refused("empty", "inForceDate"));
  assert.equal(estimate({ ...answers, inForceDate: "2025-05-20" }).reward.minTenge, "275240.00");
});

test("the answer is plain data, and explain() gives its working: every step has a rule and a kind", () => {
  const answers = { offense: "grave", verdict: "in_force", reporter: "citizen", amount: "5000000", decisionDate: "2025-03-01" };
  const result = estimate(answers);
  assert.deepEqual(Object.keys(result), ["status", "reward", "branch", "regime", "mci", "limitsInTenge", "ifDecidedToday", "caveats"]);
  assert.deepEqual(result.limitsInTenge, { threshold: "3932000.00", cap: "15728000.00" });
  const steps = explain(answers);
  assert.deepEqual(
    steps.map((step) => `${step.rule}:${step.step}`),
    ["E1:verdict", "R2:regime", "R9:mci", "R4:tier", "R5:threshold", "R5:percentage", "R5:cap", "Q7:rounding", "R9:mci_equivalent"],
  );
  const threshold = steps.find((step) => step.step === "threshold");
  assert.deepEqual(threshold, {
    rule: "R5", step: "threshold", amountTenge: "5000000.00", amountMci: "1271.62",
    thresholdMci: 1000, thresholdTenge: "3932000.00", above: true,
  });
  assert.deepEqual(result.regime, { id: "order-270-2023", inForceFrom: "2023-09-15", percentageBranch: true });
  assert.deepEqual(result.mci, { date: "2025-03-01", value: { effectiveFrom: "2025-01-01", tenge: "3932", confidence: "confirmed" } });
});

test("parseAmount, limits, regimes, mciTable and vocabulary describe what the page draws", () => {
  assert.equal(parseAmount("3,45 млн"), "3450000.00");
  const { tiers, maxAnswerLength, maxLineLength, ...r5 } = limits();
  assert.equal(maxAnswerLength, 100);
  assert.equal(maxLineLength, 200);
  assert.deepEqual(r5, { thresholdMci: 1000, percentage: 10, capMci: 4000, capReachedAtMci: 40000 });
  // A tier for each case the engine pays one fixed amount for, in the order of the choices.
  const fixed = engine.choices().offense.filter((offense) => {
    const { reward } = estimate({ offense, amount: "none", verdict: "in_force", reporter: "citizen", decisionDate: "2025-03-01" });
    return reward.minMci === reward.maxMci;
  });
  assert.deepEqual(tiers.map((tier) => tier.offense), fixed);
  assert.throws(() => parseAmount("-1"), refused("negative"));
  assert.deepEqual(regimes().map((regime) => regime.id), ["decree-1077-2012", "decree-1131-2015", "decree-1131-2020", "order-270-2023"]);
  const words = vocabulary();
  assert.deepEqual(Object.keys(words), ["status", "branch", "caveat", "rule", "error", "field", "code", "finding", "articleCaveat", "articleKind"]);
  assert.ok(words.error.includes("no_article_found") && words.error.includes("future_date") && words.field.includes("line"));
  assert.deepEqual(words.articleKind, ["special_part", "preparation", "attempt", "complicity", "general_part", "not_in_code"]);
  assert.deepEqual(words.field.slice(0, 7), ["verdict", "reporter", "offense", "amount", "inForceDate", "decisionDate", "mciDate"]);
  assert.ok(words.error.includes("no_regime") && words.status.includes("not_yet") && words.caveat.includes("Q1"));
});

test("the MCI table is consistent: dated, in order, whole tenge rising, from the table's first day", () => {
  const table = mciTable();
  assert.ok(table.length > 0);
  for (const row of table) {
    assert.match(row.effectiveFrom, /^\d{4}-\d{2}-01$/);
    assert.match(row.tenge, /^[1-9]\d*$/);
    assert.ok(["confirmed", "partly", "unconfirmed"].includes(row.confidence));
  }
  for (let index = 1; index < table.length; index += 1) {
    assert.ok(table[index - 1].effectiveFrom < table[index].effectiveFrom, table[index].effectiveFrom);
    assert.ok(Number(table[index - 1].tenge) < Number(table[index].tenge), table[index].effectiveFrom);
  }
  // The last row is the one every later date uses, and the result says so.
  const last = table.at(-1);
  const nextYear = Number(last.effectiveFrom.slice(0, 4)) + 1;
  const later = estimate({ offense: "grave", amount: "none", verdict: "in_force", reporter: "citizen", decisionDate: `${nextYear}-06-01` });
  assert.deepEqual(later.mci.value, last);
  assert.equal(later.mci.latestKnownYear, nextYear - 1);
});
