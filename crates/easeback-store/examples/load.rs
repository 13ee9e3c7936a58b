//! Store speed figures for docs/PERFORMANCE.md:
//!   1. insert 10,000 entries one by one (each an acknowledged, durable write)
//!      on SQLite and on PostgreSQL;
//!   2. on PostgreSQL with 10,000 users × 100 entries, the p50/p99 of one
//!      user's recent-entries query.
//!
//! Run: `cargo run --release -p easeback-store --example load -- \
//!        --sqlite /tmp/load.db --postgres postgres://postgres@127.0.0.1:5432/test`

use easeback_core::diary::{Entry, Location, Side, Tried};
use easeback_store::{PgStore, SqliteStore, Store, UserId};
use jiff::{SignedDuration, Timestamp};
use std::time::Instant;

fn entry(i: u64, now: Timestamp) -> Entry {
    Entry {
        started_at: now - SignedDuration::from_mins(i as i64 * 37),
        utc_offset_minutes: 0,
        duration_minutes: Some(12),
        locations: vec![Location::LowBack],
        side: Some(Side::Both),
        intensity: (i % 11) as u8,
        pain_after: Some((i % 4) as u8),
        triggers: vec!["long_sitting".into()],
        context: String::new(),
        tried: vec![Tried {
            action: "gentle_heat".into(),
            helped: true,
        }],
        woke_from_sleep: i.is_multiple_of(5),
        notes: "a note of ordinary length about the day".into(),
    }
}

async fn inserts<S: Store>(name: &str, store: &S, n: u64) {
    let now = Timestamp::now();
    let user = store.local_user(now).await.expect("user");
    let t = Instant::now();
    for i in 0..n {
        store
            .add_entry(&user, &entry(i, now), now)
            .await
            .expect("insert");
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{name}: inserted {n} entries one by one in {s:.2} s ({:.0} entries/s, {:.2} ms each)",
        n as f64 / s,
        s * 1000.0 / n as f64
    );
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

async fn pg_scale(url: &str, users: u64, per_user: u64) {
    let schema = "easeback_load";
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .expect("connect");
    tokio::spawn(conn);
    client
        .batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
        .await
        .expect("drop");
    let store = PgStore::connect(url, Some(schema)).await.expect("store");
    client
        .batch_execute(&format!("SET search_path = {schema}"))
        .await
        .expect("path");
    let now = Timestamp::now().as_millisecond();
    let t = Instant::now();
    client
        .batch_execute(&format!(
            "INSERT INTO users (id, created_at) SELECT 'u' || g, {now} FROM generate_series(1, {users}) g;
             INSERT INTO diary_entries (user_id, id, started_at, utc_offset_minutes, duration_minutes, locations, side,
               intensity, pain_after, triggers, context, tried, woke_from_sleep, notes, created_at, updated_at)
             SELECT 'u' || u, 'e' || u || '-' || k, {now} - k * 3600000, 0, 10, '[\"low_back\"]', 'both', k % 11, k % 4,
               '[\"long_sitting\"]', '', '[{{\"action\":\"gentle_heat\",\"helped\":true}}]', k % 5 = 0, 'note', {now}, {now}
             FROM generate_series(1, {users}) u, generate_series(1, {per_user}) k;
             ANALYZE;"
        ))
        .await
        .expect("bulk load");
    println!(
        "postgres: loaded {users} users x {per_user} entries in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let mut rng: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut times = Vec::new();
    for _ in 0..5000 {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let user = UserId(format!("u{}", rng % users + 1));
        let t = Instant::now();
        let rows = store.recent_entries(&user, 20).await.expect("query");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(rows.len(), 20);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "postgres: recent_entries(user, 20) over {} queries: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times[times.len() - 1]
    );
    client
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .expect("clean up");
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let n = 10_000;
    if let Some(path) = arg("--sqlite") {
        let _ = std::fs::remove_file(&path);
        let store = SqliteStore::open(&path).await.expect("sqlite");
        inserts("sqlite", &store, n).await;
    }
    if let Some(url) = arg("--postgres") {
        let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
            .await
            .expect("connect");
        tokio::spawn(conn);
        client
            .batch_execute("DROP SCHEMA IF EXISTS easeback_inserts CASCADE")
            .await
            .expect("drop");
        let store = PgStore::connect(&url, Some("easeback_inserts"))
            .await
            .expect("pg");
        inserts("postgres", &store, n).await;
        client
            .batch_execute("DROP SCHEMA easeback_inserts CASCADE")
            .await
            .expect("drop");
        pg_scale(&url, 10_000, 100).await;
    }
}
