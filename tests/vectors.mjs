// The public vectors (tests/vectors.md) for the JavaScript tests: the same table the native
// test reads (tests/vectors.rs), so no test keeps a copy of a vector.
import { readFileSync } from "node:fs";

const cells = (line) => line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());

/** Every row, by column name: `{ id, case, offense, amount, …, tenge, rules, caveat }`. */
export function vectorRows() {
  const lines = readFileSync(new URL("./vectors.md", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.startsWith("|"));
  const header = cells(lines[0]);
  return lines.slice(2).map((line) => Object.fromEntries(cells(line).map((cell, index) => [header[index], cell])));
}

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
