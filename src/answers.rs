//! The citizen's answers: as typed (text, from the page or any embedder) and as the engine
//! uses them (typed values). Turning one into the other is where input errors are found.

use crate::amount::parse_tenge;
use crate::date::{Date, Today};
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

/// The longest line of a verdict the line reader takes (A9), in characters. Larger than
/// [`MAX_ANSWER_LENGTH`] because a line is pasted, not typed: written out in full, a verdict's
/// line of two articles is already near 100 characters ("части 3 статьи 24, пункта 2) части 3
/// статьи 190 Уголовного кодекса Республики Казахстан" is 87), and verdicts name up to four.
/// Still refused unread beyond it, as every answer is.
pub const MAX_LINE_LENGTH: usize = 200;

/// The longest text `field` takes: [`MAX_LINE_LENGTH`] for the verdict's line, otherwise
/// [`MAX_ANSWER_LENGTH`].
pub const fn max_length(field: Field) -> usize {
    match field {
        Field::Line => MAX_LINE_LENGTH,
        _ => MAX_ANSWER_LENGTH,
    }
}

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
    /// Text longer than its field's limit ([`max_length`]), refused without being read: `too_long`.
    TooLong,
    /// Reading the answer failed (a getter or a Proxy threw): `unreadable`.
    Unreadable,
}

impl RawAnswer {
    /// The answer's text, trimmed, or why there is none to use.
    pub fn text(&self, field: Field) -> Result<&str, Error> {
        match self {
            RawAnswer::Text(text) if is_too_long(text, max_length(field)) => Err(Error::TooLong(field)),
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

/// Whether `text` is over `limit` characters, looking at no more of it than that (a plain
/// loop: `chars().nth()` made 0.1 KB more brotli'd wasm, measured).
pub(crate) fn is_too_long(text: &str, limit: usize) -> bool {
    text.len() > limit && text.chars().enumerate().any(|(index, _)| index == limit)
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
    /// Tenge as typed, or `none` (no bribe or damage), `unknown`, or, when only the side of
    /// the threshold is known (R15), `at_most_threshold` or `above_threshold`.
    pub amount: RawAnswer,
    /// `YYYY-MM-DD`: the day the verdict (or the court's resolution) entered into legal force
    /// (R14). Read only for a verdict in force.
    pub in_force_date: RawAnswer,
    /// `YYYY-MM-DD`, optional: the day the reward was decided, when the person knows it. It
    /// replaces the date of entry into force for the Rules and the MCI (R14).
    pub decision_date: RawAnswer,
    /// `YYYY-MM-DD`; default: the decision date.
    pub mci_date: RawAnswer,
    /// `YYYY-MM-DD`, optional: today, for a caller that sets it (tests, a fixed report);
    /// default: the device's clock.
    pub today: RawAnswer,
}

/// The bribe, damage, or value of benefits fixed by the court (R6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountAnswer {
    /// There was no bribe or damage: the tier applies (R4).
    NoBribeOrDamage,
    /// The reporter does not know: the answer is a range.
    Unknown,
    /// Not known, but not more than the threshold of R5 (R15): the tier applies.
    AtMostThreshold,
    /// Not known, but more than the threshold of R5 (R15): 10 % of an amount above it.
    AboveThreshold,
    /// The amount fixed by the court.
    Known(Tenge),
}

impl AmountAnswer {
    /// The answer's contract identifier, or `None` for an amount typed.
    fn from_id(id: &str) -> Option<AmountAnswer> {
        match id {
            "none" => Some(AmountAnswer::NoBribeOrDamage),
            "unknown" => Some(AmountAnswer::Unknown),
            "at_most_threshold" => Some(AmountAnswer::AtMostThreshold),
            "above_threshold" => Some(AmountAnswer::AboveThreshold),
            _ => None,
        }
    }
}

/// Where the decision date came from (R14): it decides whether the "if the reward is decided
/// this year" line is worth showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionDateSource {
    /// The date the verdict entered into legal force: the reward is decided after it.
    EntryIntoForce,
    /// The day the reward was decided, given by the person.
    Given,
    /// Today: the verdict is not yet in force, so no later day is known.
    Today,
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
    /// Where [`Answers::decision_date`] came from (R14).
    pub decision_date_source: DecisionDateSource,
    /// The MCI date, when the user picked one; otherwise the decision date's MCI is used (R9).
    pub mci_date: Option<Date>,
    /// Today, when known: a reward not yet decided may be decided today (R14).
    pub today: Option<Date>,
}

impl Answers {
    /// Checks every answer, in the order the page asks them, and reports the first that is
    /// wrong. `clock` is today by the device's clock, asked only when a rule needs today, at
    /// most once ([`Today`]); a `today` answer replaces it.
    ///
    /// An acquittal decides the answer by itself (E1), so after it the other answers are not
    /// read at all: the page stops asking there, and a stale value left in a hidden field
    /// must not turn "not eligible" into an error. For the same reason the date of entry into
    /// force is read only for a verdict in force (R14).
    pub fn parse(raw: &RawAnswers, clock: &Today) -> Result<Answers, Error> {
        let verdict = choice(&raw.verdict, Field::Verdict, Verdict::from_id)?;
        let given_today = raw.today.optional_date(Field::Today)?;
        let today = || given_today.or_else(|| clock.get());
        if verdict == Verdict::Acquitted {
            return Ok(Answers {
                verdict,
                reporter: Reporter::Citizen,
                offense: Offense::Unknown,
                amount: AmountAnswer::Unknown,
                // Never read after an acquittal: any day will do, and the clock is not asked.
                decision_date: given_today.unwrap_or(Regime::EARLIEST),
                decision_date_source: DecisionDateSource::Today,
                mci_date: None,
                today: given_today,
            });
        }
        let in_force_date = match verdict {
            Verdict::InForce => raw.in_force_date.optional_date(Field::InForceDate)?,
            _ => None,
        };
        // R14: a verdict cannot have entered into force after today.
        if let Some(day) = in_force_date {
            if today().is_some_and(|today| day > today) {
                return Err(Error::FutureDate(Field::InForceDate));
            }
        }
        // The day the reward was decided, under "More options" of the same question.
        let (decision_date, decision_date_source) =
            match (raw.decision_date.optional_date(Field::DecisionDate)?, verdict, in_force_date) {
                (Some(day), _, _) => (day, DecisionDateSource::Given),
                (None, Verdict::InForce, Some(day)) => (day, DecisionDateSource::EntryIntoForce),
                // R14: never a default for a verdict in force; the person must say when.
                (None, Verdict::InForce, None) => return Err(Error::Empty(Field::InForceDate)),
                (None, _, _) => (today().ok_or(Error::NoToday)?, DecisionDateSource::Today),
            };
        let mci_date = raw.mci_date.optional_date(Field::MciDate)?;
        let reporter = choice(&raw.reporter, Field::Reporter, Reporter::from_id)?;
        let offense = choice(&raw.offense, Field::Offense, Offense::from_id)?;
        let amount = {
            let typed = raw.amount.text(Field::Amount)?;
            match AmountAnswer::from_id(typed) {
                Some(answer) => answer,
                None => AmountAnswer::Known(parse_tenge(typed)?),
            }
        };
        Ok(Answers {
            verdict,
            reporter,
            offense,
            amount,
            decision_date,
            decision_date_source,
            mci_date,
            // Only `decided_today` reads it, and only for a decision on the day of entry into
            // force: for the others the clock is not asked.
            today: match decision_date_source {
                DecisionDateSource::EntryIntoForce => today(),
                _ => given_today,
            },
        })
    }

    /// The MCI used for the tenge figures: the chosen MCI date's, else the decision date's.
    pub fn mci(&self) -> Result<MciLookup, Error> {
        let date = self.mci_date.unwrap_or(self.decision_date);
        mci_on(date).ok_or(Error::MciDateBeforeTable(date))
    }

    /// R14: the same answers with the reward decided today, when that is worth a line: the
    /// verdict entered into force in the calendar year before today's, so the reward may not
    /// be decided yet. Older verdicts' rewards were decided long ago.
    pub fn decided_today(&self) -> Option<Answers> {
        let today = self.today?;
        let entered_last_year = self.decision_date_source == DecisionDateSource::EntryIntoForce
            && self.decision_date.year() + 1 == today.year();
        entered_last_year.then_some(Answers {
            decision_date: today,
            decision_date_source: DecisionDateSource::Given,
            ..*self
        })
    }
}

fn choice<T>(answer: &RawAnswer, field: Field, from_id: fn(&str) -> Option<T>) -> Result<T, Error> {
    from_id(answer.text(field)?).ok_or(Error::InvalidChoice(field))
}
