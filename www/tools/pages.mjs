// Writes www/kk.html, www/ru.html and www/en.html: index.html with its static text in that
// language, from the catalogs, and that language's catalog preloaded beside the engine.
//
// Why: a visitor without JavaScript reads the rules in their own language, and with it the
// page's texts arrive with the engine instead of one round trip later (the script would learn
// the language only once it runs). index.html stays the entry that picks a language itself.
//
// usage: node www/tools/pages.mjs   (after the bindings are built: the MCI comes from the engine)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { WWW } from "./bundle.mjs";
import { editHtml } from "./html.mjs";
import { LANGUAGES, loadCatalog, translator, staticText, staticValues } from "../js/i18n.js";

const escapeText = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** The file name of a language's page. */
const pageOf = (language) => `${language}.html`;

/**
 * index.html (`source`) in the language of `text` (a translator). Every `data-i18n` element's
 * text is the catalog's, as the page's own `translateStatic` would write it; `latestMci`
 * fills the MCI sentence.
 */
export function languagePage(source, text, latestMci) {
  const { language } = text;
  const values = staticValues(text, latestMci);
  return editHtml(source, [
    [/<html lang="kk" data-default-lang>/, `<html lang="${language}">`],
    // index.html preloads no catalog: it learns its language only once its script runs.
    [/(<link rel="preload" href="pkg\/syiaqy_bg\.wasm"[^>]*>)/, `$1\n<link rel="modulepreload" href="pkg/lang/${language}.js">`],
    // The current language is marked without JavaScript too.
    [/ aria-current="true">/, ">"],
    [new RegExp(`(<a href="${language}\\.html"[^>]*)>`), '$1 aria-current="true">'],
    [/data-i18n="([\w.-]+)"([^>]*)>[^<]*</g, (whole, key, attributes) => {
      const mci = attributes.match(/data-mci="(\d+)"/)?.[1];
      return `data-i18n="${key}"${attributes}>${escapeText(staticText(text, key, mci, values))}<`;
    }],
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { initSync, mciTable, limits } = await import("../pkg/syiaqy.js");
  initSync({ module: readFileSync(join(WWW, "pkg", "syiaqy_bg.wasm")) });
  const source = readFileSync(join(WWW, "index.html"), "utf8");
  for (const language of LANGUAGES) {
    const text = translator(language, await loadCatalog(language), limits());
    writeFileSync(join(WWW, pageOf(language)), languagePage(source, text, mciTable().at(-1)));
  }
  console.log(`pages: ${LANGUAGES.map(pageOf).join(", ")}`);
}
