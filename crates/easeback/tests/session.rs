//! The guided session and quick actions, scripted through stdin.

use easeback_testkit::{Cli, TempDir};
use std::process::Output;

fn run(args: &[&str], input: &str) -> Output {
    Cli::new(env!("CARGO_BIN_EXE_easeback")).run_with_input(args, input.as_bytes())
}

fn sessions(db: &str) -> serde_json::Value {
    let out = run(&["sessions", "--format", "json", "--db", db], "");
    serde_json::from_slice(&out.stdout).expect("json")
}

/// Check-in answers: pain, helped, shooting leg pain, anything new.
fn check_in(pain: u8, helped: bool, shooting: bool, new: &str) -> String {
    format!(
        "{pain}\n{}\n{}\n{new}\n",
        if helped { "y" } else { "n" },
        if shooting { "y" } else { "n" }
    )
}

#[test]
fn a_scripted_session_runs_to_completion_and_is_saved() {
    let dir = TempDir::new("session-complete");
    let db = dir.file("diary.db");
    let mut input = String::from("7\n");
    input += &check_in(6, false, false, ""); // step 1
    input += &check_in(4, true, false, ""); // step 2 helped
    input += "f\n"; // finish here
    let out = run(&["session", "--time-scale", "0", "--db", &db], &input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Step 1 of 8: Reset your position and breathe"),
        "{text}"
    );
    assert!(
        text.contains("How much: 1 minute of long out-breaths"),
        "each step shows its dose"
    );
    assert!(
        text.contains("Take care: Protect your skin"),
        "and its caution"
    );
    assert!(
        text.contains("Pain: 7/10 at the start, 4/10 at the end."),
        "{text}"
    );
    assert!(text.contains("Saved to your diary."));
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "wider than 80 columns: {line}");
    }
    let saved = sessions(&db);
    assert_eq!(saved[0]["helped_step"], "heat");
    assert_eq!(saved[0]["pain_before"], 7);
    assert_eq!(saved[0]["escalated"], serde_json::Value::Null);

    // insights show which step helps
    let ins = run(&["insights", "--format", "json", "--db", &db], "");
    let v: serde_json::Value = serde_json::from_slice(&ins.stdout).expect("json");
    assert_eq!(v["sessions"]["helped"][0]["key"], "heat", "{v}");

    // the next session starts where relief came
    let again = run(
        &["session", "--time-scale", "0", "--no-save", "--db", &db],
        "5\nq\n",
    );
    let text = String::from_utf8_lossy(&again.stdout);
    assert!(text.contains("Starting at step 2"), "{text}");
}

#[test]
fn pain_shooting_down_a_leg_escalates_and_saves_the_escalation() {
    let dir = TempDir::new("session-escalate");
    let db = dir.file("diary.db");
    let input = format!("6\n{}", check_in(7, false, true, ""));
    let out = run(
        &[
            "session",
            "--time-scale",
            "0",
            "--region",
            "uk",
            "--db",
            &db,
        ],
        &input,
    );
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Stop the session"), "{text}");
    assert!(text.contains("URGENT - CALL NOW"), "{text}");
    assert!(text.contains("maternity unit"), "{text}");
    assert!(
        !text.contains("Step 2 of 8"),
        "nothing follows an escalation"
    );
    let saved = sessions(&db);
    assert_eq!(saved[0]["escalated"], "same_day");
}

#[test]
fn a_red_flag_typed_at_check_in_escalates_to_emergency() {
    let dir = TempDir::new("session-redflag");
    let db = dir.file("diary.db");
    let input = format!(
        "6\n{}",
        check_in(5, false, false, "my left calf is hot and swollen")
    );
    let out = run(
        &[
            "session",
            "--time-scale",
            "0",
            "--region",
            "us",
            "--db",
            &db,
        ],
        &input,
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("EMERGENCY") && text.contains("Call 911 now"),
        "{text}"
    );
    assert_eq!(sessions(&db)[0]["escalated"], "emergency");
}

#[test]
fn input_ending_early_stops_cleanly() {
    let dir = TempDir::new("session-eof");
    let db = dir.file("diary.db");
    let out = run(&["session", "--time-scale", "0", "--db", &db], "");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("nothing was saved"));
    assert!(sessions(&db).as_array().is_some_and(Vec::is_empty));
}

#[test]
fn quick_actions_for_a_trigger_and_the_menu() {
    let out = run(&["quick", "long_sitting"], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("30–45 minutes") && text.contains("Reset your position"),
        "{text}"
    );
    let menu = run(&["quick"], "");
    let text = String::from_utf8_lossy(&menu.stdout);
    assert!(
        text.contains("1. A sudden bend or twist") && text.contains("8. Stress"),
        "{text}"
    );
    let bad = run(&["quick", "moon"], "");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn an_exercise_runs_with_its_cues() {
    let out = run(&["exercise", "hip_flexor_release", "--time-scale", "0"], "");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("left side") && text.contains("right side") && text.contains("Timer: 0:20"),
        "{text}"
    );
    let list = run(&["exercises"], "");
    assert_eq!(String::from_utf8_lossy(&list.stdout).lines().count(), 6);
}

#[test]
fn skipping_a_step_in_the_terminal_still_asks_the_stop_questions() {
    let dir = TempDir::new("session-skip");
    let db = dir.file("diary.db");
    // pain 6, skip the first step, then: pain down a leg? yes; anything new? nothing
    let out = run(
        &[
            "session",
            "--time-scale",
            "0.001",
            "--region",
            "uk",
            "--db",
            &db,
        ],
        "6\ns\ny\n\n",
    );
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Stop the session"), "{text}");
    assert!(text.contains("URGENT - CALL NOW"), "{text}");
    assert!(
        !text.contains("Step 2 of 8"),
        "a stop answer ends the session"
    );
    assert_eq!(sessions(&db)[0]["escalated"], "same_day");
    // a skip answered no to both goes on to the next step
    let out = run(
        &["session", "--time-scale", "0.001", "--no-save", "--db", &db],
        "6\ns\nn\n\nq\n",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Step 2 of 8"), "{text}");
}
