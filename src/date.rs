//! Calendar dates as the rules use them: a day, no time, no time zone.
//!
//! The engine needs only to parse ISO dates, compare them and read their year, so it carries
//! its own small type instead of a date library (which would weigh on the wasm size budget).

use core::cell::OnceCell;
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

/// Today, for one calculation: asked of the clock the first time some rule needs it, and then
/// remembered, so a calculation reads the clock at most once and, when nothing needs today
/// (a decision date given, an acquittal), not at all. `None`: the clock gives no real day.
///
/// A value per call rather than an argument read up front: a clock can be slow or broken (a
/// sandbox, fake timers that throw), and a call that does not need it must not depend on it.
pub struct Today {
    clock: fn() -> Option<Date>,
    day: OnceCell<Option<Date>>,
}

impl Today {
    /// Today as `clock` tells it, asked at most once.
    pub fn from_clock(clock: fn() -> Option<Date>) -> Today {
        Today { clock, day: OnceCell::new() }
    }

    /// A today already known (`None`: no clock to trust).
    pub fn known(day: Option<Date>) -> Today {
        Today { clock: || None, day: OnceCell::from(day) }
    }

    /// The day, reading the clock if it has not been read yet.
    pub fn get(&self) -> Option<Date> {
        *self.day.get_or_init(self.clock)
    }
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

    /// Days from `earlier` to this date (negative when `earlier` is later).
    pub fn days_since(self, earlier: Date) -> i64 {
        self.day_number() - earlier.day_number()
    }

    /// A count of days with no gaps: the days from 1 March of year 0 (Howard Hinnant's
    /// days_from_civil, exact for the whole proleptic Gregorian calendar).
    fn day_number(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month_from_march = (i64::from(self.month) + 9) % 12;
        let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era
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
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
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
    fn counts_the_days_between_dates() {
        assert_eq!(Date::known(2020, 3, 1).days_since(Date::known(2020, 2, 28)), 2);
        assert_eq!(Date::known(2019, 3, 1).days_since(Date::known(2019, 2, 28)), 1);
        assert_eq!(Date::known(2021, 1, 1).days_since(Date::known(2020, 1, 1)), 366);
        assert_eq!(Date::known(2012, 9, 4).days_since(Date::known(2012, 10, 4)), -30);
        assert_eq!(Date::known(9999, 12, 31).days_since(Date::known(1, 1, 1)), 3_652_058);
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::known(2019, 12, 31) < Date::known(2020, 1, 1));
        assert!(Date::known(2020, 4, 1) > Date::known(2020, 3, 31));
    }
}
