//! The citizen's answers: as typed (text, from the page or any embedder) and as the engine
//! uses them (typed values). Turning one into the other is where input errors are found.

use crate::amount::parse_tenge;
use crate::date::Date;
use crate::eligibility::{Reporter, Verdict};
use crate::error::{Error, Field};
use crate::mci::{mci_on, MciLookup};
use crate::money::Tenge;
use crate::offense::Offense;
use crate::regime::Regime;

/// The longest answer the engine reads, in characters (in JavaScript, UTF-16 code units): ten
/// times the longest real one (an amount with its words and currency mark is under 40). Longer
/// text is refused unread, so that no caller can make the engine copy or scan megabytes.
pub const MAX_ANSWER_LENGTH: usize = 100;

/// One answer as it arrived. Anything but usable text is an error of that answer rather than
/// of the whole input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum RawAnswer {
    /// Not given (absent, `undefined` or `null`).
    #[default]
    Missing,
    /// Text, as typed or as the option's value.
    Text(String),
    /// A value of another kind (`true`, an object, a number with a fraction): `not_text`.
    NotText,
    /// Text longer than [`MAX_ANSWER_LENGTH`], refused without being read: `too_long`.
    TooLong,
    /// Reading the answer failed (a getter or a Proxy threw): `unreadable`.
    Unreadable,
}

impl RawAnswer {
    /// The answer's text, trimmed, or why there is none to use.
    pub fn text(&self, field: Field) -> Result<&str, Error> {
        match self {
            RawAnswer::Text(text) if is_too_long(text) => Err(Error::TooLong(field)),
            RawAnswer::Text(text) if !text.trim().is_empty() => Ok(text.trim()),
            RawAnswer::Text(_) | RawAnswer::Missing => Err(Error::Empty(field)),
            RawAnswer::NotText => Err(Error::NotText(field)),
            RawAnswer::TooLong => Err(Error::TooLong(field)),
            RawAnswer::Unreadable => Err(Error::Unreadable(field)),
        }
    }

    /// The text of an answer that may be left out: `None` when it is.
    pub fn optional_text(&self, field: Field) -> Result<Option<&str>, Error> {
        match self.text(field) {
            Ok(text) => Ok(Some(text)),
            Err(Error::Empty(_)) => Ok(None),
            Err(error) => Err(error),
        }
    }

    /// The date of an answer that may be left out (`YYYY-MM-DD`): `None` when it is.
    pub fn optional_date(&self, field: Field) -> Result<Option<Date>, Error> {
        self.optional_text(field)?.map(|text| text.parse().map_err(|_| Error::InvalidDate(field))).transpose()
    }
}

/// Whether `text` is over [`MAX_ANSWER_LENGTH`], looking at no more of it than that (a plain
/// loop: `chars().nth()` made 0.1 KB more brotli'd wasm, measured).
pub(crate) fn is_too_long(text: &str) -> bool {
    text.len() > MAX_ANSWER_LENGTH && text.chars().enumerate().any(|(index, _)| index == MAX_ANSWER_LENGTH)
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
    /// wrong. `today` is the default decision date; `None` when no clock can be trusted, and
    /// then a decision date must be given (`no_today`).
    ///
    /// An acquittal decides the answer by itself (E1), so after it the other answers are not
    /// read at all: the page stops asking there, and a stale value left in a hidden field
    /// must not turn "not eligible" into an error.
    pub fn parse(raw: &RawAnswers, today: Option<Date>) -> Result<Answers, Error> {
        let verdict = choice(&raw.verdict, Field::Verdict, Verdict::from_id)?;
        if verdict == Verdict::Acquitted {
            return Ok(Answers {
                verdict,
                reporter: Reporter::Citizen,
                offense: Offense::Unknown,
                amount: AmountAnswer::Unknown,
                // Never read after an acquittal: any day will do.
                decision_date: today.unwrap_or(Regime::EARLIEST),
                mci_date: None,
            });
        }
        Ok(Answers {
            verdict,
            reporter: choice(&raw.reporter, Field::Reporter, Reporter::from_id)?,
            offense: choice(&raw.offense, Field::Offense, Offense::from_id)?,
            amount: match raw.amount.text(Field::Amount)? {
                "none" => AmountAnswer::NoBribeOrDamage,
                "unknown" => AmountAnswer::Unknown,
                typed => AmountAnswer::Known(parse_tenge(typed)?),
            },
            decision_date: match raw.decision_date.optional_date(Field::DecisionDate)? {
                Some(date) => date,
                None => today.ok_or(Error::NoToday)?,
            },
            mci_date: raw.mci_date.optional_date(Field::MciDate)?,
        })
    }

    /// The MCI used for the tenge figures: the chosen MCI date's, else the decision date's.
    pub fn mci(&self) -> Result<MciLookup, Error> {
        let date = self.mci_date.unwrap_or(self.decision_date);
        mci_on(date).ok_or(Error::MciDateBeforeTable(date))
    }
}

fn choice<T>(answer: &RawAnswer, field: Field, from_id: fn(&str) -> Option<T>) -> Result<T, Error> {
    from_id(answer.text(field)?).ok_or(Error::InvalidChoice(field))
}
