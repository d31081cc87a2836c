//! The public test vectors of rules.md §8, run through the native engine. The rows live in
//! `tests/vectors.md`, a table a lawyer can read, shared with the JavaScript contract test.
#![cfg(not(target_arch = "wasm32"))]

use syiaqy::{estimate, Answers, Date, RawAnswers};

mod common;

use common::rows;

const TABLE: &str = include_str!("vectors.md");

#[test]
fn every_public_vector() {
    let table = rows(TABLE);
    for row in &table {
        let id = row.get("id");
        let raw = RawAnswers {
            verdict: row.get("verdict").into(),
            reporter: row.get("reporter").into(),
            offense: row.get("offense").into(),
            amount: row.get("amount").into(),
            decision_date: row.get("decisionDate").into(),
            ..RawAnswers::default()
        };
        let result = Answers::parse(&raw, Date::new(2026, 11, 25)).and_then(|answers| estimate(&answers));
        if row.get("status") == "error" {
            let error = result.expect_err(id);
            assert_eq!(format!("{} {}", error.code(), error.field().id()), row.get("branch"), "{id}");
            continue;
        }
        let result = result.unwrap_or_else(|error| panic!("{id}: {error}"));
        assert_eq!(result.status.id(), row.get("status"), "{id}: status");
        assert_eq!(result.branch.id(), row.get("branch"), "{id}: branch");
        let reward = result.reward;
        let (min_mci, max_mci) = row.span("MCI");
        assert_eq!(
            (reward.min_mci.to_string().as_str(), reward.max_mci.to_string().as_str()),
            (min_mci, max_mci),
            "{id}: MCI"
        );
        let (min_tenge, max_tenge) = row.span("tenge");
        assert_eq!(
            (reward.min_tenge.to_string().as_str(), reward.max_tenge.to_string().as_str()),
            (min_tenge, max_tenge),
            "{id}: tenge"
        );
        let applied: Vec<&str> = result.steps.iter().map(|step| step.rule.id()).collect();
        for rule in row.get("rules").split_whitespace() {
            assert!(applied.contains(&rule), "{id}: rule {rule} not applied, only {applied:?}");
        }
        let caveat = row.get("caveat");
        if !caveat.is_empty() {
            assert!(result.caveats.iter().any(|c| c.id() == caveat), "{id}: caveat {caveat}");
        }
    }
}

#[test]
fn the_table_has_every_vector_from_v1_to_v22() {
    let table = rows(TABLE);
    for number in 1..=22 {
        let id = format!("V{number}");
        let found = table.iter().any(|row| row.get("id").trim_end_matches(['a', 'b']) == id);
        assert!(found, "{id} has no row");
    }
    assert!(table.iter().all(|row| row.width() == 13), "every row has 13 cells");
}
