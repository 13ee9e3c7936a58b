//! Reading mechanisms from the writers' batches 226–228 (texts through the
//! day, Irish/Scots/Welsh/Northern English, adversarial scope), each in our
//! own words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

/// Night waking told by the hour or by being up; a count "in as many
/// days"; wee that could not be stopped; a quality of the tightenings
/// denied ("not random") is no denial of the tightenings; controls.
#[rstest]
#[case::hours(
    "woke at 3 and 5 with my back, same most nights this week",
    "night_waking",
    true
)]
#[case::im_up(
    "it gets me every night and I'm up walking the hall",
    "night_waking",
    true
)]
#[case::as_many("fourth spasm in as many days", "frequent_recurrence", true)]
#[case::couldnt_stop(
    "a gush of wee I couldn't stop in the shop, 30 weeks",
    "bladder_control_loss",
    true
)]
#[case::not_random(
    "the tightenings are not random now, every five minutes",
    "rhythmic_tightening",
    true
)]
#[case::none(
    "no tightenings at all, random or otherwise",
    "rhythmic_tightening",
    false
)]
#[case::one_day(
    "one spasm in as many days as I can remember",
    "frequent_recurrence",
    false
)]
fn counted_timed_and_uncontrolled(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
