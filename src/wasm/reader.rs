//! The reader's exports: a verdict's line of articles (`readVerdictLine`) and one article
//! (`classifyArticle`), each classified (src/rules.md A1–A10). A module of its own, loaded by
//! the page only when the person uses the line's field.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use super::{answer, call, to_js, to_js_error, today};
use crate::articles::{self, ArticleAnswer, ArticleCaveat, Code, Finding, RawArticle};
use crate::verdict_line::{self, ArticleKind, RawLine};
use crate::{Field, Offense};

/// `classifyArticle({ code, article, part, point, committed })`: whether the article of a
/// verdict is a corruption offense, and its likely category (the article helper).
#[wasm_bindgen(js_name = classifyArticle)]
pub fn classify_article(query: JsValue) -> Result<JsValue, JsValue> {
    call(|| {
        let raw = RawArticle {
            code: answer(&query, Field::Code),
            article: answer(&query, Field::Article),
            part: answer(&query, Field::Part),
            point: answer(&query, Field::Point),
            committed: answer(&query, Field::Committed),
        };
        let found = articles::classify(&raw, today()).map_err(to_js_error)?;
        to_js(&Classified::from(&found))
    })
}

/// `readVerdictLine({ line, committed })`: the articles a pasted line of a verdict names, each
/// classified as by `classifyArticle`, and the finding for the whole verdict (A9).
#[wasm_bindgen(js_name = readVerdictLine)]
pub fn read_verdict_line(query: JsValue) -> Result<JsValue, JsValue> {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Article<'a> {
        code: Code,
        article: &'a str,
        part: Option<&'a str>,
        point: Option<&'a str>,
        kind: ArticleKind,
        #[serde(flatten)]
        answer: Classified,
        stands_with: Option<usize>,
    }
    #[derive(Serialize)]
    struct Reading<'a> {
        articles: Vec<Article<'a>>,
        #[serde(flatten)]
        finding: Classified,
    }
    call(|| {
        let raw = RawLine { line: answer(&query, Field::Line), committed: answer(&query, Field::Committed) };
        let reading = verdict_line::read(&raw, today()).map_err(to_js_error)?;
        let articles = reading
            .articles
            .iter()
            .map(|article| Article {
                code: article.code,
                article: article.article,
                part: article.part,
                point: article.point,
                kind: article.kind,
                answer: Classified::from(&article.answer),
                stands_with: article.stands_with,
            })
            .collect();
        to_js(&Reading { articles, finding: Classified::from(&reading.finding) })
    })
}

/// `classifyArticle`'s answer: `min` and `max` are `null` unless the finding is corruption.
#[derive(Serialize)]
struct Classified {
    finding: Finding,
    min: Option<Offense>,
    max: Option<Offense>,
    caveats: Vec<ArticleCaveat>,
}

impl From<&ArticleAnswer> for Classified {
    fn from(found: &ArticleAnswer) -> Classified {
        Classified { finding: found.finding, min: found.min, max: found.max, caveats: found.caveats.clone() }
    }
}
