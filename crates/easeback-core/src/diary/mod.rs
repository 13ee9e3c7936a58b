//! The spasm diary's domain: entries and daily factors with their
//! validation ([`entry`]), and the insights drawn from them ([`insights`]):
//! weekly counts, what sets spasms off, what helps, factor effects, the
//! trend, and the diary-derived findings of triage-rules.md. Pure: `now` is
//! always passed in.

pub mod entry;
pub mod insights;

pub use entry::{
    DailyFactors, Entry, FieldError, Location, Side, SleepPosition, Tried, parse_rfc3339,
};
pub use insights::{Insights, SessionSummary, insights, session_summary};

#[cfg(test)]
mod tests;
