//! Reading mechanisms from the writers' batches 241–243 (plain US/CA
//! descriptions, texts, a UK/Irish symptom checker), each in our own words
//! with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::shake_off(
    "every week the spasms are harder to shake off",
    "worsening_weekly",
    true
)]
#[case::number_of_week("spasm number 5 of the week, ugh", "frequent_recurrence", true)]
#[case::that_scared(
    "I only drive if I really have to, I'm that scared of my back locking again",
    "fear_avoidance",
    true
)]
#[case::unless(
    "I won't lift the baby bath unless I really have to",
    "fear_avoidance",
    true
)]
#[case::not_scared(
    "I'm not scared of it locking, I just rest when it does",
    "fear_avoidance",
    false
)]
fn counted_compared_and_avoided(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
