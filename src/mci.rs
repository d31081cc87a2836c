//! The monthly calculation index (MCI; МРП in Russian, АЕК in Kazakh): the tenge value that
//! rewards are counted in, fixed by each year's law on the republican budget (src/rules.md, "The MCI").
//!
//! Values are dated, not yearly: in 2020 and 2022 the MCI changed on 1 April.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::date::Date;

/// How well a figure of rules.md is sourced (its \[C], \[P] and \[U] marks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// \[C] seen in an official source or several agreeing ones.
    Confirmed,
    /// \[P] one secondary source, or figures that check out arithmetically.
    Partly,
    /// \[U] plausible, but no source seen: shown with a caveat.
    Unconfirmed,
}

/// One MCI value and the first day it applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MciValue {
    /// The first day the value applies.
    pub effective_from: Date,
    /// Whole tenge: every MCI so far has been a whole number.
    #[serde(serialize_with = "serialize_whole_tenge")]
    pub tenge: u32,
    /// How well rules.md sources the value.
    pub confidence: Confidence,
}

impl MciValue {
    /// The value as an exact decimal, for the arithmetic.
    pub fn as_decimal(&self) -> Decimal {
        Decimal::from(self.tenge)
    }
}

fn serialize_whole_tenge<S: serde::Serializer>(tenge: &u32, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(tenge)
}

/// Declares the table: one row per value, `first day => tenge, confidence, source`. The
/// source is kept for the reader and the documentation ([`MCI_SOURCES`]); it never reaches the
/// wasm, where only the values are used.
macro_rules! mci_table {
    ($( $year:literal - $month:literal => $tenge:literal, $confidence:ident, $source:literal; )+) => {
        /// Every known MCI value, oldest first, each from the first day it applies.
        pub const MCI_TABLE: &[MciValue] = &[$(
            MciValue { effective_from: Date::known($year, $month, 1), tenge: $tenge, confidence: Confidence::$confidence },
        )+];

        /// The source of each row of [`MCI_TABLE`], in the same order.
        pub const MCI_SOURCES: &[&str] = &[$($source),+];
    };
}

// THE MCI TABLE (src/rules.md, "The MCI"). Each January, add the year's row from its budget law: that is
// the whole update. Everything else (the page's "MCI in 2026", the tests, the table's length)
// follows from it. Confidence: Confirmed [C], Partly [P], Unconfirmed [U].
mci_table! {
    2012-1 => 1_618, Partly, "Law on the republican budget for 2012–2014 (30 and 100 MCI quoted as 48.5 and 161.8 thousand ₸)";
    2013-1 => 1_731, Unconfirmed, "Law on the republican budget for 2013–2015";
    2014-1 => 1_852, Partly, "Law on the republican budget for 2014–2016 (draft of November 2013)";
    2015-1 => 1_982, Confirmed, "Law on the republican budget for 2015–2017";
    2016-1 => 2_121, Confirmed, "Law on the republican budget for 2016–2018";
    2017-1 => 2_269, Unconfirmed, "Law on the republican budget for 2017–2019";
    2018-1 => 2_405, Confirmed, "Law on the republican budget for 2018–2020";
    2019-1 => 2_525, Confirmed, "Law on the republican budget for 2019–2021";
    2020-1 => 2_651, Confirmed, "Law on the republican budget for 2020–2022";
    2020-4 => 2_778, Confirmed, "Law on the republican budget for 2020–2022, as amended in 2020";
    2021-1 => 2_917, Confirmed, "Law on the republican budget for 2021–2023";
    2022-1 => 3_063, Confirmed, "Law on the republican budget for 2022–2024";
    2022-4 => 3_180, Confirmed, "Law on the republican budget for 2022–2024, as amended in 2022";
    2023-1 => 3_450, Confirmed, "Law on the republican budget for 2023–2025";
    2024-1 => 3_692, Confirmed, "Law on the republican budget for 2024–2026";
    2025-1 => 3_932, Confirmed, "Law on the republican budget for 2025–2027 (the Almaty press release of 28 Jun 2025: 4,000 MCI = 15,728,000 ₸)";
    2026-1 => 4_325, Confirmed, "Law on the republican budget for 2026–2028";
}

/// The MCI that applies on a date, and whether the table had to be stretched to reach it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MciLookup {
    /// The day whose MCI was asked for.
    pub date: Date,
    /// The value in force that day (or the last known one).
    pub value: MciValue,
    /// Set when the date's year is past the table: the last known value was used, and the
    /// result must say so (src/rules.md, "The MCI").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub latest_known_year: Option<u16>,
}

/// The first day the table has a value for: no MCI is known before it.
pub const TABLE_STARTS: Date = MCI_TABLE[0].effective_from;

/// The MCI in force on `date`, or `None` before [`TABLE_STARTS`].
pub fn mci_on(date: Date) -> Option<MciLookup> {
    let value = *MCI_TABLE.iter().rev().find(|value| value.effective_from <= date)?;
    let latest_known_year = latest_known_year();
    let past_the_table = date.year() > latest_known_year;
    Some(MciLookup { date, value, latest_known_year: past_the_table.then_some(latest_known_year) })
}

/// The last year the table has a value for.
pub fn latest_known_year() -> u16 {
    MCI_TABLE[MCI_TABLE.len() - 1].effective_from.year()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tenge_on(date: &str) -> Option<u32> {
        mci_on(date.parse().unwrap()).map(|lookup| lookup.value.tenge)
    }

    #[test]
    fn table_is_in_date_order_with_one_entry_per_change() {
        assert!(MCI_TABLE.windows(2).all(|pair| pair[0].effective_from < pair[1].effective_from));
        assert!(MCI_TABLE.windows(2).all(|pair| pair[0].tenge < pair[1].tenge));
    }

    #[test]
    fn picks_the_value_in_force_including_the_april_changes() {
        assert_eq!(tenge_on("2011-12-31"), None);
        assert_eq!(tenge_on("2012-01-01"), Some(1_618));
        assert_eq!(tenge_on("2020-03-31"), Some(2_651));
        assert_eq!(tenge_on("2020-04-01"), Some(2_778));
        assert_eq!(tenge_on("2022-03-31"), Some(3_063));
        assert_eq!(tenge_on("2022-04-01"), Some(3_180));
        assert_eq!(tenge_on("2025-12-31"), Some(3_932));
        assert_eq!(tenge_on("2026-01-01"), Some(4_325));
    }

    #[test]
    fn a_year_past_the_table_uses_the_last_value_and_says_so() {
        let lookup = mci_on("2027-03-01".parse().unwrap()).unwrap();
        assert_eq!(lookup.value.tenge, 4_325);
        assert_eq!(lookup.latest_known_year, Some(2026));
        assert_eq!(mci_on("2026-12-31".parse().unwrap()).unwrap().latest_known_year, None);
    }
}
