//! Reading mechanisms from the writers' batches 244–246 (an app's box
//! worldwide, a practice portal, hurried messages), each in our own words
//! with a control.

use super::super::mechanism_tests::{has, ids};
use rstest::rstest;

fn reads(text: &str, id: &str, present: bool) {
    assert_eq!(has(text, id), present, "{text:?}: {:?}", ids(text));
}

#[rstest]
#[case::next_sentence(
    "Worried about my right calf. Since last night it's puffy, red and warm to the touch.",
    "hot_swollen_leg",
    true
)]
#[case::toilet_later(
    "I've bled through two pads in an hour and there were clots in the toilet",
    "heavy_bleeding",
    true
)]
#[case::plum(
    "passed a clot the size of a plum this morning",
    "heavy_bleeding",
    true
)]
#[case::was_wee(
    "soaked through my pad, turned out it was wee",
    "heavy_bleeding",
    false
)]
#[case::seat(
    "I can't really feel the seat under my bottom when I sit",
    "saddle_numbness",
    true
)]
#[case::up_at(
    "up again at 3am with the spasm, most nights now",
    "night_waking",
    true
)]
#[case::up_cat("I was up at 6 to feed the cat, back sore", "night_waking", false)]
fn told_a_sentence_apart_or_by_the_hour(
    #[case] text: &str,
    #[case] id: &str,
    #[case] present: bool,
) {
    reads(text, id, present);
}
