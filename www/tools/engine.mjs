// The engine's JS package (target/pkg: the JS contract), loaded in Node: the build states its
// tiers, MCI and lists, and the tests call it, never a copy of what it knows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE } from "./paths.mjs";

const engine = await import(join(PACKAGE, "syiaqy.js"));
/**
 * Each wasm instance's own exports (its memory, its table of JS values), for the tests: the
 * calculator's and the reader's (src/wasm/syiaqy.js).
 */
export const instances = engine.initSync({
  calculator: readFileSync(join(PACKAGE, "calculator_bg.wasm")),
  reader: readFileSync(join(PACKAGE, "reader_bg.wasm")),
});

export default engine;
