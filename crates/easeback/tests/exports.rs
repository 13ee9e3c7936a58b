//! Exports, reminders, profile and the tightening timer from the command
//! line. The FHIR bundle and the .ics are validated by the Python reference
//! libraries when `EASEBACK_PYTHON` names a Python with them (CI sets it up
//! and requires it).

use easeback_testkit::{Cli, TempDir};
use std::process::{Command, Output};

fn run(args: &[&str], input: &str) -> Output {
    Cli::new(env!("CARGO_BIN_EXE_easeback")).run_with_input(args, input.as_bytes())
}

fn validate(kind: &str, path: &std::path::Path) {
    let Ok(python) = std::env::var("EASEBACK_PYTHON") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must set EASEBACK_PYTHON for export validation"
        );
        eprintln!("EASEBACK_PYTHON not set: {kind} validation skipped");
        return;
    };
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scripts/validate-exports.py"
    );
    let out = Command::new(python)
        .args([script, kind, path.to_str().expect("utf8")])
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "{kind} invalid:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn fhir_csv_and_json_exports_match_the_diary() {
    let dir = TempDir::new("exports-fhir");
    let db = dir.join("d.db");
    let db = db.to_str().expect("utf8");
    for (pain, note) in [("6", "after the drive, \"ouch\""), ("3", "")] {
        let out = run(
            &[
                "log", "--db", db, "--pain", pain, "--where", "low_back", "--note", note,
            ],
            "",
        );
        assert!(out.status.success());
    }
    let bundle = dir.join("bundle.json");
    assert!(
        run(
            &[
                "export",
                "--fhir",
                "--db",
                db,
                "-o",
                bundle.to_str().expect("p")
            ],
            ""
        )
        .status
        .success()
    );
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&bundle).expect("read")).expect("json");
    let pains: Vec<i64> = v["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["resource"]["valueInteger"].as_i64())
        .collect();
    assert_eq!(pains, vec![6, 3], "figures match the diary, oldest first");
    validate("fhir", &bundle);

    let csv = run(&["export", "--csv", "--db", db], "");
    let text = String::from_utf8_lossy(&csv.stdout);
    assert_eq!(text.lines().count(), 3);
    assert!(text.contains("\"after the drive, \"\"ouch\"\"\""));

    let json = run(&["export", "--db", db], "");
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["entries"].as_array().map(Vec::len), Some(2));
    assert!(v["profile"].is_object() && v["sessions"].is_array() && v["daily_factors"].is_array());
}

#[test]
fn reminders_are_an_ics_with_alarms() {
    let dir = TempDir::new("exports-ics");
    let path = dir.join("r.ics");
    let out = run(
        &[
            "reminders",
            "--ics",
            "--from",
            "08:30",
            "--to",
            "16:00",
            "--every",
            "45",
            "-o",
            path.to_str().expect("p"),
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("DTSTART:")
            && text.contains("ACTION:DISPLAY")
            && text.contains("RRULE:FREQ=DAILY")
    );
    validate("ics", &path);
    assert_eq!(
        run(&["reminders", "--ics", "--every", "90"], "")
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn profile_refuses_a_due_date_long_past_or_too_far_ahead_and_shows_the_week() {
    let dir = TempDir::new("exports-profile");
    let db = dir.join("p.db");
    let db = db.to_str().expect("utf8");
    // a due date long past is a typo or a pregnancy that has ended: refused
    // with the reason (the same rule as the settings page), nothing saved
    let old = run(
        &[
            "profile",
            "--db",
            db,
            "--region",
            "uk",
            "--due-date",
            "2026-01-01",
        ],
        "",
    );
    assert_eq!(old.status.code(), Some(2));
    let said = String::from_utf8_lossy(&old.stderr);
    assert!(said.contains("more than two weeks ago"), "{said}");
    let far = run(&["profile", "--db", db, "--due-date", "2099-01-01"], "");
    assert_eq!(far.status.code(), Some(2));
    // a date in range: the week, never negative
    let due = jiff::ZonedDateTime::now()
        .date()
        .checked_add(jiff::Span::new().days(100))
        .expect("date")
        .to_string();
    let out = run(&["profile", "--db", db, "--due-date", &due], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("weeks") && text.contains("pregnant"),
        "{text}"
    );
    // (a negative number is a space, a minus and a digit: "--care-team" is not one)
    let negative = text
        .as_bytes()
        .windows(3)
        .any(|w| w[0] == b' ' && w[1] == b'-' && w[2].is_ascii_digit());
    assert!(!negative, "no negative weeks: {text}");
}

#[test]
fn the_tightening_timer_escalates_at_a_regular_pattern_only() {
    let dir = TempDir::new("exports-tight");
    let db = dir.join("t.db");
    let db = db.to_str().expect("utf8");
    let line = |m: u32, s: u32, w: &str| format!("{w} 2026-11-25T20:{m:02}:{s:02}Z\n");
    let mut three = String::new();
    for m in [0, 6, 12] {
        three += &line(m, 0, "start");
        three += &line(m, 45, "stop");
    }
    let out = run(
        &["tightenings", "--db", db, "--region", "uk"],
        &(three.clone() + "q\n"),
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        !text.contains("URGENT"),
        "three are below the threshold: {text}"
    );
    let four = three + &line(18, 0, "start") + &line(18, 45, "stop") + "q\n";
    let out = run(&["tightenings", "--db", db, "--region", "uk"], &four);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("URGENT - CALL NOW") && text.contains("coming regularly"),
        "{text}"
    );
}

#[test]
fn the_clinician_report_is_a_pdf_whose_figures_match_the_diary() {
    let dir = TempDir::new("exports-report");
    let db = dir.join("r.db");
    let db = db.to_str().expect("utf8");
    for p in ["6", "7", "5"] {
        assert!(
            run(
                &[
                    "log",
                    "--db",
                    db,
                    "--pain",
                    p,
                    "--trigger",
                    "long_sitting",
                    "--note",
                    "after work"
                ],
                ""
            )
            .status
            .success()
        );
    }
    let pdf = dir.join("report.pdf");
    let out = run(
        &[
            "report",
            "--db",
            db,
            "--weeks",
            "4",
            "-o",
            pdf.to_str().expect("p"),
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).expect("read");
    assert!(
        bytes
            .windows(b"/StructTreeRoot".len())
            .any(|w| w == b"/StructTreeRoot"),
        "a tagged PDF"
    );
    assert!(bytes.starts_with(b"%PDF-"));
    let has = |tool: &str| Command::new(tool).arg("-v").output().is_ok();
    if !has("pdftoppm") || !has("pdftotext") {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install poppler-utils"
        );
        return;
    }
    let render = Command::new("pdftoppm")
        .args([
            "-png",
            "-r",
            "40",
            pdf.to_str().expect("p"),
            dir.join("page").to_str().expect("p"),
        ])
        .output()
        .expect("pdftoppm");
    assert!(render.status.success(), "every page renders");
    let pages = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().starts_with("page"))
        })
        .count();
    assert!((1..=2).contains(&pages), "one or two pages, got {pages}");
    let text = Command::new("pdftotext")
        .args([pdf.to_str().expect("p"), "-"])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Episodes: 3 in 4 weeks"), "{text}");
    assert!(text.contains("Sitting for a long time: 3"), "{text}");
    assert!(text.contains("mean pain 6.0"), "{text}");
    assert!(text.contains("Every episode"), "the episode list: {text}");
}
