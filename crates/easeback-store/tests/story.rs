//! One behaviour suite for every backend (the atuin pattern): SQLite always,
//! PostgreSQL when `EASEBACK_TEST_POSTGRES_URL` is set (CI sets it and fails
//! if the server cannot be reached).

use easeback_core::diary::{
    DailyFactors, Entry, Location, Side, SleepPosition, TimedTightening, Tried,
};
use easeback_store::{Attempts, PgStore, SqliteStore, Store, StoreError, ThrottleKey};
use easeback_testkit::TempDir;
use jiff::{SignedDuration, Timestamp};

fn now() -> Timestamp {
    "2026-11-25T20:00:00Z".parse().expect("time")
}

fn entry(hours_ago: i64, pain: u8) -> Entry {
    Entry {
        started_at: now() - SignedDuration::from_hours(hours_ago),
        utc_offset_minutes: 60,
        duration_minutes: Some(15),
        locations: vec![Location::LowBack, Location::Buttock],
        side: Some(Side::Left),
        intensity: pain,
        pain_after: Some(2),
        triggers: vec!["long_sitting".into()],
        context: "after a long meeting".into(),
        tried: vec![Tried {
            action: "gentle_heat".into(),
            helped: true,
        }],
        woke_from_sleep: hours_ago % 2 == 0,
        notes: "naïve “quotes” & emoji 🙂".into(),
    }
}

async fn story<S: Store>(store: &S) {
    store.ping().await.expect("reachable");

    // users: the local user is idempotent, emails are unique
    let local = store.local_user(now()).await.expect("local user");
    assert_eq!(store.local_user(now()).await.expect("again"), local);
    let alice = store
        .create_user(Some("alice@example.test"), Some("hash-a"), now())
        .await
        .expect("alice");
    let bob = store
        .create_user(Some("bob@example.test"), None, now())
        .await
        .expect("bob");
    assert!(matches!(
        store
            .create_user(Some("alice@example.test"), None, now())
            .await,
        Err(StoreError::Conflict(_))
    ));
    let found = store
        .user_by_email("alice@example.test")
        .await
        .expect("lookup");
    assert_eq!(found, Some((alice.clone(), Some("hash-a".to_string()))));
    assert_eq!(
        store
            .user_by_email("nobody@example.test")
            .await
            .expect("lookup"),
        None
    );

    // log, read back exactly
    let e1 = entry(30, 7);
    let id1 = store.add_entry(&alice, &e1, now()).await.expect("add");
    let id2 = store
        .add_entry(&alice, &entry(5, 4), now())
        .await
        .expect("add");
    let got = store.entry(&alice, &id1).await.expect("read");
    assert_eq!(got.entry, e1);
    assert_eq!(got.id, id1);

    // recent first; entries_since oldest first and bounded
    let recent = store.recent_entries(&alice, 10).await.expect("recent");
    assert_eq!(
        recent.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        vec![id2.as_str(), id1.as_str()]
    );
    assert_eq!(
        store.recent_entries(&alice, 1).await.expect("limit").len(),
        1
    );
    let since = store
        .entries_since(&alice, now() - SignedDuration::from_hours(10))
        .await
        .expect("since");
    assert_eq!(since.len(), 1);
    assert_eq!(since[0].intensity, 4);

    // edit
    let mut edited = e1.clone();
    edited.intensity = 9;
    edited.notes = "worse than I first wrote".into();
    store
        .update_entry(&alice, &id1, &edited, now())
        .await
        .expect("update");
    assert_eq!(store.entry(&alice, &id1).await.expect("read").entry, edited);

    // isolation: bob sees and touches nothing of alice's
    assert!(
        store
            .recent_entries(&bob, 10)
            .await
            .expect("bob list")
            .is_empty()
    );
    assert!(matches!(
        store.entry(&bob, &id1).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.update_entry(&bob, &id1, &entry(1, 1), now()).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.delete_entry(&bob, &id1).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(
        store.entry(&alice, &id1).await.expect("still there").entry,
        edited
    );

    // delete
    store.delete_entry(&alice, &id2).await.expect("delete");
    assert!(matches!(
        store.entry(&alice, &id2).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.delete_entry(&alice, &id2).await,
        Err(StoreError::NotFound)
    ));

    // daily factors: upsert by day
    let day: jiff::civil::Date = "2026-11-24".parse().expect("day");
    let mut f = DailyFactors {
        day,
        water: Some(2),
        sleep_position: Some(SleepPosition::SideWithPillow),
        activity: Some(1),
        stress: None,
    };
    store.set_factors(&alice, &f).await.expect("factors");
    f.stress = Some(3);
    store.set_factors(&alice, &f).await.expect("factors again");
    let fs = store
        .factors_since(&alice, "2026-11-01".parse().expect("day"))
        .await
        .expect("read factors");
    assert_eq!(fs, vec![f.clone()]);
    assert!(
        store
            .factors_since(&bob, "2026-11-01".parse().expect("day"))
            .await
            .expect("bob")
            .is_empty()
    );

    // profile
    let mut p = store.profile(&alice).await.expect("default profile");
    assert_eq!(p.region, None);
    p.region = Some("uk".into());
    p.due_date = Some("2027-03-01".parse().expect("date"));
    p.care_team_phone = Some("0161 555 0100".into());
    store
        .set_profile(&alice, &p, now())
        .await
        .expect("set profile");
    assert_eq!(store.profile(&alice).await.expect("profile"), p);
    let bobs = store.profile(&bob).await.expect("bob profile");
    assert_eq!((bobs.region, bobs.care_team_phone), (None, None));

    // insights inputs: what the store returns feeds core unchanged
    for h in [2, 26, 50] {
        store
            .add_entry(&bob, &entry(h, 6), now())
            .await
            .expect("bob logs");
    }
    let bob_entries = store
        .entries_since(&bob, now() - SignedDuration::from_hours(24 * 7))
        .await
        .expect("bob");
    let i = easeback_core::diary::insights(
        easeback_core::Content::builtin(),
        &bob_entries,
        &[],
        now(),
        60,
        4,
    );
    assert!(
        i.findings
            .contains(&easeback_core::FindingId::FrequentRecurrence)
    );
    assert!(i.findings.contains(&easeback_core::FindingId::NightWaking));

    // relief-session outcomes, most recent first, per user
    let outcome = |start: i64, helped: Option<&str>| easeback_core::session::Outcome {
        started_at: now() - SignedDuration::from_hours(start),
        ended_at: now() - SignedDuration::from_hours(start) + SignedDuration::from_mins(20),
        pain_before: Some(7),
        pain_after: Some(3),
        helped_step: helped.map(str::to_string),
        escalated: if helped.is_none() {
            Some(easeback_core::Disposition::SameDay)
        } else {
            None
        },
        steps: vec![],
    };
    store
        .add_session_outcome(&alice, &outcome(5, Some("heat")))
        .await
        .expect("outcome");
    store
        .add_session_outcome(&alice, &outcome(2, None))
        .await
        .expect("outcome");
    let got = store.session_outcomes(&alice, 10).await.expect("outcomes");
    assert_eq!(got, vec![outcome(2, None), outcome(5, Some("heat"))]);
    assert!(
        store
            .session_outcomes(&bob, 10)
            .await
            .expect("bob")
            .is_empty()
    );

    // tightenings timed on a device: kept once per start, oldest first,
    // the newest when a limit cuts, and only the person's own
    let timed = |mins_ago: i64, secs: i64| {
        let start = now() - SignedDuration::from_mins(mins_ago);
        TimedTightening {
            start,
            end: start + SignedDuration::from_secs(secs),
            utc_offset_minutes: -300,
        }
    };
    for t in [timed(30, 40), timed(20, 45), timed(10, 50), timed(20, 45)] {
        store.add_tightening(&alice, &t).await.expect("tightening");
    }
    let kept = store
        .tightenings_since(&alice, now() - SignedDuration::from_hours(1), 10)
        .await
        .expect("tightenings");
    assert_eq!(kept, vec![timed(30, 40), timed(20, 45), timed(10, 50)]);
    let newest = store
        .tightenings_since(&alice, now() - SignedDuration::from_hours(1), 2)
        .await
        .expect("tightenings");
    assert_eq!(newest, vec![timed(20, 45), timed(10, 50)]);
    assert!(
        store
            .tightenings_since(&alice, now() - SignedDuration::from_mins(15), 10)
            .await
            .expect("since")
            .len()
            == 1
    );
    assert!(
        store
            .tightenings_since(&bob, Timestamp::UNIX_EPOCH, 10)
            .await
            .expect("bob")
            .is_empty()
    );
    assert_eq!(
        store
            .export(&alice, now())
            .await
            .expect("export")
            .rest
            .tightenings
            .len(),
        3
    );

    // sign-in sessions: found by user and token hash, touched, deleted
    store
        .create_auth_session(&alice, "hash-1", "csrf-1", now())
        .await
        .expect("session");
    let found = store
        .auth_session(&alice, "hash-1")
        .await
        .expect("lookup")
        .expect("exists");
    assert_eq!(
        (found.user.clone(), found.csrf_token.as_str()),
        (alice.clone(), "csrf-1")
    );
    store
        .touch_auth_session(&alice, "hash-1", now() + SignedDuration::from_mins(5))
        .await
        .expect("touch");
    assert_eq!(
        store
            .auth_session(&alice, "hash-1")
            .await
            .expect("lookup")
            .expect("exists")
            .last_seen_at,
        now() + SignedDuration::from_mins(5)
    );
    assert_eq!(
        store.auth_session(&alice, "nope").await.expect("lookup"),
        None
    );
    store
        .create_auth_session(&bob, "hash-2", "csrf-2", now())
        .await
        .expect("session");
    assert_eq!(
        store.auth_session(&alice, "hash-2").await.expect("lookup"),
        None,
        "a token is a session only for the user it was given to"
    );
    store
        .delete_auth_session(&alice, "hash-2")
        .await
        .expect("not alice's");
    assert!(
        store
            .auth_session(&bob, "hash-2")
            .await
            .expect("lookup")
            .is_some(),
        "another user's sign-out ends nothing of bob's"
    );
    store
        .delete_auth_session(&bob, "hash-2")
        .await
        .expect("logout");
    assert_eq!(
        store.auth_session(&bob, "hash-2").await.expect("lookup"),
        None
    );

    // a person's devices, most recently used first; ending all but this one
    for (hash, mins) in [("aaaa1111aaaa1111aaaa", 1), ("bbbb2222bbbb2222bbbb", 2)] {
        store
            .create_auth_session(&alice, hash, "csrf", now())
            .await
            .expect("session");
        store
            .touch_auth_session(&alice, hash, now() + SignedDuration::from_mins(mins))
            .await
            .expect("touch");
    }
    let devices = store.devices(&alice).await.expect("devices");
    assert_eq!(devices.len(), 3);
    assert_eq!(
        (devices[0].id.as_str(), devices[1].id.as_str()),
        ("hash-1", "bbbb2222bbbb2222")
    );
    assert!(store.devices(&bob).await.expect("bob").is_empty());
    assert_eq!(
        store
            .end_sessions(&alice, Some("hash-1"))
            .await
            .expect("end others"),
        2
    );
    assert!(
        store
            .auth_session(&alice, "hash-1")
            .await
            .expect("kept")
            .is_some()
    );
    assert_eq!(
        store
            .auth_session(&alice, "aaaa1111aaaa1111aaaa")
            .await
            .expect("lookup"),
        None
    );
    // a new password hash replaces the old
    store
        .set_password_hash(&alice, "new-hash")
        .await
        .expect("set");
    assert_eq!(
        store.password_hash(&alice).await.expect("hash").as_deref(),
        Some("new-hash")
    );

    // the cap on entries counts what is there: adds and deletes both move it
    let held = store.recent_entries(&bob, 100).await.expect("bob").len();
    let extra = store
        .add_entry(&bob, &entry(1, 2), now())
        .await
        .expect("add");
    store.delete_entry(&bob, &extra).await.expect("delete");
    assert_eq!(
        store.recent_entries(&bob, 100).await.expect("bob").len(),
        held
    );

    // an export reads the diary a page at a time, oldest first: the pages
    // join up with nothing missed or repeated, ties in time included
    let twins = [
        store
            .add_entry(&bob, &entry(7, 2), now())
            .await
            .expect("twin"),
        store
            .add_entry(&bob, &entry(7, 3), now())
            .await
            .expect("twin"),
    ];
    let mut paged = Vec::new();
    let mut last = None;
    loop {
        let page = store
            .entries_after(&bob, last.as_ref(), 2)
            .await
            .expect("page");
        assert!(page.len() <= 2);
        let Some(tail) = page.last().cloned() else {
            break;
        };
        paged.extend(page.into_iter().map(|e| e.id));
        last = Some(tail);
    }
    let mut whole: Vec<String> = store
        .recent_entries(&bob, 100)
        .await
        .expect("all")
        .into_iter()
        .map(|e| e.id)
        .collect();
    whole.reverse();
    assert!(whole.len() >= 5, "{whole:?}");
    assert_eq!(paged, whole);
    for twin in &twins {
        store.delete_entry(&bob, twin).await.expect("delete");
    }

    // throttles: attempts counted per key in a window from the first,
    // apart per scope, forgotten on clear and after the window
    let key = |scope: &'static str, k: &str| ThrottleKey {
        scope,
        key_hash: k.to_string(),
    };
    let window = SignedDuration::from_mins(15);
    let (guess, other) = (key("account", "k1"), key("address", "k1"));
    for n in 1..=3 {
        let counted = store
            .count_attempt(&guess, window, now() + SignedDuration::from_mins(n))
            .await
            .expect("count");
        assert_eq!(counted.count, u32::try_from(n).expect("small"));
    }
    let seen = store
        .attempts(&guess, window, now() + SignedDuration::from_mins(4))
        .await
        .expect("read");
    assert_eq!(
        (seen.count, seen.last_at),
        (3, Some(now() + SignedDuration::from_mins(3)))
    );
    assert_eq!(
        store
            .attempts(&other, window, now())
            .await
            .expect("read")
            .count,
        0,
        "another scope counts apart"
    );
    assert_eq!(
        store
            .attempts(&guess, window, now() + SignedDuration::from_mins(16))
            .await
            .expect("read")
            .count,
        0,
        "the window starts at the first attempt and has passed"
    );
    assert_eq!(
        store
            .count_attempt(&guess, window, now() + SignedDuration::from_mins(17))
            .await
            .expect("count")
            .count,
        1,
        "an attempt after the window starts a new one"
    );
    store.clear_attempts(&guess).await.expect("clear");
    assert_eq!(
        store
            .attempts(&guess, window, now() + SignedDuration::from_mins(17))
            .await
            .expect("read"),
        Attempts::default()
    );

    // deleting a user removes everything they stored, and only theirs
    store.delete_user(&alice).await.expect("delete alice");
    assert!(
        store
            .recent_entries(&alice, 10)
            .await
            .expect("gone")
            .is_empty()
    );
    assert!(
        store
            .factors_since(&alice, "2026-01-01".parse().expect("day"))
            .await
            .expect("gone")
            .is_empty()
    );
    assert!(
        store
            .tightenings_since(&alice, Timestamp::UNIX_EPOCH, 10)
            .await
            .expect("gone")
            .is_empty()
    );
    assert_eq!(
        store
            .user_by_email("alice@example.test")
            .await
            .expect("lookup"),
        None
    );
    assert_eq!(
        store
            .recent_entries(&bob, 10)
            .await
            .expect("bob keeps")
            .len(),
        3
    );
}

#[tokio::test]
async fn sqlite_passes_the_story() {
    let dir = TempDir::new("store-story");
    let path = dir.join("diary.db");
    let store = SqliteStore::open(path.to_str().expect("utf8"))
        .await
        .expect("open");
    story(&store).await;
}

/// Writes that arrive together are committed together (group commit); one
/// that fails inside the batch must not undo the others.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_writes_committed_together_stand_or_fail_alone() {
    let dir = TempDir::new("store-group");
    let path = dir.join("diary.db");
    let store = SqliteStore::open(path.to_str().expect("utf8"))
        .await
        .expect("open");
    let mut tasks = Vec::new();
    for i in 0..200 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            // every odd write asks for the same email: only one may win
            let email = if i % 2 == 0 {
                format!("person{i}@example.test")
            } else {
                "shared@example.test".to_string()
            };
            let user = store.create_user(Some(&email), None, now()).await;
            if let Ok(u) = &user {
                store
                    .add_entry(u, &entry(i % 24, 5), now())
                    .await
                    .expect("entry");
            }
            (i, user)
        }));
    }
    let mut shared_winners = 0;
    for t in tasks {
        let (i, user) = t.await.expect("task");
        match (i % 2, user) {
            (0, Ok(u)) => {
                let found = store
                    .user_by_email(&format!("person{i}@example.test"))
                    .await
                    .expect("read");
                assert_eq!(found.map(|f| f.0), Some(u.clone()), "person{i} kept");
                assert_eq!(store.recent_entries(&u, 5).await.expect("read").len(), 1);
            }
            (0, Err(e)) => panic!("a unique email failed: {e}"),
            (_, Ok(_)) => shared_winners += 1,
            (_, Err(e)) => assert!(matches!(e, StoreError::Conflict(_)), "{e}"),
        }
    }
    assert_eq!(shared_winners, 1);
}

#[tokio::test]
async fn sqlite_keeps_entries_across_reopening_and_runs_migrations_once() {
    let dir = TempDir::new("store-reopen");
    let path = dir.join("diary.db");
    let p = path.to_str().expect("utf8");
    let id = {
        let store = SqliteStore::open(p).await.expect("open");
        let u = store.local_user(now()).await.expect("user");
        store.add_entry(&u, &entry(3, 5), now()).await.expect("add")
    };
    let store = SqliteStore::open(p).await.expect("reopen");
    let u = store.local_user(now()).await.expect("user");
    assert_eq!(store.entry(&u, &id).await.expect("kept").entry, entry(3, 5));
}

/// A file written before emails moved out of `users` (schema version 5):
/// opening it migrates, and its accounts still sign in and count entries.
#[tokio::test]
async fn an_account_made_before_the_move_to_sign_in_emails_still_signs_in() {
    let dir = TempDir::new("store-upgrade");
    let path = dir.join("diary.db");
    let p = path.to_str().expect("utf8");
    {
        let c = rusqlite::Connection::open(p).expect("open");
        c.execute_batch(concat!(
            "PRAGMA foreign_keys=ON;",
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL);",
            include_str!("../migrations/sqlite/0001_init.sql"),
            include_str!("../migrations/sqlite/0002_auth_sessions.sql"),
            include_str!("../migrations/sqlite/0003_care_team.sql"),
            include_str!("../migrations/sqlite/0004_tightenings.sql"),
            include_str!("../migrations/sqlite/0005_entry_count.sql"),
            "INSERT INTO schema_migrations VALUES (1, 0), (2, 0), (3, 0), (4, 0), (5, 0);",
            "INSERT INTO users (id, email, password_hash, created_at) VALUES ('u-old', 'old@example.test', 'h', 0);",
            "INSERT INTO auth_sessions VALUES ('u-old', 'th', 'csrf', 0, 0);",
        ))
        .expect("a version 5 file");
    }
    let store = SqliteStore::open(p).await.expect("migrates");
    let old = easeback_store::UserId("u-old".into());
    assert_eq!(
        store
            .user_by_email("old@example.test")
            .await
            .expect("lookup"),
        Some((old.clone(), Some("h".into())))
    );
    assert!(
        store
            .auth_session(&old, "th")
            .await
            .expect("session")
            .is_some(),
        "rebuilding users does not cascade into its sessions"
    );
    assert!(matches!(
        store
            .create_user(Some("old@example.test"), None, now())
            .await,
        Err(StoreError::Conflict(_))
    ));
    store
        .add_entry(&old, &entry(1, 4), now())
        .await
        .expect("the entry count trigger still runs");
    assert_eq!(store.recent_entries(&old, 5).await.expect("read").len(), 1);
    store.delete_user(&old).await.expect("delete");
    assert_eq!(
        store
            .user_by_email("old@example.test")
            .await
            .expect("lookup"),
        None
    );
}

#[tokio::test]
async fn postgres_passes_the_story() {
    let Ok(url) = std::env::var("EASEBACK_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must set EASEBACK_TEST_POSTGRES_URL"
        );
        eprintln!("EASEBACK_TEST_POSTGRES_URL not set: PostgreSQL story skipped");
        return;
    };
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let schema = format!("story_{}_{nanos}", std::process::id());
    let store = PgStore::connect(&url, Some(&schema))
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL at {url} is not reachable: {e}"));
    story(&store).await;
    // a second connect migrates nothing twice
    PgStore::connect(&url, Some(&schema))
        .await
        .expect("reconnect");
    let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .expect("admin connect");
    tokio::spawn(conn);
    client
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .expect("drop test schema");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_under_write_load_has_every_entry_acknowledged_before_it() {
    let dir = TempDir::new("store-backup");
    let path = dir.join("diary.db");
    let store = SqliteStore::open(path.to_str().expect("utf8"))
        .await
        .expect("open");
    let user = store.local_user(now()).await.expect("user");
    let mut before = Vec::new();
    for i in 0..50 {
        before.push(
            store
                .add_entry(&user, &entry(i % 24, 5), now())
                .await
                .expect("add"),
        );
    }
    // keep writing while the backup runs
    let writer = {
        let store = store.clone();
        let user = user.clone();
        tokio::spawn(async move {
            for i in 0..200 {
                store
                    .add_entry(&user, &entry(i % 24, 4), now())
                    .await
                    .expect("add during backup");
            }
        })
    };
    let dest = path.with_file_name("backup.db");
    store
        .backup_to(dest.to_str().expect("utf8"))
        .await
        .expect("backup");
    writer.await.expect("writer");
    let copy = SqliteStore::open(dest.to_str().expect("utf8"))
        .await
        .expect("open backup");
    assert_eq!(copy.integrity_check().await.expect("check"), "ok");
    for id in &before {
        copy.entry(&user, id)
            .await
            .expect("every entry acknowledged before the backup is in it");
    }
    // restore into a fresh database
    let fresh_path = path.with_file_name("restored.db");
    let fresh = SqliteStore::open(fresh_path.to_str().expect("utf8"))
        .await
        .expect("fresh");
    fresh
        .restore_from(dest.to_str().expect("utf8"))
        .await
        .expect("restore");
    for id in &before {
        fresh.entry(&user, id).await.expect("restored");
    }
}

/// Diary data is health data: a new database file, its journal and a
/// backup are readable by their owner only, whatever the umask.
#[cfg(unix)]
#[tokio::test]
async fn a_new_sqlite_file_and_its_journal_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("store-private");
    let path = dir.join("diary.db");
    let store = SqliteStore::open(path.to_str().expect("utf8"))
        .await
        .expect("open");
    // a first write, so the journal exists
    store.local_user(Timestamp::now()).await.expect("a write");
    let backup = dir.join("backup.db");
    store
        .backup_to(backup.to_str().expect("utf8"))
        .await
        .expect("backup");
    for name in ["diary.db", "diary.db-wal", "backup.db"] {
        let mode = std::fs::metadata(dir.join(name))
            .expect("the file is there")
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "{name} is {mode:o}");
    }
}

#[tokio::test]
async fn a_deleted_account_cannot_be_read_back_from_the_database_files() {
    let dir = TempDir::new("store-erase");
    let path = dir.join("diary.db");
    let store = SqliteStore::open(path.to_str().expect("utf8"))
        .await
        .expect("open");
    let keeper = store
        .create_user(Some("keeper@example.test"), Some("hash"), now())
        .await
        .expect("keeper");
    let leaving = store
        .create_user(Some("zzleavingzz@example.test"), Some("hash"), now())
        .await
        .expect("leaving");
    for i in 0..20 {
        let mut e = entry(i % 24, 5);
        e.notes = format!("ZZPRIVATENOTEZZ number {i}");
        store.add_entry(&leaving, &e, now()).await.expect("add");
        store
            .add_entry(&keeper, &entry(i % 24, 4), now())
            .await
            .expect("add");
    }
    store.delete_user(&leaving).await.expect("delete");
    let file_holds = |needle: &str| {
        ["diary.db", "diary.db-wal"].iter().any(|name| {
            std::fs::read(dir.join(name))
                .is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
        })
    };
    assert!(
        !file_holds("ZZPRIVATENOTEZZ"),
        "a deleted note is still in the files"
    );
    assert!(
        !file_holds("zzleavingzz@example.test"),
        "a deleted email is still in the files"
    );
    // the other person's diary is untouched
    assert_eq!(
        store
            .recent_entries(&keeper, 100)
            .await
            .expect("keeper")
            .len(),
        20
    );
}
