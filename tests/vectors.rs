//! The public test vectors of rules.md §8, one row each, as a lawyer would read them.
//!
//! Every row: the case as entered, then what the calculator must answer. Unless a row says
//! otherwise the verdict is in force and the reporter is a citizen. MCI 2025 = 3,932 ₸;
//! 2026 = 4,325 ₸.
#![cfg(not(target_arch = "wasm32"))]

use syiaqy::{estimate, Answers, Date, Estimate, RawAnswers};

struct Vector {
    id: &'static str,
    offense: &'static str,
    amount: &'static str,
    decision_date: &'static str,
    verdict: &'static str,
    reporter: &'static str,
    expected: Expected,
}

enum Expected {
    Reward {
        status: &'static str,
        branch: &'static str,
        mci: (&'static str, &'static str),
        tenge: (&'static str, &'static str),
        rules: &'static [&'static str],
        caveat: Option<&'static str>,
    },
    Error { code: &'static str, field: &'static str },
}

use Expected::{Error, Reward};

const IN_FORCE: &str = "in_force";
const CITIZEN: &str = "citizen";

const VECTORS: &[Vector] = &[
    Vector { id: "V1 grave, press case K", offense: "grave", amount: "none", decision_date: "2025-05-20", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "tier", mci: ("70", "70"), tenge: ("275240.00", "275240.00"), rules: &["E1", "R2", "R4", "R9"], caveat: None } },
    Vector { id: "V2 administrative (Art. 676)", offense: "administrative", amount: "none", decision_date: "2025-06-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "tier", mci: ("30", "30"), tenge: ("117960.00", "117960.00"), rules: &["R4"], caveat: None } },
    Vector { id: "V3 administrative, public servant offered the gift", offense: "administrative", amount: "none", decision_date: "2024-08-15", verdict: IN_FORCE, reporter: "public_servant_offered",
        expected: Reward { status: "non_monetary_likely", branch: "tier", mci: ("30", "30"), tenge: ("110760.00", "110760.00"), rules: &["E6", "R4"], caveat: Some("E6") } },
    Vector { id: "V4 minor", offense: "minor", amount: "100 000", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "tier", mci: ("40", "40"), tenge: ("157280.00", "157280.00"), rules: &["R4", "R5"], caveat: None } },
    Vector { id: "V5 medium", offense: "medium", amount: "500000", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "tier", mci: ("50", "50"), tenge: ("196600.00", "196600.00"), rules: &["R4"], caveat: None } },
    Vector { id: "V6 especially grave", offense: "especially_grave", amount: "2 000 000", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "tier", mci: ("100", "100"), tenge: ("393200.00", "393200.00"), rules: &["R4"], caveat: None } },
    Vector { id: "V7 grave, exactly 1,000 MCI is still a tier", offense: "grave", amount: "3 932 000", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "tier", mci: ("70", "70"), tenge: ("275240.00", "275240.00"), rules: &["R4", "R5"], caveat: None } },
    Vector { id: "V8 grave, 10 %", offense: "grave", amount: "5 000 000", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "ten_percent", mci: ("127.16", "127.16"), tenge: ("500000.00", "500000.00"), rules: &["R5", "Q7", "R9"], caveat: None } },
    Vector { id: "V9 medium, 10 % whatever the gravity", offense: "medium", amount: "100 000 000", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "ten_percent", mci: ("2543.23", "2543.23"), tenge: ("10000000.00", "10000000.00"), rules: &["R5"], caveat: None } },
    Vector { id: "V10 grave, exactly 40,000 MCI reaches the cap", offense: "grave", amount: "157 280 000", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "ten_percent", mci: ("4000.00", "4000.00"), tenge: ("15728000.00", "15728000.00"), rules: &["R5"], caveat: None } },
    Vector { id: "V11 grave, capped", offense: "grave", amount: "200 000 000", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "cap", mci: ("4000", "4000"), tenge: ("15728000.00", "15728000.00"), rules: &["R5", "R9"], caveat: None } },
    Vector { id: "V12 grave, 2026 MCI", offense: "grave", amount: "none", decision_date: "2026-02-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "tier", mci: ("70", "70"), tenge: ("302750.00", "302750.00"), rules: &["R4", "R9"], caveat: None } },
    Vector { id: "V13a grave, 4,000,000 in 2025: above 1,000 MCI", offense: "grave", amount: "4 000 000", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "ten_percent", mci: ("101.73", "101.73"), tenge: ("400000.00", "400000.00"), rules: &["R5"], caveat: None } },
    Vector { id: "V13b grave, 4,000,000 in 2026: below 1,000 MCI", offense: "grave", amount: "4 000 000", decision_date: "2026-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "tier", mci: ("70", "70"), tenge: ("302750.00", "302750.00"), rules: &["R4"], caveat: None } },
    Vector { id: "V14 grave, one tenge over 1,000 MCI", offense: "grave", amount: "3 932 001", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "ten_percent", mci: ("100.00", "100.00"), tenge: ("393200.10", "393200.10"), rules: &["R5", "Q7"], caveat: None } },
    Vector { id: "V15 grave, appeal pending", offense: "grave", amount: "1 000 000", decision_date: "2025-03-01", verdict: "pending", reporter: CITIZEN,
        expected: Reward { status: "not_yet", branch: "tier", mci: ("70", "70"), tenge: ("275240.00", "275240.00"), rules: &["E1", "R4"], caveat: None } },
    Vector { id: "V16a acquittal", offense: "grave", amount: "5 000 000", decision_date: "2025-03-01", verdict: "acquitted", reporter: CITIZEN,
        expected: Reward { status: "not_eligible", branch: "none", mci: ("0", "0"), tenge: ("0.00", "0.00"), rules: &["E1"], caveat: None } },
    Vector { id: "V16b acquittal, any date, any amount", offense: "unknown", amount: "unknown", decision_date: "2011-05-01", verdict: "acquitted", reporter: "participant",
        expected: Reward { status: "not_eligible", branch: "none", mci: ("0", "0"), tenge: ("0.00", "0.00"), rules: &["E1"], caveat: None } },
    Vector { id: "V17 grave, reporter took part in the offense", offense: "grave", amount: "none", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: "participant",
        expected: Reward { status: "eligible", branch: "tier", mci: ("70", "70"), tenge: ("275240.00", "275240.00"), rules: &["E8"], caveat: Some("E8") } },
    Vector { id: "V18 especially grave, 2019: tiers only", offense: "especially_grave", amount: "50 000 000", decision_date: "2019-06-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "tier", mci: ("100", "100"), tenge: ("252500.00", "252500.00"), rules: &["R2", "R4"], caveat: None } },
    Vector { id: "V19 administrative, 2016", offense: "administrative", amount: "none", decision_date: "2016-05-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "tier", mci: ("30", "30"), tenge: ("63630.00", "63630.00"), rules: &["R4"], caveat: None } },
    Vector { id: "V20 crime of unknown gravity", offense: "criminal_unknown", amount: "none", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "range", mci: ("40", "100"), tenge: ("157280.00", "393200.00"), rules: &["R4"], caveat: None } },
    Vector { id: "V21 grave, amount unknown", offense: "grave", amount: "unknown", decision_date: "2025-03-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Reward { status: "eligible", branch: "range", mci: ("70", "4000"), tenge: ("275240.00", "15728000.00"), rules: &["R5"], caveat: None } },
    Vector { id: "V22 before the first Rules", offense: "grave", amount: "none", decision_date: "2011-05-01", verdict: IN_FORCE, reporter: CITIZEN,
        expected: Error { code: "no_regime", field: "decisionDate" } },
];

fn run(vector: &Vector) -> Result<Estimate, syiaqy::Error> {
    let raw = RawAnswers {
        verdict: vector.verdict.into(),
        reporter: vector.reporter.into(),
        offense: vector.offense.into(),
        amount: vector.amount.into(),
        decision_date: vector.decision_date.into(),
        ..RawAnswers::default()
    };
    let today = Date::new(2026, 11, 25).unwrap();
    estimate(&Answers::parse(&raw, today)?)
}

#[test]
fn every_public_vector() {
    for vector in VECTORS {
        let id = vector.id;
        match (&vector.expected, run(vector)) {
            (Reward { status, branch, mci, tenge, rules, caveat }, Ok(result)) => {
                assert_eq!(result.status.id(), *status, "{id}: status");
                assert_eq!(result.branch.id(), *branch, "{id}: branch");
                let reward = result.reward;
                assert_eq!((reward.min_mci.to_string(), reward.max_mci.to_string()), (mci.0.into(), mci.1.into()), "{id}: MCI");
                assert_eq!((reward.min_tenge.to_string(), reward.max_tenge.to_string()), (tenge.0.into(), tenge.1.into()), "{id}: tenge");
                let applied: Vec<&str> = result.steps.iter().map(|step| step.rule.id()).collect();
                for rule in *rules {
                    assert!(applied.contains(rule), "{id}: rule {rule} not applied, only {applied:?}");
                }
                if let Some(caveat) = caveat {
                    assert!(result.caveats.iter().any(|c| c.id() == *caveat), "{id}: caveat {caveat}");
                }
            }
            (Error { code, field }, Err(error)) => {
                assert_eq!((error.code(), error.field().id()), (*code, *field), "{id}");
            }
            (_, other) => panic!("{id}: unexpected {other:?}"),
        }
    }
}

#[test]
fn vector_table_covers_v1_to_v22() {
    for number in 1..=22 {
        let prefix = format!("V{number}");
        let found = VECTORS.iter().any(|vector| {
            vector.id.strip_prefix(&prefix).is_some_and(|rest| rest.starts_with([' ', 'a', 'b']))
        });
        assert!(found, "{prefix} has no row");
    }
}
