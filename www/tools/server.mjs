// A static file server for the built site (www/site) with the headers production hosting
// should send (www/docs/hosting.md). Used by `bash www/serve.sh` and by the browser tests, so
// both see what citizens will get. Binds to 127.0.0.1 only. Small on purpose: it serves
// files, answers every malformed request with an error, and never exits on one.
import { createServer, STATUS_CODES } from "node:http";
import { readFile, realpath } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { headersFor } from "./headers.mjs";
import { SITE } from "./paths.mjs";

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
};

/** A static site is read, never written. */
const ALLOWED = "GET, HEAD, OPTIONS";

/** The build's compressed copies beside each file, in the order a host prefers them. */
const ENCODINGS = [["br", ".br"], ["gzip", ".gz"]];

/**
 * The decoded path of a request's target, or null when it is no valid URL path.
 * @param {string} target
 */
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
 * Whether `accepted` (an Accept-Encoding header) names `encoding` without refusing it (q=0).
 * @param {string | undefined} accepted
 * @param {string} encoding
 */
function accepts(accepted, encoding) {
  if (!accepted) return false;
  return accepted.split(",").some((part) => {
    const [name, ...parameters] = part.trim().split(";");
    return name.trim().toLowerCase() === encoding && !parameters.some((parameter) => /^\s*q=0(?:\.0*)?\s*$/.test(parameter));
  });
}

/** A request path as the record keeps it: long enough to name any file of the site, never a 16 KB attack. */
const RECORDED_LENGTH = 200;

/**
 * The answers a test reads, bounded: it keeps the last `limit` (at most twice that between two
 * trims) and counts them all. A test takes `count` as a mark and reads `since(mark)`; a mark the
 * record no longer reaches throws rather than pass a check on fewer requests than were made.
 */
/** @typedef {{ method: string | undefined, path: string, status: number }} Answered */
/** @param {number} limit */
export function answerRecord(limit) {
  /** @type {Answered[]} */
  let kept = [];
  let count = 0;
  return {
    get count() {
      return count;
    },
    /** @param {Answered} entry */
    add(entry) {
      kept.push(entry);
      count += 1;
      // Trimmed by halves: shifting one entry at a time copies the whole array each request.
      if (kept.length >= 2 * limit) kept = kept.slice(-limit);
    },
    /** @param {number} mark */
    since(mark) {
      const first = count - kept.length;
      if (mark < first) throw new Error(`the record keeps the last ${kept.length} answers of ${count}: answer ${mark} is gone`);
      return kept.slice(mark - first);
    },
  };
}

/**
 * Serves `root` (by default the built site) on 127.0.0.1. Resolves to the listening server and
 * its base URL. `record`: keep what it answered, as `{ method, path, status }`, so a test in any
 * browser can see what a page asked for (`served`, an `answerRecord`; true keeps the last
 * 10,000, a number that many; off by default, as `www/serve.sh` runs it). `port` 0 picks a free
 * port; a busy fixed port falls back to a free one. `extraRoutes` maps paths to HTML served
 * without the site's headers (a test's host page, as another site would serve it).
 * `holdBack(path)` may return a promise that the file's answer waits for: a test's slow network
 * for one file. `brotli`: the build's compressed copy (`.br`, else `.gz`) is sent to a browser
 * that accepts it, as the production configuration does (the benchmark's phone on a mobile
 * network). Its memory does not grow with what it is sent: nothing is kept per request but
 * the bounded record.
 */
/**
 * @typedef {object} ServeOptions
 * @property {string} [root]
 * @property {number} [port]
 * @property {string} [frameAncestors] the policy's frame-ancestors (headers.mjs's default when not given)
 * @property {Record<string, string>} [extraRoutes]
 * @property {(path: string) => Promise<unknown> | null} [holdBack]
 * @property {boolean} [brotli]
 * @property {boolean | number} [record]
 */
/**
 * @param {ServeOptions} [options]
 * @returns {Promise<{ server: import("node:http").Server, served: ReturnType<typeof answerRecord> | null, url: string }>}
 */
export async function serve({ root = SITE, port = 0, frameAncestors, extraRoutes = {}, holdBack = () => null, brotli = false, record = false } = {}) {
  const realRoot = await realpath(root).catch(() => root);
  const served = record ? answerRecord(record === true ? 10_000 : record) : null;
  const server = createServer(async (request, response) => {
    const target = request.url ?? "";
    const path = requestPath(target);
    /**
     * @param {number} status
     * @param {import("node:http").OutgoingHttpHeaders} [extra]
     * @param {string | Buffer} [body]
     */
    const answer = (status, extra = {}, body = undefined) => {
      // A copy, not a slice: V8's slice of a string keeps the whole string it was cut from.
      served?.add({ method: request.method, path: [...(path ?? target).slice(0, RECORDED_LENGTH)].join(""), status });
      response.writeHead(status, extra);
      response.end(request.method === "HEAD" ? undefined : body);
    };
    // An error's headers: no file's, so no cache but the next request.
    /**
     * @param {number} status
     * @param {import("node:http").OutgoingHttpHeaders} [extra]
     */
    const failed = (status, extra = {}) => answer(status, { ...headersFor("", status, frameAncestors), "Content-Type": "text/plain", ...extra }, STATUS_CODES[status]);
    try {
      if (path === null) return failed(400);
      if (request.method === "OPTIONS") return answer(204, { ...headersFor("", 204, frameAncestors), Allow: ALLOWED });
      if (request.method !== "GET" && request.method !== "HEAD") return failed(405, { Allow: ALLOWED });
      // Another site's page, in a test: its own rules, not the calculator's headers.
      if (Object.hasOwn(extraRoutes, path)) return answer(200, { "Content-Type": "text/html; charset=utf-8" }, extraRoutes[path]);
      await holdBack(path);
      const file = await fileUnder(realRoot, path);
      let body = file && (await readFile(file).catch(() => null));
      if (!file || !body) return failed(404);
      // The headers follow the file reached, not the path asked: "/assets/%2e%2e%2fkk.html" is a
      // page, and gets a page's cache.
      const servedPath = `/${relative(realRoot, file).split(sep).join("/")}`;
      /** @type {import("node:http").OutgoingHttpHeaders} */
      const extra = { ...headersFor(servedPath, 200, frameAncestors), "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" };
      if (brotli) {
        // Read from disk each time, never kept: distinct paths to one file cost nothing.
        const copies = await Promise.all(ENCODINGS.map(async ([encoding, suffix]) => ({ encoding, copy: await readFile(file + suffix).catch(() => null) })));
        if (copies.some(({ copy }) => copy)) extra.Vary = "Accept-Encoding";
        const chosen = copies.find(({ encoding, copy }) => copy && accepts(request.headers["accept-encoding"], encoding));
        if (chosen?.copy) {
          extra["Content-Encoding"] = chosen.encoding;
          body = chosen.copy;
        }
      }
      return answer(200, { ...extra, "Content-Length": body.length }, body);
    } catch {
      if (!response.headersSent) failed(500);
      else response.destroy();
    }
  });
  // A malformed request line never reaches the handler: answer it, with the same headers as
  // every other answer, and do not crash.
  const rawHeaders = Object.entries(headersFor("", 400, frameAncestors)).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end(`HTTP/1.1 400 Bad Request\r\n${rawHeaders}Content-Length: 0\r\nConnection: close\r\n\r\n`);
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once("error", (/** @type {NodeJS.ErrnoException} */ error) => {
      if (error.code === "EADDRINUSE" && port !== 0) resolve(serve({ root, port: 0, frameAncestors, extraRoutes, holdBack, brotli, record }));
      else reject(error);
    });
    server.listen(port, "127.0.0.1", () => resolve({ server, served, url: `http://127.0.0.1:${listeningPort(server)}/` }));
  });
}

/**
 * The port a server listens on (once it listens on TCP).
 * @param {import("node:net").Server} server
 */
export function listeningPort(server) {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the server does not listen on a TCP port");
  return address.port;
}

/**
 * A free TCP port on 127.0.0.1, for a server the tests start (nginx, a browser's driver).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const port = listeningPort(server);
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve({ port: Number(process.env.PORT ?? 8080) });
  console.log(`syiaqy is served at ${url} (Ctrl+C to stop)`);
}
