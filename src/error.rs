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

/// Declares the error kinds once each: the variant with its documentation and data, its stable
/// code, the field it concerns (an expression of the variant's data), and its message for
/// developers. From that it makes [`Error`], [`ErrorCode`], [`Error::kind`], [`Error::field`]
/// and `Display`. `binding_layer` has the codes that only the JS binding gives, with no
/// [`Error`] of the engine.
macro_rules! errors {
    (
        binding_layer {
            $( $(#[$binding_doc:meta])* $binding:ident = $binding_code:literal, )*
        }
        $(
            $(#[$doc:meta])*
            $variant:ident $(($($data:ident: $type:ty),+))? => $code:literal, $field:expr, $message:literal $(, $argument:expr)*;
        )+
    ) => {
        choices! {
            /// The stable, machine-readable kind of an [`Error`]: what the page and embedders
            /// match on (the `code` of the JS `Error`). The page words each one in three languages.
            pub enum ErrorCode {
                $( #[doc = concat!("[`Error::", stringify!($variant), "`].")] $variant = $code, )+
                $( $(#[$binding_doc])* $binding = $binding_code, )*
            }
        }

        /// Why an answer could not be used. Each variant has a stable [`code`](Error::code) that
        /// the page and embedders match on; the message is for developers, the page has its own
        /// texts.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Error {
            $( $(#[$doc])* $variant $(($($type),+))?, )+
        }

        impl Error {
            /// The stable, machine-readable kind of the error.
            pub const fn kind(self) -> ErrorCode {
                match self {
                    $( Error::$variant { .. } => ErrorCode::$variant, )+
                }
            }

            /// The answer to correct.
            #[allow(unused_variables)]
            pub const fn field(self) -> Field {
                match self {
                    $( Error::$variant $(($($data),+))? => $field, )+
                }
            }
        }

        impl fmt::Display for Error {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                match *self {
                    $( Error::$variant $(($($data),+))? => write!(formatter, $message $(, $argument)*), )+
                }
            }
        }
    };
}

errors! {
    binding_layer {
        /// A call made while another is running (from a getter of its answers): refused, and the
        /// outer call goes on. No answer is at fault: made by the binding layer, `field` null.
        Reentered = "reentered",
        /// The call failed inside the module (the JS stack ran out, a trap): the module was
        /// started afresh, and the next call works. `field` null (the JS package, `src/wasm/heal.js`).
        EngineFailed = "engine_failed",
    }
    /// The answer is missing or blank.
    Empty(field: Field) => "empty", field, "{field}: an answer is needed";
    /// The amount is not a number in any form people type.
    NotANumber => "not_a_number", Field::Amount, "amount: not a number of tenge";
    /// The amount is below zero.
    Negative => "negative", Field::Amount, "amount: cannot be negative";
    /// The amount has fractions of a tiyn.
    TooManyDecimals => "too_many_decimals", Field::Amount, "amount: at most two decimals (tiyn)";
    /// The amount is over 10^15 ₸: no real bribe or damage, most likely a typing slip.
    TooLarge => "too_large", Field::Amount, "amount: more than 10^15 tenge";
    /// The amount can be read two ways (`0,500`; `1.000.50`; `3,450 млн`).
    Ambiguous => "ambiguous", Field::Amount, "amount: can be read two ways; write it without separators";
    /// A date that is not an existing `YYYY-MM-DD` day.
    InvalidDate(field: Field) => "invalid_date", field, "{field}: not a date of the form YYYY-MM-DD";
    /// A value that is not one of the choices of the contract.
    InvalidChoice(field: Field) => "invalid_choice", field, "{field}: not one of the accepted values";
    /// The decision date, or the date of entry into force that stands for it (the field), is
    /// before the first Rules ([`Regime::EARLIEST`]): no regime applies.
    NoRegime(field: Field, date: Date) => "no_regime", field,
        "{field}: {date} is before the first Rules of encouragement ({})", Regime::EARLIEST;
    /// The MCI date is before the MCI table starts ([`TABLE_STARTS`]).
    MciDateBeforeTable(date: Date) => "mci_date_before_table", Field::MciDate,
        "mciDate: {date} is before the MCI table starts ({TABLE_STARTS})";
    /// The answer is neither text nor a whole number (`true`, an object, `1.5`).
    NotText(field: Field) => "not_text", field, "{field}: not text (nor a whole number)";
    /// The answer is longer than its limit ([`max_length`]).
    TooLong(field: Field) => "too_long", field, "{field}: longer than {} characters", max_length(field);
    /// Reading the answer failed: a getter or a Proxy of the caller threw.
    Unreadable(field: Field) => "unreadable", field, "{field}: reading it threw an exception";
    /// No decision date was given, and there is no valid today to default to (a broken clock).
    NoToday => "no_today", Field::DecisionDate, "decisionDate: none given, and the clock gives no valid today";
    /// An article, part or point number not written as verdicts write them (`366`, `218-1`).
    InvalidNumber(field: Field) => "invalid_number", field,
        "{field}: not a number as verdicts write them (366, 218-1)";
    /// A date after today that cannot be: a verdict cannot have entered into force on a
    /// future date (R14), an offense cannot have been committed yet (A10).
    FutureDate(field: Field) => "future_date", field, "{field}: a date after today";
    /// The line names no article the reader can recognise (A9).
    NoArticleFound => "no_article_found", Field::Line,
        "line: no article found; write it as the verdict does (ч. 3 ст. 366 УК РК)";
}

impl Error {
    /// The kind's identifier: `"empty"`, `"not_a_number"`…
    pub const fn code(self) -> &'static str {
        self.kind().id()
    }
}

/// A field in a message: its name in the JS contract.
impl fmt::Display for Field {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.id())
    }
}

impl std::error::Error for Error {}
