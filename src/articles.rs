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
    /// What the table says of an article, part and point. In the order a verdict's finding
    /// prefers them when it names several articles (A5, A8): any corruption offense first, then
    /// what most needs asking; "not corruption" only when nothing else is left to ask.
    pub enum Finding {
        /// A corruption offense: the answer has its likely category.
        Corruption = "corruption",
        /// A corruption crime only under one point of this part: ask for the point (A1).
        DependsOnPoint = "depends_on_point",
        /// A corruption article, but the table has no such part (A3).
        PartNotFound = "part_not_found",
        /// No such article in the Criminal Code, but the Administrative Code's article of that
        /// number ([`ADMINISTRATIVE_CORRUPTION`]) is an administrative corruption offense: offer
        /// that reading (A8).
        AdministrativeCodeArticle = "administrative_code_article",
        /// No Special Part article of that number in the chosen code (A8): check the number.
        NoSuchArticle = "no_such_article",
        /// Not a corruption offense (A1, E2): the Rules give no reward for it.
        NotCorruption = "not_corruption",
        /// A General Part article of the Criminal Code ([`GENERAL_PART`]): it says how the offense
        /// was committed, not what it was; ask for the Special Part article named with it (A7).
        GeneralPart = "general_part",
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
        /// A5: the verdict names several articles; the finding is the most serious among them.
        SeveralArticles = "A5",
        /// A10: committed before [`CODES_IN_FORCE`], under the codes of 1997 and 2001, whose
        /// articles are numbered otherwise; the table is of the 2014 codes.
        BeforeTheCodes = "A10",
    }
}

/// A10 \[P\]: Criminal Code No. 226-V of 3 July 2014 and Administrative Code No. 235-V of 5 July
/// 2014 are in force from this day (the Administrative Code: the footnote of its text on
/// adilet.zan.kz; the Criminal Code: its Art. 467, not seen). The table is of these codes.
pub const CODES_IN_FORCE: Date = Date::known(2015, 1, 1);

/// A7 \[C\]: the Criminal Code's General Part, Arts 1–98; the Special Part is
/// [`SPECIAL_PART`].
pub const GENERAL_PART: core::ops::RangeInclusive<u16> = 1..=98;

/// A7, A8 \[C\]: the Criminal Code's Special Part, the articles that define offenses (Art. 467
/// only brings the Code into force).
pub const SPECIAL_PART: core::ops::RangeInclusive<u16> = 99..=466;

/// A1, A8 \[C\]: Administrative Code chapter 34, the administrative corruption offenses.
pub const ADMINISTRATIVE_CORRUPTION: core::ops::RangeInclusive<u16> = 676..=681;

/// A7 \[C\]: Criminal Code Art. 24 (preparation, part 1; attempt, part 3).
pub const UNFINISHED_CRIME: &str = "24";

/// A7 \[C\]: Criminal Code Art. 28 (organizer, instigator, accomplice).
pub const COMPLICITY: &str = "28";

/// A4: how many days after a changing law's date an offense gets the caveat [`ArticleCaveat::NearChange`].
pub const CHANGE_UNCERTAINTY_DAYS: i64 = 60;

/// A4 \[C]: Law No. 384-VI of 19 December 2020 (Arts 367 part 2, 368 part 1).
const LAW_384_VI: Date = Date::known(2020, 12, 19);
/// A4 \[C]: Law No. 62-VII of 2 July 2021 (Art. 365 parts 1 and 2).
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

/// A1 and A3 \[C]: Criminal Code Art. 3 point 29 (version of 16 Sep 2025) and the maximum terms
/// of each part; A4's changes; Administrative Code chapter 34, Arts 676–681 (13 Mar 2025).
/// Of chapter 34, only Art. 678's parts (1 and 2) are sourced; the others are listed without
/// parts, so any part of them is taken \[U\] (rules.md, A1).
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
/// `218-1`, `1-1`), a date that is not one (`invalid_date`) or is after `today`
/// (`future_date`; not checked when `today` is `None`, a clock that gives no day).
pub fn classify(raw: &RawArticle, today: Option<Date>) -> Result<ArticleAnswer, Error> {
    let code = Code::from_id(raw.code.text(Field::Code)?).ok_or(Error::InvalidChoice(Field::Code))?;
    let number = reference(&raw.article, Field::Article)?.ok_or(Error::Empty(Field::Article))?;
    let part_number = reference(&raw.part, Field::Part)?;
    let point_number = reference(&raw.point, Field::Point)?;
    let committed = committed_day(&raw.committed, today)?;
    Ok(classify_reference(code, number, part_number, point_number, committed))
}

/// The day the offense was committed, if given: a real day, not after `today`.
pub(crate) fn committed_day(answer: &RawAnswer, today: Option<Date>) -> Result<Option<Date>, Error> {
    let committed = answer.optional_date(Field::Committed)?;
    match (committed, today) {
        (Some(day), Some(today)) if day > today => Err(Error::FutureDate(Field::Committed)),
        _ => Ok(committed),
    }
}

/// The number of the article before any dash: 218 for `218-1`; for a number as
/// [`is_reference`] accepts it (four digits at most, so no overflow).
pub(crate) fn article_base(number: &str) -> u16 {
    // A fold, not `str::parse`: its error path cost 0.2 KB of wasm for numbers already checked.
    number
        .bytes()
        .take_while(u8::is_ascii_digit)
        .fold(0, |base, digit| base.wrapping_mul(10).wrapping_add(u16::from(digit - b'0')))
}

/// The finding for a checked article, part and point (numbers as [`classify`] accepts them),
/// with the caveat of A10 for an offense committed before [`CODES_IN_FORCE`].
pub(crate) fn classify_reference(
    code: Code,
    number: &str,
    part_number: Option<&str>,
    point_number: Option<&str>,
    committed: Option<Date>,
) -> ArticleAnswer {
    let mut answer = finding_of(code, number, part_number, point_number, committed);
    if committed.is_some_and(|day| day < CODES_IN_FORCE) {
        answer.caveats.push(ArticleCaveat::BeforeTheCodes);
    }
    answer
}

fn finding_of(
    code: Code,
    number: &str,
    part_number: Option<&str>,
    point_number: Option<&str>,
    committed: Option<Date>,
) -> ArticleAnswer {
    // A lookup miss is never by itself "not corruption" (A8): only a real Special Part article
    // that A1 does not list is.
    if code == Code::Criminal {
        let base = article_base(number);
        let finding = if GENERAL_PART.contains(&base) {
            Some(Finding::GeneralPart)
        } else if SPECIAL_PART.contains(&base) {
            None
        } else if ADMINISTRATIVE_CORRUPTION.contains(&base) {
            Some(Finding::AdministrativeCodeArticle)
        } else {
            Some(Finding::NoSuchArticle)
        };
        if let Some(finding) = finding {
            return ArticleAnswer::without_category(finding);
        }
    }
    let Some(article) = TABLE.iter().find(|article| article.code == code && article.number == number) else {
        return ArticleAnswer::without_category(Finding::NotCorruption);
    };
    if article.parts.is_empty() {
        return category_of(&part("", Adm), committed);
    }
    let Some(part_number) = part_number else {
        // Which part decides the category: ask for it, as for an unknown part.
        return ArticleAnswer::without_category(Finding::PartNotFound);
    };
    let Some(row) = article.parts.iter().find(|row| row.part == part_number) else {
        let finding = if article.every_part { Finding::PartNotFound } else { Finding::NotCorruption };
        return ArticleAnswer::without_category(finding);
    };
    match (row.point, point_number) {
        (Some(_), None) => ArticleAnswer::without_category(Finding::DependsOnPoint),
        (Some(required), Some(given)) if required != given => {
            ArticleAnswer::without_category(Finding::NotCorruption)
        }
        _ => category_of(row, committed),
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
    if is_reference(text) {
        Ok(Some(text))
    } else {
        Err(Error::InvalidNumber(field))
    }
}

/// Whether `text` is a number as verdicts write them: one or two numbers of 1 to 4 digits, none
/// starting with 0, joined by a dash (`366`, `218-1`).
pub(crate) fn is_reference(text: &str) -> bool {
    // Bytes, not `split`: that brought 0.7 KB of string searching into the wasm (measured).
    // `get`, not indexing: indexing's panic path would bring string formatting along.
    let numbers = match text.bytes().position(|byte| byte == b'-') {
        Some(dash) => [text.get(..dash).unwrap_or_default(), text.get(dash + 1..).unwrap_or_default()],
        None => [text, "1"],
    };
    numbers.iter().all(|number| is_number(number))
}

fn is_number(text: &str) -> bool {
    (1..=4).contains(&text.len()) && text.bytes().all(|byte| byte.is_ascii_digit()) && !text.starts_with('0')
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Option<Date> = Some(Date::known(2026, 12, 3));

    fn in_code(
        code: &str,
        article: &str,
        part: &str,
        point: &str,
        committed: &str,
    ) -> Result<ArticleAnswer, Error> {
        let raw = RawArticle {
            code: code.into(),
            article: article.into(),
            part: part.into(),
            point: point.into(),
            committed: committed.into(),
        };
        classify(&raw, TODAY)
    }

    fn criminal(article: &str, part: &str, point: &str, committed: &str) -> Result<ArticleAnswer, Error> {
        in_code("criminal", article, part, point, committed)
    }

    fn finding(answer: Result<ArticleAnswer, Error>) -> Finding {
        answer.unwrap().finding
    }

    #[test]
    fn a_general_part_article_asks_for_the_special_one_and_is_never_not_corruption() {
        for article in ["1", "24", "28", "24-1", "98"] {
            assert_eq!(finding(criminal(article, "3", "", "")), Finding::GeneralPart, "{article}");
        }
        assert_eq!(finding(criminal("99", "1", "", "")), Finding::NotCorruption);
        assert_eq!(finding(criminal("466", "1", "", "")), Finding::NotCorruption);
    }

    #[test]
    fn a_number_that_is_no_special_part_article_is_said_so_and_676_is_offered_as_administrative() {
        for article in ["467", "500", "9999", "682", "675"] {
            assert_eq!(finding(criminal(article, "", "", "")), Finding::NoSuchArticle, "{article}");
        }
        for article in ["676", "677", "678", "681"] {
            assert_eq!(
                finding(criminal(article, "1", "", "")),
                Finding::AdministrativeCodeArticle,
                "{article}"
            );
            let administrative = in_code("administrative", article, "1", "", "").unwrap();
            assert_eq!(
                (administrative.finding, administrative.min),
                (Finding::Corruption, Some(Adm)),
                "{article}"
            );
        }
    }

    #[test]
    fn only_the_sourced_parts_of_678_count_and_the_others_of_chapter_34_are_unchecked() {
        assert_eq!(finding(in_code("administrative", "678", "2", "", "")), Finding::Corruption);
        assert_eq!(finding(in_code("administrative", "678", "3", "", "")), Finding::PartNotFound);
        // Not sourced [U]: taken as typed rather than refused on an invented count of parts.
        assert_eq!(finding(in_code("administrative", "676", "99", "", "")), Finding::Corruption);
    }

    #[test]
    fn an_offense_before_the_2014_codes_has_a_caveat_and_one_after_today_is_an_error() {
        let before = criminal("366", "3", "", "2014-12-31").unwrap();
        assert_eq!(before.caveats, [ArticleCaveat::BeforeTheCodes]);
        assert_eq!(criminal("366", "3", "", "0001-01-01").unwrap().caveats, [ArticleCaveat::BeforeTheCodes]);
        assert_eq!(criminal("188", "1", "", "2010-05-05").unwrap().caveats, [ArticleCaveat::BeforeTheCodes]);
        assert!(criminal("366", "3", "", "2015-01-01").unwrap().caveats.is_empty());
        assert_eq!(criminal("366", "3", "", "2026-12-03").unwrap().min, Some(Grave), "today itself");
        for later in ["2026-12-04", "9999-12-31"] {
            assert_eq!(criminal("366", "3", "", later), Err(Error::FutureDate(Field::Committed)), "{later}");
        }
        let raw = RawArticle {
            code: "criminal".into(),
            article: "366".into(),
            part: "3".into(),
            committed: "9999-12-31".into(),
            ..RawArticle::default()
        };
        assert_eq!(classify(&raw, None).unwrap().min, Some(Grave), "no clock, no check");
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
