// The public vectors (tests/vectors.md) through the built package's JavaScript contract, in
// Node: the same rows the native test runs, so the contract and the engine cannot drift.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { initSync, estimate, explain, parseAmount, regimes, mciTable, limits } from "../www/pkg/syiaqy.js";

initSync({ module: readFileSync(new URL("../www/pkg/syiaqy_bg.wasm", import.meta.url)) });

function vectorRows() {
  const lines = readFileSync(new URL("./vectors.md", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("|"));
  const cells = (line) => line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
  const header = cells(lines[0]);
  return lines.slice(2).map((line) => Object.fromEntries(cells(line).map((cell, index) => [header[index], cell])));
}

const span = (value) => (value.includes("..") ? value.split("..") : [value, value]);

for (const row of vectorRows()) {
  test(`${row.id} ${row.case}`, () => {
    const answers = {
      offense: row.offense,
      amount: row.amount,
      decisionDate: row.decisionDate,
      verdict: row.verdict,
      reporter: row.reporter,
    };
    if (row.status === "error") {
      const [code, field] = row.branch.split(" ");
      for (const call of [estimate, explain]) {
        assert.throws(() => call(answers), (error) => error instanceof Error && error.code === code && error.field === field);
      }
      return;
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
  });
}

test("errors are Errors with a stable code and the field to correct", () => {
  const base = { offense: "grave", verdict: "in_force", reporter: "citizen", decisionDate: "2025-03-01" };
  const cases = [
    [{ ...base, amount: "5 000 000,505" }, "too_many_decimals", "amount"],
    [{ ...base, amount: "0,500" }, "ambiguous", "amount"],
    [{ ...base, amount: 1.5 }, "not_a_number", "amount"],
    [{ ...base, amount: "none", verdict: "maybe" }, "invalid_choice", "verdict"],
    [{ ...base, amount: "none", decisionDate: "01.03.2025" }, "invalid_date", "decisionDate"],
    [{ ...base, amount: "none", mciDate: "2011-01-01" }, "mci_date_before_table", "mciDate"],
    [{ ...base }, "empty", "amount"],
    [undefined, "empty", "verdict"],
  ];
  for (const [answers, code, field] of cases) {
    assert.throws(() => estimate(answers), (error) => error instanceof Error && error.code === code && error.field === field, code);
  }
});

test("whole numbers may be passed as numbers, and the decision date defaults to today", () => {
  const result = estimate({ offense: "grave", verdict: "in_force", reporter: "citizen", amount: 5000000 });
  const today = new Date();
  const iso = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  assert.equal(result.mci.date, iso);
  assert.equal(explain({ offense: "grave", verdict: "in_force", reporter: "citizen", amount: 5000000 }).find((step) => step.step === "regime").decisionDate, iso);
});

test("the answer is plain data, and explain() gives its working: every step has a rule and a kind", () => {
  const answers = { offense: "grave", verdict: "in_force", reporter: "citizen", amount: "5000000", decisionDate: "2025-03-01" };
  const result = estimate(answers);
  assert.deepEqual(Object.keys(result), ["status", "reward", "branch", "regime", "mci", "caveats"]);
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

test("parseAmount, limits, regimes and mciTable describe what the page draws", () => {
  assert.equal(parseAmount("3,45 млн"), "3450000.00");
  assert.deepEqual(limits(), { thresholdMci: 1000, percentage: 10, capMci: 4000, capReachedAtMci: 40000 });
  assert.throws(() => parseAmount("-1"), (error) => error.code === "negative");
  assert.deepEqual(regimes().map((regime) => regime.id), ["decree-1077-2012", "decree-1131-2015", "decree-1131-2020", "order-270-2023"]);
  const table = mciTable();
  assert.equal(table.length, 17);
  assert.deepEqual(table.at(-1), { effectiveFrom: "2026-01-01", tenge: "4325", confidence: "confirmed" });
});

test("the no-JavaScript tier table (R4) says what the engine computes", () => {
  const html = readFileSync(new URL("../www/index.html", import.meta.url), "utf8");
  const rows = [...html.matchAll(/data-i18n="offense\.(\w+)"[^>]*>[^<]*<\/th><td data-i18n="reward\.mci" data-mci="(\d+)"/g)];
  assert.equal(rows.length, 5);
  for (const [, offense, mci] of rows) {
    const result = estimate({ offense, amount: "none", verdict: "in_force", reporter: "citizen", decisionDate: "2025-03-01" });
    assert.equal(result.reward.minMci, mci, offense);
  }
});
