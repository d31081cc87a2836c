// The engine's JS package (target/pkg: the JS contract), loaded in Node: the build states its
// tiers, MCI and lists, and the tests call it, never a copy of what it knows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE } from "./paths.mjs";

const engine = await import(join(PACKAGE, "syiaqy.js"));
/** The wasm instance's own exports (its memory, its table of JS values), for the tests. */
export const instance = engine.initSync({ module: readFileSync(join(PACKAGE, "syiaqy_bg.wasm")) });

export default engine;
