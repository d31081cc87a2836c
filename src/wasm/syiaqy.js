// The engine's JS package as embedders import it (target/pkg/syiaqy.js; www/docs/contract.md):
// both modules, the calculator and the reader, started together. `init()` fetches both wasm
// files from beside this one; `init({ calculator, reader })` and `initSync({ calculator,
// reader })` take each module's path, bytes or compiled module. Each resolves to the two
// instances' own exports, `{ calculator, reader }` (for tests: their memory, their tables).
import initCalculator, { initSync as initCalculatorSync } from "./calculator.js";
import initReader, { initSync as initReaderSync } from "./reader.js";

export { estimate, explain, parseAmount, regimes, mciTable, choices, vocabulary, limits } from "./calculator.js";
export { classifyArticle, readVerdictLine } from "./reader.js";

/** Both modules, fetched and compiled at once. */
export default async function init({ calculator, reader } = {}) {
  const [calculatorExports, readerExports] = await Promise.all([
    initCalculator(calculator === undefined ? undefined : { module_or_path: calculator }),
    initReader(reader === undefined ? undefined : { module_or_path: reader }),
  ]);
  return { calculator: calculatorExports, reader: readerExports };
}

/** Both modules from bytes or compiled modules; with no argument, the instances already made. */
export function initSync({ calculator, reader } = {}) {
  return {
    calculator: initCalculatorSync(calculator === undefined ? undefined : { module: calculator }),
    reader: initReaderSync(reader === undefined ? undefined : { module: reader }),
  };
}
