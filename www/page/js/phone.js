// The Anti-Corruption Service's call centre (src/rules.md, "Reporter protection"), named in the texts as `{hotline}`
// (i18n.js): wherever a sentence gives its number, the number is a link a phone can call.
import { element } from "./dom.js";

export const HOTLINE = "1424";
const HREF = `tel:${HOTLINE}`;

/** A sentence as nodes, its hotline number a `tel:` link; the other words stay text. */
export function withPhoneLinks(sentence) {
  return sentence.split(HOTLINE).flatMap((part, index) => (index ? [element("a", { href: HREF }, [HOTLINE]), part] : [part]));
}

/** The same as HTML, for the pages the build writes; `escapeText` escapes the words. */
export function withPhoneLinksHtml(sentence, escapeText) {
  return sentence.split(HOTLINE).map(escapeText).join(`<a href="${HREF}">${HOTLINE}</a>`);
}
