#![doc = include_str!("lib.md")]
#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod amount;
pub mod answers;
pub mod articles;
mod choice;
pub mod date;
pub mod eligibility;
pub mod error;
pub mod estimate;
pub mod mci;
pub mod money;
pub mod offense;
pub mod regime;
#[doc = include_str!("rules.md")]
pub mod rules {}
pub mod steps;
pub mod verdict_line;

/// The JavaScript binding layer: only in a wasm build (`--features calculator`, `reader` or
/// `wasm`, both).
#[cfg(all(feature = "bindings", target_arch = "wasm32"))]
pub mod wasm;

pub use amount::parse_tenge;
pub use answers::{AmountAnswer, Answers, DecisionDateSource, RawAnswer, RawAnswers};
pub use date::{Date, Today};
pub use eligibility::{Caveat, Reporter, Status, Verdict};
pub use error::{Error, ErrorCode, Field};
pub use estimate::{estimate, Branch, DecidedToday, Estimate, LimitsInTenge, Reward};
pub use money::Tenge;
pub use offense::Offense;
pub use regime::Regime;
