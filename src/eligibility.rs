//! Who can be rewarded, and when (src/rules.md, "When a reward is due": E1–E11).
//!
//! Only E1 is a hard rule here: no reward before the verdict is in force, none after an
//! acquittal. The rules marked \[U] (E6–E11) never refuse: they become caveats the user reads.

use crate::choice::choices;

choices! {
    /// Where the case stands in court (E1).
    pub enum Verdict {
        /// The conviction, or the resolution imposing an administrative penalty, has entered
        /// into legal force.
        InForce = "in_force",
        /// Not yet decided, or under appeal.
        Pending = "pending",
        /// Acquittal, or termination on rehabilitating grounds.
        Acquitted = "acquitted",
    }
}

choices! {
    /// Who the reporter is in the case (E6–E9).
    pub enum Reporter {
        /// A citizen with no other part in the case.
        Citizen = "citizen",
        /// A public servant who reported a bribe or gift offered to them (E6).
        PublicServantOffered = "public_servant_offered",
        /// An officer of a law-enforcement or anti-corruption body acting within their duties
        /// (E7).
        LawEnforcementOnDuty = "law_enforcement_on_duty",
        /// Someone who took part in the offense, such as a bribe-giver who reported it (E8).
        Participant = "participant",
        /// Someone who reported without giving their name (E9).
        Anonymous = "anonymous",
    }
}

choices! {
    /// The answer to "can I be rewarded?".
    pub enum Status {
        /// A cash reward is due once decided.
        Eligible = "eligible",
        /// E6: in practice a certificate rather than cash; the cash tier is shown for reference.
        NonMonetaryLikely = "non_monetary_likely",
        /// E1: the verdict is not yet in force; the amount is what to expect once it is.
        NotYet = "not_yet",
        /// E1: acquittal or rehabilitation; no reward.
        NotEligible = "not_eligible",
    }
}

choices! {
    /// Something the user must read next to the amount. Identified by the rule it comes from.
    pub enum Caveat {
        /// E6 \[U as a rule]: public servants offered a bribe have received certificates, not
        /// cash (2024: 33 officials).
        CertificateLikely = "E6",
        /// E7 \[U]: officers acting within their duties may be excluded.
        OnDutyMayBeExcluded = "E7",
        /// E8 \[U]: participants in the offense may be excluded.
        ParticipantMayBeExcluded = "E8",
        /// E9 \[U]: payment requires an identified person.
        IdentificationRequired = "E9",
        /// E10 \[U]: how several reporters share one reward is not published; the whole amount
        /// is shown.
        SplitNotPublished = "E10",
        /// E11 \[U]: income tax on the reward is not published; the gross amount is shown.
        TaxNotPublished = "E11",
        /// Q1 \[U]: which day's MCI applies is not written anywhere seen; the decision date's is
        /// used unless the user picks another.
        MciDateAssumed = "Q1",
        /// R13: the decision date is within 30 days of a first day of the Rules that is only
        /// partly confirmed (2012-09-04, 2020-02-04): the other Rules may apply.
        RegimeStartUncertain = "R13",
    }
}

/// The eligibility part of an answer: the status and what the user must be told with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Eligibility {
    /// Whether, and how, a reward is due.
    pub status: Status,
    /// What to tell the user with it.
    pub caveats: Vec<Caveat>,
}

impl Reporter {
    /// The rule of E6–E9 that speaks about this role, as a caveat; none for a citizen.
    pub const fn caveat(self) -> Option<Caveat> {
        match self {
            Reporter::Citizen => None,
            Reporter::PublicServantOffered => Some(Caveat::CertificateLikely),
            Reporter::LawEnforcementOnDuty => Some(Caveat::OnDutyMayBeExcluded),
            Reporter::Participant => Some(Caveat::ParticipantMayBeExcluded),
            Reporter::Anonymous => Some(Caveat::IdentificationRequired),
        }
    }
}

/// Applies E1 and E6–E11 to the verdict and the reporter's role.
pub fn assess(verdict: Verdict, reporter: Reporter) -> Eligibility {
    if verdict == Verdict::Acquitted {
        return Eligibility { status: Status::NotEligible, caveats: Vec::new() };
    }
    let status = match (verdict, reporter) {
        (Verdict::Pending, _) => Status::NotYet,
        (_, Reporter::PublicServantOffered) => Status::NonMonetaryLikely,
        _ => Status::Eligible,
    };
    let always = [Caveat::SplitNotPublished, Caveat::TaxNotPublished, Caveat::MciDateAssumed];
    Eligibility { status, caveats: reporter.caveat().into_iter().chain(always).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acquittal_is_not_eligible_whoever_reported() {
        for reporter in Reporter::ALL.iter().copied() {
            let eligibility = assess(Verdict::Acquitted, reporter);
            assert_eq!(eligibility.status, Status::NotEligible);
            assert!(eligibility.caveats.is_empty());
        }
    }

    #[test]
    fn unconfirmed_exclusions_are_caveats_never_refusals() {
        for (reporter, caveat) in [
            (Reporter::LawEnforcementOnDuty, Caveat::OnDutyMayBeExcluded),
            (Reporter::Participant, Caveat::ParticipantMayBeExcluded),
            (Reporter::Anonymous, Caveat::IdentificationRequired),
        ] {
            let eligibility = assess(Verdict::InForce, reporter);
            assert_eq!(eligibility.status, Status::Eligible);
            assert_eq!(eligibility.caveats[0], caveat);
        }
    }

    #[test]
    fn public_servant_is_likely_non_monetary_and_pending_is_not_yet() {
        assert_eq!(
            assess(Verdict::InForce, Reporter::PublicServantOffered).status,
            Status::NonMonetaryLikely
        );
        let pending = assess(Verdict::Pending, Reporter::PublicServantOffered);
        assert_eq!(pending.status, Status::NotYet);
        assert!(pending.caveats.contains(&Caveat::CertificateLikely));
    }

    #[test]
    fn split_and_tax_caveats_come_with_every_reward() {
        for verdict in [Verdict::InForce, Verdict::Pending] {
            for reporter in Reporter::ALL.iter().copied() {
                let caveats = assess(verdict, reporter).caveats;
                assert!(caveats.contains(&Caveat::SplitNotPublished));
                assert!(caveats.contains(&Caveat::TaxNotPublished));
            }
        }
    }
}
