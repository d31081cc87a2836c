// The built site as a host receives it (www/site): exactly the served files, each named by its
// content's hash but the pages and host.js; cached for good, so a second visit downloads only
// the page; and the hosting document's copy of the headers true to headers.mjs (the links of
// every document are tests/fast/references.test.mjs's).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { siteAndBrowser, filesUnder, SITE } from "../support/browser.mjs";
import { ROOT } from "../../www/tools/paths.mjs";
import { headerPolicy, headersFor, securityHeaders } from "../../www/tools/headers.mjs";
import { LANGUAGES } from "../support/shown.mjs";
import { pageScriptOf } from "../../www/tools/html.mjs";

const HOSTING = readFileSync(join(ROOT, "www/docs/hosting.md"), "utf8");
const PAGES = ["index.html", ...LANGUAGES.map((language) => `${language}.html`)];

const running = siteAndBrowser({ record: true });

test("the site holds exactly what is served: the pages, host.js, and the hashed files they load", () => {
  const all = filesUnder(SITE);
  const files = all.filter((file) => !/\.(br|gz)$/.test(file)).sort();
  // Beside each file, its brotli and gzip copies, of this build (a stale copy would be sent).
  assert.deepEqual(all.filter((file) => /\.(br|gz)$/.test(file)).sort(), files.flatMap((file) => [`${file}.br`, `${file}.gz`]).sort());
  for (const file of files) {
    const raw = readFileSync(join(SITE, file));
    assert.ok(brotliDecompressSync(readFileSync(join(SITE, `${file}.br`))).equals(raw), `${file}.br`);
    assert.ok(gunzipSync(readFileSync(join(SITE, `${file}.gz`))).equals(raw), `${file}.gz`);
  }
  const unhashed = files.filter((file) => !file.startsWith("assets/"));
  assert.deepEqual(unhashed.sort(), [...PAGES, "host.js", "syiaqy-offline.html"].sort());
  const assets = files.filter((file) => file.startsWith("assets/"));
  for (const file of assets) assert.match(file, /^assets\/[\w-]+-[A-Z0-9]{8}\.(js|css|wasm)$/, `${file} carries a hash`);
  // Every asset is loaded by a page: by its markup, or by a script it loads (the other
  // languages' texts, the reader of the verdict's line and its wasm).
  const referenced = new Set();
  for (const page of PAGES) for (const [, path] of readFileSync(join(SITE, page), "utf8").matchAll(/(?:href|src)="(assets\/[^"]+)"/g)) referenced.add(path);
  for (const path of referenced) {
    if (!path.endsWith(".js")) continue;
    for (const [, name] of readFileSync(join(SITE, path), "utf8").matchAll(/"\.\/([\w-]+-[A-Z0-9]{8}\.(?:js|wasm))"/g)) referenced.add(`assets/${name}`);
  }
  assert.deepEqual([...referenced].sort(), assets);
});

test("a second visit downloads only the page: every other file is cached for good", async () => {
  const context = await running.browser.newContext();
  const page = await context.newPage();
  const load = async () => {
    const from = running.site.served.count;
    await page.goto(`${running.site.url}kk.html`);
    await page.locator("#calculator[data-ready]").waitFor();
    return running.site.served.since(from).map(({ path }) => path);
  };
  const first = await load();
  assert.ok(first.length >= 5, `the first visit loads the page's files: ${first}`);
  assert.deepEqual(await load(), ["/kk.html"]);
  await context.close();
});

test("the server marks hashed files immutable and the pages no-cache", async () => {
  const html = await fetch(`${running.site.url}kk.html`);
  assert.equal(html.headers.get("cache-control"), "no-cache");
  const script = pageScriptOf(readFileSync(join(SITE, "kk.html"), "utf8"));
  const asset = await fetch(`${running.site.url}${script}`);
  assert.equal(asset.headers.get("cache-control"), "public, max-age=31536000, immutable");
  assert.equal((await fetch(`${running.site.url}host.js`)).headers.get("cache-control"), "no-cache");
});

test("the hosting document's headers table says what headers.mjs defines, and the server sends it", async () => {
  const table = Object.fromEntries([...HOSTING.matchAll(/^\| `([\w-]+)` \| (.+) \|$/gm)].map(([, name, value]) => [name, value]));
  // Every value any file or error gets, in the row of its header, as written.
  const paths = [...filesUnder(SITE).filter((file) => !/\.(br|gz)$/.test(file)).map((file) => `/${file}`), "/assets/missing.js"];
  for (const path of paths) {
    for (const status of [200, 404]) {
      for (const [name, value] of Object.entries(headersFor(path, status))) {
        assert.ok(table[name]?.includes(`\`${value}\``), `www/docs/hosting.md's table, ${name}: \`${value}\` (${path} ${status})`);
      }
    }
  }
  // A security header's row is its value alone, up to any explanation.
  for (const [name, value] of Object.entries(securityHeaders())) assert.ok(table[name].startsWith(`\`${value}\``), name);
  assert.equal(table["Content-Security-Policy"], `\`${headerPolicy()}\``);
  const response = await fetch(running.site.url);
  for (const [name, value] of Object.entries(headersFor("/index.html", 200))) assert.equal(response.headers.get(name), value, name);
});
