//! The article helper's vectors (articles.md §A6), run through the native engine. The rows live
//! in `tests/articles.md`, shared with the JavaScript contract test.
#![cfg(not(target_arch = "wasm32"))]

use syiaqy::articles::{classify, RawArticle};

mod common;

use common::rows;

const TABLE: &str = include_str!("articles.md");

#[test]
fn every_article_vector() {
    let table = rows(TABLE);
    assert!(table.len() >= 13);
    for row in &table {
        let id = row.get("id");
        let raw = RawArticle {
            code: row.get("code").into(),
            article: row.get("article").into(),
            part: row.get("part").into(),
            point: row.get("point").into(),
            committed: row.get("committed").into(),
        };
        let answer = classify(&raw).unwrap_or_else(|error| panic!("{id}: {error}"));
        assert_eq!(answer.finding.id(), row.get("finding"), "{id}: finding");
        let category = match (answer.min, answer.max) {
            (Some(min), Some(max)) if min == max => min.id().to_owned(),
            (Some(min), Some(max)) => format!("{}..{}", min.id(), max.id()),
            _ => String::new(),
        };
        assert_eq!(category, row.get("category"), "{id}: category");
        let caveats: Vec<&str> = answer.caveats.iter().map(|caveat| caveat.id()).collect();
        let expected: Vec<&str> = row.get("caveat").split_whitespace().collect();
        assert_eq!(caveats, expected, "{id}: caveats");
    }
}
