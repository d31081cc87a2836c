pub mod amount;
mod choice;
pub mod date;
pub mod eligibility;
pub mod error;
pub mod mci;
pub mod money;
pub mod offense;
pub mod regime;
