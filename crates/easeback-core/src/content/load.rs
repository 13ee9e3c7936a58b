//! Reading content TOML into the typed model: every file parsed with line
//! numbers, its sections gathered, then checked by [`super::validate`]
//! before a [`Content`] is built.

use super::model::*;
use super::validate::{
    ContentError, Located, RawFinding, check_unique, err, nonempty, validate_dispositions,
    validate_findings, validate_ladder, validate_lexicon, validate_sources, validate_topics,
};
use serde::Deserialize;
use std::collections::HashSet;

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

fn table_doc(file: &str, table: toml::Table) -> Result<RawDoc, ContentError> {
    toml::Value::Table(table)
        .try_into::<RawDoc>()
        .map_err(|e| err(file, "(document)", e.to_string()))
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

impl Content {
    /// Parse and validate the knowledge base from named TOML files.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Content, ContentError> {
        Content::translated(files, &[])
    }

    /// The knowledge base of `files` with the words of `translations` (named
    /// like the file they translate) laid over them by
    /// [`super::overlay::merge`], then validated as the English is.
    pub fn translated(
        files: &[(&str, &str)],
        translations: &[(&str, &str)],
    ) -> Result<Content, ContentError> {
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
            let given = |name: &str| {
                translations
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, t)| *t)
            };
            let doc = match (given(file), file) {
                // the reader's words: the other language's lexicon joins the
                // English one, its phrases join each finding's
                (Some(other), "lexicon.toml") => {
                    let mut lexicon = super::overlay::parse_table(file, text)?;
                    let theirs =
                        super::overlay::parse_table(&super::overlay::translated_name(file), other)?;
                    super::overlay::union_lexicon(&mut lexicon, &theirs);
                    table_doc(file, lexicon)?
                }
                (Some(words), _) => {
                    let mut table = super::overlay::merge(file, text, words)?;
                    if let Some(phrases) = given("phrases.toml").filter(|_| file == "findings.toml")
                    {
                        super::overlay::add_phrases(&mut table, phrases)?;
                    }
                    table_doc(file, table)?
                }
                (None, _) => parse_doc(file, text)?,
            };
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
            lang: crate::Lang::En,
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
