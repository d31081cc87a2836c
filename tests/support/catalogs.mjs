// The page's texts, for the tests: each language's catalog as written, and as the page shows
// it, with the call centre's number in place of `{hotline}` as i18n.js writes it (phone.js).
import kk from "../../www/page/js/lang/kk.js";
import ru from "../../www/page/js/lang/ru.js";
import en from "../../www/page/js/lang/en.js";
import { HOTLINE } from "../../www/page/js/phone.js";

export const CATALOGS = { kk, ru, en };

/** A catalog's text as the page shows it, where no other value is put in. */
export const shownText = (text) => text.replaceAll("{hotline}", HOTLINE);

export const SHOWN_CATALOGS = Object.fromEntries(Object.entries(CATALOGS).map(([language, catalog]) =>
  [language, Object.fromEntries(Object.entries(catalog).map(([key, text]) => [key, shownText(text)]))]));
