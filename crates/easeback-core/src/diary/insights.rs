//! Patterns in a person's diary: episodes per week, what sets spasms off
//! (trigger, time of day, location), what helps (only with 3 or more uses),
//! Bearable-style factor effects (3 or more days with and without), a
//! Theil–Sen trend over weekly mean pain (3 or more weeks), and the
//! diary-derived findings of triage-rules.md.

use super::entry::{DailyFactors, Entry, SleepPosition, local};
use crate::{Content, FindingId};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Thresholds from triage-rules.md and the issue.
pub const NIGHTS_FOR_NIGHT_WAKING: usize = 3;
pub const EPISODES_FOR_RECURRENCE: usize = 3;
pub const WEEKS_FOR_WORSENING: usize = 3;
pub const MIN_USES: u32 = 3;
pub const MIN_FACTOR_DAYS: usize = 3;
pub const MIN_TREND_WEEKS: usize = 3;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekStat {
    /// First day of the 7-day window (windows end at `now`).
    pub from: Date,
    pub episodes: u32,
    pub mean_pain: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    pub key: String,
    pub label: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionStat {
    pub action: String,
    pub label: String,
    pub tried: u32,
    pub helped: u32,
    /// Mean of (pain at worst − pain after) where both were noted.
    pub mean_pain_drop: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactorEffect {
    pub factor: String,
    pub label: String,
    pub days_with: usize,
    pub days_without: usize,
    /// Mean episodes per day.
    pub episodes_with: f64,
    pub episodes_without: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    /// Theil–Sen slope of weekly mean pain, points per week.
    pub slope_per_week: f64,
    pub weeks: usize,
}

/// Everything the diary shows, plus the findings for triage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Insights {
    pub entries: usize,
    pub weekly: Vec<WeekStat>,
    pub by_trigger: Vec<Count>,
    pub by_time_of_day: Vec<Count>,
    pub by_location: Vec<Count>,
    pub what_helped: Vec<ActionStat>,
    pub factors: Vec<FactorEffect>,
    pub trend: Option<Trend>,
    pub nights_woken_last_7: usize,
    pub episodes_last_7_days: usize,
    /// Diary-derived finding ids: night_waking, worsening_weekly, frequent_recurrence.
    pub findings: Vec<FindingId>,
}

/// The night an episode belongs to: 3 a.m. on the 5th is the night of the 4th.
fn night_of(ts: Timestamp, offset_minutes: i16) -> Date {
    (local(ts, offset_minutes) - SignedDuration::from_hours(12)).date()
}

/// The part of the day an hour falls in (its words: `time-of-day-<key>`).
fn time_of_day(hour: i8) -> &'static str {
    match hour {
        0..=5 => "night",
        6..=11 => "morning",
        12..=17 => "afternoon",
        _ => "evening",
    }
}

fn mean(xs: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    (n > 0).then(|| sum / n as f64)
}

fn median(mut xs: Vec<f64>) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    xs.sort_by(f64::total_cmp);
    let mid = xs.len() / 2;
    Some(if xs.len().is_multiple_of(2) {
        (xs[mid - 1] + xs[mid]) / 2.0
    } else {
        xs[mid]
    })
}

/// Theil–Sen slope: the median of the slopes between every pair of points.
pub fn theil_sen(points: &[(f64, f64)]) -> Option<f64> {
    let mut slopes = Vec::with_capacity(points.len() * points.len() / 2);
    for (i, a) in points.iter().enumerate() {
        for b in &points[i + 1..] {
            if (b.0 - a.0).abs() > f64::EPSILON {
                slopes.push((b.1 - a.1) / (b.0 - a.0));
            }
        }
    }
    median(slopes)
}

/// Compute insights over `weeks` 7-day windows ending at `now`.
/// `offset_minutes` is the person's current UTC offset.
pub fn insights(
    content: &Content,
    entries: &[Entry],
    factors: &[DailyFactors],
    now: Timestamp,
    offset_minutes: i16,
    weeks: u16,
) -> Insights {
    let weeks = usize::from(weeks.max(1));
    let week = SignedDuration::from_hours(24 * 7);
    let mut buckets: Vec<(u32, f64)> = vec![(0, 0.0); weeks];
    let mut by_trigger: BTreeMap<&str, u32> = BTreeMap::new();
    let mut by_tod: BTreeMap<&'static str, u32> = BTreeMap::new();
    let mut by_location: BTreeMap<super::Location, u32> = BTreeMap::new();
    let mut actions: BTreeMap<&str, (u32, u32, f64, u32)> = BTreeMap::new();
    let mut per_day: BTreeMap<Date, u32> = BTreeMap::new();
    let mut woken_nights: BTreeSet<Date> = BTreeSet::new();
    let mut last_7_days = 0;
    let mut in_window = 0;

    for e in entries.iter().filter(|e| e.started_at <= now) {
        let age = now.duration_since(e.started_at);
        if age < week {
            last_7_days += 1;
        }
        if e.woke_from_sleep && age < week {
            woken_nights.insert(night_of(e.started_at, e.utc_offset_minutes));
        }
        let idx = (age.as_secs() / week.as_secs()) as usize;
        if idx >= weeks {
            continue;
        }
        in_window += 1;
        let b = &mut buckets[weeks - 1 - idx];
        b.0 += 1;
        b.1 += f64::from(e.intensity);
        for t in &e.triggers {
            *by_trigger.entry(t.as_str()).or_default() += 1;
        }
        let dt = local(e.started_at, e.utc_offset_minutes);
        let key = time_of_day(dt.hour());
        *by_tod.entry(key).or_default() += 1;
        for l in &e.locations {
            *by_location.entry(*l).or_default() += 1;
        }
        *per_day.entry(dt.date()).or_default() += 1;
        for t in &e.tried {
            let a = actions.entry(t.action.as_str()).or_default();
            a.0 += 1;
            if t.helped {
                a.1 += 1;
            }
            if let Some(after) = e.pain_after {
                a.2 += f64::from(e.intensity) - f64::from(after);
                a.3 += 1;
            }
        }
    }

    let weekly: Vec<WeekStat> = buckets
        .iter()
        .enumerate()
        .map(|(i, &(n, sum))| {
            let from_ts = now - week * ((weeks - i) as i32);
            WeekStat {
                from: local(from_ts, offset_minutes).date(),
                episodes: n,
                mean_pain: (n > 0).then(|| sum / f64::from(n)),
            }
        })
        .collect();

    let label_of_trigger = |id: &str| {
        content
            .triggers
            .iter()
            .find(|t| t.id == id)
            .map_or(id.to_string(), |t| t.name.clone())
    };
    let mut by_trigger: Vec<Count> = by_trigger
        .into_iter()
        .map(|(k, c)| Count {
            key: k.to_string(),
            label: label_of_trigger(k),
            count: c,
        })
        .collect();
    by_trigger.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    let by_time_of_day = ["night", "morning", "afternoon", "evening"]
        .iter()
        .filter_map(|k| {
            by_tod.get(k).map(|c| Count {
                key: k.to_string(),
                label: crate::lang::Texts::builtin().get(content.lang, &format!("time-of-day-{k}")),
                count: *c,
            })
        })
        .collect();
    let by_location = by_location
        .into_iter()
        .map(|(l, c)| Count {
            key: l.as_str().to_string(),
            label: l.label(content.lang),
            count: c,
        })
        .collect();

    let mut what_helped: Vec<ActionStat> = actions
        .into_iter()
        .filter(|(_, (tried, ..))| *tried >= MIN_USES)
        .map(|(a, (tried, helped, drop, n))| ActionStat {
            action: a.to_string(),
            label: action_label(content, a),
            tried,
            helped,
            mean_pain_drop: (n > 0).then(|| drop / f64::from(n)),
        })
        .collect();
    what_helped.sort_by(|a, b| {
        let ra = f64::from(a.helped) / f64::from(a.tried);
        let rb = f64::from(b.helped) / f64::from(b.tried);
        rb.total_cmp(&ra).then(a.action.cmp(&b.action))
    });

    let factors_out = factor_effects(factors, &per_day, content.lang);

    let weekly_points: Vec<(f64, f64)> = weekly
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.mean_pain.map(|m| (i as f64, m)))
        .collect();
    let trend = (weekly_points.len() >= MIN_TREND_WEEKS)
        .then(|| theil_sen(&weekly_points))
        .flatten()
        .map(|slope| Trend {
            slope_per_week: slope,
            weeks: weekly_points.len(),
        });

    let mut findings = Vec::new();
    if woken_nights.len() >= NIGHTS_FOR_NIGHT_WAKING {
        findings.push(FindingId::NightWaking);
    }
    if worsening(entries, now) {
        findings.push(FindingId::WorseningWeekly);
    }
    if last_7_days >= EPISODES_FOR_RECURRENCE {
        findings.push(FindingId::FrequentRecurrence);
    }

    Insights {
        entries: in_window,
        weekly,
        by_trigger,
        by_time_of_day,
        by_location,
        what_helped,
        factors: factors_out,
        trend,
        nights_woken_last_7: woken_nights.len(),
        episodes_last_7_days: last_7_days,
        findings,
    }
}

/// Weekly mean pain rising over the last three consecutive 7-day windows.
fn worsening(entries: &[Entry], now: Timestamp) -> bool {
    let week = SignedDuration::from_hours(24 * 7);
    let mut means = Vec::with_capacity(WEEKS_FOR_WORSENING);
    for k in (0..WEEKS_FOR_WORSENING).rev() {
        let hi = now - week * (k as i32);
        let lo = hi - week;
        let m = mean(
            entries
                .iter()
                .filter(|e| e.started_at > lo && e.started_at <= hi)
                .map(|e| f64::from(e.intensity)),
        );
        match m {
            Some(m) => means.push(m),
            None => return false,
        }
    }
    means.windows(2).all(|w| w[1] > w[0])
}

fn action_label(content: &Content, id: &str) -> String {
    content
        .first_steps
        .iter()
        .map(|x| (&x.id, &x.name))
        .chain(content.ladder.steps.iter().map(|x| (&x.id, &x.name)))
        .chain(content.exercises.iter().map(|x| (&x.id, &x.name)))
        .find(|(i, _)| i.as_str() == id)
        .map_or(id.to_string(), |(_, n)| n.clone())
}

type FactorTest = fn(&DailyFactors) -> Option<bool>;

fn factor_effects(
    factors: &[DailyFactors],
    per_day: &BTreeMap<Date, u32>,
    lang: crate::Lang,
) -> Vec<FactorEffect> {
    let tests: [(&str, FactorTest); 4] = [
        ("water_enough", |f| f.water.map(|w| w >= 2)),
        ("stressed", |f| f.stress.map(|s| s >= 2)),
        ("active", |f| f.activity.map(|a| a >= 2)),
        ("side_sleep_pillow", |f| {
            f.sleep_position.map(|p| p == SleepPosition::SideWithPillow)
        }),
    ];
    let mut out = Vec::new();
    for (key, test) in tests {
        let (mut with, mut without) = (Vec::new(), Vec::new());
        for f in factors {
            let episodes = f64::from(per_day.get(&f.day).copied().unwrap_or(0));
            match test(f) {
                Some(true) => with.push(episodes),
                Some(false) => without.push(episodes),
                None => {}
            }
        }
        if with.len() >= MIN_FACTOR_DAYS && without.len() >= MIN_FACTOR_DAYS {
            out.push(FactorEffect {
                factor: key.to_string(),
                label: crate::lang::Texts::builtin().get(lang, &format!("factor-{key}")),
                days_with: with.len(),
                days_without: without.len(),
                episodes_with: mean(with.into_iter()).unwrap_or(0.0),
                episodes_without: mean(without.into_iter()).unwrap_or(0.0),
            });
        }
    }
    out
}

/// Relief sessions at a glance: how many, how many stopped for advice, and
/// which ladder steps helped (most often first).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SessionSummary {
    pub sessions: usize,
    pub escalated: usize,
    pub helped: Vec<Count>,
}

pub fn session_summary(content: &Content, outcomes: &[crate::session::Outcome]) -> SessionSummary {
    let mut helped: BTreeMap<&str, u32> = BTreeMap::new();
    for o in outcomes {
        if let Some(h) = &o.helped_step {
            *helped.entry(h.as_str()).or_default() += 1;
        }
    }
    let mut helped: Vec<Count> = helped
        .into_iter()
        .map(|(k, c)| Count {
            key: k.to_string(),
            label: action_label(content, k),
            count: c,
        })
        .collect();
    helped.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
    SessionSummary {
        sessions: outcomes.len(),
        escalated: outcomes.iter().filter(|o| o.escalated.is_some()).count(),
        helped,
    }
}
