//! The kind of case, and the fixed reward tiers that depend on it (R4).

use crate::choice::choices;

choices! {
    /// What the final court act convicted of, as far as the reporter knows.
    pub enum Offense {
        /// An administrative corruption offense (Administrative Code, Arts 676–681).
        Administrative = "administrative",
        /// A corruption crime of minor gravity (Criminal Code Art. 11: at most 2 years).
        Minor = "minor",
        /// Medium gravity (at most 5 years).
        Medium = "medium",
        /// Grave (at most 12 years).
        Grave = "grave",
        /// Especially grave (more than 12 years, or life).
        EspeciallyGrave = "especially_grave",
        /// A crime, gravity unknown.
        CriminalUnknown = "criminal_unknown",
        /// Not known whether administrative or criminal.
        Unknown = "unknown",
    }
}

/// R4 \[C]: administrative corruption offense, no bribe or damage above 1,000 MCI.
pub const TIER_ADMINISTRATIVE_MCI: u32 = 30;
/// R4 \[C]: corruption crime of minor gravity.
pub const TIER_MINOR_MCI: u32 = 40;
/// R4 \[C]: corruption crime of medium gravity.
pub const TIER_MEDIUM_MCI: u32 = 50;
/// R4 \[C]: grave corruption crime.
pub const TIER_GRAVE_MCI: u32 = 70;
/// R4 \[C]: especially grave corruption crime.
pub const TIER_ESPECIALLY_GRAVE_MCI: u32 = 100;

/// The tier reward in MCI, as the lowest and highest it can be for what is known (R4; src/rules.md,
/// "The amount": unknowns give ranges). Equal bounds when the case is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierRange {
    /// The lowest tier the case could have.
    pub min_mci: u32,
    /// The highest.
    pub max_mci: u32,
}

impl Offense {
    /// The tier for this case, or the span of tiers it could be.
    pub const fn tier(self) -> TierRange {
        let (min_mci, max_mci) = match self {
            Offense::Administrative => (TIER_ADMINISTRATIVE_MCI, TIER_ADMINISTRATIVE_MCI),
            Offense::Minor => (TIER_MINOR_MCI, TIER_MINOR_MCI),
            Offense::Medium => (TIER_MEDIUM_MCI, TIER_MEDIUM_MCI),
            Offense::Grave => (TIER_GRAVE_MCI, TIER_GRAVE_MCI),
            Offense::EspeciallyGrave => (TIER_ESPECIALLY_GRAVE_MCI, TIER_ESPECIALLY_GRAVE_MCI),
            Offense::CriminalUnknown => (TIER_MINOR_MCI, TIER_ESPECIALLY_GRAVE_MCI),
            Offense::Unknown => (TIER_ADMINISTRATIVE_MCI, TIER_ESPECIALLY_GRAVE_MCI),
        };
        TierRange { min_mci, max_mci }
    }

    /// The cases whose tiers an unknown answer spans, for checking ranges.
    pub const KNOWN: [Offense; 5] =
        [Offense::Administrative, Offense::Minor, Offense::Medium, Offense::Grave, Offense::EspeciallyGrave];

    /// Whether `known` is one of the cases this answer could turn out to be.
    pub fn could_be(self, known: Offense) -> bool {
        match self {
            Offense::Unknown => Offense::KNOWN.contains(&known),
            Offense::CriminalUnknown => Offense::KNOWN.contains(&known) && known != Offense::Administrative,
            _ => self == known,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_answers_span_exactly_the_tiers_they_could_be() {
        for answer in Offense::ALL.iter().copied() {
            let tiers: Vec<u32> = Offense::KNOWN
                .into_iter()
                .filter(|known| answer.could_be(*known))
                .map(|known| known.tier().min_mci)
                .collect();
            let range = answer.tier();
            assert_eq!(range.min_mci, *tiers.iter().min().unwrap(), "{answer:?}");
            assert_eq!(range.max_mci, *tiers.iter().max().unwrap(), "{answer:?}");
        }
    }

    #[test]
    fn identifiers_round_trip() {
        for offense in Offense::ALL {
            assert_eq!(Offense::from_id(offense.id()), Some(*offense));
        }
        assert_eq!(Offense::from_id("Grave"), None);
    }
}
