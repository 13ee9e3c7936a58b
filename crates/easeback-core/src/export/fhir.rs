//! A FHIR R4 `Bundle` of type `collection`: each diary entry's pain score as
//! an `Observation` (LOINC 72514-3, `valueInteger` 0–10) and the diary check
//! as a `QuestionnaireResponse`. Plain serde structs for the few resources.

use crate::diary::{DailyFactors, Diary, Entry, Overview, Window, entry};
use crate::{Content, Disposition, FindingId};
use jiff::Timestamp;
use serde::Serialize;

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bundle {
    pub resource_type: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub timestamp: String,
    /// (left out while empty: a streamed export writes the head alone)
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub entry: Vec<BundleEntry>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BundleEntry {
    pub full_url: String,
    pub resource: Resource,
}

#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Resource {
    Observation(Observation),
    QuestionnaireResponse(QuestionnaireResponse),
}

#[derive(Debug, Serialize)]
pub struct Coding {
    pub system: &'static str,
    pub code: &'static str,
    pub display: &'static str,
}

#[derive(Debug, Serialize)]
pub struct CodeableConcept {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Annotation {
    pub text: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    pub resource_type: &'static str,
    pub id: String,
    pub status: &'static str,
    pub category: Vec<CodeableConcept>,
    pub code: CodeableConcept,
    pub effective_date_time: String,
    pub value_integer: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_site: Option<CodeableConcept>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_boolean: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_string: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub link_id: String,
    pub text: String,
    pub answer: Vec<Answer>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse {
    pub resource_type: &'static str,
    pub id: String,
    pub status: &'static str,
    pub authored: String,
    pub item: Vec<Item>,
}

/// FHIR dateTime with seconds and the entry's own offset.
fn date_time(ts: Timestamp, offset_minutes: i16) -> String {
    format!(
        "{}{}",
        entry::local(ts, offset_minutes).strftime("%Y-%m-%dT%H:%M:%S"),
        entry::offset_suffix(offset_minutes)
    )
}

fn pain_code() -> CodeableConcept {
    CodeableConcept {
        coding: vec![Coding {
            system: "http://loinc.org",
            code: "72514-3",
            display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
        }],
        text: Some("Back spasm pain at its worst".into()),
    }
}

/// The whole diary as a bundle, with the diary check of the usual
/// overview (its default weeks, no region). `entries` are `(id, entry)`,
/// oldest first. The response id is made from the time, so two exports
/// made apart never share one.
pub fn diary_bundle(
    content: &Content,
    entries: &[(String, Entry)],
    factors: &[DailyFactors],
    now: Timestamp,
) -> Bundle {
    let diary = Diary {
        entries: entries.iter().map(|(_, e)| e.clone()).collect(),
        factors: factors.to_vec(),
        outcomes: Vec::new(),
    };
    let check = diary_check(content, &diary, now);
    let mut bundle = head(now);
    bundle.entry = entries.iter().map(|(id, e)| observation(id, e)).collect();
    bundle.entry.push(check);
    bundle
}

/// The bundle with no entries yet (an export streamed a page at a time
/// writes this, then the observations, then [`diary_check`]).
pub fn head(now: Timestamp) -> Bundle {
    Bundle {
        resource_type: "Bundle",
        kind: "collection",
        timestamp: date_time(now, 0),
        entry: Vec::new(),
    }
}

/// The diary check as a `QuestionnaireResponse`, from the usual overview
/// of `diary` (its default weeks, no region; relief sessions play no part).
pub fn diary_check(content: &Content, diary: &Diary, now: Timestamp) -> BundleEntry {
    let overview = Overview::build(content, diary, Window::default(), now, None);
    let id = format!("diary-check-{}", now.as_millisecond());
    check_response(
        content,
        &overview.insights.findings,
        overview.assessment.disposition,
        now,
        &id,
    )
}

/// One entry's pain score as an `Observation` (`id` must be a FHIR-legal
/// id; the store's ids are UUIDs).
pub fn observation(id: &str, e: &Entry) -> BundleEntry {
    let body = (!e.locations.is_empty()).then(|| CodeableConcept {
        coding: vec![],
        text: Some(
            e.locations
                .iter()
                .map(|l| l.label(crate::Lang::En))
                .collect::<Vec<_>>()
                .join(", "),
        ),
    });
    BundleEntry {
        full_url: format!("urn:uuid:{id}"),
        resource: Resource::Observation(Observation {
            resource_type: "Observation",
            id: id.to_string(),
            status: "final",
            category: vec![CodeableConcept {
                coding: vec![Coding {
                    system: "http://terminology.hl7.org/CodeSystem/observation-category",
                    code: "survey",
                    display: "Survey",
                }],
                text: None,
            }],
            code: pain_code(),
            effective_date_time: date_time(e.started_at, e.utc_offset_minutes),
            value_integer: e.intensity.min(10),
            body_site: body,
            note: if e.notes.trim().is_empty() {
                vec![]
            } else {
                vec![Annotation {
                    text: e.notes.clone(),
                }]
            },
        }),
    }
}

/// Build the bundle. `entries` are `(id, entry)`; `diary_findings` and
/// `disposition` come from the diary insights; ids must be UUIDs or other
/// FHIR-legal ids (the store's ids are).
pub fn bundle(
    content: &Content,
    entries: &[(String, Entry)],
    diary_findings: &[FindingId],
    disposition: Disposition,
    now: Timestamp,
    response_id: &str,
) -> Bundle {
    let mut bundle = head(now);
    bundle.entry = entries.iter().map(|(id, e)| observation(id, e)).collect();
    bundle.entry.push(check_response(
        content,
        diary_findings,
        disposition,
        now,
        response_id,
    ));
    bundle
}

/// The diary check's answers as a `QuestionnaireResponse` entry.
fn check_response(
    content: &Content,
    diary_findings: &[FindingId],
    disposition: Disposition,
    now: Timestamp,
    response_id: &str,
) -> BundleEntry {
    let mut item: Vec<Item> = [
        FindingId::NightWaking,
        FindingId::WorseningWeekly,
        FindingId::FrequentRecurrence,
    ]
    .iter()
    .map(|f| Item {
        link_id: f.as_str().to_string(),
        text: content.finding(*f).label.clone(),
        answer: vec![Answer {
            value_boolean: Some(diary_findings.contains(f)),
            value_string: None,
        }],
    })
    .collect();
    item.push(Item {
        link_id: "disposition".into(),
        text: "What Easeback advised".into(),
        answer: vec![Answer {
            value_boolean: None,
            value_string: Some(disposition.as_str().to_string()),
        }],
    });
    BundleEntry {
        full_url: format!("urn:uuid:{response_id}"),
        resource: Resource::QuestionnaireResponse(QuestionnaireResponse {
            resource_type: "QuestionnaireResponse",
            id: response_id.to_string(),
            status: "completed",
            authored: date_time(now, 0),
            item,
        }),
    }
}
