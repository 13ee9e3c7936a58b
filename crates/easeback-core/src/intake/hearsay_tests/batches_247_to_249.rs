//! Reading mechanisms from the writers' batches 247–249 (midwife chat, a
//! plain checker, community posts), each in our own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::twice(
    "my left calf is twice the size of the right and hot",
    "hot_swollen_leg",
    true
)]
#[case::down_below(
    "I can't feel anything down below when I wipe",
    "saddle_numbness",
    true
)]
#[case::tell_weeing("I can't tell when I'm weeing any more", "bladder_control_loss", true)]
#[case::notch("each week it steps up a notch", "worsening_weekly", true)]
#[case::times_in_days(
    "the fourth time my back has locked in six days",
    "frequent_recurrence",
    true
)]
#[case::past_days(
    "it has gone maybe four times in the past seven days",
    "frequent_recurrence",
    true
)]
#[case::habit(
    "hardly felt her today, normally she's kicking loads by now",
    "reduced_fetal_movement",
    true
)]
#[case::lively(
    "hardly slept but the baby is kicking loads today",
    "reduced_fetal_movement",
    false
)]
#[case::first_time(
    "the first time in days I can walk without it grabbing",
    "frequent_recurrence",
    false
)]
fn told_by_comparison_count_or_habit(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
