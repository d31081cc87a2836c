// Whatever a caller passes, the engine's exports answer or refuse with an Error that has a
// `code` and a `field`; they never trap, hang, leak or corrupt the module; and the dev server
// answers every malformed request without exiting. Values a buggy embedder or a hostile page
// would pass: other types, Proxies, throwing getters, a polluted Object.prototype, control and
// bidi characters, other scripts' digits, huge strings, impossible dates, a broken clock.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, symlinkSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import engine, { instances } from "../../www/tools/engine.mjs";
import { serve } from "../../www/tools/server.mjs";
import { PACKAGE } from "../../www/tools/paths.mjs";
import { launchBrowser } from "../support/browser.mjs";
import { ENGINES, startBrowser } from "../support/engines.mjs";
import { vector, answersOf } from "../support/vectors.mjs";
import { TRIGGERS } from "../support/triggers.mjs";
import { refused, isRefusal } from "../support/refused.mjs";

const { estimate, explain, parseAmount, classifyArticle, readVerdictLine } = engine;
const { error: CODES, field: ALL_FIELDS } = engine.vocabulary();
const V8 = vector("V8");
/** The fields estimate() reads; classifyArticle() and readVerdictLine() read the others. */
const FIELDS = ALL_FIELDS.filter((field) => field in answersOf(V8) || ["inForceDate", "mciDate", "today"].includes(field));
const LINE_FIELDS = ["line", "committed"];
const ARTICLE_FIELDS = ALL_FIELDS.filter((field) => !FIELDS.includes(field) && field !== "line");
const A_V1 = { code: "criminal", article: "366", part: "3", committed: "2024-05-01" };
const A_V16 = { line: "ч.3 ст.24, п.2 ч.3 ст.190 УК РК", committed: "2024-05-01" };

const trap = () => { throw new Error("a hostile trap"); };
const everyTrap = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
const throwingGetter = (name) => Object.defineProperty({ ...answersOf(V8) }, name, { get: trap, enumerable: true });

/** Values that are not what the contract asks for, or are, in hostile shapes. */
const HOSTILE = [
  5, 5.5, -0, NaN, Infinity, -1e308, 2 ** 60, true, false, null, undefined, Symbol("s"), 10n,
  {}, [], ["5000"], () => "5000", new String("5000"), new Date(NaN), /5000/, new Uint8Array(8),
  Object.create(null), everyTrap,
  "", " ", "\0", "5\u00000", "5\u202e000", "\u200f5 000", "٥٠٠٠", "５０００", "𝟓𝟎𝟎𝟎", "5e6", "0x10",
  "1,2,3", "--5", "5 000 000 kzt.", "2025-02-30", "0000-01-01", "9999-99-99", "+2025-03-01",
  "in_force\0", "IN_FORCE", "__proto__", "constructor", "x".repeat(101), "9".repeat(5000),
  "\ud800", "ст. 366\udfff", "\udc00\ud800ч. 3", "ст.".repeat(66), "ст. 366 ".repeat(25), "(((((", "ч.ч.ч.ч.",
  "ҚК-нің-бабы-бөлігі-тармағы", "Article 366(3)(2)(1)(", "1-1-1-1-1-1", "ст. ч. п. 1, , и 2 and",
];

/** `call()` either returns, or throws an Error with a code and field of the contract. */
function answersOrRefuses(call, description) {
  try {
    call();
  } catch (error) {
    assert.ok(isRefusal(error), `${description}: threw ${String(error)}`);
    assert.ok(CODES.includes(error.code), `${description}: code ${error.code}`);
    assert.ok(ALL_FIELDS.includes(error.field), `${description}: field ${error.field}`);
  }
}

/** The module still computes V8 exactly. */
function stillRight(description) {
  assert.equal(estimate(answersOf(V8)).reward.minTenge, V8.tenge.split("..")[0], `after ${description}`);
  assert.equal(parseAmount(V8.amount), engine.parseAmount("5000000"), `after ${description}`);
  assert.equal(classifyArticle(A_V1).min, "grave", `after ${description}`);
  assert.equal(readVerdictLine(A_V16).min, "grave", `after ${description}`);
}

const describe = (value) => {
  try {
    return typeof value === "string" ? JSON.stringify(value.slice(0, 20)) : String(value);
  } catch {
    return typeof value;
  }
};

test("every export, given any hostile value many times in a row, answers or refuses with a code and field", () => {
  for (const value of HOSTILE) {
    for (let round = 0; round < 5; round += 1) {
      answersOrRefuses(() => parseAmount(value), `parseAmount(${describe(value)})`);
      answersOrRefuses(() => estimate(value), `estimate(${describe(value)})`);
      answersOrRefuses(() => explain(value), `explain(${describe(value)})`);
      for (const field of FIELDS) {
        answersOrRefuses(() => estimate({ ...answersOf(V8), [field]: value }), `estimate ${field}: ${describe(value)}`);
        answersOrRefuses(() => explain({ ...answersOf(V8), [field]: value }), `explain ${field}: ${describe(value)}`);
      }
      answersOrRefuses(() => classifyArticle(value), `classifyArticle(${describe(value)})`);
      for (const field of ARTICLE_FIELDS) {
        answersOrRefuses(() => classifyArticle({ ...A_V1, [field]: value }), `classifyArticle ${field}: ${describe(value)}`);
      }
      answersOrRefuses(() => readVerdictLine(value), `readVerdictLine(${describe(value)})`);
      for (const field of LINE_FIELDS) {
        answersOrRefuses(() => readVerdictLine({ ...A_V16, [field]: value }), `readVerdictLine ${field}: ${describe(value)}`);
      }
      for (const name of ["choices", "vocabulary", "limits", "mciTable", "regimes"]) engine[name](value);
    }
    stillRight(describe(value));
  }
});

test("parseAmount takes what estimate takes, and refuses other kinds with not_text", () => {
  // The easy mistake of the report: a number, three times. It used to hang the tab.
  for (let round = 0; round < 3; round += 1) assert.equal(parseAmount(5), "5.00");
  assert.equal(parseAmount(-0), "0.00");
  /** @type {[any, string][]} values of every kind but text, on purpose */
  const refusals = [[true, "not_text"], [{}, "not_text"], [5.5, "not_text"], [Symbol("s"), "not_text"], [10n, "not_text"], [["5000"], "not_text"], [null, "empty"], [undefined, "empty"]];
  for (const [value, code] of refusals) {
    assert.throws(() => parseAmount(value), refused(code, "amount"), describe(value));
  }
  stillRight("parseAmount's refusals");
});

test("a getter or Proxy that throws is reported as unreadable, for the answer it concerns", () => {
  for (const field of FIELDS) {
    for (const call of [estimate, explain]) {
      assert.throws(() => call(throwingGetter(field)), refused("unreadable", field), field);
    }
  }
  assert.throws(() => estimate(everyTrap), refused("unreadable", "verdict"));
  for (const field of ARTICLE_FIELDS) {
    const query = Object.defineProperty({ ...A_V1 }, field, { get: trap, enumerable: true });
    assert.throws(() => classifyArticle(query), refused("unreadable", field), field);
  }
  stillRight("throwing getters");
});

test("readVerdictLine: a getter or Proxy that throws is reported as unreadable, for the line or the date", () => {
  for (const field of LINE_FIELDS) {
    const query = Object.defineProperty({ ...A_V16 }, field, { get: trap, enumerable: true });
    assert.throws(() => readVerdictLine(query), refused("unreadable", field), field);
  }
  assert.throws(() => readVerdictLine(everyTrap), refused("unreadable", "line"));
  stillRight("throwing getters of the line");
});

test("only the answers' own properties are read: a polluted Object.prototype is not an answer", () => {
  const { amount, ...withoutAmount } = answersOf(V8);
  /** @type {Record<string, unknown>} */ (Object.prototype).amount = "200 000 000";
  try {
    assert.throws(() => estimate(withoutAmount), refused("empty", "amount"));
    assert.equal(estimate({ ...withoutAmount, amount }).branch, V8.branch);
  } finally {
    delete (/** @type {Record<string, unknown>} */ (Object.prototype)).amount;
  }
});

test("text over the length limit is refused before it is copied into the engine's memory", () => {
  const memory = () => instances.calculator.memory.buffer.byteLength + instances.reader.memory.buffer.byteLength;
  const before = memory();
  for (const length of [101, 10_000, 10_000_000]) {
    const long = "5".repeat(length);
    assert.throws(() => parseAmount(long), refused("too_long", "amount"));
    assert.throws(() => estimate({ ...answersOf(V8), amount: long }), refused("too_long"));
    assert.throws(() => estimate({ ...answersOf(V8), verdict: `in_force${" ".repeat(length)}` }), refused("too_long", "verdict"));
    assert.throws(() => readVerdictLine({ line: `ст. 366${" ".repeat(length + 100)}` }), refused("too_long", "line"));
  }
  assert.equal(memory(), before, "no memory grown for a refused text");
  assert.equal(parseAmount(`${"0".repeat(90)}5`), "5.00", "the limit is 100 characters");
  stillRight("long text");
});

test("the wasm memory and the table of JS values stay flat over 100,000 hostile calls", () => {
  // Both modules': readVerdictLine runs in the reader's, the others in the calculator's.
  const measure = () => Object.fromEntries(Object.entries(instances).flatMap(([name, instance]) => [
    [`${name} memory`, instance.memory.buffer.byteLength], [`${name} table`, instance.__wbindgen_externrefs.length],
  ]));
  const hostileCall = (index) => {
    const value = HOSTILE[index % HOSTILE.length];
    answersOrRefuses(() => parseAmount(value), "parseAmount");
    answersOrRefuses(() => readVerdictLine(index % 3 ? { line: value } : value), "readVerdictLine");
    answersOrRefuses(() => estimate(index % 2 ? throwingGetter(FIELDS[index % FIELDS.length]) : { ...answersOf(V8), amount: value }), "estimate");
  };
  for (let index = 0; index < 1_000; index += 1) hostileCall(index);
  const warm = measure();
  for (let index = 1_000; index < 100_000; index += 1) hostileCall(index);
  assert.deepEqual(measure(), warm);
  stillRight("100,000 hostile calls");
});

test("a broken clock is an error when today is needed (a case under appeal), never 2012-09-04", () => {
  const RealDate = globalThis.Date;
  const { decisionDate, ...undated } = answersOf(V8);
  for (const broken of [NaN, 253402300800000 /* the year 10000 */, -62198755200000 /* the year -1 */]) {
    // A clock that reads `broken`: only `new Date()` with no arguments is changed.
    globalThis.Date = /** @type {DateConstructor} */ (class extends RealDate {
      /** @param {any[]} args */
      constructor(...args) { super(.../** @type {[number]} */ (args.length ? args : [broken])); }
    });
    try {
      assert.throws(() => estimate({ ...undated, verdict: "pending" }), refused("no_today", "decisionDate"), String(broken));
      assert.equal(estimate({ ...undated, decisionDate }).reward.minTenge, V8.tenge, "a given date needs no clock");
      assert.equal(estimate({ ...undated, inForceDate: decisionDate }).reward.minTenge, V8.tenge, "nor does the date of entry into force");
      assert.equal(estimate({ verdict: "acquitted" }).status, "not_eligible", "nor does an acquittal");
    } finally {
      globalThis.Date = RealDate;
    }
  }
});

test("in Chromium too: the report's calls leave the module answering, its memory and table flat", { timeout: 120_000 }, async () => {
  const engineSite = await serve({ root: PACKAGE, extraRoutes: { "/blank.html": "<!doctype html><title>blank</title>" } });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${engineSite.url}blank.html`);
    const outcome = await page.evaluate(async ({ answers, expected }) => {
      // The dev server's copy of the package, in the browser.
      const served = "/syiaqy.js";
      /** @type {typeof import("syiaqy")} */
      const engine = await import(served);
      // The calculator's wasm's own exports (the calls below are all its): its memory and its table of JS values.
      const { calculator: instance } = /** @type {any} */ (await engine.default());
      /** @type {string[]} */
      const refusals = [];
      /** @type {any[]} values of every kind but text, on purpose */
      const hostile = [5, true, {}, 5.5, -0, Symbol("s"), 10n, null, ["5000"], "x".repeat(10_000_000)];
      const trap = () => { throw new Error("trap"); };
      const measure = () => [instance.memory.buffer.byteLength, instance.__wbindgen_externrefs.length];
      let warm;
      for (let round = 0; round < 2_000; round += 1) {
        if (round === 1_000) warm = measure();
        for (const value of hostile) {
          try { engine.parseAmount(value); } catch (error) { refusals.push(error.code && error.field ? "ok" : String(error)); }
        }
        try { engine.estimate(Object.defineProperty({ ...answers }, "amount", { get: trap })); } catch (error) { refusals.push(error.code === "unreadable" ? "ok" : String(error)); }
      }
      return { bad: refusals.filter((refusal) => refusal !== "ok"), grew: String(measure()) !== String(warm), right: engine.estimate(answers).reward.minTenge === expected };
    }, { answers: answersOf(V8), expected: V8.tenge });
    assert.deepEqual(outcome, { bad: [], grew: false, right: true });
  } finally {
    await browser.close();
    engineSite.server.close();
  }
});

// What broke the module for good (a call stopped half-way inside it) or read what it must not:
// each scenario in Node here, in the three browsers below. Last: one of them overwrites the
// module's memory, so `instance` above is no longer the running one.
for (const [name, trigger] of Object.entries(TRIGGERS)) {
  test(name, { timeout: 60_000 }, () => {
    assert.deepEqual(trigger(engine), []);
  });
}

test("in Chromium, Firefox and WebKit too: each scenario leaves the module answering", { timeout: 300_000 }, async () => {
  // The package and the scenarios as one site: the page runs every scenario once loaded.
  const root = mkdtempSync(join(tmpdir(), "syiaqy-triggers-"));
  cpSync(PACKAGE, root, { recursive: true });
  cpSync(new URL("../support/triggers.mjs", import.meta.url), join(root, "triggers.js"));
  const page = `<!doctype html><title>triggers</title><script type="module">
import * as engine from "/syiaqy.js";
import { TRIGGERS } from "/triggers.js";
await engine.default();
const outcome = {};
for (const [name, trigger] of Object.entries(TRIGGERS)) {
  try { outcome[name] = trigger(engine); } catch (error) { outcome[name] = [String(error)]; }
}
document.title = JSON.stringify(outcome);
</script>`;
  const engineSite = await serve({ root, extraRoutes: { "/triggers.html": page } });
  try {
    for (const name of ENGINES) {
      const driver = await startBrowser(name);
      try {
        await driver.get(`${engineSite.url}triggers.html`);
        const title = await driver.wait(async () => {
          const shown = await driver.getTitle();
          return shown.startsWith("{") ? shown : null;
        }, 240_000);
        const outcome = JSON.parse(/** @type {string} */ (title));
        assert.deepEqual(Object.keys(outcome), Object.keys(TRIGGERS), name);
        for (const [trigger, problems] of Object.entries(outcome)) assert.deepEqual(problems, [], `${name}: ${trigger}`);
      } finally {
        await driver.quit();
      }
    }
  } finally {
    engineSite.server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

// The dev server, attacked over real sockets: it answers and goes on serving.
let site, outside;
before(async () => {
  const root = mkdtempSync(join(tmpdir(), "syiaqy-site-"));
  outside = mkdtempSync(join(tmpdir(), "syiaqy-outside-"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>ok</title>");
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "assets", "app-AAAAAAAA.js"), "export {};");
  writeFileSync(join(outside, "secret.txt"), "secret");
  symlinkSync(join(outside, "secret.txt"), join(root, "leak.txt"));
  symlinkSync(outside, join(root, "elsewhere"));
  site = { ...(await serve({ root })), root };
});
after(() => {
  site?.server.close();
  rmSync(site.root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

/** A raw request: the target is sent as given, unlike fetch(), which would normalize it. */
function raw(method, target) {
  return new Promise((resolve, reject) => {
    const { port } = new URL(site.url);
    const sent = request({ host: "127.0.0.1", port, method, path: target }, (response) => {
      let body = "";
      response.on("data", (chunk) => { body += chunk; });
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body }));
    });
    sent.on("error", reject);
    // A server that stopped answering fails the test rather than hanging it.
    sent.setTimeout(5_000, () => sent.destroy(new Error(`no answer to ${method} ${target}`)));
    sent.end();
  });
}

test("the dev server answers malformed URLs with 400 and keeps serving", async () => {
  for (const target of ["/%", "/%ff", "/a%", "/%C0%AE%C0%AE/", "http://[::1/x", "/%00", "/index.html%00.js"]) {
    const { status } = await raw("GET", target);
    assert.ok(status === 400 || status === 404, `${target}: ${status}`);
    assert.equal((await raw("GET", "/")).status, 200, `still serving after ${target}`);
  }
  assert.equal((await raw("GET", "/%")).status, 400);
});

test("the dev server serves nothing through a link that leaves its root", async () => {
  for (const target of ["/leak.txt", "/elsewhere/secret.txt", "/../secret.txt", "/%2e%2e/secret.txt"]) {
    const { status, body } = await raw("GET", target);
    assert.equal(status, 404, target);
    assert.ok(!body.includes("secret"), target);
  }
});

test("the dev server answers HEAD like GET without a body, and OPTIONS with what it allows", async () => {
  const get = await raw("GET", "/assets/app-AAAAAAAA.js");
  const head = await raw("HEAD", "/assets/app-AAAAAAAA.js");
  assert.equal(head.status, 200);
  assert.equal(head.body, "");
  for (const name of ["content-type", "content-length", "cache-control", "content-security-policy"]) {
    assert.equal(head.headers[name], get.headers[name], name);
  }
  const options = await raw("OPTIONS", "/");
  assert.equal(options.status, 204);
  assert.equal(options.headers.allow, "GET, HEAD, OPTIONS");
  assert.equal((await raw("POST", "/")).status, 405);
});
