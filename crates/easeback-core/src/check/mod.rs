//! The symptom check: the one function every surface (CLI, JSON API, web
//! pages) calls. It takes everything a person gave — free text, ticked
//! findings, answers to follow-up questions, region, stage of pregnancy —
//! and returns the whole answer: disposition, findings with the words that
//! caused them, set-aside readings, actions (medication and tightening
//! advice included), when to make contact, and the questions the text
//! leaves open. Surfaces parse their input, call [`check`] and render.

mod questions;

use crate::Lang;
use crate::content::{Content, Region};
use crate::intake::{Intake, IntakeError};
use crate::phone::PhoneNumber;
use crate::pregnancy::{Gestation, tightening_advice};
use crate::triage::calls::calls;
use crate::triage::shared::Shared;
use crate::triage::{Assessment, Disposition, FindingId, assess_reading};

pub use questions::open_questions;

/// What a person gave the check.
#[derive(Debug, Clone, Copy, Default)]
pub struct Request<'a> {
    /// Free text, possibly empty.
    pub text: &'a str,
    /// Findings ticked or sent as ids.
    pub findings: &'a [FindingId],
    /// Answers to follow-up questions: `true` adds the finding, `false`
    /// settles it.
    pub answers: &'a [(FindingId, bool)],
    pub region: Option<&'a Region>,
    pub gestation: Option<&'a Gestation>,
    /// The person's own maternity unit or care team, if saved: offered
    /// first on a same_day card.
    pub care_team: Option<&'a PhoneNumber>,
    /// The language the person writes in (the page's or the request's).
    pub lang: Lang,
}

/// Run the check. Fails only on text over the reader's size limit.
pub fn check(
    content: &Content,
    intake: &Intake,
    request: &Request<'_>,
) -> Result<Assessment, IntakeError> {
    let mut reading = intake.read(request.text)?;
    // The reader reads English only. Free text written on a Spanish page is
    // read as a text in another language: the whole warning-sign screen,
    // never a bare card, and the card says why (docs/SAFETY.md).
    let unread_language = request.lang != Lang::En && !request.text.trim().is_empty();
    reading.other_language |= unread_language;
    let mut given: Vec<FindingId> = request.findings.to_vec();
    for &(id, yes) in request.answers {
        if yes && !given.contains(&id) {
            given.push(id);
        }
    }
    let mut a = assess_reading(content, &reading, &given, request.region);
    if a.findings
        .iter()
        .any(|f| f.id == FindingId::RhythmicTightening)
    {
        let advice = tightening_advice(&content.messages, request.gestation).to_string();
        a.actions
            .insert(1.min(a.actions.len()), Shared::new(advice));
    }
    let present: Vec<FindingId> = a.findings.iter().map(|f| f.id).collect();
    if let Some(own) = request.care_team {
        a.calls = calls(
            content,
            a.disposition,
            &|id| present.contains(&id),
            request.region,
            Some(own),
        );
        if a.disposition == Disposition::SameDay {
            let first = content
                .messages
                .care_team_first
                .replace("{care_team}", own.written());
            a.actions.insert(0, Shared::new(first));
        }
    }
    if unread_language {
        let note = Shared::new(content.messages.reader_language.clone());
        a.actions.insert(1.min(a.actions.len()), note);
    }
    a.questions = open_questions(content, &reading, &present, request.answers);
    Ok(a)
}

#[cfg(test)]
mod lang_tests;
#[cfg(test)]
mod tests;
