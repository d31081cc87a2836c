//! The JavaScript contract (www/docs/contract.md): converts, delegates, converts back.
//! Two sets of exports, each its own wasm module in the package ([`calculator`], [`reader`]):
//! the page loads the reader of a verdict's line only when the person uses its field, and so
//! the first load does not carry it (6 KB of brotli'd wasm, measured with `bash www/build.sh`).
//! `--features wasm` builds both into one module (the wasm tests).
//! Errors become JS `Error`s with `code` and `field` properties; nothing here panics.
//!
//! Nothing here assigns to a JS object, so nothing runs the caller's code on the way out: a
//! non-writable or throwing `Object.prototype.branch` made serde-wasm-bindgen's assignment
//! throw through the wasm frames, leaving the module half-way. Results are JSON, made here and
//! parsed in JS (`JSON.parse` defines own data properties); errors get their `code` and
//! `field` by `Object.defineProperty`. JSON also made the wasm 1.8 KB smaller (brotli) and
//! `explain()` faster (35 -> 20 µs in Node; `estimate()` unchanged, 12 µs) than
//! serde-wasm-bindgen's property-by-property calls (measured, best of 5 runs).
//! Answers come in by reading the six properties directly, each in a guarded JS function.
//!
//! Every export takes its input as a `JsValue`, never as `&str`: for a `&str` parameter the
//! generated glue copies whatever it is given as if it were a string, and a number made it call
//! the allocator with a dangling pointer (fixed in 3ce894d: `parseAmount(5)` hung the tab on the
//! third call). A `JsValue` crosses as a reference; text is copied into the wasm memory only once it
//! is known to be a string of at most [`max_length`] characters.
//!
//! Every export runs through [`call`]: a call made while another runs (a getter of the answers
//! calling the module) is refused with `reentered`, and each call that ends normally is
//! counted, so that the JS package (`src/wasm/heal.js`) can tell an exception thrown through the
//! wasm frames (the module is then started afresh) from the engine's own refusal.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::Cell;

use js_sys::JsString;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::answers::max_length;
use crate::{Date, Error, ErrorCode, Field, RawAnswer};

#[cfg(feature = "calculator")]
pub mod calculator;
#[cfg(feature = "reader")]
pub mod reader;
// The exports under one path whichever modules are built (the wasm tests call them as Rust).
#[cfg(feature = "calculator")]
pub use calculator::*;
#[cfg(feature = "reader")]
pub use reader::*;

/// How many calls have ended normally, for the JS package (`src/wasm/heal.js`) alone: after an
/// exception it compares this with the calls it made, and an exception thrown through the
/// wasm frames (the stack ran out, a trap) leaves it one short. No export of the contract.
#[wasm_bindgen(js_name = __callsEnded)]
pub fn calls_ended() -> u32 {
    ENDED.with(Cell::get)
}

thread_local! {
    /// A call is running: set by [`call`] on the way in, cleared on the way out.
    static BUSY: Cell<bool> = const { Cell::new(false) };
    /// The calls that ran to their end (wrapping).
    static ENDED: Cell<u32> = const { Cell::new(0) };
}

/// Runs one export's `body`, unless another call is running: a getter of the caller's that
/// calls the module again is refused at once (without end, nested calls took minutes and
/// thousands of the table's slots). A call thrown out of half-way never clears [`BUSY`]; the
/// JS package then starts a fresh instance, whose flag is clear.
fn call<T>(body: impl FnOnce() -> Result<T, JsValue>) -> Result<T, JsValue> {
    if BUSY.with(|busy| busy.replace(true)) {
        return Err(refusal(
            "called again while a call was running (from a getter?)",
            ErrorCode::Reentered,
            None,
        ));
    }
    let outcome = body();
    BUSY.with(|busy| busy.set(false));
    ENDED.with(|ended| ended.set(ended.get().wrapping_add(1)));
    outcome
}

// The JS half, where a caller's code can run and throw: reading an answer (a getter or Proxy),
// the clock (a sandbox's or fake timers' `Date`). Each catches, so no exception of the caller's
// crosses the wasm frames, and each read's outcome is its own value: nothing is shared between
// calls, however they nest. `parse` and `refusal` make results and errors without assigning,
// with the `JSON.parse` and `Error` there were when the module loaded.
// Only own properties are answers: a polluted `Object.prototype.amount` must not become one.
#[wasm_bindgen(inline_js = "
const UNREADABLE = Symbol('unreadable');
const { parse } = JSON;
const { defineProperty, prototype: { hasOwnProperty } } = Object;
const NativeError = Error;
export function readOwnAnswer(answers, name) {
  try {
    if (typeof answers !== 'object' || answers === null) return undefined;
    return hasOwnProperty.call(answers, name) ? answers[name] : undefined;
  } catch {
    return UNREADABLE;
  }
}
export function isUnreadable(value) {
  return value === UNREADABLE;
}
export function today() {
  try {
    const now = new Date();
    const year = now.getFullYear(), month = now.getMonth() + 1, day = now.getDate();
    const whole = Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day);
    return whole && year > 0 && year < 10000 && month > 0 && month < 13 && day > 0 && day < 32 ? year * 10000 + month * 100 + day : 0;
  } catch {
    return 0;
  }
}
export { parse };
export function refusal(message, code, field) {
  const error = new NativeError(message);
  defineProperty(error, 'code', { __proto__: null, value: code, writable: true, enumerable: true, configurable: true });
  defineProperty(error, 'field', { __proto__: null, value: field || null, writable: true, enumerable: true, configurable: true });
  return error;
}
")]
extern "C" {
    #[wasm_bindgen(js_name = readOwnAnswer)]
    fn read_own_answer(answers: &JsValue, name: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = isUnreadable)]
    fn is_unreadable(value: &JsValue) -> bool;
    /// Today as `YYYYMMDD` in the browser's time zone, or 0.
    #[wasm_bindgen(js_name = today)]
    fn clock() -> u32;
    fn parse(json: &str) -> JsValue;
    /// An `Error` with `code`, and `field` (`""`: null).
    #[wasm_bindgen(js_name = refusal)]
    fn js_refusal(message: &str, code: &str, field: &str) -> JsValue;
}

/// The contract's `Error`: `code`, and the answer to correct or `None` (`field: null`).
fn refusal(message: &str, code: ErrorCode, field: Option<Field>) -> JsValue {
    js_refusal(message, code.id(), field.map_or("", Field::id))
}

/// One answer of the answers object. Not an object at all: every answer is missing, and the
/// first is reported.
fn answer(answers: &JsValue, field: Field) -> RawAnswer {
    let value = PROPERTY_NAMES.with(|names| read_own_answer(answers, &names[field as usize]));
    if is_unreadable(&value) {
        return RawAnswer::Unreadable;
    }
    raw_answer(value, field)
}

/// A value as an answer. A whole JS number (`amount: 5000000`) is taken as its digits; a
/// fraction is refused, because a float cannot be trusted to hold tiyn exactly. Text longer
/// than the field's limit is refused before it is copied.
fn raw_answer(value: JsValue, field: Field) -> RawAnswer {
    if value.is_undefined() || value.is_null() {
        return RawAnswer::Missing;
    }
    if let Some(text) = value.dyn_ref::<JsString>() {
        if text.length() as usize > max_length(field) {
            return RawAnswer::TooLong;
        }
        return RawAnswer::Text(text.into());
    }
    const LARGEST_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
    match value.as_f64() {
        Some(number) if number.fract() == 0.0 && number.abs() <= LARGEST_SAFE_INTEGER => {
            RawAnswer::Text((number as i64).to_string())
        }
        _ => RawAnswer::NotText,
    }
}

thread_local! {
    /// The answers' property names as JS strings, made once: decoding six names from UTF-8 on
    /// every call was a quarter of `estimate()`'s time (measured, 8.0 -> 6.0 µs).
    static PROPERTY_NAMES: Vec<JsValue> = Field::ALL.iter().map(|field| JsValue::from_str(field.id())).collect();
}

/// Today in the browser's time zone: the default decision date, read only when a rule needs it
/// ([`Today`]). `None` when the clock gives no real day (an invalid Date, the year 10000, a
/// `Date` that throws): then the decision date must be given.
fn today() -> Option<Date> {
    let day = clock();
    Date::new(u16::try_from(day / 10_000).ok()?, (day / 100 % 100) as u8, (day % 100) as u8)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // Plain objects, arrays, strings, numbers: results print and compare simply.
    serde_json::to_string(value)
        .map(|json| parse(&json))
        .map_err(|_| refusal("a result could not be written", ErrorCode::EngineFailed, None))
}

fn to_js_error(error: Error) -> JsValue {
    refusal(&error.to_string(), error.kind(), Some(error.field()))
}

/// A free-list allocator instead of the default dlmalloc: 2.5 KB brotli less (measured), and
/// this module allocates little and briefly.
///
/// Why it is sound for every call the glue can make. wasm-bindgen's `__wbindgen_malloc` never
/// asks for zero bytes (it returns a dangling, aligned pointer instead) and `__wbindgen_free`
/// never frees zero bytes. Its `__wbindgen_realloc` does forward zero sizes: the glue's
/// `passStringToWasm0`, given a value that is no string, called it with the dangling pointer
/// and a size of 0, and the free list took that pointer as a block (3ce894d). The glue calls
/// `passStringToWasm0` only for `&str`/`String` parameters, which no export here has, and in
/// `JsValue::as_string`, after checking that the value is a string. For those, sizes are never
/// zero: an empty string is copied without a `realloc`. [`ZeroSizeGuard`] makes the zero-size
/// calls harmless all the same, should a future export take a `&str`.
// SAFETY: `AssumeSingleThreaded` is sound only without threads. This crate is built for
// wasm32-unknown-unknown without the atomics feature, where there is exactly one thread.
#[global_allocator]
#[allow(unsafe_code)]
static ALLOCATOR: ZeroSizeGuard =
    ZeroSizeGuard(unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) });

/// An allocator that passes no zero-sized block to the one it wraps: a zero-sized block has a
/// dangling pointer, which is no block of the wrapped allocator's.
struct ZeroSizeGuard(lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator>);

#[allow(unsafe_code)]
// SAFETY: every call the wrapped allocator receives has a non-zero size and, for dealloc and
// realloc, a pointer it returned itself; the others never reach it.
unsafe impl GlobalAlloc for ZeroSizeGuard {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() == 0 {
            return layout.align() as *mut u8;
        }
        self.0.alloc(layout)
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        if layout.size() != 0 {
            self.0.dealloc(pointer, layout);
        }
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.size() == 0 {
            // Nothing was allocated: allocate anew, leaving the dangling pointer alone.
            return self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
        }
        if new_size == 0 {
            self.0.dealloc(pointer, layout);
            return layout.align() as *mut u8;
        }
        self.0.realloc(pointer, layout, new_size)
    }
}
