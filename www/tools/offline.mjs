// The whole calculator as one file that works when saved and opened from disk, where a page
// can load nothing: the page (index.html, Kazakh unless ?lang= or the browser says otherwise)
// with its script (every catalog and the wasm inside) and its style inlined, under a policy
// that allows exactly those two inline parts, by hash, and no request at all.
import { createHash } from "node:crypto";
import { editHtml } from "./html.mjs";
import { META_POLICY, offlinePolicy } from "./headers.mjs";

const sha256 = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** `indexPage` is the served index.html; `script` and `style` are what it loads, bundled. */
export function offlinePage(indexPage, { script, style }) {
  const safeScript = script.replaceAll("</script", "<\\/script");
  const policy = offlinePolicy({ scriptHash: sha256(safeScript), styleHash: sha256(style) });
  return editHtml(indexPage, [
    [`content="${META_POLICY}"`, () => `content="${policy}"`],
    [/<link rel="stylesheet" href="[^"]+">/, () => `<style>${style}</style>`],
    [/\n<link rel="(?:modulepreload|preload)"[^>]*>/g, ""],
    [/\n<script type="module" src="[^"]+"><\/script>/, ""],
    // No sibling pages beside a saved file: each language is a ?lang= of this one.
    [/<a href="(\w+)\.html" lang=/g, '<a href="?lang=$1" lang='],
    // A module script, as on the site: an inline one fetches nothing, so file:// allows it.
    [/<\/body>/, () => `<script type="module">${safeScript}</script>\n</body>`],
  ]);
}
