//! Reading the line of a verdict (A9): "ч.3 ст.24, п.2 ч.3 ст.190 УК РК", "ҚР ҚК-нің 366-бабы
//! 4-бөлігі", "Article 367(2) of the Criminal Code". People paste that line rather than split it
//! into fields; the reader finds each article with its part and point, says what it is (a
//! Special Part article; a General Part one and what it means, A7; no article of that code, A8),
//! classifies it as [`classify`](crate::articles::classify) does, and gives the finding for the
//! whole verdict: the most serious corruption category among the articles (A5).
//!
//! Written by hand, without a regular expression library: the wasm must stay small, and the
//! line's grammar is small: marker words before numbers (Russian, English: "ч. 3 ст. 366",
//! "part 3 of Article 366"), marker words after them (Kazakh: "366-бабының 3-бөлігі"; English:
//! "Art. 366 part 3"), parts and points in brackets (English: "Article 190(3)(2)"), and the
//! name of the code anywhere. Only identifiers and numbers come out: the page words them.

use crate::amount::lower_case;
use crate::answers::RawAnswer;
use crate::articles::{
    article_base, classify_reference, committed_day, is_reference, ArticleAnswer, ArticleCaveat, Code,
    Finding, ADMINISTRATIVE_CORRUPTION, COMPLICITY, GENERAL_PART, UNFINISHED_CRIME,
};
use crate::choice::choices;
use crate::date::Date;
use crate::error::{Error, Field};
use crate::offense::Offense;

choices! {
    /// What an article named in the line is (A7, A8).
    pub enum ArticleKind {
        /// An article that defines an offense: the Criminal Code's Special Part, or any article
        /// of the Administrative Code.
        SpecialPart = "special_part",
        /// Criminal Code Art. 24 part 1: preparation of the crime of the article it stands with.
        Preparation = "preparation",
        /// Criminal Code Art. 24 part 3: attempt at the crime of the article it stands with.
        Attempt = "attempt",
        /// Criminal Code Art. 28: organizer, instigator or accomplice of that crime.
        Complicity = "complicity",
        /// Another article of the Criminal Code's General Part: how, not what.
        GeneralPart = "general_part",
        /// No article of that code defines an offense under this number (A8).
        NotInCode = "not_in_code",
    }
}

/// What the person pasted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawLine {
    /// The line of the verdict, as written.
    pub line: RawAnswer,
    /// `YYYY-MM-DD`, the day the offense was committed; optional.
    pub committed: RawAnswer,
}

/// One article the line names, with its part and point when given, as written in the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadArticle<'a> {
    /// The code, as named in the line or, when none is, as A9 infers it.
    pub code: Code,
    /// The article's number as written: `190`, `218-1`.
    pub article: &'a str,
    /// The part: `3`, `1-1`.
    pub part: Option<&'a str>,
    /// The point.
    pub point: Option<&'a str>,
    /// What the article is.
    pub kind: ArticleKind,
    /// Its finding, category and caveats, as [`classify`](crate::articles::classify) gives them.
    pub answer: ArticleAnswer,
    /// For a General Part article, the index (in [`LineReading::articles`]) of the article of
    /// the offense it stands with: the next one in the line, else the one before (A7).
    pub stands_with: Option<usize>,
}

/// What the line says, article by article and as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineReading<'a> {
    /// Every article read, in the order of the line.
    pub articles: Vec<ReadArticle<'a>>,
    /// The finding for the verdict: `corruption` when any article is a corruption offense,
    /// otherwise what is missing to tell; `not_corruption` only when every article that names an
    /// offense is a real one off the list (A8); `general_part` when only such articles are named.
    /// Its `caveats` add `A5` when the verdict names several offenses.
    pub finding: ArticleAnswer,
}

/// Reads the line of a verdict. Errors: the line missing (`empty`), too long (`too_long`, over
/// [`MAX_LINE_LENGTH`](crate::answers::MAX_LINE_LENGTH)), naming no article the reader knows
/// (`no_article_found`); the date as [`classify`](crate::articles::classify) checks it.
pub fn read(raw: &RawLine, today: Option<Date>) -> Result<LineReading<'_>, Error> {
    let line = raw.line.text(Field::Line)?;
    let committed = committed_day(&raw.committed, today)?;
    let tokens = tokens(line);
    let (found, codes) = references(&tokens);
    if found.is_empty() {
        return Err(Error::NoArticleFound);
    }
    // A9: no code named, criminal, unless every number is one of the Administrative Code's
    // corruption offenses.
    let unnamed =
        if found.iter().all(|found| ADMINISTRATIVE_CORRUPTION.contains(&article_base(found.article))) {
            Code::Administrative
        } else {
            Code::Criminal
        };
    // Loops rather than iterator chains: each chain was one more copy of `fold` (0.4–0.9 KB).
    let mut articles = Vec::new();
    for found in &found {
        let code = nearest_code(&codes, found.position).unwrap_or(unnamed);
        articles.push(ReadArticle {
            code,
            article: found.article,
            part: found.part,
            point: found.point,
            kind: kind_of(code, found.article, found.part),
            answer: classify_reference(code, found.article, found.part, found.point, committed),
            stands_with: None,
        });
    }
    // A7: a General Part article stands with the offense's article: the next, else the last before.
    let is_offense = |article: &ReadArticle| article.answer.finding != Finding::GeneralPart;
    for index in 0..articles.len() {
        if !is_offense(&articles[index]) {
            let after = articles.iter().skip(index).position(is_offense).map(|offset| index + offset);
            articles[index].stands_with = after.or_else(|| articles.iter().take(index).rposition(is_offense));
        }
    }
    let offenses = articles.iter().filter(|article| is_offense(article)).count();
    let mut finding =
        overall(articles.iter().filter(|article| is_offense(article)).map(|article| &article.answer));
    if offenses > 1 {
        finding.caveats.push(ArticleCaveat::SeveralArticles);
    }
    if committed.is_some_and(|day| day < crate::articles::CODES_IN_FORCE)
        && !finding.caveats.contains(&ArticleCaveat::BeforeTheCodes)
    {
        finding.caveats.push(ArticleCaveat::BeforeTheCodes);
    }
    Ok(LineReading { articles, finding })
}

/// A7: what a Criminal Code General Part article means; A8: a number that is no article of it.
fn kind_of(code: Code, article: &str, part: Option<&str>) -> ArticleKind {
    if code == Code::Administrative {
        return ArticleKind::SpecialPart;
    }
    let base = article_base(article);
    if article == UNFINISHED_CRIME && part == Some("1") {
        ArticleKind::Preparation
    } else if article == UNFINISHED_CRIME && part == Some("3") {
        ArticleKind::Attempt
    } else if article == COMPLICITY {
        ArticleKind::Complicity
    } else if GENERAL_PART.contains(&base) {
        ArticleKind::GeneralPart
    } else if crate::articles::SPECIAL_PART.contains(&base) {
        ArticleKind::SpecialPart
    } else {
        ArticleKind::NotInCode
    }
}

/// The verdict's finding from those of its offenses: the most serious corruption category; if
/// none is corruption, what most needs asking (the order of [`Finding`]), so that an unknown
/// never reads as "no reward".
fn overall<'a>(answers: impl Iterator<Item = &'a ArticleAnswer>) -> ArticleAnswer {
    // Offense's variants run from the least serious category to the most (administrative to
    // especially grave): among corruption offenses, the highest max, then the highest min.
    let rank = |answer: &&ArticleAnswer| {
        let gravity = |offense: Option<Offense>| 7 - offense.map_or(0, |offense| offense as usize);
        (answer.finding as usize, gravity(answer.max), gravity(answer.min))
    };
    answers.min_by_key(rank).cloned().unwrap_or(ArticleAnswer {
        finding: Finding::GeneralPart,
        min: None,
        max: None,
        caveats: Vec::new(),
    })
}

/// The code named nearest to the article at `position`; at equal distance, the one after it
/// ("ст. 190 УК" names it after, "ҚК 366-бабы" before).
fn nearest_code(codes: &[(usize, Code)], position: usize) -> Option<Code> {
    codes.iter().min_by_key(|(at, _)| (at.abs_diff(position), *at < position)).map(|(_, code)| *code)
}

/// What a word of the line means to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    /// A marker of an article, part or point, and where its number stands.
    Marker(Slot, Order),
    /// The name, or part of the name, of a code.
    Code(Code),
    /// A word that joins the items of a list: "ч.ч. 1 и 2", "Articles 366 and 367".
    And,
    /// English "of": "part 3 of Article 366" names the part before its article.
    Of,
}

/// Which number a marker word introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Article,
    Part,
    Point,
}

/// Where a marker's number stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Order {
    /// Russian: the marker before its number, a part and point before their article
    /// ("п. 2 ч. 3 ст. 190").
    Russian,
    /// English: the marker before its number, a part after its article ("Art. 366 part 3"),
    /// unless "of Article" follows it.
    English,
    /// Kazakh: the marker after its number ("190-бабы 3-бөлігінің 2) тармағы").
    Kazakh,
}

use Order::{English, Kazakh, Russian};
use Slot::{Article, Part, Point};

/// The words the reader knows, in lower case, and whether any ending may follow (the case
/// endings of "статьи", "бабының"). One table rather than a `match` per kind: the comparisons
/// are then one loop, and the words data (smaller wasm, measured).
const WORDS: &[(&str, bool, Word)] = &[
    ("ст", false, Word::Marker(Article, Russian)),
    ("стст", false, Word::Marker(Article, Russian)),
    ("стат", true, Word::Marker(Article, Russian)),
    ("ч", false, Word::Marker(Part, Russian)),
    ("чч", false, Word::Marker(Part, Russian)),
    ("част", true, Word::Marker(Part, Russian)),
    ("п", false, Word::Marker(Point, Russian)),
    ("пп", false, Word::Marker(Point, Russian)),
    ("подп", true, Word::Marker(Point, Russian)),
    ("пункт", true, Word::Marker(Point, Russian)),
    ("article", true, Word::Marker(Article, English)),
    ("art", false, Word::Marker(Article, English)),
    ("arts", false, Word::Marker(Article, English)),
    ("part", false, Word::Marker(Part, English)),
    ("parts", false, Word::Marker(Part, English)),
    ("point", true, Word::Marker(Point, English)),
    ("paragraph", true, Word::Marker(Point, English)),
    ("subparagraph", true, Word::Marker(Point, English)),
    ("item", true, Word::Marker(Point, English)),
    ("clause", true, Word::Marker(Point, English)),
    ("бап", true, Word::Marker(Article, Kazakh)),
    ("баб", true, Word::Marker(Article, Kazakh)),
    ("бөлі", true, Word::Marker(Part, Kazakh)),
    ("тармақ", true, Word::Marker(Point, Kazakh)),
    ("тармағ", true, Word::Marker(Point, Kazakh)),
    ("ук", false, Word::Code(Code::Criminal)),
    ("уголовн", true, Word::Code(Code::Criminal)),
    ("қк", false, Word::Code(Code::Criminal)),
    ("қылмыстық", false, Word::Code(Code::Criminal)),
    ("criminal", false, Word::Code(Code::Criminal)),
    ("cc", false, Word::Code(Code::Criminal)),
    ("коап", false, Word::Code(Code::Administrative)),
    ("кркоап", false, Word::Code(Code::Administrative)),
    ("административн", true, Word::Code(Code::Administrative)),
    ("әқбтк", false, Word::Code(Code::Administrative)),
    ("әкімшілік", false, Word::Code(Code::Administrative)),
    ("administrative", false, Word::Code(Code::Administrative)),
    ("и", false, Word::And),
    ("или", false, Word::And),
    ("and", false, Word::And),
    ("or", false, Word::And),
    ("және", false, Word::And),
    ("немесе", false, Word::And),
    ("of", false, Word::Of),
];

/// What `word` means, compared in lower case.
fn meaning(word: &str) -> Option<Word> {
    WORDS.iter().find_map(|&(known, any_ending, meaning)| {
        let mut letters = word.chars().map(lower_case);
        let starts = known.chars().all(|letter| letters.next() == Some(letter));
        (starts && (any_ending || letters.next().is_none())).then_some(meaning)
    })
}

/// One piece of the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token<'a> {
    /// A number as verdicts write them (`366`, `218-1`).
    Number(&'a str),
    Word(Word),
    /// A word the reader does not know.
    Other,
    Open,
    Close,
    Dash,
    /// A comma or semicolon between items of a list.
    Comma,
}

fn is_letter(character: char) -> bool {
    character.is_ascii_alphabetic() || ('\u{0400}'..='\u{04FF}').contains(&character)
}

/// The line's tokens. Anything else (spaces, full stops, other scripts, digits that are no
/// number as verdicts write them) only separates them.
fn tokens(line: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut rest = line;
    while let Some(character) = rest.chars().next() {
        let length = if character.is_ascii_digit() {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            // `218-1`: a dash between digits joins them; before a letter ("366-бабы") it does not.
            let after = rest.get(digits..).unwrap_or_default();
            let second =
                match after.strip_prefix('-').map(|more| more.bytes().take_while(u8::is_ascii_digit).count())
                {
                    Some(count) if count > 0 => count + 1,
                    _ => 0,
                };
            let number = rest.get(..digits + second).unwrap_or_default();
            if is_reference(number) {
                tokens.push(Token::Number(number));
            }
            digits + second
        } else if is_letter(character) {
            let length: usize = rest.chars().take_while(|&next| is_letter(next)).map(char::len_utf8).sum();
            tokens.push(meaning(rest.get(..length).unwrap_or_default()).map_or(Token::Other, Token::Word));
            length
        } else {
            match character {
                '(' => tokens.push(Token::Open),
                ')' => tokens.push(Token::Close),
                '-' | '‐' | '–' => tokens.push(Token::Dash),
                ',' | ';' => tokens.push(Token::Comma),
                _ => {}
            }
            character.len_utf8()
        };
        rest = rest.get(length..).unwrap_or_default();
    }
    tokens
}

/// An article found in the line, before its code is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found<'a> {
    article: &'a str,
    part: Option<&'a str>,
    point: Option<&'a str>,
    /// Where in the line (the index of its token), to find the code named nearest to it.
    position: usize,
}

/// The Kazakh marker after the number at `index`, across a dash or a closing bracket
/// ("366-бабы", "2) тармағы"), and the index after it.
fn kazakh_marker(tokens: &[Token<'_>], index: usize) -> Option<(Slot, usize)> {
    let mut next = index + 1;
    while matches!(tokens.get(next), Some(Token::Dash | Token::Close)) {
        next += 1;
    }
    match tokens.get(next) {
        Some(Token::Word(Word::Marker(slot, Kazakh))) => Some((*slot, next + 1)),
        _ => None,
    }
}

/// `(3)` at `index`: the number in brackets, and the index after it.
fn in_brackets<'a>(tokens: &[Token<'a>], index: usize) -> Option<(&'a str, usize)> {
    match (tokens.get(index), tokens.get(index + 1), tokens.get(index + 2)) {
        (Some(Token::Open), Some(Token::Number(number)), Some(Token::Close)) => Some((number, index + 3)),
        _ => None,
    }
}

/// One number after a marker, with the part and point in brackets after it ("190(3)(2)").
type Listed<'a> = (&'a str, Option<&'a str>, Option<&'a str>);

/// The numbers after a marker word at `index` ("ч.ч. 1, 2", "Article 190(3)(2)"), and the index
/// after them. A number that a Kazakh marker follows is that marker's, not the list's.
fn numbers_after<'a>(tokens: &[Token<'a>], index: usize) -> (Vec<Listed<'a>>, usize) {
    let mut listed = Vec::new();
    let mut next = index;
    while let Some(&Token::Number(number)) = tokens.get(next) {
        if kazakh_marker(tokens, next).is_some() {
            break;
        }
        next += 1;
        let mut part = None;
        let mut point = None;
        if let Some((number, after)) = in_brackets(tokens, next) {
            part = Some(number);
            next = after;
            if let Some((number, after)) = in_brackets(tokens, next) {
                point = Some(number);
                next = after;
            }
        }
        listed.push((number, part, point));
        // "2)" in "п. 2) ч. 3": the bracket closes the point's number.
        while tokens.get(next) == Some(&Token::Close) {
            next += 1;
        }
        let joins = matches!(tokens.get(next), Some(Token::Comma | Token::Word(Word::And)));
        if joins && matches!(tokens.get(next + 1), Some(Token::Number(_))) {
            next += 1;
        } else {
            break;
        }
    }
    (listed, next)
}

/// Parts and points read before the article they belong to ("п. 2 ч. 3 ст. 190").
#[derive(Default)]
struct Pending<'a> {
    parts: Vec<&'a str>,
    points: Vec<&'a str>,
}

impl<'a> Pending<'a> {
    fn push(&mut self, slot: Slot, number: &'a str) {
        match slot {
            Part => self.parts.push(number),
            Point => self.points.push(number),
            Article => {}
        }
    }

    /// Gives the pending parts and points to the article just read: one article for each part
    /// and point named ("ч.ч. 1, 2 ст. 366" is two).
    fn give_to_last(&mut self, found: &mut Vec<Found<'a>>) {
        let Some(article) = found.pop() else {
            return;
        };
        for part in 0..self.parts.len().max(1) {
            for point in 0..self.points.len().max(1) {
                found.push(Found {
                    part: self.parts.get(part).copied().or(article.part),
                    point: self.points.get(point).copied().or(article.point),
                    ..article
                });
            }
        }
        self.parts.clear();
        self.points.clear();
    }

    fn is_empty(&self) -> bool {
        self.parts.is_empty() && self.points.is_empty()
    }
}

/// A part or point read after its article ("Art. 366 part 3", "366-бабының 3-бөлігі"): the last
/// article's, or, when it has one already, another reading of that article.
fn give_to_last<'a>(found: &mut Vec<Found<'a>>, slot: Slot, number: &'a str) {
    let Some(last) = found.last_mut() else {
        return;
    };
    let free = match slot {
        Part => last.part.is_none(),
        _ => last.point.is_none(),
    };
    let target = if free {
        last
    } else {
        let copy = Found { point: None, ..*last };
        found.push(copy);
        let Some(copy) = found.last_mut() else {
            return;
        };
        copy
    };
    match slot {
        Part => target.part = Some(number),
        _ => target.point = Some(number),
    }
}

/// Every article of the line, in order, and where each code is named.
fn references<'a>(tokens: &[Token<'a>]) -> (Vec<Found<'a>>, Vec<(usize, Code)>) {
    let mut found: Vec<Found<'a>> = Vec::new();
    let mut codes = Vec::new();
    let mut pending = Pending::default();
    // Numbers no marker has taken yet: a Kazakh marker after the last one takes them all.
    let mut loose = Vec::new();
    let mut index = 0;
    while let Some(token) = tokens.get(index) {
        match token {
            Token::Word(Word::Code(code)) => codes.push((index, *code)),
            &Token::Word(Word::Marker(slot, order)) if order != Kazakh => {
                let (listed, next) = numbers_after(tokens, index + 1);
                if slot == Article {
                    for (number, part, point) in listed {
                        found.push(Found { article: number, part, point, position: index + 1 });
                        pending.give_to_last(&mut found);
                    }
                } else {
                    // English "part 3 of Article 366" names the part first, like Russian.
                    let before_its_article = order == Russian
                        || matches!(
                            (tokens.get(next), tokens.get(next + 1)),
                            (Some(Token::Word(Word::Of)), Some(Token::Word(Word::Marker(Article, English))))
                        );
                    for (number, _, _) in listed {
                        if before_its_article {
                            pending.push(slot, number);
                        } else {
                            give_to_last(&mut found, slot, number);
                        }
                    }
                }
                loose.clear();
                index = next.max(index + 1);
                continue;
            }
            &Token::Number(number) => {
                let Some((slot, next)) = kazakh_marker(tokens, index) else {
                    loose.push(number);
                    index += 1;
                    continue;
                };
                // "1, 3-бөлігі": the marker is each listed number's.
                loose.push(number);
                for number in loose.drain(..) {
                    if slot == Article {
                        found.push(Found { article: number, part: None, point: None, position: index });
                        pending.give_to_last(&mut found);
                    } else {
                        give_to_last(&mut found, slot, number);
                    }
                }
                index = next;
                continue;
            }
            _ => {}
        }
        if !matches!(token, Token::Comma | Token::Word(Word::And)) {
            loose.clear();
        }
        index += 1;
    }
    // "ст. 366 ч. 3": a part written after its article in Russian belongs to that article.
    if !pending.is_empty() {
        for part in core::mem::take(&mut pending.parts) {
            give_to_last(&mut found, Part, part);
        }
        for point in core::mem::take(&mut pending.points) {
            give_to_last(&mut found, Point, point);
        }
    }
    (found, codes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offense::Offense::{Administrative, EspeciallyGrave, Grave, Medium};

    const TODAY: Option<Date> = Some(Date::known(2026, 12, 3));

    fn reading(line: &str) -> Result<LineReading<'static>, Error> {
        // Leaked: a test's few lines, so that the reading may borrow them.
        let raw = Box::leak(Box::new(RawLine { line: line.into(), committed: RawAnswer::Missing }));
        read(raw, TODAY)
    }

    /// Each article as `code article/part/point kind`: what the page shows back (A9).
    fn read_as(line: &str) -> Vec<String> {
        let reading = reading(line).unwrap_or_else(|error| panic!("{line}: {error}"));
        reading
            .articles
            .iter()
            .map(|article| {
                let mut number = article.article.to_owned();
                for given in [article.part, article.point].into_iter().flatten() {
                    number = format!("{number}/{given}");
                }
                format!("{} {number} {}", article.code.id(), article.kind.id())
            })
            .collect()
    }

    #[test]
    fn russian_forms() {
        assert_eq!(read_as("п. 2 ч. 3 ст. 190 УК РК"), ["criminal 190/3/2 special_part"]);
        assert_eq!(
            read_as("пункт 2) части 3 статьи 190 Уголовного кодекса Республики Казахстан"),
            ["criminal 190/3/2 special_part"]
        );
        assert_eq!(
            read_as("ч.3 ст.24, п.2) ч.3 ст.190 УК"),
            ["criminal 24/3 attempt", "criminal 190/3/2 special_part"]
        );
        assert_eq!(read_as("ст. 676 КоАП РК"), ["administrative 676 special_part"]);
        assert_eq!(read_as("статьёй 676 КРКоАП"), ["administrative 676 special_part"]);
        assert_eq!(read_as("СТАТЬЁЙ 676 КРКОАП"), ["administrative 676 special_part"]);
        assert_eq!(
            read_as("ч.ч. 1, 2 ст. 366"),
            ["criminal 366/1 special_part", "criminal 366/2 special_part"]
        );
        assert_eq!(
            read_as("ст. 677 Кодекса Республики Казахстан об административных правонарушениях"),
            ["administrative 677 special_part"]
        );
        assert_eq!(
            read_as("ч. 1 ст. 24, ч. 2-1 ст. 361 УК"),
            ["criminal 24/1 preparation", "criminal 361/2-1 special_part"]
        );
        assert_eq!(read_as("ст. 366 ч. 3 УК"), ["criminal 366/3 special_part"], "the part after its article");
    }

    #[test]
    fn kazakh_forms() {
        assert_eq!(read_as("ҚР ҚК-нің 190-бабы 3-бөлігінің 2) тармағы"), ["criminal 190/3/2 special_part"]);
        assert_eq!(read_as("ҚК 366-бабының 3-бөлігі"), ["criminal 366/3 special_part"]);
        assert_eq!(read_as("ӘҚБтК-нің 676-бабы"), ["administrative 676 special_part"]);
        assert_eq!(
            read_as("ҚК 366-бабының 1, 3-бөлігі"),
            ["criminal 366/1 special_part", "criminal 366/3 special_part"]
        );
        assert_eq!(
            read_as("ҚК 366, 367-баптары"),
            ["criminal 366 special_part", "criminal 367 special_part"]
        );
        assert_eq!(
            read_as("Қылмыстық кодекстің 24-бабының 3-бөлігі, 190-бабы 3-бөлігінің 2) тармағы"),
            ["criminal 24/3 attempt", "criminal 190/3/2 special_part"]
        );
        assert_eq!(
            read_as("Әкімшілік құқық бұзушылық туралы кодекстің 678-бабы 2-бөлігі"),
            ["administrative 678/2 special_part"]
        );
    }

    #[test]
    fn english_forms() {
        assert_eq!(read_as("Article 190(3)(2) of the Criminal Code"), ["criminal 190/3/2 special_part"]);
        assert_eq!(read_as("Art. 366 part 3 CC"), ["criminal 366/3 special_part"]);
        assert_eq!(
            read_as("Article 676 of the Code of Administrative Offenses"),
            ["administrative 676 special_part"]
        );
        assert_eq!(read_as("part 3 of Article 366 of the Criminal Code"), ["criminal 366/3 special_part"]);
        assert_eq!(
            read_as("Article 366 part 3 of the Criminal Code, Article 367 part 2"),
            ["criminal 366/3 special_part", "criminal 367/2 special_part"]
        );
        assert_eq!(
            read_as("Articles 366 and 367 CC"),
            ["criminal 366 special_part", "criminal 367 special_part"]
        );
    }

    #[test]
    fn the_code_is_the_one_named_nearest_and_without_one_criminal_unless_all_are_676_to_681() {
        assert_eq!(
            read_as("ст. 366 УК, ст. 676 КоАП"),
            ["criminal 366 special_part", "administrative 676 special_part"]
        );
        assert_eq!(
            read_as("ст. 676, ст. 681"),
            ["administrative 676 special_part", "administrative 681 special_part"]
        );
        assert_eq!(read_as("ст. 366, ст. 676"), ["criminal 366 special_part", "criminal 676 not_in_code"]);
    }

    #[test]
    fn a_general_part_article_alone_asks_for_the_special_one() {
        let alone = reading("ч. 3 ст. 24 УК РК").unwrap();
        assert_eq!(alone.finding.finding, Finding::GeneralPart);
        assert_eq!(alone.articles[0].stands_with, None);
        let complicity = reading("ч. 2 ст. 28, ч. 3 ст. 366 УК").unwrap();
        assert_eq!(complicity.articles[0].kind, ArticleKind::Complicity);
        assert_eq!(complicity.articles[0].stands_with, Some(1));
        assert_eq!(complicity.finding.max, Some(Grave));
        assert!(complicity.finding.caveats.is_empty(), "one offense, one article");
        let after = reading("ч. 3 ст. 366, ч. 4 ст. 28 УК").unwrap();
        assert_eq!(after.articles[1].stands_with, Some(0), "the article before when none follows");
        let other = reading("ст. 55 УК").unwrap();
        assert_eq!(
            (other.articles[0].kind, other.finding.finding),
            (ArticleKind::GeneralPart, Finding::GeneralPart)
        );
    }

    #[test]
    fn a_number_that_is_no_article_is_never_not_corruption() {
        let criminal = reading("ст. 676 УК РК").unwrap();
        assert_eq!(criminal.articles[0].kind, ArticleKind::NotInCode);
        assert_eq!(criminal.finding.finding, Finding::AdministrativeCodeArticle);
        assert_eq!(reading("ст. 1000 УК").unwrap().finding.finding, Finding::NoSuchArticle);
        let mixed = reading("ч.1 ст.188, ст. 500 УК РК").unwrap();
        assert_eq!(
            mixed.finding.finding,
            Finding::NoSuchArticle,
            "not corruption only when every article is real"
        );
    }

    #[test]
    fn several_articles_give_the_most_serious_category_with_a_caveat() {
        let two = reading("ч.1 ст.188, ч.2 ст.366 УК РК").unwrap();
        assert_eq!((two.finding.finding, two.finding.min), (Finding::Corruption, Some(Grave)));
        assert_eq!(two.finding.caveats, [ArticleCaveat::SeveralArticles]);
        let three = reading("ч. 1 ст. 366, ч. 4 ст. 366, ч. 2 ст. 368 УК").unwrap();
        assert_eq!(three.finding.max, Some(EspeciallyGrave));
        let parts = reading("ч.ч. 1, 2 ст. 366").unwrap();
        assert_eq!((parts.finding.min, parts.finding.caveats.len()), (Some(Grave), 1));
        let lesser = reading("ч. 1 ст. 366 УК, ст. 676 КоАП").unwrap();
        assert_eq!(lesser.finding.min, Some(Medium));
        assert_eq!(reading("ст. 676 КоАП").unwrap().finding.min, Some(Administrative));
    }

    #[test]
    fn the_date_is_checked_and_caveated_as_for_one_article() {
        let line = |committed: &str| {
            let raw = RawLine { line: "ч. 2 ст. 367 УК".into(), committed: committed.into() };
            read(&raw, TODAY).map(|reading| reading.finding)
        };
        assert_eq!(line("2019-06-01").unwrap().min, Some(Medium));
        assert_eq!(line("2014-06-01").unwrap().caveats, [ArticleCaveat::BeforeTheCodes]);
        assert_eq!(line("2027-01-01"), Err(Error::FutureDate(Field::Committed)));
        let raw = RawLine { line: "ч. 3 ст. 24 УК".into(), committed: "2010-01-01".into() };
        let general = read(&raw, TODAY).unwrap();
        assert_eq!(general.finding.caveats, [ArticleCaveat::BeforeTheCodes]);
    }

    #[test]
    fn nothing_recognisable_is_an_error_of_the_line() {
        for line in ["the bribe was big", "366", "ч. 3", "ст.", "ст. 0366", "ст. 99999", "٣٦٦ ст", "Article"]
        {
            assert_eq!(reading(line), Err(Error::NoArticleFound), "{line}");
        }
        assert_eq!(reading("   "), Err(Error::Empty(Field::Line)));
        assert_eq!(reading(&"ст. 366 ".repeat(30)), Err(Error::TooLong(Field::Line)));
        assert_eq!(
            read_as(&format!("{}ст. 366", " ".repeat(190))),
            ["criminal 366 special_part"],
            "up to 200"
        );
    }
}
