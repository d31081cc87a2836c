// What left the module broken for good, or read what it must not, when an embedder's page has
// its own globals or getters: each scenario, run on the engine's package (`src/wasm/syiaqy.js`) in
// Node (hostile.test.mjs) and in Chromium, Firefox and WebKit (the same file, served). Each
// returns the problems it found (none: it holds), and ends by checking that V8 of
// tests/vectors.md comes back, so a module left half-way fails it. Plain JS: no Node import.

/** V8 of tests/vectors.md and its answer. */
export const V8 = { offense: "grave", amount: "5 000 000", decisionDate: "2025-03-01", verdict: "in_force", reporter: "citizen" };
const V8_TENGE = "500000.00";

/**
 * The contract's refusal: an Error with a code of the vocabulary, and a field or null.
 * @param {{ error: readonly unknown[], field: readonly unknown[] }} words
 * @param {unknown} thrown
 * @param {string} [code]
 */
function refusal(words, thrown, code) {
  if (!(thrown instanceof Error)) return `threw ${String(thrown)}`;
  const error = /** @type {Error & { code?: string, field?: string | null }} */ (thrown);
  if (code && error.code !== code) return `code ${error.code} (${error.message}), not ${code}`;
  if (!Object.hasOwn(error, "code") || !Object.hasOwn(error, "field")) return `code and field not own properties of ${error.message}`;
  const { error: codes, field: fields } = words;
  if (!codes.includes(error.code)) return `code ${error.code}: ${error.message}`;
  const fieldless = error.code === "reentered" || error.code === "engine_failed";
  if (fieldless ? error.field !== null : !fields.includes(error.field)) return `${error.code} with field ${error.field}`;
  return null;
}

/**
 * `call()` throws the contract's refusal with `code` (and `field` when given). `words` is the
 * vocabulary the engine gave beforehand: asked from a getter, it would be refused too.
 */
function refuses(words, call, code, field, what) {
  try {
    call();
    return `${what}: answered, not ${code}`;
  } catch (error) {
    const problem = refusal(words, error, code) ?? (field !== undefined && error.field !== field ? `field ${error.field}, not ${field}` : null);
    return problem && `${what}: ${problem}`;
  }
}

/** Every export still answers, V8 exactly. */
function answersAgain(engine, after) {
  try {
    const problems = [];
    if (engine.estimate(V8).reward.minTenge !== V8_TENGE) problems.push(`after ${after}: V8 is not ${V8_TENGE}`);
    if (engine.explain(V8).at(-1).step !== "mci_equivalent") problems.push(`after ${after}: explain(V8)`);
    if (engine.parseAmount("3,45 млн") !== "3450000.00") problems.push(`after ${after}: parseAmount`);
    if (engine.classifyArticle({ code: "criminal", article: "366", part: "3" }).finding !== "corruption") problems.push(`after ${after}: classifyArticle`);
    const listed = [engine.choices().verdict, engine.regimes(), engine.mciTable(), engine.limits().tiers, engine.vocabulary().error];
    if (!listed.every((list) => Array.isArray(list) && list.length > 0)) problems.push(`after ${after}: the lists`);
    return problems;
  } catch (error) {
    return [`after ${after}: ${error?.code ?? ""} ${error}`];
  }
}

/** The instances' tables of JS values: their lengths are the slots ever taken. */
const slots = (engine) => {
  const { calculator, reader } = engine.initSync();
  return calculator.__wbindgen_externrefs.length + reader.__wbindgen_externrefs.length;
};

export const TRIGGERS = {
  "a caller near the end of the JS stack, many times": (engine) => {
    const problems = [];
    const kinds = {};
    const calls = [
      () => engine.estimate(V8), () => engine.explain(V8), () => engine.parseAmount("3,45 млн"),
      () => engine.classifyArticle({ code: "criminal", article: "366", part: "3" }), () => engine.mciTable(),
    ];
    for (let round = 0; round < 50; round += 1) {
      let frames = 0;
      // Down until the stack runs out, then each export in each of the last frames on the way
      // up, each frame with a little more stack than the one below.
      // Frames of a size that changes with the round: where the stack ends inside a call moves.
      const down = (...padding) => {
        try {
          down(...padding);
        } catch {
          // The end of the stack.
        }
        if (frames >= 200) return;
        frames += 1;
        for (const call of calls) {
          try {
            call();
            kinds.answered = (kinds.answered ?? 0) + 1;
          } catch (error) {
            // The engine's stack error (Firefox's is an InternalError) as the call is made: no
            // room left to enter the module at all.
            const stackError = error instanceof RangeError || error?.name === "InternalError";
            const kind = error?.code ?? (stackError ? "the stack's end before the module" : String(error));
            kinds[kind] = (kinds[kind] ?? 0) + 1;
          }
        }
      };
      down(...Array(round % 10).fill(round));
    }
    for (const kind of Object.keys(kinds)) {
      if (!["answered", "engine_failed", "the stack's end before the module"].includes(kind)) problems.push(`near the end of the stack: ${kind} ×${kinds[kind]}`);
    }
    return [...problems, ...answersAgain(engine, `the stack's end (${JSON.stringify(kinds)})`)];
  },

  "a getter that calls the module again is refused with reentered, and leaves no slot": (engine) => {
    const problems = [];
    const nested = [];
    const words = engine.vocabulary();
    const calls = {
      estimate: () => engine.estimate(V8), explain: () => engine.explain(V8), parseAmount: () => engine.parseAmount("5"),
      classifyArticle: () => engine.classifyArticle({ code: "criminal", article: "366" }), vocabulary: () => engine.vocabulary(),
      limits: () => engine.limits(), choices: () => engine.choices(), mciTable: () => engine.mciTable(), regimes: () => engine.regimes(),
    };
    for (const [name, call] of Object.entries(calls)) {
      const answers = { ...V8, get amount() { nested.push(refuses(words, call, "reentered", null, `${name}() from a getter`)); return "5 000 000"; } };
      try {
        if (engine.estimate(answers).reward.minTenge !== V8_TENGE) problems.push(`the outer call, around ${name}(): a wrong answer`);
      } catch (error) {
        problems.push(`the outer call, around ${name}(): ${error.code} ${error.message}`);
      }
    }
    problems.push(...nested.filter(Boolean));
    // A getter that calls without end: each outer call is over at the first nested one.
    const before = slots(engine);
    const endless = Object.defineProperty({ ...V8 }, "amount", { get: () => engine.estimate(endless).reward.minTenge, enumerable: true });
    const started = Date.now();
    for (let call = 0; call < 20_000; call += 1) {
      const problem = refuses(engine.vocabulary(), () => engine.estimate(endless), "unreadable", "amount", "a getter that calls without end");
      if (problem) {
        problems.push(problem);
        break;
      }
      if (Date.now() - started > 10_000) {
        problems.push(`a getter that calls without end: only ${call} calls in 10 s`);
        break;
      }
    }
    if (slots(engine) !== before) problems.push(`the table of JS values grew from ${before} to ${slots(engine)}`);
    return [...problems, ...answersAgain(engine, "calls from getters")];
  },

  "a getter that called the module and returned normally is read, not unreadable": (engine) => {
    // Its last answer unreadable: a flag shared between calls was left set for the outer one.
    const throwing = Object.defineProperty({ ...V8 }, "mciDate", { get() { throw new Error("a getter's own"); }, enumerable: true });
    const answers = { ...V8, get offense() { try { engine.estimate(throwing); } catch { /* refused */ } return "grave"; } };
    try {
      const result = engine.estimate(answers);
      return result.reward.minTenge === V8_TENGE ? answersAgain(engine, "a getter that called") : ["a wrong answer"];
    } catch (error) {
      return [`${error.code} ${error.field}: ${error.message}`, ...answersAgain(engine, "a getter that called")];
    }
  },

  "after an acquittal no other answer is read": (engine) => {
    const read = [];
    const answers = { verdict: "acquitted" };
    for (const field of ["reporter", "offense", "amount", "decisionDate", "mciDate"]) {
      Object.defineProperty(answers, field, { get: () => { read.push(field); return "x"; }, enumerable: true });
    }
    const problems = [];
    try {
      if (engine.estimate(answers).status !== "not_eligible") problems.push("not not_eligible");
      if (engine.explain(answers)[0].step !== "verdict") problems.push("explain: no verdict step");
    } catch (error) {
      problems.push(`${error.code} ${error.message}`);
    }
    if (read.length) problems.push(`read after the acquittal: ${read}`);
    return [...problems, ...answersAgain(engine, "an acquittal")];
  },

  "a non-writable or throwing Object.prototype property named like a result field": (engine) => {
    // While Object.prototype[0] is not writable an array's push() fails too: problems are text.
    let problems = "";
    const names = ["status", "reward", "minTenge", "branch", "regime", "mci", "caveats", "step", "rule", "finding", "min", "tiers", "error", "code", "field", "value", "date", "id", "0"];
    /** @type {[string, PropertyDescriptor][]} */
    const kinds = [["non-writable", { value: 1, writable: false }], ["throwing", { set() { throw new Error("a setter's own"); }, get: () => 1 }]];
    for (const [kind, descriptor] of kinds) {
      try {
        for (const name of names) Object.defineProperty(Object.prototype, name, /** @type {PropertyDescriptor} */ ({ __proto__: null, ...descriptor, configurable: true }));
        const result = engine.estimate(V8);
        if (!Object.hasOwn(result, "branch") || result.branch !== "ten_percent" || result.reward.minTenge !== V8_TENGE) problems += `${kind}: estimate(V8)'s own fields; `;
        if (result.caveats.length && !Object.hasOwn(result.caveats, "0")) problems += `${kind}: the caveats' own items; `;
        const steps = engine.explain(V8);
        if (steps.length < 5 || !Object.hasOwn(steps[0], "step") || steps[0].step !== "verdict") problems += `${kind}: explain(V8)'s own fields; `;
        const found = engine.classifyArticle({ code: "criminal", article: "366", part: "3" });
        if (!Object.hasOwn(found, "finding") || found.min !== "grave") problems += `${kind}: classifyArticle's own fields; `;
        if (!engine.vocabulary().error.includes("empty") || !Object.hasOwn(engine.limits(), "tiers")) problems += `${kind}: vocabulary(), limits(); `;
        problems += refuses(engine.vocabulary(), () => engine.estimate({}), "empty", "verdict", `${kind}: estimate({})`) ?? "";
      } catch (error) {
        problems += `${kind}: ${error?.code} ${error}; `;
      } finally {
        for (const name of names) delete Object.prototype[name];
      }
    }
    return [...(problems ? [problems] : []), ...answersAgain(engine, "a polluted Object.prototype")];
  },

  "a Date that throws is never read when a date is given, and at most once when not": (engine) => {
    const RealDate = globalThis.Date;
    const problems = [];
    let made = 0;
    const throwing = class {
      constructor() { made += 1; throw new Error("no clock in this sandbox"); }
      static now() { made += 1; throw new Error("no clock in this sandbox"); }
    };
    const lying = class extends RealDate {
      /** @returns {number} */
      getFullYear() { made += 1; throw new Error("a fake timer's"); }
    };
    // Pending: the one verdict whose decision date defaults to today (R14).
    const { decisionDate, ...undated } = { ...V8, verdict: "pending" };
    for (const clock of [throwing, lying]) {
      // Clocks that break on purpose: not a DateConstructor's shape.
      globalThis.Date = /** @type {DateConstructor} */ (/** @type {unknown} */ (clock));
      try {
        made = 0;
        if (engine.estimate(V8).reward.minTenge !== V8_TENGE) problems.push("V8 with its date");
        if (engine.explain(V8).length < 5) problems.push("explain(V8)");
        if (engine.estimate({ verdict: "acquitted" }).status !== "not_eligible") problems.push("an acquittal");
        if (made) problems.push(`the clock read ${made} times for answers that need no today`);
        problems.push(refuses(engine.vocabulary(), () => engine.estimate(undated), "no_today", "decisionDate", "undated, the clock broken"));
        if (made !== 1) problems.push(`the clock read ${made} times for one call`);
      } catch (error) {
        problems.push(`${error?.code} ${error}`);
      } finally {
        globalThis.Date = RealDate;
      }
    }
    return [...problems.filter(Boolean), ...answersAgain(engine, `a Date that throws (${decisionDate})`)];
  },

  "a trap inside a call: the caller gets engine_failed, the next call works": (engine) => {
    // The module's memory overwritten: the next call traps (an unreachable or an access out of
    // bounds), as a module left half-way by any cause would.
    const words = engine.vocabulary();
    new Uint8Array(engine.initSync().calculator.memory.buffer).fill(0xff);
    const problems = [];
    const problem = refuses(words, () => engine.estimate(V8), "engine_failed", null, "a call on an overwritten memory");
    if (problem) problems.push(problem);
    return [...problems, ...answersAgain(engine, "a trap")];
  },
};
