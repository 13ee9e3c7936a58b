//! The check in Spanish: the same rules and numbers with Spanish words, and
//! free text on a Spanish page always answered with the whole warning-sign
//! screen while the reader reads English only.

use super::*;
use crate::Disposition;
use crate::intake::Intake;
use proptest::prelude::*;
use rstest::rstest;

fn run_in(lang: Lang, text: &str, findings: &[FindingId]) -> Assessment {
    let request = Request {
        text,
        findings,
        lang,
        ..Request::default()
    };
    check(Content::builtin_in(lang), Intake::builtin(), &request).expect("short input")
}

fn whole_screen_asked(a: &Assessment) -> bool {
    FindingId::ALL
        .iter()
        .filter(|id| id.disposition() >= Disposition::SameDay)
        .filter(|id| !a.findings.iter().any(|f| f.id == **id))
        .all(|id| a.questions.iter().any(|q| q.finding == *id))
}

#[rstest]
#[case::spasm_in_spanish("me duele la espalda baja desde ayer, como un calambre")]
#[case::sign_in_spanish("sangro mucho y tengo fiebre, 30 semanas")]
#[case::english_on_a_spanish_page("my lower back goes into spasm when I stand up")]
fn free_text_on_a_spanish_page_always_gets_the_whole_screen_and_says_why(#[case] text: &str) {
    let a = run_in(Lang::Es, text, &[]);
    assert!(whole_screen_asked(&a), "{text:?}: {:?}", a.questions);
    let why = &Content::builtin_in(Lang::Es).messages.reader_language;
    assert!(
        a.actions.iter().any(|line| **line == *why),
        "{:?}",
        a.actions
    );
    // and the questions are asked in Spanish
    let en = Content::builtin();
    assert!(a.questions.iter().all(|q| {
        en.findings
            .iter()
            .all(|f| f.question.as_deref() != Some(q.text.as_str()))
    }));
}

#[test]
fn ticked_findings_alone_on_a_spanish_page_are_not_a_text_to_read() {
    let a = run_in(Lang::Es, "", &[FindingId::Fever]);
    let why = &Content::builtin_in(Lang::Es).messages.reader_language;
    assert!(!a.actions.iter().any(|line| **line == *why));
    assert_eq!(a.disposition, Disposition::SameDay);
}

#[test]
fn heavy_bleeding_with_fever_is_an_emergency_in_spanish_too() {
    let a = run_in(Lang::Es, "heavy bleeding", &[FindingId::Fever]);
    assert_eq!(a.disposition, Disposition::Emergency);
    let es = &Content::builtin_in(Lang::Es).dispositions[Disposition::Emergency as usize];
    assert_eq!(a.title, es.title);
    assert_ne!(
        a.title,
        Content::builtin().dispositions[Disposition::Emergency as usize].title
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Spanish changes words, never the answer: the same disposition and
    /// findings as in English for any text and ticked findings, and never
    /// fewer questions.
    #[test]
    fn the_language_never_changes_the_disposition_or_the_findings(
        text in "[a-z ,.]{0,40}|(heavy bleeding|fever|my back hurts|numb|no urge) ?[a-z ]{0,12}",
        ticked in prop::sample::subsequence(FindingId::ALL.to_vec(), 0..3),
    ) {
        let en = run_in(Lang::En, &text, &ticked);
        let es = run_in(Lang::Es, &text, &ticked);
        prop_assert_eq!(en.disposition, es.disposition);
        let ids = |a: &Assessment| a.findings.iter().map(|f| f.id).collect::<Vec<_>>();
        prop_assert_eq!(ids(&en), ids(&es));
        prop_assert!(es.questions.len() >= en.questions.len());
        prop_assert_eq!(en.calls.len(), es.calls.len());
        for (a, b) in en.calls.iter().zip(es.calls.iter()) {
            prop_assert_eq!(&a.tel, &b.tel);
        }
    }
}
