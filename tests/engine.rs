//! Behaviour of the engine beyond the public vectors: MCI dates, the table's freshness,
//! input errors, and the shape of the working.
#![cfg(not(target_arch = "wasm32"))]

use syiaqy::mci::{latest_known_year, mci_on};
use syiaqy::steps::StepDetail;
use syiaqy::{estimate, Answers, Date, Estimate, RawAnswer, RawAnswers, Today};

fn today() -> Date {
    Date::new(2026, 12, 3).unwrap()
}

fn grave_case(amount: &str, decision_date: &str) -> RawAnswers {
    RawAnswers {
        verdict: "in_force".into(),
        reporter: "citizen".into(),
        offense: "grave".into(),
        amount: amount.into(),
        decision_date: decision_date.into(),
        ..RawAnswers::default()
    }
}

fn run(raw: &RawAnswers) -> Result<Estimate, syiaqy::Error> {
    estimate(&Answers::parse(raw, &Today::known(Some(today())))?)
}

fn error_of(raw: &RawAnswers) -> (&'static str, &'static str) {
    let error = run(raw).unwrap_err();
    (error.code(), error.field().id())
}

#[test]
fn the_mci_date_defaults_to_the_decision_date_and_can_be_set_apart() {
    let by_decision_date = run(&grave_case("none", "2025-12-31")).unwrap();
    assert_eq!(by_decision_date.reward.min_tenge.to_string(), "275240.00");

    let mut later_mci = grave_case("none", "2025-12-31");
    later_mci.mci_date = "2026-01-15".into();
    let result = run(&later_mci).unwrap();
    assert_eq!(result.reward.min_tenge.to_string(), "302750.00");
    assert_eq!(result.mci.unwrap().value.tenge, 4_325);
    assert!(result
        .steps
        .iter()
        .any(|step| matches!(step.detail, StepDetail::Mci { chosen_by_user: true, .. })));
}

#[test]
fn the_threshold_and_cap_use_the_mci_of_the_mci_date() {
    // 4,000,000 ₸ is above 1,000 MCI at 2025's MCI, below at 2026's (V13), whatever the regime date.
    let mut case = grave_case("4 000 000", "2025-03-01");
    case.mci_date = "2026-03-01".into();
    assert_eq!(run(&case).unwrap().branch.id(), "tier");
}

#[test]
fn a_date_past_the_table_uses_the_last_value_and_says_so() {
    let year = latest_known_year() + 1;
    let result = run(&grave_case("none", &format!("{year}-06-01"))).unwrap();
    let mci = result.mci.unwrap();
    assert_eq!(mci.latest_known_year, Some(latest_known_year()));
    assert_eq!(mci.value, mci_on(Date::new(latest_known_year(), 12, 31).unwrap()).unwrap().value);
}

#[test]
fn answers_are_checked_in_the_order_the_page_asks_them() {
    // The verdict, its date (with "More options": the decision day and the MCI's day), the
    // reporter, the case, the amount.
    let mut raw = grave_case("abc", "2025-13-01");
    raw.offense = "serious".into();
    raw.reporter = RawAnswer::NotText;
    raw.mci_date = "2025-02-30".into();
    raw.in_force_date = "20.05.2025".into();
    raw.verdict = RawAnswer::Missing;
    assert_eq!(error_of(&raw), ("empty", "verdict"));
    raw.verdict = "in_force".into();
    assert_eq!(error_of(&raw), ("invalid_date", "inForceDate"));
    raw.in_force_date = "2025-05-20".into();
    assert_eq!(error_of(&raw), ("invalid_date", "decisionDate"));
    raw.decision_date = RawAnswer::Missing;
    assert_eq!(error_of(&raw), ("invalid_date", "mciDate"));
    raw.mci_date = RawAnswer::Missing;
    assert_eq!(error_of(&raw), ("not_text", "reporter"));
    raw.reporter = "citizen".into();
    assert_eq!(error_of(&raw), ("invalid_choice", "offense"));
    raw.offense = "grave".into();
    assert_eq!(error_of(&raw), ("not_a_number", "amount"));
    raw.amount = "none".into();
    raw.mci_date = "2011-12-31".into();
    assert_eq!(error_of(&raw), ("mci_date_before_table", "mciDate"));
}

#[test]
fn an_answer_that_cannot_be_used_as_text_says_why() {
    let mut raw = grave_case("none", "2025-03-01");
    raw.amount = RawAnswer::NotText;
    assert_eq!(error_of(&raw), ("not_text", "amount"));
    raw.amount = RawAnswer::TooLong;
    assert_eq!(error_of(&raw), ("too_long", "amount"));
    raw.amount = RawAnswer::Unreadable;
    assert_eq!(error_of(&raw), ("unreadable", "amount"));
    raw.amount = "5".repeat(syiaqy::answers::MAX_ANSWER_LENGTH + 1).as_str().into();
    assert_eq!(error_of(&raw), ("too_long", "amount"));
    raw.verdict = format!("in_force{}", " ".repeat(syiaqy::answers::MAX_ANSWER_LENGTH)).as_str().into();
    assert_eq!(error_of(&raw), ("too_long", "verdict"));
    raw.verdict = "in_force".into();
    raw.amount = "".into();
    assert_eq!(error_of(&raw), ("empty", "amount"));
    raw.amount = "-5".into();
    assert_eq!(error_of(&raw), ("negative", "amount"));
}

#[test]
fn a_verdict_in_force_needs_its_date_of_entry_into_force_never_a_default() {
    // R14: no date, no amount, whatever the clock says.
    let undated = RawAnswers { decision_date: RawAnswer::Missing, ..grave_case("none", "") };
    let error = Answers::parse(&undated, &Today::known(Some(today()))).unwrap_err();
    assert_eq!((error.code(), error.field().id()), ("empty", "inForceDate"));
    let dated = RawAnswers { in_force_date: "2025-05-20".into(), ..undated.clone() };
    assert_eq!(run(&dated).unwrap().reward.min_tenge.to_string(), "275240.00", "V29: the MCI of 2025");
    // The day the reward was decided, when known, replaces it (an embedder's decisionDate).
    assert!(Answers::parse(&grave_case("none", "2025-03-01"), &Today::known(None)).is_ok());
    let acquitted = RawAnswers { verdict: "acquitted".into(), ..undated };
    assert!(Answers::parse(&acquitted, &Today::known(None)).is_ok(), "an acquittal needs no date");
}

/// The clock is asked only when a rule needs today, and then once: a clock that throws (a
/// sandbox, fake timers) must not fail a case whose decision date is given.
#[test]
fn the_clock_is_read_only_when_needed_and_at_most_once() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static READS: AtomicUsize = AtomicUsize::new(0);
    let clock = || {
        READS.fetch_add(1, Ordering::SeqCst);
        Date::new(2026, 3, 1)
    };
    let dated = grave_case("none", "2025-03-01");
    let acquitted =
        RawAnswers { verdict: "acquitted".into(), decision_date: RawAnswer::Missing, ..dated.clone() };
    let pending =
        RawAnswers { verdict: "pending".into(), decision_date: RawAnswer::Missing, ..dated.clone() };
    // The day of entry into force: checked against today (R14), and today's line asks it again.
    let entered =
        RawAnswers { decision_date: RawAnswer::Missing, in_force_date: "2025-05-20".into(), ..dated.clone() };
    for (raw, reads) in [(&dated, 0), (&acquitted, 0), (&pending, 1), (&entered, 1)] {
        READS.store(0, Ordering::SeqCst);
        let today = Today::from_clock(clock);
        assert!(Answers::parse(raw, &today).and_then(|answers| estimate(&answers)).is_ok(), "{raw:?}");
        assert_eq!(READS.load(Ordering::SeqCst), reads, "{raw:?}");
        assert_eq!((today.get(), today.get()), (Date::new(2026, 3, 1), Date::new(2026, 3, 1)));
        assert_eq!(READS.load(Ordering::SeqCst), 1, "once read, today is remembered");
    }
}

#[test]
fn a_date_of_entry_into_force_after_today_is_an_error() {
    let raw = RawAnswers {
        decision_date: RawAnswer::Missing,
        in_force_date: "2027-03-01".into(),
        ..grave_case("none", "")
    };
    let error = Answers::parse(&raw, &Today::known(Some(today()))).unwrap_err();
    assert_eq!((error.code(), error.field().id()), ("future_date", "inForceDate"));
    let today_itself = RawAnswers { in_force_date: today().to_string().as_str().into(), ..raw };
    assert!(Answers::parse(&today_itself, &Today::known(Some(today()))).is_ok());
}

#[test]
fn a_date_of_entry_into_force_before_the_first_rules_is_named_as_that_field() {
    let raw = RawAnswers {
        decision_date: RawAnswer::Missing,
        in_force_date: "2011-05-01".into(),
        ..grave_case("none", "")
    };
    let error = run(&raw).unwrap_err();
    assert_eq!((error.code(), error.field().id()), ("no_regime", "inForceDate"));
}

#[test]
fn a_pending_case_is_counted_at_today_and_its_date_of_entry_into_force_is_not_read() {
    let raw = RawAnswers {
        verdict: "pending".into(),
        decision_date: RawAnswer::Missing,
        in_force_date: RawAnswer::NotText,
        ..grave_case("none", "")
    };
    let result = run(&raw).unwrap();
    assert_eq!(result.mci.unwrap().date, today());
    assert_eq!(result.reward.min_tenge.to_string(), "302750.00", "V34");
    let error = Answers::parse(&raw, &Today::known(None)).unwrap_err();
    assert_eq!((error.code(), error.field().id()), ("no_today", "decisionDate"), "without a clock");
}

#[test]
fn a_today_answer_replaces_the_clock() {
    let raw = RawAnswers {
        verdict: "pending".into(),
        decision_date: RawAnswer::Missing,
        today: "2025-03-01".into(),
        ..grave_case("none", "")
    };
    let answers = Answers::parse(&raw, &Today::known(None)).unwrap();
    assert_eq!(answers.decision_date, Date::new(2025, 3, 1).unwrap());
    let wrong = RawAnswers { today: "tomorrow".into(), ..raw };
    let error = Answers::parse(&wrong, &Today::known(Some(today()))).unwrap_err();
    assert_eq!((error.code(), error.field().id()), ("invalid_date", "today"));
}

#[test]
fn a_verdict_of_last_year_adds_the_reward_if_decided_today_when_it_differs() {
    let in_force = |date: &str, amount: &str| RawAnswers {
        decision_date: RawAnswer::Missing,
        in_force_date: date.into(),
        ..grave_case(amount, "")
    };
    // V29 and V13: last year's verdict; today's MCI gives another figure, or another branch.
    let later = run(&in_force("2025-05-20", "none")).unwrap().if_decided_today.expect("V29");
    assert_eq!((later.year, later.reward.min_tenge.to_string().as_str()), (2026, "302750.00"));
    let later = run(&in_force("2025-03-01", "4 000 000")).unwrap().if_decided_today.expect("V13");
    assert_eq!((later.branch.id(), later.reward.min_tenge.to_string().as_str()), ("tier", "302750.00"));
    // This year's verdict, an older one, and a decision day given: no such line.
    assert_eq!(run(&in_force("2026-02-01", "none")).unwrap().if_decided_today, None);
    assert_eq!(run(&in_force("2024-05-20", "none")).unwrap().if_decided_today, None);
    assert_eq!(run(&grave_case("none", "2025-05-20")).unwrap().if_decided_today, None);
    // 10 % of 5,000,000 ₸ is 500,000 ₸ at either MCI (V8): the same sum, so no line.
    assert_eq!(run(&in_force("2025-03-01", "5 000 000")).unwrap().if_decided_today, None);
    // The same MCI chosen for both days: the same reward, so no line.
    let chosen_mci = RawAnswers { mci_date: "2025-05-20".into(), ..in_force("2025-05-20", "none") };
    assert_eq!(run(&chosen_mci).unwrap().if_decided_today, None);
}

#[test]
fn the_side_of_the_threshold_decides_the_branch_when_the_amount_is_not_known() {
    let side = |amount: &str, date: &str| run(&grave_case(amount, date)).unwrap();
    // V30: not more than 1,000 MCI is the tier, a point answer.
    let at_most = side("at_most_threshold", "2025-03-01");
    assert_eq!((at_most.branch.id(), at_most.reward.max_tenge.to_string().as_str()), ("tier", "275240.00"));
    // V31: more than 1,000 MCI is 10 % of more than 1,000 MCI, at most the cap.
    let above = side("above_threshold", "2025-03-01");
    assert_eq!(above.branch.id(), "ten_percent_of_unknown");
    assert_eq!(
        (above.reward.min_tenge.to_string().as_str(), above.reward.max_tenge.to_string().as_str()),
        ("393200.00", "15728000.00")
    );
    assert_eq!(above.limits_in_tenge.unwrap().threshold.to_string(), "3932000.00");
    // V32: before the 10 % branch existed, the tier whatever the amount.
    let old = side("above_threshold", "2019-06-01");
    assert_eq!((old.branch.id(), old.reward.min_tenge.to_string().as_str()), ("tier", "176750.00"));
}

#[test]
fn tiers_only_regimes_say_the_amount_is_not_used() {
    let result = run(&grave_case("unknown", "2018-03-01")).unwrap();
    assert_eq!(result.branch.id(), "tier");
    assert!(result.steps.iter().any(|step| step.detail == StepDetail::AmountNotUsed));
}

#[test]
fn no_bribe_or_damage_differs_from_not_knowing() {
    let none = run(&grave_case("none", "2025-03-01")).unwrap();
    let unknown = run(&grave_case("unknown", "2025-03-01")).unwrap();
    assert!(none.reward.is_point());
    assert!(!unknown.reward.is_point());
    assert!(none.steps.iter().any(|step| step.detail == StepDetail::NoBribeOrDamage));
}

#[test]
fn rounding_is_half_away_from_zero_on_the_final_figure() {
    // 3,932,001.05 × 10 % = 393,200.105 → 393,200.11
    let result = run(&grave_case("3 932 001,05", "2025-03-01")).unwrap();
    assert_eq!(result.reward.min_tenge.to_string(), "393200.11");
    let rounding = result.steps.iter().find_map(|step| match &step.detail {
        StepDetail::Rounding { exact_tenge, .. } => Some(exact_tenge.to_string()),
        _ => None,
    });
    assert_eq!(rounding.as_deref(), Some("393200.105"));
}

#[test]
fn every_step_of_a_full_answer_names_a_rule_in_order() {
    let result = run(&grave_case("5 000 000", "2025-03-01")).unwrap();
    let names: Vec<(&str, String)> = result
        .steps
        .iter()
        .map(|step| {
            (step.rule.id(), format!("{:?}", step.detail).split([' ', '{']).next().unwrap().to_owned())
        })
        .collect();
    let expected = [
        ("E1", "Verdict"),
        ("R2", "Regime"),
        ("R9", "Mci"),
        ("R4", "Tier"),
        ("R5", "Threshold"),
        ("R5", "Percentage"),
        ("R5", "Cap"),
        ("Q7", "Rounding"),
        ("R9", "MciEquivalent"),
    ];
    let expected: Vec<(&str, String)> =
        expected.iter().map(|(rule, name)| (*rule, name.to_string())).collect();
    assert_eq!(names, expected);
}

#[test]
fn after_an_acquittal_the_other_answers_are_not_read() {
    let raw = RawAnswers {
        verdict: "acquitted".into(),
        reporter: RawAnswer::Missing,
        offense: "nonsense".into(),
        amount: "-5".into(),
        in_force_date: "2099-01-01".into(),
        decision_date: "2011-01-01".into(),
        mci_date: "not a date".into(),
        today: RawAnswer::Missing,
    };
    let result = run(&raw).unwrap();
    assert_eq!(result.status.id(), "not_eligible");
    assert!(result.reward.max_tenge.as_decimal().is_zero());
}

#[test]
fn a_reporters_role_step_cites_the_rule_of_its_caveat() {
    for (reporter, rule) in [
        ("public_servant_offered", "E6"),
        ("law_enforcement_on_duty", "E7"),
        ("participant", "E8"),
        ("anonymous", "E9"),
    ] {
        let raw = RawAnswers { reporter: reporter.into(), ..grave_case("none", "2025-03-01") };
        let result = run(&raw).unwrap();
        let step =
            result.steps.iter().find(|step| matches!(step.detail, StepDetail::Reporter { .. })).unwrap();
        assert_eq!(step.rule.id(), rule, "{reporter}");
        assert!(result.caveats.iter().any(|caveat| caveat.id() == rule), "{reporter}");
    }
}
