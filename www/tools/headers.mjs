// Every header the site is served with, written once: the Content-Security-Policy and the
// other security headers, and each file's caching. The dev server sends them; the build writes
// the policy into every page's <meta> (so a host that sends no header still keeps the page
// private), and the offline file narrows it to its own inline parts. www/nginx/syiaqy.conf,
// the production configuration, carries a copy in nginx's words: tests/browser/nginx.test.mjs runs it
// on a real nginx and compares what it sends for every file with `headersFor`, and
// tests/browser/site.test.mjs compares the table of www/docs/hosting.md with this module.

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

/**
 * Sent with every answer, errors included: a 404 page is a page too. Cross-Origin-Opener-Policy
 * keeps a site that opened the calculator from reaching into its tab later (it matters for
 * pages only; the other files carry it because one rule is simpler to keep right).
 */
export function securityHeaders(frameAncestors = DEFAULT_FRAME_ANCESTORS) {
  return {
    "Content-Security-Policy": headerPolicy(frameAncestors),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}

/** Files whose name carries their content's hash never change: cached for a year. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else, errors included, is asked again each time: a 404 pinned at a CDN edge would outlive the deploy that fixed it. */
export const REVALIDATE = "no-cache";

/** The one file other sites load (www/docs/hosting.md, "Embedding in a gov.kz page"). */
export const HOST_SCRIPT = "/host.js";
/** The calculator for disk, offered as a download: opened from the site, its inline parts are refused by the site's policy. */
export const OFFLINE_FILE = "/syiaqy-offline.html";

/**
 * Every header but the content's own (type, length, encoding) for the file at `path` (the
 * normalized path, as served: `/assets/app-….js`) answered with `status`. Only a found asset is
 * immutable: the folder's own 403, a missing file's 404 are not.
 */
export function headersFor(path, status, frameAncestors = DEFAULT_FRAME_ANCESTORS) {
  const found = status === 200 || status === 304;
  return {
    ...securityHeaders(frameAncestors),
    "Cross-Origin-Resource-Policy": path === HOST_SCRIPT ? "cross-origin" : "same-origin",
    "Cache-Control": found && path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE,
    ...(path === OFFLINE_FILE ? { "Content-Disposition": 'attachment; filename="syiaqy-offline.html"' } : {}),
  };
}
