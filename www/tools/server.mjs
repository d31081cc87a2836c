// A static file server for www/ with the headers production hosting should send (README,
// "Hosting"). Used by `bash www/serve.sh` and by the browser tests, so both see what citizens
// will get. Binds to 127.0.0.1 only.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".ico": "image/x-icon",
};

/** Where gov.kz pages may frame the calculator from. */
export const DEFAULT_FRAME_ANCESTORS = "'self' https://gov.kz https://*.gov.kz";

/** The security headers of every response; `frameAncestors` is the CSP list of embedders. */
export function securityHeaders(frameAncestors = DEFAULT_FRAME_ANCESTORS) {
  return {
    "Content-Security-Policy":
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
      `connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors ${frameAncestors}`,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}

/**
 * Serves `root` on 127.0.0.1. Resolves to the listening server and its base URL.
 * `port` 0 picks a free port; a busy fixed port falls back to a free one.
 */
export function serve({ root, port = 0, frameAncestors, extraRoutes = {} } = {}) {
  const headers = securityHeaders(frameAncestors);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    if (extraRoutes[path]) {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(extraRoutes[path]);
      return;
    }
    const base = resolve(root);
    const file = resolve(join(base, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(base + sep) || request.method !== "GET") {
      response.writeHead(404, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      // host.js is the one file other sites load (README, "Embedding").
      const shared = path === "/host.js" ? { "Cross-Origin-Resource-Policy": "cross-origin" } : {};
      response.writeHead(200, { ...headers, ...shared, "Content-Type": type, "Cache-Control": "no-cache" });
      response.end(body);
    } catch {
      response.writeHead(404, { ...headers, "Content-Type": "text/plain" }).end("not found");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", (error) => {
      if (error.code === "EADDRINUSE" && port !== 0) {
        resolve(serve({ root, port: 0, frameAncestors, extraRoutes }));
      } else {
        reject(error);
      }
    });
    server.listen(port, "127.0.0.1", () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve({ root, port });
  console.log(`syiaqy is served at ${url} (Ctrl+C to stop)`);
}
