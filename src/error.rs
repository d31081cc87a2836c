//! The one error type of the engine: what was wrong, with which answer, and a stable code.

use core::fmt;

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
        /// The decision date.
        DecisionDate = "decisionDate",
        /// The date of the MCI to use.
        MciDate = "mciDate",
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
    /// The decision date is before the first Rules ([`Regime::EARLIEST`]): no regime applies.
    NoRegime(Date),
    /// The MCI date is before the MCI table starts ([`TABLE_STARTS`](crate::mci::TABLE_STARTS)).
    MciDateBeforeTable(Date),
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
            Error::NoRegime(_) => ErrorCode::NoRegime,
            Error::MciDateBeforeTable(_) => ErrorCode::MciDateBeforeTable,
        }
    }

    /// The kind's identifier: `"empty"`, `"not_a_number"`…
    pub const fn code(self) -> &'static str {
        self.kind().id()
    }

    /// The answer to correct.
    pub const fn field(self) -> Field {
        match self {
            Error::Empty(field) | Error::InvalidDate(field) | Error::InvalidChoice(field) => field,
            Error::NotANumber
            | Error::Negative
            | Error::TooManyDecimals
            | Error::TooLarge
            | Error::Ambiguous => Field::Amount,
            Error::NoRegime(_) => Field::DecisionDate,
            Error::MciDateBeforeTable(_) => Field::MciDate,
        }
    }

    /// The error for an answer of the wrong kind in `field` (a value that is no text, or text
    /// that is no valid answer).
    pub const fn invalid(field: Field) -> Error {
        match field {
            Field::Amount => Error::NotANumber,
            Field::DecisionDate | Field::MciDate => Error::InvalidDate(field),
            Field::Offense | Field::Verdict | Field::Reporter => Error::InvalidChoice(field),
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
            Error::NoRegime(date) => write!(
                formatter,
                "decisionDate: {date} is before the first Rules of encouragement ({})",
                Regime::EARLIEST
            ),
            Error::MciDateBeforeTable(date) => {
                write!(formatter, "mciDate: {date} is before the MCI table starts ({TABLE_STARTS})")
            }
        }
    }
}

impl std::error::Error for Error {}
