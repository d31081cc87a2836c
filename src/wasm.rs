//! The JavaScript contract (www/docs/contract.md): converts, delegates, converts back.
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
//! counted, so that the JS package (`src/wasm.js`) can tell an exception thrown through the
//! wasm frames (the module is then started afresh) from the engine's own refusal.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::Cell;

use js_sys::JsString;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::answers::{max_length, MAX_ANSWER_LENGTH, MAX_LINE_LENGTH};
use crate::articles::{self, ArticleAnswer, ArticleCaveat, Code, Finding, RawArticle};
use crate::estimate::{Branch, CAP_MCI, CAP_REACHED_AT_MCI, PERCENTAGE, THRESHOLD_MCI};
use crate::mci::MCI_TABLE;
use crate::regime::{Regime, RegimeInfo};
use crate::steps::Rule;
use crate::verdict_line::{self, ArticleKind, RawLine};
use crate::{
    Answers, Caveat, Date, Error, ErrorCode, Estimate, Field, Offense, RawAnswer, RawAnswers, Reporter,
    Status, Today, Verdict,
};

/// `estimate({verdict, inForceDate, reporter, offense, amount, decisionDate, mciDate, today})`: the answer
/// (status, reward, branch, regime, MCI, caveats), without the working.
#[wasm_bindgen]
pub fn estimate(answers: JsValue) -> Result<JsValue, JsValue> {
    call(|| to_js(&calculate(&answers)?))
}

/// `explain(answers)`: the working of `estimate(answers)`, step by step, each with its rule.
/// Apart so that a caller that only wants the amount (the page's chart asks for eleven) does
/// not pay for turning ~50 more values into JS each time.
#[wasm_bindgen]
pub fn explain(answers: JsValue) -> Result<JsValue, JsValue> {
    call(|| to_js(&calculate(&answers)?.steps))
}

fn calculate(answers: &JsValue) -> Result<Estimate, JsValue> {
    // The verdict first: an acquittal decides the answer (E1), and then no other answer is
    // read at all (no getter of the caller's is called).
    let verdict = answer(answers, Field::Verdict);
    let acquitted = verdict.text(Field::Verdict).ok().and_then(Verdict::from_id) == Some(Verdict::Acquitted);
    let read = |field| if acquitted { RawAnswer::Missing } else { answer(answers, field) };
    let raw = RawAnswers {
        verdict,
        reporter: read(Field::Reporter),
        offense: read(Field::Offense),
        amount: read(Field::Amount),
        in_force_date: read(Field::InForceDate),
        decision_date: read(Field::DecisionDate),
        mci_date: read(Field::MciDate),
        today: read(Field::Today),
    };
    let today = Today::from_clock(today);
    Answers::parse(&raw, &today).and_then(|answers| crate::estimate(&answers)).map_err(to_js_error)
}

/// `classifyArticle({ code, article, part, point, committed })`: whether the article of a
/// verdict is a corruption offense, and its likely category (the article helper).
#[wasm_bindgen(js_name = classifyArticle)]
pub fn classify_article(query: JsValue) -> Result<JsValue, JsValue> {
    call(|| {
        let raw = RawArticle {
            code: answer(&query, Field::Code),
            article: answer(&query, Field::Article),
            part: answer(&query, Field::Part),
            point: answer(&query, Field::Point),
            committed: answer(&query, Field::Committed),
        };
        let found = articles::classify(&raw, today()).map_err(to_js_error)?;
        to_js(&Classified::from(&found))
    })
}

/// `readVerdictLine({ line, committed })`: the articles a pasted line of a verdict names, each
/// classified as by `classifyArticle`, and the finding for the whole verdict (A9).
#[wasm_bindgen(js_name = readVerdictLine)]
pub fn read_verdict_line(query: JsValue) -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Article<'a> {
        code: Code,
        article: &'a str,
        part: Option<&'a str>,
        point: Option<&'a str>,
        kind: ArticleKind,
        #[serde(flatten)]
        answer: Classified,
        stands_with: Option<usize>,
    }
    #[derive(Serialize)]
    struct Reading<'a> {
        articles: Vec<Article<'a>>,
        #[serde(flatten)]
        finding: Classified,
    }
    call(|| {
        let raw = RawLine { line: answer(&query, Field::Line), committed: answer(&query, Field::Committed) };
        let reading = verdict_line::read(&raw, today()).map_err(to_js_error)?;
        let articles = reading
            .articles
            .iter()
            .map(|article| Article {
                code: article.code,
                article: article.article,
                part: article.part,
                point: article.point,
                kind: article.kind,
                answer: Classified::from(&article.answer),
                stands_with: article.stands_with,
            })
            .collect();
        to_js(&Reading { articles, finding: Classified::from(&reading.finding) })
    })
}

/// `classifyArticle`'s answer: `min` and `max` are `null` unless the finding is corruption.
#[derive(Serialize)]
struct Classified {
    finding: Finding,
    min: Option<Offense>,
    max: Option<Offense>,
    caveats: Vec<ArticleCaveat>,
}

impl From<&ArticleAnswer> for Classified {
    fn from(found: &ArticleAnswer) -> Classified {
        Classified { finding: found.finding, min: found.min, max: found.max, caveats: found.caveats.clone() }
    }
}

/// The amount as the engine reads it, `"3450000.00"` for `"3,45 млн"`, or the error. Takes
/// what `estimate()` takes for `amount`: text, or a whole number.
#[wasm_bindgen(js_name = parseAmount)]
pub fn parse_amount(amount: JsValue) -> Result<String, JsValue> {
    call(|| {
        raw_answer(amount, Field::Amount)
            .text(Field::Amount)
            .and_then(crate::parse_tenge)
            .map(|tenge| tenge.to_string())
            .map_err(to_js_error)
    })
}

/// The regimes, oldest first, with their dates.
#[wasm_bindgen]
pub fn regimes() -> Result<JsValue, JsValue> {
    call(|| to_js(&Regime::ALL.iter().copied().map(RegimeInfo::from).collect::<Vec<_>>()))
}

/// The MCI table, oldest first.
#[wasm_bindgen(js_name = mciTable)]
pub fn mci_table() -> Result<JsValue, JsValue> {
    call(|| to_js(&MCI_TABLE))
}

/// The accepted values of each choice, in the order the page asks them: the form's options.
#[wasm_bindgen]
pub fn choices() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Choices {
        verdict: &'static [Verdict],
        reporter: &'static [Reporter],
        offense: &'static [Offense],
    }
    call(|| to_js(&Choices { verdict: Verdict::ALL, reporter: Reporter::ALL, offense: Offense::ALL }))
}

/// Every identifier a result or an error can hold, each list in the engine's order: the page's
/// texts are keyed by them and the TypeScript declarations list them, so neither copies them.
#[wasm_bindgen]
pub fn vocabulary() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Vocabulary {
        status: &'static [Status],
        branch: &'static [Branch],
        caveat: &'static [Caveat],
        rule: &'static [Rule],
        error: &'static [ErrorCode],
        field: &'static [Field],
        code: &'static [Code],
        finding: &'static [Finding],
        article_caveat: &'static [ArticleCaveat],
        article_kind: &'static [ArticleKind],
    }
    call(|| {
        to_js(&Vocabulary {
            status: Status::ALL,
            branch: Branch::ALL,
            caveat: Caveat::ALL,
            rule: Rule::ALL,
            error: ErrorCode::ALL,
            field: Field::ALL,
            code: Code::ALL,
            finding: Finding::ALL,
            article_caveat: ArticleCaveat::ALL,
            article_kind: ArticleKind::ALL,
        })
    })
}

/// The numbers of R4 and R5 (`tiers`, `thresholdMci`, `percentage`, `capMci`,
/// `capReachedAtMci`), for the page's texts and chart: the page never writes them itself;
/// `maxAnswerLength`, the longest text any answer may be (the amount field's `maxlength`), and
/// `maxLineLength`, the longest line of a verdict `readVerdictLine` reads.
#[wasm_bindgen]
pub fn limits() -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    struct Tier {
        offense: Offense,
        mci: u32,
    }
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Limits {
        tiers: Vec<Tier>,
        threshold_mci: u32,
        percentage: u32,
        cap_mci: u32,
        cap_reached_at_mci: u32,
        max_answer_length: usize,
        max_line_length: usize,
    }
    call(|| {
        // The cases with a tier of their own, in the engine's order; the others span several.
        let tiers = Offense::ALL
            .iter()
            .filter(|offense| offense.tier().min_mci == offense.tier().max_mci)
            .map(|&offense| Tier { offense, mci: offense.tier().min_mci })
            .collect();
        to_js(&Limits {
            tiers,
            threshold_mci: THRESHOLD_MCI,
            percentage: PERCENTAGE,
            cap_mci: CAP_MCI,
            cap_reached_at_mci: CAP_REACHED_AT_MCI,
            max_answer_length: MAX_ANSWER_LENGTH,
            max_line_length: MAX_LINE_LENGTH,
        })
    })
}

/// How many calls have ended normally, for the JS package (`src/wasm.js`) alone: after an
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
