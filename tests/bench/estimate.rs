//! Native speed of the engine: `cargo bench --bench estimate`. Prints the median time per
//! call of parsing the answers and computing the estimate, over 100 batches of 1,000 calls.

use std::hint::black_box;
use std::time::Instant;

use syiaqy::{estimate, Answers, Date, RawAnswers, Today};

fn answers(amount: &str) -> RawAnswers {
    RawAnswers {
        verdict: "in_force".into(),
        reporter: "citizen".into(),
        offense: "grave".into(),
        amount: amount.into(),
        decision_date: "2025-03-01".into(),
        ..RawAnswers::default()
    }
}

fn main() {
    let today = Today::known(Date::new(2026, 11, 25));
    let cases = [answers("none"), answers("5 000 000"), answers("3,45 млн"), answers("200 000 000")];
    let mut per_call_ns: Vec<f64> = (0..100)
        .map(|_| {
            let start = Instant::now();
            for index in 0..1_000 {
                let raw = &cases[index % cases.len()];
                let result = Answers::parse(black_box(raw), &today).and_then(|answers| estimate(&answers));
                black_box(result.expect("the benchmark's answers are valid"));
            }
            start.elapsed().as_nanos() as f64 / 1_000.0
        })
        .collect();
    per_call_ns.sort_by(f64::total_cmp);
    println!(
        "native estimate(): median {:.2} µs per call (fastest batch {:.2}, slowest {:.2}) over 100,000 calls",
        per_call_ns[50] / 1_000.0,
        per_call_ns[0] / 1_000.0,
        per_call_ns[99] / 1_000.0
    );
}
