//! Reading mechanisms from the writers' batches 262–267 (texts to a
//! partner at work, South-East Asian English, rambling posts, an older
//! relative writing, plain descriptions, tricky dictation), each in our own
//! words with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::count_with_adjective("five nasty spasms already this week", "frequent_recurrence", true)]
#[case::count_separate("three separate back spasms this week", "frequent_recurrence", true)]
#[case::count_one("one proper spasm this week", "frequent_recurrence", false)]
#[case::rigid(
    "I'm holding myself dead stiff all day so it won't go again",
    "fear_avoidance",
    true
)]
#[case::granddaughter(
    "Dear doctor, my granddaughter is expecting in May and this morning she can't catch her breath sitting still",
    "chest_pain_or_breathless",
    true
)]
#[case::penny(
    "it burns something awful when I spend a penny",
    "burning_urination",
    true
)]
#[case::emptied(
    "my bladder went, I emptied my bladder on the sofa without any warning",
    "bladder_control_loss",
    true
)]
#[case::emptied_normally(
    "I went and emptied my bladder before bed",
    "bladder_control_loss",
    false
)]
#[case::corrected(
    "honestly not my waters it's wee I've wet myself twice today without feeling a thing",
    "bladder_control_loss",
    true
)]
#[case::denied_kept("not wetting myself, that's fine", "bladder_control_loss", false)]
#[case::this_last_month(
    "the spasms have got steadily worse week on week this last month",
    "worsening_weekly",
    true
)]
#[case::last_month_past(
    "the spasms got worse every week last month, then settled and have been fine since",
    "worsening_weekly",
    false
)]
#[case::it_seizing(
    "too afraid of it seizing again to lift anything",
    "seizure_or_fainting",
    false
)]
#[case::out_walking("I was out walking when my back went", "seizure_or_fainting", false)]
#[case::out_cold("I was out cold on the kitchen floor", "seizure_or_fainting", true)]
fn batches_262_to_267(#[case] text: &str, #[case] id: &str, #[case] present: bool) {
    reads(text, id, present);
}
