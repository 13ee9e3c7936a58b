//! The `easeback` binary as a user and other programs meet it: the card,
//! JSON, the stable `--batch` interface, and clear errors with exit code 2.

use easeback_testkit::{Cli, TempDir};
use rstest::rstest;
use std::process::Output;

fn easeback(args: &[&str]) -> Output {
    Cli::new(env!("CARGO_BIN_EXE_easeback")).run(args)
}

fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    Cli::new(env!("CARGO_BIN_EXE_easeback")).run_with_input(args, input)
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[rstest]
#[case("vaginal_bleeding", "same_day")]
#[case("fever,severe_pain", "emergency")]
#[case("severe_pain", "self_care")]
#[case("night_waking,fear_avoidance", "review")]
#[case("", "self_care")]
fn structured_findings_give_the_rules_disposition(#[case] ids: &str, #[case] expected: &str) {
    let out = easeback(&["triage", "--findings", ids, "--format", "json"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("\"disposition\":\"{expected}\"")),
        "{text}"
    );
}

#[test]
fn structured_findings_have_no_spans() {
    let v = json(&easeback(&[
        "triage",
        "--findings",
        "vaginal_bleeding",
        "--format",
        "json",
        "--region",
        "uk",
    ]));
    let f = &v["findings"][0];
    assert_eq!(f["id"], "vaginal_bleeding");
    assert_eq!(f["disposition"], "same_day");
    assert!(f.get("start").is_none());
    let actions: Vec<String> = serde_json::from_value(v["actions"].clone()).expect("strings");
    assert!(
        actions.iter().any(|a| a.contains("maternity unit")),
        "{actions:?}"
    );
}

#[test]
fn an_unknown_finding_lists_the_valid_ids_and_exits_2() {
    let out = easeback(&["triage", "--findings", "bleeding"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unknown finding id 'bleeding'") && err.contains("vaginal_bleeding"),
        "{err}"
    );
}

#[test]
fn an_unknown_region_lists_the_valid_ones_and_exits_2() {
    let out = easeback(&["triage", "--findings", "fever", "--region", "mars"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unknown region 'mars'") && err.contains("uk"),
        "{err}"
    );
}

#[rstest]
#[case("us", "911")]
#[case("uk", "999")]
#[case("ie", "112 or 999")]
#[case("ca", "911")]
#[case("au", "000")]
#[case("nz", "111")]
#[case("eu", "112")]
fn every_region_renders_its_emergency_number(#[case] region: &str, #[case] number: &str) {
    let out = easeback(&[
        "triage",
        "--findings",
        "hot_swollen_leg",
        "--region",
        region,
    ]);
    let card = String::from_utf8_lossy(&out.stdout);
    assert!(card.contains(&format!("Call {number} now")), "{card}");
}

#[test]
fn without_a_region_the_card_lists_every_emergency_number() {
    let out = easeback(&["triage", "--findings", "heavy_bleeding"]);
    let card = String::from_utf8_lossy(&out.stdout);
    for n in ["911", "999", "000", "111", "112"] {
        assert!(card.contains(n), "{card}");
    }
}

#[test]
fn free_text_card_highlights_the_words_that_caused_it() {
    let out = easeback(&[
        "triage",
        "--region",
        "uk",
        "no fever but some spotting today",
    ]);
    let card = String::from_utf8_lossy(&out.stdout);
    insta::assert_snapshot!(card);
}

#[test]
fn self_harm_names_the_crisis_line() {
    let v = json(&easeback(&[
        "triage",
        "--format",
        "json",
        "--region",
        "uk",
        "I keep thinking about ending my life",
    ]));
    assert_eq!(v["disposition"], "emergency");
    assert!(
        v["actions"][0]
            .as_str()
            .is_some_and(|a| a.contains("116 123")),
        "{v}"
    );
}

#[test]
fn reduced_movements_say_not_to_wait_and_nerve_pain_pauses_the_ladder() {
    let v = json(&easeback(&[
        "triage",
        "--format",
        "json",
        "the baby has not moved today",
    ]));
    assert!(
        v["actions"]
            .to_string()
            .contains("never wait until tomorrow"),
        "{v}"
    );
    let v = json(&easeback(&[
        "triage",
        "--format",
        "json",
        "shooting pain down my leg",
    ]));
    assert!(
        v["actions"]
            .to_string()
            .contains("Stop the self-care ladder"),
        "{v}"
    );
}

#[test]
fn medication_questions_get_no_drug_name() {
    let v = json(&easeback(&[
        "triage",
        "--format",
        "json",
        "can I take ibuprofen for my back?",
    ]));
    let actions = v["actions"].to_string().to_lowercase();
    assert!(actions.contains("pharmacist"));
    for drug in [
        "ibuprofen",
        "paracetamol",
        "acetaminophen",
        "tylenol",
        "codeine",
        "mg",
    ] {
        assert!(!actions.contains(drug), "actions name {drug}: {actions}");
    }
}

#[test]
fn batch_writes_one_json_object_per_line_in_order() {
    let input = "my bump keeps going hard every ten minutes\n\nno bleeding but my left calf is hot and swollen\r\nit stings when I wee\n   \nmy sister had bleeding";
    let out = with_stdin(&["triage", "--batch"], input.as_bytes());
    assert!(out.status.success());
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout)
        .expect("utf8")
        .lines()
        .collect();
    assert_eq!(lines.len(), 6);
    let v: Vec<serde_json::Value> = lines
        .iter()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let got: Vec<&str> = v
        .iter()
        .map(|o| o["disposition"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(
        got,
        [
            "same_day",
            "self_care",
            "emergency",
            "same_day",
            "self_care",
            "self_care"
        ]
    );
    assert_eq!(v[1]["findings"], serde_json::json!([]));
    let leg = &v[2]["findings"][0];
    assert_eq!(leg["id"], "hot_swollen_leg");
    let line = "no bleeding but my left calf is hot and swollen";
    let (s, e) = (
        leg["start"].as_u64().unwrap_or(0) as usize,
        leg["end"].as_u64().unwrap_or(0) as usize,
    );
    assert_eq!(&line[s..e], leg["text"].as_str().unwrap_or(""));
    assert_eq!(v[5]["set_aside"][0]["reason"], "someone_else");
    for o in &v {
        assert!(o["actions"].as_array().is_some_and(|a| !a.is_empty()));
    }
}

#[test]
fn batch_survives_invalid_utf8_and_long_lines() {
    let mut input = b"spotting \xff\xfe today\n".to_vec();
    input.extend(std::iter::repeat_n(b'a', 300 * 1024));
    input.extend(b"\nfever\n");
    let out = with_stdin(&["triage", "--batch"], &input);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("json"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["disposition"], "same_day");
    assert!(
        lines[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("limit"))
    );
    assert_eq!(lines[2]["disposition"], "same_day");
}

#[test]
fn findings_lists_every_id() {
    let out = easeback(&["findings"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 28);
    assert!(text.contains("saddle_numbness") && text.contains("emergency"));
}

#[test]
fn content_dumps_the_whole_knowledge_base_as_json() {
    let v = json(&easeback(&["content", "--format", "json"]));
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(28));
    assert_eq!(v["regions"].as_array().map(Vec::len), Some(9));
    assert_eq!(v["ladder"]["step"].as_array().map(Vec::len), Some(8));
}

#[test]
fn eval_prints_the_scores() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/vignettes.tsv");
    let out = easeback(&["eval", path]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("under-triage: 0"), "{text}");
    assert!(text.contains("sensitivity"));
    let missing = easeback(&["eval", "/nonexistent.tsv"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn eval_over_several_files_reports_each_and_the_total() {
    let own = concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval/vignettes.tsv");
    let batch = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../eval/batches/b01-forum.tsv"
    );
    let out = easeback(&["eval", own, batch]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("b01-forum.tsv"), "{text}");
    let total = text.lines().last().unwrap_or_default();
    assert!(total.starts_with("== all 2 files: exact"), "{total}");
    assert!(total.contains("under-triage 0"), "{total}");
}

#[test]
fn triage_reads_a_description_from_stdin_when_not_given() {
    let out = with_stdin(&["triage", "--format", "json"], b"my waters broke");
    assert_eq!(json(&out)["disposition"], "same_day");
}

#[test]
fn text_and_findings_are_read_together() {
    let v = json(&easeback(&[
        "triage",
        "heavy bleeding",
        "--findings",
        "fever",
        "--format",
        "json",
    ]));
    assert_eq!(v["disposition"], "emergency");
    assert_eq!(v["when"], "Now: call or go in straight away");
}

#[test]
fn nothing_recognised_is_not_a_green_card_but_questions_first() {
    let out = with_stdin(&["triage", "it really hurts and I'm scared"], b"");
    let card = String::from_utf8_lossy(&out.stdout);
    let first = card.lines().next().unwrap_or_default();
    assert!(first.starts_with("Not final yet"), "{card}");
    assert!(card.contains("[heavy_bleeding]") && card.contains("[reduced_fetal_movement]"));
    // answering every question no gives the card with nothing left open
    let v = json(&easeback(&[
        "triage",
        "it really hurts and I'm scared",
        "--format",
        "json",
    ]));
    let answers: Vec<String> = v["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .map(|q| format!("{}=no", q["finding"].as_str().unwrap_or_default()))
        .collect();
    let v = json(&easeback(&[
        "triage",
        "it really hurts and I'm scared",
        "--answers",
        &answers.join(","),
        "--format",
        "json",
    ]));
    assert_eq!(v["disposition"], "self_care");
    assert_eq!(v["questions"].as_array().map(Vec::len), Some(0));
}

#[test]
fn an_empty_batch_line_returns_the_warning_sign_screen() {
    let out = with_stdin(
        &["triage", "--batch"],
        b"\nmy back is stiff after gardening\n",
    );
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["disposition"], "self_care");
    assert!(lines[0]["questions"].as_array().map_or(0, Vec::len) >= 15);
    assert_eq!(lines[1]["questions"].as_array().map(Vec::len), Some(0));
}

#[test]
fn an_answer_that_is_not_yes_or_no_is_a_usage_error() {
    let out = easeback(&["triage", "back ache", "--answers", "fever=maybe"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("use yes or no"));
}

#[test]
fn findings_as_json_name_each_findings_sources() {
    let out = easeback(&["findings", "--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let list = v.as_array().expect("a list");
    assert_eq!(list.len(), 28, "every finding");
    assert_eq!(list[0]["disposition"], "emergency", "the most urgent first");
    for f in list {
        let sources = f["sources"].as_array().expect("sources");
        assert!(!sources.is_empty(), "{} names a source", f["id"]);
        for s in sources {
            let url = s["url"].as_str().expect("url");
            assert!(url.is_empty() || url.starts_with("https://"), "{url}");
            assert!(!s["title"].as_str().unwrap_or("").is_empty());
        }
    }
    let bp = list
        .iter()
        .find(|f| f["id"] == "severe_blood_pressure")
        .expect("severe blood pressure");
    assert!(bp["sources"].to_string().contains("NG133"), "{bp}");
}

#[test]
fn a_saved_care_team_number_leads_the_urgent_card_in_the_terminal() {
    let dir = TempDir::new("careteam");
    let db = &dir.file("diary.db");
    let bad = easeback(&["profile", "--db", db, "--care-team", "ring the ward"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("cannot be in a phone number"));
    let ok = easeback(&[
        "profile",
        "--db",
        db,
        "--region",
        "uk",
        "--care-team",
        "0161 555 0100",
    ]);
    assert!(ok.status.success());
    let out = easeback(&["triage", "--db", db, "some spotting and my back aches"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let own = text.find("0161 555 0100").expect("the care team is listed");
    let line = text.find("NHS 111").expect("the region's advice line");
    assert!(own < line, "{text}");
    let json = easeback(&["triage", "--db", db, "--format", "json", "some spotting"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert_eq!(v["calls"][0]["kind"], "care_team");
    assert_eq!(v["region"], "uk", "the saved region is used");
}
