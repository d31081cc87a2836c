//! The public test vectors (src/rules.md, "The test vectors"), run through the native engine. The rows live in
//! `tests/vectors.md` (its first table, then R14–R16's), tables a lawyer can read, shared
//! with the JavaScript contract test.
#![cfg(not(target_arch = "wasm32"))]

use syiaqy::{estimate, Answers, Date, Estimate, RawAnswers, Reward, Today};

mod common;

use common::{rows, table_rows, Row};

const TABLE: &str = include_str!("vectors.md");

fn answers_of(row: &Row, date_column: &str) -> RawAnswers {
    let date = row.get(date_column);
    let dated = RawAnswers {
        verdict: row.get("verdict").into(),
        reporter: row.get("reporter").into(),
        offense: row.get("offense").into(),
        amount: row.get("amount").into(),
        ..RawAnswers::default()
    };
    if date_column == "inForceDate" {
        RawAnswers { in_force_date: date.into(), ..dated }
    } else {
        RawAnswers { decision_date: date.into(), ..dated }
    }
}

/// `(min, max)` of a reward, in MCI or in tenge, as the tables write them.
fn in_mci(reward: &Reward) -> (String, String) {
    (reward.min_mci.to_string(), reward.max_mci.to_string())
}
fn in_tenge(reward: &Reward) -> (String, String) {
    (reward.min_tenge.to_string(), reward.max_tenge.to_string())
}
fn span(row: &Row, column: &str) -> (String, String) {
    let (min, max) = row.span(column);
    (min.to_owned(), max.to_owned())
}

/// Checks one row's answer; `result` is the engine's for its answers.
fn check(row: &Row, result: Result<Estimate, syiaqy::Error>) {
    let id = row.get("id");
    if row.get("status") == "error" {
        let error = result.expect_err(id);
        assert_eq!(format!("{} {}", error.code(), error.field().id()), row.get("branch"), "{id}");
        return;
    }
    let result = result.unwrap_or_else(|error| panic!("{id}: {error}"));
    assert_eq!(result.status.id(), row.get("status"), "{id}: status");
    assert_eq!(result.branch.id(), row.get("branch"), "{id}: branch");
    assert_eq!(in_mci(&result.reward), span(row, "MCI"), "{id}: MCI");
    assert_eq!(in_tenge(&result.reward), span(row, "tenge"), "{id}: tenge");
    let applied: Vec<&str> = result.steps.iter().map(|step| step.rule.id()).collect();
    for rule in row.get("rules").split_whitespace() {
        assert!(applied.contains(&rule), "{id}: rule {rule} not applied, only {applied:?}");
    }
    let caveat = row.get("caveat");
    if !caveat.is_empty() {
        assert!(result.caveats.iter().any(|c| c.id() == caveat), "{id}: caveat {caveat}");
    }
}

#[test]
fn every_public_vector() {
    for row in &rows(TABLE) {
        let result = Answers::parse(&answers_of(row, "decisionDate"), &Today::known(Date::new(2026, 11, 25)))
            .and_then(|answers| estimate(&answers));
        check(row, result);
    }
}

#[test]
fn every_vector_of_the_date_of_entry_into_force_and_the_threshold_question() {
    let today = Today::known(Date::new(2026, 12, 3));
    for row in &table_rows(TABLE, 1) {
        let id = row.get("id");
        let result =
            Answers::parse(&answers_of(row, "inForceDate"), &today).and_then(|answers| estimate(&answers));
        let later = result.as_ref().ok().and_then(|result| result.if_decided_today);
        check(row, result);
        let expected = row.get("if decided today");
        match later {
            Some(later) => {
                assert_eq!(in_tenge(&later.reward), span(row, "if decided today"), "{id}: if decided today")
            }
            None => assert_eq!(expected, "", "{id}: no line if decided today"),
        }
    }
}

#[test]
fn the_tables_have_every_vector_from_v1_to_v22_and_v29_to_v35() {
    let table = rows(TABLE);
    for number in 1..=22 {
        let id = format!("V{number}");
        let found = table.iter().any(|row| row.get("id").trim_end_matches(['a', 'b']) == id);
        assert!(found, "{id} has no row");
    }
    assert!(table.iter().all(|row| row.width() == 13), "every row has 13 cells");
    let ids: Vec<&str> = table_rows(TABLE, 1).iter().map(|row| row.get("id")).collect();
    assert_eq!(ids, ["V29", "V30", "V31", "V32", "V33", "V34", "V35"]);
    assert!(table_rows(TABLE, 1).iter().all(|row| row.width() == 14), "every row has 14 cells");
}
