//! Rule tables, properties and exhaustive subset checks for the decision.

use super::*;
use proptest::prelude::*;
use rstest::rstest;

#[rstest]
#[case::bladder("bladder_control_loss", Disposition::Emergency)]
#[case::bowel("bowel_control_loss", Disposition::Emergency)]
#[case::saddle("saddle_numbness", Disposition::Emergency)]
#[case::leg("hot_swollen_leg", Disposition::Emergency)]
#[case::heavy("heavy_bleeding", Disposition::Emergency)]
#[case::chest("chest_pain_or_breathless", Disposition::Emergency)]
#[case::fit("seizure_or_fainting", Disposition::Emergency)]
#[case::abdomen("severe_abdominal_pain", Disposition::Emergency)]
#[case::harm("self_harm_thoughts", Disposition::Emergency)]
#[case::severe_bp("severe_blood_pressure", Disposition::Emergency)]
#[case::tightening("rhythmic_tightening", Disposition::SameDay)]
#[case::bleeding("vaginal_bleeding", Disposition::SameDay)]
#[case::fluid("fluid_leak", Disposition::SameDay)]
#[case::fever("fever", Disposition::SameDay)]
#[case::urine("burning_urination", Disposition::SameDay)]
#[case::numb("new_numbness", Disposition::SameDay)]
#[case::weak("leg_weakness", Disposition::SameDay)]
#[case::nerve("nerve_pain", Disposition::SameDay)]
#[case::movement("reduced_fetal_movement", Disposition::SameDay)]
#[case::preeclampsia("preeclampsia_signs", Disposition::SameDay)]
#[case::vomiting("persistent_vomiting", Disposition::SameDay)]
#[case::raised_bp("raised_blood_pressure", Disposition::SameDay)]
#[case::itching("itching", Disposition::SameDay)]
#[case::night("night_waking", Disposition::Review)]
#[case::worsening("worsening_weekly", Disposition::Review)]
#[case::recurrence("frequent_recurrence", Disposition::Review)]
#[case::fear("fear_avoidance", Disposition::Review)]
#[case::severe("severe_pain", Disposition::SelfCare)]
fn each_finding_alone_gives_its_disposition(#[case] id: &str, #[case] expected: Disposition) {
    let f: FindingId = id.parse().expect("a spec id");
    assert_eq!(f.as_str(), id);
    let d = decide(&[f]);
    assert_eq!(d.disposition, expected);
    if expected > Disposition::SelfCare {
        assert_eq!(
            d.because().collect::<Vec<_>>(),
            vec![f],
            "the disposition names its cause"
        );
    }
}

#[test]
fn the_table_covers_every_finding() {
    assert_eq!(FindingId::ALL.len(), 28);
}

#[test]
fn no_findings_is_self_care() {
    assert_eq!(decide(&[]).disposition, Disposition::SelfCare);
}

#[test]
fn fever_with_severe_pain_is_an_emergency_naming_both() {
    let d = decide(&[FindingId::SeverePain, FindingId::Fever]);
    assert_eq!(d.disposition, Disposition::Emergency);
    let because: Vec<FindingId> = d.because().collect();
    assert_eq!(because, vec![FindingId::SeverePain, FindingId::Fever]);
    assert!(
        d.findings
            .iter()
            .all(|w| w.combination == Some(Combination::FeverWithSeverePain))
    );
}

#[rstest]
#[case(&[FindingId::Fever], Disposition::SameDay)]
#[case(&[FindingId::SeverePain], Disposition::SelfCare)]
#[case(&[FindingId::SeverePain, FindingId::NightWaking], Disposition::Review)]
#[case(&[FindingId::SeverePain, FindingId::VaginalBleeding], Disposition::SameDay)]
fn severe_pain_only_escalates_with_fever(#[case] ids: &[FindingId], #[case] expected: Disposition) {
    assert_eq!(decide(ids).disposition, expected);
}

#[test]
fn order_is_clinical() {
    assert!(Disposition::SelfCare < Disposition::Review);
    assert!(Disposition::Review < Disposition::SameDay);
    assert!(Disposition::SameDay < Disposition::Emergency);
}

#[test]
fn unknown_ids_are_refused_with_the_valid_list() {
    let e = "bleeding".parse::<FindingId>().expect_err("not an id");
    let msg = e.to_string();
    assert!(
        msg.contains("bleeding")
            && msg.contains("vaginal_bleeding")
            && msg.contains("fear_avoidance")
    );
    assert_eq!(
        "Vaginal-Bleeding".parse::<FindingId>(),
        Ok(FindingId::VaginalBleeding)
    );
}

/// The rule written independently of `decide`: max of own dispositions, and
/// emergency when fever and severe pain are both present.
fn oracle(ids: &[FindingId]) -> Disposition {
    let max = ids
        .iter()
        .map(|f| f.disposition())
        .max()
        .unwrap_or(Disposition::SelfCare);
    if ids.contains(&FindingId::Fever) && ids.contains(&FindingId::SeverePain) {
        Disposition::Emergency
    } else {
        max
    }
}

fn subset(mask: u32) -> Vec<FindingId> {
    FindingId::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, f)| *f)
        .collect()
}

#[test]
fn every_subset_of_up_to_three_findings_follows_the_rules() {
    let n = FindingId::ALL.len();
    let mut checked = 0;
    for a in 0..n {
        for b in a..n {
            for c in b..n {
                let mask = (1u32 << a) | (1 << b) | (1 << c);
                let ids = subset(mask);
                let d = decide(&ids).disposition;
                assert_eq!(d, oracle(&ids), "{ids:?}");
                // adding any one more finding never lowers it
                for extra in FindingId::ALL {
                    let mut more = ids.clone();
                    more.push(*extra);
                    assert!(decide(&more).disposition >= d, "{ids:?} + {extra:?}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 2000);
}

/// All 2^28 subsets, by hand in release mode (`cargo test --release -p
/// easeback-core --lib -- --ignored every_subset`): 230 s on the project
/// machine since the set grew to 28 findings, over the minute the rules allow
/// a CI check, so CI runs every subset of up to three findings (above) and
/// the property tests (below) instead.
#[test]
#[ignore = "exhaustive: run in release mode"]
fn every_subset_of_all_findings_follows_the_rules() {
    let n = FindingId::ALL.len() as u32;
    for mask in 0..(1u32 << n) {
        let ids = subset(mask);
        let d = decide(&ids).disposition;
        assert_eq!(d, oracle(&ids));
        // monotone: dropping the highest finding never raises it
        if let Some(top) = (0..n).rev().find(|i| mask & (1 << i) != 0) {
            assert!(decide(&subset(mask & !(1 << top))).disposition <= d);
        }
    }
}

fn finding() -> impl Strategy<Value = FindingId> {
    (0..FindingId::ALL.len()).prop_map(|i| FindingId::ALL[i])
}

proptest! {
    #[test]
    fn adding_a_finding_never_lowers_the_disposition(ids in prop::collection::vec(finding(), 0..12), extra in finding()) {
        let before = decide(&ids).disposition;
        let mut more = ids;
        more.push(extra);
        prop_assert!(decide(&more).disposition >= before);
    }

    #[test]
    fn disposition_is_the_max_plus_the_combination(ids in prop::collection::vec(finding(), 0..12)) {
        let d = decide(&ids);
        prop_assert_eq!(d.disposition, oracle(&ids));
        let max_weighed = d.findings.iter().map(|w| w.disposition).max().unwrap_or(Disposition::SelfCare);
        prop_assert_eq!(d.disposition, max_weighed);
        for w in &d.findings {
            prop_assert!(w.disposition >= w.id.disposition());
        }
    }

    #[test]
    fn order_and_duplicates_do_not_matter(mut ids in prop::collection::vec(finding(), 0..10)) {
        let d = decide(&ids).disposition;
        ids.reverse();
        let dup: Vec<FindingId> = ids.iter().chain(ids.iter()).copied().collect();
        prop_assert_eq!(decide(&ids).disposition, d);
        prop_assert_eq!(decide(&dup).disposition, d);
    }
}
