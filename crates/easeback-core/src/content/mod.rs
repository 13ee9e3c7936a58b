//! The knowledge base as typed data: findings with their lay phrases,
//! triggers, first steps, the self-care ladder, exercises, the daily routine,
//! regions and sources. [`parse`] reads one TOML document,
//! [`Content::from_files`] reads several (as in `content/`), and
//! [`Content::builtin`] returns the copy embedded in the binary.

mod load;
mod model;
mod overlay;
mod validate;

pub use load::parse;
pub use model::*;
pub use validate::ContentError;

use std::sync::OnceLock;

/// The files of `content/`, embedded at build time so the binary runs from
/// any folder.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "sources.toml",
        include_str!("../../../../content/sources.toml"),
    ),
    (
        "findings.toml",
        include_str!("../../../../content/findings.toml"),
    ),
    (
        "lexicon.toml",
        include_str!("../../../../content/lexicon.toml"),
    ),
    (
        "dispositions.toml",
        include_str!("../../../../content/dispositions.toml"),
    ),
    (
        "triggers.toml",
        include_str!("../../../../content/triggers.toml"),
    ),
    (
        "first_steps.toml",
        include_str!("../../../../content/first_steps.toml"),
    ),
    (
        "ladder.toml",
        include_str!("../../../../content/ladder.toml"),
    ),
    (
        "exercises.toml",
        include_str!("../../../../content/exercises.toml"),
    ),
    (
        "routine.toml",
        include_str!("../../../../content/routine.toml"),
    ),
    (
        "regions.toml",
        include_str!("../../../../content/regions.toml"),
    ),
    (
        "topics.toml",
        include_str!("../../../../content/topics.toml"),
    ),
];

/// The Spanish words of `content/es/`, laid over the English files of the
/// same name (see [`overlay`]); sources stay as they are, and the reader's
/// Spanish lexicon and phrases join the English ones.
pub const BUILTIN_ES_FILES: &[(&str, &str)] = &[
    (
        "findings.toml",
        include_str!("../../../../content/es/findings.toml"),
    ),
    (
        "dispositions.toml",
        include_str!("../../../../content/es/dispositions.toml"),
    ),
    (
        "triggers.toml",
        include_str!("../../../../content/es/triggers.toml"),
    ),
    (
        "first_steps.toml",
        include_str!("../../../../content/es/first_steps.toml"),
    ),
    (
        "ladder.toml",
        include_str!("../../../../content/es/ladder.toml"),
    ),
    (
        "exercises.toml",
        include_str!("../../../../content/es/exercises.toml"),
    ),
    (
        "routine.toml",
        include_str!("../../../../content/es/routine.toml"),
    ),
    (
        "regions.toml",
        include_str!("../../../../content/es/regions.toml"),
    ),
    (
        "topics.toml",
        include_str!("../../../../content/es/topics.toml"),
    ),
    // the reader's Spanish words, added to the English ones
    (
        "lexicon.toml",
        include_str!("../../../../content/es/lexicon.toml"),
    ),
    (
        "phrases.toml",
        include_str!("../../../../content/es/phrases.toml"),
    ),
];

impl Content {
    /// The built-in knowledge base in `lang`, validated like the English.
    pub fn builtin_in(lang: crate::Lang) -> &'static Content {
        static SPANISH: OnceLock<Content> = OnceLock::new();
        match lang {
            crate::Lang::En => Content::builtin(),
            crate::Lang::Es => SPANISH.get_or_init(|| {
                let mut c = Content::translated(BUILTIN_FILES, BUILTIN_ES_FILES)
                    .expect("built-in Spanish content is validated by tests");
                c.lang = crate::Lang::Es;
                c
            }),
        }
    }

    /// The validated built-in knowledge base. Its validity is checked by a
    /// test, so the `expect` can only fire on a build that failed its tests.
    pub fn builtin() -> &'static Content {
        static BUILTIN: OnceLock<Content> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Content::from_files(BUILTIN_FILES).expect("built-in content is validated by tests")
        })
    }

    /// Every finding with what it means and the guidance it rests on, the
    /// most urgent first: `easeback findings --format json` and the web's
    /// "About these checks" page show this.
    pub fn about_findings(&self) -> Vec<FindingAbout<'_>> {
        let mut out: Vec<FindingAbout<'_>> = self
            .findings
            .iter()
            .map(|f| FindingAbout {
                id: f.id,
                disposition: f.disposition,
                label: &f.label,
                urgency: &self.dispositions[f.disposition as usize].title,
                question: f.question.as_deref(),
                why: &f.why,
                sources: f
                    .sources
                    .iter()
                    .filter_map(|id| self.sources.iter().find(|s| &s.id == id))
                    .collect(),
            })
            .collect();
        out.sort_by_key(|f| std::cmp::Reverse(f.disposition));
        out
    }

    /// The region `id` names, or an error listing the ones there are: what
    /// every surface answers to a region it does not know.
    pub fn find_region(&self, id: &str) -> Result<&Region, UnknownRegion> {
        self.region(id).ok_or_else(|| UnknownRegion {
            given: id.to_string(),
            known: self
                .regions
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })
    }

    /// The region a browser's first language points to (`Accept-Language:
    /// en-GB,en;q=0.9` → the UK), if any region claims it.
    pub fn region_for_language(&self, accept_language: &str) -> Option<&Region> {
        let first = accept_language
            .split(',')
            .next()?
            .split(';')
            .next()?
            .trim()
            .to_ascii_lowercase();
        self.regions.iter().find(|r| r.languages.contains(&first))
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        let wanted = id.trim().to_ascii_lowercase();
        let wanted = match wanted.as_str() {
            "gb" | "england" | "scotland" | "wales" | "northern_ireland" => "uk",
            "usa" => "us",
            other => other,
        };
        self.regions.iter().find(|r| r.id == wanted)
    }

    pub fn finding(&self, id: crate::FindingId) -> &FindingInfo {
        // from_files guarantees one entry per id, in FindingId::ALL order.
        &self.findings[id as usize]
    }
}

/// A region id that is not in the content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown region '{given}'; use one of {known}")]
pub struct UnknownRegion {
    pub given: String,
    pub known: String,
}

impl UnknownRegion {
    /// The refusal as said in any language.
    pub fn said(&self) -> crate::lang::Said {
        crate::lang::Said::new("error-unknown-region")
            .with("given", &self.given)
            .with("known", &self.known)
    }
}

#[cfg(test)]
mod tests;

/// One finding as the "About these checks" page and `findings --format
/// json` show it: what it means and where that comes from.
#[derive(Debug, Clone, serde::Serialize)]
pub struct FindingAbout<'a> {
    pub id: crate::FindingId,
    pub disposition: crate::Disposition,
    pub label: &'a str,
    /// The disposition in words ("Urgent: call now").
    pub urgency: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<&'a str>,
    pub why: &'a str,
    pub sources: Vec<&'a Source>,
}
