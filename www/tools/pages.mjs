// The page template (www/page/index.html) made into a served page in one language: its text
// from that language's catalog, its tiers and MCI from the engine, its policy from headers.mjs,
// and its links to the hashed files the bundler wrote. The template holds no language text.
import { parseHTML } from "linkedom";
import { editHtml } from "./html.mjs";
import { buildForm } from "../page/js/flow.js";
import { META_POLICY } from "./headers.mjs";
import { staticText, staticValues } from "../page/js/i18n.js";
import { withPhoneLinksHtml } from "../page/js/phone.js";

const escapeText = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/**
 * The questions of `flow` (flow.js's `questions()`) in markup, made by the page's own code in
 * linkedom's document instead of the browser's: a person can read and answer them before the
 * script and the engine arrive, and the script takes them over as they are. Their texts are
 * filled like the template's. The dates stay empty: the build does not know the day of the
 * visit, and the script writes it in unless the person has typed a date.
 */
export function formMarkup(flow) {
  const { document } = parseHTML("<!doctype html><html><body><form></form></body></html>");
  const browserDocument = globalThis.document;
  globalThis.document = document;
  try {
    const form = /** @type {HTMLFormElement} */ (document.querySelector("form"));
    buildForm(form, flow);
    return form.innerHTML;
  } finally {
    globalThis.document = browserDocument;
  }
}

/** The file name of a language's page. */
export const pageOf = (language) => `${language}.html`;

/**
 * The template in the language of `text` (a translator). `engine` holds what the page states
 * from the engine: `tiers` (R4, from `limits()`) and `latestMci` (the table's last row).
 * `assets` maps each source the template names (`style.css`, `js/app.js`, `engine.wasm`) to
 * the file served for it (`shared`: the chunks the script imports, preloaded), and `catalog` is
 * the language's catalog file to preload, or null for index.html, which learns its language
 * only when its script runs. `form` is the questions' markup (`formMarkup`).
 */
export function languagePage(template, text, { engine, assets, catalog, form }) {
  const { language } = text;
  const values = staticValues(text, engine.latestMci);
  const tierRows = engine.tiers.map(({ offense, mci }) =>
    `\n        <tr><th scope="row" data-i18n="offense.${offense}"></th><td data-i18n="reward.mci" data-mci="${mci}"></td></tr>`,
  ).join("");
  return editHtml(template, [
    // index.html marks its language as a default the browser's may override (i18n.js).
    [/<html lang="kk">/, `<html lang="${language}"${catalog ? "" : " data-default-lang"}>`],
    [/(<meta http-equiv="Content-Security-Policy" content=")"/, `$1${META_POLICY}"`],
    [/href="style\.css"/, `href="${assets["style.css"]}"`],
    [/href="engine\.wasm"/, `href="${assets["engine.wasm"]}"`],
    [/src="js\/app\.js"><\/script>/, () => `src="${assets["js/app.js"]}"></script>${[...assets.shared, ...(catalog ? [catalog] : [])].map((module) => `\n<link rel="modulepreload" href="${module}">`).join("")}`],
    // The current language is marked without JavaScript too.
    [new RegExp(`(<a href="${pageOf(language)}"[^>]*)>`), '$1 aria-current="true">'],
    // Where the page cannot start, the way on is its own language's page.
    [/(id="cannot-start-link" href=")kk\.html"/, `$1${pageOf(language)}"`],
    [/<tbody id="tiers"><\/tbody>/, `<tbody id="tiers">${tierRows}\n      </tbody>`],
    [/(<form id="questions"[^>]*>)(<\/form>)/, (_whole, open, close) => `${open}${form}${close}`],
    [/data-i18n="([\w.-]+)"([^>]*)><\//g, (_whole, key, attributes) => {
      const mci = attributes.match(/data-mci="(\d+)"/)?.[1];
      const sentence = staticText(text, key, mci, values);
      const html = attributes.includes("data-phone") ? withPhoneLinksHtml(sentence, escapeText) : escapeText(sentence);
      return `data-i18n="${key}"${attributes}>${html}</`;
    }],
  ]);
}
