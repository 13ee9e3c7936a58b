//! Insight rules at their thresholds, and entry validation.

use super::*;
use crate::{Content, FindingId};
use jiff::{SignedDuration, Timestamp};
use rstest::rstest;

fn now() -> Timestamp {
    "2026-11-25T20:00:00Z".parse().expect("fixed time")
}

fn entry(hours_ago: i64, pain: u8) -> Entry {
    Entry {
        started_at: now() - SignedDuration::from_hours(hours_ago),
        utc_offset_minutes: 0,
        duration_minutes: Some(10),
        locations: vec![Location::LowBack],
        side: Some(Side::Both),
        intensity: pain,
        pain_after: None,
        triggers: vec![],
        context: String::new(),
        tried: vec![],
        woke_from_sleep: false,
        notes: String::new(),
    }
}

fn woke(days_ago: i64) -> Entry {
    // 3 a.m. local on the night `days_ago` nights back
    let mut e = entry(days_ago * 24 + 17, 6);
    e.woke_from_sleep = true;
    e
}

fn run(entries: &[Entry]) -> Insights {
    insights(Content::builtin(), entries, &[], now(), 0, 8)
}

#[rstest]
#[case(&[1, 2], false)]
#[case(&[1, 2, 3], true)]
#[case(&[0, 3, 6], true)]
#[case(&[1, 1, 2], false)] // two entries on one night count once
#[case(&[1, 2, 7], false)] // the third night is outside the last seven
fn night_waking_needs_three_of_the_last_seven_nights(
    #[case] nights: &[i64],
    #[case] expected: bool,
) {
    let entries: Vec<Entry> = nights.iter().map(|&d| woke(d)).collect();
    let i = run(&entries);
    assert_eq!(
        i.findings.contains(&FindingId::NightWaking),
        expected,
        "{nights:?} -> {}",
        i.nights_woken_last_7
    );
}

#[rstest]
#[case(&[5, 30], false)]
#[case(&[5, 30, 100], true)]
#[case(&[5, 30, 170], false)] // 170 h ago is outside the last 7 days
fn frequent_recurrence_needs_three_episodes_in_seven_days(
    #[case] hours: &[i64],
    #[case] expected: bool,
) {
    let entries: Vec<Entry> = hours.iter().map(|&h| entry(h, 5)).collect();
    assert_eq!(
        run(&entries)
            .findings
            .contains(&FindingId::FrequentRecurrence),
        expected
    );
}

fn weekly_series(pains: &[u8]) -> Vec<Entry> {
    // one entry in each of the last N weeks, oldest first
    let n = pains.len() as i64;
    pains
        .iter()
        .enumerate()
        .map(|(i, &p)| entry((n - 1 - i as i64) * 24 * 7 + 24, p))
        .collect()
}

#[rstest]
#[case(&[5, 5, 5], false)]
#[case(&[3, 5, 7], true)]
#[case(&[3, 5, 5], false)]
#[case(&[7, 5, 3], false)]
#[case(&[5, 7], false)] // only two weeks
#[case(&[2, 9, 3, 5, 7], true)] // the last three rise
fn worsening_weekly_needs_three_rising_weeks(#[case] pains: &[u8], #[case] expected: bool) {
    let i = run(&weekly_series(pains));
    assert_eq!(
        i.findings.contains(&FindingId::WorseningWeekly),
        expected,
        "{pains:?}"
    );
}

#[test]
fn trend_is_a_theil_sen_slope_over_three_or_more_weeks() {
    assert_eq!(run(&weekly_series(&[4, 6])).trend, None);
    let t = run(&weekly_series(&[2, 4, 6, 8]))
        .trend
        .expect("four weeks");
    assert!((t.slope_per_week - 2.0).abs() < 1e-9);
    // one wild week barely moves a robust slope
    let t = insights::theil_sen(&[(0.0, 1.0), (1.0, 2.0), (2.0, 3.0), (3.0, 40.0), (4.0, 5.0)])
        .expect("slope");
    assert!((t - 1.0).abs() < 1e-9, "{t}");
}

fn tried(action: &str, helped: bool, pain: u8, after: u8, hours_ago: i64) -> Entry {
    let mut e = entry(hours_ago, pain);
    e.tried = vec![Tried {
        action: action.into(),
        helped,
    }];
    e.pain_after = Some(after);
    e
}

#[rstest]
#[case(2, false)]
#[case(3, true)]
fn what_helped_is_shown_only_from_three_uses(#[case] uses: i64, #[case] shown: bool) {
    let entries: Vec<Entry> = (0..uses)
        .map(|i| tried("gentle_heat", i % 2 == 0, 7, 3, 10 + i))
        .collect();
    let i = run(&entries);
    let stat = i.what_helped.iter().find(|s| s.action == "gentle_heat");
    assert_eq!(stat.is_some(), shown);
    if let Some(s) = stat {
        assert_eq!((s.tried, s.helped), (3, 2));
        assert_eq!(s.mean_pain_drop, Some(4.0));
        assert_eq!(s.label, "Gentle heat or a warm shower");
    }
}

#[test]
fn counts_by_trigger_time_of_day_and_location() {
    let mut a = entry(2, 5); // 18:00 UTC -> evening
    a.triggers = vec!["long_sitting".into()];
    let mut b = entry(14, 5); // 06:00 -> morning
    b.triggers = vec!["long_sitting".into(), "dehydration".into()];
    b.locations = vec![Location::Buttock];
    let i = run(&[a, b]);
    assert_eq!(i.by_trigger[0].key, "long_sitting");
    assert_eq!(i.by_trigger[0].count, 2);
    assert_eq!(i.by_trigger[0].label, "Sitting for a long time");
    let tod: Vec<(&str, u32)> = i
        .by_time_of_day
        .iter()
        .map(|c| (c.key.as_str(), c.count))
        .collect();
    assert_eq!(tod, vec![("morning", 1), ("evening", 1)]);
    assert_eq!(i.by_location.len(), 2);
}

#[test]
fn local_time_uses_the_entry_offset() {
    let mut e = entry(2, 5); // 18:00 UTC
    e.utc_offset_minutes = 9 * 60; // 03:00 next day in Tokyo
    let i = run(&[e]);
    assert_eq!(i.by_time_of_day[0].key, "night");
}

fn day(d: &str) -> jiff::civil::Date {
    d.parse().expect("date")
}

#[rstest]
#[case(2, false)]
#[case(3, true)]
fn factor_effects_need_three_days_with_and_without(#[case] days_each: usize, #[case] shown: bool) {
    let mut factors = Vec::new();
    let mut entries = Vec::new();
    for k in 0..days_each * 2 {
        let d = day("2026-11-10")
            .checked_add(jiff::Span::new().days(k as i64))
            .expect("date");
        let stressed = k % 2 == 0;
        factors.push(DailyFactors {
            day: d,
            water: None,
            sleep_position: None,
            activity: None,
            stress: Some(if stressed { 3 } else { 0 }),
        });
        if stressed {
            let ts = jiff::tz::Offset::UTC
                .to_timestamp(d.at(12, 0, 0, 0))
                .expect("timestamp");
            let mut e = entry(1, 5);
            e.started_at = ts;
            entries.push(e.clone());
            e.started_at = ts + SignedDuration::from_hours(1);
            entries.push(e);
        }
    }
    let i = insights(Content::builtin(), &entries, &factors, now(), 0, 8);
    let eff = i.factors.iter().find(|f| f.factor == "stressed");
    assert_eq!(eff.is_some(), shown);
    if let Some(f) = eff {
        assert_eq!((f.episodes_with, f.episodes_without), (2.0, 0.0));
    }
}

#[test]
fn weekly_windows_end_now_and_count_episodes() {
    let i = run(&[entry(1, 4), entry(2, 6), entry(24 * 8, 8)]);
    assert_eq!(i.weekly.len(), 8);
    let last = &i.weekly[7];
    assert_eq!(last.episodes, 2);
    assert_eq!(last.mean_pain, Some(5.0));
    assert_eq!(i.weekly[6].episodes, 1);
}

#[rstest]
#[case::pain(|e: &mut Entry| e.intensity = 11, "intensity")]
#[case::after(|e: &mut Entry| e.pain_after = Some(12), "pain_after")]
#[case::duration(|e: &mut Entry| e.duration_minutes = Some(2000), "duration_minutes")]
#[case::future(|e: &mut Entry| e.started_at = now() + SignedDuration::from_hours(72), "started_at")]
#[case::trigger(|e: &mut Entry| e.triggers = vec!["moon_phase".into()], "triggers")]
#[case::action(|e: &mut Entry| e.tried = vec![Tried { action: "yoga_retreat".into(), helped: true }], "tried")]
#[case::notes(|e: &mut Entry| e.notes = "x".repeat(2001), "notes")]
fn invalid_entries_name_the_field(#[case] spoil: fn(&mut Entry), #[case] field: &str) {
    let mut e = entry(1, 5);
    assert!(e.validate(Content::builtin(), now()).is_ok());
    spoil(&mut e);
    let err = e.validate(Content::builtin(), now()).expect_err("invalid");
    assert_eq!(err.field, field, "{err}");
}

#[test]
fn rfc3339_times_keep_their_offset() {
    let (ts, off) = parse_rfc3339("2026-11-20T03:10:00+01:00").expect("valid");
    assert_eq!(off, 60);
    assert_eq!(ts, "2026-11-20T02:10:00Z".parse::<Timestamp>().expect("ts"));
    assert_eq!(parse_rfc3339("2026-11-20T03:10:00Z").expect("valid").1, 0);
    assert_eq!(
        parse_rfc3339("2026-11-20T03:10:00-05:30").expect("valid").1,
        -330
    );
    assert_eq!(
        parse_rfc3339("yesterday").expect_err("bad").field,
        "started_at"
    );
}

#[test]
fn session_summary_counts_what_helped() {
    let o = |h: Option<&str>, esc: bool| crate::session::Outcome {
        started_at: now(),
        ended_at: now(),
        pain_before: None,
        pain_after: None,
        helped_step: h.map(str::to_string),
        escalated: esc.then_some(crate::Disposition::SameDay),
        steps: vec![],
    };
    let s = session_summary(
        Content::builtin(),
        &[
            o(Some("heat"), false),
            o(Some("heat"), false),
            o(None, true),
            o(Some("indoor_walk"), false),
        ],
    );
    assert_eq!((s.sessions, s.escalated), (4, 1));
    assert_eq!(s.helped[0].key, "heat");
    assert_eq!(s.helped[0].count, 2);
    assert_eq!(s.helped[0].label, "Warm shower or low heat");
}
