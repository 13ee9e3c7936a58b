//! Follow-up questions for what a description leaves open
//! (triage-rules.md, "What the text leaves open"):
//! - for every warning-sign topic the text touches, a yes/no question for
//!   each of its findings that the text neither stated nor ruled out;
//! - the short warning-sign screen (every emergency and same_day finding)
//!   when nothing in the text says what it is about: no finding above
//!   self-care, no sign ruled out, no topic touched — an empty form, or "it
//!   really hurts and I'm scared";
//! - a question for each sign the reader found but set aside as someone
//!   else's, past or only asked about (not for one the text says no to):
//!   the reading may be wrong, and the question settles it for her, now;
//! - the screen too for a text mostly in a language the reader does not
//!   read (`Reading::other_language`), whatever it found;
//! - nothing for a plain back-spasm description that touches no warning
//!   topic.
//!
//! An answered question is settled either way and never asked again. A
//! stronger form of a sign (heavy bleeding of bleeding) is asked once the
//! sign itself is there, so a "yes" leads to the next question.

use crate::content::Content;
use crate::intake::{Reading, Reason};
use crate::triage::{Disposition, FindingId, Question};

/// The questions left open by `reading`, given the findings already present
/// and the answers already given.
pub fn open_questions(
    content: &Content,
    reading: &Reading,
    present: &[FindingId],
    answers: &[(FindingId, bool)],
) -> Vec<Question> {
    let settled = |id: FindingId| present.contains(&id) || answers.iter().any(|&(a, _)| a == id);
    // "no bleeding", and a temperature read below the fever line
    let negated = |id: FindingId| {
        reading.set_aside.iter().any(|s| {
            s.id == id && matches!(s.reason, Reason::Negated | Reason::BelowFeverThreshold)
        })
    };
    // "no bleeding" rules out heavy bleeding too
    let ruled_out =
        |id: FindingId| negated(id) || content.findings[id as usize].part_of.is_some_and(negated);
    // a topic is also open when one of its findings is present: a fever
    // opens the question about severe pain even when given as "temp 38.8"
    let by_text = |i: usize| reading.topics & (1 << i) != 0;
    let touched = |i: usize| {
        by_text(i)
            || content.topics[i]
                .findings
                .iter()
                .any(|f| present.contains(f))
    };
    let mut out: Vec<Question> = Vec::new();
    let mut any_topic = false;
    for (i, topic) in content.topics.iter().enumerate() {
        if !touched(i) {
            continue;
        }
        // (a topic opened only by a finding says nothing about the screen)
        any_topic |= by_text(i);
        for &id in &topic.findings {
            // a stronger form (heavy bleeding) is asked once the sign it is
            // a form of is there: a yes to "bleeding?" brings "heavily?"
            // (severe pain is asked once there is a fever)
            let info = &content.findings[id as usize];
            let premature = info
                .part_of
                .or(info.asked_after)
                .is_some_and(|p| !present.contains(&p));
            if !settled(id) && !ruled_out(id) && !premature && !out.iter().any(|q| q.finding == id)
            {
                out.extend(question(content, id, &topic.name));
            }
        }
    }
    // a sign read but set aside as someone else's, past or only asked
    // about is asked about her, now: the reading may be wrong
    for s in &reading.set_aside {
        if matches!(s.reason, Reason::SomeoneElse | Reason::Hypothetical)
            && !settled(s.id)
            && !ruled_out(s.id)
            && !out.iter().any(|q| q.finding == s.id)
        {
            let topic = content
                .topics
                .iter()
                .find(|t| t.findings.contains(&s.id))
                .map_or("", |t| t.name.as_str());
            out.extend(question(content, s.id, topic));
        }
    }
    // (a text mostly in a language the reader does not read has said
    // nothing it could read: the screen, whatever it found)
    let something_said = !reading.other_language
        && (any_topic
            || reading.topics_spoken != 0
            || present
                .iter()
                .any(|id| id.disposition() > Disposition::SelfCare)
            // a sign ruled out ("no bleeding", "temp 37.2") shows the text
            // spoke to the warning signs; one set aside as someone else's,
            // past or only asked about does not, and gets the screen as well
            || reading
                .set_aside
                .iter()
                .any(|s| matches!(s.reason, Reason::Negated | Reason::BelowFeverThreshold)));
    if !something_said {
        let mut screen: Vec<FindingId> = FindingId::ALL
            .iter()
            .copied()
            .filter(|id| id.disposition() >= Disposition::SameDay && !settled(*id))
            .collect();
        // the most urgent first; within one disposition, content order
        screen.sort_by_key(|id| std::cmp::Reverse(id.disposition()));
        for id in screen {
            let topic = content
                .topics
                .iter()
                .find(|t| t.findings.contains(&id))
                .map_or("", |t| t.name.as_str());
            if !out.iter().any(|q| q.finding == id) {
                out.extend(question(content, id, topic));
            }
        }
        // the screen leads with the most urgent, whatever was asked before it
        out.sort_by_key(|q| std::cmp::Reverse(q.finding.disposition()));
    }
    out
}

fn question(content: &Content, id: FindingId, topic: &str) -> Option<Question> {
    content.findings[id as usize]
        .question
        .as_ref()
        .map(|text| Question {
            finding: id,
            text: text.clone(),
            topic: topic.to_string(),
        })
}
