// What the type check (tests/tsconfig.json) cannot see: modules the build resolves, and the
// globals the tests and the benchmark give the page's window in a browser.

/** The engine's two wasm modules: each a URL beside the script (the site), or its bytes (the offline file). */
declare module "syiaqy/calculator_bg.wasm" {
  const wasm: string | Uint8Array;
  export default wasm;
}
declare module "syiaqy/reader_bg.wasm" {
  const wasm: string | Uint8Array;
  export default wasm;
}

/** wasm-bindgen's initialisation of one module (src/wasm/calculator.js, reader.js). */
type ModuleInit = (options?: { module_or_path: import("syiaqy").InitInput | Promise<import("syiaqy").InitInput> }) => Promise<unknown>;
/** The package's calculator module, as the page imports it. */
declare module "syiaqy/calculator.js" {
  export { estimate, explain, parseAmount, regimes, mciTable, choices, vocabulary, limits } from "syiaqy";
  const init: ModuleInit;
  export default init;
}
/** The package's reader module, loaded by the page when the verdict's line is first used. */
declare module "syiaqy/reader.js" {
  export { classifyArticle, readVerdictLine } from "syiaqy";
  const init: ModuleInit;
  export default init;
}

/** The engine's package as the dev server serves it, imported in a browser by the tests. */
declare module "/syiaqy.js" {
  export * from "syiaqy";
  export { default } from "syiaqy";
}
declare module "/syiaqy.js?memory" {
  export * from "syiaqy";
  export { default } from "syiaqy";
}

interface Window {
  /** axe-core, injected by tests/support/browser.mjs. */
  axe: typeof import("axe-core");
  /** The sum of the layout shifts no input caused (tests/support/browser.mjs). */
  layoutShift: number;
  /** The last look `untilStill` took at the page, and for how many frames it has not changed (tests/support/browser.mjs). */
  stillness: { last?: string; count: number } | undefined;
  /** Whether the calculator's frame sends the test's markers back (tests/browser/embed.test.mjs). */
  echoing: boolean | undefined;
  /** The messages a host page heard (tests/browser/embed.test.mjs). */
  received: { origin: string; data: unknown }[];
  /** The parts of the result as they were before a keystroke (tests/browser/answer.test.mjs). */
  marked: WeakSet<Element>;
  benchAfterFrame(then: () => void): void;
  benchCorrectAt: number | undefined;
  benchShownAt: number | undefined;
  benchFrames: number[];
}

/** A layout-shift entry (the Layout Instability API, in Chromium). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}
