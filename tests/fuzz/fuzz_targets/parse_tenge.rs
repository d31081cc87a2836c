//! Any string: the amount parser answers or refuses, never panics, and what it accepts is a
//! non-negative amount in whole tiyn no larger than 10^15 ₸.
#![no_main]

use libfuzzer_sys::fuzz_target;
use syiaqy::parse_tenge;

fuzz_target!(|text: &str| {
    if let Ok(tenge) = parse_tenge(text) {
        let tiyn = tenge.tiyn();
        assert!((0..=100_000_000_000_000_000).contains(&tiyn), "{text:?} gave {tenge}");
        assert_eq!(tenge.as_decimal().scale(), 2);
    }
});
