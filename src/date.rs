//! Calendar dates as the rules use them: a day, no time, no time zone.
//!
//! The engine needs only to parse ISO dates, compare them and read their year, so it carries
//! its own small type instead of a date library (which would weigh on the wasm size budget).

use core::fmt;
use core::str::FromStr;

use serde::{Serialize, Serializer};

/// A valid day of the proleptic Gregorian calendar, years 1 to 9999.
///
/// Fields are private so that every `Date` is valid: it can only be made by [`Date::new`] or
/// by parsing. Ordering is chronological because the fields are compared year first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// The text was not an existing `YYYY-MM-DD` day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidDate;

impl Date {
    /// The date, if that day exists.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year == 0 || year > 9999 || month == 0 || month > 12 {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The date, for constants known to be valid at compile time.
    ///
    /// A mistyped constant fails the build, because const evaluation of the panic is an error.
    pub(crate) const fn known(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(date) => date,
            None => panic!("invalid date constant"),
        }
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub const fn day(self) -> u8 {
        self.day
    }
}

const fn is_leap_year(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for Date {
    type Err = InvalidDate;

    /// Parses exactly `YYYY-MM-DD` (the form of `<input type="date">` and of the JS contract).
    fn from_str(text: &str) -> Result<Date, InvalidDate> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(InvalidDate);
        }
        let number = |range: core::ops::Range<usize>| -> Result<u16, InvalidDate> {
            bytes[range].iter().try_fold(0u16, |value, &byte| {
                if byte.is_ascii_digit() {
                    Ok(value * 10 + u16::from(byte - b'0'))
                } else {
                    Err(InvalidDate)
                }
            })
        };
        let year = number(0..4)?;
        let month = number(5..7)?;
        let day = number(8..10)?;
        Date::new(year, month as u8, day as u8).ok_or(InvalidDate)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_days() {
        let date: Date = "2024-02-29".parse().unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2024, 2, 29));
        assert_eq!(date.to_string(), "2024-02-29");
    }

    #[test]
    fn rejects_days_that_do_not_exist_and_other_shapes() {
        for text in [
            "2023-02-29",
            "2025-13-01",
            "2025-04-31",
            "0000-01-01",
            "2025-1-01",
            "2025/01/01",
            "20250101",
            "",
            "２０２５-01-01",
            "2025-01-01 ",
        ] {
            assert_eq!(text.parse::<Date>(), Err(InvalidDate), "{text}");
        }
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::known(2019, 12, 31) < Date::known(2020, 1, 1));
        assert!(Date::known(2020, 4, 1) > Date::known(2020, 3, 31));
    }
}
