//! Insights over 100,000 diary entries (target ≤ 20 ms).
//! Run: `cargo bench -p easeback-core --bench diary`.

use criterion::{Criterion, criterion_group, criterion_main};
use easeback_core::Content;
use easeback_core::diary::{DailyFactors, Entry, Location, Side, Tried, insights};
use jiff::{SignedDuration, Timestamp};
use std::hint::black_box;

fn entries(n: usize, now: Timestamp) -> Vec<Entry> {
    let triggers = [
        "long_sitting",
        "dehydration",
        "overdoing_chores",
        "poor_sleep_position",
    ];
    let actions = [
        "gentle_heat",
        "reset_position",
        "pelvic_tilt",
        "indoor_walk",
    ];
    (0..n)
        .map(|i| Entry {
            // spread over two years, newest first
            started_at: now - SignedDuration::from_mins((i as i64) * 10),
            utc_offset_minutes: 60,
            duration_minutes: Some(10),
            locations: vec![Location::ALL[i % 4]],
            side: Some(Side::Both),
            intensity: (i % 11) as u8,
            pain_after: Some((i % 5) as u8),
            triggers: vec![triggers[i % 4].to_string()],
            context: String::new(),
            tried: vec![Tried {
                action: actions[i % 4].to_string(),
                helped: i % 3 != 0,
            }],
            woke_from_sleep: i % 7 == 0,
            notes: String::new(),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let now: Timestamp = "2026-11-25T20:00:00Z".parse().expect("time");
    let es = entries(100_000, now);
    let factors: Vec<DailyFactors> = (0..700)
        .map(|d| DailyFactors {
            day: jiff::civil::date(2026, 11, 25)
                .checked_sub(jiff::Span::new().days(d))
                .expect("date"),
            water: Some((d % 4) as u8),
            sleep_position: None,
            activity: Some((d % 3) as u8),
            stress: Some((d % 4) as u8),
        })
        .collect();
    let content = Content::builtin();
    c.bench_function("insights_100k_entries_104_weeks", |b| {
        b.iter(|| black_box(insights(content, black_box(&es), &factors, now, 60, 104)));
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
