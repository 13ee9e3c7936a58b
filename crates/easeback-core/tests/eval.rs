//! The evaluation set — the team's own descriptions (`eval/vignettes.tsv`)
//! and every writers' batch kept after its first-sight scoring
//! (`eval/batches/*.tsv`): zero under-triage and at least 98% exact over
//! the whole set; every finding reachable from text in at least six
//! different descriptions; the first-sight log well formed.
// The core crate reads no files (clippy.toml); its tests read the
// evaluation files they check.
#![allow(clippy::disallowed_methods)]

use easeback_core::eval::{Case, evaluate, parse_cases};
use easeback_core::intake::Intake;
use easeback_core::{Content, Disposition, FindingId};
use std::path::Path;

mod support;

const VIGNETTES: &str = include_str!("../../../eval/vignettes.tsv");

fn eval_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../eval"))
}

/// Every writers' batch, in file-name order.
fn batches() -> Vec<(String, Vec<Case>)> {
    support::batches(eval_dir())
}

fn whole_set() -> Vec<Case> {
    let mut all = parse_cases(VIGNETTES).expect("the set parses");
    for (_, cases) in batches() {
        all.extend(cases);
    }
    all
}

#[test]
fn the_whole_evaluation_set_has_no_under_triage_and_at_least_98_percent_exact() {
    let cases = whole_set();
    assert!(
        cases.len() >= 2500,
        "own set plus batches: at least 2,500 descriptions, found {}",
        cases.len()
    );
    let report = evaluate(Content::builtin(), Intake::builtin(), &cases);
    assert!(report.under.is_empty(), "under-triage:\n{report}");
    assert!(
        report.accuracy() >= 0.98,
        "exact accuracy below 98%:\n{report}"
    );
}

#[test]
fn each_batch_on_its_own_has_no_under_triage() {
    for (name, cases) in batches() {
        let report = evaluate(Content::builtin(), Intake::builtin(), &cases);
        assert!(report.under.is_empty(), "{name}:\n{report}");
    }
}

/// The check's follow-up questions do not nag: over every description
/// labelled self_care, at most 1.5 questions on average (issue 13).
#[test]
fn self_care_descriptions_get_few_questions() {
    let report = evaluate(Content::builtin(), Intake::builtin(), &whole_set());
    let mean = report.self_care_mean_questions();
    assert!(mean <= 1.5, "{mean:.2} questions per self_care description");
}

#[test]
fn every_finding_is_reached_by_at_least_six_descriptions() {
    let report = evaluate(Content::builtin(), Intake::builtin(), &whole_set());
    for id in FindingId::ALL {
        let n = report.finding_hits[*id as usize];
        assert!(n >= 6, "{id} is reached by only {n} descriptions");
    }
}

/// `eval/first-sight.tsv`: the header the issue fixed, one row per batch
/// file, each row's figures consistent (never edited into a better shape).
#[test]
fn the_first_sight_log_names_every_batch_once_with_consistent_figures() {
    support::check_first_sight_log(eval_dir(), 10);
}

#[test]
fn a_malformed_line_is_reported_with_its_number() {
    let e = parse_cases("self_care\tok\nurgent\tbad label\n").expect_err("bad label");
    assert_eq!(e.line, 2);
    assert!(e.to_string().contains("unknown disposition"));
}

#[test]
fn a_batch_line_keeps_its_intended_findings_apart_from_the_text() {
    let cases = parse_cases("same_day\tfever,fluid_leak\tmy waters went\n").expect("parses");
    assert_eq!(cases[0].intended.as_deref(), Some("fever,fluid_leak"));
    assert_eq!(cases[0].text, "my waters went");
}

/// `eval/other-language/`: writers' batches that came back mostly in
/// another language (a Taglish brief answered in Tagalog). The English
/// reader is not measured on them; its control is measured instead: every
/// description there labelled same_day or emergency is read at its label
/// or asked, by the warning-sign screen, about a finding at least as urgent.
#[test]
fn text_in_another_language_is_never_left_without_the_screen() {
    let dir = eval_dir().join("other-language");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("eval/other-language exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for p in files {
        let cases =
            parse_cases(&std::fs::read_to_string(&p).expect("readable")).expect("the batch parses");
        let report = evaluate(Content::builtin(), Intake::builtin(), &cases);
        let urgent_uncaught: Vec<_> = report
            .under
            .iter()
            .filter(|m| m.case.expected >= Disposition::SameDay && !m.caught_by_question())
            .collect();
        assert!(
            urgent_uncaught.is_empty(),
            "{}: {urgent_uncaught:#?}",
            p.display()
        );
    }
}
