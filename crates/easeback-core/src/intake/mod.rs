//! Free-text intake: what a person types, read into the findings of
//! `triage-rules.md`. Each finding carries the byte span and words that
//! caused it; findings read as negated, someone else's, past or hypothetical
//! are reported under `set_aside` with the reason. Uncertain wording
//! ("maybe", "not sure if") keeps a finding present: the conservative
//! reading.
//!
//! The pipeline: [`normalize`] tokens → phrase automaton ([`compile`]) →
//! [`rewrite`]s (spelled numbers, someone writing for her) →
//! gapped phrase matches and exclusions ([`matcher`]) → numbers
//! ([`numbers`]: temperatures, pain scores) → ConText-style modifiers
//! ([`context`]) → one result per finding.

mod candidate;
mod compile;
mod context;
mod doc;
mod fillers;
mod fuzzy;
mod logs;
mod matcher;
mod normalize;
mod numbers;
mod rewrite;
mod scores;
mod segments;
mod tokenize;
mod triggers;
mod word_repair;
mod word_tables;

pub use compile::CompileError;
pub use context::Reason;
pub use normalize::normalize_phrase;

pub(crate) use doc::Doc;
pub(crate) use tokenize::{BODY_WORDS, ends_in_apostrophe_s};

use crate::{Content, FindingId};
use normalize::{Raw, Token, TokenKind};
use serde::Serialize;
use std::sync::OnceLock;

/// The longest description read, in bytes. Longer input is refused with
/// [`IntakeError::TooLong`] rather than cut silently.
pub const MAX_INPUT_BYTES: usize = 256 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IntakeError {
    #[error(
        "the description is {len} bytes long; the limit is {MAX_INPUT_BYTES} bytes. Please shorten it or send it in parts."
    )]
    TooLong { len: usize },
}

impl IntakeError {
    /// The refusal as said in any language.
    pub fn said(&self) -> crate::lang::Said {
        match self {
            IntakeError::TooLong { len } => crate::lang::Said::new("error-too-long")
                .with("len", len)
                .with("max", MAX_INPUT_BYTES),
        }
    }
}

/// A finding read as present.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detected {
    pub id: FindingId,
    /// Byte offsets into the input text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The lexicon phrase (or number rule) that matched.
    pub phrase: String,
    /// Wording like "maybe" or "not sure if" was near: kept present.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub uncertain: bool,
}

/// A finding mentioned but read as not present, with why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetAsideFinding {
    pub id: FindingId,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub reason: Reason,
}

/// What intake read from one description.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Reading {
    pub findings: Vec<Detected>,
    pub set_aside: Vec<SetAsideFinding>,
    /// The person asked about pain relief or named a medicine.
    pub medication_question: bool,
    /// The topics the text touches (bit `i` = `content.topics[i]`), read
    /// for high recall: a word is enough, whatever surrounds it.
    #[serde(skip)]
    pub topics: u64,
    /// Topics the text spoke to without leaving anything open ("no fluid",
    /// "temp 37.3", "baby moving normally"): no question, but the text was
    /// about the warning signs, so no screen either.
    pub topics_spoken: u64,
    /// Most of the text is in a language this reader does not read
    /// (`other_language`): what it missed is asked, the whole screen.
    #[serde(skip)]
    pub other_language: bool,
}

impl Reading {
    pub fn ids(&self) -> Vec<FindingId> {
        self.findings.iter().map(|d| d.id).collect()
    }
}

/// The compiled reader. Build once ([`Intake::new`] or [`Intake::builtin`]),
/// then call [`Intake::read`] from any thread.
#[derive(Debug)]
pub struct Intake {
    compiled: compile::Compiled,
}

impl Intake {
    pub fn new(content: &Content) -> Result<Intake, CompileError> {
        Ok(Intake {
            compiled: compile::compile(content)?,
        })
    }

    /// The reader for the built-in content (compiled once).
    pub fn builtin() -> &'static Intake {
        static BUILTIN: OnceLock<Intake> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Intake::new(Content::builtin()).expect("built-in lexicon compiles (tested)")
        })
    }

    /// The reader for the built-in content in `lang`: Spanish reads the
    /// Spanish words and the English ones together (compiled once each).
    pub fn builtin_in(lang: crate::Lang) -> &'static Intake {
        static SPANISH: OnceLock<Intake> = OnceLock::new();
        match lang {
            crate::Lang::En => Intake::builtin(),
            crate::Lang::Es => SPANISH.get_or_init(|| {
                Intake::new(Content::builtin_in(crate::Lang::Es))
                    .expect("built-in Spanish lexicon compiles (tested)")
            }),
        }
    }

    /// Read one description.
    pub fn read(&self, text: &str) -> Result<Reading, IntakeError> {
        if text.len() > MAX_INPUT_BYTES {
            return Err(IntakeError::TooLong { len: text.len() });
        }
        let doc = rewrite::rewrite(self.tokenize(text));
        let other_language = other_language(&self.compiled, &doc);
        let triggers = triggers::Triggers::find(&self.compiled, &doc);
        let mut candidates = matcher::phrase_matches(&self.compiled, &doc, &triggers);
        let readings = numbers::scan(&doc);
        candidates.extend(readings.findings.iter().cloned());
        candidates.extend(logs::scan(&doc));
        candidates.sort_by_key(|c| (c.s, c.e));
        let mut reading = context::resolve(&self.compiled, &doc, &triggers, &candidates, &readings);
        reading.medication_question = triggers.medication;
        (reading.topics, reading.topics_spoken) = self.topics(&doc, &reading.set_aside);
        reading.other_language = other_language;
        Ok(reading)
    }

    /// The topics `doc` touches: any topic word, or run of words, in it —
    /// except the words of a sign the text rules out ("no numbness" has
    /// spoken to that sign; it does not open its topic), and a topic word
    /// right after a denial ("no fluid", "not hot") or before a reassurance
    /// ("baby moving normally", "legs fine"), unless the topic's signs are
    /// themselves absences ("not moving", "can't feel my leg").
    fn topics(&self, doc: &Doc<'_>, set_aside: &[SetAsideFinding]) -> (u64, u64) {
        let ruled_out = |i: usize| {
            let t = &doc.tokens[i];
            set_aside
                .iter()
                .any(|a| a.reason == Reason::Negated && a.start <= t.start && t.end <= a.end)
        };
        let denied = |i: usize| {
            (i.saturating_sub(2)..i).any(|k| {
                matches!(
                    doc.word(k),
                    "no" | "not"
                        | "without"
                        | "never"
                        | "nothing"
                        | "none"
                        | "isnt"
                        | "arent"
                        | "wasnt"
                        | "havent"
                        | "hasnt"
                        | "dont"
                        | "didnt"
                        | "nae"
                ) && (k + 1..i).all(|j| doc.tokens[j].kind == TokenKind::Word)
            })
        };
        let reassured = |i: usize, len: usize| {
            let after = i + len;
            (after..after + 2).any(|k| {
                matches!(
                    doc.word(k),
                    "normally" | "normal" | "fine" | "usual" | "ok" | "okay"
                ) && (after..k).all(|j| doc.tokens[j].kind == TokenKind::Word)
            }) && !(i.saturating_sub(3)..after)
                .any(|k| matches!(doc.word(k), "not" | "isnt" | "arent" | "no"))
        };
        let (mut mask, mut spoken) = (0, 0);
        for i in 0..doc.tokens.len() {
            if ruled_out(i) {
                continue;
            }
            if let Some(list) = self.compiled.topic_words.get(doc.word(i)) {
                for (rest, topics) in list {
                    if rest
                        .iter()
                        .enumerate()
                        .all(|(k, w)| doc.word(i + 1 + k) == &**w)
                    {
                        // a denial is the sign itself in an absence topic; a
                        // reassurance ("moving normally") speaks to any topic
                        // "temp 37.3", "bp 118/76": a reading given speaks to
                        // the topic (one over the line is read as a finding)
                        let after = i + rest.len() + 1;
                        let measured = (after..after + 3).any(|k| {
                            matches!(doc.tokens.get(k).map(|t| t.kind), Some(TokenKind::Number(v)) if v >= 30.0)
                        });
                        let open = if measured || reassured(i, rest.len() + 1) {
                            0
                        } else if denied(i) {
                            topics & self.compiled.absence_topics
                        } else {
                            *topics
                        };
                        mask |= open;
                        spoken |= topics & !open;
                    }
                }
            }
        }
        (mask, spoken)
    }
}

#[cfg(test)]
mod clause_tests;
#[cfg(test)]
mod hearsay_tests;
#[cfg(test)]
mod mechanism_tests;
#[cfg(test)]
mod tests;

/// English words so common that any English description has many of them.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "my", "i", "im", "ive", "id", "is", "are", "was", "were",
    "to", "of", "in", "on", "at", "it", "its", "she", "shes", "her", "he", "hes", "his", "we",
    "our", "you", "your", "me", "this", "that", "with", "for", "from", "have", "has", "had", "not",
    "no", "be", "been", "do", "does", "did", "dont", "didnt", "can", "cant", "will", "would", "so",
    "just", "very", "since", "when", "after", "now", "what", "how", "if", "then", "there", "they",
    "them", "their", "than", "also", "all", "some", "any", "about", "up", "out", "down",
];

/// Is most of `doc` in a language this reader does not read ("masakit
/// likod ko tapos nahimatay siya sa kusina")? Eight words or more, under
/// one in six of them an everyday English word, and over a third of them
/// neither such a word nor one the lexicon knows. Terse English ("cramping
/// every few minutes like period pain") is full of lexicon words, and
/// shorthand ("bk spasms r achy") has its "but", "too"; a description
/// flagged here gets the whole warning-sign screen whatever was read.
fn other_language(c: &compile::Compiled, doc: &Doc<'_>) -> bool {
    let (mut words, mut everyday, mut unknown) = (0usize, 0usize, 0usize);
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let w = doc.word(i);
        words += 1;
        if FUNCTION_WORDS.contains(&w) {
            everyday += 1;
        } else if !c.known.contains(w) {
            unknown += 1;
        }
    }
    words >= 8 && everyday * 6 < words && unknown * 20 > words * 7
}
