// Joins the page's modules (www/js, from app.js down its imports) into one minified script,
// so the browser makes one request instead of fifteen, in one round trip instead of four,
// and brotli compresses the catalogs together. Each module keeps its own scope: it becomes a
// function returning its exports, and its imports read those results.
//
// Two forms: an ES module for the served page (www/pkg/app.js, beside the bindings it
// imports), and a classic script for the offline file (the bindings as a global).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

export const WWW = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = "js/app.js";
const BINDINGS = "pkg/syiaqy.js";
const IMPORT = /^import\s+(.+?)\s+from\s+"(.+?)";\s*$/gm;
const EXPORT = /^export\s+(?:(default)\s+|(?:async\s+)?(?:function|const|let|class)\s+(\w+))/gm;

const resolve = (from, specifier) => join(dirname(from), specifier);

/** Module files in dependency order, starting from `entry` (paths relative to www/). */
function dependencyOrder(entry, order = [], seen = new Set()) {
  if (seen.has(entry)) return order;
  seen.add(entry);
  for (const [, , specifier] of readFileSync(join(WWW, entry), "utf8").matchAll(IMPORT)) {
    const path = resolve(entry, specifier);
    if (path !== BINDINGS) dependencyOrder(path, order, seen);
  }
  order.push(entry);
  return order;
}

const scopeName = (path) => (path === BINDINGS ? "bindings" : `module_${path.replace(/\W/g, "_")}`);

/** One module as a scope that returns its exports; its imports read other scopes. */
function asScope(path) {
  const exported = [];
  const body = readFileSync(join(WWW, path), "utf8")
    .replace(IMPORT, (whole, clause, specifier) => {
      const source = scopeName(resolve(path, specifier));
      const [, defaultName, named] = clause.match(/^(?:(\w+)\s*,?\s*)?(\{.*\})?$/);
      return [defaultName && `const ${defaultName} = ${source}.default;`, named && `const ${named} = ${source};`].filter(Boolean).join(" ");
    })
    .replace(EXPORT, (whole, isDefault, name) => {
      if (isDefault) {
        exported.push("default: exported_default");
        return "const exported_default = ";
      }
      exported.push(name);
      return whole.replace(/^export\s+/, "");
    });
  return `const ${scopeName(path)} = await (async () => {\n${body}\nreturn { ${exported.join(", ")} };\n})();`;
}

/** The page as one ES module that imports the bindings from `./syiaqy.js`. */
export async function moduleBundle() {
  const source = `import * as bindings from "./syiaqy.js";\n${dependencyOrder(ENTRY).map(asScope).join("\n")}`;
  return (await minify(source, { module: true, ecma: 2022 })).code;
}

/**
 * The page as one classic script: `glue` is wasm-bindgen's no-modules output (a global
 * `wasm_bindgen`), `wasm` the bytes it instantiates, inlined as base64.
 */
export async function classicBundle(glue, wasm) {
  const bindings = `const bindings = { ...wasm_bindgen, default: async () => wasm_bindgen.initSync({ module: Uint8Array.from(atob("${wasm.toString("base64")}"), (c) => c.charCodeAt(0)) }) };`;
  const source = `${glue}\n(async () => {\n${bindings}\n${dependencyOrder(ENTRY).map(asScope).join("\n")}\n})();`;
  return (await minify(source, { ecma: 2022 })).code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(WWW, "pkg", "app.js"), await moduleBundle());
  // The bindings' glue, minified in place: it is shipped as it is otherwise.
  const glue = join(WWW, "pkg", "syiaqy.js");
  writeFileSync(glue, (await minify(readFileSync(glue, "utf8"), { module: true, ecma: 2022 })).code);
}
