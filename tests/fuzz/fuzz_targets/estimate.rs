//! Any six answers: the whole estimate answers or refuses, never panics, and an answer never
//! exceeds the 4,000 MCI cap or inverts its range.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use syiaqy::estimate::CAP_MCI;
use syiaqy::{estimate, Answers, Date, Offense, RawAnswer, RawAnswers, Reporter, Today, Verdict};

#[derive(Arbitrary, Debug)]
struct Input {
    choices: [u8; 3],
    amount: String,
    decision_date: String,
    mci_date: Option<String>,
    today: (u16, u8, u8),
}

/// Mostly valid choices (the engine's own), so the fuzzer reaches the arithmetic, sometimes garbage.
fn choice<T: Copy>(byte: u8, options: &[T], id: fn(T) -> &'static str) -> RawAnswer {
    match options.get(byte as usize % (options.len() + 1)) {
        Some(option) => RawAnswer::Text(id(*option).to_owned()),
        None => RawAnswer::Text(format!("{byte}")),
    }
}

fuzz_target!(|input: Input| {
    let raw = RawAnswers {
        verdict: choice(input.choices[0], Verdict::ALL, Verdict::id),
        reporter: choice(input.choices[1], Reporter::ALL, Reporter::id),
        offense: choice(input.choices[2], Offense::ALL, Offense::id),
        amount: RawAnswer::Text(input.amount),
        decision_date: RawAnswer::Text(input.decision_date),
        mci_date: input.mci_date.map_or(RawAnswer::Missing, RawAnswer::Text),
    };
    // Any day the calendar has, or none at all (a broken clock).
    let today = Today::known(Date::new(input.today.0, input.today.1, input.today.2));
    if let Ok(answers) = Answers::parse(&raw, &today) {
        if let Ok(result) = estimate(&answers) {
            let reward = result.reward;
            assert!(reward.min_tenge <= reward.max_tenge);
            assert!(reward.max_mci <= CAP_MCI.into());
        }
    }
});
