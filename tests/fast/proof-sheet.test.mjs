// The proof sheet (tests/proof-sheet.md) is what the catalogs say now, and every text in it is
// filled: a catalog change that leaves it stale, or a new placeholder with no real value, fails.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { SHEET, proofSheet, shownTexts } from "../support/proof-sheet.mjs";

test("the proof sheet is current: run `node tests/support/proof-sheet.mjs` after changing a catalog", () => {
  assert.equal(readFileSync(SHEET, "utf8"), proofSheet());
});

test("every text on the proof sheet has a real value in each placeholder", () => {
  for (const [key, languages] of Object.entries(shownTexts())) {
    for (const [language, texts] of Object.entries(languages)) {
      for (const text of texts) assert.doesNotMatch(text, /\{\w+\}/, `${language} ${key}: ${text}`);
    }
  }
});
