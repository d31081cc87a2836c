//! The article helper's vectors (src/rules.md, A1–A10), run through the native engine. The rows live
//! in `tests/articles.md`, shared with the JavaScript contract test: the articles as fields, then
//! the lines of a verdict (A9).
#![cfg(not(target_arch = "wasm32"))]

use syiaqy::articles::{classify, ArticleAnswer, RawArticle};
use syiaqy::verdict_line::{read, RawLine};
use syiaqy::Date;

mod common;

use common::{rows, table_rows};

/// The day the vectors take as today: A-V31's date is after it.
const TODAY: Option<Date> = Date::new(2026, 12, 3);

/// `grave`, `medium..grave`, or nothing, as the tables write a category.
fn category(answer: &ArticleAnswer) -> String {
    match (answer.min, answer.max) {
        (Some(min), Some(max)) if min == max => min.id().to_owned(),
        (Some(min), Some(max)) => format!("{}..{}", min.id(), max.id()),
        _ => String::new(),
    }
}

fn caveats(answer: &ArticleAnswer) -> String {
    answer.caveats.iter().map(|caveat| caveat.id()).collect::<Vec<_>>().join(" ")
}

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
        let answer = classify(&raw, TODAY).unwrap_or_else(|error| panic!("{id}: {error}"));
        assert_eq!(answer.finding.id(), row.get("finding"), "{id}: finding");
        assert_eq!(category(&answer), row.get("category"), "{id}: category");
        assert_eq!(caveats(&answer), row.get("caveat"), "{id}: caveats");
    }
}

#[test]
fn every_line_vector() {
    let table = table_rows(TABLE, 1);
    assert!(table.len() >= 8);
    for row in &table {
        let id = row.get("id");
        let raw = RawLine { line: row.get("line").into(), committed: row.get("committed").into() };
        let reading = read(&raw, TODAY);
        if let Some(expected) = row.get("finding").strip_prefix("error: ") {
            let error = reading.expect_err(id);
            assert_eq!(format!("{} {}", error.code(), error.field().id()), expected, "{id}");
            continue;
        }
        let reading = reading.unwrap_or_else(|error| panic!("{id}: {error}"));
        assert_eq!(reading.finding.finding.id(), row.get("finding"), "{id}: finding");
        assert_eq!(category(&reading.finding), row.get("category"), "{id}: category");
        assert_eq!(caveats(&reading.finding), row.get("caveat"), "{id}: caveats");
        let read_as: Vec<String> = reading
            .articles
            .iter()
            .map(|article| {
                let number: Vec<&str> =
                    [Some(article.article), article.part, article.point].into_iter().flatten().collect();
                format!(
                    "{} {} {} {}",
                    article.code.id(),
                    number.join("/"),
                    article.kind.id(),
                    article.answer.finding.id()
                )
            })
            .collect();
        assert_eq!(read_as.join("; "), row.get("read"), "{id}: read");
    }
}
