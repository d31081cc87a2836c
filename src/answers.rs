//! The citizen's answers: as typed (text, from the page or any embedder) and as the engine
//! uses them (typed values). Turning one into the other is where input errors are found.

use crate::amount::parse_tenge;
use crate::date::Date;
use crate::eligibility::{Reporter, Verdict};
use crate::error::{Error, Field};
use crate::mci::{mci_on, MciLookup};
use crate::money::Tenge;
use crate::offense::Offense;

/// One answer as it arrived: missing, text, or a value of another kind (`true` where text was
/// expected, say), which is an error of that answer rather than of the whole input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum RawAnswer {
    /// Not given (absent, `undefined` or `null`).
    #[default]
    Missing,
    /// Text, as typed or as the option's value.
    Text(String),
    /// A value of another kind: the answer's "invalid" error.
    NotText,
}

impl From<&str> for RawAnswer {
    fn from(text: &str) -> RawAnswer {
        RawAnswer::Text(text.to_owned())
    }
}

/// The answers as the JS contract names them, before any checking.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawAnswers {
    /// `in_force`, `pending` or `acquitted`.
    pub verdict: RawAnswer,
    /// One of the [`Reporter`] identifiers.
    pub reporter: RawAnswer,
    /// One of the [`Offense`] identifiers.
    pub offense: RawAnswer,
    /// Tenge as typed, or `none` (no bribe or damage), or `unknown`.
    pub amount: RawAnswer,
    /// `YYYY-MM-DD`; default: today.
    pub decision_date: RawAnswer,
    /// `YYYY-MM-DD`; default: the decision date.
    pub mci_date: RawAnswer,
}

/// The bribe, damage, or value of benefits fixed by the court (R6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountAnswer {
    /// There was no bribe or damage: the tier applies (R4).
    NoBribeOrDamage,
    /// The reporter does not know: the answer is a range.
    Unknown,
    /// The amount fixed by the court.
    Known(Tenge),
}

/// The checked answers the calculator works from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answers {
    /// Where the case stands in court (E1).
    pub verdict: Verdict,
    /// The reporter's role (E6–E9).
    pub reporter: Reporter,
    /// The case, as far as known (R4).
    pub offense: Offense,
    /// The bribe or damage (R6).
    pub amount: AmountAnswer,
    /// The day the reward is decided: it chooses the regime (R2) and, by default, the MCI.
    pub decision_date: Date,
    /// The MCI date, when the user picked one; otherwise the decision date's MCI is used (R9).
    pub mci_date: Option<Date>,
}

impl Answers {
    /// Checks every answer, in the order the page asks them, and reports the first that is
    /// wrong. `today` is the default decision date.
    ///
    /// An acquittal decides the answer by itself (E1), so after it the other answers are not
    /// read at all: the page stops asking there, and a stale value left in a hidden field
    /// must not turn "not eligible" into an error.
    pub fn parse(raw: &RawAnswers, today: Date) -> Result<Answers, Error> {
        let verdict = choice(&raw.verdict, Field::Verdict, Verdict::from_id)?;
        if verdict == Verdict::Acquitted {
            return Ok(Answers {
                verdict,
                reporter: Reporter::Citizen,
                offense: Offense::Unknown,
                amount: AmountAnswer::Unknown,
                decision_date: today,
                mci_date: None,
            });
        }
        Ok(Answers {
            verdict,
            reporter: choice(&raw.reporter, Field::Reporter, Reporter::from_id)?,
            offense: choice(&raw.offense, Field::Offense, Offense::from_id)?,
            amount: match required(&raw.amount, Field::Amount)? {
                "none" => AmountAnswer::NoBribeOrDamage,
                "unknown" => AmountAnswer::Unknown,
                typed => AmountAnswer::Known(parse_tenge(typed)?),
            },
            decision_date: optional_date(&raw.decision_date, Field::DecisionDate)?.unwrap_or(today),
            mci_date: optional_date(&raw.mci_date, Field::MciDate)?,
        })
    }

    /// The MCI used for the tenge figures: the chosen MCI date's, else the decision date's.
    pub fn mci(&self) -> Result<MciLookup, Error> {
        let date = self.mci_date.unwrap_or(self.decision_date);
        mci_on(date).ok_or(Error::MciDateBeforeTable(date))
    }
}

fn required(answer: &RawAnswer, field: Field) -> Result<&str, Error> {
    match answer {
        RawAnswer::Text(text) if !text.trim().is_empty() => Ok(text.trim()),
        RawAnswer::Text(_) | RawAnswer::Missing => Err(Error::Empty(field)),
        RawAnswer::NotText => Err(Error::invalid(field)),
    }
}

fn choice<T>(answer: &RawAnswer, field: Field, from_id: fn(&str) -> Option<T>) -> Result<T, Error> {
    from_id(required(answer, field)?).ok_or(Error::InvalidChoice(field))
}

fn optional_date(answer: &RawAnswer, field: Field) -> Result<Option<Date>, Error> {
    match required(answer, field) {
        Ok(text) => text.parse().map(Some).map_err(|_| Error::InvalidDate(field)),
        Err(Error::Empty(_)) => Ok(None),
        Err(error) => Err(error),
    }
}
