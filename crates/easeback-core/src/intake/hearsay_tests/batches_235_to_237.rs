//! Reading mechanisms from the writers' batches 235–237 (a maternity
//! unit's app, an everyday mix, plain symptom-box descriptions), each in
//! our own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::bouts(
    "three bouts of spasm since Sunday and another today",
    "frequent_recurrence",
    true
)]
#[case::days_out_of(
    "it has grabbed me four days out of the last seven",
    "frequent_recurrence",
    true
)]
#[case::worsened("it has worsened every week since the scan", "worsening_weekly", true)]
#[case::through_a_night(
    "I can't get through a night without the back waking me",
    "night_waking",
    true
)]
#[case::slept(
    "I can get through a night fine now with the pillow",
    "night_waking",
    false
)]
#[case::both_calves(
    "my aunt had a clot in her calf, I checked mine and both calves look the same",
    "hot_swollen_leg",
    false
)]
fn counted_and_compared(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
