//! Reading content TOML into the typed model and validating it. Every error
//! names the file, the line where known, the key and what is wrong, so a
//! content editor can fix it without reading Rust.

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

fn err(file: &str, key: impl Into<String>, message: impl Into<String>) -> ContentError {
    ContentError {
        file: file.to_string(),
        line: None,
        key: key.into(),
        message: message.into(),
    }
}

/// One content document: every section is optional so files can be split.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDoc {
    #[serde(default)]
    source: Vec<Source>,
    #[serde(default)]
    finding: Vec<RawFinding>,
    lexicon: Option<Lexicon>,
    #[serde(default)]
    disposition: Vec<DispositionText>,
    messages: Option<Messages>,
    #[serde(default)]
    trigger: Vec<Trigger>,
    #[serde(default)]
    first_step: Vec<FirstStep>,
    ladder: Option<Ladder>,
    #[serde(default)]
    exercise: Vec<Exercise>,
    routine: Option<Routine>,
    #[serde(default)]
    region: Vec<Region>,
    #[serde(default)]
    topic: Vec<Topic>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFinding {
    id: String,
    disposition: String,
    label: String,
    #[serde(default)]
    question: Option<String>,
    #[serde(default)]
    part_of: Option<FindingId>,
    #[serde(default)]
    asked_after: Option<FindingId>,
    why: String,
    sources: Vec<String>,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
}

/// Parse one TOML document holding every section of the knowledge base.
pub fn parse(text: &str) -> Result<Content, ContentError> {
    Content::from_files(&[("content", text)])
}

fn parse_doc(file: &str, text: &str) -> Result<RawDoc, ContentError> {
    toml::from_str::<RawDoc>(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let message = e.message().to_string();
        ContentError {
            file: file.to_string(),
            line,
            key: "(document)".into(),
            message,
        }
    })
}

/// Items of one section with the file each came from.
struct Located<T> {
    file: String,
    index: usize,
    item: T,
}

fn locate<T>(file: &str, items: Vec<T>, into: &mut Vec<Located<T>>) {
    into.extend(items.into_iter().enumerate().map(|(index, item)| Located {
        file: file.to_string(),
        index,
        item,
    }));
}

fn single<T>(section: &str, found: Vec<(String, T)>) -> Result<(String, T), ContentError> {
    let count = found.len();
    let mut found = found.into_iter();
    match (found.next(), count) {
        (Some(only), 1) => Ok(only),
        (None, _) => Err(err(
            "content",
            section,
            format!("missing section [{section}] in every file"),
        )),
        (Some((file, _)), _) => Err(err(
            &file,
            section,
            format!("section [{section}] appears in {count} files"),
        )),
    }
}

fn nonempty(file: &str, key: &str, value: &str) -> Result<(), ContentError> {
    if value.trim().is_empty() {
        Err(err(file, key, "must not be empty"))
    } else {
        Ok(())
    }
}

fn check_unique<'a>(
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

impl Content {
    /// Parse and validate the knowledge base from named TOML files.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Content, ContentError> {
        let mut sources = Vec::new();
        let mut findings = Vec::new();
        let mut lexicons = Vec::new();
        let mut dispositions = Vec::new();
        let mut messages = Vec::new();
        let mut triggers = Vec::new();
        let mut first_steps = Vec::new();
        let mut ladders = Vec::new();
        let mut exercises = Vec::new();
        let mut routines = Vec::new();
        let mut regions = Vec::new();
        let mut topics = Vec::new();
        for &(file, text) in files {
            let doc = parse_doc(file, text)?;
            locate(file, doc.source, &mut sources);
            locate(file, doc.finding, &mut findings);
            locate(file, doc.disposition, &mut dispositions);
            locate(file, doc.trigger, &mut triggers);
            locate(file, doc.first_step, &mut first_steps);
            locate(file, doc.exercise, &mut exercises);
            locate(file, doc.region, &mut regions);
            locate(file, doc.topic, &mut topics);
            lexicons.extend(doc.lexicon.map(|l| (file.to_string(), l)));
            messages.extend(doc.messages.map(|m| (file.to_string(), m)));
            ladders.extend(doc.ladder.map(|l| (file.to_string(), l)));
            routines.extend(doc.routine.map(|r| (file.to_string(), r)));
        }

        let source_ids = validate_sources(&sources)?;
        let refs = |file: &str, key: String, list: &[String]| -> Result<(), ContentError> {
            if list.is_empty() {
                return Err(err(
                    file,
                    key,
                    "names no source; every fact needs one from sources.toml",
                ));
            }
            for s in list {
                if !source_ids.contains(s.as_str()) {
                    return Err(err(
                        file,
                        &key,
                        format!("unknown source '{s}'; add it to sources.toml"),
                    ));
                }
            }
            Ok(())
        };

        let (lex_file, lexicon) = single("lexicon", lexicons)?;
        let findings = validate_findings(findings, &lexicon, &refs)?;
        validate_lexicon(&lex_file, &lexicon)?;
        let dispositions = validate_dispositions(dispositions)?;
        let (_, messages) = single("messages", messages)?;

        let mut seen = HashSet::new();
        for t in &triggers {
            let (f, i, tr) = (&t.file, t.index, &t.item);
            check_unique(f, "trigger", &mut seen, i, &tr.id)?;
            nonempty(f, &format!("trigger[{i}].name"), &tr.name)?;
            nonempty(f, &format!("trigger[{i}].why"), &tr.why)?;
            nonempty(f, &format!("trigger[{i}].quick_action"), &tr.quick_action)?;
            refs(f, format!("trigger[{i}].sources"), &tr.sources)?;
        }
        let mut seen = HashSet::new();
        for s in &first_steps {
            let (f, i, st) = (&s.file, s.index, &s.item);
            check_unique(f, "first_step", &mut seen, i, &st.id)?;
            nonempty(f, &format!("first_step[{i}].dose"), &st.dose)?;
            if st.how.is_empty() {
                return Err(err(
                    f,
                    format!("first_step[{i}].how"),
                    "must list at least one instruction",
                ));
            }
            refs(f, format!("first_step[{i}].sources"), &st.sources)?;
        }
        let mut exercise_ids = HashSet::new();
        for e in &exercises {
            let (f, i, ex) = (&e.file, e.index, &e.item);
            check_unique(f, "exercise", &mut exercise_ids, i, &ex.id)?;
            for (key, value) in [
                ("name", &ex.name),
                ("position", &ex.position),
                ("movement", &ex.movement),
                ("breathing", &ex.breathing),
                ("dose", &ex.dose),
                ("caution", &ex.caution),
            ] {
                nonempty(f, &format!("exercise[{i}].{key}"), value)?;
            }
            refs(f, format!("exercise[{i}].sources"), &ex.sources)?;
        }
        let (ladder_file, ladder) = single("ladder", ladders)?;
        validate_ladder(&ladder_file, &ladder, &exercise_ids, &refs)?;
        let (routine_file, routine) = single("routine", routines)?;
        for (i, s) in routine.sections.iter().enumerate() {
            nonempty(
                &routine_file,
                &format!("routine.section[{i}].title"),
                &s.title,
            )?;
            if s.items.is_empty() {
                return Err(err(
                    &routine_file,
                    format!("routine.section[{i}].items"),
                    "must not be empty",
                ));
            }
            refs(
                &routine_file,
                format!("routine.section[{i}].sources"),
                &s.sources,
            )?;
        }
        let bt = &routine.break_timer;
        if bt.every_minutes_min == 0 || bt.every_minutes_min > bt.every_minutes_max {
            return Err(err(
                &routine_file,
                "routine.break_timer",
                "every_minutes_min must be 1..=every_minutes_max",
            ));
        }
        let mut seen = HashSet::new();
        for r in &regions {
            let (f, i, rg) = (&r.file, r.index, &r.item);
            check_unique(f, "region", &mut seen, i, &rg.id)?;
            if rg.emergency.is_empty() || rg.emergency.iter().any(|n| n.trim().is_empty()) {
                return Err(err(
                    f,
                    format!("region[{i}].emergency"),
                    format!("region '{}' has no emergency number", rg.id),
                ));
            }
            nonempty(f, &format!("region[{i}].same_day"), &rg.same_day)?;
            if rg.spelling != "us" && rg.spelling != "uk" {
                return Err(err(
                    f,
                    format!("region[{i}].spelling"),
                    "must be \"us\" or \"uk\"",
                ));
            }
            for line in rg.advice_lines.iter().chain(&rg.crisis_lines) {
                nonempty(f, &format!("region[{i}] line name"), &line.name)?;
                nonempty(f, &format!("region[{i}] line number"), &line.number)?;
            }
            refs(f, format!("region[{i}].sources"), &rg.sources)?;
        }
        validate_topics(&topics, &findings)?;
        if regions.is_empty() {
            return Err(err("content", "region", "no [[region]] entries"));
        }
        if triggers.is_empty() || exercises.is_empty() || first_steps.is_empty() {
            return Err(err(
                "content",
                "trigger/exercise/first_step",
                "each section needs entries",
            ));
        }

        let mut content = Content {
            sources: unlocate(sources),
            findings,
            lexicon,
            dispositions,
            messages,
            triggers: unlocate(triggers),
            first_steps: unlocate(first_steps),
            ladder,
            exercises: unlocate(exercises),
            routine,
            regions: unlocate(regions),
            topics: unlocate(topics),
            region_texts: Vec::new(),
            region_calls: Vec::new(),
            warning_signs: Default::default(),
        };
        content.region_texts = crate::triage::actions::render_region_texts(&content);
        content.region_calls = crate::triage::calls::render_region_calls(&content);
        content.warning_signs =
            crate::triage::shared::Shared::new(crate::triage::actions::warning_signs(&content));
        Ok(content)
    }
}

fn unlocate<T>(v: Vec<Located<T>>) -> Vec<T> {
    v.into_iter().map(|l| l.item).collect()
}

fn validate_sources(sources: &[Located<Source>]) -> Result<BTreeSet<&str>, ContentError> {
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

fn validate_findings(
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
        for (j, p) in item.phrases.iter().chain(&item.exclude).enumerate() {
            let pkey = format!("{key}.phrases[{j}]");
            check_phrase(&file, &pkey, p, lexicon)?;
            if !seen.insert(crate::intake::normalize_phrase(p)) {
                return Err(err(&file, pkey, format!("duplicate phrase '{p}'")));
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
fn validate_topics(
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

fn check_phrase(
    file: &str,
    key: &str,
    phrase: &str,
    lexicon: &Lexicon,
) -> Result<(), ContentError> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty() || words.iter().all(|w| *w == "...") {
        return Err(err(file, key, "empty phrase"));
    }
    if words.first() == Some(&"...") || words.last() == Some(&"...") {
        return Err(err(
            file,
            key,
            format!("'{phrase}' may not start or end with '...'"),
        ));
    }
    for w in words {
        if let Some(class) = w.strip_prefix('@')
            && !lexicon.classes.contains_key(class)
        {
            return Err(err(
                file,
                key,
                format!("unknown word class '@{class}' in '{phrase}'"),
            ));
        }
    }
    Ok(())
}

fn validate_lexicon(file: &str, lexicon: &Lexicon) -> Result<(), ContentError> {
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

fn validate_dispositions(
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

fn validate_ladder(
    file: &str,
    ladder: &Ladder,
    exercise_ids: &HashSet<&str>,
    refs: &Refs<'_>,
) -> Result<(), ContentError> {
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
