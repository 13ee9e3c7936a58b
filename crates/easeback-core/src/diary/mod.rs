//! The spasm diary's domain: entries and daily factors with their
//! validation ([`entry`]), and the insights drawn from them ([`insights`]):
//! weekly counts, what sets spasms off, what helps, factor effects, the
//! trend, and the diary-derived findings of triage-rules.md; and the one
//! [`overview`] of them every surface shows; tightenings timed on the
//! person's device ([`tightening`]). Pure: `now` is always passed in.

pub mod draft;
pub mod entry;
pub mod insights;
pub mod overview;
pub mod tightening;

pub use draft::EntryDraft;
pub use entry::{
    DailyFactors, Entry, FieldError, Location, Side, SleepPosition, Tried, parse_rfc3339,
};
pub use insights::{Insights, SessionSummary, insights, session_summary};
pub use overview::{Diary, Overview, WeeksOutOfRange, Window};
pub use tightening::TimedTightening;

#[cfg(test)]
mod tests;
