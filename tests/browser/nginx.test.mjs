// The production configuration, www/nginx/syiaqy.conf, served by Debian's nginx (tests/support/nginx.mjs
// starts it), and the dev server beside it: for every file of the site, exactly the headers
// www/tools/headers.mjs defines, its compressed copies as the build wrote them, errors never
// cached for long, and (nginx) revalidation answered 304. Then the page in Chromium, from
// nginx: its privacy (no request but its own files, no cookie, no storage), a frame on a site
// the policy does not name, and the offline file offered as a download.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { serveWithNginx } from "../support/nginx.mjs";
import { serve } from "../../www/tools/server.mjs";
import { headersFor, IMMUTABLE, REVALIDATE } from "../../www/tools/headers.mjs";
import { answerWithMouse, filesUnder, launchBrowser, SITE } from "../support/browser.mjs";
import { vector, pageAnswersOf } from "../support/vectors.mjs";
import { get } from "../support/http.mjs";

const TYPES = { html: "text/html; charset=utf-8", js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8", wasm: "application/wasm" };
/** The files served, without the compressed copies beside them. */
const FILES = filesUnder(SITE).filter((file) => !/\.(br|gz)$/.test(file));
const lower = (headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

const SERVERS = {
  nginx: async () => serveWithNginx(),
  "the dev server": async () => {
    const site = await serve({ brotli: true });
    return { url: site.url, close: () => site.server.close() };
  },
};

for (const [name, start] of Object.entries(SERVERS)) {
  describe(name, () => {
    let site;
    before(async () => {
      site = await start();
    });
    after(() => site?.close());

    test(`${name}: every file with the headers of headers.mjs, its type, and its compressed copies`, async () => {
      assert.ok(FILES.length >= 12, `the site's files: ${FILES}`);
      for (const file of FILES) {
        const raw = readFileSync(join(SITE, file));
        const wanted = lower(headersFor(`/${file}`, 200));
        /** @type {[string | undefined, string | undefined, (body: Buffer) => Buffer, Buffer | string][]} */
        const ways = [[undefined, undefined, (body) => body, raw], ["br", "br", brotliDecompressSync, `${file}.br`], ["gzip", "gzip", gunzipSync, `${file}.gz`]];
        for (const [encoding, accept, decode, copy] of ways) {
          const answer = await get(`${site.url}${file}`, accept ? { "Accept-Encoding": accept } : {});
          const what = `${file} (${accept ?? "no encoding"})`;
          assert.equal(answer.status, 200, what);
          for (const [header, value] of Object.entries(wanted)) assert.equal(answer.headers[header], value, `${what}: ${header}`);
          assert.equal(answer.headers["content-disposition"], wanted["content-disposition"], `${what}: Content-Disposition`);
          assert.equal(answer.headers["content-type"], TYPES[file.split(".").pop()], `${what}: Content-Type`);
          assert.equal(answer.headers["content-encoding"], encoding, `${what}: Content-Encoding`);
          assert.equal(answer.headers.vary, "Accept-Encoding", `${what}: Vary`);
          // The copy the build wrote, sent as it is, and the same file once decoded.
          if (encoding) assert.ok(answer.body.equals(readFileSync(join(SITE, String(copy)))), `${what}: the build's copy`);
          assert.ok(decode(answer.body).equals(raw), `${what}: the file`);
        }
      }
    });

    test(`${name}: "/" is index.html; errors under /assets/ and a page reached through it are never cached for long`, async () => {
      const index = await get(site.url);
      assert.ok(index.body.equals(readFileSync(join(SITE, "index.html"))));
      assert.equal(index.headers["cache-control"], REVALIDATE);
      for (const { path, status } of [{ path: "assets/app-AAAAAAAA.js", status: 404 }, { path: "nothing.html", status: 404 }, { path: "assets/%2e%2e%2fkk.html", status: 200 }]) {
        const answer = await get(`${site.url}${path}`);
        assert.equal(answer.status, status, path);
        assert.equal(answer.headers["cache-control"], REVALIDATE, `${path}: not ${IMMUTABLE}`);
        for (const [header, value] of Object.entries(lower(headersFor(`/${path}`, status)))) {
          if (header !== "cache-control" && header !== "content-disposition") assert.equal(answer.headers[header], value, `${path}: ${header}`);
        }
      }
    });
  });
}

describe("nginx alone", () => {
  let site, browser;
  before(async () => {
    site = await serveWithNginx();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test("the assets' folder itself is refused, and not cached", async () => {
    const answer = await get(`${site.url}assets/`);
    assert.equal(answer.status, 403);
    assert.equal(answer.headers["cache-control"], REVALIDATE);
    assert.equal(answer.headers["content-security-policy"], headersFor("/assets/", 403)["Content-Security-Policy"]);
  });

  test("revalidation is answered 304, with the same headers and no body", async () => {
    const asset = FILES.find((file) => file.startsWith("assets/app-"));
    for (const [file, accept] of [["kk.html", "br"], ["kk.html", undefined], [asset, "gzip"]]) {
      const headers = accept ? { "Accept-Encoding": accept } : {};
      const first = await get(`${site.url}${file}`, headers);
      assert.ok(first.headers.etag && first.headers["last-modified"], `${file}: a validator`);
      for (const condition of [{ "If-None-Match": first.headers.etag }, { "If-Modified-Since": first.headers["last-modified"] }]) {
        const again = await get(`${site.url}${file}`, { ...headers, ...condition });
        assert.equal(again.status, 304, `${file} ${JSON.stringify(condition)}`);
        assert.equal(again.body.length, 0);
        for (const [header, value] of Object.entries(lower(headersFor(`/${file}`, 304)))) assert.equal(again.headers[header], value, `${file} 304: ${header}`);
      }
    }
  });

  test("a visit asks for nothing but the site's own files, and keeps no cookie and no storage", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests = [];
    context.on("request", (request) => requests.push(request.url()));
    const mark = site.served.count;
    await page.goto(`${site.url}ru.html`);
    await page.locator("#calculator[data-ready]").waitFor();
    await answerWithMouse(page, pageAnswersOf(vector("V8")));
    await page.locator("[data-testid=amount]").waitFor();
    const own = new Set(["/", ...FILES.map((file) => `/${file}`)]);
    for (const url of requests) assert.ok(url.startsWith(site.url) && own.has(new URL(url).pathname), `asked for ${url}`);
    const served = site.served.since(mark);
    assert.ok(served.length >= 5, `nginx's log has the page's files: ${JSON.stringify(served)}`);
    for (const { path, status } of served) assert.ok(own.has(path) && status === 200, `${path} ${status}`);
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
    await context.close();
  });

  test("the offline file is a download, not a page the site's policy leaves dead", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(site.url);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.evaluate(() => {
        location.href = "syiaqy-offline.html";
      }),
    ]);
    assert.equal(download.suggestedFilename(), "syiaqy-offline.html");
    await context.close();
  });

  test("framed by a site the policy does not name: host.js says so under the frame, with a link to the calculator", async () => {
    const host = await serve({ root: "/nonexistent", extraRoutes: {
      "/": `<!doctype html><html lang="en"><title>Not gov.kz</title><h1>A host</h1>
<iframe data-syiaqy src="${site.url}en.html" title="Calculator" lang="en" style="width:100%;border:0"></iframe>
<script src="${site.url}host.js"></script>`,
    } });
    try {
      const page = await browser.newPage();
      await page.goto(host.url);
      const note = page.locator("[data-syiaqy-note]");
      await note.waitFor({ timeout: 10_000 });
      assert.equal(await note.getAttribute("lang"), "en");
      assert.match(await note.textContent(), /could not open in this page/);
      assert.equal(await note.locator("a").getAttribute("href"), `${site.url}en.html`);
      await page.close();
    } finally {
      host.server.close();
    }
  });
});
