//! The triage engine: ordered dispositions, the finding ids of
//! `triage-rules.md`, and the decision (the most urgent finding wins, plus the
//! fever + severe pain combination). Wording for the person comes from
//! content, in [`actions`].

pub mod actions;
pub mod calls;
mod finding;
pub mod shared;

pub use actions::{
    Assessment, Question, RegionTexts, ReportedFinding, SetAside, assess, assess_intake,
    assess_reading,
};
pub use finding::{FindingId, UnknownFinding};

use serde::Serialize;

/// How urgently to get care. The derived order is the clinical order:
/// `SelfCare < Review < SameDay < Emergency`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Disposition {
    SelfCare,
    Review,
    SameDay,
    Emergency,
}

impl Disposition {
    pub const ALL: [Disposition; 4] = [
        Disposition::SelfCare,
        Disposition::Review,
        Disposition::SameDay,
        Disposition::Emergency,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Disposition::SelfCare => "self_care",
            Disposition::Review => "review",
            Disposition::SameDay => "same_day",
            Disposition::Emergency => "emergency",
        }
    }

    pub fn parse(s: &str) -> Option<Disposition> {
        Disposition::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

impl std::fmt::Display for Disposition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A named rule that raises urgency when findings occur together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Combination {
    /// `fever` with `severe_pain`: emergency (triage-rules.md).
    FeverWithSeverePain,
}

/// One finding with the disposition it carries in this assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weighed {
    pub id: FindingId,
    /// The disposition after combination rules (never below the finding's own).
    pub disposition: Disposition,
    pub combination: Option<Combination>,
}

/// The bare decision: which disposition, and which findings carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub disposition: Disposition,
    /// Every distinct finding, in the order first given, with its weight.
    pub findings: Vec<Weighed>,
}

impl Decision {
    /// The findings whose disposition equals the result: the reasons.
    pub fn because(&self) -> impl Iterator<Item = FindingId> + '_ {
        self.findings
            .iter()
            .filter(move |w| {
                w.disposition == self.disposition && w.disposition > Disposition::SelfCare
            })
            .map(|w| w.id)
    }
}

/// Decide the disposition for a set of findings. Duplicates are ignored;
/// the result is the most urgent disposition of any finding after the
/// combination rule, and `SelfCare` when there is none.
pub fn decide(findings: &[FindingId]) -> Decision {
    let mut distinct: Vec<FindingId> = Vec::with_capacity(findings.len());
    for &id in findings {
        if !distinct.contains(&id) {
            distinct.push(id);
        }
    }
    let fever_with_severe_pain =
        distinct.contains(&FindingId::Fever) && distinct.contains(&FindingId::SeverePain);
    let weighed: Vec<Weighed> = distinct
        .iter()
        .map(|&id| {
            let own = id.disposition();
            if fever_with_severe_pain && matches!(id, FindingId::Fever | FindingId::SeverePain) {
                Weighed {
                    id,
                    disposition: Disposition::Emergency,
                    combination: Some(Combination::FeverWithSeverePain),
                }
            } else {
                Weighed {
                    id,
                    disposition: own,
                    combination: None,
                }
            }
        })
        .collect();
    let disposition = weighed
        .iter()
        .map(|w| w.disposition)
        .max()
        .unwrap_or(Disposition::SelfCare);
    Decision {
        disposition,
        findings: weighed,
    }
}

#[cfg(test)]
mod tests;
