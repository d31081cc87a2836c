// The page's Content-Security-Policy, written once. The dev server sends it as a header, the
// build writes it into every page's <meta> (so a host that sends no header still keeps the page
// private), and the offline file narrows it to its own inline parts. The README's nginx block
// carries a copy for hosts to paste; tests/site.test.mjs checks that copy against this one.

/** Where gov.kz pages may frame the calculator from. */
export const DEFAULT_FRAME_ANCESTORS = "'self' https://gov.kz https://*.gov.kz";

/**
 * The directives of the served pages: nothing but the site's own files, the wasm compiled
 * from them, and no form, base or plugin.
 */
const SERVED = [
  ["default-src", "'none'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self' data:"],
  ["connect-src", "'self'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
];

const written = (directives) => directives.map(([name, value]) => `${name} ${value}`).join("; ");

/** The header the site is served with. */
export function headerPolicy(frameAncestors = DEFAULT_FRAME_ANCESTORS) {
  return written([...SERVED, ["frame-ancestors", frameAncestors]]);
}

/** The <meta> copy: everything but frame-ancestors, which only a header can set. */
export const META_POLICY = written(SERVED);

/**
 * The offline file's policy: its one inline script and one inline style, by hash, and no
 * request at all (a file:// page has no 'self' worth allowing).
 */
export function offlinePolicy({ scriptHash, styleHash }) {
  const overrides = {
    "script-src": `${scriptHash} 'wasm-unsafe-eval'`,
    "style-src": styleHash,
    "img-src": "data:",
  };
  return written(SERVED.filter(([name]) => name !== "connect-src").map(([name, value]) => [name, overrides[name] ?? value]));
}
