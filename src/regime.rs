//! The four sets of Rules of encouragement that have applied since 2012 (src/rules.md, R2, R13).
//!
//! The regime is chosen by the decision date: the day the reward is decided.

use serde::Serialize;

use crate::choice::choices;
use crate::date::Date;

choices! {
    /// One version of the Rules of encouragement; the identifier is the JS contract's and the
    /// page's text key.
    pub enum Regime {
        /// Government Decree No. 1077 of 23 Aug 2012. In force from 2012-09-04 \[P: the Agency's
        /// spokesman, "as of September 4"; ten days after publication]. Tiers only (R4).
        Decree1077Of2012 = "decree-1077-2012",
        /// Government Decree No. 1131 of 30 Dec 2015, from 2016-01-01. Tiers only (R4).
        Decree1131Of2015 = "decree-1131-2015",
        /// Decree No. 1131 as amended on 04-02-2020 \[P]: adds 10 % above 1,000 MCI, capped at
        /// 4,000 MCI (R5).
        Decree1131Of2020 = "decree-1131-2020",
        /// Order of the Chairman of the Anti-Corruption Agency No. 270 of 29 Aug 2023, from
        /// 2023-09-15; the same amounts as the 2020 text, with certificate and gratitude as forms
        /// of encouragement (R3). Still applied in 2025–2026 press \[P], including after the
        /// Service joined the National Security Committee (Presidential Decree No. 944, 2025).
        Order270Of2023 = "order-270-2023",
    }
}

impl Regime {
    /// The first day on which a regime applies: no reward can be computed before it (R2: an
    /// error, `no_regime`, not a guess).
    pub const EARLIEST: Date = Regime::Decree1077Of2012.in_force_from();

    /// The first decision date the regime applies to (R2).
    pub const fn in_force_from(self) -> Date {
        match self {
            Regime::Decree1077Of2012 => Date::known(2012, 9, 4),
            Regime::Decree1131Of2015 => Date::known(2016, 1, 1),
            Regime::Decree1131Of2020 => Date::known(2020, 2, 4),
            Regime::Order270Of2023 => Date::known(2023, 9, 15),
        }
    }

    /// The last decision date the regime applies to; `None` for the one in force now.
    pub fn in_force_until(self) -> Option<Date> {
        let index = Regime::ALL.iter().position(|regime| *regime == self)?;
        let next = Regime::ALL.get(index + 1)?;
        let first_day_of_next = next.in_force_from();
        Some(day_before(first_day_of_next))
    }

    /// The regime in force on a decision date, or `None` before [`Regime::EARLIEST`].
    pub fn on(decision_date: Date) -> Option<Regime> {
        Regime::ALL.iter().rev().copied().find(|regime| regime.in_force_from() <= decision_date)
    }

    /// R13 (decided): whether the first day of these Rules is only partly confirmed (src/rules.md,
    /// R2): 2012-09-04 rests on the Agency spokesman's word, 2020-02-04 on the date in the
    /// amended text's label. 2016-01-01 and 2023-09-15 are confirmed.
    pub const fn start_is_partly_confirmed(self) -> bool {
        matches!(self, Regime::Decree1077Of2012 | Regime::Decree1131Of2020)
    }

    /// R13: whether `decision_date` is within [`START_UNCERTAINTY_DAYS`] either side of a first
    /// day that is only partly confirmed: the Rules that apply may be the other ones.
    pub fn near_uncertain_start(decision_date: Date) -> bool {
        Regime::ALL.iter().any(|regime| {
            regime.start_is_partly_confirmed()
                && decision_date.days_since(regime.in_force_from()).abs() <= START_UNCERTAINTY_DAYS
        })
    }

    /// Whether amounts above 1,000 MCI earn 10 % (R5): from the 2020 amendment on. Before it the
    /// reward is the tier whatever the amount.
    pub const fn has_percentage_branch(self) -> bool {
        matches!(self, Regime::Decree1131Of2020 | Regime::Order270Of2023)
    }
}

/// R13: how many days either side of a partly confirmed first day get a caveat.
pub const START_UNCERTAINTY_DAYS: i64 = 30;

/// The regime as the result reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RegimeInfo {
    /// Which Rules.
    pub id: Regime,
    /// The first decision date they apply to.
    pub in_force_from: Date,
    /// The last, for the Rules no longer in force.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_force_until: Option<Date>,
    /// False for the tiers-only regimes, before 2020-02-04.
    pub percentage_branch: bool,
}

impl From<Regime> for RegimeInfo {
    fn from(regime: Regime) -> RegimeInfo {
        RegimeInfo {
            id: regime,
            in_force_from: regime.in_force_from(),
            in_force_until: regime.in_force_until(),
            percentage_branch: regime.has_percentage_branch(),
        }
    }
}

/// The previous day. Regime start dates are never the first of January of year 1.
fn day_before(date: Date) -> Date {
    let (year, month, day) = (date.year(), date.month(), date.day());
    if day > 1 {
        return Date::known(year, month, day - 1);
    }
    let (year, month) = if month == 1 { (year - 1, 12) } else { (year, month - 1) };
    (28..=31).rev().find_map(|last| Date::new(year, month, last)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_regime_by_decision_date_at_each_boundary() {
        let cases = [
            ("2012-09-03", None),
            ("2012-09-04", Some(Regime::Decree1077Of2012)),
            ("2015-12-31", Some(Regime::Decree1077Of2012)),
            ("2016-01-01", Some(Regime::Decree1131Of2015)),
            ("2020-02-03", Some(Regime::Decree1131Of2015)),
            ("2020-02-04", Some(Regime::Decree1131Of2020)),
            ("2023-09-14", Some(Regime::Decree1131Of2020)),
            ("2023-09-15", Some(Regime::Order270Of2023)),
            ("2030-01-01", Some(Regime::Order270Of2023)),
        ];
        for (date, expected) in cases {
            assert_eq!(Regime::on(date.parse().unwrap()), expected, "{date}");
        }
    }

    #[test]
    fn a_decision_date_near_a_partly_confirmed_start_is_flagged() {
        let near = |date: &str| Regime::near_uncertain_start(date.parse().unwrap());
        assert!(near("2012-08-05") && near("2012-10-04") && near("2020-01-05") && near("2020-03-05"));
        assert!(!near("2012-08-04") && !near("2012-10-05") && !near("2020-01-04") && !near("2020-03-06"));
        assert!(!near("2016-01-01") && !near("2023-09-15"), "confirmed starts get no caveat");
    }

    #[test]
    fn each_regime_ends_the_day_before_the_next_begins() {
        assert_eq!(Regime::Decree1077Of2012.in_force_until(), Some(Date::known(2015, 12, 31)));
        assert_eq!(Regime::Decree1131Of2015.in_force_until(), Some(Date::known(2020, 2, 3)));
        assert_eq!(Regime::Decree1131Of2020.in_force_until(), Some(Date::known(2023, 9, 14)));
        assert_eq!(Regime::Order270Of2023.in_force_until(), None);
    }
}
