//! A tightening timed on a person's own device and kept in their diary:
//! its start and end, the clock offset it was timed at (so the diary shows
//! it at the clock time the person saw), and the checks a saved one passes.
//! The pattern rule itself lives in `pregnancy`.

use super::entry::{FieldError, bad, offset_in_range, parse_rfc3339};
use crate::lang::Said;
use crate::pregnancy::Tightening;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

/// The longest a single tightening may last to be saved (the pattern
/// rule's, which the told form uses too).
pub const LONGEST_SECONDS: i64 = crate::pregnancy::LONGEST_TIGHTENING_SECONDS as i64;

/// How far back the timer's history reaches when it is shown again (the
/// diary, the timer's page after a reload).
pub const HISTORY: SignedDuration = SignedDuration::from_hours(24);
/// The most tightenings shown at once: a day of one every three minutes.
pub const HISTORY_LIMIT: u32 = 500;

/// Where the shown history starts.
pub fn history_since(now: Timestamp) -> Timestamp {
    now.checked_sub(HISTORY).unwrap_or(now)
}

/// How far ahead of the server's clock a phone's clock may run.
const CLOCK_SLACK: SignedDuration = SignedDuration::from_mins(5);

/// A timed tightening as the diary keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TimedTightening {
    pub start: Timestamp,
    pub end: Timestamp,
    /// The UTC offset of the clock it was timed by.
    pub utc_offset_minutes: i16,
}

impl TimedTightening {
    /// Read a start and end as a browser sends them (RFC 3339, the offset
    /// of the person's clock) and check they make one real tightening:
    /// the end not before the start, at most [`LONGEST_SECONDS`] long, not
    /// in the future. The first problem is returned with its field.
    pub fn parse(start: &str, end: &str, now: Timestamp) -> Result<Self, FieldError> {
        let named = |field: &'static str| move |e: FieldError| bad(field, e.said);
        let (start, utc_offset_minutes) = parse_rfc3339(start).map_err(named("start"))?;
        let (end, _) = parse_rfc3339(end).map_err(named("end"))?;
        if !offset_in_range(utc_offset_minutes) {
            return Err(bad("start", Said::new("error-offset-out-of-range")));
        }
        if end < start {
            return Err(bad("end", Said::new("error-end-before-start")));
        }
        if end.duration_since(start) > SignedDuration::from_secs(LONGEST_SECONDS) {
            return Err(bad(
                "end",
                Said::new("error-tightening-too-long").with("minutes", LONGEST_SECONDS / 60),
            ));
        }
        if now.checked_add(CLOCK_SLACK).is_ok_and(|later| end > later) {
            return Err(bad("end", Said::new("error-not-yet")));
        }
        Ok(TimedTightening {
            start,
            end,
            utc_offset_minutes,
        })
    }

    /// What the pattern rule reads.
    pub fn tightening(&self) -> Tightening {
        Tightening {
            start: self.start,
            end: self.end,
        }
    }

    /// How long it lasted, in whole seconds.
    pub fn seconds(&self) -> i64 {
        self.end.duration_since(self.start).as_secs()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    fn now() -> Timestamp {
        "2026-12-07T03:00:00Z".parse().expect("a time")
    }

    #[test]
    fn a_timed_tightening_keeps_the_clock_it_was_timed_by() {
        let t = TimedTightening::parse(
            "2026-12-07T03:50:00+01:00",
            "2026-12-07T03:50:45+01:00",
            now(),
        )
        .expect("kept");
        assert_eq!(t.utc_offset_minutes, 60);
        assert_eq!(t.seconds(), 45);
        assert_eq!(
            t.tightening().start,
            "2026-12-07T02:50:00Z".parse().expect("a time")
        );
    }

    #[rstest]
    #[case::end_before_start("2026-12-07T02:50:00Z", "2026-12-07T02:49:59Z", "end")]
    #[case::timer_left_running("2026-12-07T02:00:00Z", "2026-12-07T02:10:01Z", "end")]
    #[case::in_the_future("2026-12-07T03:10:00Z", "2026-12-07T03:10:30Z", "end")]
    #[case::not_a_time("yesterday", "2026-12-07T02:10:00Z", "start")]
    #[case::no_offset("2026-12-07T02:50:00", "2026-12-07T02:51:00Z", "start")]
    #[case::bad_end("2026-12-07T02:50:00Z", "soon", "end")]
    fn an_impossible_tightening_is_refused_naming_the_field(
        #[case] start: &str,
        #[case] end: &str,
        #[case] field: &str,
    ) {
        let e = TimedTightening::parse(start, end, now()).expect_err("refused");
        assert_eq!(e.field, field, "{e:?}");
    }

    #[test]
    fn a_browser_time_with_milliseconds_is_read_to_the_millisecond() {
        let t = TimedTightening::parse(
            "2026-12-07T03:50:00.125+01:00",
            "2026-12-07T03:50:41.500+01:00",
            now(),
        )
        .expect("kept");
        assert_eq!(t.utc_offset_minutes, 60);
        assert_eq!(t.end.duration_since(t.start).as_millis(), 41_375);
    }

    #[test]
    fn ten_minutes_exactly_and_a_phone_a_little_ahead_are_kept() {
        assert!(
            TimedTightening::parse("2026-12-07T02:00:00Z", "2026-12-07T02:10:00Z", now()).is_ok()
        );
        assert!(
            TimedTightening::parse("2026-12-07T03:03:00Z", "2026-12-07T03:04:00Z", now()).is_ok()
        );
    }
}
