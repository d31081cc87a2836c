// Joins the page's modules (www/js, from app.js down its static imports) into one minified
// script, so the browser makes one request instead of ten, in one round trip instead of four.
// Each module keeps its own scope: it becomes a function returning its exports, and its
// imports read those results. A module loaded by `import("...")` (a language's catalog) stays
// a file of its own, fetched only when it is wanted.
//
// Two forms: an ES module for the served page (www/pkg/app.js, the bindings included, with the
// lazy modules under www/pkg as under www/js), and a classic script for the offline file (the
// bindings as a global, every lazy module inlined: file:// loads nothing).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

export const WWW = fileURLToPath(new URL("..", import.meta.url));
const ENTRY = "js/app.js";
const BINDINGS = "pkg/syiaqy.js";
const IMPORT = /^import\s+(.+?)\s+from\s+"(.+?)";\s*$/gm;
const LAZY_IMPORT = /\bimport\("(.+?)"\)/g;
const EXPORT = /\bexport\s+(?:(default)\s+|(?:async\s+)?(?:function|const|let|class)\s+(\w+))/g;
// Exports are not anchored to a line start: the build minifies the bindings in place, and
// bundling again must still read them.
const EXPORT_LIST = /\bexport\s*\{([^}]*)\};?/g;

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

/** Modules the bundled ones load with `import("...")`; each must import nothing itself. */
function lazyModules(bundled) {
  const lazy = bundled.flatMap((path) =>
    [...readFileSync(join(WWW, path), "utf8").matchAll(LAZY_IMPORT)].map(([, specifier]) => resolve(path, specifier)),
  );
  for (const path of lazy) {
    if (readFileSync(join(WWW, path), "utf8").match(IMPORT)) throw new Error(`bundle: lazy module ${path} has imports`);
  }
  return [...new Set(lazy)];
}

/** Where a lazy module of www/js is written beside the bundle: www/js/lang/kk.js → www/pkg/lang/kk.js. */
const lazyOutput = (path) => join("pkg", relative("js", path));

const scopeName = (path) => (path === BINDINGS ? "bindings" : `module_${path.replace(/\W/g, "_")}`);

/**
 * One module as a scope that returns its exports; its imports read other scopes.
 * `lazyImport(path)` writes what an `import("...")` of `path` becomes.
 */
function asScope(path, lazyImport) {
  const exported = [];
  const body = readFileSync(join(WWW, path), "utf8")
    .replace(LAZY_IMPORT, (whole, specifier) => lazyImport(resolve(path, specifier)))
    .replace(IMPORT, (whole, clause, specifier) => {
      const source = scopeName(resolve(path, specifier));
      const [, defaultName, named] = clause.match(/^(?:(\w+)\s*,?\s*)?(\{.*\})?$/);
      return [defaultName && `const ${defaultName} = ${source}.default;`, named && `const ${named} = ${source};`].filter(Boolean).join(" ");
    })
    .replace(EXPORT_LIST, (whole, list) => {
      for (const item of list.split(",").map((entry) => entry.trim()).filter(Boolean)) {
        const [local, as = local] = item.split(/\s+as\s+/);
        exported.push(`${as}: ${local}`);
      }
      return "";
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

/**
 * The page as one ES module, the bindings included (one request fewer than importing
 * `./syiaqy.js`, which stays for embedders; the bindings find the wasm beside `import.meta.url`,
 * the same folder), and each lazy module as its own minified file: `{ "app.js": code,
 * "lang/kk.js": code, ... }` under pkg/.
 */
export async function moduleBundle() {
  const bundled = [BINDINGS, ...dependencyOrder(ENTRY)];
  const fromBundle = (path) => `./${relative("pkg", lazyOutput(path))}`;
  const source = bundled.map((path) => asScope(path, (lazy) => `import("${fromBundle(lazy)}")`)).join("\n");
  const files = { "app.js": (await minify(source, { module: true, ecma: 2022 })).code };
  for (const path of lazyModules(bundled)) {
    files[fromBundle(path).slice(2)] = (await minify(readFileSync(join(WWW, path), "utf8"), { module: true, ecma: 2022 })).code;
  }
  return files;
}

/**
 * The page as one classic script: `glue` is wasm-bindgen's no-modules output (a global
 * `wasm_bindgen`), `wasm` the bytes it instantiates, inlined as base64.
 */
export async function classicBundle(glue, wasm) {
  const bindings = `const bindings = { ...wasm_bindgen, default: async () => wasm_bindgen.initSync({ module: Uint8Array.from(atob("${wasm.toString("base64")}"), (c) => c.charCodeAt(0)) }) };`;
  const bundled = dependencyOrder(ENTRY);
  const inlined = (path) => `Promise.resolve(${scopeName(path)})`;
  const scopes = [...lazyModules(bundled), ...bundled].map((path) => asScope(path, inlined));
  const source = `${glue}\n(async () => {\n${bindings}\n${scopes.join("\n")}\n})();`;
  return (await minify(source, { ecma: 2022 })).code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, code] of Object.entries(await moduleBundle())) {
    mkdirSync(dirname(join(WWW, "pkg", name)), { recursive: true });
    writeFileSync(join(WWW, "pkg", name), code);
  }
  // The bindings on their own, minified in place: embedders import them (the JS contract).
  const glue = join(WWW, "pkg", "syiaqy.js");
  writeFileSync(glue, (await minify(readFileSync(glue, "utf8"), { module: true, ecma: 2022 })).code);
}
