// The reader's module of the engine's package (target/pkg/reader.js): a verdict's line of
// articles and one article, classified. A wasm of its own so that the page's first load does not
// carry it: the page loads it when the person first uses the line's field.
import * as glue from "./reader-glue.js";
import { healing } from "./heal.js";

export { default, initSync } from "./reader-glue.js";

const guarded = healing(glue);
export const classifyArticle = guarded(glue.classifyArticle);
export const readVerdictLine = guarded(glue.readVerdictLine);
