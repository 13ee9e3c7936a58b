//! The session's plan, built from the ladder in content, and where the next
//! session should start given the person's history.

use super::Outcome;
use crate::content::{Content, StepKind};
use serde::Serialize;

/// One ladder step as the session runs it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedStep {
    pub id: String,
    pub number: u8,
    pub name: String,
    pub what: String,
    pub dose: String,
    pub caution: String,
    pub kind: StepKind,
    /// The timer, when the step has one.
    pub seconds: Option<u32>,
    pub exercises: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    pub steps: Vec<PlannedStep>,
    /// Index of the first step to do.
    pub start: usize,
}

impl Plan {
    /// The whole ladder, starting at `start` (clamped to the ladder).
    pub fn ladder(content: &Content, start: usize) -> Plan {
        let steps: Vec<PlannedStep> = content
            .ladder
            .steps
            .iter()
            .map(|s| PlannedStep {
                id: s.id.clone(),
                number: s.number,
                name: s.name.clone(),
                what: s.what.clone(),
                dose: s.dose.clone(),
                caution: s.caution.clone(),
                kind: s.kind,
                seconds: s.seconds,
                exercises: s.exercises.clone(),
            })
            .collect();
        let start = start.min(steps.len().saturating_sub(1));
        Plan { steps, start }
    }
}

/// Start where the person's history says relief came most often: the step
/// that helped in the most sessions (the earlier step on a tie); the first
/// step with no history.
pub fn suggest_start(content: &Content, history: &[Outcome]) -> usize {
    let steps = &content.ladder.steps;
    let mut best: Option<(usize, usize)> = None; // (count, index)
    for (i, step) in steps.iter().enumerate() {
        let n = history
            .iter()
            .filter(|o| o.helped_step.as_deref() == Some(step.id.as_str()))
            .count();
        if n > 0 && best.is_none_or(|(c, _)| n > c) {
            best = Some((n, i));
        }
    }
    best.map_or(0, |(_, i)| i)
}
