//! Reading mechanisms from the writers' batches 238–240 (texts to a
//! midwife, an online form, relatives writing), each in our own words with
//! a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::soaked(
    "my knickers keep getting soaked with wee and I didn't know it was happening",
    "bladder_control_loss",
    true
)]
#[case::ramped("the spasms have ramped up week after week", "worsening_weekly", true)]
#[case::letting_up(
    "a bad pain right across my belly that isn't letting up, three hours now",
    "severe_abdominal_pain",
    true
)]
#[case::rubbing(
    "she keeps rubbing her chest, says it is tight and heavy, 35 weeks, I'm her sister",
    "chest_pain_or_breathless",
    true
)]
#[case::rock(
    "my bump goes hard as a rock every eight minutes",
    "rhythmic_tightening",
    true
)]
#[case::as_hard(
    "I press as hard as I can on my back every ten minutes with a ball",
    "rhythmic_tightening",
    false
)]
#[case::board(
    "bump hard as a board and it won't soften",
    "severe_abdominal_pain",
    true
)]
fn soaked_ramped_and_rock_hard(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
