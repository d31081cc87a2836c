//! Tenge amounts: exact decimals, whole tiyn, never negative.

use core::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};

/// A non-negative amount of tenge in whole tiyn (1 ₸ = 100 tiyn).
///
/// Always held with exactly two decimal places, so it prints as the JS contract wants
/// (`"275240.00"`). Arithmetic happens on [`Decimal`]s; a `Tenge` is made only from an exact
/// figure that already is whole tiyn, or by the one rounding rule, Q7 of src/rules.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tenge(Decimal);

impl Tenge {
    /// Zero tenge: the reward when there is none.
    pub const ZERO: Tenge = Tenge(Decimal::from_parts(0, 0, 0, false, 2));

    /// The amount, if it is non-negative and has at most two decimal places.
    pub fn exact(amount: Decimal) -> Option<Tenge> {
        let whole_tiyn = amount.normalize().scale() <= 2;
        (!amount.is_sign_negative() && whole_tiyn).then(|| Tenge::with_two_places(amount))
    }

    /// A whole number of tenge.
    pub fn whole(tenge: u64) -> Tenge {
        Tenge::with_two_places(Decimal::from(tenge))
    }

    /// Q7 \[U]: the final tenge figure is rounded to whole tiyn, half away from zero. Only the
    /// final figure: every step before it is exact.
    ///
    /// Negative inputs are treated as zero: no reward is negative.
    pub fn round_to_tiyn(exact: Decimal) -> Tenge {
        let rounded = exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        Tenge::with_two_places(rounded.max(Decimal::ZERO))
    }

    fn with_two_places(mut amount: Decimal) -> Tenge {
        amount.rescale(2);
        Tenge(amount)
    }

    /// The amount in tiyn, a whole number.
    pub fn tiyn(self) -> i128 {
        self.0.mantissa()
    }

    /// The amount as a decimal, for arithmetic.
    pub fn as_decimal(self) -> Decimal {
        self.0
    }
}

impl fmt::Display for Tenge {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, formatter)
    }
}

impl Serialize for Tenge {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::str::FromStr;

    fn decimal(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn always_prints_two_places() {
        assert_eq!(Tenge::exact(decimal("275240")).unwrap().to_string(), "275240.00");
        assert_eq!(Tenge::exact(decimal("0.5")).unwrap().to_string(), "0.50");
        assert_eq!(Tenge::exact(decimal("12.3400")).unwrap().to_string(), "12.34");
        assert_eq!(Tenge::ZERO.to_string(), "0.00");
    }

    #[test]
    fn refuses_negative_amounts_and_fractions_of_a_tiyn() {
        assert_eq!(Tenge::exact(decimal("-1")), None);
        assert_eq!(Tenge::exact(decimal("1.005")), None);
    }

    #[test]
    fn rounds_half_away_from_zero_only_at_the_tiyn() {
        assert_eq!(Tenge::round_to_tiyn(decimal("393200.105")).to_string(), "393200.11");
        assert_eq!(Tenge::round_to_tiyn(decimal("393200.104")).to_string(), "393200.10");
        assert_eq!(Tenge::round_to_tiyn(decimal("0.005")).to_string(), "0.01");
        assert_eq!(Tenge::round_to_tiyn(decimal("0.0049")).to_string(), "0.00");
    }
}
