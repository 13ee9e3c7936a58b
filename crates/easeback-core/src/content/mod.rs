//! The knowledge base as typed data: findings with their lay phrases,
//! triggers, first steps, the self-care ladder, exercises, the daily routine,
//! regions and sources. [`parse`] reads one TOML document,
//! [`Content::from_files`] reads several (as in `content/`), and
//! [`Content::builtin`] returns the copy embedded in the binary.

mod load;
mod model;

pub use load::{ContentError, parse};
pub use model::*;

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

impl Content {
    /// The validated built-in knowledge base. Its validity is checked by a
    /// test, so the `expect` can only fire on a build that failed its tests.
    pub fn builtin() -> &'static Content {
        static BUILTIN: OnceLock<Content> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Content::from_files(BUILTIN_FILES).expect("built-in content is validated by tests")
        })
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

#[cfg(test)]
mod tests;
