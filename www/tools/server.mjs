// A static file server for the built site (www/site) with the headers production hosting
// should send (README, "Hosting"). Used by `bash www/serve.sh` and by the browser tests, so
// both see what citizens will get. Binds to 127.0.0.1 only. Small on purpose: it serves
// files, answers every malformed request with an error, and never exits on one.
import { createServer } from "node:http";
import { readFile, realpath } from "node:fs/promises";
import { extname, join, sep } from "node:path";
import { headerPolicy } from "./csp.mjs";
import { brotli as compress } from "./sizes.mjs";
import { SITE } from "./paths.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
};

/** A static site is read, never written. */
const ALLOWED = "GET, HEAD, OPTIONS";

/** Files whose name carries their content's hash never change: cache them for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";
const isHashed = (path) => path.startsWith("/assets/");

/** The security headers of every response; `frameAncestors` is the CSP list of embedders. */
export function securityHeaders(frameAncestors) {
  return {
    "Content-Security-Policy": headerPolicy(frameAncestors),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}

/** The decoded path of a request's target, or null when it is no valid URL path. */
function requestPath(target) {
  try {
    return decodeURIComponent(new URL(target, "http://localhost").pathname);
  } catch {
    return null;
  }
}

/**
 * The file under `root` that `path` names, following symlinks only while they stay inside the
 * root; null when there is none.
 */
async function fileUnder(root, path) {
  if (path.includes("\0")) return null;
  try {
    const file = await realpath(join(root, path.endsWith("/") ? `${path}index.html` : path));
    return file.startsWith(root + sep) ? file : null;
  } catch {
    return null;
  }
}

/**
 * Serves `root` (by default the built site) on 127.0.0.1. Resolves to the listening server,
 * its base URL, and `served`: every request it answered, as `{ method, path, status }`, so a
 * test in any browser can see what a page asked for. `port` 0 picks a free port; a busy fixed
 * port falls back to a free one. `extraRoutes` maps paths to HTML served without the site's
 * headers (a test's host page, as another site would serve it). `holdBack(path)` may return a
 * promise that the file's answer waits for: a test's slow network for one file. `brotli`: what
 * is found is sent brotli-compressed to a browser that accepts it, as a host would (the
 * benchmark's phone on a mobile network).
 */
export async function serve({ root = SITE, port = 0, frameAncestors, extraRoutes = {}, holdBack = () => null, brotli = false } = {}) {
  const headers = securityHeaders(frameAncestors);
  const realRoot = await realpath(root).catch(() => root);
  const served = [];
  /** Each path's body compressed once: the files do not change while the server runs. */
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const path = requestPath(request.url);
    const answer = (status, extra = {}, body = undefined, security = headers) => {
      served.push({ method: request.method, path: path ?? request.url, status });
      if (brotli && status === 200 && /\bbr\b/.test(request.headers["accept-encoding"] ?? "")) {
        if (!compressed.has(path)) compressed.set(path, compress(body));
        body = compressed.get(path);
        extra = { ...extra, "Content-Encoding": "br", "Content-Length": body.length, Vary: "Accept-Encoding" };
      }
      response.writeHead(status, { ...security, ...extra });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    try {
      if (path === null) return answer(400, { "Content-Type": "text/plain" }, "bad request");
      if (request.method === "OPTIONS") return answer(204, { Allow: ALLOWED });
      if (request.method !== "GET" && request.method !== "HEAD") return answer(405, { Allow: ALLOWED });
      // Another site's page, in a test: its own rules, not the calculator's headers.
      if (extraRoutes[path]) return answer(200, { "Content-Type": "text/html; charset=utf-8" }, extraRoutes[path], {});
      await holdBack(path);
      const file = await fileUnder(realRoot, path);
      const body = file && (await readFile(file).catch(() => null));
      if (!body) return answer(404, { "Content-Type": "text/plain" }, "not found");
      return answer(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Length": body.length,
        "Cache-Control": isHashed(path) ? IMMUTABLE : "no-cache",
        // host.js is the one file other sites load (README, "Embedding").
        ...(path === "/host.js" ? { "Cross-Origin-Resource-Policy": "cross-origin" } : {}),
      }, body);
    } catch {
      if (!response.headersSent) answer(500);
      else response.destroy();
    }
  });
  // A malformed request line never reaches the handler: answer it, do not crash.
  server.on("clientError", (error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once("error", (error) => {
      if (error.code === "EADDRINUSE" && port !== 0) resolve(serve({ root, port: 0, frameAncestors, extraRoutes, holdBack, brotli }));
      else reject(error);
    });
    server.listen(port, "127.0.0.1", () => resolve({ server, served, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve({ port: Number(process.env.PORT ?? 8080) });
  console.log(`syiaqy is served at ${url} (Ctrl+C to stop)`);
}
