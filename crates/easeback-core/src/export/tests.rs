//! Export formats: shape checks here; full validation by the Python
//! libraries runs in CI (see `crates/easeback/tests/exports.rs`).

use super::*;
use crate::diary::{Entry, Location, Tried};
use crate::{Content, Disposition, FindingId};
use jiff::Timestamp;

fn e(pain: u8, notes: &str) -> Entry {
    Entry {
        started_at: "2026-11-20T02:10:00Z".parse().expect("ts"),
        utc_offset_minutes: 60,
        duration_minutes: Some(12),
        locations: vec![Location::LowBack, Location::Buttock],
        side: None,
        intensity: pain,
        pain_after: Some(3),
        triggers: vec!["long_sitting".into()],
        context: String::new(),
        tried: vec![Tried {
            action: "gentle_heat".into(),
            helped: true,
        }],
        woke_from_sleep: true,
        notes: notes.into(),
    }
}

#[test]
fn csv_quotes_awkward_fields_and_keeps_every_entry() {
    let out = csv::entries_csv(&[
        ("a".into(), e(6, "said \"ouch\", then sat")),
        ("b".into(), e(4, "")),
    ]);
    let lines: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0], csv::HEADER);
    assert!(lines[1].starts_with("a,2026-11-20T02:10:00Z,60,12,low_back;buttock,,6,3,long_sitting,,gentle_heat,gentle_heat,true,"));
    assert!(lines[1].ends_with("\"said \"\"ouch\"\", then sat\""));
}

#[test]
fn a_note_a_spreadsheet_would_run_is_exported_as_text() {
    for note in ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)"] {
        let out = csv::entries_csv(&[("a".into(), e(5, note))]);
        let row = out.lines().nth(1).expect("a row");
        let last = row.rsplit(',').next().unwrap_or_default();
        assert!(
            last.starts_with('\'') || last.starts_with("\"'"),
            "{note:?} -> {row}"
        );
    }
    let plain = csv::entries_csv(&[("a".into(), e(5, "heat helped"))]);
    assert!(plain.trim_end().ends_with(",heat helped"), "{plain}");
}

#[test]
fn the_fhir_bundle_has_observations_and_a_questionnaire_response() {
    let now: Timestamp = "2026-11-25T20:00:00Z".parse().expect("ts");
    let b = fhir::bundle(
        Content::builtin(),
        &[("0193a3c0-0000-7000-8000-000000000001".into(), e(6, "note"))],
        &[FindingId::NightWaking],
        Disposition::Review,
        now,
        "0193a3c0-0000-7000-8000-0000000000ff",
    );
    let v = serde_json::to_value(&b).expect("json");
    assert_eq!(v["resourceType"], "Bundle");
    assert_eq!(v["type"], "collection");
    let obs = &v["entry"][0]["resource"];
    assert_eq!(obs["resourceType"], "Observation");
    assert_eq!(obs["code"]["coding"][0]["code"], "72514-3");
    assert_eq!(obs["valueInteger"], 6);
    assert_eq!(obs["effectiveDateTime"], "2026-11-20T03:10:00+01:00");
    assert!(
        obs.get("subject").is_none(),
        "no identifier the person did not enter"
    );
    let qr = &v["entry"][1]["resource"];
    assert_eq!(qr["resourceType"], "QuestionnaireResponse");
    assert_eq!(qr["item"][0]["linkId"], "night_waking");
    assert_eq!(qr["item"][0]["answer"][0]["valueBoolean"], true);
    assert_eq!(qr["item"][3]["answer"][0]["valueString"], "review");
}

#[test]
fn reminders_have_display_alarms_and_folded_lines() {
    let now: Timestamp = "2026-11-25T20:00:00Z".parse().expect("ts");
    let day: jiff::civil::Date = "2026-11-26".parse().expect("d");
    let ics = ics::reminders(
        Content::builtin(),
        day,
        jiff::civil::time(9, 0, 0, 0),
        jiff::civil::time(17, 0, 0, 0),
        40,
        now,
    )
    .expect("valid");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    let events = ics.matches("BEGIN:VEVENT").count();
    assert_eq!(events, ics.matches("ACTION:DISPLAY").count());
    assert!(
        ics.matches("SUMMARY:Movement break").count() >= 10,
        "every 40 minutes from 9 to 5"
    );
    assert!(ics.lines().all(|l| l.len() <= 75), "lines are folded");
    assert!(
        ics::reminders(
            Content::builtin(),
            day,
            jiff::civil::time(9, 0, 0, 0),
            jiff::civil::time(17, 0, 0, 0),
            90,
            now
        )
        .is_err()
    );
    assert!(
        ics::reminders(
            Content::builtin(),
            day,
            jiff::civil::time(18, 0, 0, 0),
            jiff::civil::time(9, 0, 0, 0),
            40,
            now
        )
        .is_err()
    );
}
