// What wasm-bindgen's glue lacks, for each of the package's two modules (calculator.js,
// reader.js; www/docs/contract.md): a module that heals. An exception thrown through the wasm frames (the JS stack running out
// inside a call, a trap) stops a call half-way: the instance's stack pointer, allocations and
// table of JS values stay as they were at that moment, and after a few hundred such calls
// every export trapped, for good. Here that call throws the caller an Error with code
// `engine_failed`, and the next call first makes a fresh instance of the compiled module,
// synchronously. A call made while another runs (a getter of the answers calling the module)
// is refused with `reentered` before it reaches the wasm, so it takes nothing there.
//
// Thin on purpose: every export is the glue's, called through a guard; the rest is the glue's
// own. `__heal` is appended to each glue by www/build.sh, since only code in the glue's
// module scope can replace its instance; `__callsEnded` is the wasm's count of calls that
// ended normally (src/wasm/mod.rs), which tells an exception thrown through the wasm from the
// engine's own refusal: the caller's code may throw anything, so the error's shape cannot.
// Taken now, as the wasm's own half does: a page may replace its globals later.
const NativeError = Error;
const { defineProperty, freeze } = Object;

/** An Error of the contract with `code` and `field: null`: no answer is at fault. */
function refusal(message, code, cause) {
  const error = new NativeError(message, cause === undefined ? undefined : { cause });
  defineProperty(error, "code", { __proto__: null, value: code, writable: true, enumerable: true, configurable: true });
  defineProperty(error, "field", { __proto__: null, value: null, writable: true, enumerable: true, configurable: true });
  return error;
}

// Made beforehand: with the stack at its end, making an Error can throw a RangeError itself.
const FAILED = freeze(refusal("the call failed inside the module, which starts afresh for the next one", "engine_failed"));
const REENTERED = freeze(refusal("called again while a call was running (from a getter?)", "reentered"));

/**
 * A call is in either module. One flag for both: a getter that calls the package again is
 * refused whichever module it calls, as when they were one.
 */
let running = false;

/**
 * The guard of one module's glue: `guarded(exported)` is `exported`, called only when no other
 * call runs, and on an instance that is whole.
 */
export function healing(glue) {
  /** Calls made on the running instance, to compare with the calls it ended (wrapping, u32). */
  let calls = 0;
  /** The running instance stopped half-way: replaced before the next call. */
  let broken = false;
  return (exported) => (value) => {
    if (running) {
      let error = REENTERED;
      try {
        error = refusal(REENTERED.message, "reentered");
      } catch {
        // No stack left for a new Error: the one made beforehand.
      }
      throw error;
    }
    running = true;
    try {
      if (broken) {
        glue.__heal();
        broken = false;
        calls = 0;
      }
      calls = (calls + 1) >>> 0;
      return exported(value);
    } catch (error) {
      let ended = -1;
      try {
        ended = broken ? -1 : glue.__callsEnded();
      } catch {
        // The instance cannot even count: it is replaced.
      }
      // The engine's refusal of the answers: the call ended normally.
      if (ended === calls) throw error;
      broken = true;
      let failure = FAILED;
      try {
        failure = refusal(FAILED.message, "engine_failed", error);
      } catch {
        // No stack left for a new Error: the one made beforehand.
      }
      throw failure;
    } finally {
      running = false;
    }
  };
}
