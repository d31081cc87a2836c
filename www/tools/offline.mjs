// Writes www/dist/syiaqy-offline.html: the whole calculator in one file that works when
// saved and opened from disk. The page's modules are joined into one classic script (a
// file:// page cannot load modules), the no-modules bindings and the wasm (base64) are
// inlined, and a Content-Security-Policy allowing exactly those inline parts, and no request
// at all, replaces the page's own.
//
// usage: node www/tools/offline.mjs <no-modules glue .js> <optimized .wasm>
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const WWW = fileURLToPath(new URL("..", import.meta.url));
const PACKAGE = "./pkg/syiaqy.js";
const IMPORT = /^import\s+(.+?)\s+from\s+"(.+?)";\s*$/gm;
const EXPORT = /^export\s+(?:(default)\s+|(?:async\s+)?(?:function|const|let|class)\s+(\w+))/gm;

/** Module files in dependency order, starting from `entry` (relative to www/). */
function dependencyOrder(entry, order = [], seen = new Set()) {
  if (seen.has(entry)) return order;
  seen.add(entry);
  for (const [, , specifier] of readFileSync(join(WWW, entry), "utf8").matchAll(IMPORT)) {
    if (specifier !== PACKAGE) dependencyOrder(join(dirname(entry), specifier), order, seen);
  }
  order.push(entry);
  return order;
}

const variableOf = (path) => `module_${path.replace(/\W/g, "_")}`;

/** One module as a scope that returns its exports; its imports read other scopes. */
function asScope(path) {
  const exported = [];
  const body = readFileSync(join(WWW, path), "utf8")
    .replace(IMPORT, (whole, clause, specifier) => {
      const source = specifier === PACKAGE ? "module_package" : variableOf(join(dirname(path), specifier));
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
  return `const ${variableOf(path)} = await (async () => {\n${body}\nreturn { ${exported.join(", ")} };\n})();`;
}

const sha256 = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

export function buildOffline(gluePath, wasmPath) {
  const wasm = readFileSync(wasmPath).toString("base64");
  const packageShim = `const module_package = { ...wasm_bindgen, default: async () => wasm_bindgen.initSync({ module: Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0)) }) };`;
  const modules = dependencyOrder("app.js").map(asScope).join("\n");
  const script = `${readFileSync(gluePath, "utf8")}\n(async () => {\n${packageShim}\n${modules}\n})();\n`.replaceAll("</script", "<\\/script");
  const style = readFileSync(join(WWW, "style.css"), "utf8");
  const policy = [
    "default-src 'none'", `script-src ${sha256(script)} 'wasm-unsafe-eval'`, `style-src ${sha256(style)}`,
    "img-src data:", "base-uri 'none'", "form-action 'none'",
  ].join("; ");

  let html = readFileSync(join(WWW, "index.html"), "utf8");
  const replace = (pattern, replacement) => {
    if (!pattern.test(html)) throw new Error(`offline build: ${pattern} not found in index.html`);
    html = html.replace(pattern, () => replacement);
  };
  replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  replace(/<link rel="stylesheet" href="style.css">/, `<style>${style}</style>`);
  replace(/<script type="module" src="app.js"><\/script>\n/, "");
  replace(/<\/body>/, `<script>${script}</script>\n</body>`);

  const output = join(WWW, "dist", "syiaqy-offline.html");
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, html);
  return relative(process.cwd(), output);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`offline page: ${buildOffline(process.argv[2], process.argv[3])}`);
}
