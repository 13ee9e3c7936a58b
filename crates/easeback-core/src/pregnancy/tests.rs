//! Gestational age across calendar boundaries, and the tightening rule at
//! its thresholds.

use super::*;
use jiff::civil::date;
use rstest::rstest;

#[rstest]
#[case(date(2027, 3, 1), date(2027, 3, 1), Some((40, 0)), 0)] // due today
#[case(date(2027, 3, 1), date(2027, 2, 28), Some((39, 6)), 1)]
#[case(date(2027, 1, 5), date(2026, 12, 29), Some((39, 0)), 7)] // across the year
#[case(date(2026, 3, 1), date(2026, 2, 1), Some((36, 0)), 28)] // across February (28 days)
#[case(date(2028, 3, 1), date(2028, 2, 1), Some((35, 6)), 29)] // leap February
#[case(date(2027, 6, 8), date(2026, 9, 1), Some((0, 0)), 280)] // the first day
#[case(date(2027, 3, 1), date(2027, 3, 15), Some((42, 0)), -14)] // two weeks past: still counted
fn gestational_week_is_right_across_boundaries(
    #[case] due: Date,
    #[case] today: Date,
    #[case] expected: Option<(u8, u8)>,
    #[case] days_to_due: i64,
) {
    let g = Gestation::from_due_date(due, today).expect("valid");
    match (g, expected) {
        (
            Gestation::Pregnant {
                weeks,
                days,
                days_to_due: d,
                ..
            },
            Some((w, dd)),
        ) => {
            assert_eq!((weeks, days, d), (w, dd, days_to_due));
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn trimesters_change_at_14_and_28_weeks() {
    let due = date(2027, 3, 1);
    let at = |weeks: i64| {
        due.checked_sub(Span::new().days(TERM_DAYS - weeks * 7))
            .expect("date")
    };
    let tri = |w| match Gestation::from_due_date(due, at(w)).expect("ok") {
        Gestation::Pregnant { trimester, .. } => trimester,
        Gestation::Postpartum { .. } => 0,
    };
    assert_eq!((tri(13), tri(14), tri(27), tri(28)), (1, 2, 2, 3));
}

#[test]
fn a_due_date_long_past_is_postpartum_not_negative_weeks() {
    let g = Gestation::from_due_date(date(2026, 1, 1), date(2026, 11, 25)).expect("ok");
    assert!(matches!(g, Gestation::Postpartum { days_since_due } if days_since_due > 300));
    assert!(g.describe(crate::Lang::En).contains("had your baby"));
    assert_eq!(g.weeks(), None);
}

#[test]
fn a_due_date_too_far_ahead_is_refused() {
    assert_eq!(
        Gestation::from_due_date(date(2028, 1, 1), date(2026, 11, 25)),
        Err(GestationError::TooFarAhead)
    );
}

#[test]
fn last_period_and_due_date_agree() {
    let today = date(2026, 11, 25);
    let a = Gestation::from_last_period(date(2026, 5, 20), today).expect("ok");
    let b = Gestation::from_due_date(date(2027, 2, 24), today).expect("ok");
    assert_eq!(a, b);
}

fn series(count: usize, every_min: i64, now: Timestamp) -> Vec<Tightening> {
    (0..count as i64)
        .map(|i| {
            let start = now - SignedDuration::from_mins(every_min * (count as i64 - 1 - i));
            Tightening {
                start,
                end: start + SignedDuration::from_secs(45),
            }
        })
        .collect()
}

fn now() -> Timestamp {
    "2026-11-25T20:00:00Z".parse().expect("time")
}

#[rstest]
#[case(3, 5, false)] // one short of the count
#[case(4, 5, true)] // at the count
#[case(6, 8, true)]
#[case(4, 10, true)] // at the longest interval
#[case(4, 11, false)] // just over it
#[case(1, 5, false)]
#[case(0, 5, false)]
fn the_pattern_rule_holds_at_its_thresholds(
    #[case] count: usize,
    #[case] every: i64,
    #[case] regular: bool,
) {
    let p = pattern(&series(count, every, now()), now());
    assert_eq!(p.regular, regular, "{count} every {every} min");
    assert_eq!(p.finding.is_some(), regular);
}

#[test]
fn irregular_intervals_are_not_a_pattern() {
    let n = now();
    let at = |m: i64| Tightening {
        start: n - SignedDuration::from_mins(m),
        end: n - SignedDuration::from_mins(m) + SignedDuration::from_secs(40),
    };
    // intervals 2, 9, 1: all short but far from steady
    let p = pattern(&[at(12), at(10), at(1), at(0)], n);
    assert!(!p.regular);
    // intervals 4, 6, 5: steady
    let p = pattern(&[at(15), at(11), at(5), at(0)], n);
    assert!(p.regular);
    assert_eq!(p.mean_interval_minutes, Some(5.0));
    assert_eq!(p.mean_duration_seconds, Some(40.0));
}

#[test]
fn old_tightenings_fall_out_of_the_window() {
    let n = now();
    let old = series(6, 5, n - SignedDuration::from_mins(120));
    assert!(!pattern(&old, n).regular);
}

proptest::proptest! {
    #[test]
    fn fewer_than_the_threshold_never_escalates(
        gaps in proptest::collection::vec(0i64..30, 0..PATTERN_COUNT - 1),
    ) {
        let n = now();
        let mut t = n;
        let mut ts = vec![Tightening { start: t, end: t }];
        for g in gaps {
            t -= SignedDuration::from_mins(g);
            ts.push(Tightening { start: t, end: t });
        }
        proptest::prop_assert!(ts.len() < PATTERN_COUNT);
        proptest::prop_assert!(!pattern(&ts, n).regular);
    }

    #[test]
    fn steady_short_series_at_the_threshold_always_escalate(every in 1i64..=PATTERN_MAX_INTERVAL_MIN, extra in 0usize..4) {
        let p = pattern(&series(PATTERN_COUNT + extra, every, now()), now());
        proptest::prop_assert!(p.regular);
    }
}

#[test]
fn advice_stresses_urgency_before_37_weeks() {
    let g = Gestation::from_due_date(date(2027, 1, 20), date(2026, 11, 25)).expect("ok"); // 32 weeks
    assert!(
        tightening_advice(&crate::Content::builtin().messages, Some(&g)).contains("under 37 weeks")
    );
    let g = Gestation::from_due_date(date(2026, 12, 2), date(2026, 11, 25)).expect("ok"); // 39 weeks
    assert!(!tightening_advice(&crate::Content::builtin().messages, Some(&g)).contains("under 37"));
}

#[test]
fn tips_follow_the_stage_of_pregnancy() {
    let c = crate::Content::builtin();
    let third = Gestation::from_due_date(date(2027, 1, 20), date(2026, 11, 25)).expect("ok");
    assert!(stage_tip(c, &third).contains("under your bump"));
    let second = Gestation::from_due_date(date(2027, 4, 20), date(2026, 11, 25)).expect("ok");
    assert!(stage_tip(c, &second).contains("between your knees"));
    let after = Gestation::from_due_date(date(2026, 1, 1), date(2026, 11, 25)).expect("ok");
    assert!(stage_tip(c, &after).contains("After the birth"));
}

#[rstest]
#[case(
    date(2027, 3, 1),
    date(2026, 11, 17),
    "25 weeks 1 day pregnant, second trimester; 104 days to your due date."
)]
#[case(
    date(2027, 3, 1),
    date(2027, 2, 28),
    "39 weeks 6 days pregnant, third trimester; 1 day to your due date."
)]
#[case(
    date(2027, 3, 1),
    date(2027, 3, 2),
    "40 weeks 1 day pregnant, third trimester; 1 day past your due date."
)]
#[case(
    date(2027, 6, 8),
    date(2026, 9, 8),
    "1 week 0 days pregnant, first trimester; 273 days to your due date."
)]
fn how_far_along_reads_as_a_person_would_say_it(
    #[case] due: Date,
    #[case] today: Date,
    #[case] said: &str,
) {
    let g = Gestation::from_due_date(due, today).expect("in range");
    assert_eq!(g.describe(crate::Lang::En), said);
}

#[rstest]
#[case(date(2027, 3, 1), Ok(()))] // due today
#[case(date(2027, 2, 20), Ok(()))] // nine days overdue
#[case(date(2027, 2, 15), Ok(()))] // two weeks overdue: still pregnant
#[case(date(2027, 2, 14), Err(DueDateError::LongPast))]
#[case(date(2026, 3, 1), Err(DueDateError::LongPast))] // last year's
#[case(date(2027, 12, 6), Ok(()))] // 40 weeks ahead
#[case(date(2027, 12, 7), Err(DueDateError::TooFarAhead))]
fn a_due_date_is_saved_only_when_a_pregnancy_could_have_it(
    #[case] due: Date,
    #[case] expected: Result<(), DueDateError>,
) {
    assert_eq!(check_due_date(due, date(2027, 3, 1)), expected);
}

#[rstest]
#[case(5, 6, 45, true)] // five, six minutes apart: regular
#[case(4, 10, 60, true)] // at the thresholds
#[case(3, 5, 60, false)] // too few
#[case(6, 15, 60, false)] // too far apart
#[case(30, 3, 30, true)] // many, close: only the last hour is judged
fn tightenings_told_are_judged_by_the_same_rule_as_timed_ones(
    #[case] count: u16,
    #[case] every: u16,
    #[case] lasting: u16,
    #[case] regular: bool,
) {
    let series = told(count, every, lasting, now()).expect("reasonable");
    assert_eq!(series.len(), usize::from(count));
    assert_eq!(series.last().map(|t| t.end), Some(now()));
    assert_eq!(pattern(&series, now()).regular, regular);
}

#[test]
fn a_tightening_count_out_of_reason_is_asked_again_not_judged() {
    for (count, every, lasting) in [
        (0, 5, 30),
        (4, 0, 30),
        (4, 5, 0),
        (201, 5, 30),
        (4, 2000, 30),
    ] {
        assert_eq!(
            told(count, every, lasting, now()),
            None,
            "{count} {every} {lasting}"
        );
    }
}
