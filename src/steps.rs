//! The working of an answer, as data: each step names the rule it applies and carries its
//! numbers, so the page can say it in any language and a person can check the arithmetic.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::choice::choices;
use crate::date::Date;
use crate::eligibility::{Reporter, Verdict};
use crate::mci::MciLookup;
use crate::money::Tenge;
use crate::offense::Offense;
use crate::regime::RegimeInfo;

choices! {
    /// The rules of rules.md a step applies. The page shows each with its source.
    pub enum Rule {
        /// Law No. 410-V, Art. 24 para 3, and the Rules: reward only after a verdict in force.
        E1 = "E1",
        /// Public servant offered a bribe or gift: certificate likely.
        E6 = "E6",
        /// Law-enforcement or anti-corruption officer on duty: may be excluded.
        E7 = "E7",
        /// Participant in the offense: may be excluded.
        E8 = "E8",
        /// Anonymous report: payment needs identification.
        E9 = "E9",
        /// The Rules in force on the decision date.
        R2 = "R2",
        /// The fixed tiers, up to 1,000 MCI or with no damage.
        R4 = "R4",
        /// 10 % above 1,000 MCI, at most 4,000 MCI.
        R5 = "R5",
        /// Reward in tenge = reward in MCI × the MCI value.
        R9 = "R9",
        /// The amount not known, but on which side of the threshold it is.
        R15 = "R15",
        /// Rounding to whole tiyn, half away from zero (an assumption).
        Q7 = "Q7",
    }
}

/// One line of the working.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The rule the step applies.
    pub rule: Rule,
    /// What it did, with its numbers.
    #[serde(flatten)]
    pub detail: StepDetail,
}

/// What a step did, with its numbers. Field names carry their unit: `*_tenge` in tenge,
/// `*_mci` in MCI, `mci_tenge` the MCI value; `exact_*` figures are before rounding.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case", rename_all_fields = "camelCase")]
pub enum StepDetail {
    /// Where the case stands in court.
    Verdict { verdict: Verdict },
    /// The reporter's role, when it changes what is paid or adds a caveat.
    Reporter { reporter: Reporter },
    /// The Rules chosen by the decision date.
    Regime { decision_date: Date, regime: RegimeInfo },
    /// The MCI used, and the day it was looked up for.
    Mci {
        #[serde(flatten)]
        lookup: MciLookup,
        /// True when the user picked the MCI date; false when it is the decision date.
        chosen_by_user: bool,
    },
    /// The tier of the case (a span when the case is not fully known).
    Tier { offense: Offense, min_mci: u32, max_mci: u32 },
    /// No bribe or damage: the tier applies.
    NoBribeOrDamage,
    /// The regime pays the tier whatever the amount.
    AmountNotUsed,
    /// The amount is unknown: anything from the tier to the cap.
    UnknownAmount { min_mci: u32, max_mci: u32 },
    /// The amount is not known, but not more than the threshold: the tier applies (R15).
    AtMostThreshold { threshold_mci: u32, threshold_tenge: Tenge },
    /// The amount is not known, but more than the threshold: 10 % of it, which is more than
    /// `more_than_mci` and at most the cap (R15).
    AboveThreshold {
        threshold_mci: u32,
        threshold_tenge: Tenge,
        percent: u32,
        more_than_mci: u32,
        cap_mci: u32,
    },
    /// The amount compared with 1,000 MCI.
    Threshold {
        amount_tenge: Tenge,
        amount_mci: Decimal,
        threshold_mci: u32,
        threshold_tenge: Tenge,
        above: bool,
    },
    /// 10 % of the amount.
    Percentage { amount_tenge: Tenge, percent: u32, exact_tenge: Decimal },
    /// The 10 % compared with the 4,000 MCI cap.
    Cap { exact_tenge: Decimal, cap_mci: u32, cap_tenge: Tenge, applied: bool },
    /// The final figure rounded to whole tiyn.
    Rounding { exact_tenge: Decimal, rounded_tenge: Tenge },
    /// MCI multiplied out to tenge (tiers, ranges, the cap).
    ToTenge { min_mci: Decimal, max_mci: Decimal, mci_tenge: u32, min_tenge: Tenge, max_tenge: Tenge },
    /// A tenge reward expressed in MCI, to two decimals.
    MciEquivalent { tenge: Tenge, mci_tenge: u32, mci: Decimal },
}

impl Step {
    pub(crate) fn new(rule: Rule, detail: StepDetail) -> Step {
        Step { rule, detail }
    }
}
