// The tables of test vectors (tests/vectors.md, tests/articles.md) for the JavaScript tests:
// the same tables the native tests read (tests/common/mod.rs), so no test keeps a copy.
import { readFileSync } from "node:fs";

const cells = (line) => line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());

/** Every row of the `which`-th table (from 0) of a file in tests/, by column name. */
export function tableRows(file, which = 0) {
  /** @type {string[][]} */
  const tables = [];
  let previousWasRow = false;
  for (const line of readFileSync(new URL(`../${file}`, import.meta.url), "utf8").split("\n")) {
    const isRow = line.startsWith("|");
    if (isRow && !previousWasRow) tables.push([]);
    if (isRow) tables[tables.length - 1].push(line);
    previousWasRow = isRow;
  }
  const lines = tables[which];
  if (!lines) throw new Error(`no table ${which} in tests/${file}`);
  const header = cells(lines[0]);
  return lines.slice(2).map((line) => Object.fromEntries(cells(line).map((cell, index) => [header[index], cell])));
}

/** Every reward vector, by column name: `{ id, case, offense, amount, …, tenge, rules, caveat }`. */
export const vectorRows = () => tableRows("vectors.md");

/** One row by its id ("V8"). */
export function vector(id) {
  const row = vectorRows().find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no vector ${id} in tests/vectors.md`);
  return row;
}

/** `"40..100"` → `["40", "100"]`; a point `"70"` → `["70", "70"]`. */
export const span = (value) => (value.includes("..") ? value.split("..") : [value, value]);

/** The row's answers in the JS contract's shape. */
export const answersOf = (row) => ({
  offense: row.offense, amount: row.amount, decisionDate: row.decisionDate, verdict: row.verdict, reporter: row.reporter,
});

/**
 * What a person enters on the page for the row (R14): the vector's day as the date the verdict
 * entered into force, asked only for a verdict in force; the rest as the contract's answers.
 */
export const pageAnswersOf = (row) => ({
  verdict: row.verdict,
  inForceDate: row.verdict === "in_force" ? row.inForceDate || row.decisionDate : undefined,
  reporter: row.reporter,
  offense: row.offense,
  amount: row.amount,
});
