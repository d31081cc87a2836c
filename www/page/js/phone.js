// The Anti-Corruption Service's call centre, written in the texts as its number: wherever a
// sentence names it, the number is a link a phone can call (rules.md §6).
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
