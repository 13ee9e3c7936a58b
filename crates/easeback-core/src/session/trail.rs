//! A relief session resumed from page to page by the web app: it keeps the
//! start, the pain before and each step's check-in, and on each request
//! [`resume`]s the state machine where the page left it and applies the
//! person's answer with [`super::transition`], so the web follows the same
//! rules as the terminal session; the outcome saved is
//! [`super::State::outcome`]. The web keeps the check-ins on the server (no
//! more than [`MAX_RECORDS`]).
//!
//! The compact log form (`step:pain:answer:seconds`, comma-separated) and
//! its defensive reader are for check-ins that come from outside: unknown
//! steps, impossible pain scores and times outside the session are
//! dropped, and its length is capped.

use super::{Phase, Plan, State, StepRecord};
use crate::Content;
use jiff::Timestamp;

/// Most check-ins one session keeps.
pub const MAX_RECORDS: usize = 40;

/// Longest a web session is taken to last; an older start is not trusted.
const MAX_HOURS: i64 = 12;

/// The session's start: the `started` field (Unix seconds) when it is
/// plausible, otherwise now.
pub fn started(field: &str, now: Timestamp) -> Timestamp {
    field
        .parse::<i64>()
        .ok()
        .and_then(|s| Timestamp::from_second(s).ok())
        .filter(|t| *t <= now && now.duration_since(*t).as_hours() < MAX_HOURS)
        .unwrap_or(now)
}

/// The check-ins in `log` that make sense for this content and session.
pub fn records(
    content: &Content,
    log: &str,
    started: Timestamp,
    now: Timestamp,
) -> Vec<StepRecord> {
    let mut out: Vec<StepRecord> = Vec::new();
    for item in log.split(',').take(MAX_RECORDS) {
        let parts: Vec<&str> = item.split(':').collect();
        let [step, pain, answer, secs] = parts.as_slice() else {
            continue;
        };
        if !content.ladder.steps.iter().any(|s| s.id == *step) {
            continue;
        }
        let pain_after = match *pain {
            "x" => None,
            p => match p.parse::<u8>() {
                Ok(v) if v <= 10 => Some(v),
                _ => continue,
            },
        };
        let (skipped, helped) = match *answer {
            "y" => (false, Some(true)),
            "n" => (false, Some(false)),
            "s" => (true, None),
            _ => continue,
        };
        let begun = out.last().map_or(started, |r| r.ended_at);
        let Some(ended) = secs
            .parse::<i64>()
            .ok()
            .and_then(|s| Timestamp::from_second(s).ok())
            .filter(|t| *t >= begun && *t <= now)
        else {
            continue;
        };
        out.push(StepRecord {
            step: (*step).to_string(),
            started_at: begun,
            ended_at: ended,
            skipped,
            pain_after,
            helped,
        });
    }
    out
}

/// The characters a log is written in (step ids, numbers, `:` and `,`).
fn log_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | ':' | ',')
}

/// A log from the browser, kept to its own characters and a sane length.
pub fn clean(log: &str) -> String {
    log.chars().filter(|&c| log_char(c)).take(2048).collect()
}

/// The log of `records`, newest last (the oldest are dropped past the cap).
pub fn encode(records: &[StepRecord]) -> String {
    let skip = records.len().saturating_sub(MAX_RECORDS);
    records[skip..]
        .iter()
        .map(|r| {
            let answer = if r.skipped {
                's'
            } else if r.helped == Some(true) {
                'y'
            } else {
                'n'
            };
            format!(
                "{}:{}:{answer}:{}",
                r.step,
                r.pain_after
                    .map_or_else(|| "x".to_string(), |p| p.to_string()),
                r.ended_at.as_second()
            )
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Where a page left the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resume {
    /// Doing step `index` (0-based): its check-in or skip comes next.
    Step(usize),
    /// Between steps, after one that helped (the page that offers to
    /// repeat it, go on, or finish).
    Between,
}

/// The session as the pages carried it, ready for the person's next event.
/// A step past the ladder's end is read as its last step.
pub fn resume(
    content: &Content,
    at: Resume,
    started: Timestamp,
    pain_before: Option<u8>,
    records: Vec<StepRecord>,
) -> State {
    let plan = Plan::ladder(content, 0);
    let step_started = records.last().map_or(started, |r| r.ended_at);
    let last = plan.steps.len().saturating_sub(1);
    let phase = match at {
        // a step past the ladder's end (an old page, a tampered form) is
        // read as the last step, so the stop rule still hears the answers
        Resume::Step(index) if !plan.steps.is_empty() => Phase::Step {
            index: index.min(last),
            running_since: Some(step_started),
            elapsed_ms: 0,
        },
        Resume::Step(_) => Phase::Finished,
        Resume::Between => Phase::Helped {
            index: records
                .last()
                .and_then(|r| plan.steps.iter().position(|s| s.id == r.step))
                .unwrap_or(0),
        },
    };
    State {
        plan,
        phase,
        started_at: Some(started),
        pain_before: pain_before.filter(|p| *p <= 10),
        records,
        step_started_at: Some(step_started),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t(s: i64) -> Timestamp {
        Timestamp::from_second(s).expect("time")
    }

    fn first_steps() -> (String, String) {
        let steps = &Content::builtin().ladder.steps;
        (steps[0].id.clone(), steps[1].id.clone())
    }

    #[test]
    fn check_ins_round_trip_into_an_outcome() {
        let c = Content::builtin();
        let (a, b) = first_steps();
        let start = t(1_800_000_000);
        let log = format!("{a}:6:n:1800000120,{b}:3:y:1800000300");
        let steps = records(c, &log, start, t(1_800_000_400));
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[1].started_at, steps[0].ended_at);
        assert_eq!(encode(&steps), log, "the log reads back as written");
        let state = resume(c, Resume::Between, start, Some(8), steps);
        let (state, _) =
            super::super::transition(state, super::super::Event::Stop, t(1_800_000_400));
        let o = state.outcome(t(1_800_000_400)).expect("over");
        assert_eq!((o.pain_before, o.pain_after), (Some(8), Some(3)));
        assert_eq!(o.helped_step.as_deref(), Some(b.as_str()));
    }

    #[test]
    fn a_skipped_step_never_counts_as_the_one_that_helped() {
        let c = Content::builtin();
        let (a, b) = first_steps();
        let start = t(1_800_000_000);
        let log = format!("{a}:5:y:1800000060,{b}:x:s:1800000120");
        let state = resume(
            c,
            Resume::Between,
            start,
            None,
            records(c, &log, start, t(1_800_000_200)),
        );
        let (state, _) =
            super::super::transition(state, super::super::Event::Stop, t(1_800_000_200));
        let o = state.outcome(t(1_800_000_200)).expect("over");
        assert_eq!(o.helped_step.as_deref(), Some(a.as_str()));
    }

    #[test]
    fn a_tampered_log_loses_only_its_bad_parts() {
        let c = Content::builtin();
        let (a, _) = first_steps();
        let start = t(1_800_000_000);
        let log = format!(
            "nosuchstep:3:y:1800000010,{a}:11:y:1800000020,{a}:4:q:1800000030,{a}:4:y:1700000000,{a}:2:y:1800000040"
        );
        let steps = records(c, &log, start, t(1_800_000_100));
        assert_eq!(steps.len(), 1, "{steps:?}");
        assert_eq!(steps[0].pain_after, Some(2));
    }

    #[test]
    fn an_implausible_start_is_replaced_by_now() {
        let now = t(1_800_000_000);
        assert_eq!(started("1799999000", now), t(1_799_999_000));
        assert_eq!(started("1900000000", now), now, "in the future");
        assert_eq!(started("1000", now), now, "days ago");
        assert_eq!(started("soon", now), now);
    }

    proptest! {
        /// Whatever comes back from the browser, reading it never panics,
        /// keeps at most the cap, and every kept step is in the content with
        /// times inside the session.
        #[test]
        fn any_log_is_read_safely(log in "[a-z0-9_:,]{0,400}") {
            let c = Content::builtin();
            let start = t(1_800_000_000);
            let now = t(1_800_003_600);
            let steps = records(c, &log, start, now);
            prop_assert!(steps.len() <= MAX_RECORDS);
            for s in &steps {
                prop_assert!(c.ladder.steps.iter().any(|l| l.id == s.step));
                prop_assert!(s.started_at >= start && s.ended_at <= now && s.started_at <= s.ended_at);
            }
        }

        #[test]
        fn the_log_never_grows_past_the_cap(n in 0usize..100) {
            let (a, _) = first_steps();
            let records: Vec<StepRecord> = (0..n)
                .map(|i| StepRecord {
                    step: a.clone(),
                    started_at: t(1_800_000_000 + i as i64),
                    ended_at: t(1_800_000_000 + i as i64),
                    skipped: false,
                    pain_after: Some(5),
                    helped: Some(false),
                })
                .collect();
            let log = encode(&records);
            prop_assert!(log.split(',').filter(|s| !s.is_empty()).count() <= MAX_RECORDS);
        }
    }

    #[test]
    fn between_steps_is_after_the_step_that_helped_not_after_the_nth_record() {
        let c = Content::builtin();
        let (a, b) = first_steps();
        let start = t(1_800_000_000);
        // step 1 twice, then step 2 helped: the ladder's step 2, not record 3
        let log = format!("{a}:6:n:1800000060,{a}:5:y:1800000120,{b}:3:y:1800000180");
        let state = resume(
            c,
            Resume::Between,
            start,
            Some(7),
            records(c, &log, start, t(1_800_000_300)),
        );
        assert_eq!(state.phase, Phase::Helped { index: 1 });
        let (_, effects) =
            super::super::transition(state, super::super::Event::Repeat, t(1_800_000_300));
        assert!(
            effects.contains(&super::super::Effect::ShowStep { index: 1 }),
            "{effects:?}"
        );
    }
}
