//! Typed structs for each content file. Field names are the TOML keys.

use crate::{Disposition, FindingId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The whole validated knowledge base.
#[derive(Debug, Clone, Serialize)]
pub struct Content {
    /// The language of its words (`Content::builtin_in`).
    pub lang: crate::Lang,
    pub sources: Vec<Source>,
    /// One entry per [`FindingId`], in `FindingId::ALL` order.
    pub findings: Vec<FindingInfo>,
    pub lexicon: Lexicon,
    pub dispositions: Vec<DispositionText>,
    pub messages: Messages,
    pub triggers: Vec<Trigger>,
    pub first_steps: Vec<FirstStep>,
    pub ladder: Ladder,
    pub exercises: Vec<Exercise>,
    pub routine: Routine,
    pub regions: Vec<Region>,
    pub topics: Vec<Topic>,
    /// Action texts per region (and one for no region), rendered at load.
    #[serde(skip)]
    pub region_texts: Vec<crate::triage::RegionTexts>,
    /// Numbers to call per region (and for no region), disposition and
    /// crisis line, built at load.
    #[serde(skip)]
    pub region_calls: Vec<Vec<crate::triage::shared::Shared<Vec<crate::triage::calls::Call>>>>,
    /// Every warning sign's short label, most urgent first, built at load
    /// and shared by every self-care and review answer.
    #[serde(skip)]
    pub warning_signs: crate::triage::shared::Shared<Vec<String>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub url: String,
}

/// A finding as the person reads it, plus the phrases intake looks for.
#[derive(Debug, Clone, Serialize)]
pub struct FindingInfo {
    pub id: FindingId,
    pub disposition: Disposition,
    pub label: String,
    /// The yes/no question the check asks when the text leaves it open
    /// (every emergency and same_day finding has one).
    pub question: Option<String>,
    /// A finding this one is a stronger form of (heavy bleeding of
    /// bleeding): when the text rules that one out, this one is ruled out
    /// too, and its question is not asked.
    pub part_of: Option<FindingId>,
    /// A finding whose presence this one's question waits for, without
    /// being a form of it: severe pain is asked about once there is a fever,
    /// because only together do they make an emergency.
    pub asked_after: Option<FindingId>,
    pub why: String,
    pub sources: Vec<String>,
    pub phrases: Vec<String>,
    pub exclude: Vec<String>,
}

/// A warning-sign topic: the words that touch it and the findings it asks
/// about when the text leaves them open (`topics.toml`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub name: String,
    /// `false` for what a back-spasm description is about: touching only
    /// such a topic asks nothing.
    #[serde(default = "yes")]
    pub warning: bool,
    /// `true` where a sign is itself an absence ("not moving", "can't feel
    /// my leg", "no control"): a topic word after "no"/"not" still opens it.
    /// Elsewhere "no fluid", "not hot" speaks to the topic and opens nothing.
    #[serde(default)]
    pub absence: bool,
    pub words: Vec<String>,
    #[serde(default)]
    pub findings: Vec<FindingId>,
}

fn yes() -> bool {
    true
}

/// Word classes, modifier triggers and spelling fixes for free-text intake.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// `@name` in a phrase stands for any entry of `classes[name]`.
    #[serde(default)]
    pub classes: BTreeMap<String, Vec<String>>,
    pub modifiers: Modifiers,
    /// misspelling or variant -> the word the lexicon uses.
    #[serde(default)]
    pub spelling: BTreeMap<String, String>,
    /// Typo repair only ever corrects a word into one of these.
    #[serde(default)]
    pub fuzzy_targets: Vec<String>,
    /// Words that are never "corrected" by edit distance.
    #[serde(default)]
    pub not_typos: Vec<String>,
    /// A translation's words that English reads otherwise (Spanish "he",
    /// "mi", "o"): the English lexicon's entries holding them are left out
    /// when the two are joined, and the English-only rewrites of them are off.
    #[serde(default)]
    pub own_words: Vec<String>,
}

/// ConText-style trigger phrases (Harkema 2009).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Modifiers {
    /// Before a term: "no", "without", "haven't had".
    pub negation: Vec<String>,
    /// After a term, closing its clause: "bleeding: none".
    pub negation_after: Vec<String>,
    pub other_person: Vec<String>,
    /// Before or after a term: "last year", "in my last pregnancy".
    pub past: Vec<String>,
    pub hypothetical: Vec<String>,
    /// After a conditional finding, confirm it happened: "and I just did".
    #[serde(default)]
    pub confirm: Vec<String>,
    /// After a term, in a question: "is bleeding a sign of labour?"
    #[serde(default)]
    pub question_after: Vec<String>,
    /// Kept present, only noted: "maybe", "not sure if".
    pub uncertain: Vec<String>,
    /// Phrases that contain a trigger word but are not triggers: "no better".
    pub pseudo: Vec<String>,
    /// End a modifier's scope: "just", "still".
    pub terminators: Vec<String>,
    /// Strong contrast: ends a modifier's scope and a phrase's gap ("but").
    pub contrast: Vec<String>,
    /// After a comma or "and", these words start a new clause.
    pub clause_starters: Vec<String>,
    /// Pain-relief questions: answered without naming a medicine.
    pub medication: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DispositionText {
    pub id: String,
    pub title: String,
    pub headline: String,
    /// The time to contact, in plain words (triage-rules.md's "when").
    pub when: String,
    /// What to do; `{emergency}`, `{same_day}`, `{advice_line}` are filled in.
    pub action: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Messages {
    pub in_doubt: String,
    pub not_a_diagnosis: String,
    pub crisis: String,
    pub medication: String,
    pub fetal_movement: String,
    pub ladder_paused: String,
    pub self_care_next: String,
    /// Under a self-care or review answer where the region has advice
    /// lines; `{advice_line}` is filled in.
    pub advice_also: String,
    pub no_region: String,
    /// In place of a number while no region is set.
    pub unknown_emergency: String,
    pub unknown_same_day: String,
    pub unknown_crisis: String,
    /// Joins two numbers or lines: "112 or 999".
    pub or_word: String,
    /// Why a mentioned sign was read as not present (`Messages::reason`).
    pub reason_negated: String,
    pub reason_someone_else: String,
    pub reason_past: String,
    pub reason_hypothetical: String,
    pub reason_below_fever: String,
    /// With free text in a language the reader cannot read yet.
    pub reader_language: String,
    /// With regular tightenings: under 37 weeks, from 37 weeks, stage unknown.
    pub tightening_preterm: String,
    pub tightening_term: String,
    pub tightening_unknown: String,
    /// Names of the tap-to-call numbers on a card.
    pub call_emergency: String,
    pub call_care_team: String,
    /// A same_day card's first line when the person saved their unit's
    /// number (`{care_team}` is that number).
    pub care_team_first: String,
    /// Tips that change with the stage of pregnancy.
    pub tip_trimester_1: String,
    pub tip_trimester_2: String,
    pub tip_trimester_3: String,
    pub tip_postpartum: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    pub id: String,
    pub name: String,
    pub why: String,
    pub quick_action: String,
    #[serde(default)]
    pub steps: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstStep {
    pub id: String,
    pub name: String,
    pub how: Vec<String>,
    pub dose: String,
    #[serde(default)]
    pub caution: String,
    pub sources: Vec<String>,
}

/// How a step is timed, for guided sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    Timed,
    Reps,
    Hold,
    Breathing,
    Habit,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ladder {
    pub intro: String,
    pub stop_rule: String,
    /// Said above the care card when a check-in stops the session.
    pub stopped: String,
    pub check_in: CheckIn,
    #[serde(rename = "step")]
    pub steps: Vec<LadderStep>,
}

/// The questions asked after each step of a relief session, in order; the
/// command line and the web page both ask these words.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub pain: String,
    pub helped: String,
    pub shooting: String,
    /// Free text, read for warning signs.
    pub anything_new: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LadderStep {
    pub number: u8,
    pub id: String,
    pub name: String,
    pub what: String,
    pub dose: String,
    pub caution: String,
    pub kind: StepKind,
    #[serde(default)]
    pub seconds: Option<u32>,
    #[serde(default)]
    pub max_seconds: Option<u32>,
    #[serde(default)]
    pub sets: Option<u8>,
    /// Exercises (ids in exercises.toml) done in this step.
    #[serde(default)]
    pub exercises: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: String,
    pub name: String,
    pub position: String,
    pub movement: String,
    pub breathing: String,
    pub dose: String,
    pub caution: String,
    pub kind: StepKind,
    #[serde(default)]
    pub reps: Option<u16>,
    #[serde(default)]
    pub sets: Option<u8>,
    #[serde(default)]
    pub seconds: Option<u32>,
    #[serde(default)]
    pub max_seconds: Option<u32>,
    #[serde(default)]
    pub per_side: bool,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routine {
    #[serde(rename = "section")]
    pub sections: Vec<RoutineSection>,
    pub break_timer: BreakTimer,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoutineSection {
    pub id: String,
    pub title: String,
    pub items: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BreakTimer {
    pub every_minutes_min: u16,
    pub every_minutes_max: u16,
    pub walk_minutes: u16,
    pub prompt: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: String,
    /// Emergency numbers, first is the one to show first.
    pub emergency: Vec<String>,
    /// Who to call the same day, in the region's own words.
    pub same_day: String,
    #[serde(default)]
    pub advice_lines: Vec<Line>,
    #[serde(default)]
    pub crisis_lines: Vec<Line>,
    /// Browser languages that point to this region ("en-gb"), lower case:
    /// a hint when the person has not chosen one.
    #[serde(default)]
    pub languages: Vec<String>,
    /// "us" or "uk" spelling (labor / labour).
    pub spelling: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub name: String,
    pub number: String,
}

impl Messages {
    /// Why a sign read from the text was set aside, in the content's words.
    pub fn reason(&self, reason: crate::intake::Reason) -> &str {
        use crate::intake::Reason;
        match reason {
            Reason::Negated => &self.reason_negated,
            Reason::SomeoneElse => &self.reason_someone_else,
            Reason::Past => &self.reason_past,
            Reason::Hypothetical => &self.reason_hypothetical,
            Reason::BelowFeverThreshold => &self.reason_below_fever,
        }
    }
}
