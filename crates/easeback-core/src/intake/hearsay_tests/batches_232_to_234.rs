//! Reading mechanisms from the writers' batches 232–234 (US and Canadian
//! app boards, East Asian second-language English, telehealth intake),
//! each in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::no_idea(
    "my jeans were wet through and I had no idea I was going",
    "bladder_control_loss",
    true
)]
#[case::messed(
    "I messed my pants without realising I needed to go",
    "bowel_control_loss",
    true
)]
#[case::back_passage(
    "cannot control the back passage since this morning",
    "bowel_control_loss",
    true
)]
#[case::single_week("it gets worse every single week, 26 weeks", "worsening_weekly", true)]
#[case::disappear(
    "sometimes I want to disappear and hurt myself",
    "self_harm_thoughts",
    true
)]
#[case::nearly_nothing(
    "the baby kicks a lot usually, today nearly nothing since lunch",
    "reduced_fetal_movement",
    true
)]
#[case::ring(
    "my fingers puff up and the ring cannot take off",
    "preeclampsia_signs",
    true
)]
#[case::tiap_malam("tiap malam the back wakes me", "night_waking", true)]
#[case::urge_control(
    "no urge to wee at all today, back sore",
    "bladder_control_loss",
    false
)]
#[case::better_for_me("the heat pad is better for me than ice", "self_harm_thoughts", false)]
fn lay_and_transferred_words(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
