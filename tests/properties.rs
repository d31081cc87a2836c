//! Properties that must hold for every case, checked on generated inputs (proptest).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rust_decimal::Decimal;
use syiaqy::articles::Finding;
use syiaqy::estimate::CAP_MCI;
use syiaqy::offense::TIER_ESPECIALLY_GRAVE_MCI;
use syiaqy::verdict_line::{read, RawLine};
use syiaqy::{
    estimate, parse_tenge, AmountAnswer, Answers, Branch, Date, DecisionDateSource, Estimate, Field, Offense,
    RawAnswer, RawAnswers, Regime, Reporter, Tenge, Today, Verdict,
};

const KNOWN_OFFENSES: [Offense; 5] = Offense::KNOWN;

fn any_offense() -> impl Strategy<Value = Offense> {
    proptest::sample::select(Offense::ALL)
}

fn known_offense() -> impl Strategy<Value = Offense> {
    proptest::sample::select(KNOWN_OFFENSES.to_vec())
}

/// Decision dates from the first regime to a year past the MCI table.
fn any_date() -> impl Strategy<Value = Date> {
    (Regime::EARLIEST.year()..=2028, 1u8..=12, 1u8..=31)
        .prop_filter_map("a day on or after the first regime", |(year, month, day)| {
            Date::new(year, month, day).filter(|date| *date >= Regime::EARLIEST)
        })
}

/// Amounts from zero to 10^15 ₸ in whole tiyn, denser at the small end where the branches meet.
fn any_amount() -> impl Strategy<Value = Tenge> {
    prop_oneof![0u64..2_000_000_000u64, 0u64..100_000_000_000_000_000u64]
        .prop_map(|tiyn| Tenge::exact(Decimal::new(tiyn as i64, 2)).unwrap())
}

fn answers(offense: Offense, amount: AmountAnswer, decision_date: Date) -> Answers {
    Answers {
        verdict: Verdict::InForce,
        reporter: Reporter::Citizen,
        offense,
        amount,
        decision_date,
        decision_date_source: DecisionDateSource::Given,
        mci_date: None,
        today: None,
    }
}

fn reward(offense: Offense, amount: AmountAnswer, date: Date) -> Estimate {
    estimate(&answers(offense, amount, date)).unwrap()
}

fn mci_value(result: &Estimate) -> Decimal {
    result.mci.unwrap().value.as_decimal()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn the_reward_never_decreases_as_the_amount_grows(
        offense in known_offense(), date in any_date(), a in any_amount(), b in any_amount()
    ) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let low = reward(offense, AmountAnswer::Known(low), date);
        let high = reward(offense, AmountAnswer::Known(high), date);
        prop_assert!(low.reward.max_tenge <= high.reward.min_tenge);
        if low.branch == high.branch {
            prop_assert!(low.reward.max_mci <= high.reward.min_mci);
        }
    }

    /// Q7: the MCI shown times the MCI value gives back the tenge shown, to within half a
    /// hundredth of an MCI (the MCI figure's own rounding).
    #[test]
    fn the_mci_equivalent_times_the_mci_is_the_tenge_shown(
        offense in known_offense(), date in any_date(), amount in any_amount()
    ) {
        let result = reward(offense, AmountAnswer::Known(amount), date);
        let back = result.reward.min_mci * mci_value(&result);
        let tolerance = mci_value(&result) * Decimal::new(5, 3);
        prop_assert!((back - result.reward.min_tenge.as_decimal()).abs() <= tolerance, "{back} vs {}", result.reward.min_tenge);
    }

    #[test]
    fn the_reward_is_never_above_4000_mci(offense in any_offense(), date in any_date(), amount in any_amount()) {
        for answer in [AmountAnswer::Known(amount), AmountAnswer::Unknown, AmountAnswer::NoBribeOrDamage] {
            let result = reward(offense, answer, date);
            prop_assert!(result.reward.max_tenge.as_decimal() <= Decimal::from(CAP_MCI) * mci_value(&result));
            prop_assert!(result.reward.max_mci <= Decimal::from(CAP_MCI));
        }
    }

    #[test]
    fn the_ten_percent_branch_pays_more_than_any_tier(offense in known_offense(), date in any_date(), amount in any_amount()) {
        let result = reward(offense, AmountAnswer::Known(amount), date);
        if matches!(result.branch, Branch::Percentage | Branch::Cap) {
            let highest_tier = Decimal::from(TIER_ESPECIALLY_GRAVE_MCI) * mci_value(&result);
            prop_assert!(result.reward.min_tenge.as_decimal() > highest_tier);
        }
    }

    #[test]
    fn tier_tenge_is_exactly_mci_times_the_mci_value(offense in any_offense(), date in any_date()) {
        let result = reward(offense, AmountAnswer::NoBribeOrDamage, date);
        prop_assert!(matches!(result.branch, Branch::Tier | Branch::Range));
        prop_assert_eq!(result.reward.min_tenge.as_decimal(), result.reward.min_mci * mci_value(&result));
        prop_assert_eq!(result.reward.max_tenge.as_decimal(), result.reward.max_mci * mci_value(&result));
    }

    #[test]
    fn a_range_holds_every_answer_it_stands_for(offense in any_offense(), date in any_date(), amount in any_amount()) {
        let range = reward(offense, AmountAnswer::Unknown, date).reward;
        for known in KNOWN_OFFENSES.into_iter().filter(|known| offense.could_be(*known)) {
            for answer in [AmountAnswer::Known(amount), AmountAnswer::NoBribeOrDamage] {
                let point = reward(known, answer, date).reward;
                prop_assert!(point.is_point());
                prop_assert!(range.min_tenge <= point.min_tenge && point.max_tenge <= range.max_tenge,
                    "{:?} {:?}: {:?} outside {:?}", known, answer, point, range);
            }
        }
    }

    #[test]
    fn parsing_never_panics_and_what_it_accepts_is_whole_tiyn(text in "\\PC{0,40}") {
        if let Ok(tenge) = parse_tenge(&text) {
            prop_assert!(tenge.as_decimal() >= Decimal::ZERO);
            prop_assert_eq!(tenge.as_decimal().scale(), 2);
        }
    }

    #[test]
    fn parsing_never_panics_on_number_like_text(text in "[-−+ \u{a0}\u{202f}0-9.,₸тгенңKZTмлнрдыс]{0,30}") {
        let _ = parse_tenge(&text);
    }

    #[test]
    fn a_formatted_amount_reads_back_exactly(amount in any_amount()) {
        let plain = amount.to_string();
        prop_assert_eq!(parse_tenge(&plain), Ok(amount));
        let russian = group_by_spaces(&plain).replace('.', ",");
        prop_assert_eq!(parse_tenge(&russian), Ok(amount));
    }

    #[test]
    fn the_whole_estimate_never_panics(
        verdict in ".{0,12}", reporter in ".{0,12}", offense in ".{0,12}", amount in ".{0,20}",
        in_force_date in "[0-9-]{0,12}", decision_date in "[0-9-]{0,12}", mci_date in "[0-9-]{0,12}",
        today in "[0-9-]{0,12}", known_choices in any::<bool>()
    ) {
        let text = |choice: &str, fallback: String| RawAnswer::Text(if known_choices { choice.to_owned() } else { fallback });
        let raw = RawAnswers {
            verdict: text("in_force", verdict),
            reporter: text("citizen", reporter),
            offense: text("grave", offense),
            amount: RawAnswer::Text(amount),
            in_force_date: RawAnswer::Text(in_force_date),
            decision_date: RawAnswer::Text(decision_date),
            mci_date: RawAnswer::Text(mci_date),
            today: RawAnswer::Text(today),
        };
        if let Ok(answers) = Answers::parse(&raw, &Today::known(Date::new(2026, 11, 25))) {
            let _ = estimate(&answers);
        }
    }

    /// A9: any line, of any characters or of the reader's own pieces in any order, is read or
    /// refused with an error of the line or the date, never a panic; whatever it reads, every
    /// General Part article stands with an article of the line that names an offense.
    #[test]
    fn the_line_reader_never_panics_and_keeps_its_invariants(
        line in prop_oneof![
            ".{0,220}",
            proptest::collection::vec(
                proptest::sample::select(vec![
                    "ст.", "ч.", "п.", "статьи", "части", "пункта", "Article", "part", "of", "(", ")", "2)",
                    "-бабы", "-бөлігі", "тармағы", "ҚК", "УК", "КоАП", "ӘҚБтК", ",", " и ", "and", "24", "28",
                    "190", "366", "676", "218-1", "1-1", "0", "99999", "ЁЖЗ", "\u{202e}", "𝟓",
                ]),
                0..40,
            ).prop_map(|pieces| pieces.join(" ")),
        ],
        committed in prop_oneof![Just(String::new()), "[0-9]{4}-[0-9]{2}-[0-9]{2}"],
    ) {
        let raw = RawLine { line: RawAnswer::Text(line), committed: RawAnswer::Text(committed) };
        match read(&raw, Date::new(2026, 11, 25)) {
            Ok(reading) => {
                prop_assert!(!reading.articles.is_empty());
                for article in &reading.articles {
                    if let Some(with) = article.stands_with {
                        prop_assert_eq!(article.answer.finding, Finding::GeneralPart);
                        prop_assert!(reading.articles[with].answer.finding != Finding::GeneralPart);
                    }
                }
                prop_assert_eq!(reading.finding.min.is_some(), reading.finding.finding == Finding::Corruption);
            }
            Err(error) => prop_assert!(
                [Field::Line, Field::Committed].contains(&error.field()),
                "{error}"
            ),
        }
    }
}

fn group_by_spaces(plain: &str) -> String {
    let (integer, fraction) = plain.split_once('.').unwrap();
    let mut grouped = String::new();
    for (index, digit) in integer.chars().enumerate() {
        if index > 0 && (integer.len() - index) % 3 == 0 {
            grouped.push('\u{00A0}');
        }
        grouped.push(digit);
    }
    format!("{grouped}.{fraction}")
}
