//! Exports a person can take elsewhere: CSV of diary entries, a FHIR R4
//! `Bundle` (pain scores as `Observation`s, the diary check as a
//! `QuestionnaireResponse`, no identifier the person did not enter), and an
//! iCalendar file of daily reminders with display alarms. Pure builders.

pub mod csv;
pub mod fhir;
pub mod ics;

#[cfg(test)]
mod tests;
