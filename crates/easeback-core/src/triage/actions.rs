//! From a decision to what the person reads: the assessment object of the
//! machine interface (`disposition`, `findings`, `actions`, `set_aside`),
//! with the region's numbers and wording filled in from content.

use super::shared::Shared;
use super::{Combination, Disposition, FindingId, decide};
use crate::content::{Content, Region};
use crate::intake::{Reading, Reason};
use serde::Serialize;

/// One finding in the result, with the disposition it carries here.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportedFinding {
    pub id: FindingId,
    pub disposition: Disposition,
    pub label: String,
    /// Byte offsets into the input text (absent for structured findings).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub uncertain: bool,
    /// Raised by a combination rule (e.g. fever with severe pain).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub combination: Option<Combination>,
}

/// A finding that was mentioned but read as not present.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetAside {
    pub id: FindingId,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub reason: Reason,
    pub explanation: String,
}

/// The full result: the stable JSON object of triage-rules.md.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub disposition: Disposition,
    pub title: String,
    pub headline: String,
    /// The time to contact, in plain words.
    pub when: String,
    pub findings: Vec<ReportedFinding>,
    /// What to do, in order; most lines shared with every answer of the
    /// same kind (`shared.rs`).
    pub actions: Vec<Shared<String>>,
    /// The numbers to call, most useful first, each a tap-to-call link.
    pub calls: Shared<Vec<super::calls::Call>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<SetAside>,
    /// The findings that set the disposition (empty for self-care).
    pub because: Vec<FindingId>,
    pub region: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub medication_question: bool,
    /// Yes/no questions for what the description left open; the
    /// disposition is not final until they are answered.
    pub questions: Vec<Question>,
    /// On a self-care or review answer: every sign that would change it,
    /// one short line each (the emergency and same_day findings' labels).
    #[serde(skip_serializing_if = "no_lines")]
    pub warning_signs: Shared<Vec<String>>,
}

/// A yes/no question for one finding the text neither stated nor ruled out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub finding: FindingId,
    pub text: String,
    /// The warning-sign topic it belongs to (for grouping on a page).
    pub topic: String,
}

/// Assess structured findings (from the CLI, a form or the API).
pub fn assess(content: &Content, findings: &[FindingId], region: Option<&Region>) -> Assessment {
    build(content, findings, &[], &[], false, region)
}

/// Assess what intake read from free text.
pub fn assess_intake(content: &Content, reading: &Reading, region: Option<&Region>) -> Assessment {
    assess_reading(content, reading, &[], region)
}

/// Assess what intake read plus findings given another way (ticked, or a
/// "yes" to a question); those never remove what the text says.
pub fn assess_reading(
    content: &Content,
    reading: &Reading,
    more: &[FindingId],
    region: Option<&Region>,
) -> Assessment {
    let mut ids = reading.ids();
    for id in more {
        if !ids.contains(id) {
            ids.push(*id);
        }
    }
    let spans: Vec<(usize, usize, String, bool)> = reading
        .findings
        .iter()
        .map(|d| (d.start, d.end, d.text.clone(), d.uncertain))
        .collect();
    let set_aside: Vec<SetAside> = reading
        .set_aside
        .iter()
        .map(|s| SetAside {
            id: s.id,
            start: s.start,
            end: s.end,
            text: s.text.clone(),
            reason: s.reason,
            explanation: content.messages.reason(s.reason).to_string(),
        })
        .collect();
    build(
        content,
        &ids,
        &spans,
        &set_aside,
        reading.medication_question,
        region,
    )
}

fn build(
    content: &Content,
    ids: &[FindingId],
    spans: &[(usize, usize, String, bool)],
    set_aside: &[SetAside],
    medication_question: bool,
    region: Option<&Region>,
) -> Assessment {
    let decision = decide(ids);
    let findings = decision
        .findings
        .iter()
        .map(|w| {
            let pos = ids.iter().position(|&i| i == w.id);
            let span = pos.and_then(|p| spans.get(p));
            ReportedFinding {
                id: w.id,
                disposition: w.disposition,
                label: content.finding(w.id).label.clone(),
                start: span.map(|s| s.0),
                end: span.map(|s| s.1),
                text: span.map(|s| s.2.clone()),
                uncertain: span.is_some_and(|s| s.3),
                combination: w.combination,
            }
        })
        .collect();
    let present = |id: FindingId| ids.contains(&id);
    let actions = actions(
        content,
        decision.disposition,
        &present,
        medication_question,
        region,
    );
    let text = &content.dispositions[decision.disposition as usize];
    let calls = super::calls::calls(content, decision.disposition, &present, region, None);
    Assessment {
        disposition: decision.disposition,
        title: text.title.clone(),
        headline: text.headline.clone(),
        when: text.when.clone(),
        findings,
        actions,
        calls,
        set_aside: set_aside.to_vec(),
        because: decision.because().collect(),
        region: region.map(|r| r.id.clone()),
        medication_question,
        questions: Vec::new(),
        warning_signs: if decision.disposition <= Disposition::Review {
            content.warning_signs.clone()
        } else {
            Shared::default()
        },
    }
}

fn no_lines(lines: &Shared<Vec<String>>) -> bool {
    lines.is_empty()
}

/// The labels of every emergency and same_day finding, the most urgent
/// first (built once at load: `Content::warning_signs`).
pub(crate) fn warning_signs(content: &Content) -> Vec<String> {
    let mut signs: Vec<&crate::content::FindingInfo> = content
        .findings
        .iter()
        .filter(|f| f.disposition >= Disposition::SameDay)
        .collect();
    signs.sort_by_key(|f| std::cmp::Reverse(f.disposition));
    signs.iter().map(|f| f.label.clone()).collect()
}

/// Emergency numbers of every region, for a card with no region set.
fn all_emergency(content: &Content) -> String {
    content
        .regions
        .iter()
        .map(|r| format!("{} {}", r.emergency.join(&or_joiner(content)), r.name))
        .collect::<Vec<_>>()
        .join("; ")
}

/// " or " in the content's language.
fn or_joiner(content: &Content) -> String {
    format!(" {} ", content.messages.or_word)
}

fn fill(template: &str, content: &Content, region: Option<&Region>) -> String {
    let or = or_joiner(content);
    let m = &content.messages;
    let (emergency, same_day, crisis, advice) = match region {
        Some(r) => (
            r.emergency.join(&or),
            r.same_day.clone(),
            r.crisis_lines
                .iter()
                .map(|l| format!("{} ({})", l.name, l.number))
                .collect::<Vec<_>>()
                .join(&or),
            r.advice_lines
                .iter()
                .map(|l| format!("{} ({})", l.name, l.number))
                .collect::<Vec<_>>()
                .join(&or),
        ),
        None => (
            m.unknown_emergency.clone(),
            m.unknown_same_day.clone(),
            m.unknown_crisis.clone(),
            String::new(),
        ),
    };
    if !template.contains('{') {
        return template.to_string();
    }
    template
        .replace("{emergency}", &emergency)
        .replace("{same_day}", &same_day)
        .replace("{crisis}", &crisis)
        .replace("{advice_line}", &advice)
        .replace("{all_emergency}", &all_emergency(content))
}

/// The action texts of one region (or of no region), with numbers filled in.
/// Rendered once when content loads, so an assessment only copies them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegionTexts {
    dispositions: Vec<Shared<String>>,
    crisis: Shared<String>,
    in_doubt: Shared<String>,
    no_region: Option<Shared<String>>,
    advice: Option<Shared<String>>,
    // the same in every region, shared the same way
    fetal_movement: Shared<String>,
    ladder_paused: Shared<String>,
    self_care_next: Shared<String>,
    medication: Shared<String>,
}

/// Texts for every region of `content`, then one for "no region" (last).
pub(crate) fn render_region_texts(content: &Content) -> Vec<RegionTexts> {
    content
        .regions
        .iter()
        .map(Some)
        .chain([None])
        .map(|r| render(content, r))
        .collect()
}

fn render(content: &Content, region: Option<&Region>) -> RegionTexts {
    let m = &content.messages;
    RegionTexts {
        dispositions: content
            .dispositions
            .iter()
            .map(|d| Shared::new(fill(&d.action, content, region)))
            .collect(),
        crisis: Shared::new(fill(&m.crisis, content, region)),
        in_doubt: Shared::new(fill(&m.in_doubt, content, region)),
        no_region: region
            .is_none()
            .then(|| Shared::new(fill(&m.no_region, content, region))),
        fetal_movement: Shared::new(m.fetal_movement.clone()),
        ladder_paused: Shared::new(m.ladder_paused.clone()),
        self_care_next: Shared::new(m.self_care_next.clone()),
        medication: Shared::new(m.medication.clone()),
        advice: region
            .filter(|r| !r.advice_lines.is_empty())
            .map(|r| Shared::new(fill(&m.advice_also, content, Some(r)))),
    }
}

fn actions(
    content: &Content,
    disposition: Disposition,
    present: &dyn Fn(FindingId) -> bool,
    medication_question: bool,
    region: Option<&Region>,
) -> Vec<Shared<String>> {
    let slot = match region {
        None => Some(content.regions.len()),
        Some(r) => content.regions.iter().position(|x| x.id == r.id),
    };
    let rendered;
    let texts = match slot.and_then(|i| content.region_texts.get(i)) {
        Some(t) => t,
        None => {
            rendered = render(content, region);
            &rendered
        }
    };
    let mut out = Vec::with_capacity(6);
    if present(FindingId::SelfHarmThoughts) {
        out.push(texts.crisis.clone());
    }
    out.push(texts.dispositions[disposition as usize].clone());
    if present(FindingId::ReducedFetalMovement) {
        out.push(texts.fetal_movement.clone());
    }
    if disposition >= Disposition::SameDay || present(FindingId::NervePain) {
        out.push(texts.ladder_paused.clone());
    }
    if disposition <= Disposition::Review {
        out.push(texts.self_care_next.clone());
        out.extend(texts.advice.clone());
    }
    if medication_question {
        out.push(texts.medication.clone());
    }
    out.extend(texts.no_region.clone());
    out.push(texts.in_doubt.clone());
    out
}
