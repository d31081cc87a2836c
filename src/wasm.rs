//! The JavaScript contract (README "The JS contract"): converts, delegates, converts back.
//! Errors become JS `Error`s with `code` and `field` properties; nothing here panics.
//!
//! Results go out through serde-wasm-bindgen. Answers come in by reading the six properties
//! directly: serde-wasm-bindgen's deserializer brings float formatting and its error
//! machinery into the wasm, 15 KB of a 35 KB brotli budget (measured: 42.9 KB with it,
//! 27.5 KB without), to read six strings.
//!
//! Every export takes its input as a `JsValue`, never as `&str`: for a `&str` parameter the
//! generated glue copies whatever it is given as if it were a string, and a number made it call
//! the allocator with a dangling pointer (issue 10: `parseAmount(5)` hung the tab on the third
//! call). A `JsValue` crosses as a reference; text is copied into the wasm memory only once it
//! is known to be a string of at most [`max_length`] characters.

use core::alloc::{GlobalAlloc, Layout};

use js_sys::{Array, Error as JsError, JsString, Object, Reflect};
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
    Status, Verdict,
};

/// `estimate({verdict, inForceDate, reporter, offense, amount, decisionDate, mciDate, today})`: the answer
/// (status, reward, branch, regime, MCI, caveats), without the working.
#[wasm_bindgen]
pub fn estimate(answers: JsValue) -> Result<JsValue, JsValue> {
    to_js(&calculate(&answers)?)
}

/// `explain(answers)`: the working of `estimate(answers)`, step by step, each with its rule.
/// Apart so that a caller that only wants the amount (the page's chart asks for eleven) does
/// not pay for turning ~50 more values into JS each time.
#[wasm_bindgen]
pub fn explain(answers: JsValue) -> Result<JsValue, JsValue> {
    to_js(&calculate(&answers)?.steps)
}

fn calculate(answers: &JsValue) -> Result<Estimate, JsValue> {
    let raw = RawAnswers {
        verdict: answer(answers, Field::Verdict),
        reporter: answer(answers, Field::Reporter),
        offense: answer(answers, Field::Offense),
        amount: answer(answers, Field::Amount),
        in_force_date: answer(answers, Field::InForceDate),
        decision_date: answer(answers, Field::DecisionDate),
        mci_date: answer(answers, Field::MciDate),
        today: answer(answers, Field::Today),
    };
    Answers::parse(&raw, today()).and_then(|answers| crate::estimate(&answers)).map_err(to_js_error)
}

/// `classifyArticle({ code, article, part, point, committed })`: whether the article of a
/// verdict is a corruption offense, and its likely category (the article helper).
#[wasm_bindgen(js_name = classifyArticle)]
pub fn classify_article(query: JsValue) -> Result<JsValue, JsValue> {
    let raw = RawArticle {
        code: answer(&query, Field::Code),
        article: answer(&query, Field::Article),
        part: answer(&query, Field::Part),
        point: answer(&query, Field::Point),
        committed: answer(&query, Field::Committed),
    };
    let found = articles::classify(&raw, today()).map_err(to_js_error)?;
    Ok(object(&article_answer(&found)))
}

/// `readVerdictLine({ line, committed })`: the articles a pasted line of a verdict names, each
/// classified as by `classifyArticle`, and the finding for the whole verdict (A9).
#[wasm_bindgen(js_name = readVerdictLine)]
pub fn read_verdict_line(query: JsValue) -> Result<JsValue, JsValue> {
    let raw = RawLine { line: answer(&query, Field::Line), committed: answer(&query, Field::Committed) };
    let reading = verdict_line::read(&raw, today()).map_err(to_js_error)?;
    let text = |text: Option<&str>| text.map_or(JsValue::NULL, JsValue::from_str);
    // Pushed in a loop: collecting into an `Array` made one more copy of its `Extend` (0.8 KB).
    let articles = Array::new();
    for article in &reading.articles {
        let [finding, min, max, caveats] = article_answer(&article.answer);
        articles.push(&object(&[
            ("code", article.code.id().into()),
            ("article", article.article.into()),
            ("part", text(article.part)),
            ("point", text(article.point)),
            ("kind", article.kind.id().into()),
            finding,
            min,
            max,
            caveats,
            ("standsWith", article.stands_with.map_or(JsValue::NULL, |index| (index as u32).into())),
        ]));
    }
    let [finding, min, max, caveats] = article_answer(&reading.finding);
    Ok(object(&[("articles", articles.into()), finding, min, max, caveats]))
}

/// The properties of `classifyArticle`'s answer. Built with js-sys: a serializer for this one
/// shape cost more than the shape (measured).
fn article_answer(found: &ArticleAnswer) -> [(&'static str, JsValue); 4] {
    let category = |offense: Option<Offense>| offense.map_or(JsValue::NULL, |offense| offense.id().into());
    let caveats: Array = found.caveats.iter().map(|caveat| JsValue::from_str(caveat.id())).collect();
    [
        ("finding", found.finding.id().into()),
        ("min", category(found.min)),
        ("max", category(found.max)),
        ("caveats", caveats.into()),
    ]
}

/// The amount as the engine reads it, `"3450000.00"` for `"3,45 млн"`, or the error. Takes
/// what `estimate()` takes for `amount`: text, or a whole number.
#[wasm_bindgen(js_name = parseAmount)]
pub fn parse_amount(amount: JsValue) -> Result<String, JsValue> {
    raw_answer(amount, Field::Amount)
        .text(Field::Amount)
        .and_then(crate::parse_tenge)
        .map(|tenge| tenge.to_string())
        .map_err(to_js_error)
}

/// The regimes, oldest first, with their dates.
#[wasm_bindgen]
pub fn regimes() -> Result<JsValue, JsValue> {
    let regimes: Vec<RegimeInfo> = Regime::ALL.iter().copied().map(RegimeInfo::from).collect();
    to_js(&regimes)
}

/// The MCI table, oldest first.
#[wasm_bindgen(js_name = mciTable)]
pub fn mci_table() -> Result<JsValue, JsValue> {
    to_js(&MCI_TABLE)
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
    to_js(&Choices { verdict: Verdict::ALL, reporter: Reporter::ALL, offense: Offense::ALL })
}

/// Every identifier a result or an error can hold, each list in the engine's order: the page's
/// texts are keyed by them and the TypeScript declarations list them, so neither copies them.
#[wasm_bindgen]
pub fn vocabulary() -> JsValue {
    // Built with js-sys rather than serde: a serializer per list type cost ~0.5 KB of brotli'd
    // wasm (measured) for what is a few arrays of strings.
    fn ids<T: Copy>(all: &[T], id: fn(T) -> &'static str) -> JsValue {
        all.iter().map(|&choice| JsValue::from_str(id(choice))).collect::<Array>().into()
    }
    object(&[
        ("status", ids(Status::ALL, Status::id)),
        ("branch", ids(Branch::ALL, Branch::id)),
        ("caveat", ids(Caveat::ALL, Caveat::id)),
        ("rule", ids(Rule::ALL, Rule::id)),
        ("error", ids(ErrorCode::ALL, ErrorCode::id)),
        ("field", ids(Field::ALL, Field::id)),
        ("code", ids(Code::ALL, Code::id)),
        ("finding", ids(Finding::ALL, Finding::id)),
        ("articleCaveat", ids(ArticleCaveat::ALL, ArticleCaveat::id)),
        ("articleKind", ids(ArticleKind::ALL, ArticleKind::id)),
    ])
}

/// The numbers of R4 and R5 (`tiers`, `thresholdMci`, `percentage`, `capMci`,
/// `capReachedAtMci`), for the page's texts and chart: the page never writes them itself;
/// `maxAnswerLength`, the longest text any answer may be (the amount field's `maxlength`), and
/// `maxLineLength`, the longest line of a verdict `readVerdictLine` reads.
#[wasm_bindgen]
pub fn limits() -> JsValue {
    // The cases with a tier of their own, in the engine's order; the others span several.
    let tiers: Array = Offense::ALL
        .iter()
        .filter(|offense| offense.tier().min_mci == offense.tier().max_mci)
        .map(|offense| object(&[("offense", offense.id().into()), ("mci", offense.tier().min_mci.into())]))
        .collect();
    object(&[
        ("tiers", tiers.into()),
        ("thresholdMci", THRESHOLD_MCI.into()),
        ("percentage", PERCENTAGE.into()),
        ("capMci", CAP_MCI.into()),
        ("capReachedAtMci", CAP_REACHED_AT_MCI.into()),
        ("maxAnswerLength", (MAX_ANSWER_LENGTH as u32).into()),
        ("maxLineLength", (MAX_LINE_LENGTH as u32).into()),
    ])
}

/// A plain JS object with these properties, in this order.
fn object(properties: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in properties {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

// Reads one own property of the caller's answers in JavaScript, where a getter or Proxy that
// throws can be caught: an exception never crosses into the wasm (through wasm-bindgen's
// `catch`, each one left a slot in its table of JS values: issue 10). Properties inherited
// from a prototype are not answers: a polluted `Object.prototype.amount` must not become one.
#[wasm_bindgen(inline_js = "
let threw = false;
export function readOwnAnswer(answers, name) {
  threw = false;
  try {
    if (typeof answers !== 'object' || answers === null) return undefined;
    return Object.prototype.hasOwnProperty.call(answers, name) ? answers[name] : undefined;
  } catch {
    threw = true;
    return undefined;
  }
}
export function lastReadThrew() {
  return threw;
}
")]
extern "C" {
    #[wasm_bindgen(js_name = readOwnAnswer)]
    fn read_own_answer(answers: &JsValue, name: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = lastReadThrew)]
    fn last_read_threw() -> bool;
}

/// One answer of the answers object. Not an object at all: every answer is missing, and the
/// first is reported.
fn answer(answers: &JsValue, field: Field) -> RawAnswer {
    let value = PROPERTY_NAMES.with(|names| read_own_answer(answers, &names[field as usize]));
    if last_read_threw() {
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

/// Today in the browser's time zone: the default decision date. `None` when the clock gives no
/// real day (an invalid Date, the year 10000): then the decision date must be given.
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    Date::new(year, month, u8::try_from(now.get_date()).ok()?)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // JSON-compatible: plain objects rather than Maps, so results print and compare simply.
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(JsValue::from)
}

fn to_js_error(error: Error) -> JsValue {
    let js_error = JsError::new(&error.to_string());
    let _ = Reflect::set(&js_error, &"code".into(), &error.code().into());
    let _ = Reflect::set(&js_error, &"field".into(), &error.field().id().into());
    js_error.into()
}

/// A free-list allocator instead of the default dlmalloc: 2.5 KB brotli less (measured), and
/// this module allocates little and briefly.
///
/// Why it is sound for every call the glue can make. wasm-bindgen's `__wbindgen_malloc` never
/// asks for zero bytes (it returns a dangling, aligned pointer instead) and `__wbindgen_free`
/// never frees zero bytes. Its `__wbindgen_realloc` does forward zero sizes: the glue's
/// `passStringToWasm0`, given a value that is no string, called it with the dangling pointer
/// and a size of 0, and the free list took that pointer as a block (issue 10). The glue calls
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
