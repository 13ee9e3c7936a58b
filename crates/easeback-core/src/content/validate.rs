//! Checking the typed content: ids unique and known, every field filled,
//! phrases well formed, sources cited, dispositions and the ladder complete.
//! Every error names the file, the key and what is wrong.

use super::model::*;
use crate::{Disposition, FindingId};
use serde::Deserialize;
use std::collections::{BTreeSet, HashSet};
/// A content file that failed to parse or validate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {key}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ContentError {
    pub file: String,
    pub line: Option<usize>,
    /// The TOML key at fault, e.g. `finding[3].id`.
    pub key: String,
    pub message: String,
}

pub(super) fn err(file: &str, key: impl Into<String>, message: impl Into<String>) -> ContentError {
    ContentError {
        file: file.to_string(),
        line: None,
        key: key.into(),
        message: message.into(),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFinding {
    pub(super) id: String,
    pub(super) disposition: String,
    pub(super) label: String,
    #[serde(default)]
    pub(super) question: Option<String>,
    #[serde(default)]
    pub(super) part_of: Option<FindingId>,
    #[serde(default)]
    pub(super) asked_after: Option<FindingId>,
    pub(super) why: String,
    pub(super) sources: Vec<String>,
    #[serde(default)]
    pub(super) phrases: Vec<String>,
    #[serde(default)]
    pub(super) exclude: Vec<String>,
}

/// Items of one section with the file each came from.
pub(super) struct Located<T> {
    pub(super) file: String,
    pub(super) index: usize,
    pub(super) item: T,
}

pub(super) fn nonempty(file: &str, key: &str, value: &str) -> Result<(), ContentError> {
    if value.trim().is_empty() {
        Err(err(file, key, "must not be empty"))
    } else {
        Ok(())
    }
}

pub(super) fn check_unique<'a>(
    file: &str,
    section: &str,
    seen: &mut HashSet<&'a str>,
    index: usize,
    id: &'a str,
) -> Result<(), ContentError> {
    nonempty(file, &format!("{section}[{index}].id"), id)?;
    if !seen.insert(id) {
        return Err(err(
            file,
            format!("{section}[{index}].id"),
            format!("duplicate id '{id}'"),
        ));
    }
    Ok(())
}

pub(super) fn validate_sources(
    sources: &[Located<Source>],
) -> Result<BTreeSet<&str>, ContentError> {
    let mut seen = HashSet::new();
    for s in sources {
        check_unique(&s.file, "source", &mut seen, s.index, &s.item.id)?;
        // a public source has a web address; one that is not public (the
        // guidance article) has none, never a path into a private folder
        let url = &s.item.url;
        if !(url.is_empty() || url.starts_with("https://")) {
            return Err(err(
                &s.file,
                format!("source[{}].url", s.index),
                "a source's url is empty or starts with https://",
            ));
        }
    }
    Ok(seen.into_iter().collect())
}

type Refs<'a> = dyn Fn(&str, String, &[String]) -> Result<(), ContentError> + 'a;

pub(super) fn validate_findings(
    raw: Vec<Located<RawFinding>>,
    lexicon: &Lexicon,
    refs: &Refs<'_>,
) -> Result<Vec<FindingInfo>, ContentError> {
    let mut slots: Vec<Option<FindingInfo>> = vec![None; FindingId::ALL.len()];
    for Located {
        file,
        index: i,
        item,
    } in raw
    {
        let key = format!("finding[{i}]");
        let id: FindingId = item
            .id
            .parse()
            .map_err(|e: crate::triage::UnknownFinding| {
                err(&file, format!("{key}.id"), e.to_string())
            })?;
        if item.id != id.as_str() {
            return Err(err(
                &file,
                format!("{key}.id"),
                format!("write the id exactly as '{}'", id.as_str()),
            ));
        }
        let slot = &mut slots[id as usize];
        if slot.is_some() {
            return Err(err(
                &file,
                format!("{key}.id"),
                format!("duplicate id '{id}'"),
            ));
        }
        let disposition = Disposition::parse(&item.disposition).ok_or_else(|| {
            err(
                &file,
                format!("{key}.disposition"),
                format!("unknown disposition '{}'", item.disposition),
            )
        })?;
        if disposition != id.disposition() {
            return Err(err(
                &file,
                format!("{key}.disposition"),
                format!(
                    "'{id}' is {} in triage-rules.md, not {disposition}",
                    id.disposition()
                ),
            ));
        }
        nonempty(&file, &format!("{key}.label"), &item.label)?;
        match &item.question {
            Some(q) => nonempty(&file, &format!("{key}.question"), q)?,
            None if disposition >= Disposition::SameDay => {
                return Err(err(
                    &file,
                    format!("{key}.question"),
                    format!(
                        "'{id}' is {disposition}: it needs a yes/no question for the check to ask"
                    ),
                ));
            }
            None => {}
        }
        nonempty(&file, &format!("{key}.why"), &item.why)?;
        refs(&file, format!("{key}.sources"), &item.sources)?;
        if item.phrases.is_empty() {
            return Err(err(
                &file,
                format!("{key}.phrases"),
                format!("'{id}' needs phrases so text can reach it"),
            ));
        }
        let mut seen = HashSet::new();
        // (the key is only written out for an error: some 7,000 phrases
        // are checked at every start)
        for (j, p) in item.phrases.iter().chain(&item.exclude).enumerate() {
            let problem = phrase_problem(p, lexicon).or_else(|| {
                (!seen.insert(crate::intake::normalize_phrase(p)))
                    .then(|| format!("duplicate phrase '{p}'"))
            });
            if let Some(problem) = problem {
                return Err(err(&file, format!("{key}.phrases[{j}]"), problem));
            }
        }
        *slot = Some(FindingInfo {
            id,
            disposition,
            label: item.label,
            question: item.question,
            part_of: item.part_of,
            asked_after: item.asked_after,
            why: item.why,
            sources: item.sources,
            phrases: item.phrases,
            exclude: item.exclude,
        });
    }
    let mut out = Vec::with_capacity(slots.len());
    for (slot, id) in slots.into_iter().zip(FindingId::ALL) {
        out.push(slot.ok_or_else(|| {
            err(
                "findings.toml",
                "finding",
                format!("no entry for finding '{id}'"),
            )
        })?);
    }
    Ok(out)
}

/// Topics: unique ids, words, findings with questions, and every emergency
/// or same_day finding reachable from some warning topic.
pub(super) fn validate_topics(
    topics: &[Located<Topic>],
    findings: &[FindingInfo],
) -> Result<(), ContentError> {
    let mut seen = HashSet::new();
    let mut asked = HashSet::new();
    for t in topics {
        let (f, i, topic) = (&t.file, t.index, &t.item);
        check_unique(f, "topic", &mut seen, i, &topic.id)?;
        nonempty(f, &format!("topic[{i}].name"), &topic.name)?;
        if topic.words.is_empty() || topic.words.iter().any(|w| w.trim().is_empty()) {
            return Err(err(
                f,
                format!("topic[{i}].words"),
                "needs words, none empty",
            ));
        }
        if topic.warning == topic.findings.is_empty() {
            return Err(err(
                f,
                format!("topic[{i}].findings"),
                "a warning topic names findings; one with warning = false names none",
            ));
        }
        for id in &topic.findings {
            if findings[*id as usize].question.is_none() {
                return Err(err(
                    f,
                    format!("topic[{i}].findings"),
                    format!("'{id}' has no question in findings.toml"),
                ));
            }
            asked.insert(*id);
        }
    }
    if let Some(missing) = FindingId::ALL
        .iter()
        .find(|id| id.disposition() >= Disposition::SameDay && !asked.contains(*id))
    {
        return Err(err(
            "topics.toml",
            "topic",
            format!("no warning topic asks about '{missing}'"),
        ));
    }
    Ok(())
}

/// What is wrong with a phrase of `findings.toml`, if anything: empty,
/// opening or closing with a "..." gap, or naming an unknown word class.
pub(super) fn phrase_problem(phrase: &str, lexicon: &Lexicon) -> Option<String> {
    let mut words = phrase.split_whitespace();
    if words.clone().all(|w| w == "...") {
        return Some("empty phrase".to_string());
    }
    if words.next() == Some("...") || words.next_back() == Some("...") {
        return Some(format!("'{phrase}' may not start or end with '...'"));
    }
    phrase.split_whitespace().find_map(|w| {
        let class = w.strip_prefix('@')?;
        (!lexicon.classes.contains_key(class))
            .then(|| format!("unknown word class '@{class}' in '{phrase}'"))
    })
}

pub(super) fn validate_lexicon(file: &str, lexicon: &Lexicon) -> Result<(), ContentError> {
    for (name, words) in &lexicon.classes {
        if words.is_empty() {
            return Err(err(
                file,
                format!("lexicon.classes.{name}"),
                "empty word class",
            ));
        }
        for w in words {
            if w.contains('@') || w.contains("...") {
                return Err(err(
                    file,
                    format!("lexicon.classes.{name}"),
                    "a class entry may not nest classes or gaps",
                ));
            }
        }
    }
    for from in lexicon.spelling.keys() {
        let key = crate::intake::normalize_phrase(from);
        if key.is_empty() || key.contains(' ') {
            return Err(err(
                file,
                format!("lexicon.spelling.{from}"),
                "a spelling key must be a single word of letters",
            ));
        }
    }
    let m = &lexicon.modifiers;
    for (name, list) in [("negation", &m.negation), ("terminators", &m.terminators)] {
        if list.is_empty() {
            return Err(err(
                file,
                format!("lexicon.modifiers.{name}"),
                "must not be empty",
            ));
        }
    }
    Ok(())
}

pub(super) fn validate_dispositions(
    list: Vec<Located<DispositionText>>,
) -> Result<Vec<DispositionText>, ContentError> {
    let mut slots: Vec<Option<DispositionText>> = vec![None; Disposition::ALL.len()];
    for Located {
        file,
        index: i,
        item,
    } in list
    {
        let d = Disposition::parse(&item.id).ok_or_else(|| {
            err(
                &file,
                format!("disposition[{i}].id"),
                format!("unknown disposition '{}'", item.id),
            )
        })?;
        nonempty(&file, &format!("disposition[{i}].action"), &item.action)?;
        if slots[d as usize].replace(item).is_some() {
            return Err(err(
                &file,
                format!("disposition[{i}].id"),
                format!("duplicate disposition '{d}'"),
            ));
        }
    }
    slots
        .into_iter()
        .zip(Disposition::ALL)
        .map(|(s, d)| {
            s.ok_or_else(|| {
                err(
                    "dispositions.toml",
                    "disposition",
                    format!("no entry for '{d}'"),
                )
            })
        })
        .collect()
}

pub(super) fn validate_ladder(
    file: &str,
    ladder: &Ladder,
    exercise_ids: &HashSet<&str>,
    refs: &Refs<'_>,
) -> Result<(), ContentError> {
    let q = &ladder.check_in;
    for (key, text) in [
        ("pain", &q.pain),
        ("helped", &q.helped),
        ("shooting", &q.shooting),
        ("anything_new", &q.anything_new),
    ] {
        nonempty(file, &format!("ladder.check_in.{key}"), text)?;
    }
    let mut seen = HashSet::new();
    for (i, step) in ladder.steps.iter().enumerate() {
        let key = format!("ladder.step[{i}]");
        check_unique(file, "ladder.step", &mut seen, i, &step.id)?;
        if usize::from(step.number) != i + 1 {
            return Err(err(
                file,
                format!("{key}.number"),
                format!("steps must be numbered 1, 2, 3…; found {}", step.number),
            ));
        }
        nonempty(file, &format!("{key}.what"), &step.what)?;
        nonempty(file, &format!("{key}.dose"), &step.dose)?;
        nonempty(file, &format!("{key}.caution"), &step.caution)?;
        for e in &step.exercises {
            if !exercise_ids.contains(e.as_str()) {
                return Err(err(
                    file,
                    format!("{key}.exercises"),
                    format!("unknown exercise '{e}'"),
                ));
            }
        }
        refs(file, format!("{key}.sources"), &step.sources)?;
    }
    if ladder.steps.is_empty() {
        return Err(err(file, "ladder.step", "the ladder has no steps"));
    }
    Ok(())
}
