//! The calculator's exports: the estimate and its working, the amount as read, and the lists and
//! numbers the page and the TypeScript declarations are made from.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{answer, call, raw_answer, to_js, to_js_error, today};
use crate::answers::{MAX_ANSWER_LENGTH, MAX_LINE_LENGTH};
use crate::articles::{ArticleCaveat, Code, Finding};
use crate::estimate::{Branch, CAP_MCI, CAP_REACHED_AT_MCI, PERCENTAGE, THRESHOLD_MCI};
use crate::mci::MCI_TABLE;
use crate::regime::{Regime, RegimeInfo};
use crate::steps::Rule;
use crate::verdict_line::ArticleKind;
use crate::{
    Answers, Caveat, ErrorCode, Estimate, Field, Offense, RawAnswer, RawAnswers, Reporter, Status, Today,
    Verdict,
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
