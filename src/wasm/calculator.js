// The calculator's module of the engine's package (target/pkg/calculator.js): the estimate, its
// working, the amount as read, and the lists and numbers the page is made from. wasm-bindgen's
// glue (calculator-glue.js) behind the guard that heals it (heal.js). The page loads it first;
// embedders usually import syiaqy.js, which holds both modules.
import * as glue from "./calculator-glue.js";
import { healing } from "./heal.js";

export { default, initSync } from "./calculator-glue.js";

const guarded = healing(glue);
export const estimate = guarded(glue.estimate);
export const explain = guarded(glue.explain);
export const parseAmount = guarded(glue.parseAmount);
export const regimes = guarded(glue.regimes);
export const mciTable = guarded(glue.mciTable);
export const choices = guarded(glue.choices);
export const vocabulary = guarded(glue.vocabulary);
export const limits = guarded(glue.limits);
