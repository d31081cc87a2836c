#![doc = include_str!("../README.md")]
#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod amount;
pub mod answers;
mod choice;
pub mod date;
pub mod eligibility;
pub mod error;
pub mod estimate;
pub mod mci;
pub mod money;
pub mod offense;
pub mod regime;
pub mod steps;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use amount::parse_tenge;
pub use answers::{AmountAnswer, Answers, RawAnswer, RawAnswers};
pub use date::Date;
pub use eligibility::{Caveat, Reporter, Status, Verdict};
pub use error::{Error, Field};
pub use estimate::{estimate, Branch, Estimate, Reward};
pub use money::Tenge;
pub use offense::Offense;
pub use regime::Regime;
