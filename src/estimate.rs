//! The calculator: from checked answers to the reward, its status and its working.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::answers::{AmountAnswer, Answers, DecisionDateSource};
use crate::choice::choices;
use crate::eligibility::{assess, Caveat, Status};
use crate::error::{Error, Field};
use crate::mci::MciLookup;
use crate::money::Tenge;
use crate::offense::TierRange;
use crate::regime::{Regime, RegimeInfo};
use crate::steps::{Rule, Step, StepDetail};

/// R5 \[C]: the amount (in MCI) up to which the fixed tiers apply; exactly this much is still
/// a tier case ("не превышает").
pub const THRESHOLD_MCI: u32 = 1_000;
/// R5 \[C]: above the threshold the reward is this percentage of the amount.
pub const PERCENTAGE: u32 = 10;
/// R5 \[C]: the highest reward, in MCI.
pub const CAP_MCI: u32 = 4_000;
/// R5: the amount, in MCI, from which the 10 % reaches the cap (40,000 MCI); the page's rules
/// and chart say it.
pub const CAP_REACHED_AT_MCI: u32 = CAP_MCI * 100 / PERCENTAGE;

choices! {
    /// How the amount was reached.
    pub enum Branch {
        /// A fixed tier (R4).
        Tier = "tier",
        /// A span: the case or the amount is not known.
        Range = "range",
        /// 10 % of the amount (R5).
        Percentage = "ten_percent",
        /// 10 % would exceed 4,000 MCI: the cap (R5).
        Cap = "cap",
        /// 10 % of an amount known only to be above the threshold (R15): more than the lowest
        /// figure, at most the cap.
        PercentageOfUnknown = "ten_percent_of_unknown",
        /// No reward is computed (acquittal).
        None = "none",
    }
}

/// The reward, lowest and highest; equal for a point answer, zero when not eligible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reward {
    /// The lowest reward in MCI (two decimals at most).
    pub min_mci: Decimal,
    /// The highest reward in MCI.
    pub max_mci: Decimal,
    /// The lowest reward in tenge.
    pub min_tenge: Tenge,
    /// The highest reward in tenge.
    pub max_tenge: Tenge,
}

impl Reward {
    /// No reward.
    pub const ZERO: Reward = Reward {
        min_mci: Decimal::ZERO,
        max_mci: Decimal::ZERO,
        min_tenge: Tenge::ZERO,
        max_tenge: Tenge::ZERO,
    };

    /// Whether this is one amount rather than a span.
    pub fn is_point(&self) -> bool {
        self.min_tenge == self.max_tenge
    }
}

/// The whole answer: status, amount, and everything needed to explain it. Serialized without
/// its steps: the JS contract gives those by `explain()`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Estimate {
    /// Whether a reward is due now, later, likely in another form, or not at all.
    pub status: Status,
    /// For `not_yet`, what to expect once the verdict is in force; for a likely certificate,
    /// what the cash tier would be.
    pub reward: Reward,
    /// How the amount was reached.
    pub branch: Branch,
    /// `None` only after an acquittal, which no regime changes.
    pub regime: Option<RegimeInfo>,
    /// The MCI the tenge figures use; `None` only after an acquittal.
    pub mci: Option<MciLookup>,
    /// The threshold and the cap of R5 in tenge, at the MCI used (R15 asks the threshold's
    /// figure); `None` only after an acquittal.
    #[serde(rename = "limitsInTenge")]
    pub limits_in_tenge: Option<LimitsInTenge>,
    /// R14: the answer if the reward is decided today, when the verdict entered into force
    /// last calendar year and that answer differs; the headline stays the answer above.
    #[serde(rename = "ifDecidedToday")]
    pub if_decided_today: Option<DecidedToday>,
    /// What the user must read with the amount (E6–E11, Q1).
    pub caveats: Vec<Caveat>,
    /// The working, in order.
    #[serde(skip)]
    pub steps: Vec<Step>,
}

/// R5's threshold and cap in tenge at one MCI value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LimitsInTenge {
    /// [`THRESHOLD_MCI`] in tenge.
    pub threshold: Tenge,
    /// [`CAP_MCI`] in tenge.
    pub cap: Tenge,
}

/// R14: the reward if it is decided today rather than on the day of entry into force.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DecidedToday {
    /// The year of today, the year whose MCI would then apply.
    pub year: u16,
    /// The reward then.
    pub reward: Reward,
    /// How that reward is reached.
    pub branch: Branch,
}

/// Computes the answer, and for a verdict that entered into force last year, the answer if
/// the reward is decided today (R14). Never panics; errors only for dates outside the rules'
/// reach.
pub fn estimate(answers: &Answers) -> Result<Estimate, Error> {
    let mut result = estimate_on_decision_date(answers)?;
    if let Some(later) = answers.decided_today() {
        // Today is within the Rules' reach whenever the date of entry into force is.
        if let Ok(then) = estimate_on_decision_date(&later) {
            // In tenge, what is paid: 10 % of the same amount is the same sum at any MCI, though
            // its MCI equivalent differs.
            let (now, later_tenge) = (&result.reward, &then.reward);
            if (now.min_tenge, now.max_tenge) != (later_tenge.min_tenge, later_tenge.max_tenge) {
                let year = later.decision_date.year();
                result.if_decided_today =
                    Some(DecidedToday { year, reward: then.reward, branch: then.branch });
            }
        }
    }
    Ok(result)
}

fn estimate_on_decision_date(answers: &Answers) -> Result<Estimate, Error> {
    let eligibility = assess(answers.verdict, answers.reporter);
    let mut steps = vec![Step::new(Rule::E1, StepDetail::Verdict { verdict: answers.verdict })];
    if eligibility.status == Status::NotEligible {
        return Ok(Estimate {
            status: eligibility.status,
            reward: Reward::ZERO,
            branch: Branch::None,
            regime: None,
            mci: None,
            limits_in_tenge: None,
            if_decided_today: None,
            caveats: eligibility.caveats,
            steps,
        });
    }
    // The role's caveat (E6–E9) is also the rule of its step.
    if let Some(rule) = answers.reporter.caveat().and_then(|caveat| Rule::from_id(caveat.id())) {
        steps.push(Step::new(rule, StepDetail::Reporter { reporter: answers.reporter }));
    }

    let regime = Regime::on(answers.decision_date).ok_or_else(|| {
        let field = match answers.decision_date_source {
            DecisionDateSource::EntryIntoForce => Field::InForceDate,
            DecisionDateSource::Given | DecisionDateSource::Today => Field::DecisionDate,
        };
        Error::NoRegime(field, answers.decision_date)
    })?;
    steps.push(Step::new(
        Rule::R2,
        StepDetail::Regime { decision_date: answers.decision_date, regime: regime.into() },
    ));
    let mci = answers.mci()?;
    steps.push(Step::new(
        Rule::R9,
        StepDetail::Mci { lookup: mci, chosen_by_user: answers.mci_date.is_some() },
    ));
    let tier = answers.offense.tier();
    steps.push(Step::new(
        Rule::R4,
        StepDetail::Tier { offense: answers.offense, min_mci: tier.min_mci, max_mci: tier.max_mci },
    ));

    let mut calculation = Calculation { mci_tenge: mci.value.tenge, steps };
    let limits_in_tenge = LimitsInTenge {
        threshold: calculation.mci_to_tenge(THRESHOLD_MCI),
        cap: calculation.mci_to_tenge(CAP_MCI),
    };
    let (branch, reward) = calculation.reward(regime, tier, answers.amount);
    let mut caveats = eligibility.caveats;
    if Regime::near_uncertain_start(answers.decision_date) {
        caveats.push(Caveat::RegimeStartUncertain);
    }
    Ok(Estimate {
        status: eligibility.status,
        reward,
        branch,
        regime: Some(regime.into()),
        mci: Some(mci),
        limits_in_tenge: Some(limits_in_tenge),
        if_decided_today: None,
        caveats,
        steps: calculation.steps,
    })
}

/// The arithmetic of R4, R5 and R9 at one MCI value, writing its steps as it goes.
struct Calculation {
    mci_tenge: u32,
    steps: Vec<Step>,
}

impl Calculation {
    fn reward(&mut self, regime: Regime, tier: TierRange, amount: AmountAnswer) -> (Branch, Reward) {
        match (amount, regime.has_percentage_branch()) {
            (AmountAnswer::NoBribeOrDamage, _) => {
                self.steps.push(Step::new(Rule::R4, StepDetail::NoBribeOrDamage));
                self.in_mci(tier.min_mci, tier.max_mci)
            }
            (AmountAnswer::AtMostThreshold, _) => {
                let threshold_tenge = self.mci_to_tenge(THRESHOLD_MCI);
                self.steps.push(Step::new(
                    Rule::R15,
                    StepDetail::AtMostThreshold { threshold_mci: THRESHOLD_MCI, threshold_tenge },
                ));
                self.in_mci(tier.min_mci, tier.max_mci)
            }
            (_, false) => {
                self.steps.push(Step::new(Rule::R2, StepDetail::AmountNotUsed));
                self.in_mci(tier.min_mci, tier.max_mci)
            }
            (AmountAnswer::Unknown, true) => {
                self.steps.push(Step::new(
                    Rule::R5,
                    StepDetail::UnknownAmount { min_mci: tier.min_mci, max_mci: CAP_MCI },
                ));
                self.in_mci(tier.min_mci, CAP_MCI)
            }
            (AmountAnswer::AboveThreshold, true) => self.percentage_of_unknown_amount(),
            (AmountAnswer::Known(amount), true) => self.above_threshold_or_tier(amount, tier),
        }
    }

    /// R15: 10 % of an amount known only to be above the threshold: more than 10 % of the
    /// threshold, at most the cap.
    fn percentage_of_unknown_amount(&mut self) -> (Branch, Reward) {
        let more_than_mci = THRESHOLD_MCI * PERCENTAGE / 100;
        self.steps.push(Step::new(
            Rule::R15,
            StepDetail::AboveThreshold {
                threshold_mci: THRESHOLD_MCI,
                threshold_tenge: self.mci_to_tenge(THRESHOLD_MCI),
                percent: PERCENTAGE,
                more_than_mci,
                cap_mci: CAP_MCI,
            },
        ));
        let (_, reward) = self.in_mci(more_than_mci, CAP_MCI);
        (Branch::PercentageOfUnknown, reward)
    }

    fn above_threshold_or_tier(&mut self, amount: Tenge, tier: TierRange) -> (Branch, Reward) {
        let threshold_tenge = self.mci_to_tenge(THRESHOLD_MCI);
        let above = amount > threshold_tenge;
        self.steps.push(Step::new(
            Rule::R5,
            StepDetail::Threshold {
                amount_tenge: amount,
                amount_mci: self.tenge_to_mci(amount.as_decimal()),
                threshold_mci: THRESHOLD_MCI,
                threshold_tenge,
                above,
            },
        ));
        if !above {
            return self.in_mci(tier.min_mci, tier.max_mci);
        }

        // 10 % as a multiplication by 0.10: exact, and no division code in the wasm.
        let exact = (amount.as_decimal() * Decimal::new(i64::from(PERCENTAGE), 2)).normalize();
        self.steps.push(Step::new(
            Rule::R5,
            StepDetail::Percentage { amount_tenge: amount, percent: PERCENTAGE, exact_tenge: exact },
        ));
        let cap_tenge = self.mci_to_tenge(CAP_MCI);
        let capped = exact > cap_tenge.as_decimal();
        self.steps.push(Step::new(
            Rule::R5,
            StepDetail::Cap { exact_tenge: exact, cap_mci: CAP_MCI, cap_tenge, applied: capped },
        ));
        if capped {
            let (_, reward) = self.in_mci(CAP_MCI, CAP_MCI);
            return (Branch::Cap, reward);
        }

        let rounded = Tenge::round_to_tiyn(exact);
        self.steps
            .push(Step::new(Rule::Q7, StepDetail::Rounding { exact_tenge: exact, rounded_tenge: rounded }));
        // Q7: the MCI equivalent from the exact figure, not the rounded one (rounding twice
        // gave 3381.41 MCI for 12,484,147.255 ₸ at 3,692 ₸, where 3381.40 is right).
        let in_mci = self.tenge_to_mci(exact);
        self.steps.push(Step::new(
            Rule::R9,
            StepDetail::MciEquivalent { tenge: rounded, mci_tenge: self.mci_tenge, mci: in_mci },
        ));
        let reward = Reward { min_mci: in_mci, max_mci: in_mci, min_tenge: rounded, max_tenge: rounded };
        (Branch::Percentage, reward)
    }

    /// A reward fixed in MCI (a tier, a span of tiers, the cap), multiplied out exactly (R9).
    fn in_mci(&mut self, min_mci: u32, max_mci: u32) -> (Branch, Reward) {
        let reward = Reward {
            min_mci: Decimal::from(min_mci),
            max_mci: Decimal::from(max_mci),
            min_tenge: self.mci_to_tenge(min_mci),
            max_tenge: self.mci_to_tenge(max_mci),
        };
        self.steps.push(Step::new(
            Rule::R9,
            StepDetail::ToTenge {
                min_mci: reward.min_mci,
                max_mci: reward.max_mci,
                mci_tenge: self.mci_tenge,
                min_tenge: reward.min_tenge,
                max_tenge: reward.max_tenge,
            },
        ));
        let branch = if min_mci == max_mci { Branch::Tier } else { Branch::Range };
        (branch, reward)
    }

    /// Whole MCI times a whole-tenge MCI value: whole tenge, exact.
    fn mci_to_tenge(&self, mci: u32) -> Tenge {
        Tenge::whole(u64::from(mci) * u64::from(self.mci_tenge))
    }

    /// An exact amount of tenge in MCI to two decimals, half away from zero (Q7), for showing
    /// only. Amounts are never negative, so half away from zero is half up, done in whole
    /// numbers: hundredths of an MCI = tenge × 100 ÷ the MCI value.
    fn tenge_to_mci(&self, tenge: Decimal) -> Decimal {
        let tenge = tenge.normalize();
        // At most 10^15 ₸ to three decimals, by at most 10^28 × a few thousand: within i128.
        let divisor = 10i128.pow(tenge.scale()) * i128::from(self.mci_tenge.max(1));
        let hundredths = (200 * tenge.mantissa() + divisor) / (2 * divisor);
        Decimal::from_i128_with_scale(hundredths, 2)
    }
}
