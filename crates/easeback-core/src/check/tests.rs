use super::*;
use crate::Disposition;
use crate::intake::Intake;
use crate::triage::calls::CallKind;
use proptest::prelude::*;
use rstest::rstest;

fn run(text: &str, findings: &[FindingId], answers: &[(FindingId, bool)]) -> Assessment {
    let request = Request {
        text,
        findings,
        answers,
        ..Request::default()
    };
    check(Content::builtin(), Intake::builtin(), &request).expect("short input")
}

fn asked(a: &Assessment) -> Vec<FindingId> {
    a.questions.iter().map(|q| q.finding).collect()
}

#[test]
fn text_and_ticked_findings_are_read_together() {
    let a = run("heavy bleeding", &[FindingId::Fever], &[]);
    assert_eq!(a.disposition, Disposition::Emergency);
    let ids: Vec<FindingId> = a.findings.iter().map(|f| f.id).collect();
    assert!(ids.contains(&FindingId::HeavyBleeding) && ids.contains(&FindingId::Fever));
    // the words that caused the text finding are kept
    let heavy = a
        .findings
        .iter()
        .find(|f| f.id == FindingId::HeavyBleeding)
        .expect("heavy bleeding read from the text");
    assert_eq!(heavy.text.as_deref(), Some("heavy bleeding"));
}

#[rstest]
#[case::empty("")]
#[case::blank("   ")]
#[case::fear_alone("it really hurts and I'm scared, I can't get comfortable")]
#[case::agony_alone("it's agony and I don't know what to do")]
fn nothing_recognised_gets_the_warning_sign_screen_not_a_green_card(#[case] text: &str) {
    let a = run(text, &[], &[]);
    let screen: Vec<FindingId> = FindingId::ALL
        .iter()
        .copied()
        .filter(|id| id.disposition() >= Disposition::SameDay)
        .collect();
    let asked = asked(&a);
    for id in &screen {
        assert!(asked.contains(id), "{text:?}: the screen lacks {id}");
    }
    // the most urgent are asked first
    assert_eq!(a.questions[0].finding.disposition(), Disposition::Emergency);
}

/// A description mostly in a language the reader does not read gets the
/// whole screen, whatever few English words it found ("no fever", "back
/// spasm"); terse English and shorthand do not.
#[rstest]
#[case::tagalog(
    "32 weeks po, masakit likod ko tapos kanina nahimatay ako sa banyo, walang lagnat naman",
    true
)]
#[case::indonesian(
    "Dok, 30 minggu. Pinggang sakit sekali dan kaki kiri bengkak merah panas",
    true
)]
#[case::terse_english("cramping every few minutes like period pain, 35 weeks", false)]
#[case::shorthand("bk spasm aftr hoovering, eased w heat pad. 22wks. normal?", false)]
fn text_in_another_language_gets_the_whole_screen(#[case] text: &str, #[case] screen: bool) {
    let a = run(text, &[], &[]);
    let asked = asked(&a);
    let whole = FindingId::ALL
        .iter()
        .filter(|id| id.disposition() >= Disposition::SameDay)
        .filter(|id| !a.findings.iter().any(|f| f.id == **id))
        .all(|id| asked.contains(id));
    assert_eq!(whole, screen, "{text:?}: asked {asked:?}");
}

#[rstest]
#[case::spasm("my lower back goes into spasm when I stand up from the sofa")]
#[case::stiff("stiff and achy across my hips after a long day at my desk")]
#[case::sciatica_word_denied(
    "I think it's a pulled muscle in my back, it eases with a warm shower"
)]
#[case::sacrum("an ache over my sacrum when I walk for long, 29 weeks")]
#[case::si_joint("SI joint aching on one side when I turn over in bed")]
#[case::muscly("muscly ache after digging the garden, eases with rest")]
fn a_plain_spasm_description_asks_nothing(#[case] text: &str) {
    let a = run(text, &[], &[]);
    assert!(a.questions.is_empty(), "{text:?} asked {:?}", asked(&a));
    assert_eq!(a.disposition, Disposition::SelfCare);
}

#[rstest]
#[case::toilet(
    "my back aches and I keep needing the loo",
    FindingId::BurningUrination
)]
// ("the ache goes into my left thigh" is read as nerve pain now that a
// limb's side hides nothing)
#[case::legs("my back aches and my left leg feels odd", FindingId::NervePain)]
#[case::baby(
    "back is sore, and I'm not sure about kicks today",
    FindingId::ReducedFetalMovement
)]
#[case::misspelt_head(
    "back spasms and a headake since this morning",
    FindingId::PreeclampsiaSigns
)]
#[case::temperature("back ache, and I haven't checked my temp yet", FindingId::Fever)]
fn a_touched_topic_asks_about_its_open_findings(#[case] text: &str, #[case] id: FindingId) {
    let a = run(text, &[], &[]);
    assert!(asked(&a).contains(&id), "{text:?} asked {:?}", asked(&a));
}

#[test]
fn what_the_text_rules_out_or_states_is_not_asked() {
    let a = run("back spasm, no bleeding at all", &[], &[]);
    assert!(!asked(&a).contains(&FindingId::VaginalBleeding));
    // a stronger form of a sign ruled out is ruled out with it
    assert!(!asked(&a).contains(&FindingId::HeavyBleeding));
    let a = run("I'm spotting a little and my back hurts", &[], &[]);
    assert!(!asked(&a).contains(&FindingId::VaginalBleeding));
    // with the sign there, its stronger form is asked
    assert!(asked(&a).contains(&FindingId::HeavyBleeding));
    let a = run(
        "my back hurts and there was something on the tissue",
        &[],
        &[],
    );
    assert!(asked(&a).contains(&FindingId::VaginalBleeding));
    assert!(!asked(&a).contains(&FindingId::HeavyBleeding));
}

#[test]
fn with_a_fever_the_severity_of_the_pain_is_asked_and_a_yes_makes_it_an_emergency() {
    // "strong pain" told in a way the reader may miss: the question catches it
    let text = "temperature 38.8 and my back is not right at all";
    let a = run(text, &[], &[]);
    assert_eq!(a.disposition, Disposition::SameDay);
    assert!(
        asked(&a).contains(&FindingId::SeverePain),
        "asked {:?}",
        asked(&a)
    );
    let yes = run(text, &[], &[(FindingId::SeverePain, true)]);
    assert_eq!(yes.disposition, Disposition::Emergency);
    // without a fever, severity alone changes nothing and is not asked
    let no_fever = run("my back is not right at all, temperature normal", &[], &[]);
    assert!(!asked(&no_fever).contains(&FindingId::SeverePain));
}

#[rstest]
#[case::someone_else(
    "back aching, and my cousin's waters went last night",
    FindingId::FluidLeak
)]
#[case::only_asked(
    "back sore. what should I do if I start bleeding?",
    FindingId::VaginalBleeding
)]
fn a_sign_set_aside_for_another_reason_than_no_is_still_asked(
    #[case] text: &str,
    #[case] id: FindingId,
) {
    // the reader may have the owner or the time wrong: the question settles it
    let a = run(text, &[], &[]);
    assert!(
        a.findings.iter().all(|f| f.id != id),
        "{text:?} read {id:?}"
    );
    assert!(asked(&a).contains(&id), "{text:?} asked {:?}", asked(&a));
}

#[test]
fn a_waist_that_hurts_is_a_back_complaint_and_gets_no_screen() {
    let a = run(
        "my waist has been paining me since I lifted the bucket",
        &[],
        &[],
    );
    assert!(asked(&a).is_empty(), "asked {:?}", asked(&a));
}

#[test]
fn a_topic_word_denied_or_reassured_asks_nothing_but_an_absence_still_does() {
    let a = run("back spasm, no fluid, no temperature", &[], &[]);
    assert!(
        !asked(&a).contains(&FindingId::FluidLeak),
        "asked {:?}",
        asked(&a)
    );
    assert!(
        !asked(&a).contains(&FindingId::Fever),
        "asked {:?}",
        asked(&a)
    );
    let a = run("back spasm, baby kicking normally", &[], &[]);
    assert!(
        !asked(&a).contains(&FindingId::ReducedFetalMovement),
        "asked {:?}",
        asked(&a)
    );
    // where the sign is an absence, the denial is the sign: still asked
    let a = run(
        "back spasm and I can't feel the kicks as much, not sure",
        &[],
        &[],
    );
    assert!(
        a.findings
            .iter()
            .any(|f| f.id == FindingId::ReducedFetalMovement)
            || asked(&a).contains(&FindingId::ReducedFetalMovement),
        "asked {:?}",
        asked(&a)
    );
    // a temperature read below the fever line settles the fever question
    let a = run("temp 37.3 and my back is stiff", &[], &[]);
    assert!(
        !asked(&a).contains(&FindingId::Fever),
        "asked {:?}",
        asked(&a)
    );
}

#[test]
fn a_yes_adds_the_finding_and_a_no_settles_it() {
    let text = "back spasm and some wetness in my knickers";
    let before = run(text, &[], &[]);
    assert!(asked(&before).contains(&FindingId::FluidLeak));
    let yes = run(text, &[], &[(FindingId::FluidLeak, true)]);
    assert!(yes.disposition >= Disposition::SameDay);
    assert!(yes.findings.iter().any(|f| f.id == FindingId::FluidLeak));
    let no = run(text, &[], &[(FindingId::FluidLeak, false)]);
    assert!(!asked(&no).contains(&FindingId::FluidLeak));
}

#[test]
fn answering_the_screen_no_ends_on_the_card_with_no_more_questions() {
    let first = run("", &[], &[]);
    let answers: Vec<(FindingId, bool)> = asked(&first).into_iter().map(|id| (id, false)).collect();
    let second = run("", &[], &answers);
    assert!(second.questions.is_empty());
    assert_eq!(second.disposition, Disposition::SelfCare);
}

#[test]
fn every_card_says_when() {
    for (text, when) in [
        (
            "I wet myself without feeling it",
            "Now: call or go in straight away",
        ),
        ("I'm spotting", "Now, by phone, day or night"),
        ("the pain wakes me every night", "Within a week"),
        ("my back is stiff", "Start now"),
    ] {
        let a = run(text, &[], &[]);
        assert!(a.when.starts_with(when), "{text:?}: {:?}", a.when);
    }
}

#[test]
fn tightenings_get_stage_advice_and_medicine_questions_get_the_medication_message() {
    let a = run("my bump tightens every 5 minutes", &[], &[]);
    assert!(
        a.actions.iter().any(|x| x.contains("37 weeks")),
        "{:?}",
        a.actions
    );
    let a = run(
        "can I take paracetamol for my back?",
        &[FindingId::Fever],
        &[],
    );
    assert!(
        a.actions
            .iter()
            .any(|x| **x == Content::builtin().messages.medication)
    );
}

fn any_finding() -> impl Strategy<Value = FindingId> {
    prop::sample::select(FindingId::ALL.to_vec())
}

proptest! {
    /// A "yes" never lowers the answer; a "no" never raises it.
    #[test]
    fn answers_move_the_disposition_only_the_right_way(
        text in prop::sample::select(&["", "back spasm", "my back hurts and I feel dizzy", "spotting"][..]),
        id in any_finding(),
    ) {
        let base = run(text, &[], &[]);
        let yes = run(text, &[], &[(id, true)]);
        let no = run(text, &[], &[(id, false)]);
        prop_assert!(yes.disposition >= base.disposition);
        prop_assert!(yes.disposition >= id.disposition());
        prop_assert_eq!(no.disposition, base.disposition);
        prop_assert!(!asked(&yes).contains(&id) && !asked(&no).contains(&id));
    }
}

#[test]
fn a_self_care_answer_lists_every_warning_sign_one_per_line() {
    let a = run("my back is stiff after gardening", &[], &[]);
    assert_eq!(a.disposition, Disposition::SelfCare);
    let content = Content::builtin();
    for id in FindingId::ALL {
        let label = &content.findings[*id as usize].label;
        let listed = a.warning_signs.contains(label);
        assert_eq!(
            listed,
            id.disposition() >= Disposition::SameDay,
            "{id}: {label}"
        );
    }
    // the pregnancy warning signs are among them, emergencies first
    assert!(
        a.warning_signs
            .contains(&content.findings[FindingId::ReducedFetalMovement as usize].label)
    );
    assert_eq!(
        &a.warning_signs[0],
        &content.findings[FindingId::ALL[0] as usize].label
    );
    // an urgent answer does not send the person to a list
    assert!(run("I'm spotting", &[], &[]).warning_signs.is_empty());
}

// ------------------------------------------------------------ numbers to call

fn care_team() -> PhoneNumber {
    PhoneNumber::parse("0161 555 0100").expect("valid")
}

fn with(text: &str, region: Option<&str>, own: Option<&PhoneNumber>) -> Assessment {
    let content = Content::builtin();
    let request = Request {
        text,
        region: region.and_then(|r| content.region(r)),
        care_team: own,
        ..Request::default()
    };
    check(content, Intake::builtin(), &request).expect("short input")
}

#[test]
fn a_same_day_card_offers_the_saved_care_team_number_first() {
    let own = care_team();
    let a = with("some spotting and my back aches", Some("uk"), Some(&own));
    assert_eq!(a.disposition, Disposition::SameDay);
    assert_eq!(a.calls[0].kind, CallKind::CareTeam);
    assert_eq!(a.calls[0].tel, "01615550100");
    assert!(a.actions[0].contains("0161 555 0100"), "{:?}", a.actions);
    // the advice line and the emergency number follow
    let kinds: Vec<CallKind> = a.calls.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [CallKind::CareTeam, CallKind::Advice, CallKind::Emergency]
    );
    // without a saved number the card is the same apart from it
    let plain = with("some spotting and my back aches", Some("uk"), None);
    assert_eq!(plain.calls[0].kind, CallKind::Advice);
}

#[test]
fn an_emergency_card_puts_the_emergency_number_first_and_crisis_lines_lead_for_self_harm() {
    let own = care_team();
    let a = with(
        "heavy bleeding, soaking a pad an hour",
        Some("ie"),
        Some(&own),
    );
    assert_eq!(a.disposition, Disposition::Emergency);
    let numbers: Vec<&str> = a.calls.iter().map(|c| c.number.as_str()).collect();
    assert_eq!(numbers, ["112", "999", "0161 555 0100"]);
    let a = with("I keep having thoughts of harming myself", Some("uk"), None);
    assert_eq!(a.calls[0].kind, CallKind::Crisis);
    assert_eq!(a.calls[0].number, "116 123");
}

#[test]
fn with_no_region_every_emergency_number_is_its_own_link_naming_its_regions() {
    let content = Content::builtin();
    let a = with("heavy bleeding", None, None);
    let mut expected: Vec<&str> = content
        .regions
        .iter()
        .map(|r| r.emergency[0].as_str())
        .collect();
    expected.dedup_by(|a, b| a == b);
    let mut distinct: Vec<&str> = Vec::new();
    for n in expected {
        if !distinct.contains(&n) {
            distinct.push(n);
        }
    }
    let numbers: Vec<&str> = a.calls.iter().map(|c| c.number.as_str()).collect();
    assert_eq!(numbers, distinct);
    for r in &content.regions {
        assert!(
            a.calls
                .iter()
                .any(|c| c.number == r.emergency[0] && c.label.contains(&r.name)),
            "{} is named with its number",
            r.name
        );
    }
}

proptest! {
    /// Whatever is asked, every number on the card dials digits: never an
    /// empty `tel:`.
    #[test]
    fn every_call_dials_a_number(
        found in prop::collection::vec(any_finding(), 0..4),
        region in prop::sample::select(&[None, Some("us"), Some("uk"), Some("ie"), Some("ca"), Some("au"), Some("nz"), Some("eu")][..]),
        own in any::<bool>(),
    ) {
        let content = Content::builtin();
        let number = care_team();
        let request = Request {
            findings: &found,
            region: region.and_then(|r| content.region(r)),
            care_team: own.then_some(&number),
            ..Request::default()
        };
        let a = check(content, Intake::builtin(), &request).expect("no text");
        prop_assert!(!a.calls.is_empty());
        for c in &a.calls {
            let digits = c.tel.trim_start_matches('+');
            prop_assert!(!digits.is_empty() && digits.chars().all(|ch| ch.is_ascii_digit()), "{c:?}");
        }
    }
}
