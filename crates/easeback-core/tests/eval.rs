//! The evaluation set: zero under-triage and at least 95% exact, and every
//! finding reachable from text in at least six different descriptions.

use easeback_core::FindingId;
use easeback_core::eval::{evaluate, parse_cases};
use easeback_core::intake::Intake;

const VIGNETTES: &str = include_str!("../../../eval/vignettes.tsv");

#[test]
fn the_evaluation_set_has_no_under_triage_and_at_least_95_percent_exact() {
    let cases = parse_cases(VIGNETTES).expect("the set parses");
    assert!(
        cases.len() >= 250,
        "at least 250 descriptions, found {}",
        cases.len()
    );
    let report = evaluate(Intake::builtin(), &cases);
    assert!(report.under.is_empty(), "under-triage:\n{report}");
    assert!(
        report.accuracy() >= 0.95,
        "exact accuracy below 95%:\n{report}"
    );
}

#[test]
fn every_finding_is_reached_by_at_least_six_descriptions() {
    let cases = parse_cases(VIGNETTES).expect("the set parses");
    let report = evaluate(Intake::builtin(), &cases);
    for id in FindingId::ALL {
        let n = report.finding_hits[*id as usize];
        assert!(n >= 6, "{id} is reached by only {n} descriptions");
    }
}

#[test]
fn a_malformed_line_is_reported_with_its_number() {
    let e = parse_cases("self_care\tok\nurgent\tbad label\n").expect_err("bad label");
    assert_eq!(e.line, 2);
    assert!(e.to_string().contains("unknown disposition"));
}
