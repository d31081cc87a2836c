//! From the article in the verdict to the gravity of the case (the A-rules; articles.md).
//!
//! Citizens know what their verdict says, "part 3 of Article 366 of the Criminal Code", not the
//! category of gravity that the tiers (R4) are paid by. This module says whether that article,
//! part and point is a corruption offense (A1), its likely category from its maximum term (A2,
//! A3: Criminal Code No. 226-V, Art. 11; the table as of 16 Sep 2025), and, where the category
//! changed, which applies to an offense committed on a given day (A4: Criminal Code Art. 5, the
//! law in force when the offense was committed). It is help, not law: the page says "likely;
//! check your verdict", and the person can always choose the category themselves.

use crate::answers::RawAnswer;
use crate::choice::choices;
use crate::date::Date;
use crate::error::{Error, Field};
use crate::offense::Offense;

choices! {
    /// The code the verdict's article is from.
    pub enum Code {
        /// Criminal Code No. 226-V of 3 July 2014.
        Criminal = "criminal",
        /// Code of Administrative Offenses No. 235-V of 5 July 2014.
        Administrative = "administrative",
    }
}

choices! {
    /// What the table says of an article, part and point.
    pub enum Finding {
        /// A corruption offense: the answer has its likely category.
        Corruption = "corruption",
        /// A corruption crime only under one point of this part: ask for the point (A1).
        DependsOnPoint = "depends_on_point",
        /// Not a corruption offense (A1, E2): the Rules give no reward for it.
        NotCorruption = "not_corruption",
        /// A corruption article, but the table has no such part (A3).
        PartNotFound = "part_not_found",
    }
}

choices! {
    /// What the person must read with the category.
    pub enum ArticleCaveat {
        /// A4: the offense was committed within [`CHANGE_UNCERTAINTY_DAYS`] after the law that
        /// changed the category; the day it took effect is not known, so either may apply.
        NearChange = "A4",
        /// A1: part 4 of Arts 189 and 190 is a corruption crime only when it has the features
        /// of part 3 point 2 (by a person using their official position).
        OnlyWithFeatures = "A1",
    }
}

/// A4: how many days after a changing law's date an offense gets the caveat [`ArticleCaveat::NearChange`].
pub const CHANGE_UNCERTAINTY_DAYS: i64 = 60;

/// A4 [C]: Law No. 384-VI of 19 December 2020 (Arts 367 part 2, 368 part 1).
const LAW_384_VI: Date = Date::known(2020, 12, 19);
/// A4 [C]: Law No. 62-VII of 2 July 2021 (Art. 365 parts 1 and 2).
const LAW_62_VII: Date = Date::known(2021, 7, 2);

/// One part of an article in the table.
struct Part {
    part: &'static str,
    /// The point that makes the part a corruption crime (A1); `None`: the whole part.
    point: Option<&'static str>,
    /// A1: a corruption crime only with the features of part 3 point 2 (Arts 189, 190 part 4).
    only_with_features: bool,
    /// A3: the category by the maximum term, under the law since the last change.
    category: Offense,
    /// A4: the category before a law changed it, and that law's date.
    before: Option<(Offense, Date)>,
}

/// A whole part, of one category since 2014.
const fn part(part: &'static str, category: Offense) -> Part {
    Part { part, point: None, only_with_features: false, category, before: None }
}

/// A part that is a corruption crime under one point only.
const fn point(part: &'static str, point: &'static str, category: Offense) -> Part {
    Part { part, point: Some(point), only_with_features: false, category, before: None }
}

/// A part that is a corruption crime only with the features of part 3 point 2 (A1).
const fn with_features(part: &'static str, category: Offense) -> Part {
    Part { part, point: None, only_with_features: true, category, before: None }
}

/// A part whose category was `before` until the law of `changed`.
const fn changed(part: &'static str, before: Offense, changed: Date, category: Offense) -> Part {
    Part { part, point: None, only_with_features: false, category, before: Some((before, changed)) }
}

/// One article of the table: `every_part` when all its parts are corruption offenses (a part
/// not listed then does not exist), otherwise only the parts listed are.
struct Article {
    code: Code,
    number: &'static str,
    every_part: bool,
    parts: &'static [Part],
}

use Offense::{Administrative as Adm, EspeciallyGrave as Especially, Grave, Medium, Minor};

/// A1 and A3 [C]: Criminal Code Art. 3 point 29 (version of 16 Sep 2025) and the maximum terms
/// of each part; A4's changes; Administrative Code chapter 34, Arts 676–681 (13 Mar 2025).
const TABLE: &[Article] = &[
    Article {
        code: Code::Criminal,
        number: "189",
        every_part: false,
        parts: &[point("3", "2", Grave), with_features("4", Grave)],
    },
    Article {
        code: Code::Criminal,
        number: "190",
        every_part: false,
        parts: &[point("3", "2", Grave), with_features("4", Grave)],
    },
    Article { code: Code::Criminal, number: "218", every_part: false, parts: &[point("3", "1", Grave)] },
    Article { code: Code::Criminal, number: "218-1", every_part: false, parts: &[point("4", "1", Grave)] },
    Article { code: Code::Criminal, number: "234", every_part: false, parts: &[point("3", "1", Grave)] },
    Article { code: Code::Criminal, number: "249", every_part: false, parts: &[point("3", "2", Grave)] },
    Article {
        code: Code::Criminal,
        number: "361",
        every_part: true,
        parts: &[part("1", Minor), part("2-1", Medium), part("3", Medium), part("4", Grave)],
    },
    Article { code: Code::Criminal, number: "362", every_part: false, parts: &[point("4", "3", Grave)] },
    Article {
        code: Code::Criminal,
        number: "364",
        every_part: true,
        parts: &[part("1", Minor), part("2-1", Minor), part("3", Medium), part("4", Medium)],
    },
    Article {
        code: Code::Criminal,
        number: "365",
        every_part: true,
        parts: &[
            changed("1", Minor, LAW_62_VII, Medium),
            changed("2", Medium, LAW_62_VII, Grave),
            part("3", Grave),
            part("4", Grave),
        ],
    },
    Article {
        code: Code::Criminal,
        number: "366",
        every_part: true,
        parts: &[
            part("1", Medium),
            part("1-1", Grave),
            part("2", Grave),
            part("3", Grave),
            part("4", Especially),
        ],
    },
    Article {
        code: Code::Criminal,
        number: "367",
        every_part: true,
        parts: &[
            part("1", Medium),
            changed("2", Medium, LAW_384_VI, Grave),
            part("3", Grave),
            part("4", Especially),
        ],
    },
    Article {
        code: Code::Criminal,
        number: "368",
        every_part: true,
        parts: &[changed("1", Minor, LAW_384_VI, Medium), part("2", Grave)],
    },
    Article {
        code: Code::Criminal,
        number: "369",
        every_part: true,
        parts: &[part("1", Minor), part("2-1", Medium), part("3", Medium), part("4", Grave)],
    },
    Article {
        code: Code::Criminal,
        number: "370",
        every_part: true,
        parts: &[part("1", Minor), part("2-1", Medium), part("3", Medium), part("4", Grave)],
    },
    Article {
        code: Code::Criminal,
        number: "450",
        every_part: true,
        parts: &[part("1", Medium), part("2", Grave), part("3", Especially), part("4", Especially)],
    },
    Article { code: Code::Criminal, number: "451", every_part: false, parts: &[point("2", "2", Grave)] },
    Article {
        code: Code::Criminal,
        number: "452",
        every_part: true,
        parts: &[part("1", Medium), part("2", Grave), part("3", Grave), part("4", Especially)],
    },
    Article { code: Code::Administrative, number: "676", every_part: true, parts: &[] },
    Article { code: Code::Administrative, number: "677", every_part: true, parts: &[] },
    Article {
        code: Code::Administrative,
        number: "678",
        every_part: true,
        parts: &[part("1", Adm), part("2", Adm)],
    },
    Article { code: Code::Administrative, number: "679", every_part: true, parts: &[] },
    Article { code: Code::Administrative, number: "680", every_part: true, parts: &[] },
    Article { code: Code::Administrative, number: "681", every_part: true, parts: &[] },
];

/// What the person typed, as read from the page or any caller.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawArticle {
    /// `criminal` or `administrative`.
    pub code: RawAnswer,
    /// The article's number as the verdict writes it: `366`, `218-1`.
    pub article: RawAnswer,
    /// The part: `3`, `1-1`; optional.
    pub part: RawAnswer,
    /// The point: `2`; optional, asked when it decides.
    pub point: RawAnswer,
    /// `YYYY-MM-DD`, the day the offense was committed; optional.
    pub committed: RawAnswer,
}

/// The answer for an article, part and point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleAnswer {
    /// Whether it is a corruption offense, or what is missing to tell.
    pub finding: Finding,
    /// The likely category, lowest and highest: the same unless the offense date decides
    /// between two and is not known (A4). `None` unless the finding is `corruption`.
    pub min: Option<Offense>,
    /// The highest likely category.
    pub max: Option<Offense>,
    /// What to read with it.
    pub caveats: Vec<ArticleCaveat>,
}

impl ArticleAnswer {
    const fn without_category(finding: Finding) -> ArticleAnswer {
        ArticleAnswer { finding, min: None, max: None, caveats: Vec::new() }
    }
}

/// The finding for an article as typed. Errors: the article missing (`empty`), an unknown code
/// (`invalid_choice`), a number not written as verdicts write them (`invalid_number`: `366`,
/// `218-1`, `1-1`), a date that is not one (`invalid_date`).
pub fn classify(raw: &RawArticle) -> Result<ArticleAnswer, Error> {
    let code = Code::from_id(raw.code.text(Field::Code)?).ok_or(Error::InvalidChoice(Field::Code))?;
    let number = reference(&raw.article, Field::Article)?.ok_or(Error::Empty(Field::Article))?;
    let part_number = reference(&raw.part, Field::Part)?;
    let point_number = reference(&raw.point, Field::Point)?;
    let committed = raw.committed.optional_date(Field::Committed)?;

    let Some(article) = TABLE.iter().find(|article| article.code == code && article.number == number) else {
        return Ok(ArticleAnswer::without_category(Finding::NotCorruption));
    };
    if article.parts.is_empty() {
        return Ok(category_of(&part("", Adm), committed));
    }
    let Some(part_number) = part_number else {
        // Which part decides the category: ask for it, as for an unknown part.
        return Ok(ArticleAnswer::without_category(Finding::PartNotFound));
    };
    let Some(row) = article.parts.iter().find(|row| row.part == part_number) else {
        let finding = if article.every_part { Finding::PartNotFound } else { Finding::NotCorruption };
        return Ok(ArticleAnswer::without_category(finding));
    };
    match (row.point, point_number) {
        (Some(_), None) => Ok(ArticleAnswer::without_category(Finding::DependsOnPoint)),
        (Some(required), Some(given)) if required != given => {
            Ok(ArticleAnswer::without_category(Finding::NotCorruption))
        }
        _ => Ok(category_of(row, committed)),
    }
}

/// A corruption part's category on the day the offense was committed (A4), or the span of its
/// two categories when that day is not known.
fn category_of(row: &Part, committed: Option<Date>) -> ArticleAnswer {
    let mut caveats = Vec::new();
    if row.only_with_features {
        caveats.push(ArticleCaveat::OnlyWithFeatures);
    }
    let (min, max) = match (row.before, committed) {
        (None, _) => (row.category, row.category),
        (Some((before, _)), None) => (before, row.category),
        (Some((before, law)), Some(day)) => {
            if (0..=CHANGE_UNCERTAINTY_DAYS).contains(&day.days_since(law)) {
                caveats.push(ArticleCaveat::NearChange);
            }
            let category = if day < law { before } else { row.category };
            (category, category)
        }
    };
    ArticleAnswer { finding: Finding::Corruption, min: Some(min), max: Some(max), caveats }
}

/// An article, part or point number as the verdict writes it (`366`, `218-1`, `1-1`, `2`);
/// `None` when not given.
fn reference(answer: &RawAnswer, field: Field) -> Result<Option<&str>, Error> {
    let Some(text) = answer.optional_text(field)? else {
        return Ok(None);
    };
    // One or two numbers joined by a dash, each of 1 to 4 digits, none starting with 0. Bytes,
    // not `split`: that brought 0.7 KB of string searching into the wasm (measured).
    // `get`, not indexing: indexing's panic path would bring string formatting along.
    let numbers = match text.bytes().position(|byte| byte == b'-') {
        Some(dash) => [text.get(..dash).unwrap_or_default(), text.get(dash + 1..).unwrap_or_default()],
        None => [text, "1"],
    };
    if numbers.iter().all(|number| is_number(number)) {
        Ok(Some(text))
    } else {
        Err(Error::InvalidNumber(field))
    }
}

fn is_number(text: &str) -> bool {
    (1..=4).contains(&text.len()) && text.bytes().all(|byte| byte.is_ascii_digit()) && !text.starts_with('0')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criminal(article: &str, part: &str, point: &str, committed: &str) -> Result<ArticleAnswer, Error> {
        classify(&RawArticle {
            code: "criminal".into(),
            article: article.into(),
            part: part.into(),
            point: point.into(),
            committed: committed.into(),
        })
    }

    #[test]
    fn every_change_changes_the_category_by_one_of_the_two_laws() {
        for row in TABLE.iter().flat_map(|article| article.parts) {
            if let Some((before, law)) = row.before {
                assert_ne!(before, row.category, "part {}: a change that changes nothing", row.part);
                assert!(law == LAW_384_VI || law == LAW_62_VII);
            }
        }
    }

    #[test]
    fn numbers_are_read_as_verdicts_write_them() {
        assert_eq!(criminal("366", "1-1", "", "").unwrap().min, Some(Grave));
        for bad in ["ст. 366", "366-", "-366", "36a", "0366", "366-1-1", "99999"] {
            assert_eq!(criminal(bad, "1", "", ""), Err(Error::InvalidNumber(Field::Article)), "{bad}");
        }
        assert_eq!(criminal("366", "1", "x", ""), Err(Error::InvalidNumber(Field::Point)));
        assert_eq!(criminal("366", "3", "", "2024-02-30"), Err(Error::InvalidDate(Field::Committed)));
        assert_eq!(criminal("", "3", "", ""), Err(Error::Empty(Field::Article)));
    }

    #[test]
    fn near_a_change_the_caveat_says_either_may_apply() {
        let on_the_day = criminal("367", "2", "", "2020-12-19").unwrap();
        assert_eq!(
            (on_the_day.min, on_the_day.caveats.as_slice()),
            (Some(Grave), [ArticleCaveat::NearChange].as_slice())
        );
        let after = criminal("367", "2", "", "2021-02-18").unwrap();
        assert!(after.caveats.is_empty());
        assert_eq!(criminal("367", "2", "", "2020-12-18").unwrap().min, Some(Medium));
    }
}
