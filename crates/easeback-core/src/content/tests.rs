//! The built-in knowledge base loads, and broken content gives clear errors.

use super::*;
use crate::{Disposition, FindingId};
use rstest::rstest;

#[test]
fn builtin_content_loads_and_is_complete() {
    let c = Content::from_files(BUILTIN_FILES).expect("built-in content is valid");
    assert_eq!(c.findings.len(), FindingId::ALL.len());
    for (info, id) in c.findings.iter().zip(FindingId::ALL) {
        assert_eq!(info.id, *id);
        assert_eq!(info.disposition, id.disposition());
    }
    assert_eq!(c.triggers.len(), 8);
    assert_eq!(c.ladder.steps.len(), 8);
    assert_eq!(c.first_steps.len(), 4);
    assert_eq!(c.exercises.len(), 6);
    assert_eq!(c.dispositions.len(), Disposition::ALL.len());
}

#[rstest]
#[case("us", "911")]
#[case("uk", "999")]
#[case("ie", "112")]
#[case("ca", "911")]
#[case("au", "000")]
#[case("nz", "111")]
#[case("eu", "112")]
#[case("es", "112")]
#[case("mx", "911")]
fn every_region_has_its_emergency_number_and_a_same_day_route(
    #[case] id: &str,
    #[case] number: &str,
) {
    let r = Content::builtin().region(id).expect("region exists");
    assert_eq!(r.emergency[0], number);
    assert!(!r.same_day.trim().is_empty());
    assert!(!r.crisis_lines.is_empty(), "{id} needs a crisis line");
}

#[test]
fn ireland_lists_both_emergency_numbers() {
    assert_eq!(
        Content::builtin().region("IE").map(|r| r.emergency.clone()),
        Some(vec!["112".into(), "999".into()])
    );
}

#[test]
fn the_numbers_in_regions_match_the_fact_sheet() {
    // regions.md: these numbers and no others
    let allowed = [
        "911",
        "999",
        "112",
        "000",
        "111",
        "988",
        "116 123",
        "811",
        "1800 022 222",
        "1800 882 436",
        "13 11 14",
        "0800 611 116",
        "1737",
        "024",
        "800 911 2000",
    ];
    let spanish = Content::translated(BUILTIN_FILES, BUILTIN_ES_FILES).expect("valid");
    for r in Content::builtin().regions.iter().chain(&spanish.regions) {
        for n in r
            .emergency
            .iter()
            .chain(r.advice_lines.iter().map(|l| &l.number))
            .chain(r.crisis_lines.iter().map(|l| &l.number))
        {
            assert!(
                allowed.contains(&n.as_str()),
                "{}: {n} is not in regions.md",
                r.id
            );
        }
    }
}

#[test]
fn the_crucial_numbers_of_the_ladder_and_triggers_are_there() {
    let c = Content::builtin();
    let sitting = c
        .triggers
        .iter()
        .find(|t| t.id == "long_sitting")
        .expect("trigger");
    assert!(
        sitting.quick_action.contains("30–45 minutes")
            && sitting.quick_action.contains("2 minutes")
    );
    let hip = c
        .exercises
        .iter()
        .find(|e| e.id == "hip_flexor_release")
        .expect("exercise");
    assert_eq!(
        (hip.seconds, hip.max_seconds, hip.per_side),
        (Some(20), Some(30), true)
    );
    let tilt = c
        .exercises
        .iter()
        .find(|e| e.id == "pelvic_tilt")
        .expect("exercise");
    assert_eq!(tilt.reps, Some(10));
    assert_eq!(c.ladder.steps[1].seconds, Some(600));
    assert_eq!(c.routine.break_timer.every_minutes_min, 30);
    assert_eq!(c.routine.break_timer.every_minutes_max, 45);
}

fn builtin_with(file: &str, edit: impl Fn(&str) -> String) -> Result<Content, ContentError> {
    let files: Vec<(&str, String)> = BUILTIN_FILES
        .iter()
        .map(|&(name, text)| {
            (
                name,
                if name == file {
                    edit(text)
                } else {
                    text.to_string()
                },
            )
        })
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Content::from_files(&refs)
}

#[rstest]
#[case::unknown_finding(
    "findings.toml",
    "id = \"fear_avoidance\"",
    "id = \"fear_of_moving\"",
    "unknown finding id 'fear_of_moving'"
)]
#[case::lowered_disposition(
    "findings.toml",
    "id = \"hot_swollen_leg\"\ndisposition = \"emergency\"",
    "id = \"hot_swollen_leg\"\ndisposition = \"review\"",
    "is emergency in triage-rules.md"
)]
#[case::duplicate_trigger(
    "triggers.toml",
    "id = \"dehydration\"",
    "id = \"long_sitting\"",
    "duplicate id 'long_sitting'"
)]
#[case::no_emergency_number(
    "regions.toml",
    "emergency = [\"999\"]",
    "emergency = []",
    "region 'uk' has no emergency number"
)]
#[case::step_without_dose(
    "ladder.toml",
    "dose = \"5 minutes\"",
    "dose = \"\"",
    "ladder.step[2].dose"
)]
#[case::missing_field(
    "exercises.toml",
    "dose = \"10 slow reps\"\n",
    "",
    "missing field `dose`"
)]
#[case::unknown_source(
    "triggers.toml",
    "sources = [\"article\"]",
    "sources = [\"a_blog\"]",
    "unknown source 'a_blog'"
)]
#[case::unknown_class(
    "findings.toml",
    "\"lost control of my @poo\"",
    "\"lost control of my @stool\"",
    "unknown word class '@stool'"
)]
#[case::unknown_exercise(
    "ladder.toml",
    "exercises = [\"hip_flexor_release\"]",
    "exercises = [\"hip_opener\"]",
    "unknown exercise 'hip_opener'"
)]
#[case::bad_toml("routine.toml", "[routine]", "[routine", "routine.toml:")]
fn broken_content_is_refused_with_a_clear_error(
    #[case] file: &str,
    #[case] from: &str,
    #[case] to: &str,
    #[case] expected: &str,
) {
    let e = builtin_with(file, |t| {
        assert!(t.contains(from), "fixture text not found in {file}: {from}");
        t.replacen(from, to, 1)
    })
    .expect_err("broken content must not load");
    let msg = e.to_string();
    assert!(
        msg.contains(expected),
        "error '{msg}' should mention '{expected}'"
    );
    assert!(
        msg.starts_with(file) || msg.starts_with("content"),
        "error '{msg}' should name the file"
    );
}

#[test]
fn a_missing_finding_is_reported() {
    let e = builtin_with("findings.toml", |t| {
        let start = t
            .find("[[finding]]\nid = \"fear_avoidance\"")
            .expect("entry");
        let end = t[start..].find("# ----").map_or(t.len(), |i| start + i);
        format!("{}{}", &t[..start], &t[end..])
    })
    .expect_err("must fail");
    assert!(
        e.to_string()
            .contains("no entry for finding 'fear_avoidance'")
    );
}

#[test]
fn a_single_document_parses_too() {
    let whole: String = BUILTIN_FILES
        .iter()
        .map(|(_, t)| format!("{t}\n"))
        .collect();
    // sections with the same table header cannot be concatenated blindly;
    // parse() accepts any one document that holds every section once.
    let c = parse(&whole);
    assert!(
        c.is_ok() || matches!(&c, Err(e) if e.file == "content"),
        "{c:?}"
    );
    assert!(parse("not = [toml").is_err());
    assert!(
        parse("")
            .expect_err("empty")
            .message
            .contains("missing section")
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Any text, TOML-like or not, gives content or a clear error: never a panic.
    #[test]
    fn parsing_any_text_never_panics(text in "\\PC{0,400}") {
        if let Err(e) = parse(&text) {
            proptest::prop_assert!(!e.to_string().is_empty());
        }
    }

    /// Damaging the real files anywhere gives an error that names a file.
    #[test]
    fn a_damaged_content_file_is_refused_with_its_name(file in 0usize..BUILTIN_FILES.len(), at in 0usize..4000, junk in "[\\[\\]=\"#a-z\\n ]{1,12}") {
        let (name, text) = BUILTIN_FILES[file];
        let mut cut = at.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let damaged = format!("{}{}{}", &text[..cut], junk, &text[cut..]);
        let files: Vec<(&str, &str)> = BUILTIN_FILES.iter().map(|&(n, t)| if n == name { (n, damaged.as_str()) } else { (n, t) }).collect();
        if let Err(e) = Content::from_files(&files) {
            proptest::prop_assert!(e.file == name || e.file == "content" || e.file.ends_with(".toml"), "{e}");
        }
    }
}

#[rstest]
#[case("en-GB,en;q=0.9", Some("uk"))]
#[case("en-us", Some("us"))]
#[case("fr-CA,fr;q=0.8,en;q=0.5", Some("ca"))]
#[case(" en-AU ;q=1", Some("au"))]
#[case("en-IE", Some("ie"))]
#[case("en-NZ", Some("nz"))]
#[case("es-ES,es;q=0.9", Some("es"))]
#[case("es-MX", Some("mx"))]
#[case("es-US,en;q=0.5", Some("us"))]
#[case("en", None)]
#[case("de-DE,en-GB;q=0.5", None)]
#[case("", None)]
fn the_browser_language_hints_at_a_region_only_when_it_names_one(
    #[case] accept_language: &str,
    #[case] region: Option<&str>,
) {
    let got = Content::builtin()
        .region_for_language(accept_language)
        .map(|r| r.id.as_str());
    assert_eq!(got, region, "{accept_language:?}");
}

#[test]
fn the_spanish_knowledge_base_loads_with_every_id_number_and_placeholder_of_the_english() {
    // `Content::translated` refuses a missing or extra text, a changed id
    // and a number or placeholder that differs (content/overlay.rs)
    let es =
        Content::translated(BUILTIN_FILES, BUILTIN_ES_FILES).expect("Spanish content is valid");
    let en = Content::builtin();
    assert_eq!(es.findings.len(), en.findings.len());
    assert_eq!(es.regions.len(), en.regions.len());
    for (e, s) in en.regions.iter().zip(&es.regions) {
        assert_eq!((&e.id, &e.emergency), (&s.id, &s.emergency));
        let numbers = |r: &Region| {
            r.crisis_lines
                .iter()
                .chain(&r.advice_lines)
                .map(|l| l.number.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(numbers(e), numbers(s));
    }
    // the words are translated: no finding, disposition or question left in English
    for (e, s) in en.findings.iter().zip(&es.findings) {
        assert_ne!(e.label, s.label, "{:?} label", e.id);
        assert_ne!(e.why, s.why, "{:?} why", e.id);
        assert_eq!(e.question.is_some(), s.question.is_some());
        if let (Some(q_en), Some(q_es)) = (&e.question, &s.question) {
            assert_ne!(q_en, q_es, "{:?} question", e.id);
        }
        assert!(
            s.phrases.starts_with(&e.phrases),
            "the English phrases stay, Spanish ones join them"
        );
        assert!(
            s.phrases.len() > e.phrases.len(),
            "{:?} has Spanish phrases",
            e.id
        );
    }
    for (e, s) in en.dispositions.iter().zip(&es.dispositions) {
        assert_ne!(
            (&e.title, &e.action, &e.when),
            (&s.title, &s.action, &s.when)
        );
    }
    assert_ne!(en.messages.reader_language, es.messages.reader_language);
}

#[rstest]
#[case("es", "112", "matrona")]
#[case("mx", "911", "embarazo")]
fn spain_and_mexico_speak_spanish_with_their_own_numbers(
    #[case] id: &str,
    #[case] emergency: &str,
    #[case] route_word: &str,
) {
    let es = Content::builtin_in(crate::Lang::Es);
    let r = es.region(id).expect("region exists");
    assert_eq!(r.emergency, [emergency]);
    assert!(r.same_day.contains(route_word), "{}", r.same_day);
    assert!(!r.crisis_lines.is_empty());
}
