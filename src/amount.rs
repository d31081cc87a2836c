//! Reading an amount of tenge the way people in Kazakhstan type it (R6).
//!
//! Accepted: `5000000`, `5 000 000` (space, no-break space or narrow no-break space between
//! groups), `5 000 000,50`, `5,000,000.50`, `5.000.000,50`, a currency mark before or after
//! (`₸`, `KZT`, `тг`, `тенге`, `теңге`, `tenge`), and a word for thousands or millions
//! (`250 мың`, `250 тыс.`, `3,45 млн`, `1,2 млрд`).
//!
//! The decimal mark: a `,` or `.` followed by one or two final digits. Followed by exactly three
//! digits it separates groups. Where that still leaves two readings the answer is
//! [`Error::Ambiguous`], never a guess.

use rust_decimal::Decimal;

use crate::answers::{is_too_long, MAX_ANSWER_LENGTH};
use crate::error::{Error, Field};
use crate::money::Tenge;

/// The largest amount taken as real: 10^15 ₸. Anything above is a typing slip.
const LARGEST_PLAUSIBLE_TENGE: Decimal = Decimal::from_parts(2_764_472_320, 232_830, 0, false, 0);

/// More integer digits than this cannot be plausible whatever the multiplier; checked before
/// the digits become a `Decimal`, so that no input can overflow it.
const MOST_INTEGER_DIGITS: usize = 16;

/// A fraction longer than this is refused before it becomes a `Decimal` (its 28 digits).
const MOST_FRACTION_DIGITS: usize = 12;

/// Currency marks, lower case, written before or after the number; an abbreviation with its
/// full stop before itself without.
const CURRENCY_MARKS: [&str; 8] = ["₸", "kzt.", "kzt", "тенге", "теңге", "tenge", "тг.", "тг"];

/// Words for powers of ten, lower case, longest first so that `млн.` wins over `млн`.
const MULTIPLIERS: [(&str, u64); 18] = [
    ("миллиарда", 1_000_000_000),
    ("миллиард", 1_000_000_000),
    ("миллионов", 1_000_000),
    ("миллиона", 1_000_000),
    ("миллион", 1_000_000),
    ("million", 1_000_000),
    ("thousand", 1_000),
    ("тысячи", 1_000),
    ("тысяча", 1_000),
    ("тысяч", 1_000),
    ("млрд.", 1_000_000_000),
    ("млрд", 1_000_000_000),
    ("млн.", 1_000_000),
    ("млн", 1_000_000),
    ("тыс.", 1_000),
    ("тыс", 1_000),
    ("мың", 1_000),
    ("mln", 1_000_000),
];

/// Parses an amount of tenge as typed. Never panics, on any string; text over
/// [`MAX_ANSWER_LENGTH`] is refused before it is read.
pub fn parse_tenge(text: &str) -> Result<Tenge, Error> {
    if is_too_long(text, MAX_ANSWER_LENGTH) {
        return Err(Error::TooLong(Field::Amount));
    }
    let lowered: String = text.chars().map(lower_case).collect();
    let (number, multiplier) = strip_units(&lowered);
    if number.is_empty() {
        return Err(if text.trim().is_empty() { Error::Empty(Field::Amount) } else { Error::NotANumber });
    }
    if let Some(rest) = number.strip_prefix(['-', '−', '–']) {
        return Err(if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            Error::Negative
        } else {
            Error::NotANumber
        });
    }
    let parts = split_number(number, multiplier.is_some())?;
    let value = parts.to_decimal()?;
    let value = match multiplier {
        Some(factor) => value.checked_mul(Decimal::from(factor)).ok_or(Error::TooLarge)?,
        None => value,
    };
    if value > LARGEST_PLAUSIBLE_TENGE {
        return Err(Error::TooLarge);
    }
    Tenge::exact(value).ok_or(Error::TooManyDecimals)
}

/// Lower case for the letters the unit words use: Latin, Russian and Kazakh Cyrillic.
/// `str::to_lowercase` would bring Unicode's whole case tables into the wasm (7 KB brotli,
/// measured) for letters no unit word has.
pub(crate) fn lower_case(character: char) -> char {
    let folded = match character {
        'A'..='Z' | 'А'..='Я' => character as u32 + 0x20,
        'Ѐ'..='Џ' => character as u32 + 0x50,
        'Ғ' | 'Қ' | 'Ң' | 'Ү' | 'Ұ' | 'Һ' | 'Ә' | 'Ө' => character as u32 + 1,
        _ => character as u32,
    };
    char::from_u32(folded).unwrap_or(character)
}

/// Removes currency marks on either side and a multiplier word after the number.
fn strip_units(text: &str) -> (&str, Option<u64>) {
    let mut rest = text.trim();
    if let Some(after) = CURRENCY_MARKS.iter().find_map(|mark| rest.strip_prefix(mark)) {
        rest = after.trim_start();
    }
    if let Some(before) = CURRENCY_MARKS.iter().find_map(|mark| rest.strip_suffix(mark)) {
        rest = before.trim_end();
    }
    let mut multiplier = None;
    if let Some((before, factor)) =
        MULTIPLIERS.iter().find_map(|(word, factor)| Some((rest.strip_suffix(word)?, *factor)))
    {
        rest = before.trim_end();
        multiplier = Some(factor);
    }
    (rest, multiplier)
}

/// The digits of a number, split at its decimal mark.
struct NumberParts {
    integer: String,
    fraction: String,
}

impl NumberParts {
    fn to_decimal(&self) -> Result<Decimal, Error> {
        let significant = self.integer.trim_start_matches('0');
        if significant.len() > MOST_INTEGER_DIGITS {
            return Err(Error::TooLarge);
        }
        if self.fraction.len() > MOST_FRACTION_DIGITS {
            return Err(Error::TooManyDecimals);
        }
        // At most 16 + 12 digits: the mantissa fits an i128 and a Decimal's 28 digits.
        let mantissa = significant
            .bytes()
            .chain(self.fraction.bytes())
            .fold(0i128, |value, digit| value * 10 + i128::from(digit - b'0'));
        Decimal::try_from_i128_with_scale(mantissa, self.fraction.len() as u32).map_err(|_| Error::TooLarge)
    }
}

/// Characters that separate groups of three digits: space, no-break space, narrow no-break
/// space, thin space and figure space.
fn is_group_space(character: char) -> bool {
    matches!(character, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

/// Splits `text` (digits and separators only) into its integer and fraction digits, deciding
/// which `,` or `.` is the decimal mark. `scaled` tells that a multiplier word follows.
fn split_number(text: &str, scaled: bool) -> Result<NumberParts, Error> {
    // Runs of digits and the single separator character between each two of them.
    let mut runs: Vec<&str> = Vec::new();
    let mut separators: Vec<char> = Vec::new();
    let mut run_start = 0;
    for (index, character) in text.char_indices() {
        if character.is_ascii_digit() {
            continue;
        }
        if !(is_group_space(character) || character == ',' || character == '.') {
            return Err(Error::NotANumber);
        }
        if index == run_start {
            // Two separators in a row, or one at the start.
            return Err(Error::NotANumber);
        }
        runs.push(text.get(run_start..index).unwrap_or_default());
        separators.push(character);
        run_start = index + character.len_utf8();
    }
    if run_start == text.len() {
        return Err(Error::NotANumber);
    }
    runs.push(text.get(run_start..).unwrap_or_default());

    let marks: Vec<char> = separators.iter().copied().filter(|c| !is_group_space(*c)).collect();
    let decimal_mark_at = decimal_mark_position(&runs, &separators, &marks, scaled)?;
    let integer_runs = &runs[..decimal_mark_at.unwrap_or(runs.len() - 1) + 1];
    let group_separators = &separators[..integer_runs.len() - 1];
    let grouped_by: Vec<char> = group_separators.iter().copied().filter(|c| !is_group_space(*c)).collect();
    if grouped_by.windows(2).any(|pair| pair[0] != pair[1]) {
        return Err(Error::NotANumber);
    }
    if let Some(mark_index) = decimal_mark_at {
        let decimal_mark = separators[mark_index];
        if group_separators.contains(&decimal_mark) {
            return Err(Error::Ambiguous);
        }
    }
    if !well_grouped(integer_runs) {
        return Err(Error::NotANumber);
    }
    if integer_runs.len() > 1 && integer_runs[0].trim_start_matches('0').is_empty() {
        // `0,500` or `0 500`: half a tenge or five hundred.
        return Err(Error::Ambiguous);
    }
    Ok(NumberParts {
        integer: integer_runs.concat(),
        fraction: decimal_mark_at.map(|index| runs[index + 1].to_owned()).unwrap_or_default(),
    })
}

/// Whether digit runs are a whole number's groups: the first of one to three digits, each
/// other of three.
fn well_grouped(runs: &[&str]) -> bool {
    // No index: no run list, however it was made, can make this panic.
    match runs.split_first() {
        Some((first, others)) => {
            others.is_empty() || (first.len() <= 3 && others.iter().all(|run| run.len() == 3))
        }
        None => false,
    }
}

/// Which separator, by index, is the decimal mark; `None` for a whole number.
fn decimal_mark_position(
    runs: &[&str],
    separators: &[char],
    marks: &[char],
    scaled: bool,
) -> Result<Option<usize>, Error> {
    let Some(last_index) = separators.len().checked_sub(1) else {
        return Ok(None);
    };
    let last = separators[last_index];
    if is_group_space(last) {
        return Ok(None);
    }
    let fraction_length = runs[last_index + 1].len();
    let both_marks_used = marks.contains(&',') && marks.contains(&'.');
    let same_mark_repeated = marks.len() > 1 && !both_marks_used;
    // Groups already separated by spaces: a later `,` or `.` can only be the decimal mark.
    let grouped_by_spaces = separators.iter().any(|c| is_group_space(*c));
    match fraction_length {
        // `5,000,00`, `1.000.50`: a decimal after groups of the same mark. Unless the runs
        // before are no groups at all (`1,2,3`): then it is no number.
        1 | 2 if same_mark_repeated && well_grouped(&runs[..=last_index]) => Err(Error::Ambiguous),
        1 | 2 if same_mark_repeated => Err(Error::NotANumber),
        1 | 2 => Ok(Some(last_index)),
        // `3,450 млн`: three and a half thousand millions, or three point four five?
        3 if scaled && !same_mark_repeated => Err(Error::Ambiguous),
        // `5,000,000.500`, `5 000 000,500`: a fraction of a tiyn, not a group.
        3 if both_marks_used || grouped_by_spaces => Ok(Some(last_index)),
        3 => Ok(None),
        _ if same_mark_repeated => Err(Error::NotANumber),
        _ => Ok(Some(last_index)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tenge(text: &str) -> Result<String, &'static str> {
        parse_tenge(text).map(|amount| amount.to_string()).map_err(Error::code)
    }

    #[test]
    fn grouping_is_judged_without_indexing() {
        assert!(!well_grouped(&[]));
        assert!(well_grouped(&["5"]));
        assert!(well_grouped(&["5", "000", "000"]));
        assert!(!well_grouped(&["5000", "000"]));
        assert!(!well_grouped(&["5", "00"]));
    }

    #[test]
    fn reads_the_forms_people_type() {
        let cases = [
            ("5000000", "5000000.00"),
            ("5 000 000", "5000000.00"),
            ("5\u{00A0}000\u{00A0}000", "5000000.00"),
            ("5\u{202F}000\u{202F}000", "5000000.00"),
            ("5 000 000,50", "5000000.50"),
            ("5,000,000.50", "5000000.50"),
            ("5.000.000,50", "5000000.50"),
            ("5,000,000", "5000000.00"),
            ("1.500", "1500.00"),
            ("12,5", "12.50"),
            ("₸ 5 000 000", "5000000.00"),
            ("5 000 000 ₸", "5000000.00"),
            ("5 000 000 тг", "5000000.00"),
            ("5 000 000 тг.", "5000000.00"),
            ("5 000 000 тенге", "5000000.00"),
            ("5 000 000 теңге", "5000000.00"),
            ("5 000 000 KZT", "5000000.00"),
            ("5 000 000 kzt.", "5000000.00"),
            ("KZT. 5 000 000", "5000000.00"),
            ("KZT5000000", "5000000.00"),
            ("5 000 000 ТЕҢГЕ", "5000000.00"),
            ("3,45 Млн", "3450000.00"),
            ("250 МЫҢ", "250000.00"),
            ("250 Тыс.", "250000.00"),
            ("3,45 млн", "3450000.00"),
            ("3.45 млн", "3450000.00"),
            ("3,45 млн тенге", "3450000.00"),
            ("250 мың", "250000.00"),
            ("250 тыс.", "250000.00"),
            ("250тыс", "250000.00"),
            ("1,2 млрд", "1200000000.00"),
            ("1,23456 млн", "1234560.00"),
            ("  42  ", "42.00"),
            ("0", "0.00"),
            ("007", "7.00"),
        ];
        for (text, expected) in cases {
            assert_eq!(tenge(text), Ok(expected.to_owned()), "{text:?}");
        }
    }

    #[test]
    fn refuses_with_a_stable_code() {
        let cases = [
            ("", "empty"),
            ("   ", "empty"),
            ("тенге", "not_a_number"),
            ("abc", "not_a_number"),
            ("5 000 000 долларов", "not_a_number"),
            ("1e6", "not_a_number"),
            ("5  000", "not_a_number"),
            ("50 00", "not_a_number"),
            ("5000 000", "not_a_number"),
            (",5", "not_a_number"),
            ("5,", "not_a_number"),
            ("+5", "not_a_number"),
            ("-5", "negative"),
            ("−5 000", "negative"),
            ("- ₸", "not_a_number"),
            ("10,125", "ok-grouping"),
            ("10.1234", "too_many_decimals"),
            ("5 000 000,505", "too_many_decimals"),
            ("1,234567891 млн", "too_many_decimals"),
            ("1000000000000001", "too_large"),
            ("2 млрд млрд", "not_a_number"),
            ("99999999999999999999999999999999", "too_large"),
            ("1000000000 млрд", "too_large"),
            ("0,500", "ambiguous"),
            ("1.000.50", "ambiguous"),
            ("3,450 млн", "ambiguous"),
            ("1.000,000.50", "not_a_number"),
            ("1,2,3", "not_a_number"),
            ("12.3.45", "not_a_number"),
            ("5,000,00", "ambiguous"),
        ];
        for (text, expected) in cases {
            let got = tenge(text);
            if expected == "ok-grouping" {
                assert_eq!(got, Ok("10125.00".to_owned()), "{text:?}");
            } else {
                assert_eq!(got, Err(expected), "{text:?}");
            }
        }
    }

    #[test]
    fn text_over_the_length_limit_is_refused_unread() {
        let at_the_limit = format!("{}5", "0".repeat(MAX_ANSWER_LENGTH - 1));
        assert_eq!(tenge(&at_the_limit), Ok("5.00".to_owned()));
        assert_eq!(tenge(&format!("0{at_the_limit}")), Err("too_long"));
        assert_eq!(tenge(&"5".repeat(10_000_000)), Err("too_long"));
        // Characters, not bytes: a hundred Cyrillic letters are within the limit.
        assert_eq!(tenge(&"т".repeat(MAX_ANSWER_LENGTH)), Err("not_a_number"));
    }

    #[test]
    fn the_largest_plausible_amount_is_ten_to_the_fifteenth() {
        assert_eq!(LARGEST_PLAUSIBLE_TENGE, Decimal::from(1_000_000_000_000_000u64));
        assert_eq!(tenge("1 000 000 000 000 000"), Ok("1000000000000000.00".to_owned()));
    }
}
