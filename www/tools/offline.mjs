// Writes www/dist/syiaqy-offline.html: the whole calculator in one file that works when
// saved and opened from disk (a file:// page cannot load modules). The page's script (see
// bundle.mjs) and style are inlined, and a Content-Security-Policy that allows exactly those
// inline parts, by hash, and no request at all, replaces the page's own.
//
// usage: node www/tools/offline.mjs <no-modules glue .js> <optimized .wasm>
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, relative } from "node:path";
import { classicBundle, WWW } from "./bundle.mjs";
import { editHtml } from "./html.mjs";

const sha256 = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

export async function buildOffline(gluePath, wasmPath) {
  const script = (await classicBundle(readFileSync(gluePath, "utf8"), readFileSync(wasmPath))).replaceAll("</script", "<\\/script");
  const style = readFileSync(join(WWW, "style.css"), "utf8");
  const policy = [
    "default-src 'none'", `script-src ${sha256(script)} 'wasm-unsafe-eval'`, `style-src ${sha256(style)}`,
    "img-src data:", "base-uri 'none'", "form-action 'none'",
  ].join("; ");

  const html = editHtml(readFileSync(join(WWW, "index.html"), "utf8"), [
    [/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`],
    [/<link rel="stylesheet" href="style.css">/, () => `<style>${style}</style>`],
    [/\n<link rel="(?:modulepreload|preload)"[^>]*>/g, ""],
    [/\n<script type="module" src="pkg\/app.js"><\/script>/, ""],
    // No sibling pages beside a saved file: each language is a ?lang= of this one.
    [/<a href="(\w+)\.html" lang=/g, '<a href="?lang=$1" lang='],
    [/<\/body>/, () => `<script>${script}</script>\n</body>`],
  ]);

  const output = join(WWW, "dist", "syiaqy-offline.html");
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, html);
  return relative(process.cwd(), output);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`offline page: ${await buildOffline(process.argv[2], process.argv[3])}`);
}
