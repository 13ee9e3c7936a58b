//! A web relief session carried from page to page. The pages keep no state
//! on the server: the start time and each step's check-in travel in a
//! compact `log` field (`step:pain:answer:seconds`, comma-separated), and
//! become a stored [`Outcome`] when the session ends — finished, completed
//! or stopped by the stop rule — for a signed-in person.
//!
//! The log comes back from the browser, so it is read defensively: unknown
//! steps, impossible pain scores and times outside the session are dropped,
//! and its length is capped.

use easeback_core::session::{Outcome, StepRecord};
use easeback_core::{Content, Disposition};
use jiff::Timestamp;

/// Most check-ins one session keeps.
const MAX_RECORDS: usize = 40;

/// Longest a web session is taken to last; an older start is not trusted.
const MAX_HOURS: i64 = 12;

/// How a step ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Helped,
    DidNotHelp,
    Skipped,
}

impl Answer {
    fn code(self) -> char {
        match self {
            Answer::Helped => 'y',
            Answer::DidNotHelp => 'n',
            Answer::Skipped => 's',
        }
    }
}

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

/// `log` with one more check-in (the oldest are dropped past the cap).
pub fn push(log: &str, step: &str, pain: Option<u8>, answer: Answer, now: Timestamp) -> String {
    let mut items: Vec<String> = log
        .split(',')
        .filter(|s| !s.is_empty() && s.chars().all(log_char))
        .map(str::to_string)
        .collect();
    items.push(format!(
        "{step}:{}:{}:{}",
        pain.map_or_else(|| "x".to_string(), |p| p.to_string()),
        answer.code(),
        now.as_second()
    ));
    let skip = items.len().saturating_sub(MAX_RECORDS);
    items[skip..].join(",")
}

/// The outcome of a session that ends now.
pub fn outcome(
    started: Timestamp,
    pain_before: Option<u8>,
    steps: Vec<StepRecord>,
    escalated: Option<Disposition>,
    now: Timestamp,
) -> Outcome {
    Outcome {
        started_at: started,
        ended_at: now,
        pain_before: pain_before.filter(|p| *p <= 10),
        pain_after: steps.iter().rev().find_map(|r| r.pain_after),
        helped_step: steps
            .iter()
            .rev()
            .find(|r| !r.skipped && r.helped == Some(true))
            .map(|r| r.step.clone()),
        escalated,
        steps,
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
        let log = push("", &a, Some(6), Answer::DidNotHelp, t(1_800_000_120));
        let log = push(&log, &b, Some(3), Answer::Helped, t(1_800_000_300));
        let steps = records(c, &log, start, t(1_800_000_400));
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[1].started_at, steps[0].ended_at);
        let o = outcome(start, Some(8), steps, None, t(1_800_000_400));
        assert_eq!((o.pain_before, o.pain_after), (Some(8), Some(3)));
        assert_eq!(o.helped_step.as_deref(), Some(b.as_str()));
    }

    #[test]
    fn a_skipped_step_never_counts_as_the_one_that_helped() {
        let c = Content::builtin();
        let (a, b) = first_steps();
        let start = t(1_800_000_000);
        let log = push("", &a, Some(5), Answer::Helped, t(1_800_000_060));
        let log = push(&log, &b, None, Answer::Skipped, t(1_800_000_120));
        let o = outcome(
            start,
            None,
            records(c, &log, start, t(1_800_000_200)),
            None,
            t(1_800_000_200),
        );
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
            let mut log = String::new();
            for i in 0..n {
                log = push(&log, &a, Some(5), Answer::DidNotHelp, t(1_800_000_000 + i as i64));
            }
            prop_assert!(log.split(',').filter(|s| !s.is_empty()).count() <= MAX_RECORDS);
        }
    }
}
