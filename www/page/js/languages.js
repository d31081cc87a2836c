// The header's links to the page in each language. A click switches the texts in place rather
// than following the link: a new page would lose the answers, which are never stored.
import { loadCatalog } from "./i18n.js";

/**
 * The language links (`.languages a`) for `page`, the page's state (app.js): `page.text` is the
 * language shown, `page.wantedLanguage` the one last asked for. `textIn(language, catalog)`
 * makes a language's texts; `translatePage()` redraws the page in `page.text`; `failed` is
 * where a catalog that did not come is said.
 * @param {{ page: { text: ReturnType<typeof import("./i18n.js").translator>, wantedLanguage: string }, failed: HTMLElement, textIn: (language: string, catalog: Record<string, string>) => ReturnType<typeof import("./i18n.js").translator>, translatePage: () => void }} parts
 */
export function languageLinks({ page, failed, textIn, translatePage }) {
  const links = [...document.querySelectorAll(".languages a")].filter((link) => link instanceof HTMLAnchorElement);

  /** The link of the language shown is `aria-current`: a screen reader says which one it is. */
  function markCurrent() {
    for (const link of links) {
      if (link.hreflang === page.text.language) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    }
  }

  /** @param {MouseEvent} event a click on one of `links` whose language has a catalog (wireEvents, app.js) */
  async function switchLanguage(event) {
    const link = /** @type {HTMLAnchorElement} */ (event.currentTarget);
    event.preventDefault();
    page.wantedLanguage = link.hreflang;
    let loaded;
    try {
      loaded = textIn(link.hreflang, await loadCatalog(link.hreflang));
    } catch {
      // Offline since the page loaded: stay in this language, answers untouched.
      failed.textContent = page.text.t("page.language.failed");
      failed.hidden = false;
      return;
    }
    // A slower catalog arriving after a later click must not undo it.
    if (page.wantedLanguage !== link.hreflang) return;
    failed.hidden = true;
    page.text = loaded;
    // The language's own page (or ?lang= in the offline file): reloading keeps the language.
    history.replaceState(null, "", link.href);
    translatePage();
  }

  return { links, markCurrent, switchLanguage };
}
