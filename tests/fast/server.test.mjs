// The dev server (www/tools/server.mjs) under requests no browser sends: its record of requests
// bounded, its own errors with every security header and no long cache, and the year-long cache
// only for a hashed file found, whatever path reached it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { connect } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serve, answerRecord } from "../../www/tools/server.mjs";
import { securityHeaders, IMMUTABLE, REVALIDATE } from "../../www/tools/headers.mjs";
import { SITE } from "../../www/tools/paths.mjs";
import { get } from "../support/http.mjs";
import { pageScriptOf } from "../../www/tools/html.mjs";

let site;
before(async () => {
  site = await serve({ record: 50 });
});
after(() => site?.server.close());

const lower = (headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

function assertSecurityHeaders(headers, what) {
  for (const [name, value] of Object.entries(lower(securityHeaders()))) assert.equal(headers[name], value, `${what}: ${name}`);
}

test("the record of requests is off unless asked for, and keeps only the last ones asked for", async () => {
  const plain = await serve();
  assert.equal(plain.served, null, "www/serve.sh keeps nothing per request");
  plain.server.close();

  const mark = site.served.count;
  for (let index = 0; index < 300; index += 1) await get(`${site.url}missing-${index}-${"x".repeat(2000)}`);
  assert.equal(site.served.count, mark + 300, "every answer counted");
  const last = site.served.since(mark + 250);
  assert.equal(last.length, 50);
  assert.ok(last.every(({ path }) => path.length <= 200), "no entry holds a whole long path");
  assert.throws(() => site.served.since(mark), /is gone/, "a mark the record no longer reaches fails the test, never passes it");
});

test("the record's memory stays bounded: 100,000 answers keep at most twice its size", () => {
  const record = answerRecord(1000);
  for (let index = 0; index < 100_000; index += 1) record.add({ method: "GET", path: `/${index}`, status: 404 });
  assert.equal(record.count, 100_000);
  assert.ok(record.since(99_000).length === 1000);
  assert.throws(() => record.since(90_000));
});

test("its own 400s, to a malformed request line and to a malformed URL, carry every security header and no cache", async () => {
  const raw = await new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(site.url).port), "127.0.0.1", () => socket.write("GET /\x01 nonsense\r\n\r\n"));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
  assert.match(raw, /^HTTP\/1\.1 400 /);
  const headers = Object.fromEntries(raw.split("\r\n\r\n")[0].split("\r\n").slice(1).map((line) => line.split(/: (.*)/s).slice(0, 2)).map(([name, value]) => [name.toLowerCase(), value]));
  assertSecurityHeaders(headers, "the parser's 400");
  assert.equal(headers["cache-control"], REVALIDATE);

  const badUrl = await get(`${site.url}%E0%A4%A`);
  assert.equal(badUrl.status, 400);
  assertSecurityHeaders(badUrl.headers, "a malformed URL's 400");
  assert.equal(badUrl.headers["cache-control"], REVALIDATE);
});

test("only a hashed file found is cached for a year: not a page reached through /assets/, not a missing asset", async () => {
  const script = pageScriptOf(readFileSync(join(SITE, "kk.html"), "utf8"));
  assert.equal((await get(`${site.url}${script}`)).headers["cache-control"], IMMUTABLE);
  const through = await get(`${site.url}assets/%2e%2e%2fkk.html`);
  assert.equal(through.status, 200);
  assert.match(through.body.toString(), /<html lang="kk">/, "the page itself");
  assert.equal(through.headers["cache-control"], REVALIDATE);
  const missing = await get(`${site.url}assets/app-AAAAAAAA.js`);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers["cache-control"], REVALIDATE);
  assertSecurityHeaders(missing.headers, "a 404");
});

test("10,000 requests of distinct 8 KB paths leave the server's live heap within a few MB, and it still answers", async () => {
  const { execFile } = await import("node:child_process");
  const output = await new Promise((resolve, reject) => execFile(process.execPath, [new URL("../../www/tools/soak.mjs", import.meta.url).pathname, "10000"], { timeout: 120_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout))));
  const [, before, after] = output.match(/live heap after a full collection: before ([\d.]+) MB, after ([\d.]+) MB/).map(Number);
  // The record keeps at most 20,000 entries of 200 characters: ~5 MB. Kept whole, the paths were 80 MB.
  assert.ok(after - before < 10, `live heap ${before} → ${after} MB`);
  assert.match(output, /"\/" afterwards: 200/);
});
