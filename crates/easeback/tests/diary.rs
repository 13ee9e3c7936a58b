//! The diary on the command line, end to end against a fresh SQLite file.

use easeback_testkit::{Cli, TempDir};
use std::process::Output;

fn cli() -> Cli {
    Cli::new(env!("CARGO_BIN_EXE_easeback"))
}

/// `easeback ARGS --db DB`.
fn run(db: &str, args: &[&str]) -> Output {
    cli().run(&[args, &["--db", db]].concat())
}

/// 03:00 UTC, `days` days ago.
fn night(days: u64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let day_start = now - now % 86_400;
    // counted from yesterday: "today at 3am" is still ahead of a run between
    // midnight and 3am UTC, and insights only count what has happened
    let t = day_start - (days + 1) * 86_400 + 3 * 3600;
    let (d, s) = (t / 86_400, t % 86_400);
    // civil date from days since epoch (Howard Hinnant's algorithm)
    let z = d as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let dd = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{dd:02}T{:02}:{:02}:00Z",
        s / 3600,
        (s % 3600) / 60
    )
}

fn insights_json(db: &str) -> serde_json::Value {
    let out = run(db, &["insights", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

fn findings(v: &serde_json::Value) -> Vec<String> {
    serde_json::from_value(v["findings"].clone()).expect("ids")
}

#[test]
fn three_woken_nights_in_the_last_seven_list_night_waking() {
    let dir = TempDir::new("cli-woke");
    let db = dir.file("diary.db");
    for d in [1, 3] {
        let out = run(&db, &["log", "--pain", "6", "--woke", "--at", &night(d)]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert!(
        !findings(&insights_json(&db)).contains(&"night_waking".to_string()),
        "two nights are not enough"
    );
    run(&db, &["log", "--pain", "5", "--woke", "--at", &night(5)]);
    let v = insights_json(&db);
    assert!(findings(&v).contains(&"night_waking".to_string()), "{v}");
    assert_eq!(v["nights_woken_last_7"], 3);
    assert_eq!(v["assessment"]["disposition"], "review");
}

#[test]
fn entries_are_listed_and_deleted() {
    let dir = TempDir::new("cli-list");
    let db = dir.file("diary.db");
    let out = run(
        &db,
        &[
            "log",
            "--pain",
            "4",
            "--where",
            "low_back,buttock",
            "--trigger",
            "long_sitting",
            "--helped",
            "gentle_heat",
            "--note",
            "after the drive",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = run(&db, &["diary", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).expect("json");
    let e = &v[0];
    assert_eq!(e["intensity"], 4);
    assert_eq!(e["locations"], serde_json::json!(["low_back", "buttock"]));
    assert_eq!(e["tried"][0]["action"], "gentle_heat");
    let id = e["id"].as_str().expect("id").to_string();
    let edit = run(
        &db,
        &[
            "edit-entry",
            &id,
            "--pain",
            "6",
            "--note",
            "worse than I thought",
        ],
    );
    assert!(
        edit.status.success(),
        "{}",
        String::from_utf8_lossy(&edit.stderr)
    );
    let v: serde_json::Value =
        serde_json::from_slice(&run(&db, &["diary", "--format", "json"]).stdout).expect("json");
    assert_eq!(v[0]["intensity"], 6);
    assert_eq!(v[0]["notes"], "worse than I thought");
    assert_eq!(
        v[0]["locations"],
        serde_json::json!(["low_back", "buttock"]),
        "untouched fields stay"
    );
    assert_eq!(
        run(&db, &["edit-entry", &id, "--pain", "12"]).status.code(),
        Some(2)
    );
    assert!(run(&db, &["delete-entry", &id]).status.success());
    let again = run(&db, &["delete-entry", &id]);
    assert_eq!(again.status.code(), Some(2));
    let text = run(&db, &["diary"]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("empty"));
}

#[test]
fn bad_values_name_the_field_and_store_nothing() {
    let dir = TempDir::new("cli-bad");
    let db = dir.file("diary.db");
    for (args, field) in [
        (vec!["log", "--pain", "11"], "intensity"),
        (
            vec!["log", "--pain", "5", "--trigger", "full_moon"],
            "unknown trigger 'full_moon'",
        ),
        (vec!["log", "--pain", "5", "--where", "neck"], "where"),
        (
            vec!["log", "--pain", "5", "--at", "2099-01-01T00:00:00Z"],
            "started_at",
        ),
        (
            vec!["log", "--pain", "5", "--at", "last tuesday"],
            "started_at",
        ),
        (vec!["day", "--water", "9"], "water"),
    ] {
        let out = run(&db, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(field), "{args:?}: {err}");
    }
    let list = run(&db, &["diary", "--format", "json"]);
    assert_eq!(String::from_utf8_lossy(&list.stdout).trim(), "[]");
}

#[test]
fn insights_text_shows_charts_and_the_review_advice() {
    let dir = TempDir::new("cli-text");
    let db = dir.file("diary.db");
    for d in [0, 1, 2] {
        run(
            &db,
            &[
                "log",
                "--pain",
                "7",
                "--trigger",
                "long_sitting",
                "--at",
                &night(d),
            ],
        );
    }
    let out = run(&db, &["insights"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Episodes per week") && text.contains('█'),
        "{text}"
    );
    assert!(text.contains("Sitting for a long time"));
    assert!(text.contains("Spasms that keep coming back"), "{text}");
}

#[test]
fn daily_factors_are_saved() {
    let dir = TempDir::new("cli-day");
    let db = dir.file("diary.db");
    let out = run(
        &db,
        &[
            "day",
            "--water",
            "2",
            "--sleep",
            "side_with_pillow",
            "--stress",
            "1",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn backup_and_restore_keep_every_entry() {
    let dir = TempDir::new("cli-backup");
    let db = dir.file("diary.db");
    for p in ["3", "5", "7"] {
        run(&db, &["log", "--pain", p]);
    }
    let backup = format!("{db}.bak");
    let out = cli().run(&["backup", "--out", &backup, "--db", &db]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fresh = dir.file("restored.db");
    let out = cli().run(&["restore", "--from", &backup, "--db", &fresh]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list = run(&fresh, &["diary", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&list.stdout).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(3));
    let missing = cli().run(&["restore", "--from", "/nonexistent.bak", "--db", &fresh]);
    assert_eq!(missing.status.code(), Some(2));
}
