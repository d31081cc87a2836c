//! The one error type of the engine: what was wrong, with which answer, and a stable code.

use core::fmt;

use crate::answers::max_length;
use crate::choice::choices;
use crate::date::Date;
use crate::mci::TABLE_STARTS;
use crate::regime::Regime;

choices! {
    /// The answer an error concerns: the input names of the JS contract.
    pub enum Field {
        /// Where the case stands in court.
        Verdict = "verdict",
        /// The reporter's role.
        Reporter = "reporter",
        /// The kind of case.
        Offense = "offense",
        /// The bribe or damage.
        Amount = "amount",
        /// The date the verdict entered into legal force (R14).
        InForceDate = "inForceDate",
        /// The day the reward was decided, when known (R14).
        DecisionDate = "decisionDate",
        /// The date of the MCI to use.
        MciDate = "mciDate",
        /// The code of the verdict's article (the article helper).
        Code = "code",
        /// The article's number.
        Article = "article",
        /// The part's number.
        Part = "part",
        /// The point's number.
        Point = "point",
        /// The day the offense was committed.
        Committed = "committed",
        /// Today, when the caller sets it rather than the device's clock.
        Today = "today",
        /// The line of the verdict that names the articles, as pasted (the line reader).
        Line = "line",
    }
}

choices! {
    /// The stable, machine-readable kind of an [`Error`]: what the page and embedders match on
    /// (the `code` of the JS `Error`). The page words each one in three languages.
    pub enum ErrorCode {
        /// [`Error::Empty`].
        Empty = "empty",
        /// [`Error::NotANumber`].
        NotANumber = "not_a_number",
        /// [`Error::Negative`].
        Negative = "negative",
        /// [`Error::TooManyDecimals`].
        TooManyDecimals = "too_many_decimals",
        /// [`Error::TooLarge`].
        TooLarge = "too_large",
        /// [`Error::Ambiguous`].
        Ambiguous = "ambiguous",
        /// [`Error::InvalidDate`].
        InvalidDate = "invalid_date",
        /// [`Error::InvalidChoice`].
        InvalidChoice = "invalid_choice",
        /// [`Error::NoRegime`].
        NoRegime = "no_regime",
        /// [`Error::MciDateBeforeTable`].
        MciDateBeforeTable = "mci_date_before_table",
        /// [`Error::NotText`].
        NotText = "not_text",
        /// [`Error::TooLong`].
        TooLong = "too_long",
        /// [`Error::Unreadable`].
        Unreadable = "unreadable",
        /// [`Error::NoToday`].
        NoToday = "no_today",
        /// [`Error::InvalidNumber`].
        InvalidNumber = "invalid_number",
        /// [`Error::FutureDate`].
        FutureDate = "future_date",
        /// [`Error::NoArticleFound`].
        NoArticleFound = "no_article_found",
        /// A call made while another is running (from a getter of its answers): refused, and the
        /// outer call goes on. No answer is at fault: made by the binding layer, `field` null.
        Reentered = "reentered",
        /// The call failed inside the module (the JS stack ran out, a trap): the module was
        /// started afresh, and the next call works. `field` null (the JS package, `src/wasm.js`).
        EngineFailed = "engine_failed",
    }
}

/// Why an answer could not be used. Each variant has a stable [`code`](Error::code) that the
/// page and embedders match on; the message is for developers, the page has its own texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The answer is missing or blank.
    Empty(Field),
    /// The amount is not a number in any form people type.
    NotANumber,
    /// The amount is below zero.
    Negative,
    /// The amount has fractions of a tiyn.
    TooManyDecimals,
    /// The amount is over 10^15 ₸: no real bribe or damage, most likely a typing slip.
    TooLarge,
    /// The amount can be read two ways (`0,500`; `1.000.50`; `3,450 млн`).
    Ambiguous,
    /// A date that is not an existing `YYYY-MM-DD` day.
    InvalidDate(Field),
    /// A value that is not one of the choices of the contract.
    InvalidChoice(Field),
    /// The decision date, or the date of entry into force that stands for it (the field), is
    /// before the first Rules ([`Regime::EARLIEST`]): no regime applies.
    NoRegime(Field, Date),
    /// The MCI date is before the MCI table starts ([`TABLE_STARTS`]).
    MciDateBeforeTable(Date),
    /// The answer is neither text nor a whole number (`true`, an object, `1.5`).
    NotText(Field),
    /// The answer is longer than its limit ([`max_length`]).
    TooLong(Field),
    /// Reading the answer failed: a getter or a Proxy of the caller threw.
    Unreadable(Field),
    /// No decision date was given, and there is no valid today to default to (a broken clock).
    NoToday,
    /// An article, part or point number not written as verdicts write them (`366`, `218-1`).
    InvalidNumber(Field),
    /// A date after today that cannot be: a verdict cannot have entered into force on a
    /// future date (R14), an offense cannot have been committed yet (A10).
    FutureDate(Field),
    /// The line names no article the reader can recognise (A9).
    NoArticleFound,
}

impl Error {
    /// The stable, machine-readable kind of the error.
    pub const fn kind(self) -> ErrorCode {
        match self {
            Error::Empty(_) => ErrorCode::Empty,
            Error::NotANumber => ErrorCode::NotANumber,
            Error::Negative => ErrorCode::Negative,
            Error::TooManyDecimals => ErrorCode::TooManyDecimals,
            Error::TooLarge => ErrorCode::TooLarge,
            Error::Ambiguous => ErrorCode::Ambiguous,
            Error::InvalidDate(_) => ErrorCode::InvalidDate,
            Error::InvalidChoice(_) => ErrorCode::InvalidChoice,
            Error::NoRegime(..) => ErrorCode::NoRegime,
            Error::MciDateBeforeTable(_) => ErrorCode::MciDateBeforeTable,
            Error::NotText(_) => ErrorCode::NotText,
            Error::TooLong(_) => ErrorCode::TooLong,
            Error::Unreadable(_) => ErrorCode::Unreadable,
            Error::NoToday => ErrorCode::NoToday,
            Error::InvalidNumber(_) => ErrorCode::InvalidNumber,
            Error::FutureDate(_) => ErrorCode::FutureDate,
            Error::NoArticleFound => ErrorCode::NoArticleFound,
        }
    }

    /// The kind's identifier: `"empty"`, `"not_a_number"`…
    pub const fn code(self) -> &'static str {
        self.kind().id()
    }

    /// The answer to correct.
    pub const fn field(self) -> Field {
        match self {
            Error::Empty(field)
            | Error::InvalidDate(field)
            | Error::InvalidChoice(field)
            | Error::NotText(field)
            | Error::TooLong(field)
            | Error::Unreadable(field)
            | Error::InvalidNumber(field)
            | Error::FutureDate(field)
            | Error::NoRegime(field, _) => field,
            Error::NotANumber
            | Error::Negative
            | Error::TooManyDecimals
            | Error::TooLarge
            | Error::Ambiguous => Field::Amount,
            Error::NoToday => Field::DecisionDate,
            Error::MciDateBeforeTable(_) => Field::MciDate,
            Error::NoArticleFound => Field::Line,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field().id();
        match self {
            Error::Empty(_) => write!(formatter, "{field}: an answer is needed"),
            Error::NotANumber => write!(formatter, "amount: not a number of tenge"),
            Error::Negative => write!(formatter, "amount: cannot be negative"),
            Error::TooManyDecimals => write!(formatter, "amount: at most two decimals (tiyn)"),
            Error::TooLarge => write!(formatter, "amount: more than 10^15 tenge"),
            Error::Ambiguous => {
                write!(formatter, "amount: can be read two ways; write it without separators")
            }
            Error::InvalidDate(_) => write!(formatter, "{field}: not a date of the form YYYY-MM-DD"),
            Error::InvalidChoice(_) => write!(formatter, "{field}: not one of the accepted values"),
            Error::NoRegime(_, date) => write!(
                formatter,
                "{field}: {date} is before the first Rules of encouragement ({})",
                Regime::EARLIEST
            ),
            Error::MciDateBeforeTable(date) => {
                write!(formatter, "mciDate: {date} is before the MCI table starts ({TABLE_STARTS})")
            }
            Error::NotText(_) => write!(formatter, "{field}: not text (nor a whole number)"),
            Error::TooLong(field) => {
                write!(formatter, "{}: longer than {} characters", field.id(), max_length(*field))
            }
            Error::Unreadable(_) => write!(formatter, "{field}: reading it threw an exception"),
            Error::NoToday => {
                write!(formatter, "decisionDate: none given, and the clock gives no valid today")
            }
            Error::InvalidNumber(_) => {
                write!(formatter, "{field}: not a number as verdicts write them (366, 218-1)")
            }
            Error::FutureDate(_) => write!(formatter, "{field}: a date after today"),
            Error::NoArticleFound => {
                write!(formatter, "line: no article found; write it as the verdict does (ч. 3 ст. 366 УК РК)")
            }
        }
    }
}

impl std::error::Error for Error {}
