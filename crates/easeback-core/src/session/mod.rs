//! The guided relief session as a pure state machine: the self-care ladder
//! one step at a time, a check-in after each step, the ladder's stop rule
//! (pain shooting down a leg or any red flag ends the session in an
//! escalated state carrying the triage result), "if a step helps, stick with
//! it", pause / resume / skip / stop. Time comes in as `now`.

mod plan;
pub mod trail;

pub use plan::{Plan, PlannedStep, suggest_start};

use crate::triage::decide;
use crate::{Disposition, FindingId};
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

/// Where the session is.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "phase", rename_all = "snake_case")]
pub enum Phase {
    /// Waiting for the starting pain score.
    NotStarted,
    /// Doing step `index`; `running_since` is `None` while paused.
    Step {
        index: usize,
        running_since: Option<Timestamp>,
        elapsed_ms: i64,
    },
    /// The step is done; waiting for the check-in answers.
    CheckIn {
        index: usize,
    },
    /// The step helped: repeat it, keep it and finish, or go on.
    Helped {
        index: usize,
    },
    Finished,
    /// A stop answer: see the triage result, nothing else follows.
    Escalated {
        disposition: Disposition,
        findings: Vec<FindingId>,
    },
}

/// What the person did or answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    Start {
        pain: u8,
    },
    Pause,
    Resume,
    /// The step's time or reps are done.
    StepDone,
    Skip,
    /// Skip the step, having answered the stop questions first (the web
    /// asks them on a skip too): a stop answer ends the session as a
    /// check-in's would.
    SkipAnswered {
        shooting_leg_pain: bool,
        red_flags: Vec<FindingId>,
    },
    /// After a step: pain now, did it help, and the stop questions
    /// (pain shooting down a leg; any red-flag findings, e.g. from free text).
    CheckIn {
        pain: u8,
        helped: bool,
        shooting_leg_pain: bool,
        red_flags: Vec<FindingId>,
    },
    /// Do the step that helped once more.
    Repeat,
    /// Move on to the next step.
    Next,
    /// End the session now.
    Stop,
}

/// What the caller should do after a transition.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "effect", rename_all = "snake_case")]
pub enum Effect {
    ShowStep {
        index: usize,
    },
    StartTimer {
        seconds: u32,
    },
    PauseTimer,
    ResumeTimer {
        remaining_seconds: u32,
    },
    AskCheckIn {
        index: usize,
    },
    OfferRepeat {
        index: usize,
    },
    Escalate {
        disposition: Disposition,
        findings: Vec<FindingId>,
    },
    SaveOutcome,
    /// The event does not apply here; nothing changed.
    Ignored,
}

/// One step as it was done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    pub step: String,
    pub started_at: Timestamp,
    pub ended_at: Timestamp,
    pub skipped: bool,
    pub pain_after: Option<u8>,
    pub helped: Option<bool>,
}

/// The session as it stands; [`transition`] returns the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct State {
    pub plan: Plan,
    pub phase: Phase,
    pub started_at: Option<Timestamp>,
    pub pain_before: Option<u8>,
    pub records: Vec<StepRecord>,
    step_started_at: Option<Timestamp>,
}

/// What is saved when a session ends.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub started_at: Timestamp,
    pub ended_at: Timestamp,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    /// The last step that helped (one that was done, not skipped).
    pub helped_step: Option<String>,
    pub escalated: Option<Disposition>,
    pub steps: Vec<StepRecord>,
}

impl State {
    pub fn new(plan: Plan) -> State {
        State {
            plan,
            phase: Phase::NotStarted,
            started_at: None,
            pain_before: None,
            records: Vec::new(),
            step_started_at: None,
        }
    }

    pub fn is_over(&self) -> bool {
        matches!(self.phase, Phase::Finished | Phase::Escalated { .. })
    }

    /// The outcome to save, once the session is over.
    pub fn outcome(&self, now: Timestamp) -> Option<Outcome> {
        if !self.is_over() {
            return None;
        }
        let helped_step = self
            .records
            .iter()
            .rev()
            .find(|r| !r.skipped && r.helped == Some(true))
            .map(|r| r.step.clone());
        Some(Outcome {
            started_at: self.started_at.unwrap_or(now),
            ended_at: now,
            pain_before: self.pain_before,
            pain_after: self.records.iter().rev().find_map(|r| r.pain_after),
            helped_step,
            escalated: match &self.phase {
                Phase::Escalated { disposition, .. } => Some(*disposition),
                _ => None,
            },
            steps: self.records.clone(),
        })
    }

    fn begin_step(&mut self, index: usize, now: Timestamp, effects: &mut Vec<Effect>) {
        self.phase = Phase::Step {
            index,
            running_since: Some(now),
            elapsed_ms: 0,
        };
        self.step_started_at = Some(now);
        effects.push(Effect::ShowStep { index });
        if let Some(secs) = self.plan.steps.get(index).and_then(|s| s.seconds) {
            effects.push(Effect::StartTimer { seconds: secs });
        }
    }

    fn record(
        &mut self,
        index: usize,
        now: Timestamp,
        skipped: bool,
        pain_after: Option<u8>,
        helped: Option<bool>,
    ) {
        if let Some(step) = self.plan.steps.get(index) {
            self.records.push(StepRecord {
                step: step.id.clone(),
                started_at: self.step_started_at.unwrap_or(now),
                ended_at: now,
                skipped,
                pain_after,
                helped,
            });
        }
    }

    /// A stop answer: the session ends here with the card for `findings`.
    fn escalate(
        &mut self,
        disposition: Disposition,
        findings: Vec<FindingId>,
        effects: &mut Vec<Effect>,
    ) {
        self.phase = Phase::Escalated {
            disposition,
            findings: findings.clone(),
        };
        effects.push(Effect::Escalate {
            disposition,
            findings,
        });
        effects.push(Effect::SaveOutcome);
    }

    fn next_or_finish(&mut self, index: usize, now: Timestamp, effects: &mut Vec<Effect>) {
        if index + 1 < self.plan.steps.len() {
            self.begin_step(index + 1, now, effects);
        } else {
            self.phase = Phase::Finished;
            effects.push(Effect::SaveOutcome);
        }
    }
}

/// The ladder's stop rule: pain shooting down a leg, or red flags that need
/// same-day or emergency care. `Some` with triage's disposition and the
/// findings when the ladder must stop.
pub fn stop_answer(
    shooting_leg_pain: bool,
    red_flags: &[FindingId],
) -> Option<(Disposition, Vec<FindingId>)> {
    let mut findings = red_flags.to_vec();
    if shooting_leg_pain && !findings.contains(&FindingId::NervePain) {
        findings.push(FindingId::NervePain);
    }
    let decision = decide(&findings);
    (decision.disposition >= Disposition::SameDay).then(|| {
        (
            decision.disposition,
            decision.findings.iter().map(|w| w.id).collect(),
        )
    })
}

/// The pure transition: the next state and what to do.
pub fn transition(mut s: State, event: Event, now: Timestamp) -> (State, Vec<Effect>) {
    let mut fx = Vec::new();
    if s.is_over() {
        return (s, vec![Effect::Ignored]);
    }
    match (s.phase.clone(), event) {
        (_, Event::Stop) => {
            if let Phase::Step { index, .. } | Phase::CheckIn { index } = s.phase {
                s.record(index, now, true, None, None);
            }
            s.started_at.get_or_insert(now);
            s.phase = Phase::Finished;
            fx.push(Effect::SaveOutcome);
        }
        (Phase::NotStarted, Event::Start { pain }) if pain <= 10 && !s.plan.steps.is_empty() => {
            s.started_at = Some(now);
            s.pain_before = Some(pain);
            let first = s.plan.start.min(s.plan.steps.len() - 1);
            s.begin_step(first, now, &mut fx);
        }
        (
            Phase::Step {
                index,
                running_since: Some(since),
                elapsed_ms,
            },
            Event::Pause,
        ) => {
            let elapsed = elapsed_ms
                + now
                    .duration_since(since)
                    .as_millis()
                    .clamp(0, i64::MAX as i128) as i64;
            s.phase = Phase::Step {
                index,
                running_since: None,
                elapsed_ms: elapsed,
            };
            fx.push(Effect::PauseTimer);
        }
        (
            Phase::Step {
                index,
                running_since: None,
                elapsed_ms,
            },
            Event::Resume,
        ) => {
            s.phase = Phase::Step {
                index,
                running_since: Some(now),
                elapsed_ms,
            };
            let total = s
                .plan
                .steps
                .get(index)
                .and_then(|st| st.seconds)
                .unwrap_or(0);
            let done = SignedDuration::from_millis(elapsed_ms).as_secs().max(0) as u32;
            fx.push(Effect::ResumeTimer {
                remaining_seconds: total.saturating_sub(done),
            });
        }
        (Phase::Step { index, .. }, Event::StepDone) => {
            s.phase = Phase::CheckIn { index };
            fx.push(Effect::AskCheckIn { index });
        }
        (Phase::Step { index, .. }, Event::Skip) => {
            s.record(index, now, true, None, None);
            s.next_or_finish(index, now, &mut fx);
        }
        (
            Phase::Step { index, .. },
            Event::SkipAnswered {
                shooting_leg_pain,
                red_flags,
            },
        ) => {
            s.record(index, now, true, None, None);
            match stop_answer(shooting_leg_pain, &red_flags) {
                Some((disposition, findings)) => s.escalate(disposition, findings, &mut fx),
                None => s.next_or_finish(index, now, &mut fx),
            }
        }
        (
            Phase::CheckIn { index },
            Event::CheckIn {
                pain,
                helped,
                shooting_leg_pain,
                red_flags,
            },
        ) if pain <= 10 => {
            s.record(index, now, false, Some(pain), Some(helped));
            if let Some((disposition, findings)) = stop_answer(shooting_leg_pain, &red_flags) {
                s.escalate(disposition, findings, &mut fx);
            } else if helped {
                s.phase = Phase::Helped { index };
                fx.push(Effect::OfferRepeat { index });
            } else {
                s.next_or_finish(index, now, &mut fx);
            }
        }
        (Phase::Helped { index }, Event::Repeat) => s.begin_step(index, now, &mut fx),
        (Phase::Helped { index }, Event::Next) => s.next_or_finish(index, now, &mut fx),
        _ => fx.push(Effect::Ignored),
    }
    (s, fx)
}

#[cfg(test)]
mod tests;
